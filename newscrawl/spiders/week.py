"""`scrapy crawl week`: crawl policy only (what to request, in what order, when to stop).

Page parsing lives in `newscrawl.pages`; cleaning, validation and de-duplication in the pipelines.
"""

from __future__ import annotations

import codecs
import difflib
import ipaddress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

from scrapy import Request, Selector, Spider
from scrapy.exceptions import CloseSpider
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import sitemap_urls_from_robots

from newscrawl import articleurl
from newscrawl.archive import CAPTURE_META
from newscrawl.articleurl import ARTICLE, DISCOVERED_DATE, DISCOVERED_URL, KICKER
from newscrawl.backend import registry_view
from newscrawl.dom import parse_html, parse_html_bytes
from newscrawl.failures import classify
from newscrawl.items import Article
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.feed import parse_feed
from newscrawl.pages.listing import ListingPage
from newscrawl.pages.sitemap import parse_sitemap, sitemap_month
from newscrawl.pages.soft import soft_failure
from newscrawl.pages.urls import ARTICLE_KINDS, SiteUrls, UrlKind
from newscrawl.preflight import BadInput
from newscrawl.registry import Known, RegistryView, parse_time
from newscrawl.seen import SeenSet
from newscrawl.siteprobe import SITE_UNREACHABLE, UNREACHABLE_STAT, describe, probe_request
from newscrawl.storagefault import STORAGE_FAULT, latch_for
from newscrawl.text import key_id

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

# Against a replica on this machine, or replaying the web archive (nothing is fetched), politeness
# protects nobody and only slows tests, demos and re-extraction.
LOOPBACK_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}
_T = TypeVar("_T")
# URLs of start() asked about at once: Scrapy reads start() lazily over the whole crawl, so the answers
# for every unfinished URL of a big interrupted backfill are not held all that time.
START_LOOKUPS = 500
ARTICLE_PRIORITY = 10  # finish articles before paging deeper: keeps the frontier small
# Monthly sitemaps are read one after the other, each queued below everything else, so the next one
# is fetched only once the articles of the last are: the queue holds one month of requests, not the
# whole archive (at about 1.5 KB per pending request, 50,000 would be 75 MB).
NEXT_SITEMAP_PRIORITY = -10
DISCOVERY_SOURCES = ("sections", "sitemaps", "feeds")
ARGUMENTS = ("discover", "max_pages", "since", "urls")
PASSED_BY_SCHEDULERS = frozenset({"_job"})  # scrapyd names every job with -a _job=<id>


