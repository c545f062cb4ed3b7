"""WeekSpider asks the registry about a discovery page's article URLs at once: on Redis one round trip
for a sitemap, a feed or a listing page, not one per URL with the reactor waiting (issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from scrapy import Request
from scrapy.http import XmlResponse
from scrapy.utils.test import get_crawler

from newscrawl import backend
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings
from tests.redisserver import redis_server  # noqa: F401  (fixture)
from tests.test_registry import item

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.redisserver import RedisServer

ROOT = "https://theweek.com"
UNCHANGED = [f"{ROOT}/politics/known-{n}" for n in range(5)]  # recorded, and the sitemap has no newer date
CHANGED = f"{ROOT}/politics/known-changed"  # recorded, then modified after the record
NEW = [f"{ROOT}/politics/new-{n}" for n in range(40)]
NOT_ARTICLES = [f"{ROOT}/politics", f"{ROOT}/sitemap-2026-07.xml", "https://elsewhere.example/politics/a-b"]


def sitemap(entries: list[tuple[str, str]]) -> XmlResponse:
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod></url>" for loc, lastmod in entries)
    body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    url = f"{ROOT}/sitemap-2026-07.xml"
    return XmlResponse(url, body=body.encode(), request=Request(url))


@pytest.fixture(params=["sqlite", "redis"])
def spider(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[WeekSpider]:
    settings: dict[str, Any] = {**project_settings(), "REGISTRY_ENABLED": True, "WEEK_BASE_URL": ROOT,
                                "NEWSCRAWL_STATE_DIR": str(tmp_path)}  # fmt: skip
    if request.param == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        settings["REDIS_URL"] = server.url
    crawler = get_crawler(WeekSpider, settings)
    crawler.spider = spider = WeekSpider.from_crawler(crawler)
    assert crawler.stats is not None
    crawler.stats.open_spider()
    registry = backend.registry_for(crawler)
    for url in [*UNCHANGED, CHANGED]:
        registry.record_version(item(url=url, canonical_url=url), "run-1", {})
    # A read waits for the writes queued before it (on Redis they go out on the pipe's thread): none
    # of them is still running when a test counts the scripts its page costs.
    assert registry.lookup(CHANGED) is not None
    spider.registry = backend.registry_view(crawler)
    yield spider
    backend.release(crawler)


def evals(server: RedisServer) -> int:
    stats = server.client().info("commandstats")
    return int(stats.get("cmdstat_eval", {}).get("calls", 0))


def test_a_sitemap_asks_the_registry_once_and_requests_only_the_new_and_changed(
    spider: WeekSpider, request: pytest.FixtureRequest
) -> None:
    entries = [(url, "2026-07-01") for url in UNCHANGED + NEW + NOT_ARTICLES]
    entries.append((CHANGED, "2026-08-01"))
    entries.append((NEW[0], "2026-07-02"))  # listed twice: one request
    redis: RedisServer | None = (
        request.getfixturevalue("redis_server") if spider.settings.get("REDIS_URL") else None
    )
    before = evals(redis) if redis else 0
    requests = list(spider.parse_sitemap(sitemap(entries), lastmod=None))
    assert [r.url for r in requests] == [*NEW, CHANGED]
    assert spider.crawler.stats.get_value("newscrawl/incremental/unchanged") == len(UNCHANGED)
    assert spider.crawler.stats.get_value("newscrawl/incremental/stale") == 1
    if redis is not None:
        assert evals(redis) - before == 1, "one script for the sitemap's article URLs"


def test_a_url_the_page_did_not_list_is_still_looked_up_alone(spider: WeekSpider) -> None:
    assert spider._article_request(UNCHANGED[0], date="2026-07-01", known={}) is None
    request = spider._article_request(NEW[1], known={})
    assert request is not None
    assert request.url == NEW[1]


def test_a_feed_asks_the_registry_once(spider: WeekSpider, request: pytest.FixtureRequest) -> None:
    links = [*UNCHANGED, *NEW[:10]]
    items = "".join(
        f"<item><link>{link}</link><pubDate>Wed, 01 Jul 2026 00:00:00 GMT</pubDate></item>" for link in links
    )
    url = f"{ROOT}/feeds.xml"
    response = XmlResponse(url, body=f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
                           request=Request(url))  # fmt: skip
    redis: RedisServer | None = (
        request.getfixturevalue("redis_server") if spider.settings.get("REDIS_URL") else None
    )
    before = evals(redis) if redis else 0
    assert [r.url for r in spider.parse_feed(response)] == NEW[:10]
    if redis is not None:
        assert evals(redis) - before == 1
