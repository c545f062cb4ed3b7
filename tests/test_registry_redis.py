"""RedisRegistry (newscrawl.distributed.registry) on a real redis-server.

tests/test_registry.py runs the backend-independent registry tests on it too. Here: the same calls
give the same tables and answers as SQLite, what several workers need (runs per worker, claims, a
crawl's sources), the SQLite snapshot, reset, a Redis restart, and the round trips per call.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import redis

import newscrawl.distributed.registry
import newscrawl.registry
from newscrawl.distributed.pipe import RedisPipe
from newscrawl.distributed.registry import RedisRegistry
from newscrawl.registry import Claim, Known, Registry
from tests.redisserver import redis_server  # noqa: F401 - the fixture
from tests.test_registry import URL, item

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from tests.redisserver import RedisServer

PREFIX = "newscrawl:test:registry"
WORKER_A = "host-a:/var/lib/newscrawl"
WORKER_B = "host-b:/var/lib/newscrawl"
LEGACY = "https://theweek.com/articles/470590/a"
OTHER = "https://theweek.com/culture/b"
SITEMAP = "https://theweek.com/sitemap-2026-07.xml"
TABLES = {
    "articles": "canonical_url", "versions": "canonical_url, version", "aliases": "alias", "frontier": "key",
    "runs": "run_id", "run_sources": "run_id, url", "outputs": "run_id, path",
}  # fmt: skip


def open_registry(server: RedisServer, worker: str, prefix: str = PREFIX) -> RedisRegistry:
    return RedisRegistry(server.client(), prefix, worker)


@pytest.fixture
def worker_a(redis_server: RedisServer) -> Iterator[RedisRegistry]:  # noqa: F811 - pytest fixture injection
    registry = open_registry(redis_server, WORKER_A)
    yield registry
    registry.close()


@pytest.fixture
def worker_b(redis_server: RedisServer) -> Iterator[RedisRegistry]:  # noqa: F811 - pytest fixture injection
    registry = open_registry(redis_server, WORKER_B)
    yield registry
    registry.close()


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(tmp_path / "sqlite")
    yield registry
    registry.close()


@pytest.fixture
def snapshot(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(tmp_path / "snapshot")
    yield registry
    registry.close()


def restart_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """now_iso() a second later at each call, from the same start: both registries see the same times."""
    ticks = itertools.count()

    def now_iso() -> str:
        return (datetime(2026, 7, 2, tzinfo=UTC) + timedelta(seconds=next(ticks))).isoformat()

    for module in (newscrawl.registry, newscrawl.distributed.registry):
        monkeypatch.setattr(module, "now_iso", now_iso)


def claimed(registry: RedisRegistry, url: str, ttl_seconds: float) -> bool:
    """Whether the registry's claim on `url` was taken (the claim is a coroutine: a crawl awaits it)."""
    return asyncio.run(registry.claim(url, ttl_seconds)).taken


