"""Project settings: every component loads, output is JSON Lines, and the safety settings hold."""

from __future__ import annotations

import inspect
import subprocess
import sys
from importlib.metadata import version

from scrapy.utils.misc import is_generator_with_return_value, load_object
from scrapy.utils.test import get_crawler

from newscrawl import settings
from newscrawl.items import EXPORT_FIELDS
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings
from tests.crawling import PROJECT, crawl_env


def test_every_configured_component_loads() -> None:
    for path in [*settings.ITEM_PIPELINES, *settings.DOWNLOADER_MIDDLEWARES, *settings.EXTENSIONS]:
        assert callable(load_object(path)), path


def test_no_spider_callback_is_a_generator_that_returns_a_value() -> None:
    # Scrapy's own per-call check is off (WARN_ON_GENERATOR_RETURN_VALUE, settings.py says why): the
    # same check, on every method of the spider, here.
    methods = [
        value for name, value in vars(WeekSpider).items() if callable(value) and not name.startswith("__")
    ]
    assert sum(inspect.isgeneratorfunction(method) for method in methods) >= 5
    assert not [method.__name__ for method in methods if is_generator_with_return_value(method)]
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False


def test_default_feed_is_a_per_run_json_lines_file_under_data() -> None:
    crawler = get_crawler(WeekSpider, project_settings())
    [(uri, options)] = crawler.settings.getdict("FEEDS").items()
    assert uri.startswith("data/")
    assert "%(time)s" in uri
    assert options["format"] == "jsonlines"
    assert options["fields"] == list(EXPORT_FIELDS) == settings.FEED_EXPORT_FIELDS


def test_an_output_named_on_the_command_line_replaces_the_default_feed() -> None:
    values = project_settings()
    values["FEEDS"] = {"out.jsonl": {"format": "jsonlines"}}
    crawler = get_crawler(WeekSpider, values)
    assert list(crawler.settings.getdict("FEEDS")) == ["out.jsonl"]


def test_item_contract_field_order() -> None:
    assert EXPORT_FIELDS == (
        "url", "canonical_url", "title", "standfirst", "authors", "published_at", "modified_at", "section",
        "article_type", "tags", "image_url", "body", "word_count", "fetched_at", "content_hash", "version",
        "extractor", "reextracted",
    )  # fmt: skip


def test_politeness_and_safety_settings() -> None:
    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert settings.DOWNLOAD_DELAY >= 0.5
    assert "newscrawl" in settings.USER_AGENT
    assert settings.DOWNLOAD_MAXSIZE <= 16 * 1024 * 1024
    assert settings.TELNETCONSOLE_ENABLED is False
    assert settings.REMOTE_CONTROL_ENABLED is False
    assert settings.DOWNLOAD_HANDLERS["file"] is None
    assert settings.DOWNLOAD_HANDLERS["data"] is None


def _version_tuple(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version(name).split(".")[:3])


def test_scrapy_and_brotli_are_at_or_above_every_security_fix() -> None:
    assert _version_tuple("scrapy") >= (2, 14, 2)  # GHSA-cwxj-rr6w-m6w7; CVE-2025-6176 needs 2.13.4
    assert _version_tuple("brotli") >= (1, 2, 0)  # CVE-2025-6176 decompression bomb


def test_without_redis_url_the_crawl_keeps_scrapys_own_scheduler() -> None:
    crawler = get_crawler(WeekSpider, project_settings())
    assert crawler.settings.get("SCHEDULER") == "scrapy.core.scheduler.Scheduler"
    # Scrapy's RFPDupeFilter, keeping its fingerprints in 8 bytes each (newscrawl.dupefilter)
    assert crawler.settings.get("DUPEFILTER_CLASS") == "newscrawl.dupefilter.CompactDupeFilter"


def test_redis_url_switches_to_the_leasing_scrapy_redis_scheduler_that_never_flushes() -> None:
    values = project_settings()
    values["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing connects before the crawl opens
    crawler = get_crawler(WeekSpider, values)
    assert crawler.settings.get("SCHEDULER") == "newscrawl.distributed.scheduler.LeasingScheduler"
    assert crawler.settings.getbool("SCHEDULER_PERSIST")


def test_redis_url_can_come_from_the_environment_to_keep_passwords_out_of_the_process_list() -> None:
    code = "from scrapy.utils.project import get_project_settings; print(get_project_settings().get('REDIS_URL'))"
    environment = {**crawl_env(), "NEWSCRAWL_REDIS_URL": "redis://:secret@10.0.0.1:6379/0"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=environment, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "redis://:secret@10.0.0.1:6379/0"
