"""RunSummary: an account of every discovered article URL, in the log and in the run's summary.json.

Each article URL the spider discovers ends in exactly one outcome: exported (a new article or a new
version), unchanged (the registry has it: not fetched again, or fetched with the same content),
duplicate (same canonical URL or content, or a redirect to a page already fetched), rejected
(validation), not an article, skipped (`-a since`), or failed (HTTP error, timeout, refused redirect). The extension adds
them up at close and says so loudly when they do not match what was discovered."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl.siteprobe import SITE_UNREACHABLE
from newscrawl.state import run_dir, run_id, run_path
from newscrawl.statkeys import CRAWL_PREFIX, OUTCOMES, SUMMARY_PREFIX, TOTALS
from newscrawl.storagefault import STORAGE_FAULT, latch_for

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

# Runs stopped on a fault they named in one line (newscrawl.siteprobe, newscrawl.storagefault).
STOPPED_REASONS = frozenset({SITE_UNREACHABLE, STORAGE_FAULT})


class RunSummary:
    """Settings: SUMMARY_ENABLED. Writes <NEWSCRAWL_STATE_DIR>/runs/<run>/summary.json.
    Stats: newscrawl/summary/<outcome>, newscrawl/summary/unaccounted.

    In a distributed crawl a URL is often discovered by one worker and fetched by another, so one
    worker's account does not add up on its own; the crawl's does. Each worker logs its own part,
    and the last worker to leave the crawl logs the crawl-wide account from the counters every
    worker added up in Redis (newscrawl.distributed), and writes it to crawl-summary.json."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("SUMMARY_ENABLED"):
            raise NotConfigured("SUMMARY_ENABLED is off")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def spider_closed(self, spider: Spider, reason: str) -> None:
        distributed = self.stats.get_value(CRAWL_PREFIX + "id") is not None
        summary = account(lambda key: self.stats.get_value(key, 0))
        for name, value in summary.items():
            self.stats.set_value(SUMMARY_PREFIX + name, value)
        self._write("summary.json", summary, reason)
        if not distributed and reason in STOPPED_REASONS:
            # Requests still queued were dropped with the run: the next run discovers them again.
            _log("Run summary", summary, logging.INFO, f"URL(s) not finished: the run stopped ({reason})")
            return
        if not distributed:
            _log("Run summary", summary, logging.ERROR, "discovered URL(s) unaccounted for")
            return
        # One worker's difference is work handed to or taken from the others: normal.
        _log(
            "Worker summary",
            summary,
            logging.INFO,
            "URL(s) handed between workers (the crawl summary adds up)",
        )
        if self.stats.get_value(CRAWL_PREFIX + "last_worker"):
            crawl = account(lambda key: self.stats.get_value(CRAWL_PREFIX + key, 0))
            crawl["dead_workers"] = int(self.stats.get_value(CRAWL_PREFIX + "dead_workers", 0))
            self._write("crawl-summary.json", crawl, reason)
            title = f"Crawl summary ({self.stats.get_value(CRAWL_PREFIX + 'id')}, all workers)"
            if crawl["dead_workers"]:
                _log(title, crawl, logging.WARNING, "URL(s) unaccounted for: a killed worker's last counters "
                     "died with it (the registry holds what was recorded)")  # fmt: skip
            else:
                _log(title, crawl, logging.ERROR, "discovered URL(s) unaccounted for")

    def _write(self, name: str, summary: dict[str, int], reason: str) -> None:
        document: dict[str, int | str] = {**summary, "finish_reason": reason, "run_id": run_id(self.crawler)}
        path = run_path(self.crawler) / name
        try:
            run_dir(self.crawler)
            path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            latch_for(self.crawler).trip(path, exc)


def _log(title: str, summary: dict[str, int], level: int, unaccounted: str) -> None:
    """The account in one line; a second one at `level` when it does not add up."""
    counts = ", ".join(f"{name} {summary[name]}" for name in OUTCOMES)
    logger.info(
        "%s: discovered %d = %s; fetched %d article page(s); new %d, updated %d; discovery sources failed %d",
        title, summary["discovered"], counts, summary["fetched"], summary["new"], summary["updated"],
        summary["sources_failed"],
    )  # fmt: skip
    if summary["unaccounted"]:
        logger.log(level, "%s does not add up: %+d %s", title, summary["unaccounted"], unaccounted)


def account(value: Callable[[str], Any]) -> dict[str, int]:
    """discovered = exported + unchanged + duplicate + rejected + not_article + skipped + failed,
    from the stats `value` gives (this worker's, or the crawl's added up)."""
    summary = {name: int(value(key)) for name, key in TOTALS.items()}
    for name, keys in OUTCOMES.items():
        summary[name] = sum(int(value(key)) for key in keys)
    summary["unaccounted"] = summary["discovered"] - sum(summary[name] for name in OUTCOMES)
    return summary
