"""The article registry: versions, aliases, frontier, runs, read-only use.

The backend-independent tests run on both registries: SQLite (newscrawl.registry) and Redis
(newscrawl.distributed.registry, on a real redis-server), which must behave alike.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest

from newscrawl.distributed.registry import RedisRegistry
from newscrawl.registry import Registry, parse_time
from tests.redisserver import redis_server  # noqa: F401 - the fixture, for getfixturevalue

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.redisserver import RedisServer

AnyRegistry = Registry | RedisRegistry

URL = "https://theweek.com/politics/a"


def item(version: int = 1, content_hash: str = "h1", **fields: Any) -> dict[str, Any]:
    return {
        "url": URL, "canonical_url": URL, "title": "A", "body": "Text", "published_at": "2026-07-01T08:00:00+00:00",
        "modified_at": "2026-07-01T09:00:00+00:00", "fetched_at": "2026-07-02T00:00:00+00:00",
        "content_hash": content_hash, "version": version, **fields,
    }  # fmt: skip


@pytest.fixture
def sqlite_registry(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(tmp_path)
    yield registry
    registry.close()


@pytest.fixture(params=["sqlite", "redis"])
def registry(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AnyRegistry]:
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_registry")
        return
    server: RedisServer = request.getfixturevalue("redis_server")
    registry = RedisRegistry(server.client(), "newscrawl:test:registry", "host-a:/var/lib/newscrawl")
    yield registry
    registry.close()


def query(registry: AnyRegistry, tmp_path: Path, sql: str) -> list[sqlite3.Row]:
    """SQL over the registry's tables: SQLite's own, or the snapshot a Redis registry copies out."""
    if isinstance(registry, Registry):
        return registry.db.execute(sql).fetchall()
    snapshot = Registry.open(tmp_path / "snapshot")
    try:
        registry.copy_to(snapshot)
        return snapshot.db.execute(sql).fetchall()
    finally:
        snapshot.close()


def test_unknown_url_has_no_record(registry: AnyRegistry) -> None:
    assert registry.lookup(URL) is None


def test_recorded_version_is_known_with_its_hash_and_dates(registry: AnyRegistry, tmp_path: Path) -> None:
    registry.record_version(item(), "run-1", {"source_id": "Sb7kQwTe2mXcR9vLpN4aZh"})
    known = registry.lookup(URL)
    assert known is not None
    assert (known.status, known.version, known.content_hash) == ("done", 1, "h1")
    assert known.freshness == datetime(2026, 7, 1, 9, tzinfo=UTC)
    (row,) = query(registry, tmp_path, "SELECT source_id, run_id, first_seen FROM articles")
    assert (row["source_id"], row["run_id"]) == ("Sb7kQwTe2mXcR9vLpN4aZh", "run-1")


def test_newer_hint_makes_a_known_article_stale(registry: AnyRegistry) -> None:
    registry.record_version(item(), "run-1", {})
    known = registry.lookup(URL)
    assert known is not None
    assert not known.is_stale(None)
    assert not known.is_stale(parse_time("2026-07-01T09:00:00Z"))
    assert known.is_stale(parse_time("2026-07-03"))


def test_touch_remembers_the_hint_so_the_same_date_is_not_stale_again(registry: AnyRegistry) -> None:
    registry.record_version(item(), "run-1", {})
    registry.record_unchanged(URL, None, "2026-07-05T00:00:00+00:00", None)
    known = registry.lookup(URL)
    assert known is not None
    assert not known.is_stale(parse_time("2026-07-05T00:00:00+00:00"))


def test_versions_keep_history_and_article_row_keeps_latest(registry: AnyRegistry) -> None:
    registry.record_version(item(1, "h1"), "run-1", {})
    registry.record_version(item(2, "h2", title="A, revised"), "run-3", {})
    assert [(v["version"], v["title"]) for v in registry.versions()] == [(1, "A"), (2, "A, revised")]
    known = registry.lookup(URL)
    assert known is not None
    assert (known.version, known.content_hash) == (2, "h2")


def test_an_older_version_never_overwrites_a_newer_one(registry: AnyRegistry) -> None:
    registry.record_version(item(2, "h2"), "run-3", {})
    registry.record_version(item(1, "h1"), "run-1", {})  # reconciled late from a crashed run's output
    known = registry.lookup(URL)
    assert known is not None
    assert known.version == 2
    assert registry.has_version(URL, 1)


def test_alias_resolves_to_its_article(registry: AnyRegistry) -> None:
    registry.record_version(item(), "run-1", {"discovered_url": "https://theweek.com/articles/470590/a"})
    known = registry.lookup("https://theweek.com/articles/470590/a")
    assert known is not None
    assert known.canonical_url == URL


def test_frontier_requested_and_failed_are_unfinished_until_done(registry: AnyRegistry) -> None:
    registry.record_state("k1", "u1", "requested", "run-1", discovered_date="2026-07-01T00:00:00+00:00")
    registry.record_state("k2", "u2", "failed", "run-1", reason="TimeoutError")
    registry.record_state("k3", "u3", "rejected", "run-1")
    assert {entry.key for entry in registry.unfinished(max_attempts=5)} == {"k1", "k2"}
    registry.record_done("k1")
    assert {entry.key for entry in registry.unfinished(max_attempts=5)} == {"k2"}


def test_failed_url_is_retried_up_to_max_attempts(registry: AnyRegistry) -> None:
    for _ in range(3):
        registry.record_state("k", "u", "failed", "run")
    assert registry.unfinished(max_attempts=3) == []
    assert [e.attempts for e in registry.unfinished(max_attempts=4)] == [3]


def test_recording_an_article_clears_its_frontier_entry(registry: AnyRegistry) -> None:
    registry.record_state(URL, URL, "requested", "run-1")
    registry.record_version(item(), "run-1", {"discovered_url": URL})
    assert registry.unfinished(max_attempts=5) == []


def test_listing_marks_survive_settling(registry: AnyRegistry) -> None:
    registry.record_state("https://theweek.com/culture-life/food-drink", "u", "listing", "run-1")
    registry.record_done("https://theweek.com/culture-life/food-drink")
    known = registry.lookup("https://theweek.com/culture-life/food-drink")
    assert known is not None
    assert known.status == "listing"


def test_runs_interrupted_and_complete(registry: AnyRegistry) -> None:
    registry.start_run("run-1", 1, "sections")
    registry.start_run("run-2", 2, "sections")
    assert registry.interrupted_runs(current="run-2") == ["run-1"]
    registry.mark_crashed("run-1")
    assert registry.last_complete_run() is None
    registry.finish_run("run-2", "finished", True, {"exported": 3})
    assert registry.last_complete_run() == "run-2"
    assert registry.interrupted_runs(current="run-3") == []


def test_sources_and_outputs_are_per_run(registry: AnyRegistry, tmp_path: Path) -> None:
    registry.record_source("run-1", "https://theweek.com/sitemap-2026-07.xml", "2026-07-02T00:00:00+00:00")
    registry.record_output("run-1", tmp_path / "out.jsonl", "jsonlines")
    assert registry.source_lastmods("run-1") == {
        "https://theweek.com/sitemap-2026-07.xml": "2026-07-02T00:00:00+00:00"
    }
    assert registry.outputs("run-1") == [(tmp_path / "out.jsonl", "jsonlines")]
    assert registry.source_lastmods("run-2") == {}


def test_readonly_registry_reads_but_cannot_write(sqlite_registry: Registry, tmp_path: Path) -> None:
    sqlite_registry.record_version(item(), "run-1", {})
    reader = Registry.open(tmp_path, readonly=True)
    try:
        assert reader.counts()["articles"] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.record_state("k", "u", "requested", "run")
    finally:
        reader.close()


def test_readonly_open_of_a_missing_registry_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no registry"):
        Registry.open(tmp_path / "nowhere", readonly=True)


def test_registry_from_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Registry.open(tmp_path).close()
    db = sqlite3.connect(tmp_path / "registry.sqlite3")
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(RuntimeError, match="newer newscrawl"):
        Registry.open(tmp_path)


def test_gone_urls_are_not_retried_but_stay_known(registry: AnyRegistry) -> None:
    registry.record_state("k", "u", "gone", "run-1", reason="HttpError 404")
    assert registry.unfinished(max_attempts=5) == []
    known = registry.lookup("k")
    assert known is not None
    assert known.status == "gone"


def test_a_schema_1_registry_is_migrated_and_its_pending_urls_are_requested(tmp_path: Path) -> None:
    path = tmp_path / "registry.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """CREATE TABLE frontier (key TEXT PRIMARY KEY, url TEXT NOT NULL, status TEXT NOT NULL CHECK
             (status IN ('pending', 'failed', 'gone', 'rejected', 'listing')), hint_at TEXT,
             attempts INTEGER NOT NULL DEFAULT 0, reason TEXT, run_id TEXT NOT NULL, updated_at TEXT NOT NULL);
           INSERT INTO frontier VALUES ('k1', 'u1', 'pending', NULL, 0, NULL, 'run-0', '2026-07-01T00:00:00+00:00');
           INSERT INTO frontier VALUES ('k2', 'u2', 'failed', NULL, 1, 'timeout', 'run-0', '2026-07-01T00:00:01+00:00');
           PRAGMA user_version = 1;"""
    )
    old.close()
    registry = Registry(path)
    try:
        assert [(entry.key, entry.status) for entry in registry.unfinished(5)] == [
            ("k1", "requested"),
            ("k2", "failed"),
        ]
        registry.record_requested("k3", "u3", "run-1", None)  # the new CHECK takes the new name
        assert registry.db.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        registry.close()


def test_every_column_of_a_version_and_its_article_is_written(registry: AnyRegistry, tmp_path: Path) -> None:
    """What the export and the next run read back, column by column (mutation testing found them
    unchecked): the version's own columns, the article row, and the page URL when it differs."""
    page = f"{URL}?utm_source=feed"
    registry.record_version(item(url=page, section="Politics", article_type="Speed Read"), "run-1",
                            {"discovered_date": "2026-07-01T10:00:00+00:00", "discovered_url": f"{URL}/"})  # fmt: skip
    (version,) = query(registry, tmp_path, "SELECT * FROM versions")
    assert (version["published_at"], version["section"], version["article_type"], version["fetched_at"]) == (
        "2026-07-01T08:00:00+00:00", "Politics", "Speed Read", "2026-07-02T00:00:00+00:00",
    )  # fmt: skip
    (article,) = query(registry, tmp_path, "SELECT * FROM articles")
    assert (article["url"], article["published_at"], article["modified_at"], article["hint_at"]) == (
        page, "2026-07-01T08:00:00+00:00", "2026-07-01T09:00:00+00:00", "2026-07-01T10:00:00+00:00",
    )  # fmt: skip
    assert registry.lookup(f"{URL}/") is not None, "the key it was discovered as is an alias"


