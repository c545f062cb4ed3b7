"""`scrapy crawl week`: crawl policy only (what to request, in what order, when to stop).

Page parsing lives in `newscrawl.pages`; cleaning, validation and de-duplication in the pipelines.
"""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from newscrawl.extensions.summary import ARTICLE_META
from newscrawl.items import Article
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.listing import ListingPage
from newscrawl.pages.urls import SiteUrls, UrlKind

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

# Against a replica on this machine politeness protects nobody and only slows tests and demos.
LOOPBACK_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}
ARTICLE_PRIORITY = 10  # finish articles before paging deeper: keeps the frontier small


class WeekSpider(Spider):
    """Sections from the homepage navigation, their pagination, and the articles they list.

    Settings: WEEK_BASE_URL (site root), WEEK_SECTIONS (fallback section paths), WEEK_MAX_PAGES.
    Arguments: -a max_pages=N (pages per listing, 0 = until no new article), -a since=YYYY-MM-DD.
    Stats: newscrawl/discovered/*, newscrawl/listing/*, newscrawl/article/*.
    """

    name = "week"
    urls: SiteUrls
    allowed_domains: list[str]
    fallback_sections: list[str]
    max_pages: int

    def __init__(
        self, *args: Any, max_pages: str | int | None = None, since: str | None = None, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.max_pages_arg = _non_negative_int("max_pages", max_pages) if max_pages is not None else None
        self.since = _parse_since(since)
        self.seen: set[str] = set()
        self.listings: set[str] = set()

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if _is_loopback(str(settings.get("WEEK_BASE_URL") or "")):
            settings.setdict(LOOPBACK_SETTINGS, priority="spider")
        default_feed = settings.get("NEWSCRAWL_DEFAULT_FEED")
        if default_feed and not settings.getdict("FEEDS"):
            feed = {
                "format": "jsonlines",
                "encoding": "utf-8",
                "fields": settings.getlist("FEED_EXPORT_FIELDS"),
            }
            settings.set("FEEDS", {default_feed: feed}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.urls = SiteUrls(settings.get("WEEK_BASE_URL"))
        spider.allowed_domains = [urlsplit(spider.urls.root).hostname or ""]
        spider.fallback_sections = settings.getlist("WEEK_SECTIONS")
        spider.max_pages = (
            spider.max_pages_arg if spider.max_pages_arg is not None else settings.getint("WEEK_MAX_PAGES")
        )
        return spider

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    async def start(self) -> AsyncIterator[Request]:
        yield Request(
            self.urls.url_for("/"), callback=self.parse_home, errback=self.home_failed, dont_filter=True
        )

    def parse_home(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            yield from self._section_requests([])
            return
        listing = self._listing(response)
        yield from self._article_requests(listing)
        # The menu first; then any other listing the homepage links ("View more", card labels).
        yield from self._section_requests(listing.section_links())
        yield from self._section_requests(listing.listing_links())

    def home_failed(self, failure: Failure) -> Iterator[Request]:
        self.stats.set_value("newscrawl/home/failed", failure.getErrorMessage())
        self.logger.error("Homepage failed (%s); using the WEEK_SECTIONS fallback", failure.getErrorMessage())
        yield from self._section_requests([])

    def _section_requests(self, sections: list[str]) -> Iterator[Request]:
        if not sections and not self.listings:
            self.stats.inc_value("newscrawl/discovered/sections_fallback")
            sections = [self.urls.url_for(path) for path in self.fallback_sections]
        for url in sections:
            path = self.urls.listing_path(url)
            if path and path not in self.listings:
                self.listings.add(path)
                self.stats.inc_value("newscrawl/discovered/listings")
                yield self._listing_request(path, 1)

    def _listing_request(self, path: str, page: int) -> Request:
        return Request(
            self.urls.page_url(path, page),
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"path": path, "page": page},
        )

    def parse_listing(self, response: Response, path: str, page: int) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            return
        self.stats.inc_value("newscrawl/listing/pages")
        listing = self._listing(response)
        if page == 1:
            # Section pages carry the site menu too, often with sub-sections the homepage lacks.
            yield from self._section_requests(listing.section_links())
        new = list(self._article_requests(listing))
        yield from new
        if not new:
            self.stats.inc_value("newscrawl/listing/stopped/no_new_articles")
        elif self.max_pages and page >= self.max_pages:
            self.stats.inc_value("newscrawl/listing/stopped/max_pages")
        elif self.since and (oldest := listing.oldest_card_date()) and oldest < self.since:
            self.stats.inc_value("newscrawl/listing/stopped/since")
        else:
            yield self._listing_request(path, page + 1)

    def listing_failed(self, failure: Failure) -> None:
        # A 404 past the last page is how pagination ends on Vanilla sites (§2.2).
        self.stats.inc_value("newscrawl/listing/failed")
        self.logger.debug("Listing request failed: %s", failure.getErrorMessage())

    def _article_requests(self, listing: ListingPage) -> Iterator[Request]:
        for card in listing.cards():
            kind = self.urls.kind(card.url)
            key = self.urls.canonical(card.url)
            self.stats.inc_value("newscrawl/discovered/links")
            if key in self.seen:
                continue
            self.seen.add(key)
            self.stats.inc_value(f"newscrawl/discovered/{kind.value}")
            self.stats.inc_value("newscrawl/discovered/article_urls")
            # Legacy URLs are requested as linked: the site redirects them to the slug URL.
            url = key if kind is UrlKind.ARTICLE else card.url.split("#")[0]
            yield Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                meta={"newscrawl_kicker": card.kicker, ARTICLE_META: True},
                priority=ARTICLE_PRIORITY,
            )

    def parse_article(self, response: Response) -> Iterable[Article | Request]:
        self.stats.inc_value("newscrawl/article/fetched")
        if not isinstance(response, TextResponse):
            self.stats.inc_value("newscrawl/article/not_article")
            return
        page = ArticlePage(response.selector, response.url, self.urls, response.meta.get("newscrawl_kicker"))
        confirmation = page.confirmation()
        if confirmation is None:
            # A sub-section such as /culture-life/food-drink looks like an article URL: read its cards.
            self.stats.inc_value("newscrawl/article/not_article")
            yield from self._article_requests(self._listing(response))
            return
        extraction = page.extract()
        self._record(confirmation, extraction.family, extraction.sources, extraction.fallbacks)
        self.stats.inc_value("newscrawl/article/extracted")  # health counts extraction, emitted or not
        published = extraction.fields["published_at"]
        if self.since and published and datetime.fromisoformat(published) < self.since:
            self.stats.inc_value("newscrawl/article/skipped_since")
            return
        yield Article(
            url=response.url,
            fetched_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            body_root=extraction.body_root,
            **extraction.fields,
        )

    def article_failed(self, failure: Failure) -> None:
        reason = type(failure.value).__name__
        self.stats.inc_value("newscrawl/article/failed")
        self.stats.inc_value(f"newscrawl/article/failed/{reason}")
        self.logger.warning("Article failed (%s): %s", reason, failure.getErrorMessage())

    def _record(self, confirmation: str, family: str, sources: dict[str, str], fallbacks: list[str]) -> None:
        self.stats.inc_value(f"newscrawl/article/confirmed_by/{confirmation}")
        self.stats.inc_value(f"newscrawl/article/family/{family}")
        for field, source in sources.items():
            self.stats.inc_value(f"newscrawl/article/source/{field}/{source}")
            if source == "missing":
                self.stats.inc_value(f"newscrawl/article/missing/{field}")
        for field in fallbacks:
            self.stats.inc_value(f"newscrawl/article/fallback/{field}")

    def _listing(self, response: TextResponse) -> ListingPage:
        return ListingPage(response.selector, response.url, get_base_url(response), self.urls)


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _non_negative_int(name: str, value: str | int) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise ValueError(f"-a {name} must be a non-negative integer, got {value!r}")
    return number


def _parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise ValueError(f"-a since must be a date as YYYY-MM-DD, got {value!r}") from None
