"""Serve a replica Site on 127.0.0.1 from a daemon thread (standard library only)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self

from newscrawl.replica.site import Site, build_site

if TYPE_CHECKING:
    from types import TracebackType


class Replica:
    """A running replica: `base_url`, the `site` it serves, and the `requests` it has seen."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, **build: Any):
        self.build = build
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, port), _handler(self))
        self.server.daemon_threads = True
        self.base_url = f"http://{host}:{self.server.server_address[1]}"
        self.site: Site = build_site(self.base_url, **build)
        self.thread = threading.Thread(target=self.server.serve_forever, name="replica", daemon=True)

    @classmethod
    def start(cls, **build: Any) -> Self:
        replica = cls(**build)
        replica.thread.start()
        return replica

    def rebuild(self, **changes: Any) -> None:
        """Swap in a new site (same base URL), e.g. `rebuild(revisions={3: 1}, extra_articles=1)`."""
        self.build = {**self.build, **changes}
        self.site = build_site(self.base_url, **self.build)

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((method, path))

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


def _handler(replica: Replica) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def _respond(self, send_body: bool) -> None:
            replica.record(self.command, self.path)
            status, headers, body = replica.site.response(self.path)
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the crawler's log is the one to read."""

    return Handler
