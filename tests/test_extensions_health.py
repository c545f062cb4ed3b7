"""ExtractionHealth: coverage figures, and the verdict that makes `scrapy crawl` exit non-zero."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from newscrawl.extensions.health import ExtractionHealth
from newscrawl.spiders.week import WeekSpider
from newscrawl.statkeys import HEALTH_FAILED
from tests.conftest import project_settings


def health(**stats: object) -> ExtractionHealth:
    crawler = get_crawler(WeekSpider, project_settings())
    assert crawler.stats is not None
    for name, value in stats.items():
        crawler.stats.set_value(name, value)
    return ExtractionHealth.from_crawler(crawler)


def test_a_healthy_crawl_passes_and_records_coverage() -> None:
    extension = health(**{"newscrawl/article/extracted": 20, "newscrawl/article/missing/standfirst": 5})
    assert extension.assess() is None
    assert extension.stats.get_value("newscrawl/health/coverage/standfirst") == 0.75
    assert extension.stats.get_value("newscrawl/health/coverage/title") == 1.0


def test_layout_drift_on_a_required_field_fails_the_crawl() -> None:
    extension = health(**{"newscrawl/article/extracted": 20, "newscrawl/validate/rejected/body": 3})
    verdict = extension.assess()
    assert verdict is not None
    assert verdict.startswith("body missing on 15%")


@pytest.mark.parametrize(
    ("stats", "reason"),
    [
        ({}, "only 0 article(s) extracted"),
        ({"newscrawl/home/failed": "Connection refused"}, "site unreachable"),
    ],
)
def test_no_articles_fails_the_crawl_with_a_one_line_reason(stats: dict[str, object], reason: str) -> None:
    extension = health(**stats)
    extension.spider_closed(spider=None, reason="finished")  # type: ignore[arg-type]
    assert reason in str(extension.stats.get_value(HEALTH_FAILED))


def test_an_incremental_run_with_every_article_unchanged_is_healthy() -> None:
    assert health(**{"newscrawl/incremental/unchanged": 80}).assess() is None


def test_article_pages_fetched_but_none_extracted_fails_even_when_others_are_known() -> None:
    verdict = health(**{"newscrawl/incremental/unchanged": 80, "newscrawl/article/fetched": 5}).assess()
    assert verdict is not None
    assert verdict.startswith("no article extracted from 5 article page(s)")


def test_many_interstitials_mean_the_crawler_is_blocked() -> None:
    verdict = health(**{
        "newscrawl/article/extracted": 10, "newscrawl/article/fetched": 20, "newscrawl/article/failed/interstitial": 10,
    }).assess()  # fmt: skip
    assert verdict is not None
    assert "being blocked" in verdict
