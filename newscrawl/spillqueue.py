"""SpillQueue: Scrapy's LIFO memory queue, with all but the newest requests spilled to disk.

A sitemap lists thousands of article URLs and its callback yields a Request (about 1 KB with its meta
and headers) for each at once; Scrapy's LifoMemoryQueue would hold them all until they are fetched.
This queue, Scrapy's SCHEDULER_MEMORY_QUEUE here, keeps at most SPILLQUEUE_MEMORY_REQUESTS of them
in memory, the newest; past that, the oldest part of memory goes onto a stack on disk, oldest first,
so the queue as a whole is one stack: disk at the bottom, memory on top. Pops take from memory, and
from disk once memory is empty, so requests come out in exactly the order of Scrapy's LIFO queue.

The disk stack is Scrapy's own MarshalLifoDiskQueue (request_to_dict, the spider's methods as
callbacks by name, marshal rather than pickle: the state directory holds nothing that runs code when
read, docs/faults.md). A request it cannot serialise (a callback that is not the spider's, an object
in its meta) stays in memory, and a placeholder takes its place on the disk stack, so it comes back
in its turn; counted in newscrawl/spillqueue/unspillable.

Scrapy's scheduler builds one such queue per download slot and priority (build_from_crawler(cls,
crawler, key), where the key is not a usable path for a memory queue) and closes one when it is
empty. Each spills into its own file under `<NEWSCRAWL_STATE_DIR>/spill/<run-id>/`; the run's
directory is removed when the spider closes (Scrapy never closes memory queues that still hold
requests). A killed run leaves its directory: the next crawl on the state directory removes it
(its flock on the directory's lock file is gone with its process). It is never read back: the
requests of a killed run are not lost, because FrontierRecorder recorded each article URL as
requested in the registry's frontier when it was scheduled (before it reached this queue), and the
next run requests every URL its frontier holds as requested or failed before anything else; the
listings, sitemaps and feeds are discovered again from the start pages.

A failed write or read on disk is a storage fault (newscrawl.storagefault: the run stops, exit 6,
and Scrapy drops whatever is still queued, as at any early close): nothing more is spilled, the
request being written stays in memory, and the requests already on that disk stack (a write that
failed half-way leaves the file unreadable) are counted in newscrawl/spillqueue/lost and logged; the
next run requests their article URLs again from the frontier, as after a kill.

Settings: SPILLQUEUE_MEMORY_REQUESTS (per queue; 0 = never spill). Stats: newscrawl/spillqueue/
{spilled, unspillable, peak_on_disk, lost}. Not used by a distributed crawl: its scheduler
(LeasingScheduler, scrapy-redis) keeps its queue in Redis and reads no SCHEDULER_MEMORY_QUEUE.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from collections import deque
from contextlib import suppress
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from scrapy import Request, signals
from scrapy.squeues import MarshalLifoDiskQueue
from scrapy.utils.misc import build_from_crawler

from newscrawl.percrawler import PerCrawler
from newscrawl.state import SAFE_NAME, run_id, state_dir
from newscrawl.storagefault import STORAGE_ERRORS, latch_for

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

SPILL_DIR = "spill"
LOCK_NAME = "lock"
PLACEHOLDER_URL = "data:,"  # never fetched: a placeholder is swapped for its request when popped
PINNED = "newscrawl.spillqueue.pinned"  # a placeholder's meta key: the number of its request
STAT = "newscrawl/spillqueue/"


class SpillArea:
    """One per crawl (`area_for`): the run's spill directory, held by a flock while the run lives."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.root = state_dir(crawler) / SPILL_DIR
        self.path = self.root / run_id(crawler)
        self.lock: int | None = None
        self.names = count()
        self.on_disk = 0
        self.spilling: set[SpillQueue] = set()  # the queues with a file open
        try:
            remove_leftovers(self.root, self.path.name)
        except STORAGE_ERRORS as error:
            latch_for(crawler).trip(self.root, error)
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    def new_file(self) -> Path:
        """A path for one more queue's file, the run's directory made (and locked) at the first."""
        if self.lock is None:
            if not SAFE_NAME.fullmatch(self.path.name):
                raise ValueError(f"unsafe run id {self.path.name!r}")
            self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.lock = os.open(self.path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return self.path / f"{next(self.names)}.queue"

    def counted(self, change: int) -> None:
        self.on_disk += change
        assert self.crawler.stats is not None
        self.crawler.stats.max_value(STAT + "peak_on_disk", self.on_disk)

    def close(self) -> None:
        """At spider_closed: the queues Scrapy left open (a run stopped early), then the directory."""
        for queue in list(self.spilling):
            queue.close()
        if self.lock is None:
            return
        shutil.rmtree(self.path, ignore_errors=True)
        os.close(self.lock)
        self.lock = None


def remove_leftovers(root: Path, current: str) -> list[str]:
    """Remove the spill directories of runs that are over (nobody holds their lock); returns their names.
    A directory without a lock file is left alone (a run between its mkdir and its lock), and so is one
    whose lock file this user may not open (another user's run: not ours to remove)."""
    if not root.is_dir():
        return []
    removed = []
    for path in sorted(root.iterdir()):
        if path.name != current and path.is_dir() and _unlocked(path / LOCK_NAME):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def _unlocked(lock: Path) -> bool:
    try:
        descriptor = os.open(lock, os.O_RDWR)
    except (FileNotFoundError, PermissionError):  # a run between mkdir and lock, or another user's
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)  # also drops the lock just taken: the directory goes right after
    return True


