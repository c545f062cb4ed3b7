"""Group commit (newscrawl.groupcommit): lines at once, fsync and registry records per batch, in order."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from typing import TYPE_CHECKING

import pytest
from scrapy.utils.test import get_crawler

from newscrawl.feedstorage import LineDurableFile
from newscrawl.groupcommit import GroupCommit, commit_for
from newscrawl.registry import Registry
from replica import Replica
from tests.conftest import project_settings
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items, run_crawl

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy.crawler import Crawler

URL = "http://127.0.0.1:1/politics/a"
ITEM = {"canonical_url": URL, "url": "http://127.0.0.1:1/politics/a",
        "version": 1, "content_hash": "h1", "title": "A"}  # fmt: skip


@pytest.fixture
def crawler() -> Crawler:
    return get_crawler(settings_dict=project_settings())


class Guard:
    """A fault latch that only remembers (the crawl's own closes the spider, which needs an engine)."""

    def __init__(self) -> None:
        self.fault: str | None = None

    @property
    def tripped(self) -> bool:
        return self.fault is not None

    def trip(self, path: Path | str, error: BaseException) -> None:
        self.fault = f"{path}: {error}"


def batched(crawler: Crawler, registry: Registry | None = None, guard: Guard | None = None) -> GroupCommit:
    """A group commit whose cycles only run when the test says (no loop started)."""
    commit = GroupCommit(crawler, interval=60, max_lines=1000, fsync=True, guard=guard or Guard())
    if registry is not None:
        registry.guard = commit.guard
        registry.begin_batches()
        commit.registry = registry
    return commit


def articles_seen_by_another_process(path: Path) -> int:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_a_line_reaches_the_file_at_once_and_its_record_waits_for_the_flush(
    crawler: Crawler, tmp_path: Path
) -> None:
    registry = Registry.open(tmp_path)
    commit = batched(crawler, registry)
    recorded: list[str] = []
    with LineDurableFile(tmp_path / "out.jsonl", "a", True, None, commit) as feed:
        feed.write(b'{"a": 1}\n')
        commit.when_durable(lambda: recorded.append("a"))
        commit.when_durable(lambda: registry.record_version(ITEM, "run", {}))
        assert (tmp_path / "out.jsonl").read_bytes() == b'{"a": 1}\n'  # a kill -9 now loses no line
        assert recorded == []
        assert registry.lookup(URL) is None
        commit.flush()
        assert recorded == ["a"]
    assert articles_seen_by_another_process(registry.path) == 1
    registry.close()


def test_batched_registry_writes_are_read_back_at_once_and_committed_by_the_cycle(
    crawler: Crawler, tmp_path: Path
) -> None:
    registry = Registry.open(tmp_path)
    commit = batched(crawler, registry)
    registry.record_version(ITEM, "run", {})
    assert registry.lookup(URL) is not None  # the crawl sees its own writes
    assert articles_seen_by_another_process(registry.path) == 0  # a kill now loses them: seen again
    commit.flush()
    assert articles_seen_by_another_process(registry.path) == 1
    registry.close()


def test_the_run_record_is_committed_at_once_even_in_batch_mode(crawler: Crawler, tmp_path: Path) -> None:
    registry = Registry.open(tmp_path)
    batched(crawler, registry)
    registry.start_run("run", 1, "sections")
    registry.record_output("run", tmp_path / "out.jsonl", "jsonl")
    registry.close()  # no cycle ran
    readonly = Registry.open(tmp_path, readonly=True)
    assert readonly.interrupted_runs("other") == ["run"]
    assert readonly.outputs("run") == [(tmp_path / "out.jsonl", "jsonl")]
    readonly.close()


def test_a_failed_fsync_trips_the_latch_and_records_nothing(crawler: Crawler, tmp_path: Path) -> None:
    read_end, write_end = os.pipe()  # fsync of a pipe fails (EINVAL): a disk that refuses the sync

    class Pipe:
        path = tmp_path / "pipe"

        def fileno(self) -> int:
            return write_end

    registry, guard = Registry.open(tmp_path), Guard()
    commit = batched(crawler, registry, guard)
    commit.written(Pipe())
    commit.when_durable(lambda: registry.record_version(ITEM, "run", {}))
    commit.flush()
    assert guard.fault is not None
    assert "Invalid argument" in guard.fault
    registry.close()
    os.close(read_end)
    os.close(write_end)
    assert articles_seen_by_another_process(registry.path) == 0


def test_immediate_mode_fsyncs_and_records_at_once(crawler: Crawler, tmp_path: Path) -> None:
    commit = GroupCommit(crawler, interval=0, max_lines=1, fsync=True, guard=Guard())
    recorded: list[int] = []
    commit.when_durable(lambda: recorded.append(1))
    assert recorded == [1]


def test_a_distributed_crawl_records_each_article_as_soon_as_its_line_is_written() -> None:
    """Other workers act on the shared registry at once: a killed worker's held records would be
    emitted again by them (tests/test_e2e_distributed.py)."""
    shared = get_crawler(settings_dict={**project_settings(), "REDIS_URL": "redis://127.0.0.1:1/0"})
    local = get_crawler(settings_dict=project_settings())
    assert commit_for(shared).immediate
    assert not commit_for(local).immediate


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.e2e
def test_a_killed_crawl_records_no_article_before_its_line_is_fsynced_and_the_next_run_loses_none(
    tmp_path: Path,
) -> None:
    """No cycle runs before the kill (an hour's interval): the killed run's lines are all in its feed,
    none of its articles is in the registry, and the next run reconciles them, emitting each once."""
    state, first, second = tmp_path / "state", tmp_path / "killed.jsonl", tmp_path / "rerun.jsonl"
    hold = ("-s", "GROUP_COMMIT_INTERVAL=3600", "-s", "GROUP_COMMIT_LINES=1000000")
    with Replica.start(seed=5, articles=150) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        process = subprocess.Popen(
            crawl_command(replica.base_url, state, first, *hold), cwd=PROJECT, env=crawl_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            while line_count(first) < 30 and process.poll() is None:
                time.sleep(0.05)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        killed = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
        assert 30 <= len(killed) < len(oracle), "the crawl was not killed mid-way"
        assert articles_seen_by_another_process(state / "registry.sqlite3") == 0
        rerun = run_crawl(replica.base_url, state, second)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
    urls = [item["canonical_url"] for item in killed] + [item["canonical_url"] for item in read_items(second)]
    assert sorted(urls) == sorted(oracle)
