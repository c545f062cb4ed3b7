"""ArchiveMiddleware: every response the crawl receives, kept as WARC request/response records.

Placed at 650, between RedirectMiddleware (600) and CookiesMiddleware (700): on the way back it sees
each response before redirects are followed and before HttpCompressionMiddleware (590) decodes it, so
a redirect is archived as the 301 it was and a body as the bytes that came over the wire. Requests
answered by the replay are not archived again.

The records are built and written off the reactor thread: each writer (article pages, discovery) has
one thread of its own, so its exchanges reach its file in the order they came, each one whole before
its index line (newscrawl.archive.warc); gzip and the digests release the GIL, so on two cores the
archive costs the crawl little. The response goes on at once; only when a writer falls more than
BACKLOG_BYTES of bodies behind does the crawl wait for it. At close, each thread finishes its queue
and fsyncs its files.

Settings: ARCHIVE_ENABLED, ARCHIVE_DIR (default <state dir>/archive), ARCHIVE_DISCOVERY (also
listings, sitemaps, feeds, robots.txt; articles always), ARCHIVE_MAX_FILE_MB (a run rolls to a new
file past it), ARCHIVE_KEEP_DAYS and ARCHIVE_DISCOVERY_KEEP_DAYS (older files of article pages, and of
listings/sitemaps/feeds, are deleted when a run starts; 0 keeps all),
ARCHIVE_COMPRESSION_LEVEL (gzip level 0-9 for bodies the server sent uncompressed; a gzip- or
brotli-encoded body is stored as it came, in a level-0 gzip member).
Stats: newscrawl/archive/{exchanges,articles,discovery,bytes,files_pruned,repaired_bytes}.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Self, cast

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool

from newscrawl import __version__
from newscrawl.archive import CAPTURE_META
from newscrawl.archive.warc import INDEX_SUFFIX, ArchiveWriter, archive_dir, archive_files, repair
from newscrawl.articleurl import ARTICLE
from newscrawl.state import run_id
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector
    from twisted.internet.defer import Deferred
    from twisted.python.failure import Failure

DAY = 86400
DISCOVERY_LABEL = (
    "discovery"  # in the file names of listings, sitemaps and feeds: <run>-discovery-00001.warc.gz
)
# Bodies queued for a writer thread before the crawl waits for it: a few seconds of real-weight pages,
# so a slow disk slows the crawl down instead of filling memory.
BACKLOG_BYTES = 32 * 1024 * 1024


class ArchiveMiddleware:
    def __init__(self, crawler: Crawler, writers: dict[str, ArchiveWriter], discovery: bool):
        self.crawler = crawler
        self.writers = writers  # by kind: article pages, and discovery (listings, sitemaps, feeds)
        self.discovery = discovery
        # One thread per writer: a pool of one runs its jobs in order.
        self.threads = {kind: ThreadPool(1, 1, name=f"newscrawl-archive-{kind}") for kind in writers}
        self.backlog = 0  # bytes of bodies queued, not written yet

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_ENABLED"):
            raise NotConfigured
        if settings.get("ARCHIVE_REPLAY"):
            raise NotConfigured("replaying from the archive: nothing new is fetched")
        level = settings.getint("ARCHIVE_COMPRESSION_LEVEL")
        if not 0 <= level <= 9:
            raise ValueError(f"ARCHIVE_COMPRESSION_LEVEL must be 0-9, got {level}")
        directory, run = archive_dir(settings), run_id(crawler)
        max_bytes = max(1, settings.getint("ARCHIVE_MAX_FILE_MB")) * 1024 * 1024
        software = f"newscrawl/{__version__}"
        writers = {
            "article": ArchiveWriter(directory, run, max_bytes, level, software),
            "discovery": ArchiveWriter(directory, run, max_bytes, level, software, label=DISCOVERY_LABEL),
        }
        middleware = cls(crawler, writers, settings.getbool("ARCHIVE_DISCOVERY"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def spider_opened(self) -> None:
        """Repair what a killed run left, and apply the retention (before this run adds its files)."""
        from twisted.internet import reactor

        for pool in self.threads.values():
            pool.start()
            # Should the crawl die before spider_closed, its threads must not keep the process alive.
            cast("Any", reactor).addSystemEventTrigger(
                "during", "shutdown", _stop, pool
            )  # zope interface: untyped
        settings = self.crawler.settings
        keep = {"article": settings.getfloat("ARCHIVE_KEEP_DAYS"),
                "discovery": settings.getfloat("ARCHIVE_DISCOVERY_KEEP_DAYS")}  # fmt: skip
        now = time.time()
        for path in archive_files(self.writers["article"].directory):
            days = keep["discovery" if f"-{DISCOVERY_LABEL}-" in path.name else "article"]
            if days > 0 and path.stat().st_mtime < now - days * DAY:
                path.unlink()
                path.with_name(path.name + INDEX_SUFFIX).unlink(missing_ok=True)
                self.stats.inc_value("newscrawl/archive/files_pruned")
            elif cut := repair(path):
                self.stats.inc_value("newscrawl/archive/repaired_bytes", cut)

    async def spider_closed(self) -> None:
        """Each thread writes what it has queued, then fsyncs and closes its files."""
        for kind, writer in self.writers.items():
            closed = self._in_thread(kind, writer.close)
            closed.addErrback(self._failed, writer)
            await maybe_deferred_to_future(closed)
            _stop(self.threads[kind])
        self.stats.set_value("newscrawl/archive/bytes", sum(w.bytes_written for w in self.writers.values()))

    def _in_thread(self, kind: str, job: Any, *args: Any) -> Deferred[Any]:
        from twisted.internet import reactor

        return deferToThreadPool(reactor, self.threads[kind], job, *args)

    def _written(self, _: object, kind: str, size: int) -> None:
        self.backlog -= size
        self.stats.inc_value("newscrawl/archive/exchanges")
        self.stats.inc_value(f"newscrawl/archive/{kind}")

    def _failed(self, failure: Failure, writer: ArchiveWriter, size: int = 0) -> Failure | None:
        """A full disk stops the run (newscrawl.storagefault); a record cut short is repaired next run."""
        self.backlog -= size
        if not isinstance(failure.value, OSError):
            return failure
        latch_for(self.crawler).trip(writer.directory, failure.value)
        return None

    async def process_response(self, request: Request, response: Response) -> Response:
        if CAPTURE_META in request.meta:
            return response
        kind = "article" if request.meta.get(ARTICLE) else "discovery"
        faults = latch_for(self.crawler)
        if (kind == "discovery" and not self.discovery) or faults.tripped:
            return response
        request_headers = [(name.decode("latin-1"), b", ".join(values).decode("latin-1"))
                           for name, values in request.headers.items()]  # fmt: skip
        response_headers = [(name, value) for name, values in response.headers.items() for value in values]
        writer, size = self.writers[kind], len(response.body)
        self.backlog += size
        written = self._in_thread(kind, writer.write_exchange, response.url, request.method, request_headers,
                                  response.status, response_headers, response.body, kind)  # fmt: skip
        written.addCallbacks(self._written, self._failed, (kind, size), errbackArgs=(writer, size))
        if self.backlog > BACKLOG_BYTES:
            await maybe_deferred_to_future(written)  # the writer is behind: let it catch up
        return response


def _stop(pool: ThreadPool) -> None:
    if pool.started:  # stopping twice raises
        pool.stop()
