"""ValidatePipeline: an article missing a required field is rejected, written down and counted, never lost."""

from __future__ import annotations

import logging
from typing import IO, TYPE_CHECKING, Self, cast

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from newscrawl.items import exported
from newscrawl.itemschema import schema_errors
from newscrawl.state import run_dir

if TYPE_CHECKING:
    from io import BytesIO
    from pathlib import Path

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.items import ItemT

logger = logging.getLogger(__name__)


class Rejected(DropItem):
    """An item dropped for failing validation (other components tell it from duplicates by type)."""


class ValidatePipeline:
    """Settings: VALIDATE_ENABLED, VALIDATE_REQUIRED_FIELDS, VALIDATE_SCHEMA (the packaged JSON Schema,
    newscrawl.itemschema).
    Writes: <NEWSCRAWL_STATE_DIR>/runs/<run>/rejects.jsonl (url, canonical_url, title, reason).
    Stats: newscrawl/validate/rejected, newscrawl/validate/rejected/<field or "schema">."""

    def __init__(self, required: list[str], crawler: Crawler, schema: bool = True):
        self.required = required
        self.schema = schema
        self.crawler = crawler
        self.file: IO[bytes] | None = None
        self.exporter: JsonLinesItemExporter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("VALIDATE_ENABLED"):
            raise NotConfigured("VALIDATE_ENABLED is off")
        settings = crawler.settings
        return cls(settings.getlist("VALIDATE_REQUIRED_FIELDS"), crawler, settings.getbool("VALIDATE_SCHEMA"))

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    @property
    def rejects_path(self) -> Path:
        return run_dir(self.crawler) / "rejects.jsonl"

    def process_item(self, item: ItemT) -> ItemT:
        adapter = ItemAdapter(item)
        missing = [name for name in self.required if not adapter.get(name)]
        if missing:
            reason = "missing " + ", ".join(missing)
            fields = missing
        else:
            # The version is the registry's to set, later: check the rest as it will be exported.
            errors = (
                schema_errors({**exported(item), "version": adapter.get("version") or 1})
                if self.schema
                else []
            )
            if not errors:
                return item
            reason = "schema: " + "; ".join(errors)
            fields = ["schema"]
        self.stats.inc_value("newscrawl/validate/rejected")
        for name in fields:
            self.stats.inc_value(f"newscrawl/validate/rejected/{name}")
        self._write_reject(adapter, reason)
        raise Rejected(f"Rejected {adapter.get('url')}: {reason}", log_level="WARNING")

    def _write_reject(self, adapter: ItemAdapter, reason: str) -> None:
        if self.exporter is None:
            self.file = self.rejects_path.open("ab")
            self.exporter = JsonLinesItemExporter(cast("BytesIO", self.file), encoding="utf-8")
            self.exporter.start_exporting()
        self.exporter.export_item(
            {
                "url": adapter.get("url"),
                "canonical_url": adapter.get("canonical_url"),
                "title": adapter.get("title"),
                "reason": reason,
                "fetched_at": adapter.get("fetched_at"),
            }
        )
        assert self.file is not None
        self.file.flush()

    def close_spider(self) -> None:
        if self.exporter is not None and self.file is not None:
            self.exporter.finish_exporting()
            self.file.close()
            logger.warning("Rejected articles written to %s", self.rejects_path)