def crawl_history(registry: Registry | RedisRegistry, tmp_path: Path) -> None:
    """Every kind of write, including the subtle ones (coalescing, older versions, listings)."""
    registry.start_run("run-1", 11, "sections,sitemaps")
    registry.record_state(URL, URL, "requested", "run-1", discovered_date="2026-07-01T00:00:00+00:00")
    registry.record_state(LEGACY, LEGACY, "requested", "run-1")
    registry.record_version(item(1, "h1"), "run-1", {"discovered_url": LEGACY, "source_id": "S1", "discovered_date": "2026-07-01T00:00:00+00:00"})  # fmt: skip
    # A newer version without source id or hint keeps the recorded ones; an older one changes nothing.
    registry.record_version(item(3, "h3", url=f"{URL}?amp"), "run-1", {"source_id": None})
    registry.record_version(item(2, "h2"), "run-1", {"source_id": "S2"})
    registry.record_unchanged(URL, "2026-07-04T00:00:00+00:00", None, f"{URL}/")
    # Values the scripts' JSON re-encoding could mangle: slashes, a backslash before one, quotes, accents.
    tricky = 'https://theweek.com/x/\\/é?q="b"'
    registry.record_version(item(1, "hb", url=tricky, canonical_url=OTHER, title="Café «B»"), "run-1", {})
    registry.record_unchanged(OTHER, None, None, None)
    registry.add_alias("https://theweek.com/b-legacy", OTHER)
    registry.record_state("k-failed", tricky, "failed", "run-1", reason="TimeoutError")
    registry.record_state("k-failed", tricky, "failed", "run-1", discovered_date="2026-07-02T00:00:00+00:00")
    registry.record_state(
        "k-failed", tricky, "failed", "run-1", reason='HttpError 503 on "/x"'
    )  # hint kept, 3 tries
    registry.record_state("k-gone", "u-gone", "gone", "run-1", reason="HttpError 404")
    registry.record_state("k-rejected", "u", "requested", "run-1")
    registry.record_state("k-rejected", "u", "rejected", "run-1", reason="Rejected: no body")
    registry.record_state("https://theweek.com/culture", "https://theweek.com/culture", "listing", "run-1")
    registry.record_done("https://theweek.com/culture")  # a listing stays one
    registry.record_state("k-settled", "u", "requested", "run-1")
    registry.record_done("k-settled")
    registry.record_state("k-open", "u-open", "requested", "run-1")
    registry.record_source("run-1", "https://theweek.com/sitemap.xml", "2026-07-02T00:00:00+00:00")
    registry.record_source("run-1", SITEMAP, None)
    registry.record_output("run-1", tmp_path / "out.jsonl", "jsonlines")
    registry.record_output("run-1", tmp_path / "out.jsonl", "csv")  # the first record stays
    registry.finish_run("run-1", "finished", True, {"exported": 2, "home": "https://theweek.com/"})
    registry.start_run("run-2", 12, "sitemaps")
    registry.start_run("run-3", 13, "sections")
    registry.mark_crashed("run-2")
    registry.finish_run("run-unknown", "finished", True, {})  # an UPDATE of nothing


KEYS = [URL, LEGACY, f"{URL}/", OTHER, "https://theweek.com/b-legacy", "k-failed", "k-gone", "k-rejected",
        "https://theweek.com/culture", "k-settled", "k-open", "https://theweek.com/unknown"]  # fmt: skip


def answers(registry: Registry | RedisRegistry) -> dict[str, Any]:
    return {
        "lookup": [registry.lookup(key) for key in KEYS],
        "lookup_many": registry.lookup_many([*KEYS, URL]),  # a key twice: asked once
        "unfinished": [registry.unfinished(3), registry.unfinished(4)],
        "versions": list(registry.versions()),
        "has_version": [registry.has_version(URL, v) for v in (1, 3, 4)] + [registry.has_version(OTHER, 1)],
        "counts": registry.counts(),
        "runs": [{k: v for k, v in run.items() if k != "worker"} for run in registry.runs()],
        "interrupted": registry.interrupted_runs("run-3"),
        "last_complete": registry.last_complete_run(),
        "sources": registry.source_lastmods("run-1"),
        "outputs": registry.outputs("run-1"),
    }


def tables(registry: Registry) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: [tuple(row) for row in registry.db.execute(f"SELECT * FROM {table} ORDER BY {order}")]
        for table, order in TABLES.items()
    }


