"""DedupPipeline: one item per article, by canonical URL and by exact content hash."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.text import key_id

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.items import ItemT

DEDUP_KEYS = ("canonical_url", "content_hash")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁDedupPipelineǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDedupPipelineǁfrom_crawler__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDedupPipelineǁprocess_item__mutmut: MutantDict = {}  # type: ignore


class DedupPipeline:
    """Settings: DEDUP_ENABLED. Stats: newscrawl/dedup/dropped, newscrawl/dedup/dropped/<key>.

    The first item seen wins; the spider requests articles in page order, so a run is deterministic
    for a given site. (Canonical URLs are built in newscrawl.pages.urls with w3lib.)"""

    @_mutmut_mutated(mutants_xǁDedupPipelineǁ__init____mutmut)
    def __init__(self, stats: StatsCollector):
        self.stats = stats
        self.seen: dict[str, set[int]] = {key: set() for key in DEDUP_KEYS}  # 64-bit fingerprints

    def xǁDedupPipelineǁ__init____mutmut_orig(self, stats: StatsCollector):
        self.stats = stats
        self.seen: dict[str, set[int]] = {key: set() for key in DEDUP_KEYS}  # 64-bit fingerprints

    def xǁDedupPipelineǁ__init____mutmut_1(self, stats: StatsCollector):
        self.stats = None
        self.seen: dict[str, set[int]] = {key: set() for key in DEDUP_KEYS}  # 64-bit fingerprints

    def xǁDedupPipelineǁ__init____mutmut_2(self, stats: StatsCollector):
        self.stats = stats
        self.seen: dict[str, set[int]] = None  # 64-bit fingerprints

    @classmethod
    @_mutmut_mutated(mutants_xǁDedupPipelineǁfrom_crawler__mutmut, is_classmethod = True)
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_orig(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_1(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_2(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool(None):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_3(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("XXDEDUP_ENABLEDXX"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_4(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("dedup_enabled"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_5(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured(None)
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_6(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("XXDEDUP_ENABLED is offXX")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_7(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("dedup_enabled is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_8(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED IS OFF")
        assert crawler.stats is not None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_9(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is None
        return cls(crawler.stats)

    @classmethod
    def xǁDedupPipelineǁfrom_crawler__mutmut_10(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        assert crawler.stats is not None
        return cls(None)

    @_mutmut_mutated(mutants_xǁDedupPipelineǁprocess_item__mutmut)
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

    def xǁDedupPipelineǁprocess_item__mutmut_orig(self, item: ItemT) -> ItemT:
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

    def xǁDedupPipelineǁprocess_item__mutmut_1(self, item: ItemT) -> ItemT:
        adapter = None
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

    def xǁDedupPipelineǁprocess_item__mutmut_2(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(None)
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

    def xǁDedupPipelineǁprocess_item__mutmut_3(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = None
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_4(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(None)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_5(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value or key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_6(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(None) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_7(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) not in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_8(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value(None)
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_9(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("XXnewscrawl/dedup/droppedXX")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_10(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("NEWSCRAWL/DEDUP/DROPPED")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_11(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(None)
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_12(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(None, log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_13(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level=None)
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_14(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_15(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", )
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_16(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get(None)}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_17(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('XXurlXX')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_18(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('URL')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_19(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="XXINFOXX")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_20(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="info")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_21(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(None):
                self.seen[key].add(key_id(adapter[key]))
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_22(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(None)
        return item

    def xǁDedupPipelineǁprocess_item__mutmut_23(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        for key in DEDUP_KEYS:
            value = adapter.get(key)
            if value and key_id(value) in self.seen[key]:
                self.stats.inc_value("newscrawl/dedup/dropped")
                self.stats.inc_value(f"newscrawl/dedup/dropped/{key}")
                raise DropItem(f"Duplicate {key} {value}: {adapter.get('url')}", log_level="INFO")
        for key in DEDUP_KEYS:
            if adapter.get(key):
                self.seen[key].add(key_id(None))
        return item

mutants_xǁDedupPipelineǁ__init____mutmut['_mutmut_orig'] = DedupPipeline.xǁDedupPipelineǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁ__init____mutmut['xǁDedupPipelineǁ__init____mutmut_1'] = DedupPipeline.xǁDedupPipelineǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁ__init____mutmut['xǁDedupPipelineǁ__init____mutmut_2'] = DedupPipeline.xǁDedupPipelineǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁDedupPipelineǁfrom_crawler__mutmut['_mutmut_orig'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_1'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_2'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_3'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_4'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_5'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_6'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_7'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_8'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_9'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁfrom_crawler__mutmut['xǁDedupPipelineǁfrom_crawler__mutmut_10'] = DedupPipeline.xǁDedupPipelineǁfrom_crawler__mutmut_10 # type: ignore # mutmut generated

mutants_xǁDedupPipelineǁprocess_item__mutmut['_mutmut_orig'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_1'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_2'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_3'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_4'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_5'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_6'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_7'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_8'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_9'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_10'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_11'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_12'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_13'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_14'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_15'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_16'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_17'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_18'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_19'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_20'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_21'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_22'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDedupPipelineǁprocess_item__mutmut['xǁDedupPipelineǁprocess_item__mutmut_23'] = DedupPipeline.xǁDedupPipelineǁprocess_item__mutmut_23 # type: ignore # mutmut generated
