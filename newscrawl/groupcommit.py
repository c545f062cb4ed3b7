"""GroupCommit: a crawl's durable writes made durable in batches, off the reactor thread.

Feed lines (newscrawl.feedstorage) and failures lines (newscrawl.ledger) still reach the kernel
whole, in one write() each, the moment they are written: a kill -9 loses none of them. What only a
power cut could lose is what is not fsynced yet. Instead of one fsync per line, made on the reactor
thread, one cycle runs every GROUP_COMMIT_INTERVAL seconds (sooner once GROUP_COMMIT_LINES lines wait):

1. the files written since the last cycle are fsynced, in a thread;
2. then, back on the reactor thread, the records that wait for those lines (each article the registry
   records as written, newscrawl.pipelines.registry) go into the registry, and the registry's open
   transaction is committed: one commit for every registry write since the last cycle;
3. once the registry's write-ahead log has grown, it is checkpointed (fsynced into the database) in a
   thread.

The order is the promise: the registry can only say an article was written once its line is on disk.
A power cut may lose the lines of the last cycle and their records together, never a record without
its line; a kill -9 loses at most the registry writes of the last cycle (the next run reconciles the
articles from the feeds, and sees the other URLs again). At close, one last cycle runs synchronously.

GROUP_COMMIT_INTERVAL = 0 is the old way: every line fsynced and every registry write committed at
once, on the reactor thread. A distributed crawl (REDIS_URL) always works that way: the other workers
act on the shared registry's record at once, so a killed worker's articles must be recorded as soon
as they are written, or another worker emits them again once their leases expire.

Settings: GROUP_COMMIT_INTERVAL (seconds), GROUP_COMMIT_LINES, DURABLE_FEEDS_FSYNC (off: lines are
never fsynced; their records still wait for the cycle). Stats: newscrawl/commit/{cycles,fsyncs}.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Protocol

from scrapy import signals
from twisted.internet import threads
from twisted.internet.task import LoopingCall

from newscrawl.percrawler import PerCrawler
from newscrawl.state import redis_url
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

    from newscrawl.registry import WriteGuard

logger = logging.getLogger(__name__)

# A checkpoint copies the write-ahead log into the database and fsyncs both; SQLite's own automatic one
# would do that inside a commit, on the reactor thread, every 1,000 pages (4 MB) of log. Every 20
# cycles (5 s at the default interval) keeps the log small and costs a thread two fsyncs.
CHECKPOINT_CYCLES = 20


class SyncedFile(Protocol):
    path: Path

    def fileno(self) -> int: ...


class Committable(Protocol):
    """The registry as the cycle sees it (newscrawl.registry.Registry in batch mode)."""

    def commit(self) -> None: ...
    def checkpoint(self) -> None: ...


def fsync_all(files: list[tuple[Path, int]]) -> tuple[Path, OSError] | None:
    """fsync each (path, fd) and close the fd (a dup: the file itself may be closed meanwhile); the
    first failure, or None. Runs in a thread."""
    failure: tuple[Path, OSError] | None = None
    for path, fd in files:
        try:
            if failure is None:
                os.fsync(fd)
        except OSError as exc:
            failure = (path, exc)
        finally:
            os.close(fd)
    return failure


class GroupCommit:
    """One per crawl (`commit_for`)."""

    def __init__(self, crawler: Crawler, interval: float, max_lines: int, fsync: bool, guard: WriteGuard):
        self.crawler = crawler
        self.guard = guard  # the crawl's newscrawl.storagefault latch
        self.interval = interval
        self.max_lines = max(1, max_lines)
        self.fsync = fsync
        self.registry: Committable | None = None
        self.dirty: dict[SyncedFile, None] = {}  # files with lines not fsynced yet, in order
        self.lines = 0
        self.held: list[Callable[[], None]] = []  # records waiting for the lines written before them
        self.syncing: list[Callable[[], None]] | None = None  # the records of the cycle in flight
        self.checkpointing = False
        self.cycles = 0
        self.closed = False
        self.loop: LoopingCall | None = None

    def start(self) -> None:
        """Run a cycle every `interval` seconds (nothing to run in immediate mode)."""
        if not self.immediate and self.loop is None:
            self.loop = LoopingCall(self.cycle)
            self.loop.start(self.interval, now=False).addErrback(self._loop_failed)

    @property
    def immediate(self) -> bool:
        return self.interval <= 0

    def _loop_failed(self, failure: Failure) -> None:
        logger.error("Group commit stopped: %s", failure.getErrorMessage())

    # --- What the writers call ---------------------------------------------------------------------

    def written(self, file: SyncedFile) -> None:
        """A line reached the kernel: fsynced now (immediate mode) or with the next cycle. An OSError
        of the immediate fsync is the caller's (it cuts the line back)."""
        if not self.fsync:
            return
        if self.immediate or self.closed:
            os.fsync(file.fileno())
            return
        self.dirty[file] = None
        self.lines += 1
        if self.lines >= self.max_lines:
            self.cycle()

    def closing(self, file: SyncedFile) -> None:
        """The file is about to close: its lines are fsynced now (a close happens once per run)."""
        if file in self.dirty:
            del self.dirty[file]
            os.fsync(file.fileno())

    def when_durable(self, record: Callable[[], None]) -> None:
        """Run `record` once every line written so far is on disk (at once in immediate mode)."""
        if self.immediate or self.closed:
            record()
        else:
            self.held.append(record)

    # --- The cycle ---------------------------------------------------------------------------------

    def cycle(self) -> None:
        """Start a cycle unless one is in flight (the next tick takes what arrives meanwhile)."""
        if self.syncing is not None or self.closed:
            return
        files = [(file.path, os.dup(file.fileno())) for file in self.dirty]
        self.dirty.clear()
        self.lines = 0
        self.syncing, self.held = self.held, []
        if not files:
            self._synced(None)
            return
        self.stats_inc("newscrawl/commit/fsyncs", len(files))
        threads.deferToThread(fsync_all, files).addCallback(self._synced)

    def _synced(self, failure: tuple[Path, OSError] | None) -> None:
        records, self.syncing = self.syncing or [], None
        if self.closed:
            return  # close() ran its own, synchronous cycle, records included
        if failure is not None:
            self.guard.trip(*failure)
            return  # the lines may be lost: their records are not written
        self._apply(records)
        self._checkpoint_when_due()

    def _apply(self, records: list[Callable[[], None]]) -> None:
        for record in records:
            if self.guard.tripped:
                return
            record()
        if self.registry is not None:
            self.registry.commit()
        self.stats_inc("newscrawl/commit/cycles")

    def _checkpoint_when_due(self) -> None:
        self.cycles += 1
        if self.registry is None or self.checkpointing or self.cycles % CHECKPOINT_CYCLES:
            return
        self.checkpointing = True
        deferred = threads.deferToThread(self.registry.checkpoint)
        deferred.addErrback(
            lambda failure: logger.warning("Registry checkpoint: %s", failure.getErrorMessage())
        )
        deferred.addBoth(self._checkpointed)

    def _checkpointed(self, _: object) -> None:
        self.checkpointing = False

    def flush(self) -> None:
        """Everything now, on this thread: fsync what waits, record what waits, commit (at close)."""
        if self.immediate:
            if self.registry is not None:
                self.registry.commit()
            return
        files, self.dirty, self.lines = list(self.dirty), {}, 0
        records = (self.syncing or []) + self.held
        if self.syncing is not None:
            self.syncing.clear()  # the cycle in flight finds its records done
        self.held = []
        for file in files:
            try:
                os.fsync(file.fileno())
            except OSError as exc:
                self.guard.trip(file.path, exc)
                return
        self._apply(records)

    def close(self) -> None:
        """The last cycle; from now on every line and record is made durable at once."""
        if self.closed:
            return
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.flush()
        self.closed = True

    def stats_inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)


def _new_commit(crawler: Crawler) -> GroupCommit:
    """The crawl's GroupCommit, started; it runs its last cycle when the engine stops."""
    settings = crawler.settings
    commit = GroupCommit(
        crawler,
        0.0 if redis_url(settings) else settings.getfloat("GROUP_COMMIT_INTERVAL"),
        settings.getint("GROUP_COMMIT_LINES"),
        settings.getbool("DURABLE_FEEDS_FSYNC", True),
        latch_for(crawler),
    )
    crawler.signals.connect(commit.close, signal=signals.engine_stopped)
    commit.start()
    return commit


commit_for = PerCrawler(_new_commit)  # the crawl's one GroupCommit, made on first use
