"""RunSummary: an account of every discovered article URL, in the log and in the run's summary.json.

Each article URL the spider discovers ends in exactly one outcome: exported (a new article or a new
version), unchanged (the registry has it: not fetched again, or fetched with the same content),
duplicate (same canonical URL or content, or a redirect to a page already fetched), rejected
(validation), not an article, skipped (`-a since`), or failed (HTTP error, timeout, refused redirect). The extension adds
them up at close and says so loudly when they do not match what was discovered."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl.state import run_dir, run_id

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

ARTICLE_META = "newscrawl_article"
OUTCOMES = {
    "exported": ("item_scraped_count",),
    "unchanged": ("newscrawl/incremental/unchanged", "newscrawl/registry/unchanged"),
    "duplicate": ("newscrawl/dedup/dropped", "newscrawl/outcome/duplicate_redirect"),
    "rejected": ("newscrawl/validate/rejected",),
    "not_article": ("newscrawl/article/not_article",),
    "skipped": ("newscrawl/article/skipped_since",),
    "failed": ("newscrawl/article/failed",),
}


class RunSummary:
    """Settings: SUMMARY_ENABLED. Writes <NEWSCRAWL_STATE_DIR>/runs/<run>/summary.json.
    Stats: newscrawl/summary/<outcome>, newscrawl/summary/unaccounted."""

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
        summary = self.summarise()
        summary["finish_reason"] = reason
        summary["run_id"] = run_id(self.crawler)
        (run_dir(self.crawler) / "summary.json").write_text(
            json.dumps(summary, indent=2) + "\n", encoding="utf-8"
        )
        counts = ", ".join(f"{name} {summary[name]}" for name in OUTCOMES)
        logger.info(
            "Run summary: discovered %d = %s; fetched %d article page(s); new %d, updated %d",
            summary["discovered"], counts, summary["fetched"], summary["new"], summary["updated"],
        )  # fmt: skip
        if summary["unaccounted"]:
            logger.error(
                "Run summary does not add up: %d discovered URL(s) unaccounted for", summary["unaccounted"]
            )

    def summarise(self) -> dict[str, int | str]:
        summary: dict[str, int | str] = {
            "discovered": int(self.stats.get_value("newscrawl/discovered/article_urls", 0)),
            "fetched": int(self.stats.get_value("newscrawl/article/fetched", 0)),
            "new": int(self.stats.get_value("newscrawl/registry/new", 0)),
            "updated": int(self.stats.get_value("newscrawl/registry/updated", 0)),
        }
        for name, keys in OUTCOMES.items():
            summary[name] = sum(int(self.stats.get_value(key, 0)) for key in keys)
        for name, value in summary.items():
            self.stats.set_value(f"newscrawl/summary/{name}", value)
        accounted = sum(int(summary[name]) for name in OUTCOMES)
        summary["unaccounted"] = int(summary["discovered"]) - accounted
        self.stats.set_value("newscrawl/summary/unaccounted", summary["unaccounted"])
        return summary
