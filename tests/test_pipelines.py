"""The item pipelines, each built through from_crawler as Scrapy builds them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from lxml import html
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.items import Article
from newscrawl.pipelines.dedup import DedupPipeline
from newscrawl.pipelines.promo import PromoStripPipeline
from newscrawl.pipelines.validate import ValidatePipeline
from newscrawl.settings import ITEM_PIPELINES
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def crawler(**settings: Any) -> Crawler:
    values = project_settings()
    values.update(settings)
    return get_crawler(WeekSpider, values)


def article(**fields: Any) -> Article:
    defaults: dict[str, Any] = {
        "url": "https://theweek.com/politics/a-story",
        "canonical_url": "https://theweek.com/politics/a-story",
        "title": "A story",
        "published_at": "2024-01-01T00:00:00+00:00",
        "authors": ["Peter Weber"],
        "fetched_at": "2024-01-02T00:00:00+00:00",
        "content_hash": "0" * 64,
    }
    defaults.update(fields)
    return Article(**defaults)


def test_promo_pipeline_fills_body_and_counts_removals_per_rule() -> None:
    c = crawler()
    pipeline = PromoStripPipeline.from_crawler(c)
    root = html.fromstring(
        "<div><p>Real paragraph.</p><div class='ad-unit'>Ad</div><p>Sign up for The Week's Free Newsletters</p></div>"
    )
    item = pipeline.process_item(article(body_root=root))
    assert item.body == "Real paragraph."
    assert item.word_count == 2
    assert len(item.content_hash) == 64
    assert item.body_root is None
    assert c.stats.get_value("newscrawl/promo/removed/ad") == 1
    assert c.stats.get_value("newscrawl/promo/removed/newsletter-free") == 1


def test_promo_pipeline_disabled_still_converts_the_body_to_text() -> None:
    pipeline = PromoStripPipeline.from_crawler(crawler(PROMO_STRIP_ENABLED=False))
    root = html.fromstring("<div><p>Real.</p><div class='ad-unit'>Ad</div></div>")
    assert pipeline.process_item(article(body_root=root)).body == "Real.\n\nAd"


def test_validation_rejects_to_a_feed_with_the_reason_and_counts(tmp_path) -> None:
    c = crawler(NEWSCRAWL_STATE_DIR=str(tmp_path))
    pipeline = ValidatePipeline.from_crawler(c)
    good = article(body="Text.")
    assert pipeline.process_item(good) is good
    with pytest.raises(DropItem, match="missing body"):
        pipeline.process_item(article(body=""))
    with pytest.raises(DropItem, match="missing title, published_at"):
        pipeline.process_item(article(title=None, published_at=None, body="Text."))
    with pytest.raises(DropItem, match="schema: published_at"):
        pipeline.process_item(article(body="Text.", published_at="yesterday"))
    pipeline.close_spider()
    rejects = [json.loads(line) for line in pipeline.rejects_path.read_text().splitlines()]
    assert [reject["reason"].split(":")[0] for reject in rejects] == [
        "missing body", "missing title, published_at", "schema",
    ]  # fmt: skip
    assert c.stats.get_value("newscrawl/validate/rejected") == 3
    assert c.stats.get_value("newscrawl/validate/rejected/schema") == 1
    assert pipeline.rejects_path.is_relative_to(tmp_path)


def test_dedup_keeps_one_item_per_canonical_url_and_per_content() -> None:
    c = crawler()
    pipeline = DedupPipeline.from_crawler(c)
    pipeline.process_item(article(content_hash="h1"))
    first = article(url="https://theweek.com/uk/politics/a-story", content_hash="h2")
    with pytest.raises(DropItem) as by_url:
        pipeline.process_item(first)
    with pytest.raises(DropItem) as by_content:
        pipeline.process_item(article(canonical_url="https://theweek.com/politics/copy", content_hash="h1"))
    pipeline.process_item(article(canonical_url="https://theweek.com/politics/other", content_hash="h3"))
    assert c.stats.get_value("newscrawl/dedup/dropped") == 2
    assert c.stats.get_value("newscrawl/dedup/dropped/canonical_url") == 1
    assert c.stats.get_value("newscrawl/dedup/dropped/content_hash") == 1
    # The log names what was duplicated and the page it came from, at INFO: a duplicate is normal.
    assert str(by_url.value) == f"Duplicate canonical_url {first.canonical_url}: {first.url}"
    assert str(by_content.value).startswith("Duplicate content_hash h1: ")
    assert (by_url.value.log_level, by_content.value.log_level) == ("INFO", "INFO")


@pytest.mark.parametrize(
    ("pipeline", "setting"), [(DedupPipeline, "DEDUP_ENABLED"), (ValidatePipeline, "VALIDATE_ENABLED")]
)
def test_pipelines_switch_off_with_their_enabled_setting(pipeline, setting) -> None:
    with pytest.raises(NotConfigured, match=f"^{setting} is off$"):
        pipeline.from_crawler(crawler(**{setting: False}))


def test_pipeline_order_is_clean_validate_dedup_then_registry() -> None:
    order = sorted(ITEM_PIPELINES, key=ITEM_PIPELINES.__getitem__)
    assert [path.rsplit(".", 1)[1] for path in order] == [
        "PromoStripPipeline",
        "ValidatePipeline",
        "DedupPipeline",
        "RegistryPipeline",
    ]
