"""RunState: one crawl at a time per state directory, recovery after a crash, and the run's record.

At start-up it takes the state directory's lock (newscrawl.runlock: a second run exits at once,
a killed run's lock is released by the kernel), then finishes off any run that was killed: its
JSON Lines outputs lose a partial last line, and every item they hold that the registry had not yet
recorded (the kill came between the write and the record) is recorded, so the next run neither
loses nor repeats it. The run is then recorded as running; at close, with its summary and whether it
was complete (finished, healthy, and not limited by max_pages or since).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl import backend, runlock
from newscrawl.feedstorage import JSONL_FORMATS, repair_partial_line
from newscrawl.groupcommit import commit_for
from newscrawl.registry import Registry
from newscrawl.registrybackup import BACKUP_DIR, backup
from newscrawl.state import prune_run_dirs, run_id, state_dir
from newscrawl.statkeys import HEALTH_FAILED, PROMO_REMOVED_PREFIX, SUMMARY_PREFIX
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.registry import ArticleRegistry

logger = logging.getLogger(__name__)


class RunState:
    """Settings: REGISTRY_ENABLED, REGISTRY_BACKUP_EVERY, REGISTRY_BACKUP_KEEP.
    Stats: newscrawl/recovery/{runs,reconciled,repaired_bytes}."""

    def __init__(self, crawler: Crawler, registry: ArticleRegistry):
        self.crawler = crawler
        self.registry = registry

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("REGISTRY_ENABLED"):
            raise NotConfigured("REGISTRY_ENABLED is off")
        runlock.acquire(state_dir(crawler))  # raises LockHeld: the crawl does not start
        extension = cls(crawler, backend.registry_for(crawler))
        extension.back_up_when_due()
        extension.recover()
        spider = crawler.spider
        extension.registry.start_run(run_id(crawler), os.getpid(), ",".join(getattr(spider, "discover", ())))
        extension.prune_runs()
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def back_up_when_due(self) -> None:
        """Every REGISTRY_BACKUP_EVERY runs, before this one writes anything: a copy of a registry that
        has just passed its check (newscrawl.commands.crawl), for `scrapy registry --restore`."""
        every = self.crawler.settings.getint("REGISTRY_BACKUP_EVERY")
        if not isinstance(self.registry, Registry) or not every:
            return
        runs = self.registry.run_count()
        if not runs or runs % every:
            return
        state = state_dir(self.crawler)
        try:
            copy = backup(state, self.crawler.settings.getint("REGISTRY_BACKUP_KEEP"))
        except (OSError, sqlite3.Error) as exc:
            latch_for(self.crawler).trip(state / BACKUP_DIR, exc)
            return
        logger.info("Registry backed up to %s (every %d runs, REGISTRY_BACKUP_EVERY)", copy, every)

    def prune_runs(self) -> None:
        """RUNS_KEEP: what older runs left (their directories, their sitemap lastmods and summaries in the
        registry) goes, so that the state directory grows with articles, not with runs."""
        keep = self.crawler.settings.getint("RUNS_KEEP")
        if keep <= 0:
            return
        runs = state_dir(self.crawler) / "runs"
        try:
            gone = prune_run_dirs(runs, keep, run_id(self.crawler))
        except OSError as exc:
            latch_for(self.crawler).trip(runs, exc)  # a storage fault like any other: one line, exit 6
            return
        self.stats.set_value("newscrawl/runs/pruned_dirs", len(gone))
        if isinstance(self.registry, Registry):  # a shared (Redis) registry is pruned by nobody's run
            self.stats.set_value("newscrawl/runs/pruned_records", self.registry.prune_runs(keep))

    def recover(self) -> None:
        for crashed in self.registry.interrupted_runs(run_id(self.crawler)):
            reconciled = sum(self._reconcile(crashed, path) for path, fmt in self.registry.outputs(crashed)
                             if fmt in JSONL_FORMATS)  # fmt: skip
            self.registry.mark_crashed(crashed)
            self.stats.inc_value("newscrawl/recovery/runs")
            logger.warning(
                "Run %s was interrupted; its outputs are repaired and %d written item(s) it had not "
                "recorded are now in the registry. This run picks up its unfinished URLs.",
                crashed, reconciled,
            )  # fmt: skip

    def _reconcile(self, crashed: str, path: Path) -> int:
        self.stats.inc_value("newscrawl/recovery/repaired_bytes", repair_partial_line(path))
        if not path.exists():
            return 0
        reconciled = 0
        with path.open("rb") as lines:
            for line in lines:
                try:
                    item = json.loads(line)
                    url, version = item["canonical_url"], int(item["version"])
                    item["content_hash"]
                except (ValueError, KeyError, TypeError):
                    logger.warning(
                        "%s: a line without canonical_url/version/content_hash, not reconciled", path
                    )
                    continue
                if not self.registry.has_version(url, version):
                    self.registry.record_version(item, crashed, {})
                    reconciled += 1
        self.stats.inc_value("newscrawl/recovery/reconciled", reconciled)
        return reconciled

    def spider_closed(self, spider: Spider, reason: str) -> None:
        # Every article written is recorded before the run is: a run on record as ended is not
        # reconciled by the next one, so a kill between the two must not lose a record.
        commit_for(self.crawler).flush()
        if latch_for(self.crawler).tripped:
            # Left on record as running: the next run repairs and reconciles its outputs like a killed one's.
            return
        healthy = not self.stats.get_value(HEALTH_FAILED)
        complete = reason == "finished" and healthy and not getattr(spider, "partial", False)
        summary = {
            key.removeprefix(SUMMARY_PREFIX): value
            for key, value in self.stats.get_stats().items()
            if key.startswith(SUMMARY_PREFIX)
        }
        summary["finish_reason"] = reason
        summary["promo_removed"] = {
            key.removeprefix(PROMO_REMOVED_PREFIX): value
            for key, value in self.stats.get_stats().items()
            if key.startswith(PROMO_REMOVED_PREFIX)
        }
        status = reason if healthy else f"{reason}, unhealthy"
        self.registry.finish_run(run_id(self.crawler), status, complete, summary)

    def engine_stopped(self) -> None:
        commit_for(self.crawler).close()  # the last cycle, before the registry closes
        backend.release(self.crawler)
        runlock.release(state_dir(self.crawler))
