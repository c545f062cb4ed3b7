"""RegistryPipeline on the shared registry (REDIS_URL): two workers that fetched the same article at
the same moment write it once, whatever the order of their steps."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newscrawl import backend
from newscrawl.groupcommit import commit_for
from newscrawl.pipelines.registry import ClaimedElsewhere, RegistryPipeline
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings
from tests.redisserver import redis_server  # noqa: F401  (fixture)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.redisserver import RedisServer

URL = "https://theweek.com/politics/a"


def article() -> dict[str, Any]:
    return {
        "url": URL, "canonical_url": URL, "title": "A", "body": "Text", "content_hash": "h1",
        "published_at": "2026-07-01T08:00:00+00:00", "discovered_url": URL,
    }  # fmt: skip


@pytest.fixture
def workers(tmp_path: Path, redis_server: RedisServer) -> Iterator[list[RegistryPipeline]]:  # noqa: F811
    pipelines = []
    for name in ("a", "b"):
        settings = {**project_settings(), "REGISTRY_ENABLED": True, "REDIS_URL": redis_server.url,
                    "NEWSCRAWL_STATE_DIR": str(tmp_path / name)}  # fmt: skip
        crawler = get_crawler(WeekSpider, settings)
        pipelines.append(RegistryPipeline.from_crawler(crawler))
    yield pipelines
    for pipeline in pipelines:
        backend.release(pipeline.crawler)


def versioned(pipeline: RegistryPipeline, item: dict[str, Any]) -> dict[str, Any]:
    """The item through the pipeline (a coroutine: a crawl awaits the claim's reply)."""
    return asyncio.run(pipeline.process_item(item))


def written(pipeline: RegistryPipeline, item: dict[str, Any]) -> None:
    """The feed exporter wrote the item, and the group commit made its line durable: it is recorded."""
    pipeline.item_scraped(item, None, None)  # type: ignore[arg-type]
    commit_for(pipeline.crawler).flush()


def test_a_worker_that_claims_while_another_writes_drops_its_copy(workers: list[RegistryPipeline]) -> None:
    a, b = workers
    first = versioned(a, article())
    assert first["version"] == 1
    with pytest.raises(ClaimedElsewhere):
        versioned(b, article())
    written(a, first)  # written and recorded: claim released
    with pytest.raises(DropItem, match="Unchanged since version 1"):
        versioned(b, article())


def test_versions_count_across_workers(workers: list[RegistryPipeline]) -> None:
    a, b = workers
    item = versioned(a, article())
    written(a, item)
    changed = {**article(), "content_hash": "h2"}
    assert versioned(b, changed)["version"] == 2, "b sees a's version 1 in the shared registry"


def test_two_copies_in_flight_in_one_worker_are_versioned_one_after_the_other(
    workers: list[RegistryPipeline],
) -> None:
    a, _ = workers

    async def both() -> list[Any]:
        first = {**article(), "discovered_url": "https://theweek.com/politics/a-legacy"}
        changed = {**article(), "content_hash": "h2"}
        same = {**article(), "content_hash": "h2"}  # the second copy again
        results: list[Any] = await asyncio.gather(
            a.process_item(first), a.process_item(changed), a.process_item(same), return_exceptions=True
        )
        return results

    first, changed, same = asyncio.run(both())
    assert first["version"] == 1
    assert changed["version"] == 2, "versioned against the first copy, still in flight"
    assert isinstance(same, DropItem)
    assert "Unchanged since version 2" in str(same)
