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


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    date: str | None = None  # UTC ISO 8601: pubDate / dc:date (RSS), updated / published (Atom)


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
