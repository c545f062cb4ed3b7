"""A local HTTP server for the replica: ThreadingHTTPServer on 127.0.0.1, GET and HEAD, quiet logs.

``Replica.start()`` binds a free port, builds the Site for that base URL and serves it from a daemon
thread; ``rebuild()`` swaps in a new Site atomically (same base URL), e.g. with revisions applied."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self

from replica.faults import FaultPlan
from replica.site import Site, build_site

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


class _Handler(BaseHTTPRequestHandler):
    server_version = "Vanilla"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def _serve(self, with_body: bool) -> None:
        replica = self.server.replica  # type: ignore[attr-defined]
        replica.requests.record(self.command, self.path)
        status, headers, body = replica.site.response(self.path)
        fault = replica.faults.for_path(self.path)
        if fault is not None:
            fault.serve(self, status, headers, body)
            return
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
                 extra_articles: int = 0) -> None:  # fmt: skip
        self.seed = seed
        self.articles = articles
        self.requests = RequestLog()
        self.faults = FaultPlan()  # path -> Fault (replica.faults)
        self.server = _Server(self, port)
        self.port: int = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.site: Site = build_site(self.base_url, seed, articles, revisions, extra_articles)
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, seed: int = 0, articles: int = 60, revisions: Mapping[int, int] | None = None,
              extra_articles: int = 0, port: int = 0) -> Self:  # fmt: skip
        """Bind 127.0.0.1 (a free port unless ``port`` is given) and serve in a daemon thread."""
        replica = cls(port, seed, articles, revisions, extra_articles)
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
        self.site = build_site(self.base_url, self.seed, self.articles, revisions, extra_articles, deleted=deleted,
                               moved=moved, renamed=renamed)  # fmt: skip
        return self.site

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
