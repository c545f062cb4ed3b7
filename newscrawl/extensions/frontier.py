"""FrontierRecorder: writes each article URL's life (newscrawl.articleurl) into the registry.

- requested: on Scrapy's request_scheduled, for the first request of an article URL (not a retry,
  not a redirect), so a crash leaves it in the frontier and the next run asks for it again;
- failed / gone: on article_failed (`gone` for 404/410, resolved; `failed`, tried again by later runs);
- done without an item: on article_done (a listing is remembered as one, and paged from then on);
- an alias: on request_dropped of a redirect to a page the run already has;
- the sitemaps read: on source_read, so the next run skips the monthly ones whose lastmod is unchanged.

Items (versions, unchanged, rejected) are RegistryPipeline's to record. Settings: REGISTRY_ENABLED.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl import articleurl
from newscrawl.backend import registry_for
from newscrawl.pages.urls import SiteUrls
from newscrawl.state import run_id

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

    from newscrawl.registry import ArticleRegistry


class FrontierRecorder:
    def __init__(self, crawler: Crawler, registry: ArticleRegistry):
        self.crawler = crawler
        self.registry = registry
        self.urls = SiteUrls(crawler.settings.get("WEEK_BASE_URL"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("REGISTRY_ENABLED"):
            raise NotConfigured("REGISTRY_ENABLED is off")
        recorder = cls(crawler, registry_for(crawler))
        crawler.signals.connect(recorder.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(recorder.article_failed, signal=articleurl.article_failed)
        crawler.signals.connect(recorder.article_done, signal=articleurl.article_done)
        crawler.signals.connect(recorder.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(recorder.source_read, signal=articleurl.source_read)
        return recorder

    @property
    def run_id(self) -> str:
        return run_id(self.crawler)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        key = request.meta.get(articleurl.DISCOVERED_URL)
        if key and not request.meta.get("redirect_urls") and not request.meta.get("retry_times"):
            self.registry.record_requested(
                key, request.url, self.run_id, request.meta.get(articleurl.DISCOVERED_DATE)
            )

    def article_failed(self, request: Request | None, reason: str, status: int | None) -> None:
        key = request.meta.get(articleurl.DISCOVERED_URL) if request is not None else None
        if request is None or not key:
            return
        self.registry.record_state(key, request.url, "gone" if reason == "gone" else "failed", self.run_id,
                                   discovered_date=request.meta.get(articleurl.DISCOVERED_DATE),
                                   reason=f"{reason} {status or ''}".strip())  # fmt: skip

    def article_done(self, request: Request, outcome: str) -> None:
        key = request.meta.get(articleurl.DISCOVERED_URL)
        if not key:
            return
        if outcome == articleurl.LISTING:
            self.registry.record_state(key, request.url, "listing", self.run_id)
        else:
            self.registry.record_done(key)

    def request_dropped(self, request: Request, spider: Spider) -> None:
        key = request.meta.get(articleurl.DISCOVERED_URL)
        if key and articleurl.dropped_as(request) == "duplicate_redirect":
            self.registry.add_alias(key, self.urls.canonical(request.url))

    def source_read(self, url: str, lastmod: str | None) -> None:
        self.registry.record_source(self.run_id, url, lastmod)
