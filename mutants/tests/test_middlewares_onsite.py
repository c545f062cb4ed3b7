"""OnSiteOnlyMiddleware: nothing but the site root's own host and port is ever requested."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from newscrawl.middlewares.onsite import OnSiteOnlyMiddleware
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings


@pytest.fixture
def middleware() -> OnSiteOnlyMiddleware:
    values = project_settings()
    values["WEEK_BASE_URL"] = "http://127.0.0.1:8123"
    return OnSiteOnlyMiddleware.from_crawler(get_crawler(WeekSpider, values))


@pytest.mark.parametrize(
    "url",
    [
        "https://subscribe.theweek.com/servlet/OrdersGateway",
        "http://127.0.0.1:9999/politics",
        "https://theweek.com/politics/a-story",
        "file:///etc/passwd",
    ],
)
def test_off_site_requests_are_refused_and_counted(middleware: OnSiteOnlyMiddleware, url: str) -> None:
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request(url))
    assert middleware.stats.get_value("newscrawl/onsite/filtered") == 1


def test_on_site_requests_pass(middleware: OnSiteOnlyMiddleware) -> None:
    middleware.process_request(Request("http://127.0.0.1:8123/politics/a-story"))
    assert middleware.stats.get_value("newscrawl/onsite/filtered") is None
