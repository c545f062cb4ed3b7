"""DedupPipeline: one item per article, by canonical URL and by exact content hash."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.seen import SeenSet
from newscrawl.text import key_id

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.items import ItemT

DEDUP_KEYS = ("canonical_url", "content_hash")


class DedupPipeline:
    """Settings: DEDUP_ENABLED. Stats: newscrawl/dedup/dropped, newscrawl/dedup/dropped/<key>.

    The first item seen wins; the spider requests articles in page order, so a run is deterministic
    for a given site. (Canonical URLs are built in newscrawl.pages.urls with w3lib.)"""

    def __init__(self, stats: StatsCollector):
        self.stats = stats
        self.seen = {key: SeenSet() for key in DEDUP_KEYS}  # 64-bit fingerprints, 8 bytes each

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item
