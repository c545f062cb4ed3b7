"""Progress: the run's start line, and the progress line built from the crawl's own stats."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.extensions.progress import Progress, eta, plan
from newscrawl.spiders.week import WeekSpider
from replica import Replica
from tests.crawling import run_crawl

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_plan_names_sources_limits_and_listed_urls(tmp_path: Path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_text("http://127.0.0.1:1/politics/a\nhttp://127.0.0.1:1/politics/b\n", encoding="utf-8")
    crawler = get_crawler(WeekSpider, {"WEEK_BASE_URL": "http://127.0.0.1:1"})
    spider = WeekSpider.from_crawler(crawler, max_pages="3", since="2026-01-01", discover="feeds")
    assert plan(spider) == "feeds, max 3 page(s) per listing, since 2026-01-01"
    only_urls = WeekSpider.from_crawler(get_crawler(WeekSpider, {"WEEK_BASE_URL": "http://127.0.0.1:1"}),
                                        urls=str(listed))  # fmt: skip
    assert plan(only_urls) == "no discovery, 2 listed URL(s)"


def test_eta_is_the_queue_at_the_current_rate_and_unknown_without_either() -> None:
    assert eta(120, 2.0) == "1m00s"
    assert eta(36_000, 2.0) == "5h00m"
    assert eta(0, 2.0) == "-"
    assert eta(50, 0.0) == "-"


def test_progress_line_counts_discovered_fetched_emitted_failed_and_queue(
    caplog: pytest.LogCaptureFixture,
) -> None:
    crawler = get_crawler(WeekSpider, {"WEEK_BASE_URL": "http://127.0.0.1:1"})
    crawler.stats = MemoryStatsCollector(crawler)
    extension = Progress(crawler, 60.0, bar=False)
    stats = {"newscrawl/discovered/article_urls": 40, "newscrawl/article/fetched": 25, "item_scraped_count": 20,
             "newscrawl/article/failed": 2, "scheduler/enqueued": 50, "scheduler/dequeued": 30}  # fmt: skip
    for name, value in stats.items():
        crawler.stats.set_value(name, value)
    with caplog.at_level(logging.INFO, logger="newscrawl.extensions.progress"):
        extension.report()
    (line,) = caplog.messages
    assert line.startswith("Progress: 40 article URL(s) discovered, 25 fetched, 20 emitted, 2 failed; ")
    assert "20 request(s) queued" in line


def test_a_crawl_logs_its_start_line(tmp_path: Path) -> None:
    with Replica.start(articles=10) as replica:
        result = run_crawl(replica.base_url, tmp_path / "state", tmp_path / "out.jsonl", "-a", "max_pages=1")
    assert result.returncode == 0, result.stderr[-2000:]
    (line,) = [
        line for line in result.stderr.splitlines() if "[newscrawl.extensions.progress] INFO: Run " in line
    ]
    assert f": {replica.base_url}, state {tmp_path / 'state'}, 0 article(s) known; " in line
    assert line.endswith("discovering from sections,sitemaps,feeds, max 1 page(s) per listing")