def test_a_version_without_fetch_time_is_stamped_when_recorded(sqlite_registry: Registry) -> None:
    record = item()
    del record["fetched_at"]
    sqlite_registry.record_version(record, "run-1", {})
    (row,) = sqlite_registry.db.execute("SELECT fetched_at, item FROM versions").fetchall()
    assert datetime.fromisoformat(row["fetched_at"]).tzinfo is not None


def test_a_failed_write_leaves_no_half_record(sqlite_registry: Registry) -> None:
    sqlite_registry.record_version(item(), "run-1", {})
    with pytest.raises(sqlite3.IntegrityError):
        sqlite_registry.record_version(item(version=2, content_hash=None), "run-2", {})  # type: ignore[arg-type]
    assert [row["version"] for row in sqlite_registry.db.execute("SELECT version FROM versions")] == [1]
    sqlite_registry.record_version(
        item(version=2, content_hash="h2"), "run-2", {}
    )  # no transaction left open


def test_only_a_failure_counts_an_attempt(registry: AnyRegistry) -> None:
    for status in ("requested", "rejected", "gone", "listing"):
        registry.record_state(f"k-{status}", "u", status, "run-1")
    registry.record_state("k-failed", "u", "failed", "run-1")
    attempts = {entry.key: entry.attempts for entry in registry.unfinished(max_attempts=5)}
    assert attempts == {"k-requested": 0, "k-failed": 1}
    known = registry.lookup("k-gone")
    assert known is not None
    assert (known.canonical_url, known.status, known.attempts) == ("k-gone", "gone", 0)


