"""RSS 2.0 (and Atom) feeds: `/feeds.xml`, `/uk/feeds.xml` (STRUCTURE.md §5, [V-TW]).

Each item gives a link, a date and the site's 22-character id (`<guid>`, equal to parsely-post-id).
The main feed also carries `/subscription/...` promo items: the spider's URL rules drop them, since
they are not article URLs. UK feed links point to unprefixed article URLs, so they de-duplicate on
the canonical URL. Parsed with entity resolution and network access off.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscrawl.pages.xml import child_text, children, local_name, parse_xml
from newscrawl.text import to_utc_iso


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    date: str | None = None  # UTC ISO 8601: pubDate / dc:date (RSS), updated / published (Atom)
mutants_x_parse_feed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_feed__mutmut)
def parse_feed(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_orig(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_1(body: bytes) -> list[FeedEntry]:
    root = None
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_2(body: bytes) -> list[FeedEntry]:
    root = parse_xml(None)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_3(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is not None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_4(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = None
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_5(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = None
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_6(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(None)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_7(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name != "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_8(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "XXitemXX":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_9(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "ITEM":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_10(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = None
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_11(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(None, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_12(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, None)
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_13(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text("link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_14(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, )
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_15(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "XXlinkXX")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_16(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "LINK")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_17(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = None
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_18(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") and child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_19(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(None, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_20(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, None) or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_21(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text("pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_22(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, ) or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_23(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "XXpubDateXX") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_24(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubdate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_25(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "PUBDATE") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_26(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(None, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_27(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, None)
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_28(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text("date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_29(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, )
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_30(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "XXdateXX")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_31(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "DATE")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_32(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name != "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_33(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "XXentryXX":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_34(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "ENTRY":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_35(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = None
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_36(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                None,
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_37(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_38(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_39(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get(None) for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_40(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("XXhrefXX") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_41(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("HREF") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_42(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(None, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_43(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, None) if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_44(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children("link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_45(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, ) if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_46(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "XXlinkXX") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_47(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "LINK") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_48(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get(None, "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_49(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", None) == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_50(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_51(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", ) == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_52(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("XXrelXX", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_53(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("REL", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_54(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "XXalternateXX") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_55(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "ALTERNATE") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_56(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") != "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_57(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "XXalternateXX"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_58(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "ALTERNATE"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_59(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = None
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_60(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") and child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_61(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(None, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_62(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, None) or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_63(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text("updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_64(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, ) or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_65(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "XXupdatedXX") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_66(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "UPDATED") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_67(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(None, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_68(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, None)
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_69(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text("published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_70(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, )
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_71(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "XXpublishedXX")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_72(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "PUBLISHED")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_73(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            break
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_74(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(None)
    return entries


def x_parse_feed__mutmut_75(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=None, date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_76(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=None))
    return entries


def x_parse_feed__mutmut_77(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(date=to_utc_iso(date)))
    return entries


def x_parse_feed__mutmut_78(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), ))
    return entries


def x_parse_feed__mutmut_79(body: bytes) -> list[FeedEntry]:
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = local_name(item)
        if name == "item":
            link = child_text(item, "link")
            date = child_text(item, "pubDate") or child_text(item, "date")
        elif name == "entry":
            link = next(
                (a.get("href") for a in children(item, "link") if a.get("rel", "alternate") == "alternate"),
                None,
            )
            date = child_text(item, "updated") or child_text(item, "published")
        else:
            continue
        if link:
            entries.append(FeedEntry(link=link.strip(), date=to_utc_iso(None)))
    return entries

mutants_x_parse_feed__mutmut['_mutmut_orig'] = x_parse_feed__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_1'] = x_parse_feed__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_2'] = x_parse_feed__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_3'] = x_parse_feed__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_4'] = x_parse_feed__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_5'] = x_parse_feed__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_6'] = x_parse_feed__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_7'] = x_parse_feed__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_8'] = x_parse_feed__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_9'] = x_parse_feed__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_10'] = x_parse_feed__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_11'] = x_parse_feed__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_12'] = x_parse_feed__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_13'] = x_parse_feed__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_14'] = x_parse_feed__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_15'] = x_parse_feed__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_16'] = x_parse_feed__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_17'] = x_parse_feed__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_18'] = x_parse_feed__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_19'] = x_parse_feed__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_20'] = x_parse_feed__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_21'] = x_parse_feed__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_22'] = x_parse_feed__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_23'] = x_parse_feed__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_24'] = x_parse_feed__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_25'] = x_parse_feed__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_26'] = x_parse_feed__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_27'] = x_parse_feed__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_28'] = x_parse_feed__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_29'] = x_parse_feed__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_30'] = x_parse_feed__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_31'] = x_parse_feed__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_32'] = x_parse_feed__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_33'] = x_parse_feed__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_34'] = x_parse_feed__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_35'] = x_parse_feed__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_36'] = x_parse_feed__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_37'] = x_parse_feed__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_38'] = x_parse_feed__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_39'] = x_parse_feed__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_40'] = x_parse_feed__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_41'] = x_parse_feed__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_42'] = x_parse_feed__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_43'] = x_parse_feed__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_44'] = x_parse_feed__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_45'] = x_parse_feed__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_46'] = x_parse_feed__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_47'] = x_parse_feed__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_48'] = x_parse_feed__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_49'] = x_parse_feed__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_50'] = x_parse_feed__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_51'] = x_parse_feed__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_52'] = x_parse_feed__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_53'] = x_parse_feed__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_54'] = x_parse_feed__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_55'] = x_parse_feed__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_56'] = x_parse_feed__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_57'] = x_parse_feed__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_58'] = x_parse_feed__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_59'] = x_parse_feed__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_60'] = x_parse_feed__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_61'] = x_parse_feed__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_62'] = x_parse_feed__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_63'] = x_parse_feed__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_64'] = x_parse_feed__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_65'] = x_parse_feed__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_66'] = x_parse_feed__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_67'] = x_parse_feed__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_68'] = x_parse_feed__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_69'] = x_parse_feed__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_70'] = x_parse_feed__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_71'] = x_parse_feed__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_72'] = x_parse_feed__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_73'] = x_parse_feed__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_74'] = x_parse_feed__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_75'] = x_parse_feed__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_76'] = x_parse_feed__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_77'] = x_parse_feed__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_78'] = x_parse_feed__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_feed__mutmut['x_parse_feed__mutmut_79'] = x_parse_feed__mutmut_79 # type: ignore # mutmut generated