class WeekSpider(Spider):
    """Articles from the site's sections (homepage menu, pagination), sitemaps and RSS feeds.

    Settings: WEEK_BASE_URL (site root), SITE_PROBE_TIMEOUT, WEEK_SECTIONS (fallback section paths), WEEK_MAX_PAGES,
    WEEK_DISCOVER, WEEK_FEEDS, WEEK_SITEMAPS, WEEK_SITEMAP_RECENT_MONTHS, REGISTRY_ENABLED, REGISTRY_MAX_ATTEMPTS.
    Arguments: -a discover=sections,sitemaps,feeds; -a max_pages=N (pages per listing, 0 = until
    nothing new); -a since=YYYY-MM-DD (a date window, backfilled through the monthly sitemaps);
    -a urls=FILE (these article URLs, fetched whatever the registry says; alone, nothing else).
    Stats: newscrawl/discovered/*, newscrawl/listing/*, newscrawl/sitemap/*, newscrawl/feed/*,
    newscrawl/incremental/*, newscrawl/article/*.

    Incremental runs (with the registry): a URL the registry knows is fetched again only when a
    sitemap or feed date is newer than anything recorded for it; URLs an earlier run left requested or
    failed are requested first; and after a complete run, a listing is paged only while its pages
    still hold something to fetch, and a monthly sitemap read only when its lastmod moved.

    The spider only reads the registry (RegistryView). What became of a URL it says through request
    meta and the signals of newscrawl.articleurl; the registry, the failures ledger and the run's
    account are written by the components that listen to them.
    """

    name = "week"
    urls: SiteUrls
    allowed_domains: list[str]
    fallback_sections: list[str]
    max_pages: int
    discover: tuple[str, ...]
    recent_month: str
    registry: RegistryView | None = None

    def __init__(
        self,
        *args: Any,
        max_pages: str | int | None = None,
        since: str | None = None,
        discover: str | None = None,
        urls: str | None = None,
        **kwargs: Any,
    ):
        _refuse_unknown(kwargs)
        super().__init__(*args, **kwargs)
        self.max_pages_arg = _non_negative_int("max_pages", max_pages) if max_pages is not None else None
        self.since = _parse_since(since)
        self.listed = _read_url_list(urls) if urls is not None else []
        # -a urls alone fetches just those pages; with -a discover, those pages and what it discovers.
        self.discover_arg = _parse_discover(discover) if discover is not None else (() if urls else None)
        # 64-bit fingerprints of article keys (newscrawl.text.key_id): a third of the memory of the URLs.
        self.requested = SeenSet()  # requested by this run (about 13 bytes a URL: newscrawl.seen)
        self.unchanged = SeenSet()  # the registry already has them, not requested
        self.listings: set[str] = set()
        self.baseline_sources: dict[str, str | None] = {}
        self.incremental = False

    @classmethod
    def preflight(cls, settings: BaseSettings, arguments: dict[str, str]) -> None:
        """Raise BadInput for the first unknown or malformed `-a` argument or discovery setting
        (`scrapy crawl` calls this before the crawler exists: newscrawl.preflight)."""
        cls(**arguments)
        _parse_discover(",".join(settings.getlist("WEEK_DISCOVER")), "setting WEEK_DISCOVER")

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if _is_loopback(str(settings.get("WEEK_BASE_URL") or "")) or settings.get("ARCHIVE_REPLAY"):
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
        spider.discover = (
            spider.discover_arg
            if spider.discover_arg is not None
            else _parse_discover(",".join(settings.getlist("WEEK_DISCOVER")), "setting WEEK_DISCOVER")
        )
        # Monthly sitemaps this recent are read on every run, whatever the index's lastmod says.
        recent = datetime.now(UTC) - timedelta(days=31 * settings.getint("WEEK_SITEMAP_RECENT_MONTHS"))
        spider.recent_month = f"{recent:%Y-%m}"
        return spider

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    @property
    def partial(self) -> bool:
        """A run limited by max_pages or since, or without sections, does not walk every listing: it
        cannot be the baseline that lets later runs stop paging early."""
        return bool(self.max_pages or self.since or self.listed) or "sections" not in self.discover

    async def start(self) -> AsyncIterator[Request]:
        settings = self.crawler.settings
        if latch_for(self.crawler).tripped:  # the state directory failed while the crawl was set up
            raise CloseSpider(STORAGE_FAULT)
        await self._probe_site(settings.getfloat("SITE_PROBE_TIMEOUT"))
        if settings.getbool("REGISTRY_ENABLED"):
            self.registry = registry_view(self.crawler)
            baseline = self.registry.last_complete_run()
            self.incremental = baseline is not None
            self.baseline_sources = self.registry.source_lastmods(baseline) if baseline else {}
            # With -a urls, those pages alone: earlier runs' unfinished URLs wait for a normal run.
            unfinished = (
                [] if self.listed else self.registry.unfinished(settings.getint("REGISTRY_MAX_ATTEMPTS"))
            )
            for entries in _chunks(unfinished, START_LOOKUPS):
                known = self._look_up(entry.url for entry in entries)
                for entry in entries:
                    self.stats.inc_value(f"newscrawl/discovered/frontier/{entry.status}")
                    if request := self._article_request(
                        entry.url, date=entry.discovered_date, force=True, known=known
                    ):
                        yield request
        for urls in _chunks(self.listed, START_LOOKUPS):
            known = self._look_up(urls)
            for url in urls:
                self.stats.inc_value("newscrawl/discovered/listed")
                if request := self._article_request(url, force=True, known=known):
                    yield request
                elif not self.urls.is_article(url):
                    self.logger.warning("-a urls: not an article URL of %s, skipped: %s", self.urls.root, url)
        if "sections" in self.discover:
            yield Request(self.urls.url_for("/"), callback=self.parse_home, errback=self.home_failed)
        if "sitemaps" in self.discover:
            yield Request(
                self.urls.url_for("/robots.txt"), callback=self.parse_robots, errback=self.robots_failed
            )
        if "feeds" in self.discover:
            for path in settings.getlist("WEEK_FEEDS"):
                yield Request(self.urls.url_for(path), callback=self.parse_feed, errback=self.source_failed)

    async def _probe_site(self, timeout: float) -> None:
        """Stop the run at once, in one line, when the site does not answer (newscrawl.siteprobe)."""
        if not timeout or self.crawler.settings.get("ARCHIVE_REPLAY"):
            return  # no probe asked for, or nothing is fetched: every answer comes from the archive
        assert self.crawler.engine is not None
        try:
            await self.crawler.engine.download_async(probe_request(self.urls, timeout))
        except Exception as exc:  # noqa: BLE001 (any failure to get an answer: `describe` names it)
            cause = describe(exc, timeout)
            self.stats.set_value(UNREACHABLE_STAT, f"{self.urls.host}: {cause}")
            self.stats.inc_value("newscrawl/discovered/source_failed")
            self.logger.error("Site unreachable: %s did not answer (%s); nothing else requested",
                              self.urls.host, cause)  # fmt: skip
            raise CloseSpider(SITE_UNREACHABLE) from None

    # --- Sections -------------------------------------------------------------------------------------

    def parse_home(self, response: Response) -> Iterator[Request]:
        """The homepage: its cards, then every section of its menu.

        @path /
        @fresh
        @returns requests 5
        """
        if not isinstance(response, TextResponse):
            yield from self._section_requests([])
            return
        listing = self._listing(response)
        yield from self._card_requests(listing)
        # The menu first; then any other listing the homepage links ("View more", card labels).
        yield from self._section_requests(listing.section_links())
        yield from self._section_requests(listing.listing_links())

    def home_failed(self, failure: Failure) -> Iterator[Request]:
        self.stats.set_value("newscrawl/home/failed", failure.getErrorMessage())
        self.stats.inc_value("newscrawl/discovered/source_failed")
        if not isinstance(failure.value, HttpError):
            # No answer at all: the section pages on the same host would fail the same way.
            self.logger.error("Homepage failed (%s); no section fallback", failure.getErrorMessage())
            return
        self.logger.error("Homepage failed (%s); using the WEEK_SECTIONS fallback", failure.getErrorMessage())
        yield from self._section_requests([])

    def _section_requests(self, sections: list[str]) -> Iterator[Request]:
        if not sections and not self.listings:
            self.stats.inc_value("newscrawl/discovered/sections_fallback")
            sections = [self.urls.url_for(path) for path in self.fallback_sections]
        for url in sections:
            path = self.urls.listing_path(url)
            if path:
                yield from self._listing_requests(path)

    def _listing_requests(self, path: str) -> Iterator[Request]:
        if path not in self.listings:
            self.listings.add(path)
            self.stats.inc_value("newscrawl/discovered/listings")
            yield self._listing_request(path, 1)

    def _listing_request(self, path: str, page: int) -> Request:
        # Page 1 goes through the dupefilter (every worker of a distributed crawl finds the sections);
        # page N is requested once, by whoever read page N - 1: never filtered, so a redirect of some
        # page to one already read cannot end a listing's pagination unnoticed.
        return Request(
            self.urls.page_url(path, page),
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"path": path, "page": page},
            dont_filter=page > 1,
        )

    def parse_listing(self, response: Response, path: str, page: int) -> Iterator[Request]:
        """A section page: its cards, its sub-sections, the next page.

        @path /politics
        @fresh
        @cb_kwargs {"path": "politics", "page": 1}
        @returns requests 3
        """
        if not isinstance(response, TextResponse):
            return
        self.stats.inc_value("newscrawl/listing/pages")
        listing = self._listing(response)
        if page == 1:
            # Section pages carry the site menu too, often with sub-sections the homepage lacks.
            yield from self._section_requests(listing.section_links())
        before = len(self.requested) + len(self.unchanged)
        requests = list(self._card_requests(listing))
        yield from requests
        # Page on while the page held an article new to this run; once a complete run is on record,
        # only while it held one to fetch (listings are newest first).
        progressed = requests if self.incremental else len(self.requested) + len(self.unchanged) > before
        if not progressed:
            self.stats.inc_value("newscrawl/listing/stopped/nothing_new")
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

    def _card_requests(self, listing: ListingPage) -> Iterator[Request]:
        cards = listing.cards()
        known = self._look_up(card.url for card in cards)
        for card in cards:
            self.stats.inc_value("newscrawl/discovered/links")
            # A card's date newer than the registry's record also marks an article as changed.
            if request := self._article_request(
                card.url, date=card.published_at, kicker=card.kicker, known=known
            ):
                yield request

    # --- Sitemaps and feeds ---------------------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """robots.txt's Sitemap: lines.

        @path /robots.txt
        @fresh
        @returns requests 1
        """
        listed = [
            url for url in sitemap_urls_from_robots(response.body, response.url) if self.urls.is_on_site(url)
        ]
        self.stats.set_value("newscrawl/sitemap/from_robots", len(listed))
        yield from self._sitemap_requests(listed)

    def robots_failed(self, failure: Failure) -> Iterator[Request]:
        self.logger.info("robots.txt failed (%s); trying WEEK_SITEMAPS", failure.getErrorMessage())
        yield from self._sitemap_requests([])

    def _sitemap_requests(self, listed: list[str]) -> Iterator[Request]:
        urls = listed or [self.urls.url_for(path) for path in self.crawler.settings.getlist("WEEK_SITEMAPS")]
        for url in dict.fromkeys(urls):
            yield self._sitemap_request(url, None)

    def _sitemap_request(
        self, url: str, lastmod: str | None, priority: int = 0, chain: Sequence[Sequence[str | None]] = ()
    ) -> Request:
        # `chain`: the monthly sitemaps still to read after this one, carried by the request rather
        # than held by the spider, so whichever worker of a distributed crawl reads it goes on. A link
        # of the chain (queued at NEXT_SITEMAP_PRIORITY) is requested once, by whoever read the one
        # before: never dupe-filtered, so an overlap with another index cannot end the chain.
        return Request(url, callback=self.parse_sitemap, errback=self.sitemap_failed, priority=priority,
                       cb_kwargs={"lastmod": lastmod, "chain": [list(pair) for pair in chain]},
                       dont_filter=priority == NEXT_SITEMAP_PRIORITY)  # fmt: skip

    def sitemap_failed(self, failure: Failure) -> Iterator[Request]:
        self.source_failed(failure)
        request: Request | None = getattr(failure, "request", None)
        if request is not None:  # one failed month must not end the chain
            yield from self._next_monthly_sitemap(request.cb_kwargs.get("chain", ()))

    def parse_sitemap(
        self, response: Response, lastmod: str | None, chain: Sequence[Sequence[str | None]] = ()
    ) -> Iterator[Request]:
        """A sitemap index (its monthly sitemaps), a monthly or news sitemap (its articles).

        @path /sitemap.xml
        @fresh
        @cb_kwargs {"lastmod": null}
        @returns requests 1
        """
        yield from self._read_sitemap(response, lastmod)
        yield from self._next_monthly_sitemap(chain)

    def _read_sitemap(self, response: Response, lastmod: str | None) -> Iterator[Request]:
        try:
            sitemap = parse_sitemap(response.body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        except ValueError as exc:  # gzip past DOWNLOAD_MAXSIZE once decompressed
            self.stats.inc_value("newscrawl/sitemap/too_large")
            self.logger.warning("Sitemap %s not read: %s", response.url, exc)
            return
        self.stats.inc_value(f"newscrawl/sitemap/read/{sitemap.kind}")
        if sitemap.kind == "unknown":
            self.logger.warning("Not a sitemap: %s", response.url)
            return
        # Under the URL the index listed (before any redirect): the next run looks it up by that.
        listed_as = response.meta.get("redirect_urls", [response.url])[0]
        self._source_read(listed_as, lastmod)
        if sitemap.kind == "index":
            monthly: list[tuple[str, str | None]] = []
            for child in sitemap.entries:
                if self.urls.is_on_site(child.loc):
                    yield from self._child_sitemap(child.loc, child.lastmod, monthly)
            monthly.sort(key=lambda pair: sitemap_month(pair[0]) or "", reverse=True)
            yield from self._next_monthly_sitemap(monthly)
            return
        known = self._look_up(entry.loc for entry in sitemap.entries)
        for entry in sitemap.entries:
            # Both are UTC ISO 8601 from to_utc_iso, so they compare as strings.
            date = max(filter(None, (entry.lastmod, entry.published)), default=None)
            dated = parse_time(date)
            if self.since and dated and dated < self.since:
                self.stats.inc_value("newscrawl/sitemap/before_since")
                continue
            if request := self._article_request(entry.loc, date=date, known=known):
                yield request

    def _next_monthly_sitemap(self, chain: Sequence[Sequence[str | None]]) -> Iterator[Request]:
        if chain:
            (url, lastmod), *rest = chain
            assert url is not None
            yield self._sitemap_request(url, lastmod, priority=NEXT_SITEMAP_PRIORITY, chain=rest)

    def _child_sitemap(
        self, url: str, lastmod: str | None, monthly: list[tuple[str, str | None]]
    ) -> Iterator[Request]:
        month = sitemap_month(url)
        if month and self.since:
            wanted = month >= f"{self.since:%Y-%m}"  # the backfill window
        elif month and lastmod and url in self.baseline_sources and month < self.recent_month:
            # An older month whose lastmod has not moved since the last complete run holds nothing new.
            wanted = self.baseline_sources[url] != lastmod
        else:
            wanted = True
        if wanted and month:
            monthly.append((url, lastmod))  # read one after the other: _next_monthly_sitemap
        elif wanted:
            yield self._sitemap_request(url, lastmod)
        else:
            self.stats.inc_value("newscrawl/sitemap/unchanged")
            self._source_read(url, lastmod)

    def _source_read(self, url: str, lastmod: str | None) -> None:
        self.crawler.signals.send_catch_log(signal=articleurl.source_read, url=url, lastmod=lastmod)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """An RSS feed: its articles.

        @path /feeds.xml
        @fresh
        @returns requests 5
        """
        entries = parse_feed(response.body)
        self.stats.inc_value("newscrawl/feed/read")
        self.stats.inc_value("newscrawl/feed/entries", len(entries))
        known = self._look_up(entry.link for entry in entries)
        for entry in entries:
            if request := self._article_request(entry.link, date=entry.date, known=known):
                yield request

    def source_failed(self, failure: Failure) -> None:
        self.stats.inc_value("newscrawl/discovered/source_failed")
        self.logger.warning("Discovery source failed: %s", failure.getErrorMessage())

    # --- Articles -------------------------------------------------------------------------------------

    def _look_up(self, links: Iterable[str]) -> Mapping[str, Known | None]:
        """What the registry knows of the article URLs among one page's `links` not yet requested in
        this run, asked at once: on Redis one round trip for a sitemap's thousand entries, not one
        each with the reactor waiting (benchmarks/DISTRIBUTED.md). For _article_request's `known`."""
        if self.registry is None:
            return {}
        articles = (self.urls.canonical(link) for link in links if self.urls.kind(link) in ARTICLE_KINDS)
        keys = [key for key in articles if key_id(key) not in self.requested]
        return self.registry.lookup_many(keys) if keys else {}

    def _article_request(
        self,
        link: str,
        date: str | None = None,
        kicker: str | None = None,
        force: bool = False,
        known: Mapping[str, Known | None] = MappingProxyType({}),
    ) -> Request | None:
        """A request for an article URL, or None: not an article, already requested, or known unchanged.
        `date`: what the sitemap, feed or listing card says of the URL (newer than the registry's
        record: the page changed). `known`: the registry's answers for the page's URLs (_look_up);
        a URL not among them is looked up alone."""
        kind = self.urls.kind(link)
        if kind not in ARTICLE_KINDS:
            return None
        key = self.urls.canonical(link)
        key_hash = key_id(key)
        if key_hash in self.requested:
            return None
        if key in known:
            record = known[key]
        else:
            record = self.registry.lookup(key) if self.registry is not None else None
        if record is not None and record.status == "listing":
            # An article-shaped URL a previous run found to be a listing (a sub-section): page it.
            return next(self._listing_requests(urlsplit(key).path.strip("/")), None)
        fresh = key_hash not in self.unchanged
        if not force and record is not None and record.status in {"done", "gone", "rejected"}:
            if not record.is_stale(parse_time(date)):
                if fresh:
                    self.unchanged.add(key_hash)
                    self._discovered(kind)
                    self.stats.inc_value("newscrawl/incremental/unchanged")
                return None
            self.stats.inc_value("newscrawl/incremental/stale")
        if fresh:
            self._discovered(kind)
        else:  # known and skipped earlier in this run, now with a newer date from a sitemap or feed
            self.unchanged.discard(key_hash)
            self.stats.inc_value("newscrawl/incremental/unchanged", -1)
        self.requested.add(key_hash)
        # Legacy URLs are requested as linked: the site redirects them to the slug URL.
        url = key if kind is UrlKind.ARTICLE else link.split("#")[0]
        return Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={KICKER: kicker, ARTICLE: True, DISCOVERED_URL: key, DISCOVERED_DATE: date},
            priority=ARTICLE_PRIORITY,
        )

    def _discovered(self, kind: UrlKind) -> None:
        self.stats.inc_value(f"newscrawl/discovered/{kind.value}")
        self.stats.inc_value("newscrawl/discovered/article_urls")

    def parse_article(self, response: Response) -> Iterable[Article | Request]:
        """An article page: one Article (the seed article, at this path in every replica).

        @path /world-news/the-us-and-north-korea-are-holding-behind-the-scenes-talks-for-a-3rd-trump-kim-summit-seoul-says
        @fresh
        @returns items 1 1
        @returns requests 0 0
        @scrapes url canonical_url title body published_at section article_type
        """
        self.stats.inc_value("newscrawl/article/fetched")
        request = response.request
        assert request is not None  # Scrapy sets it on every response it hands a callback
        if not isinstance(response, TextResponse):
            self._done(request, articleurl.NOT_ARTICLE)
            return
        # Parsed once, here (not through `response.selector`): newscrawl.dom.parse_html says why. A
        # UTF-8 body (TrueEncodingMiddleware has checked that it decodes) is parsed from its bytes.
        if response.encoding == "utf-8" and not response.body.startswith(codecs.BOM_UTF8):
            root = parse_html_bytes(response.body, response.url)
        else:
            root = parse_html(response.text, response.url)
        page = ArticlePage(root, response.url, self.urls, response.meta.get(KICKER))
        confirmation = page.confirmation()
        if confirmation is None:
            selector = Selector(root=root, type="html")
            listing = self._listing(response, selector)
            if not listing.cards():
                # Neither article nor listing: an empty page, a soft 404, a consent wall or paywall.
                self._failed(request, soft_failure(selector), response.status)
                return
            # A sub-section such as /culture-life/food-drink looks like an article URL: read its cards.
            self._done(request, articleurl.LISTING)
            yield from self._card_requests(listing)
            return
        extraction = page.extract()
        capture = response.meta.get(CAPTURE_META)  # replayed from the archive: dated by its capture
        self._record(confirmation, extraction.family, extraction.sources, extraction.fallbacks)
        self.stats.inc_value("newscrawl/article/extracted")  # health counts extraction, emitted or not
        published = extraction.fields["published_at"]
        if self.since and published and datetime.fromisoformat(published) < self.since:
            self._done(request, articleurl.OUTSIDE_SINCE)
            return
        yield Article(
            url=response.url,
            fetched_at=fetched_at(capture),
            body_root=extraction.body_root,
            source_id=extraction.source_id,
            discovered_url=response.meta.get(DISCOVERED_URL),
            discovered_date=response.meta.get(DISCOVERED_DATE),
            reextracted=capture is not None,
            **extraction.fields,
        )

    def article_failed(self, failure: Failure) -> None:
        reason, status = classify(failure)
        request: Request | None = getattr(failure, "request", None)
        if request is None:
            self.logger.warning(
                "Article failed (%s) without its request: %s", reason, failure.getErrorMessage()
            )
        else:
            self.logger.warning("Article failed (%s): %s %s", reason, request.url, failure.getErrorMessage())
        self._failed(request, reason, status)

    def _failed(self, request: Request | None, reason: str, status: int | None) -> None:
        """A final failure (`gone` for a deleted article): the ledger, the registry and the run's
        account record it (newscrawl.articleurl.article_failed)."""
        self.crawler.signals.send_catch_log(
            signal=articleurl.article_failed, request=request, reason=reason, status=status
        )

    def _done(self, request: Request, outcome: str) -> None:
        """An article URL that needs no item (newscrawl.articleurl.article_done)."""
        self.crawler.signals.send_catch_log(signal=articleurl.article_done, request=request, outcome=outcome)

    def _record(self, confirmation: str, family: str, sources: dict[str, str], fallbacks: list[str]) -> None:
        self.stats.inc_value(f"newscrawl/article/confirmed_by/{confirmation}")
        self.stats.inc_value(f"newscrawl/article/family/{family}")
        for field, source in sources.items():
            self.stats.inc_value(f"newscrawl/article/source/{field}/{source}")
            if source == "missing":
                self.stats.inc_value(f"newscrawl/article/missing/{field}")
        for field in fallbacks:
            self.stats.inc_value(f"newscrawl/article/fallback/{field}")

    def _listing(self, response: TextResponse, selector: Selector | None = None) -> ListingPage:
        base = get_base_url(response)
        if not self.urls.is_on_site(base):
            # A <base href> on another host would resolve every relative link off-site (reliability.md
            # §2.5): links are resolved against the page itself instead.
            self.stats.inc_value("newscrawl/listing/offsite_base_ignored")
            base = response.url
        return ListingPage(
            selector if selector is not None else response.selector, response.url, base, self.urls
        )


