"""A local HTTP server for the replica: ThreadingHTTPServer on 127.0.0.1, GET and HEAD, quiet logs.

``Replica.start()`` binds a free port, builds the Site for that base URL and serves it from a daemon
thread; ``rebuild()`` swaps in a new Site atomically (same base URL), e.g. with revisions applied.
At real weight, pages are rendered once (an LRU cache) and sent gzip-encoded to a client that accepts
it, as the live site sends them."""

from __future__ import annotations

import gzip
import re
import sys
import threading
from collections import OrderedDict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self

from replica.faults import FaultPlan
from replica.site import Response, Site, build_site
from replica.weight import LIGHT, REAL

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import TracebackType


class RequestLog(list[tuple[str, str]]):
    """A list of (method, path_with_query) that server threads append to under a lock."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.append((method, path))

    def snapshot(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self)

    def reset(self) -> None:
        with self._lock:
            self.clear()


class PageCache:
    """The last ``size`` responses of one Site, each with its gzip encoding once a client asked for it.

    Rendering a real-weight page costs ~10 ms and gzip-encoding it ~5 ms: a crawler asks for a page more
    than once (aliases, redirects, re-runs), and tests serve the same page to several crawls."""

    def __init__(self, site: Site, size: int = 256) -> None:
        self.site = site
        self.size = size
        self._entries: OrderedDict[str, tuple[Response, bytes | None]] = OrderedDict()
        self._lock = threading.Lock()

    def response(self, path: str, gzipped: bool) -> Response:
        with self._lock:
            entry = self._entries.get(path)
            if entry is not None:
                self._entries.move_to_end(path)
        if entry is None:
            entry = (self.site.response(path), None)
        (status, headers, body), encoded = entry
        if gzipped and encoded is None:
            encoded = gzip.compress(body, 6)
        with self._lock:
            self._entries[path] = ((status, headers, body), encoded)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        if not gzipped or encoded is None:
            return status, headers, body
        length = str(len(encoded))
        headers = [(name, length if name == "Content-Length" else value) for name, value in headers]
        return status, [*headers, ("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")], encoded


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header allows gzip: listed, and not refused with q=0."""
    for part in (accept_encoding or "").split(","):
        coding, *params = (item.strip().lower() for item in part.split(";"))
        if coding == "gzip":
            return not any(re.fullmatch(r"q\s*=\s*0(?:\.0*)?", param) for param in params)
    return False


class _Handler(BaseHTTPRequestHandler):
    server_version = "Vanilla"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def _serve(self, with_body: bool) -> None:
        replica = self.server.replica  # type: ignore[attr-defined]
        replica.requests.record(self.command, self.path)
        fault = replica.faults.for_path(self.path)
        if fault is not None:  # faults rewrite or cut the plain page, whatever the weight
            fault.serve(self, *replica.site.response(self.path))
            return
        if replica.site.weight == REAL:
            gzipped = accepts_gzip(self.headers.get("Accept-Encoding"))
            status, headers, body = replica.pages.response(self.path, gzipped)
        else:
            status, headers, body = replica.site.response(self.path)
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log is ``Replica.requests``."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet about clients that hang up (a crawler killed mid-request); loud about anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def __init__(self, replica: Replica, port: int) -> None:
        self.replica = replica
        super().__init__(("127.0.0.1", port), _Handler)


class Replica:
    """The replica served over HTTP; use ``with Replica.start(...) as replica:``."""

    def __init__(self, port: int = 0, seed: int = 0, articles: int = 60, revisions: Mapping[int, int] | None = None,
                 extra_articles: int = 0, weight: str = LIGHT) -> None:  # fmt: skip
        self.seed = seed
        self.articles = articles
        self.weight = weight
        self.requests = RequestLog()
        self.faults = FaultPlan()  # path -> Fault (replica.faults)
        self.server = _Server(self, port)
        self.port: int = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.site: Site = build_site(self.base_url, seed, articles, revisions, extra_articles, weight=weight)
        self.pages = PageCache(self.site)
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, seed: int = 0, articles: int = 60, revisions: Mapping[int, int] | None = None,
              extra_articles: int = 0, port: int = 0, weight: str = LIGHT) -> Self:  # fmt: skip
        """Bind 127.0.0.1 (a free port unless ``port`` is given) and serve in a daemon thread."""
        replica = cls(port, seed, articles, revisions, extra_articles, weight)
        replica._thread = threading.Thread(
            target=replica.server.serve_forever, name="replica-http", daemon=True
        )
        replica._thread.start()
        return replica

    def rebuild(self, revisions: Mapping[int, int] | None = None, extra_articles: int = 0, *,
                deleted: Mapping[int, int] | None = None, moved: Mapping[int, str] | None = None,
                renamed: Mapping[str, str] | None = None) -> Site:  # fmt: skip
        """Swap in a new Site (same base URL, seed and article count) in one assignment; ``deleted``,
        ``moved`` and ``renamed`` evolve it as ``build_site`` says."""
        site = build_site(self.base_url, self.seed, self.articles, revisions, extra_articles, deleted=deleted,
                          moved=moved, renamed=renamed, weight=self.weight)  # fmt: skip
        self.site, self.pages = site, PageCache(site)  # a cache answers from its own Site: never a mix
        return site

    def stop(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join()
            self._thread = None
        self.server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.stop()
