"""Sitemaps: the index, the monthly `sitemap-YYYY-MM.xml` files and the Google News sitemap.

Evidence: STRUCTURE.md §7 ([INF] for theweek; the monthly pattern is verified on tomsguide and pcgamer,
the news sitemap on whowhatwear). Scrapy's own `scrapy.utils.sitemap.Sitemap` keeps only leaf text, so
it loses `news:news/news:publication_date`; this parser reads it. XML is parsed with entity
resolution and network access off (billion-laughs and XXE safe), and `image:loc` CDN URLs, which
sit inside `<url>`, are never taken for article URLs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrapy.utils.gz import gunzip

from newscrawl.pages.xml import child_text, children, local_name, parse_xml
from newscrawl.text import to_utc_iso

GZIP_MAGIC = b"\x1f\x8b"
# Future's monthly sitemaps: /sitemap-2024-11.xml (verified on tomsguide and pcgamer, §7).
MONTHLY = re.compile(r"/sitemap-(\d{4}-\d{2})\.xml(?:\.gz)?$")


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None  # UTC ISO 8601
    published: str | None = None  # news:publication_date, UTC ISO 8601
    title: str | None = None  # news:title


@dataclass(slots=True)
class Sitemap:
    kind: str  # "index", "urlset" or "unknown"
    entries: list[SitemapEntry] = field(default_factory=list)


def parse_sitemap(body: bytes, max_size: int) -> Sitemap:
    """A sitemap index or urlset (gzipped or not, up to max_size bytes once decompressed)."""
    if body[:2] == GZIP_MAGIC:
        body = gunzip(body, max_size=max_size)
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
                title=None if news is None else child_text(news, "title"),
            )
        )
    return Sitemap(kind, entries)


def sitemap_month(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if match else None