def test_a_frontier_entry_is_as_fresh_as_its_date(registry: AnyRegistry) -> None:
    registry.record_state("k", "u", "rejected", "run-1", discovered_date="2026-07-03T00:00:00+00:00")
    known = registry.lookup("k")
    assert known is not None
    assert known.freshness == datetime(2026, 7, 3, tzinfo=UTC)


def test_counts_name_every_table_and_frontier_state(sqlite_registry: Registry) -> None:
    sqlite_registry.record_version(item(), "run-1", {"discovered_url": f"{URL}/"})
    sqlite_registry.record_version(item(version=2, content_hash="h2"), "run-2", {})
    sqlite_registry.start_run("run-1", 1, "feeds")
    sqlite_registry.record_state("k", "u", "failed", "run-1")
    assert sqlite_registry.counts() == {
        "articles": 1,
        "versions": 2,
        "aliases": 1,
        "runs": 1,
        "frontier_failed": 1,
    }


def test_a_run_summary_is_stored_with_sorted_keys(sqlite_registry: Registry) -> None:
    sqlite_registry.start_run("run-1", 1, "feeds")
    sqlite_registry.finish_run("run-1", "finished", True, {"b": 1, "a": 2})
    (run,) = sqlite_registry.runs()
    assert run["summary"] == '{"a": 2, "b": 1}'
    assert (run["status"], run["complete"]) == ("finished", 1)


