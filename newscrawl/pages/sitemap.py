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


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None  # UTC ISO 8601
    published: str | None = None  # news:publication_date, UTC ISO 8601


@dataclass(slots=True)
class Sitemap:
    kind: str  # "index", "urlset" or "unknown"
    entries: list[SitemapEntry] = field(default_factory=list)


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


def sitemap_month(url: str) -> str | None:
    """ "YYYY-MM" for a monthly sitemap URL, else None."""
    match = MONTHLY.search(url.split("?")[0])
    return match.group(1) if match else None
