"""GcFreeze: the objects alive when the spider opens are frozen for the crawl, and handed back at close."""

from __future__ import annotations

import gc

import pytest
from scrapy import Spider, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.extensions.gcfreeze import GcFreeze


def test_objects_alive_at_spider_open_are_frozen_until_spider_close() -> None:
    crawler = get_crawler(Spider, {"GC_FREEZE_ENABLED": True, "EXTENSIONS_BASE": {}})
    crawler.stats.open_spider()
    extension = GcFreeze.from_crawler(crawler)  # held, as Scrapy's extension manager holds it
    try:
        crawler.signals.send_catch_log(signals.spider_opened, spider=Spider("s"))
        frozen = gc.get_freeze_count()
        assert frozen > 1000
        # Frozen objects that die leave the permanent generation: the count only goes down.
        assert crawler.stats.get_value("newscrawl/gc/frozen_objects") >= frozen
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=Spider("s"), reason="finished")
    assert gc.get_freeze_count() == 0
    assert extension.crawler is crawler


def test_gc_freeze_off_is_not_configured() -> None:
    with pytest.raises(NotConfigured, match="GC_FREEZE_ENABLED"):
        GcFreeze.from_crawler(get_crawler(Spider, {"GC_FREEZE_ENABLED": False}))