def test_a_registry_of_the_current_schema_opens_again(tmp_path: Path) -> None:
    Registry.open(tmp_path).close()
    Registry.open(tmp_path).close()  # the next run of the same state directory
    Registry.open(tmp_path, readonly=True).close()


def test_a_requested_url_is_unfinished_with_the_date_it_was_discovered_with(
    sqlite_registry: Registry,
) -> None:
    sqlite_registry.record_requested(URL, f"{URL}?from=feed", "run-1", "2026-07-05T00:00:00+00:00")
    [entry] = sqlite_registry.unfinished(max_attempts=5)
    assert (entry.key, entry.url, entry.status, entry.discovered_date, entry.attempts) == (
        URL, f"{URL}?from=feed", "requested", "2026-07-05T00:00:00+00:00", 0,
    )  # fmt: skip


def test_an_unchanged_fetch_under_another_url_makes_that_url_an_alias(registry: AnyRegistry) -> None:
    registry.record_version(item(), "run-1", {})
    registry.record_requested("https://theweek.com/articles/1/old", "u", "run-2", None)
    registry.record_unchanged(URL, None, None, "https://theweek.com/articles/1/old")
    known = registry.lookup("https://theweek.com/articles/1/old")
    assert known is not None
    assert known.canonical_url == URL


def test_pruning_forgets_old_runs_sources_and_summaries_but_keeps_their_rows_and_outputs(
    sqlite_registry: Registry, tmp_path: Path
) -> None:
    runs = [f"run-{n}" for n in range(1, 7)]
    for n, run in enumerate(runs, 1):
        sqlite_registry.start_run(run, n, "sections")
        sqlite_registry.record_source(
            run, "https://theweek.com/sitemap-2026-07.xml", f"2026-07-0{n}T00:00:00+00:00"
        )
        sqlite_registry.record_output(run, tmp_path / f"{run}.jsonl", "jsonlines")
        if run != "run-4":  # killed: still running, the next run's recovery needs it whole
            sqlite_registry.finish_run(run, "finished", complete=run == "run-2", summary={"exported": n})
    keep = 2
    assert sqlite_registry.prune_runs(keep) == 2  # run-1 and run-3; run-2 is the last complete run
    kept = {"run-2", "run-4", *runs[-keep:]}
    for run in runs:
        assert bool(sqlite_registry.source_lastmods(run)) == (run in kept), run
        assert sqlite_registry.outputs(run) == [(tmp_path / f"{run}.jsonl", "jsonlines")], run
    assert [r["run_id"] for r in sqlite_registry.runs()] == runs  # the history stays
    assert [r["run_id"] for r in sqlite_registry.runs() if r["summary"] is None] == [
        "run-1",
        "run-3",
        "run-4",
    ]
    assert sqlite_registry.last_complete_run() == "run-2"
    assert sqlite_registry.interrupted_runs(current="run-7") == ["run-4"]
    assert sqlite_registry.prune_runs(keep) == 0
