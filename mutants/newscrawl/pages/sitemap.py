"""Sitemaps: the index, the monthly `sitemap-YYYY-MM.xml` files and the Google News sitemap.

Evidence: STRUCTURE.md §7 ([INF] for theweek; the monthly pattern is verified on tomsguide and pcgamer,
the news sitemap on whowhatwear). Scrapy's own `scrapy.utils.sitemap.Sitemap` keeps only leaf text, so
it loses `news:news/news:publication_date`; this parser reads it. XML is parsed with entity
resolution and network access off (billion-laughs and XXE safe), and `image:loc` CDN URLs, which
sit inside `<url>`, are never taken for article URLs.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from newscrawl.pages.xml import child_text, children, local_name, parse_xml
from newscrawl.text import to_utc_iso

GZIP_MAGIC = b"\x1f\x8b"
# Future's monthly sitemaps: /sitemap-2024-11.xml (verified on tomsguide and pcgamer, §7).
MONTHLY = re.compile(r"/sitemap-(\d{4}-\d{2})\.xml(?:\.gz)?$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None  # UTC ISO 8601
    published: str | None = None  # news:publication_date, UTC ISO 8601


@dataclass(slots=True)
class Sitemap:
    kind: str  # "index", "urlset" or "unknown"
    entries: list[SitemapEntry] = field(default_factory=list)
mutants_x_parse_sitemap__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_sitemap__mutmut)
def parse_sitemap(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_orig(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_1(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:3] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_2(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] != GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_3(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = None
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_4(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(None, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_5(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, None)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_6(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_7(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, )
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_8(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = None
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_9(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(None)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_10(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is not None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_11(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap(None)
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_12(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("XXunknownXX")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_13(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("UNKNOWN")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_14(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = None
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_15(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(None, "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_16(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), None)
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_17(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get("unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_18(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), )
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_19(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"XXsitemapindexXX": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_20(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"SITEMAPINDEX": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_21(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "XXindexXX", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_22(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "INDEX", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_23(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "XXurlsetXX": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_24(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "URLSET": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_25(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "XXurlsetXX"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_26(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "URLSET"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_27(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(None), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_28(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "XXunknownXX")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_29(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "UNKNOWN")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_30(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind != "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_31(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "XXunknownXX":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_32(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "UNKNOWN":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_33(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(None)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_34(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = None
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_35(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(None, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_36(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, None):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_37(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children("sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_38(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, ):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_39(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if (kind == "index") and False else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_40(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if (kind == "index") or True else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_41(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "XXsitemapXX" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_42(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "SITEMAP" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_43(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind != "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_44(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "XXindexXX" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_45(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "INDEX" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_46(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "XXurlXX"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_47(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "URL"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_48(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = None
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_49(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(None, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_50(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, None)
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_51(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text("loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_52(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, )
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_53(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "XXlocXX")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_54(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "LOC")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_55(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_56(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            break
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_57(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = None
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_58(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(None, None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_59(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_60(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), )
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_61(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(None, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_62(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, None), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_63(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children("news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_64(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, ), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_65(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "XXnewsXX"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_66(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "NEWS"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_67(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            None
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_68(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=None,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_69(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=None,
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_70(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None,
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_71(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_72(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_73(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_74(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(None),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_75(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(None, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_76(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, None)),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_77(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text("lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_78(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, )),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_79(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "XXlastmodXX")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_80(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "LASTMOD")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_81(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if (news is None) and False else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_82(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if (news is None) or True else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_83(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is not None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_84(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(None),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_85(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(None, "publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_86(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, None)),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_87(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text("publication_date")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_88(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, )),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_89(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "XXpublication_dateXX")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_90(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "PUBLICATION_DATE")),
            )
        )
    return Sitemap(kind, entries)


def x_parse_sitemap__mutmut_91(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(None, entries)


def x_parse_sitemap__mutmut_92(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, None)


def x_parse_sitemap__mutmut_93(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(entries)


def x_parse_sitemap__mutmut_94(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = _gunzip(body, max_size)
    root = parse_xml(body)
    if root is None:
        return Sitemap("unknown")
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(local_name(root), "unknown")
    if kind == "unknown":
        return Sitemap(kind)
    entries = []
    for node in children(root, "sitemap" if kind == "index" else "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = next(children(node, "news"), None)
        entries.append(
            SitemapEntry(
                loc=loc,
                lastmod=to_utc_iso(child_text(node, "lastmod")),
                published=None if news is None else to_utc_iso(child_text(news, "publication_date")),
            )
        )
    return Sitemap(kind, )

mutants_x_parse_sitemap__mutmut['_mutmut_orig'] = x_parse_sitemap__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_1'] = x_parse_sitemap__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_2'] = x_parse_sitemap__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_3'] = x_parse_sitemap__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_4'] = x_parse_sitemap__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_5'] = x_parse_sitemap__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_6'] = x_parse_sitemap__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_7'] = x_parse_sitemap__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_8'] = x_parse_sitemap__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_9'] = x_parse_sitemap__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_10'] = x_parse_sitemap__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_11'] = x_parse_sitemap__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_12'] = x_parse_sitemap__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_13'] = x_parse_sitemap__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_14'] = x_parse_sitemap__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_15'] = x_parse_sitemap__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_16'] = x_parse_sitemap__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_17'] = x_parse_sitemap__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_18'] = x_parse_sitemap__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_19'] = x_parse_sitemap__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_20'] = x_parse_sitemap__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_21'] = x_parse_sitemap__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_22'] = x_parse_sitemap__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_23'] = x_parse_sitemap__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_24'] = x_parse_sitemap__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_25'] = x_parse_sitemap__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_26'] = x_parse_sitemap__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_27'] = x_parse_sitemap__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_28'] = x_parse_sitemap__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_29'] = x_parse_sitemap__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_30'] = x_parse_sitemap__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_31'] = x_parse_sitemap__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_32'] = x_parse_sitemap__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_33'] = x_parse_sitemap__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_34'] = x_parse_sitemap__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_35'] = x_parse_sitemap__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_36'] = x_parse_sitemap__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_37'] = x_parse_sitemap__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_38'] = x_parse_sitemap__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_39'] = x_parse_sitemap__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_40'] = x_parse_sitemap__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_41'] = x_parse_sitemap__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_42'] = x_parse_sitemap__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_43'] = x_parse_sitemap__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_44'] = x_parse_sitemap__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_45'] = x_parse_sitemap__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_46'] = x_parse_sitemap__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_47'] = x_parse_sitemap__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_48'] = x_parse_sitemap__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_49'] = x_parse_sitemap__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_50'] = x_parse_sitemap__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_51'] = x_parse_sitemap__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_52'] = x_parse_sitemap__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_53'] = x_parse_sitemap__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_54'] = x_parse_sitemap__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_55'] = x_parse_sitemap__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_56'] = x_parse_sitemap__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_57'] = x_parse_sitemap__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_58'] = x_parse_sitemap__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_59'] = x_parse_sitemap__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_60'] = x_parse_sitemap__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_61'] = x_parse_sitemap__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_62'] = x_parse_sitemap__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_63'] = x_parse_sitemap__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_64'] = x_parse_sitemap__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_65'] = x_parse_sitemap__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_66'] = x_parse_sitemap__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_67'] = x_parse_sitemap__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_68'] = x_parse_sitemap__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_69'] = x_parse_sitemap__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_70'] = x_parse_sitemap__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_71'] = x_parse_sitemap__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_72'] = x_parse_sitemap__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_73'] = x_parse_sitemap__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_74'] = x_parse_sitemap__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_75'] = x_parse_sitemap__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_76'] = x_parse_sitemap__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_77'] = x_parse_sitemap__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_78'] = x_parse_sitemap__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_79'] = x_parse_sitemap__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_80'] = x_parse_sitemap__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_81'] = x_parse_sitemap__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_82'] = x_parse_sitemap__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_83'] = x_parse_sitemap__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_84'] = x_parse_sitemap__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_85'] = x_parse_sitemap__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_86'] = x_parse_sitemap__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_87'] = x_parse_sitemap__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_88'] = x_parse_sitemap__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_89'] = x_parse_sitemap__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_90'] = x_parse_sitemap__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_91'] = x_parse_sitemap__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_92'] = x_parse_sitemap__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_93'] = x_parse_sitemap__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_sitemap__mutmut['x_parse_sitemap__mutmut_94'] = x_parse_sitemap__mutmut_94 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__gunzip__mutmut)
def _gunzip(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_orig(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_1(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = None
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_2(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=None)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_3(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 - zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_4(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=17 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_5(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = None
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_6(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(None, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_7(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, None)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_8(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_9(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, )
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_10(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size - 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_11(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 2)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_12(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(None) from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_13(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size and decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_14(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) >= max_size or decompressor.unconsumed_tail:
        raise ValueError(f"gzipped sitemap exceeded the max size of {max_size} bytes once decompressed")
    return data


def x__gunzip__mutmut_15(body: bytes, max_size: int) -> bytes:
    """A gzipped sitemap (`.xml.gz`, served as a file, not decoded by HttpCompression), refused
    past max_size bytes once decompressed: a gzip bomb costs at most that much memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_size + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip body: {error}") from error
    if len(data) > max_size or decompressor.unconsumed_tail:
        raise ValueError(None)
    return data

