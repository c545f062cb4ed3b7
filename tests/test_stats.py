"""MemoryStats: the crawl's stats collector counts as Scrapy's MemoryStatsCollector does, without its shim."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Spider
from scrapy.statscollectors import MemoryStatsCollector, StatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.stats import MemoryStats
from tests.conftest import project_settings


def script(collector: type[MemoryStatsCollector]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The same calls on a collector: its stats while open, and what it keeps per spider once closed."""
    crawler = get_crawler(Spider)
    crawler.spider = Spider("week")
    stats = collector(crawler)
    stats.open_spider()
    stats.inc_value("newscrawl/article/fetched")
    stats.inc_value("newscrawl/article/fetched", 2)
    stats.inc_value("newscrawl/feed/entries", 5, start=10)
    stats.set_value("elapsed", 1.5)
    stats.max_value("peak", 3)
    stats.max_value("peak", 2)
    stats.min_value("low", 3)
    stats.min_value("low", 1)
    seen = dict(stats.get_stats())
    assert stats.get_value("missing", "default") == "default"
    stats.close_spider(reason="finished")
    return seen, dict(stats.spider_stats)


def test_memory_stats_counts_as_scrapys_memory_collector() -> None:
    ours = script(MemoryStats)
    scrapys = script(MemoryStatsCollector)
    assert ours == scrapys
    assert ours[0] == {"newscrawl/article/fetched": 3, "newscrawl/feed/entries": 15, "elapsed": 1.5,
                       "peak": 3, "low": 1}  # fmt: skip


def test_memory_stats_reads_attributes_without_scrapys_deprecation_shim() -> None:
    assert vars(MemoryStats)["__getattribute__"] is object.__getattribute__
    assert "__getattribute__" in vars(StatsCollector), (
        "Scrapy dropped its shim: newscrawl.stats.MemoryStats has no reason left to exist"
    )


@pytest.mark.parametrize("method", ["inc_value", "set_value", "max_value", "min_value", "get_value"])
def test_memory_stats_still_takes_the_deprecated_spider_argument(method: str) -> None:
    stats = MemoryStats(get_crawler(Spider))
    stats.open_spider()
    getattr(stats, method)("key", 1, spider=Spider("week"))


def test_the_crawl_counts_with_memory_stats() -> None:
    crawler = get_crawler(Spider, project_settings())
    assert type(crawler.stats) is MemoryStats
