"""The first failed write stops the run: a full disk or an I/O error is a failure, never a warning.

Every component that writes to the state directory (the SQLite registry, the run's summary and
failures files) or to a feed reports a failed write to the crawl's one `FaultLatch`. The first report
logs one line naming the path and the cause, sets the stat newscrawl/storage/fault, and closes the
spider with the reason `storage_fault` (`scrapy crawl` exits 6). From then on nothing more is written
or recorded by this run: the registry ignores writes, feeds refuse lines, and items still in flight
are dropped. So nothing is recorded as done that was not written; the run is left on record as
running, and the next one (once there is space) repairs and reconciles its outputs like those of a
killed run (newscrawl.extensions.runstate): every article comes out exactly once.

Components report instead of raising because most writes happen in Scrapy signal handlers, where
an exception would be logged with a traceback and the crawl would go on.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from typing import TYPE_CHECKING

from scrapy.utils.defer import deferred_from_coro

from newscrawl.percrawler import PerCrawler

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

STORAGE_FAULT = "storage_fault"  # the spider's close reason
FAULT_STAT = "newscrawl/storage/fault"  # "<path>: <cause>"
STORAGE_ERRORS = (OSError, sqlite3.Error)


def cause(error: BaseException) -> str:
    """The cause in a few words: the OS's own text for an errno, SQLite's message otherwise."""
    if isinstance(error, OSError) and error.errno:
        name = errno.errorcode.get(error.errno, str(error.errno))
        return f"{os.strerror(error.errno)} ({name})"
    return str(error) or type(error).__name__


class FaultLatch:
    """One per crawl (`latch_for`). Stats: newscrawl/storage/fault."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.fault: str | None = None

    @property
    def tripped(self) -> bool:
        return self.fault is not None

    def trip(self, path: Path | str, error: BaseException) -> None:
        if self.fault is not None:
            return
        self.fault = f"{path}: {cause(error)}"
        if self.crawler.stats is not None:
            self.crawler.stats.set_value(FAULT_STAT, self.fault)
        logger.error("Storage fault: %s; the run stops, nothing more is written or recorded", self.fault)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            # Ignored when the spider is already closing: its close reason then stays, the stat decides.
            deferred_from_coro(engine.close_spider_async(reason=STORAGE_FAULT)).addErrback(lambda _: None)


latch_for = PerCrawler(FaultLatch)  # the crawl's one latch
