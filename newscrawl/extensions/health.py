"""ExtractionHealth: notices layout drift and says so loudly, with a non-zero exit.

At close it computes field coverage over the articles extracted, logs one line per field, and
marks the crawl unhealthy (stat newscrawl/health/failed, exit status 3 via newscrawl.commands.crawl)
when the site was unreachable, no article was found at all (extracted or known unchanged), article
pages were fetched but none extracted, or a required field is missing on more than
HEALTH_MAX_MISSING of the articles fetched. An incremental run that finds every article unchanged
is healthy."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl.extensions.summary import STOPPED_REASONS
from newscrawl.statkeys import CRAWL_PREFIX, HEALTH_FAILED

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

COVERED_FIELDS = (
    "title", "standfirst", "authors", "published_at", "modified_at", "section", "article_type", "tags",
    "image_url", "body",
)  # fmt: skip


class ExtractionHealth:
    """Settings: HEALTH_ENABLED, HEALTH_MIN_ARTICLES, HEALTH_MAX_MISSING, HEALTH_REQUIRED_FIELDS.
    Stats: newscrawl/health/coverage/<field> (0-1), newscrawl/health/failed (the reason)."""

    def __init__(self, stats: StatsCollector, min_articles: int, max_missing: float, required: list[str]):
        self.stats = stats
        self.min_articles = min_articles
        self.max_missing = max_missing
        self.required = required

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("HEALTH_ENABLED"):
            raise NotConfigured("HEALTH_ENABLED is off")
        assert crawler.stats is not None
        extension = cls(
            crawler.stats,
            settings.getint("HEALTH_MIN_ARTICLES"),
            settings.getfloat("HEALTH_MAX_MISSING"),
            settings.getlist("HEALTH_REQUIRED_FIELDS"),
        )
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if reason in STOPPED_REASONS:
            return  # the run was stopped before it could find anything, and said why in one line
        problem = self.assess()
        if problem:
            self.stats.set_value(HEALTH_FAILED, problem)
            logger.error("UNHEALTHY CRAWL: %s", problem)

    def assess(self) -> str | None:
        extracted = int(self.stats.get_value("newscrawl/article/extracted", 0))
        fetched = int(self.stats.get_value("newscrawl/article/fetched", 0))
        # Articles the registry already has, not fetched again: an incremental run finds the site fine.
        unchanged = int(self.stats.get_value("newscrawl/incremental/unchanged", 0))
        self._coverage(extracted)
        found = extracted + unchanged
        if self.stats.get_value(CRAWL_PREFIX + "id") is not None:
            # A distributed worker may have fetched nothing itself while the others did the work:
            # whether the site yields articles is a question for the whole crawl (this worker included).
            found = sum(int(self.stats.get_value(CRAWL_PREFIX + key, 0))
                        for key in ("newscrawl/article/extracted", "newscrawl/incremental/unchanged"))  # fmt: skip
        if found < self.min_articles:
            home_error = self.stats.get_value("newscrawl/home/failed")
            if home_error:
                return f"site unreachable: the homepage failed ({home_error})"
            return f"only {extracted} article(s) extracted (HEALTH_MIN_ARTICLES={self.min_articles})"
        if fetched >= self.min_articles and extracted == 0:
            return (
                f"no article extracted from {fetched} article page(s) fetched: has the site's layout changed?"
            )
        interstitials = int(self.stats.get_value("newscrawl/article/failed/interstitial", 0))
        if interstitials >= max(3, fetched * self.max_missing):
            return (
                f"{interstitials} of {fetched} article pages were consent, paywall or bot-check pages: "
                "is the crawler being blocked?"
            )
        for field in self.required if extracted else ():
            coverage = float(self.stats.get_value(f"newscrawl/health/coverage/{field}", 0.0))
            if 1 - coverage > self.max_missing:
                return (
                    f"{field} missing on {100 * (1 - coverage):.0f}% of articles "
                    f"(HEALTH_MAX_MISSING={self.max_missing:.0%}): has the site's layout changed?"
                )
        return None

    def _coverage(self, extracted: int) -> None:
        if not extracted:
            logger.info("Field coverage: no article page fetched in this run, nothing to measure")
            return
        empty_bodies = int(self.stats.get_value("newscrawl/validate/rejected/body", 0))
        for field in COVERED_FIELDS:
            missing = int(self.stats.get_value(f"newscrawl/article/missing/{field}", 0))
            if field == "body":
                missing = max(missing, empty_bodies)
            coverage = 1 - missing / extracted
            self.stats.set_value(f"newscrawl/health/coverage/{field}", round(coverage, 4))
            logger.info(
                "Field coverage %-12s %6.1f%% (%d of %d missing)", field, 100 * coverage, missing, extracted
            )
