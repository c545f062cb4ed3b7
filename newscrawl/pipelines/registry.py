"""RegistryPipeline: versions articles against the registry and records each one once it is written.

- An article the registry does not know gets `version` 1; one whose content hash changed gets the
  recorded version + 1; one fetched again with the same content (only its date moved) is dropped as
  unchanged, and its new dates are remembered so it is not fetched again.
- The article is recorded as done on `item_scraped`, which Scrapy sends after the feed exporters
  (connected earlier, so called first) have written the item: with newscrawl.feedstorage the line is
  then on disk. A crash can leave an article written but not recorded (the next run reconciles it
  from the output, newscrawl.extensions.runstate), never recorded but not written.
- Other item outcomes settle the URL's frontier entry: duplicates are resolved, rejected items are
  remembered as rejected (fetched again only when a date says they changed). Outcomes without an
  item (failures, redirect duplicates, non-articles) are the spider's to record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.items import exported
from newscrawl.pipelines.validate import Rejected
from newscrawl.registry import Registry, registry_for
from newscrawl.state import run_id

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

    from newscrawl.items import ItemT

KEY_META = "newscrawl_key"


class RegistryPipeline:
    """Settings: REGISTRY_ENABLED. Stats: newscrawl/registry/{new,updated,unchanged,recorded}."""

    def __init__(self, crawler: Crawler, registry: Registry):
        self.crawler = crawler
        self.registry = registry

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("REGISTRY_ENABLED"):
            raise NotConfigured("REGISTRY_ENABLED is off")
        pipeline = cls(crawler, registry_for(crawler))
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def process_item(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        canonical = adapter["canonical_url"]
        known = self.registry.lookup(canonical)
        if known is None or known.status != "done":
            adapter["version"] = 1
            return item
        if known.content_hash == adapter["content_hash"]:
            self.registry.touch(canonical, adapter.get("modified_at"), adapter.get("date_hint"),
                                adapter.get("discovered_as"))  # fmt: skip
            self.stats.inc_value("newscrawl/registry/unchanged")
            raise DropItem(f"Unchanged since version {known.version}: {canonical}", log_level="DEBUG")
        adapter["version"] = known.version + 1
        return item

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        adapter = ItemAdapter(item)
        extra = {
            "key": adapter.get("discovered_as"),
            "hint_at": adapter.get("date_hint"),
            "source_id": adapter.get("source_id"),
        }
        self.registry.record_version(exported(item), run_id(self.crawler), extra)
        self.stats.inc_value("newscrawl/registry/recorded")
        self.stats.inc_value("newscrawl/registry/" + ("new" if adapter["version"] == 1 else "updated"))

    def item_dropped(self, item: Any, response: Response, exception: BaseException, spider: Spider) -> None:
        adapter = ItemAdapter(item)
        key = adapter.get("discovered_as")
        if not key:
            return
        if isinstance(exception, Rejected):
            self.registry.mark(key, adapter.get("url") or key, "rejected", run_id(self.crawler),
                               hint_at=adapter.get("date_hint"), reason=str(exception))  # fmt: skip
        else:
            self.registry.settle(key)
