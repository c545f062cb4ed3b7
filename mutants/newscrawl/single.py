"""One saved page through the crawl's own code path, without the network.

`scrapy extract` and `scrapy scoreboard` use it, and so do the real-page tests: the response goes to
the spider's `parse_article` (page object, article confirmation, item) and the item through every
enabled item pipeline in ITEM_PIPELINES order (promo stripping with its trace, validation), each
built with `from_crawler` as a crawl builds it. What keeps state across pages or runs is off: the
registry, dedup, feeds and Redis; per-run files go to a private temporary state directory.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.reactor import install_reactor, is_reactor_installed
from scrapy.utils.test import get_crawler

from newscrawl.items import Article, exported
from newscrawl.middlewares.encoding import TrueEncodingMiddleware
from newscrawl.spiders.week import WeekSpider

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

    from newscrawl.cleaning import Removal

# Components that keep state between pages or runs stay off.
OFFLINE_SETTINGS: dict[str, Any] = {
    "REGISTRY_ENABLED": False,
    "DEDUP_ENABLED": False,
    "FEEDS": {},
    "NEWSCRAWL_DEFAULT_FEED": None,
    "REDIS_URL": None,
    "LOG_ENABLED": False,
}


@dataclass(slots=True)
class PageResult:
    """What one page became: the exported record, or why there is none; and what the cleaner removed."""

    url: str
    record: dict[str, Any] | None
    rejected: str | None = None
    trace: list[Removal] = field(default_factory=list)


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class PagePath:
    """The spider and the item pipelines of one offline crawler (one site root)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.spider = WeekSpider.from_crawler(crawler)
        # The one downloader middleware that changes what a page says: the true text encoding.
        self.encoding: TrueEncodingMiddleware | None = None
        with contextlib.suppress(NotConfigured):
            self.encoding = build_from_crawler(TrueEncodingMiddleware, crawler)
        self.pipelines: list[Any] = []
        for path in build_component_list(crawler.settings.getwithbase("ITEM_PIPELINES")):
            try:
                self.pipelines.append(build_from_crawler(load_object(path), crawler))
            except NotConfigured:
                continue

    def run(
        self, body: bytes, url: str, encoding: str | None = None, headers: list[tuple[str, str]] | None = None
    ) -> PageResult:
        """The page's record; `headers` as received (a Content-Type charset), the body decoded."""
        request = Request(url)
        response: Response = HtmlResponse(
            url=url, body=body, encoding=encoding, headers=headers, request=request
        )
        if self.encoding is not None:
            response = self.encoding.process_response(request, response)
        items = [output for output in self.spider.parse_article(response) if isinstance(output, Article)]
        if not items:
            return PageResult(
                url, None, "not an article page (no article JSON-LD, og:type or body container)"
            )
        item = items[0]
        try:
            for pipeline in self.pipelines:
                item = pipeline.process_item(item)
        except DropItem as error:
            return PageResult(url, None, str(error), _trace(item))
        return PageResult(url, exported(item), None, _trace(item))


def _trace(item: Article) -> list[Removal]:
    return list(ItemAdapter(item).get("promo_trace") or [])


class OfflinePages:
    """Offline crawlers for the project's settings, one per site root, sharing one temporary state
    directory removed on exit. Use as a context manager."""

    def __init__(self, settings: BaseSettings, base_url: str | None = None, trace: bool = True):
        self.settings = settings
        self.base_url = base_url
        self.trace = trace
        self.paths: dict[str, PagePath] = {}
        self.state: AbstractContextManager[str] = tempfile.TemporaryDirectory(prefix="newscrawl-offline-")
        self.state_dir = ""

    def __enter__(self) -> Self:
        if not is_reactor_installed():
            # Components are built as a crawl builds them, and Scrapy checks the reactor it will run on.
            install_reactor(self.settings.get("TWISTED_REACTOR"))
        self.state_dir = self.state.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.state.__exit__(None, None, None)

    def run(
        self, body: bytes, url: str, encoding: str | None = None, headers: list[tuple[str, str]] | None = None
    ) -> PageResult:
        """The page at `url`; the site root is WEEK_BASE_URL when given, else the URL's own origin."""
        return self.path_for(self.base_url or origin(url)).run(body, url, encoding, headers)

    def path_for(self, base_url: str) -> PagePath:
        if base_url not in self.paths:
            self.paths[base_url] = PagePath(self.crawler(base_url))
        return self.paths[base_url]

    def crawler(self, base_url: str) -> Crawler:
        values = self.settings.copy_to_dict()
        values.update(OFFLINE_SETTINGS, WEEK_BASE_URL=base_url, NEWSCRAWL_STATE_DIR=self.state_dir)
        values["PROMO_TRACE"] = self.trace
        # The reactor is the one already installed (by __enter__, or by whoever runs us): get_crawler
        # names it, and a different TWISTED_REACTOR would be refused.
        values.pop("TWISTED_REACTOR", None)
        # The project's extensions watch a running crawl (health, summary, run state): none runs here.
        values["EXTENSIONS"] = dict.fromkeys(self.settings.getdict("EXTENSIONS"))
        # get_crawler builds a configured Crawler without starting an engine: the public way to run
        # components outside a crawl (Scrapy's own tests and plugins use it the same way).
        return get_crawler(WeekSpider, values)