mutants_x__gunzip__mutmut['_mutmut_orig'] = x__gunzip__mutmut_orig # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_1'] = x__gunzip__mutmut_1 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_2'] = x__gunzip__mutmut_2 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_3'] = x__gunzip__mutmut_3 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_4'] = x__gunzip__mutmut_4 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_5'] = x__gunzip__mutmut_5 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_6'] = x__gunzip__mutmut_6 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_7'] = x__gunzip__mutmut_7 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_8'] = x__gunzip__mutmut_8 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_9'] = x__gunzip__mutmut_9 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_10'] = x__gunzip__mutmut_10 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_11'] = x__gunzip__mutmut_11 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_12'] = x__gunzip__mutmut_12 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_13'] = x__gunzip__mutmut_13 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_14'] = x__gunzip__mutmut_14 # type: ignore # mutmut generated
mutants_x__gunzip__mutmut['x__gunzip__mutmut_15'] = x__gunzip__mutmut_15 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sitemap_month__mutmut)
def sitemap_month(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if match else None


def x_sitemap_month__mutmut_orig(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if match else None


def x_sitemap_month__mutmut_1(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = None
    return match.group(1) if match else None


def x_sitemap_month__mutmut_2(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(None)
    return match.group(1) if match else None


def x_sitemap_month__mutmut_3(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split(None)[0])
    return match.group(1) if match else None


def x_sitemap_month__mutmut_4(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("XX?XX")[0])
    return match.group(1) if match else None


def x_sitemap_month__mutmut_5(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[1])
    return match.group(1) if match else None


def x_sitemap_month__mutmut_6(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if (match) and False else None


def x_sitemap_month__mutmut_7(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if (match) or True else None


def x_sitemap_month__mutmut_8(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(None) if match else None


def x_sitemap_month__mutmut_9(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(2) if match else None

mutants_x_sitemap_month__mutmut['_mutmut_orig'] = x_sitemap_month__mutmut_orig # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_1'] = x_sitemap_month__mutmut_1 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_2'] = x_sitemap_month__mutmut_2 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_3'] = x_sitemap_month__mutmut_3 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_4'] = x_sitemap_month__mutmut_4 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_5'] = x_sitemap_month__mutmut_5 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_6'] = x_sitemap_month__mutmut_6 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_7'] = x_sitemap_month__mutmut_7 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_8'] = x_sitemap_month__mutmut_8 # type: ignore # mutmut generated
mutants_x_sitemap_month__mutmut['x_sitemap_month__mutmut_9'] = x_sitemap_month__mutmut_9 # type: ignore # mutmut generated