def test_same_calls_give_the_same_answers_and_tables_as_sqlite(
    worker_a: RedisRegistry,
    sqlite: Registry,
    snapshot: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    restart_clock(monkeypatch)
    crawl_history(sqlite, tmp_path)
    restart_clock(monkeypatch)
    crawl_history(worker_a, tmp_path)
    assert answers(worker_a) == answers(sqlite)
    assert answers(sqlite)["lookup_many"] == dict(zip(KEYS, answers(sqlite)["lookup"], strict=True))
    worker_a.copy_to(snapshot)
    assert tables(snapshot) == tables(sqlite)
    assert answers(snapshot) == answers(sqlite)


def test_unknown_frontier_status_is_refused(worker_a: RedisRegistry) -> None:
    with pytest.raises(ValueError, match="unknown frontier status"):
        worker_a.record_state("k", "u", "done", "run-1")


def test_versions_stream_in_url_then_version_order(
    worker_a: RedisRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(newscrawl.distributed.registry, "BATCH", 2)
    recorded = [
        ("https://x/a-b", 1),
        ("https://x/a", 10),
        ("https://x/a/b", 1),
        ("https://x/a", 9),
        ("https://x/a", 2),
    ]
    for url, version in recorded:
        worker_a.record_version(item(version, f"h{version}", url=url, canonical_url=url), "run-1", {})
    # Byte order, like SQLite's ORDER BY canonical_url, version: a URL before its extensions, 9 before 10.
    assert [(v["canonical_url"], v["version"]) for v in worker_a.versions()] == sorted(recorded)


def test_version_items_are_stored_compressed(worker_a: RedisRegistry, redis_server: RedisServer) -> None:  # noqa: F811
    body = " ".join(
        f"Paragraph {n} of the article, with the words a news article is made of." for n in range(60)
    )
    worker_a.record_version(item(body=body), "run-1", {})
    (blob,) = redis_server.client().hvals(f"{PREFIX}:versions")
    assert isinstance(blob, bytes)
    assert len(blob) < len(body) / 2
    assert json.loads(zlib.decompress(blob))[2]["body"] == body


# --- Several workers ------------------------------------------------------------------------------------


def test_interrupted_runs_are_only_this_workers(
    worker_a: RedisRegistry, worker_b: RedisRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    restart_clock(monkeypatch)
    worker_a.start_run("a-1", 1, "sections")
    worker_b.start_run("b-1", 2, "sections")
    worker_a.start_run("a-2", 3, "sections")
    assert worker_a.interrupted_runs(current="a-2") == ["a-1"]
    assert worker_b.interrupted_runs(current="b-2") == ["b-1"]
    worker_a.mark_crashed("a-1")
    assert worker_a.interrupted_runs(current="a-2") == []
    runs = worker_b.runs()
    assert [(run["run_id"], run["worker"], run["status"]) for run in runs] == [
        ("a-1", WORKER_A, "crashed"), ("b-1", WORKER_B, "running"), ("a-2", WORKER_A, "running"),
    ]  # fmt: skip
    assert set(runs[0]) == {"run_id", "pid", "started_at", "finished_at", "status", "complete", "discover",
                            "summary", "worker"}  # fmt: skip


def test_a_claim_holds_off_other_workers_until_it_expires(
    worker_a: RedisRegistry, worker_b: RedisRegistry
) -> None:
    assert claimed(worker_a, URL, 20)
    assert claimed(worker_a, URL, 20)  # its own claim: taken again
    assert not claimed(worker_b, URL, 30)
    assert claimed(worker_b, OTHER, 30)  # claims are per article
    # Worker A was killed before it recorded anything: its claim expires after the claim's TTL (the
    # expiry itself is Redis's; the test lets it happen instead of waiting for it).
    claim_key = f"{worker_a.prefix}:claim:{URL}"
    assert 0 < worker_a.client.pttl(claim_key) <= 20_000
    worker_a.client.delete(claim_key)
    assert claimed(worker_b, URL, 30)
    assert not claimed(worker_a, URL, 30)


FINISHES: dict[str, Callable[[RedisRegistry], None]] = {
    "record_version": lambda registry: registry.record_version(item(), "run-1", {}),
    "record_unchanged": lambda registry: registry.record_unchanged(URL, None, None, None),
    "record_state": lambda registry: registry.record_state(URL, URL, "rejected", "run-1"),
    "record_done": lambda registry: registry.record_done(URL),
}


@pytest.mark.parametrize("finish", FINISHES.values(), ids=FINISHES.keys())
def test_finishing_an_article_releases_the_workers_claim(
    worker_a: RedisRegistry, worker_b: RedisRegistry, finish: Callable[[RedisRegistry], None]
) -> None:
    assert claimed(worker_a, URL, 30)
    finish(worker_b)  # another worker's outcome leaves A's claim alone
    assert not claimed(worker_b, URL, 30)
    finish(worker_a)
    assert claimed(worker_b, URL, 30)


def test_a_crawls_sources_are_every_run_of_the_crawl(
    worker_a: RedisRegistry, worker_b: RedisRegistry
) -> None:
    index, june = "https://theweek.com/sitemap.xml", "https://theweek.com/sitemap-2026-06.xml"
    worker_a.join_crawl("a-1", "crawl-2")
    worker_b.join_crawl("b-1", "crawl-2")
    worker_b.join_crawl("b-0", "crawl-1")
    worker_a.record_source("a-1", index, "2026-07-03T00:00:00+00:00")
    worker_b.record_source("b-1", SITEMAP, "2026-07-02T00:00:00+00:00")
    worker_b.record_source("b-0", june, "2026-06-30T00:00:00+00:00")  # an earlier crawl
    worker_b.record_source("solo", june, None)  # a run that joined no crawl
    both = {index: "2026-07-03T00:00:00+00:00", SITEMAP: "2026-07-02T00:00:00+00:00"}
    assert worker_a.source_lastmods("a-1") == worker_b.source_lastmods("b-1") == both
    assert worker_a.source_lastmods("b-0") == {june: "2026-06-30T00:00:00+00:00"}
    assert worker_a.source_lastmods("solo") == {june: None}


def test_where_runs_of_a_crawl_disagree_the_older_lastmod_counts(
    worker_a: RedisRegistry, worker_b: RedisRegistry
) -> None:
    for run_id, worker in (("a-1", worker_a), ("b-1", worker_b), ("b-2", worker_b)):
        worker.join_crawl(run_id, "crawl-1")
    worker_a.record_source("a-1", SITEMAP, "2026-07-03T00:00:00+00:00")
    worker_b.record_source("b-1", SITEMAP, "2026-07-02T00:00:00+00:00")
    worker_a.record_source("a-1", "https://theweek.com/sitemap.xml", "2026-07-03T00:00:00+00:00")
    worker_b.record_source("b-2", "https://theweek.com/sitemap.xml", None)
    assert worker_a.source_lastmods("a-1") == {
        SITEMAP: "2026-07-02T00:00:00+00:00",
        "https://theweek.com/sitemap.xml": None,
    }


# --- Snapshot, reset, restart -----------------------------------------------------------------------------


def test_copy_to_writes_a_sqlite_registry_the_export_can_read(
    worker_a: RedisRegistry, worker_b: RedisRegistry, snapshot: Registry, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(newscrawl.distributed.registry, "BATCH", 3)  # several batches of versions
    crawl_history(worker_a, tmp_path)
    worker_b.start_run("b-1", 21, "sitemaps")
    for n in range(7):
        url = f"https://theweek.com/news/{n}"
        worker_b.record_version(item(1, f"h{n}", url=url, canonical_url=url), "b-1", {})
    worker_a.copy_to(snapshot)
    assert snapshot.counts() == worker_a.counts()
    assert list(snapshot.versions()) == list(worker_a.versions())
    assert snapshot.runs() == [{k: v for k, v in run.items() if k != "worker"} for run in worker_a.runs()]
    assert snapshot.outputs("run-1") == worker_a.outputs("run-1")


def test_reset_deletes_this_registry_and_nothing_else(redis_server: RedisServer, tmp_path: Path) -> None:  # noqa: F811
    mine = open_registry(redis_server, WORKER_A, prefix="week[1]")  # a glob pattern, unless escaped
    neighbour = open_registry(redis_server, WORKER_A, prefix="week1")
    try:
        for registry in (mine, neighbour):
            crawl_history(registry, tmp_path)
            claimed(registry, OTHER, 30)
        mine.reset()
        client = redis_server.client()
        assert list(client.scan_iter(match="week\\[1\\]*")) == []
        assert mine.counts() == {"articles": 0, "versions": 0, "aliases": 0, "runs": 0}
        assert neighbour.counts()["articles"] == 2
        assert neighbour.outputs("run-1") == [(tmp_path / "out.jsonl", "jsonlines")]
    finally:
        mine.close()
        neighbour.close()


def test_the_registry_survives_a_redis_restart(
    worker_a: RedisRegistry,
    redis_server: RedisServer,  # noqa: F811 - pytest fixture injection
    tmp_path: Path,
) -> None:
    crawl_history(worker_a, tmp_path)
    before = answers(worker_a)
    redis_server.restart()
    assert answers(worker_a) == before  # the same client: it reconnects, and reloads its scripts
    worker_a.record_version(item(4, "h4"), "run-3", {})
    known = worker_a.lookup(LEGACY)
    assert known is not None
    assert known.version == 4


# --- Round trips ------------------------------------------------------------------------------------------


def command_calls(client: redis.Redis) -> dict[str, int]:
    stats = client.info("commandstats")
    return {name: int(stat["calls"]) for name, stat in stats.items() if name != "cmdstat_info"}


def test_lookup_of_an_unknown_url_is_one_command(worker_a: RedisRegistry, redis_server: RedisServer) -> None:  # noqa: F811
    client = redis_server.client()
    worker_a.lookup(URL)  # loads the script
    before = command_calls(client)
    assert worker_a.lookup("https://theweek.com/unknown") is None
    after = command_calls(client)
    # One command from the worker; inside it, the script reads article, alias and frontier.
    assert {name: calls - before.get(name, 0) for name, calls in after.items() if calls != before.get(name, 0)} == {
        "cmdstat_eval": 1, "cmdstat_hget": 3
    }  # fmt: skip


def test_a_claim_reads_the_registry_under_it_and_a_later_lookup_asks_again(
    worker_a: RedisRegistry, worker_b: RedisRegistry
) -> None:
    worker_b.record_version(item(8, "h8"), "run-8", {})
    claim = asyncio.run(worker_a.claim(URL, 30))
    assert claim.taken
    assert claim.known is not None
    assert (claim.known.status, claim.known.version) == ("done", 8), "read in the claim's round trip"
    assert asyncio.run(worker_a.claim(OTHER, 30)) == Claim(True, None)
    worker_b.record_version({**item(1, "h1"), "url": OTHER, "canonical_url": OTHER}, "run-9", {})
    known = worker_a.lookup(OTHER)
    assert known is not None
    assert known.version == 1


def test_a_crawls_registry_queues_its_writes_and_its_reads_see_them(redis_server: RedisServer) -> None:  # noqa: F811
    pipe = RedisPipe(redis_server.client())
    pipe.acquire()
    registry = RedisRegistry(pipe.client, PREFIX, WORKER_A, pipe)
    try:
        for version in range(1, 51):
            registry.record_version(item(version, f"h{version}"), "run-1", {"discovered_url": LEGACY})
        known = registry.lookup(LEGACY)
        assert known is not None
        assert known.version == 50
        assert registry.has_version(URL, 50)
        registry.record_state("k-failed", "u", "failed", "run-1")
    finally:
        registry.close()  # sends what is still queued
    assert pipe.closed
    assert [entry.key for entry in open_registry(redis_server, WORKER_A).unfinished(5)] == ["k-failed"]


def test_a_crawls_claim_goes_out_with_its_turns_writes_and_the_loop_goes_on_meanwhile(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    async def crawl_turn() -> tuple[bool, Claim]:
        pipe = RedisPipe(redis_server.client())
        pipe.acquire()
        pipe.batch_per_turn(asyncio.get_running_loop().call_later)  # as the LeasingScheduler sets it
        registry = RedisRegistry(pipe.client, PREFIX, WORKER_A, pipe)
        try:
            registry.record_version(item(3, "h3"), "run-1", {})  # queued ahead of the claim
            claim = asyncio.ensure_future(registry.claim(URL, 30))
            await asyncio.sleep(0)  # the claim is sent (held with the write); this coroutine runs on
            in_flight = not claim.done()
            return in_flight, await claim
        finally:
            registry.close()

    in_flight, claim = asyncio.run(crawl_turn())
    assert in_flight, "the loop went on while the claim waited for its reply"
    assert claim.taken
    assert claim.known is not None
    assert claim.known.version == 3, "the claim saw the write queued before it"


def test_a_cancelled_claim_leaves_the_pipe_working(redis_server: RedisServer) -> None:  # noqa: F811
    async def cancelled_then_used() -> Known | None:
        pipe = RedisPipe(redis_server.client())
        pipe.acquire()
        pipe.batch_per_turn(asyncio.get_running_loop().call_later)
        registry = RedisRegistry(pipe.client, PREFIX, WORKER_A, pipe)
        try:
            claim = asyncio.ensure_future(registry.claim(URL, 30))
            await asyncio.sleep(0)  # sent, held until the end of the turn
            claim.cancel()  # as Scrapy cancels what is pending at shutdown
            with pytest.raises(asyncio.CancelledError):
                await claim
            # The pipe's thread settled the claim's reply and goes on (a dead thread never answers:
            # the bound only keeps such a failure from hanging the suite).
            assert await asyncio.wait_for(asyncio.wrap_future(pipe.send("PING", now=True)), timeout=60)
            registry.record_version(item(4, "h4"), "run-1", {})
            return registry.lookup(URL)
        finally:
            registry.close()

    known = asyncio.run(cancelled_then_used())
    assert known is not None
    assert known.version == 4


@pytest.fixture
def round_trips(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[], object]], int]:
    """How many times a call writes to the server and waits: a pipeline is one send."""
    sent: list[bytes] = []
    send: Callable[..., None] = redis.connection.AbstractConnection.send_packed_command

    def counting(
        connection: redis.connection.AbstractConnection, command: Any, check_health: bool = True
    ) -> None:
        sent.append(command)
        send(connection, command, check_health)

    monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", counting)

    def count(call: Callable[[], object]) -> int:
        call()  # the first call loads the scripts
        sent.clear()
        call()
        return len(sent)

    return count


CALLS: dict[str, tuple[Callable[[RedisRegistry], object], int]] = {
    "lookup unknown": (lambda r: r.lookup("https://theweek.com/unknown"), 1),
    "lookup alias": (lambda r: r.lookup(LEGACY), 1),
    "record_version": (lambda r: r.record_version(item(5, "h5"), "run-1", {"discovered_url": LEGACY}), 1),
    "record_unchanged": (lambda r: r.record_unchanged(URL, None, "2026-07-09T00:00:00+00:00", LEGACY), 1),
    "add_alias": (lambda r: r.add_alias(LEGACY, URL), 1),
    "has_version": (lambda r: r.has_version(URL, 2), 1),
    "versions": (lambda r: list(r.versions()), 1),
    "record_state": (lambda r: r.record_state("k-failed", "u", "failed", "run-1"), 1),
    "record_done": (lambda r: r.record_done("k-open"), 1),
    "unfinished": (lambda r: r.unfinished(5), 1),
    "lookup_many of a sitemap": (
        lambda r: r.lookup_many([URL, LEGACY, *(f"{OTHER}-{n}" for n in range(998))]),
        2,
    ),
    "claim": (lambda r: claimed(r, OTHER, 30), 1),
    "start_run": (lambda r: r.start_run("run-4", 14, "sections"), 1),
    "finish_run": (lambda r: r.finish_run("run-4", "finished", True, {}), 1),
    "mark_crashed": (lambda r: r.mark_crashed("run-2"), 1),
    "interrupted_runs": (lambda r: r.interrupted_runs("run-3"), 1),
    "last_complete_run": (lambda r: r.last_complete_run(), 1),
    "runs": (lambda r: r.runs(), 1),
    "join_crawl": (lambda r: r.join_crawl("run-1", "crawl-1"), 1),
    "record_source": (lambda r: r.record_source("run-1", SITEMAP, None), 1),
    "source_lastmods alone": (lambda r: r.source_lastmods("run-2"), 1),
    "source_lastmods in a crawl": (lambda r: r.source_lastmods("run-1"), 2),
    "record_output": (lambda r: r.record_output("run-1", Path("out.jsonl"), "jsonlines"), 1),
    "outputs": (lambda r: r.outputs("run-1"), 1),
    "counts": (lambda r: r.counts(), 1),
}


@pytest.mark.parametrize(("call", "expected"), CALLS.values(), ids=CALLS.keys())
def test_round_trips_per_call(
    worker_a: RedisRegistry, tmp_path: Path, round_trips: Callable[[Callable[[], object]], int],
    call: Callable[[RedisRegistry], object], expected: int,
) -> None:  # fmt: skip
    crawl_history(worker_a, tmp_path)
    for run_id in ("run-1", "run-3"):
        worker_a.join_crawl(run_id, "crawl-1")
    assert round_trips(lambda: call(worker_a)) == expected


def test_a_requested_url_is_recorded_in_sqlite_but_left_to_the_shared_queue_on_redis(
    worker_a: RedisRegistry, sqlite: Registry
) -> None:
    for registry in (worker_a, sqlite):
        registry.record_requested(
            "https://theweek.com/politics/a", "https://theweek.com/politics/a", "run-1", None
        )
    assert [entry.status for entry in sqlite.unfinished(5)] == ["requested"]
    assert worker_a.unfinished(5) == []
    assert worker_a.lookup("https://theweek.com/politics/a") is None