def fetched_at(capture: dict[str, str] | None) -> str:
    """When the page was fetched: now, or for a page replayed from the archive, when it was captured."""
    when = datetime.fromisoformat(capture["date"]) if capture else datetime.now(UTC)
    return when.astimezone(UTC).replace(microsecond=0).isoformat()


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _chunks(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for first in range(0, len(items), size):
        yield items[first : first + size]


def _refuse_unknown(kwargs: dict[str, Any]) -> None:
    for name in kwargs:
        if name in PASSED_BY_SCHEDULERS:
            continue
        nearest = difflib.get_close_matches(name, ARGUMENTS, n=1)
        hint = f" (did you mean {nearest[0]}?)" if nearest else ""
        raise BadInput(f"unknown spider argument -a {name}{hint}; the spider takes {', '.join(ARGUMENTS)}")


def _non_negative_int(name: str, value: str | int) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise BadInput(f"-a {name} must be a whole number >= 0, got {value!r}")
    return number


def _parse_discover(value: str, name: str = "-a discover") -> tuple[str, ...]:
    sources = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [source for source in sources if source not in DISCOVERY_SOURCES]
    if unknown or not sources:
        raise BadInput(f"{name} must list some of {','.join(DISCOVERY_SOURCES)}, got {value!r}")
    return sources


def _read_url_list(path: str) -> list[str]:
    """-a urls=FILE: article URLs, one per line (blank lines and # comments skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"-a urls must name a readable file of URLs, one per line: {exc}") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise BadInput(f"-a since must be a date as YYYY-MM-DD, got {value!r}") from None
