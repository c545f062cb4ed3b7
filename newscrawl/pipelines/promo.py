"""PromoStripPipeline: turns the article's body element into clean text, promos removed by rule."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Self

from itemadapter import ItemAdapter

from newscrawl import __version__
from newscrawl.cleaning import (
    DEFAULT_RULES_FILE,
    CleanContext,
    RuleSet,
    clean_body,
    html_to_blocks,
    load_rules,
)
from newscrawl.pages.urls import SiteUrls
from newscrawl.statkeys import PROMO_REMOVED_PREFIX
from newscrawl.text import word_count

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.items import ItemT

LINK_VERDICTS = 4096  # absolute URLs remembered as article or not (about 1 MB at most)


class PromoStripPipeline:
    """Settings: PROMO_STRIP_ENABLED (False keeps every block: text conversion only), PROMO_RULES_FILE,
    PROMO_TRACE (the item's internal `promo_trace` lists each removal: rule, element, text).
    Stats: newscrawl/promo/removed/<rule-id>."""

    def __init__(
        self,
        rules: RuleSet | None,
        urls: SiteUrls,
        stats: StatsCollector,
        trace: bool = False,
        extractor: str = f"newscrawl/{__version__}",
    ):
        self.rules = rules
        self.extractor = extractor
        self.urls = urls
        self.stats = stats
        self.trace = trace
        # Link cards of the body are told apart by whether their links are articles; the same
        # related stories, sections and authors are linked from page after page.
        self.is_article = lru_cache(maxsize=LINK_VERDICTS)(urls.is_article)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        rules = None
        extractor = f"newscrawl/{__version__} rules/off"
        if settings.getbool("PROMO_STRIP_ENABLED"):
            source = settings.get("PROMO_RULES_FILE") or DEFAULT_RULES_FILE
            rules = load_rules(source)
            extractor = f"newscrawl/{__version__} {rules_release(source)}"
        assert crawler.stats is not None
        return cls(rules, SiteUrls(settings.get("WEEK_BASE_URL")), crawler.stats,
                   settings.getbool("PROMO_TRACE"), extractor)  # fmt: skip

    def process_item(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        root = adapter.get("body_root")
        if root is None:
            return item  # no body container found: validation rejects and counts it
        if self.rules is None:
            blocks = html_to_blocks(root)
        else:
            context = CleanContext(adapter["url"], self.is_article, adapter.get("authors") or ())
            result = clean_body(root, self.rules, context, trace=self.trace)
            blocks = result.blocks
            if self.trace:
                adapter["promo_trace"] = result.trace
            for rule_id, count in result.removed.items():
                self.stats.inc_value(PROMO_REMOVED_PREFIX + rule_id, count)
        body = "\n\n".join(blocks)
        adapter["body"] = body
        adapter["word_count"] = word_count(body)
        adapter["content_hash"] = content_hash(adapter.get("title") or "", body)
        adapter["extractor"] = self.extractor
        adapter["body_root"] = None
        return item


def rules_release(source: str | Path | Traversable) -> str:
    """The rules a record was cleaned with: file name and the start of its sha256 (any edit shows)."""
    path = Path(source) if isinstance(source, str) else source
    return f"rules/{path.name}@{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


def content_hash(title: str, body: str) -> str:
    """Exact-content fingerprint: the same article under two URLs hashes the same."""
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()
