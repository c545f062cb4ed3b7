"""OnSiteOnlyMiddleware: no request ever leaves the site root's exact host.

Scrapy's OffsiteMiddleware accepts subdomains (subscribe.theweek.com is promo, §2.1) and ignores the
port; this checks every request, redirects included, against WEEK_BASE_URL's host and port."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Self

from scrapy.exceptions import IgnoreRequest, NotConfigured

from newscrawl.pages.urls import SiteUrls

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class OnSiteOnlyMiddleware:
    """Settings: ONSITE_ENABLED, WEEK_BASE_URL. Stats: newscrawl/onsite/filtered."""

    def __init__(self, urls: SiteUrls, stats: StatsCollector):
        self.urls = urls
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("ONSITE_ENABLED"):
            raise NotConfigured("ONSITE_ENABLED is off")
        assert crawler.stats is not None
        return cls(SiteUrls(crawler.settings.get("WEEK_BASE_URL")), crawler.stats)

    def process_request(self, request: Request) -> None:
        if not self.urls.is_on_site(request.url):
            self.stats.inc_value("newscrawl/onsite/filtered")
            logger.info("Refused off-site request to %s", request.url)
            raise IgnoreRequest(f"off-site: {request.url}")
