"""TrueEncodingMiddleware: the text is decoded with the encoding it is really in.

Scrapy lets a Content-Type charset beat a correct `<meta charset>` (scrapy #4933), so a UTF-8 page
served as ISO-8859-1 comes out as mojibake ("Ã©", "â€™"); and lxml stops reading at a NUL byte
(parsel #123), which silently truncates a body. For HTML responses this middleware:
- removes NUL bytes;
- keeps a byte-order mark's word (Scrapy already does);
- otherwise, when the bytes are valid UTF-8 with some non-ASCII in them, decodes as UTF-8 whatever
  the header says (accidental valid UTF-8 is vanishingly rare in single-byte text);
- otherwise, when the declared encoding cannot decode the bytes, uses the page's meta charset if
  that can, else windows-1252 if that can.

Stats: newscrawl/encoding/corrected/<declared>-><used>, newscrawl/encoding/nul_removed.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, Self

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector


def decodes(body: bytes, encoding: str) -> bool:
    try:
        codecs.decode(body, encoding, "strict")
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def true_encoding(body: bytes, declared: str) -> str:
    """The encoding to decode `body` with, given the one the response declares."""
    bom, _ = read_bom(body)
    if bom:
        return declared
    if not body.isascii() and decodes(body, "utf-8"):
        return "utf-8"
    if decodes(body, declared):
        return declared
    meta = html_body_declared_encoding(body)
    resolved = resolve_encoding(meta) if meta else None
    if resolved and decodes(body, resolved):
        return resolved
    if decodes(body, "cp1252"):  # undeclared 8-bit text on the web is windows-1252 far more often than not
        return "cp1252"
    return declared


class TrueEncodingMiddleware:
    """Settings: ENCODING_FIX_ENABLED."""

    def __init__(self, stats: StatsCollector):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("ENCODING_FIX_ENABLED"):
            raise NotConfigured("ENCODING_FIX_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, HtmlResponse):
            return response
        body = response.body
        if b"\x00" in body:
            body = body.replace(b"\x00", b"")
            self.stats.inc_value("newscrawl/encoding/nul_removed")
        declared = resolve_encoding(response.encoding) or response.encoding
        used = true_encoding(body, declared)
        if used != declared:
            self.stats.inc_value(f"newscrawl/encoding/corrected/{declared}->{used}")
        if used == declared and body is response.body:
            return response
        return response.replace(body=body, encoding=used)
