"""Progress: what this run is, in one line at the start, and how far it has got, every N seconds.

The start line names the run, the site, the state directory, how many articles the registry already
knows and what will be discovered (sources, limits, a URL list, a replay), so a log read a month later
says what the run set out to do. Then, every PROGRESS_INTERVAL seconds, one line: article URLs
discovered, fetched, emitted, failed, the fetch rate over the last interval, requests still queued
and, when the queue is the only work left, an ETA. It replaces Scrapy's LogStats line (pages and
items per minute), which says neither. On a terminal, with PROGRESS_BAR on, a tqdm bar shows the same
numbers, and the log lines are written above it instead of through it.

Settings: PROGRESS_ENABLED, PROGRESS_INTERVAL (seconds; 0 = the start line only), PROGRESS_BAR.
"""

from __future__ import annotations

import logging
import sys
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newscrawl.backend import registry_for
from newscrawl.state import run_id, state_dir

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector
    from tqdm import tqdm

logger = logging.getLogger(__name__)


def plan(spider: Spider) -> str:
    """The discovery plan, from the spider's own settled arguments."""
    parts = [",".join(getattr(spider, "discover", ())) or "no discovery"]
    if listed := getattr(spider, "listed", None):
        parts.append(f"{len(listed)} listed URL(s)")
    if max_pages := getattr(spider, "max_pages", 0):
        parts.append(f"max {max_pages} page(s) per listing")
    if since := getattr(spider, "since", None):
        parts.append(f"since {since:%Y-%m-%d}")
    return ", ".join(parts)


def eta(queued: float, rate: float) -> str:
    if queued <= 0 or rate <= 0:
        return "-"
    seconds = int(queued / rate)
    return (
        f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
        if seconds >= 3600
        else f"{seconds // 60}m{seconds % 60:02d}s"
    )


class Progress:
    def __init__(self, crawler: Crawler, interval: float, bar: bool):
        self.crawler = crawler
        self.interval = interval
        self.bar_wanted = bar
        self.bar: tqdm[Any] | None = None
        self.stack = ExitStack()
        self.looping: task.LoopingCall | None = None
        self.last_fetched = 0
        self.last_time = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("PROGRESS_ENABLED"):
            raise NotConfigured
        interval = settings.getfloat("PROGRESS_INTERVAL")
        if interval < 0:
            raise ValueError(f"PROGRESS_INTERVAL must be 0 or more seconds, got {interval}")
        extension = cls(crawler, interval, settings.getbool("PROGRESS_BAR") and sys.stderr.isatty())
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def spider_opened(self, spider: Spider) -> None:
        settings = self.crawler.settings
        known = "registry off"
        if settings.getbool("REGISTRY_ENABLED"):
            known = f"{registry_for(self.crawler).counts().get('articles', 0):,} article(s) known"
        replay = (
            f", replaying the archive ({settings.get('ARCHIVE_REPLAY')})"
            if settings.get("ARCHIVE_REPLAY")
            else ""
        )
        logger.info(
            "Run %s: %s, state %s, %s; discovering from %s%s",
            run_id(self.crawler), settings.get("WEEK_BASE_URL"), state_dir(self.crawler), known, plan(spider), replay,
        )  # fmt: skip
        self.last_time = time.monotonic()
        if self.bar_wanted:
            from tqdm import tqdm
            from tqdm.contrib.logging import logging_redirect_tqdm

            self.bar = self.stack.enter_context(tqdm(total=0, unit=" article", dynamic_ncols=True))
            self.stack.enter_context(logging_redirect_tqdm())
        if self.interval > 0:
            self.looping = task.LoopingCall(self.report)
            self.looping.start(self.interval, now=False)

    def report(self) -> None:
        value = self.stats.get_value
        discovered = int(value("newscrawl/discovered/article_urls", 0))
        fetched = int(value("newscrawl/article/fetched", 0))
        emitted = int(value("item_scraped_count", 0))
        failed = int(value("newscrawl/article/failed", 0))
        queued = int(value("scheduler/enqueued", 0)) - int(value("scheduler/dequeued", 0))
        now = time.monotonic()
        rate = (fetched - self.last_fetched) / max(now - self.last_time, 1e-9)
        self.last_fetched, self.last_time = fetched, now
        logger.info(
            "Progress: %d article URL(s) discovered, %d fetched, %d emitted, %d failed; %.1f pages/s; "
            "%d request(s) queued (ETA %s at this rate)", discovered, fetched, emitted, failed, rate, queued, eta(queued, rate),
        )  # fmt: skip
        if self.bar is not None:
            self.bar.total = discovered
            self.bar.n = fetched + int(value("newscrawl/incremental/unchanged", 0))
            self.bar.set_postfix(emitted=emitted, failed=failed, refresh=False)
            self.bar.refresh()

    def spider_closed(self) -> None:
        if self.looping is not None and self.looping.running:
            self.looping.stop()
        self.stack.close()
