"""Recurring crawls end to end: the real `scrapy crawl week` run after run on one state directory.

The issue's sequence: run 1 emits everything; run 2 over the unchanged replica emits nothing and
fetches no article page; after one article changes and one is added, run 3 emits exactly those two
(versions 2 and 1); a kill -9 mid-run followed by a re-run gives every article exactly once; a
second run while one is running is refused at once."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from newscrawl.registry import Registry
from replica import Replica
from tests.crawling import PROJECT, assert_summaries_add_up, crawl_command, crawl_env, read_items, run_crawl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.e2e

REVISED = 10  # oracle index of the article the replica revises before run 3


@dataclass
class Run:
    items: list[dict[str, Any]]
    requests: list[str]
    returncode: int
    log: str

    def summary(self, state: Path) -> dict[str, Any]:
        run_id = next(line for line in self.log.splitlines() if "'newscrawl/run/id'" in line).split("'")[3]
        return dict(json.loads((state / "runs" / run_id / "summary.json").read_text(encoding="utf-8")))


def article_paths(replica: Replica) -> set[str]:
    paths = set()
    for article in replica.site.oracle:
        paths.add(urlsplit(article.url).path)
        paths.update(urlsplit(alias).path for alias in article.aliases)
    return paths


def crawl(replica: Replica, state: Path, output: Path, *extra: str) -> Run:
    replica.requests.reset()
    result = run_crawl(replica.base_url, state, output, *extra)
    requests = [urlsplit(path).path for method, path in replica.requests.snapshot() if method == "GET"]
    return Run(read_items(output), requests, result.returncode, result.stderr)


@dataclass
class Sequence:
    replica: Replica
    state: Path
    runs: list[Run]
    base_oracle: set[str]
    paths_before: set[str]


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sequence]:
    work = tmp_path_factory.mktemp("incremental")
    state = work / "state"
    with Replica.start(seed=11, articles=60) as replica:
        base_oracle = {article.canonical_url for article in replica.site.oracle}
        paths_before = article_paths(replica)
        run1 = crawl(replica, state, work / "run1.jsonl")
        run2 = crawl(replica, state, work / "run2.jsonl")
        replica.rebuild(revisions={REVISED: 1}, extra_articles=1)
        run3 = crawl(replica, state, work / "run3.jsonl")
        run4 = crawl(replica, state, work / "run4.jsonl")
        yield Sequence(replica, state, [run1, run2, run3, run4], base_oracle, paths_before)


def test_every_run_exits_zero(sequence: Sequence) -> None:
    for number, run in enumerate(sequence.runs, 1):
        assert run.returncode == 0, f"run {number}: {run.log[-3000:]}"


def test_every_run_accounts_for_every_discovered_url(sequence: Sequence) -> None:
    assert assert_summaries_add_up(sequence.state) == 4


def test_run1_emits_every_article_once_as_version_1(sequence: Sequence) -> None:
    items = sequence.runs[0].items
    assert sorted(item["canonical_url"] for item in items) == sorted(sequence.base_oracle)
    assert {item["version"] for item in items} == {1}


def test_run2_over_an_unchanged_site_emits_nothing_and_fetches_no_article(sequence: Sequence) -> None:
    run2 = sequence.runs[1]
    assert run2.items == []
    assert [path for path in run2.requests if path in sequence.paths_before] == []
    assert len(run2.requests) < len(sequence.runs[0].requests) / 3
    summary = run2.summary(sequence.state)
    assert (summary["exported"], summary["fetched"], summary["new"], summary["updated"]) == (0, 0, 0, 0)
    assert summary["unchanged"] == summary["discovered"] > 0
    assert summary["unaccounted"] == 0


def test_run3_emits_exactly_the_changed_and_the_new_article(sequence: Sequence) -> None:
    oracle = sequence.replica.site.oracle
    revised = oracle_by_index(sequence, REVISED)
    [added] = [article for article in oracle if article.canonical_url not in sequence.base_oracle]
    got = {item["canonical_url"]: item for item in sequence.runs[2].items}
    assert set(got) == {revised.canonical_url, added.canonical_url}
    assert got[revised.canonical_url]["version"] == 2
    assert got[added.canonical_url]["version"] == 1
    assert got[revised.canonical_url]["body"] == "\n\n".join(revised.body_paragraphs)
    assert got[revised.canonical_url]["modified_at"] == revised.modified_at


def test_run3_fetches_only_the_pages_it_emits(sequence: Sequence) -> None:
    article_requests = [path for path in sequence.runs[2].requests if path in article_paths(sequence.replica)]
    assert len(article_requests) == 2
    summary = sequence.runs[2].summary(sequence.state)
    assert (summary["new"], summary["updated"], summary["fetched"]) == (1, 1, 2)


def test_run4_after_the_change_emits_nothing_again(sequence: Sequence) -> None:
    run4 = sequence.runs[3]
    assert run4.items == []
    assert [path for path in run4.requests if path in article_paths(sequence.replica)] == []


def test_registry_holds_every_version_and_each_run(sequence: Sequence) -> None:
    registry = Registry.open(sequence.state, readonly=True)
    try:
        counts = registry.counts()
        assert counts["articles"] == len(sequence.base_oracle) + 1
        assert counts["versions"] == len(sequence.base_oracle) + 2
        runs = registry.runs()
        assert [run["status"] for run in runs] == ["finished"] * 4
        assert all(run["complete"] for run in runs)
    finally:
        registry.close()


def oracle_by_index(sequence: Sequence, index: int) -> Any:
    site = sequence.replica.site
    return site.oracle_for(site.model.metas[index])


def wait_for(predicate: Any, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_kill_9_mid_run_then_rerun_gives_every_article_exactly_once(tmp_path: Path) -> None:
    state, first, second = tmp_path / "state", tmp_path / "killed.jsonl", tmp_path / "rerun.jsonl"
    with Replica.start(seed=5, articles=400) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        process = subprocess.Popen(
            crawl_command(replica.base_url, state, first), cwd=PROJECT, env=crawl_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for(lambda: line_count(first) >= 60)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        killed = first.read_text(encoding="utf-8").splitlines()
        assert 60 <= len(killed) < len(oracle), "the crawl was not killed mid-way"
        assert all(json.loads(line) for line in killed), "every line the killed run wrote parses"
        rerun = run_crawl(replica.base_url, state, second)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert "was interrupted" in rerun.stderr
    urls = [json.loads(line)["canonical_url"] for line in killed] + [
        item["canonical_url"] for item in read_items(second)
    ]
    assert sorted(urls) == sorted(oracle)
    assert assert_summaries_add_up(state) == 1  # the killed run wrote none


def test_a_second_run_while_one_runs_is_refused_at_once(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Replica.start(seed=2, articles=300) as replica:
        first = subprocess.Popen(
            crawl_command(replica.base_url, state, tmp_path / "first.jsonl"), cwd=PROJECT, env=crawl_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for(lambda: line_count(tmp_path / "first.jsonl") >= 1)
            second = run_crawl(replica.base_url, state, tmp_path / "second.jsonl")
            assert first.poll() is None, "the first run should still be running"
        finally:
            first_code = first.wait(timeout=300)
    assert second.returncode == 4
    assert second.stderr.strip().count("\n") == 0, second.stderr
    assert "another crawl holds" in second.stderr
    assert not (tmp_path / "second.jsonl").exists()
    assert first_code == 0


def test_discover_feeds_only_reads_no_listing_or_sitemap(tmp_path: Path) -> None:
    with Replica.start(seed=4, articles=40) as replica:
        run = crawl(replica, tmp_path / "state", tmp_path / "out.jsonl", "-a", "discover=feeds")
        assert run.returncode == 0, run.log[-2000:]
        assert assert_summaries_add_up(tmp_path / "state") == 1
        assert not any(path.startswith("/sitemap") for path in run.requests)
        assert "/politics" not in run.requests
        assert run.items
        feed_body = replica.site.response("/feeds.xml")[2].decode()
        assert all(item["canonical_url"] in feed_body or item["url"] in feed_body for item in run.items)


def test_since_backfills_a_date_window_through_the_monthly_sitemaps(tmp_path: Path) -> None:
    with Replica.start(seed=4, articles=120) as replica:
        dates = sorted(article.published_at for article in replica.site.oracle)
        since = dates[len(dates) // 2][:10]
        run = crawl(
            replica,
            tmp_path / "state",
            tmp_path / "out.jsonl",
            "-a",
            "discover=sitemaps",
            "-a",
            f"since={since}",
        )
        assert run.returncode == 0, run.log[-2000:]
        assert assert_summaries_add_up(tmp_path / "state") == 1
        expected = {a.canonical_url for a in replica.site.oracle if a.published_at[:10] >= since}
        assert {item["canonical_url"] for item in run.items} == expected
        months = {
            path for path in run.requests if path.startswith("/sitemap-") and path[9:16].count("-") == 1
        }
        assert months, "monthly sitemaps were read"
        assert all(path[9:16] >= since[:7] for path in months if path[9:13].isdigit())


def test_items_written_but_not_recorded_by_a_killed_run_are_reconciled_not_repeated(tmp_path: Path) -> None:
    """The kill fell between writing items and recording them: the next run must not emit them again."""
    with Replica.start(seed=8, articles=40) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        reference = crawl(replica, tmp_path / "reference-state", tmp_path / "reference.jsonl")
        assert reference.returncode == 0, reference.log[-2000:]
        # A state directory as a killed run leaves it: the run still "running", its output holding
        # 15 whole lines the registry never recorded and a partial 16th.
        state, killed = tmp_path / "state", tmp_path / "killed.jsonl"
        lines = (tmp_path / "reference.jsonl").read_bytes().splitlines(keepends=True)
        killed.write_bytes(b"".join(lines[:15]) + lines[15][:40])
        registry = Registry.open(state)
        registry.start_run("20260101T000000Z-1", 1, "sections,sitemaps,feeds")
        registry.record_output("20260101T000000Z-1", killed, "jsonl")
        registry.close()

        rerun = crawl(replica, state, tmp_path / "rerun.jsonl")
    assert rerun.returncode == 0, rerun.log[-2000:]
    assert "15 written item(s) it had not recorded" in rerun.log
    assert killed.read_bytes() == b"".join(lines[:15])
    urls = [json.loads(line)["canonical_url"] for line in lines[:15]] + [
        i["canonical_url"] for i in rerun.items
    ]
    assert sorted(urls) == sorted(oracle)