area_for = PerCrawler(SpillArea)  # the crawl's one spill directory, shared by its queues


class SpillQueue:
    """SCHEDULER_MEMORY_QUEUE. Settings: SPILLQUEUE_MEMORY_REQUESTS. Stats: newscrawl/spillqueue/*."""

    def __init__(self, crawler: Crawler, limit: int):
        self.crawler = crawler
        self.limit = limit
        self.memory: deque[Request] = deque()  # newest last, as in Scrapy's LifoMemoryQueue
        self.disk: Any = None  # MarshalLifoDiskQueue, made at the first spill
        self.pinned: dict[int, Request] = {}  # unserialisable requests, by placeholder number
        self.numbers = count()
        self.area = area_for(crawler)
        self.latch = latch_for(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler, key: str, *args: Any, **kwargs: Any) -> Self:
        return cls(crawler, crawler.settings.getint("SPILLQUEUE_MEMORY_REQUESTS"))

    def __len__(self) -> int:
        return len(self.memory) + (len(self.disk) if self.disk is not None else 0)

    def push(self, request: Request) -> None:
        self.memory.append(request)
        if self.limit and len(self.memory) > self.limit and not self.latch.tripped:
            self._spill(len(self.memory) - self.limit // 2)

    def pop(self) -> Request | None:
        if self.memory:
            return self.memory.pop()
        if self.disk is None or not len(self.disk):
            return None
        return self._unspill()

    def close(self) -> None:
        if self.disk is None:
            return
        self.area.counted(-len(self.disk))
        with suppress(*STORAGE_ERRORS):  # the run's directory goes at spider_closed in any case
            self.disk.close()
            Path(self.disk.path).unlink(missing_ok=True)
        self._forget_disk()

    def _forget_disk(self) -> None:
        self.area.spilling.discard(self)
        self.disk = None

    def _spill(self, how_many: int) -> None:
        """The oldest `how_many` requests of memory onto the disk stack, oldest first."""
        try:
            if self.disk is None:
                self.disk = build_from_crawler(MarshalLifoDiskQueue, self.crawler, str(self.area.new_file()))
                self.area.spilling.add(self)
            for _ in range(how_many):
                self._push_to_disk(self.memory[0])
                self.memory.popleft()
                self.area.counted(1)
        except STORAGE_ERRORS as error:
            if self.disk is None:
                self.latch.trip(self.area.path, error)
            else:  # a write that failed half-way leaves the file's last record unreadable
                self._lose(error)

    def _push_to_disk(self, request: Request) -> None:
        try:
            self.disk.push(request)
        except ValueError:  # request_to_dict or marshal refused it: it stays, a placeholder goes
            number = next(self.numbers)
            self.disk.push(Request(PLACEHOLDER_URL, meta={PINNED: number}))
            self.pinned[number] = request
            self._inc("unspillable")
        else:
            self._inc("spilled")

    def _unspill(self) -> Request | None:
        try:
            request: Request = self.disk.pop()
        except STORAGE_ERRORS as error:
            self._lose(error)
            return self.memory.pop() if self.memory else None
        self.area.counted(-1)
        number = request.meta.get(PINNED) if request.url == PLACEHOLDER_URL else None
        return self.pinned.pop(number) if number is not None else request

    def _lose(self, error: BaseException) -> None:
        """The disk stack is unusable: its unserialisable requests go back to memory, the rest are lost."""
        lost = len(self.disk) - len(self.pinned)
        self.latch.trip(self.disk.path, error)
        logger.error("%d queued requests are lost with %s; the next run requests their article URLs "
                     "again from the frontier", lost, self.disk.path)  # fmt: skip
        self._inc("lost", lost)
        self.area.counted(-len(self.disk))
        self.memory.extendleft(self.pinned[number] for number in sorted(self.pinned, reverse=True))
        self.pinned.clear()
        with suppress(*STORAGE_ERRORS):
            self.disk.close()
        self._forget_disk()

    def _inc(self, name: str, by: int = 1) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(STAT + name, by)
