"""ArticleOutcomes: counts what became of the article URLs that yield no item, for the run's account.

It listens to the spider's signals (newscrawl.articleurl: article_failed, article_done) and to two of
Scrapy's, which it turns into failures: request_dropped of an article request that redirected back
to itself (a loop), and spider_error of an article callback (the URL is failed and tried again by a
later run, not left without an outcome).

Stats: newscrawl/article/failed, newscrawl/article/failed/<reason>, newscrawl/article/not_article,
newscrawl/article/skipped_since, newscrawl/outcome/duplicate_{request,redirect}.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.http import TextResponse

from newscrawl import articleurl

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

DONE_STATS = {
    articleurl.NOT_ARTICLE: "newscrawl/article/not_article",
    articleurl.LISTING: "newscrawl/article/not_article",
    articleurl.OUTSIDE_SINCE: "newscrawl/article/skipped_since",
}


class ArticleOutcomes:
    """An extension, always on: the counts are the run's account (RunSummary)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler)
        crawler.signals.connect(extension.article_failed, signal=articleurl.article_failed)
        crawler.signals.connect(extension.article_done, signal=articleurl.article_done)
        crawler.signals.connect(extension.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        return extension

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def article_failed(self, reason: str) -> None:
        self.stats.inc_value("newscrawl/article/failed")
        self.stats.inc_value(f"newscrawl/article/failed/{reason}")

    def article_done(self, outcome: str) -> None:
        self.stats.inc_value(DONE_STATS[outcome])

    def request_dropped(self, request: Request, spider: Spider) -> None:
        dropped = articleurl.dropped_as(request)
        if dropped == "redirect_loop":
            self._fail(request, "redirect_loop", None)
        elif dropped is not None:
            self.stats.inc_value(f"newscrawl/outcome/{dropped}")

    def spider_error(self, failure: Failure, response: Response | Failure, spider: Spider) -> None:
        request = getattr(response, "request", None)
        if (
            isinstance(response, TextResponse)
            and request is not None
            and request.meta.get(articleurl.ARTICLE)
        ):
            self._fail(request, "spider_error", response.status)

    def _fail(self, request: Request, reason: str, status: int | None) -> None:
        # Sent, not counted here: the ledger and the registry listen to the same signal.
        self.crawler.signals.send_catch_log(
            signal=articleurl.article_failed, request=request, reason=reason, status=status
        )
