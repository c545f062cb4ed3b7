"""Spider contracts (`scrapy check week`) whose URLs follow WEEK_BASE_URL.

Scrapy's `@url` takes an absolute URL, which would tie every contract to one host: the live site,
which the tests must never touch, or a replica on some port. `@path /robots.txt` is `@url` relative to
the site root the crawl is configured for, so the same contracts run against the replica on
127.0.0.1 (`scrapy check week -s WEEK_BASE_URL=http://127.0.0.1:8000`, tests/test_contracts.py) or,
by hand, against the live site. Installed through SPIDER_CONTRACTS.
"""

from __future__ import annotations

from typing import Any

from scrapy.contracts import Contract


class SitePathContract(Contract):
    """@path /some/path: request WEEK_BASE_URL + /some/path (the spider's SiteUrls)."""

    name = "path"

    def __init__(self, method: Any, *args: Any):
        super().__init__(method, *args)
        self.spider = method.__self__  # contracts are built from the spider's bound callbacks

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        args["url"] = self.spider.urls.url_for(self.args[0])
        return args


class FreshRunContract(Contract):
    """@fresh: the callback runs as if its page were the first of a run. `scrapy check` runs every
    contract in one spider, whose run-wide de-duplication (URLs requested, listings seen) would
    otherwise let the homepage's contract swallow the links the listing's contract counts."""

    name = "fresh"

    def __init__(self, method: Any, *args: Any):
        super().__init__(method, *args)
        self.spider = method.__self__

    def pre_process(self, response: Any) -> None:
        for seen in (self.spider.requested, self.spider.unchanged, self.spider.listings):
            seen.clear()
