"""CompressedIntegrityMiddleware: a compressed body cut short never reaches the spider.

Scrapy's HttpCompressionMiddleware inflates what it gets and, for a gzip stream that simply stops,
returns the part it could decode: half an article that looks like a whole one. The HTTP layer
cannot tell, since the Content-Length of the short body is right. If the stream does not reach its
end, the request is retried like any other failure and, when retries run out, fails with
`TruncatedBody` (ledger reason `data_loss`).

The body is inflated once, by Scrapy: inflating it a second time here cost as much as Scrapy's own
decompression (about 6 ms for a real 1.3 MB page). The component has two hooks around
HttpCompressionMiddleware (590): `CompressedIntegrityMiddleware` (595, before decompression on the
way in) keeps the compressed body aside, and `DecodedIntegrityMiddleware` (585, after it) checks
the decoded body against the gzip trailer (CRC-32 and length of the whole stream: a cut stream ends
on arbitrary bytes, not on a trailer that matches what was decoded). Only when that check cannot
vouch for the body (deflate and brotli carry no trailer; a multi-member gzip's last trailer covers
its last member) is the kept stream inflated again to find its end marker. The check gives up (and
leaves the verdict to HttpCompressionMiddleware) once the output passes DOWNLOAD_MAXSIZE, so a
compression bomb costs no more here than there.

Settings: INTEGRITY_ENABLED. Stats: newscrawl/integrity/truncated.
"""

from __future__ import annotations

import struct
import zlib
from typing import TYPE_CHECKING, Self

import brotli
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

CHUNK = 1 << 20


class TruncatedBody(IgnoreRequest):
    """A compressed body that ends before its stream does (reason: data_loss)."""


def stream_complete(body: bytes, encoding: str, max_size: int) -> bool:
    """Whether the compressed body holds a whole stream (True too when it inflates past max_size)."""
    if encoding in {"gzip", "x-gzip", "deflate"}:
        wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
        try:
            return _zlib_complete(body, wbits, max_size)
        except zlib.error:
            if encoding == "deflate":  # some servers send raw deflate without the zlib header
                try:
                    return _zlib_complete(body, -zlib.MAX_WBITS, max_size)
                except zlib.error:
                    return False
            return False
    if encoding == "br":
        return _brotli_complete(body, max_size)
    return True


def _brotli_complete(body: bytes, max_size: int) -> bool:
    decompressor = brotli.Decompressor()
    produced = 0
    data = body
    try:
        while True:
            produced += len(decompressor.process(data, output_buffer_limit=CHUNK))
            data = b""
            if decompressor.is_finished() or produced > max_size:
                return True
            if decompressor.can_accept_more_data():
                return False  # all input consumed and the stream has not ended: cut short
    except brotli.error:
        return False


def _zlib_complete(body: bytes, wbits: int, max_size: int) -> bool:
    inflater = zlib.decompressobj(wbits)
    produced = 0
    data = body
    while data:
        produced += len(inflater.decompress(data, CHUNK))
        if produced > max_size:
            return True  # a bomb: HttpCompressionMiddleware refuses it, with its own message
        if inflater.eof:
            return True
        data = inflater.unconsumed_tail
    produced += len(inflater.flush())
    return inflater.eof


def gzip_trailer_matches(encoded: bytes, decoded: bytes) -> bool:
    """Whether a gzip body's last 8 bytes are the trailer of exactly `decoded` (RFC 1952: CRC-32,
    then the length modulo 2^32, both little-endian)."""
    if len(encoded) < 18:  # a 10-byte header and the trailer at the least
        return False
    crc, size = struct.unpack("<II", encoded[-8:])
    return bool(size == len(decoded) & 0xFFFFFFFF and crc == zlib.crc32(decoded))


# request.meta key: (content coding, compressed body) between the two hooks.
_KEPT = "_newscrawl_integrity_compressed"


class CompressedIntegrityMiddleware:
    """Before decompression: keeps the compressed body and its coding for the check after it."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("INTEGRITY_ENABLED"):
            raise NotConfigured("INTEGRITY_ENABLED is off")
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        header = b",".join(response.headers.getlist(b"Content-Encoding")).decode("latin-1")
        encodings = [name.strip().lower() for name in header.split(",") if name.strip()]
        if encodings and request.method != "HEAD" and response.body:
            request.meta[_KEPT] = (encodings[-1], response.body)
        return response


class DecodedIntegrityMiddleware:
    """After decompression: checks that the compressed stream the body came from was whole."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("INTEGRITY_ENABLED"):
            raise NotConfigured("INTEGRITY_ENABLED is off")
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        kept = request.meta.pop(_KEPT, None)
        if kept is None or response.headers.get(b"Content-Encoding"):
            return response  # not compressed, or a coding Scrapy left encoded: nothing decoded to check
        encoding, encoded = kept
        if encoding in {"gzip", "x-gzip"} and gzip_trailer_matches(encoded, response.body):
            return response
        if stream_complete(encoded, encoding, self.max_size):
            return response
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/integrity/truncated")
        assert self.crawler.spider is not None
        retry = get_retry_request(request, spider=self.crawler.spider, reason="truncated compressed body")
        if retry is not None:
            return retry
        raise TruncatedBody(f"truncated {encoding} body: {response.url}")
