"""Fault injection for the replica server, switchable per path (shared/reference/reliability.md §5).

`replica.faults[path] = Fault(...)` makes the server misbehave for that path (without query): the
first `times` requests get the fault (None = every request), later ones the normal page. Each fault
records when it was hit (`hits`), so a test can check, say, that no retry came before Retry-After.

Faults at the HTTP level (status codes, Retry-After, hangs, trickles, dropped connections, truncated
bodies, redirects, compression bombs, oversize and endless bodies) write to the socket themselves;
faults in the content (malformed HTML, charsets, empty and soft-404 pages, interstitials, broken
listing cards, hostile sitemaps) rewrite the normal page's bytes and headers.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from dataclasses import dataclass, field
from email.utils import formatdate
from functools import cache
from typing import TYPE_CHECKING

import brotli

if TYPE_CHECKING:
    from collections.abc import Callable
    from http.server import BaseHTTPRequestHandler

Headers = list[tuple[str, str]]
BOMB_SIZE = 64 * 1024 * 1024  # four times the crawler's DOWNLOAD_MAXSIZE


@dataclass
class Fault:
    """Base: decides whether this request is faulted and keeps the hit log."""

    times: int | None = None
    hits: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take(self) -> bool:
        with self._lock:
            self.hits.append(time.monotonic())
            return self.times is None or len(self.hits) <= self.times

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        raise NotImplementedError


def announce(handler: BaseHTTPRequestHandler, status: int, headers: Headers, length: int) -> None:
    """Status line and headers, with a Content-Length of `length` (whatever is sent after)."""
    handler.send_response(status)
    for name, value in headers:
        if name.lower() != "content-length":
            handler.send_header(name, value)
    handler.send_header("Content-Length", str(length))
    handler.end_headers()


def send(handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
    announce(handler, status, headers, len(body))
    if handler.command != "HEAD":
        handler.wfile.write(body)


@dataclass
class Status(Fault):
    """An error status (500, 503, 429, 404, 410), optionally with Retry-After in seconds or as an HTTP date."""

    status: int = 503
    retry_after: float | None = None
    date_form: bool = False

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        extra: Headers = [("Content-Type", "text/html; charset=utf-8")]
        if self.retry_after is not None:
            value = (
                formatdate(time.time() + self.retry_after, usegmt=True)
                if self.date_form
                else str(int(self.retry_after))
            )
            extra.append(("Retry-After", value))
        send(handler, self.status, extra, f"<html><body><h1>{self.status}</h1></body></html>".encode())


@dataclass
class Hang(Fault):
    """Accept the request, then say nothing for `seconds`, then close."""

    seconds: float = 30.0

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        time.sleep(self.seconds)
        handler.close_connection = True


@dataclass
class Trickle(Fault):
    """The normal page, `chunk` bytes every `interval` seconds (a slowloris the other way round)."""

    chunk: int = 64
    interval: float = 1.0

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        announce(handler, status, headers, len(body))
        try:
            for start in range(0, len(body), self.chunk):
                handler.wfile.write(body[start : start + self.chunk])
                handler.wfile.flush()
                time.sleep(self.interval)
        except OSError:
            pass
        handler.close_connection = True


@dataclass
class Drop(Fault):
    """Announce the whole page, send half of it, close the connection (also: a truncated body)."""

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        announce(handler, status, headers, len(body))
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        handler.close_connection = True


@dataclass
class TruncatedGzip(Fault):
    """A gzip body cut short, with a Content-Length that matches the short body."""

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        packed = gzip.compress(body, mtime=0)
        send(handler, status, [*headers, ("Content-Encoding", "gzip")], packed[: len(packed) // 2])


@dataclass
class Redirect(Fault):
    """A redirect to `location` (another host, `file:///etc/passwd`, or the path itself: a loop)."""

    location: str = "/"
    status: int = 301

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        send(handler, self.status, [("Location", self.location), ("Content-Type", "text/html")], b"")


@cache
def bomb(encoding: str) -> bytes:
    zeros = b"\0" * BOMB_SIZE
    if encoding == "gzip":
        return gzip.compress(zeros, compresslevel=9, mtime=0)
    if encoding == "deflate":
        return zlib.compress(zeros, 9)
    packed: bytes = brotli.compress(zeros, quality=5)
    return packed


@dataclass
class Bomb(Fault):
    """A small compressed body that inflates to 64 MiB: gzip, deflate or br."""

    encoding: str = "gzip"

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        send(handler, 200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", self.encoding)],
             bomb(self.encoding))  # fmt: skip


@dataclass
class Oversize(Fault):
    """A body larger than the crawler accepts: declared (Content-Length) or endless (chunked, no end)."""

    size: int = 24 * 1024 * 1024
    endless: bool = False

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if self.endless:
            handler.send_header("Transfer-Encoding", "chunked")
        else:
            handler.send_header("Content-Length", str(self.size))
        handler.end_headers()
        block = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        try:
            while self.endless or sent < self.size:
                if self.endless:
                    handler.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                else:
                    handler.wfile.write(block[: self.size - sent])
                sent += len(block)
        except OSError:
            pass  # the crawler hung up: what it should do
        handler.close_connection = True


@dataclass
class Rewrite(Fault):
    """The normal response with its body (and optionally headers) rewritten."""

    body: Callable[[bytes], bytes] = lambda body: body
    headers: Callable[[Headers], Headers] = lambda headers: headers
    status: int | None = None

    def serve(self, handler: BaseHTTPRequestHandler, status: int, headers: Headers, body: bytes) -> None:
        send(handler, self.status or status, self.headers(headers), self.body(body))


def content_type(value: str) -> Callable[[Headers], Headers]:
    def replace(headers: Headers) -> Headers:
        return [(n, v) for n, v in headers if n.lower() != "content-type"] + [("Content-Type", value)]

    return replace


class FaultPlan(dict[str, Fault]):
    """path -> Fault; looked up by the server for every request."""

    def for_path(self, path: str) -> Fault | None:
        fault = self.get(path.split("?")[0])
        return fault if fault is not None and fault.take() else None
