"""End to end: a crawl whose scheduler queue spills to disk (newscrawl.spillqueue) misses nothing."""

from __future__ import annotations

import re
import signal
import subprocess
import time
from typing import TYPE_CHECKING

import pytest

from newscrawl.spillqueue import SPILL_DIR
from replica import Replica
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items, run_crawl

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.e2e

TINY = ("-s", "SPILLQUEUE_MEMORY_REQUESTS=5")


def stat(log: str, name: str) -> int:
    found = re.search(rf"'newscrawl/spillqueue/{name}': (\d+)", log)
    return int(found.group(1)) if found else 0


def test_a_crawl_that_spills_gives_the_items_of_one_that_does_not(tmp_path: Path) -> None:
    with Replica.start(seed=7, articles=80) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        default = run_crawl(replica.base_url, tmp_path / "default", tmp_path / "default.jsonl")
        spilled = run_crawl(replica.base_url, tmp_path / "spilled", tmp_path / "spilled.jsonl", *TINY)
    assert default.returncode == 0, default.stderr[-3000:]
    assert spilled.returncode == 0, spilled.stderr[-3000:]
    assert stat(default.stderr, "spilled") == 0
    assert stat(spilled.stderr, "spilled") > 0
    assert stat(spilled.stderr, "peak_on_disk") > 0
    assert stat(spilled.stderr, "unspillable") == stat(spilled.stderr, "lost") == 0

    def records(path: Path) -> set[tuple[str, str]]:
        return {(item["canonical_url"], item["content_hash"]) for item in read_items(path)}

    assert {url for url, _ in records(tmp_path / "spilled.jsonl")} == oracle
    assert records(tmp_path / "spilled.jsonl") == records(tmp_path / "default.jsonl")
    assert len(read_items(tmp_path / "spilled.jsonl")) == len(oracle)
    assert not list((tmp_path / "spilled" / SPILL_DIR).iterdir())


def test_a_killed_runs_spill_is_removed_and_its_requests_come_from_the_frontier(tmp_path: Path) -> None:
    state, first, second = tmp_path / "state", tmp_path / "killed.jsonl", tmp_path / "rerun.jsonl"
    with Replica.start(seed=5, articles=300) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        process = subprocess.Popen(
            crawl_command(replica.base_url, state, first, *TINY), cwd=PROJECT, env=crawl_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while not list(state.glob(f"{SPILL_DIR}/*/*.queue")) and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        [left] = state.glob(f"{SPILL_DIR}/*")
        assert list(left.glob("*.queue")), "the killed run had spilled"
        rerun = run_crawl(replica.base_url, state, second, *TINY)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert not left.exists()
    urls = [item["canonical_url"] for item in read_items(first) + read_items(second)]
    assert sorted(urls) == sorted(oracle)
