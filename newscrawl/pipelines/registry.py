"""RegistryPipeline: versions articles against the registry and records each one once it is written.

- An article the registry does not know gets `version` 1; one whose content hash changed gets the
  recorded version + 1; one fetched again with the same content (only its date moved) is dropped as
  unchanged, and its new dates are remembered so it is not fetched again.
- The article is recorded as done after `item_scraped`, which Scrapy sends after the feed exporters
  (connected earlier, so called first) have written the item: with newscrawl.feedstorage the line is
  then whole in the file, and the record waits for the crawl's next group commit to fsync it
  (newscrawl.groupcommit). A crash or a power cut can leave an article written but not recorded (the
  next run reconciles it from the output, newscrawl.extensions.runstate), never recorded but not
  written. Until it is recorded, this pipeline remembers its version (`waiting`), so the same article
  again in this run is versioned against it.
- In a distributed crawl the article is first claimed in the shared registry, so two workers that
  fetched the same article at the same moment (a lease put back while its worker was only slow)
  do not both write it: the second drops it as a duplicate.
- Other item outcomes finish the URL's frontier entry: duplicates are done, rejected items are
  remembered as rejected (fetched again only when a date says they changed). Outcomes without an
  item (failures, redirect duplicates, non-articles) are newscrawl.extensions.frontier's to record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.backend import registry_for
from newscrawl.groupcommit import commit_for
from newscrawl.items import CONTENT_FIELDS, exported
from newscrawl.pipelines.validate import Rejected
from newscrawl.registry import Known
from newscrawl.state import run_id
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

    from newscrawl.items import ItemT
    from newscrawl.registry import ArticleRegistry


class ClaimedElsewhere(DropItem):
    """Dropped: another worker holds the claim on this article (newscrawl.distributed)."""


class NotWritten(DropItem):
    """Dropped: a storage fault stopped the run (newscrawl.storagefault)."""


class RegistryPipeline:
    """Settings: REGISTRY_ENABLED, FRONTIER_LEASE_SECONDS (claims). Stats:
    newscrawl/registry/{new,updated,unchanged,recorded,claimed_elsewhere}."""

    def __init__(self, crawler: Crawler, registry: ArticleRegistry):
        self.crawler = crawler
        self.registry = registry
        # A claim covers the moment between versioning an item and recording it (milliseconds);
        # it expires well before a dead worker's leases, so the request, once put back in the
        # queue, is never refused by its dead claim.
        self.claim_seconds = crawler.settings.getfloat("FRONTIER_LEASE_SECONDS") / 2
        self.faults = latch_for(crawler)
        self.commit = commit_for(crawler)
        # Versioned by this run and not recorded yet (written and waiting for the group commit, or
        # still on its way to the feed): canonical URL -> the exported item. A second copy of the
        # article in flight is versioned against it, even while the first is still in the pipelines
        # (the claim is awaited, so other items run meanwhile).
        self.waiting: dict[str, dict[str, Any]] = {}
        self.versioned: dict[str, int] = {}  # canonical URL -> id() of the item not written yet

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("REGISTRY_ENABLED"):
            raise NotConfigured("REGISTRY_ENABLED is off")
        pipeline = cls(crawler, registry_for(crawler))
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    async def process_item(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        if self.faults.tripped:
            # The run is stopping on a storage fault: nothing more is written; a later run fetches it.
            self.stats.inc_value("newscrawl/article/failed")
            self.stats.inc_value("newscrawl/article/failed/storage_fault")
            raise NotWritten(f"Not written (storage fault): {adapter.get('url')}", log_level="DEBUG")
        canonical = adapter["canonical_url"]
        # Claim first, then look: a worker that gets the claim after another recorded the article
        # sees it recorded (the record releases the claim), so the two never both write version 1.
        # The claim's answer carries the look; on Redis the worker goes on with other pages meanwhile.
        claim = await self.registry.claim(canonical, self.claim_seconds)
        if not claim.taken:
            # Another worker of a distributed crawl is writing this article right now: it records it.
            self.stats.inc_value("newscrawl/registry/claimed_elsewhere")
            raise ClaimedElsewhere(f"Another worker is writing {canonical}", log_level="DEBUG")
        waiting = self.waiting.get(canonical)  # written by this run, its record not committed yet
        known = (
            claim.known
            if waiting is None
            else Known(canonical, "done", int(waiting["version"]), str(waiting["content_hash"]))
        )
        if known is not None and known.status == "done" and self._unchanged(adapter, known):
            self.registry.record_unchanged(
                canonical,
                adapter.get("modified_at"),
                adapter.get("discovered_date"),
                adapter.get("discovered_url"),
            )  # fmt: skip  (releases the claim)
            self.stats.inc_value("newscrawl/registry/unchanged")
            raise DropItem(f"Unchanged since version {known.version}: {canonical}", log_level="DEBUG")
        adapter["version"] = 1 if known is None or known.status != "done" else known.version + 1
        self.waiting[canonical] = exported(item)
        self.versioned[canonical] = id(item)
        return item

    def _unversion(self, item: Any) -> None:
        """The item this pipeline versioned will not be written (dropped or failed further on)."""
        canonical = ItemAdapter(item).get("canonical_url")
        if canonical is not None and self.versioned.get(canonical) == id(item):
            del self.versioned[canonical]
            self.waiting.pop(canonical, None)

    def _latest_record(self, canonical: str) -> dict[str, Any] | None:
        return self.waiting.get(canonical) or self.registry.latest_record(canonical)

    def _unchanged(self, adapter: ItemAdapter, known: Known) -> bool:
        """A fetch is unchanged when title and body are (a new date alone is not a new version). A
        re-extraction (from the archive) is unchanged when no exported content field is: a rule fix
        that only moves the tags, say, is exactly what it is run for."""
        if not adapter.get("reextracted"):
            return known.content_hash == str(adapter["content_hash"])
        last = self._latest_record(known.canonical_url)
        return last is not None and all(last.get(name) == adapter.get(name) for name in CONTENT_FIELDS)

    def item_error(self, item: Any, response: Response, spider: Spider, failure: Failure) -> None:
        """A pipeline raised (not a drop): the article is not written. Recorded as failed, so a later
        run tries it again, and counted, so the run's account still adds up."""
        self._unversion(item)
        adapter = ItemAdapter(item)
        key = adapter.get("discovered_url") or adapter.get("canonical_url")
        self.stats.inc_value("newscrawl/article/failed")
        self.stats.inc_value("newscrawl/article/failed/item_error")
        if key:
            self.registry.record_state(key, adapter.get("url") or key, "failed", run_id(self.crawler),
                               discovered_date=adapter.get("discovered_date"), reason=f"item_error {failure.getErrorMessage()}"[:200])  # fmt: skip

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        adapter = ItemAdapter(item)
        if self.faults.tripped:
            return  # perhaps not written (the feed's write may be what failed): never recorded as done
        extra = {
            "discovered_url": adapter.get("discovered_url"),
            "discovered_date": adapter.get("discovered_date"),
            "source_id": adapter.get("source_id"),
        }
        record = exported(item)
        if self.versioned.get(record["canonical_url"]) == id(item):
            del self.versioned[record["canonical_url"]]
        self.waiting[record["canonical_url"]] = record
        # Counted as exported now (the run's account is read at close); recorded after the fsync.
        self.stats.inc_value("newscrawl/registry/" + ("new" if record["version"] == 1 else "updated"))
        self.commit.when_durable(lambda: self._record(record, extra))

    def _record(self, record: dict[str, Any], extra: dict[str, Any]) -> None:
        """Its line is on disk (the group commit has fsynced it): the article is recorded as written."""
        if self.waiting.get(record["canonical_url"]) is record:
            del self.waiting[record["canonical_url"]]
        if self.faults.tripped:
            return
        self.registry.record_version(record, run_id(self.crawler), extra)
        self.stats.inc_value("newscrawl/registry/recorded")

    def item_dropped(self, item: Any, response: Response, exception: BaseException, spider: Spider) -> None:
        self._unversion(item)
        adapter = ItemAdapter(item)
        key = adapter.get("discovered_url")
        if not key:
            return
        if isinstance(exception, ClaimedElsewhere | NotWritten):
            return  # the frontier entry is the claiming worker's to resolve, or a later run's
        if isinstance(exception, Rejected):
            self.registry.record_state(key, adapter.get("url") or key, "rejected", run_id(self.crawler),
                               discovered_date=adapter.get("discovered_date"), reason=str(exception))  # fmt: skip
        else:
            self.registry.record_done(key)
