"""The one place that chooses where a crawl's state lives, and so the only module of the crawler that
imports newscrawl.distributed (import-linter contract in pyproject.toml).

Without REDIS_URL: the SQLite registry in the state directory (newscrawl.registry), and Scrapy's
own scheduler; newscrawl.distributed is never imported (tests/test_backend.py). With REDIS_URL:
the RedisBackend add-on switches the scheduler to the shared frontier, and `registry_for` opens
the shared registry on Redis, so every worker of a distributed crawl sees one registry. The
commands (`scrapy crawl`, `registry`, `export`, `frontier`) reach the shared state through the
functions at the end of this module.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Self

from scrapy.exceptions import NotConfigured

from newscrawl.groupcommit import commit_for
from newscrawl.percrawler import PerCrawler
from newscrawl.registry import Registry
from newscrawl.state import redis_url, state_dir, state_path
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

    from newscrawl.distributed.registry import RedisRegistry
    from newscrawl.registry import ArticleRegistry, RegistryView

logger = logging.getLogger(__name__)

SCHEDULER = "newscrawl.distributed.scheduler.LeasingScheduler"


class RedisBackend:
    """The add-on (ADDONS) that switches a crawl to the shared frontier when REDIS_URL is set.

    Without REDIS_URL it disables itself and the crawl runs as one process on the local SQLite
    registry. With it, every worker started with `scrapy crawl week -s REDIS_URL=redis://HOST:6379/0`
    shares one queue, one dupefilter and one article registry on that Redis server."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if redis_url(crawler.settings) is None:
            raise NotConfigured  # no message: a single-process crawl is the normal case
        return cls()

    def update_settings(self, settings: BaseSettings) -> None:
        from newscrawl.distributed.connection import redacted  # REDIS_URL is set: the backend is Redis

        # LeasingScheduler builds its own per-crawl RFPDupeFilter and JSON serializer, and never
        # flushes the shared queue; it warns when SCHEDULER_PERSIST is set to False anyway.
        settings.set("SCHEDULER", SCHEDULER, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        logger.info(
            "Distributed crawl: shared frontier and registry on %s", redacted(str(redis_url(settings)))
        )


def _open_for(crawler: Crawler) -> ArticleRegistry:
    """The one read-write registry of a crawl, shared by its components (`registry_for`): on Redis
    when REDIS_URL is set (every worker shares it), else the SQLite file in the state directory."""
    if redis_url(crawler.settings) is None:
        registry = Registry.open(state_dir(crawler))
        registry.guard = latch_for(crawler)  # a failed write stops the crawl, in one line
        commit = commit_for(crawler)
        if not commit.immediate:
            registry.begin_batches()  # committed by the crawl's group commit, not write by write
        commit.registry = registry
        return registry
    from newscrawl.distributed.connection import shared_registry, worker_id

    return shared_registry(crawler.settings, worker_id(crawler), crawler.spidercls.name)


registry_for = PerCrawler(_open_for)


def release(crawler: Crawler) -> None:
    registry = registry_for.pop(crawler)
    if registry is not None:
        registry.close()


def registry_view(crawler: Crawler) -> RegistryView:
    """The crawl's registry, for reading only (the spider: newscrawl.registry.RegistryView)."""
    return registry_for(crawler)


# --- For the commands: each is called only with REDIS_URL set, and imports the Redis code then. -------


def unreachable(settings: BaseSettings, exc: Exception) -> str:
    """The one line a command prints when Redis does not answer (no password in it)."""
    from newscrawl.distributed.connection import unreachable as message

    return message(settings, exc)


def redis_problem(settings: BaseSettings) -> str | None:
    """Why `scrapy crawl` cannot start on REDIS_URL (it does not answer within seconds), or None."""
    import redis

    from newscrawl.distributed.connection import COMMAND_OUTAGE_SECONDS, client_from_settings

    try:
        client_from_settings(settings, COMMAND_OUTAGE_SECONDS).ping()
    except redis.RedisError as exc:
        return unreachable(settings, exc)
    return None


def shared_registry(settings: BaseSettings) -> RedisRegistry:
    """The shared registry on REDIS_URL, for a command (gives up on Redis within seconds)."""
    from newscrawl.distributed.connection import COMMAND_OUTAGE_SECONDS
    from newscrawl.distributed.connection import shared_registry as open_shared

    return open_shared(settings, outage_seconds=COMMAND_OUTAGE_SECONDS)


def shared_crawl(settings: BaseSettings) -> dict[str, Any]:
    """The shared crawl on REDIS_URL as `scrapy frontier` shows it (newscrawl.distributed.crawl.status)."""
    from newscrawl.distributed.connection import (
        COMMAND_OUTAGE_SECONDS,
        client_from_settings,
        key_prefix,
        redacted,
    )
    from newscrawl.distributed.crawl import status

    report = status(client_from_settings(settings, COMMAND_OUTAGE_SECONDS), key_prefix(settings))
    report["redis"] = redacted(str(redis_url(settings)))
    return report


@contextmanager
def exported_state(settings: BaseSettings) -> Iterator[tuple[Path, str | None]]:
    """The state directory `scrapy export` reads, and where its registry came from: the local one,
    or a SQLite snapshot of the shared registry (None: the local state directory)."""
    if redis_url(settings) is None:
        yield state_path(settings), None
        return
    from newscrawl.distributed.connection import key_prefix, redacted
    from newscrawl.distributed.snapshot import registry_snapshot

    with registry_snapshot(settings) as state:
        yield state, f"{redacted(str(redis_url(settings)))} {key_prefix(settings)}:registry"
