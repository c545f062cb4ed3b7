"""Several workers on one frontier, end to end: real `scrapy crawl week` processes sharing a real
redis-server (REDIS_URL), over the replica.

- Two workers together export every article of the replica exactly once, and the crawl-wide account
  adds up; the incremental rules hold across workers (a later crawl by another worker fetches no
  unchanged article, and after a change exports exactly the changed and the new article).
- A worker killed with -9 mid-crawl and restarted: nothing lost, nothing twice. Not restarted:
  the survivor takes its leased requests over within the lease; nothing lost.
- Redis restarted mid-crawl: the workers wait it out and finish; nothing lost, nothing twice.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from replica import Replica
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items
from tests.redisserver import redis_server  # noqa: F401  (fixture)

if TYPE_CHECKING:
    from pathlib import Path

    from tests.redisserver import RedisServer

pytestmark = pytest.mark.e2e

# Short leases so a killed worker's requests come back within seconds (defaults: 30 s and 5 s).
FAST_LEASES = ("-s", "FRONTIER_LEASE_SECONDS=4", "-s", "FRONTIER_HEARTBEAT_SECONDS=1")


@dataclass
class Worker:
    """One `scrapy crawl week` worker process with its own state directory and output file."""

    name: str
    state: Path
    output: Path
    log: Path
    process: subprocess.Popen[bytes]

    @classmethod
    def start(
        cls, work: Path, name: str, base_url: str, redis_url: str, *extra: str, output: str = ""
    ) -> Worker:
        state, out, log = work / f"state-{name}", work / (output or f"{name}.jsonl"), work / f"{name}.log"
        command = crawl_command(base_url, state, out, "-s", f"REDIS_URL={redis_url}", *FAST_LEASES, *extra)
        with log.open("ab") as stderr:
            process = subprocess.Popen(
                command, cwd=PROJECT, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=stderr
            )
        return cls(name, state, out, log, process)

    def wait(self, timeout: float = 300) -> int:
        """The exit status, once the log shows no exception (a failing signal handler does not change it)."""
        status = self.process.wait(timeout=timeout)
        if status != -signal.SIGKILL:
            assert "Traceback" not in self.stderr(), self.stderr()[-5000:]
        return status

    def lines(self) -> int:
        return self.output.read_bytes().count(b"\n") if self.output.exists() else 0

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stat(self, name: str) -> Any:
        """A value from the stats dump at the end of the log (last run in the log)."""
        for line in reversed(self.stderr().splitlines()):
            if f"'{name}':" in line:
                return json.loads(line.split(":", 1)[1].strip().rstrip(",}").replace("'", '"'))
        return None

    def crawl_summary(self) -> dict[str, Any] | None:
        paths = sorted(self.state.glob("runs/*/crawl-summary.json"))
        return json.loads(paths[-1].read_text(encoding="utf-8")) if paths else None


def scrapy(redis_url: str, *args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    """Another project command (export, registry, frontier) against the shared Redis."""
    command = [sys.executable, "-m", "scrapy", *args, "-s", f"REDIS_URL={redis_url}"]
    return subprocess.run(
        command, cwd=cwd, env=crawl_env(), capture_output=True, text=True, timeout=300, check=False
    )


def wait_for(predicate: Any, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def exported(*paths: Path) -> Counter[str]:
    return Counter(item["canonical_url"] for path in paths for item in read_items(path))


def assert_exactly_once(counts: Counter[str], oracle: set[str]) -> None:
    repeated = {url: count for url, count in counts.items() if count > 1}
    assert not repeated, f"exported more than once: {repeated}"
    assert not oracle - set(counts), f"lost: {sorted(oracle - set(counts))[:10]}"
    assert set(counts) == oracle


def article_requests(replica: Replica, aliases: bool = True) -> list[str]:
    """Requests for article pages (and for their legacy alias URLs, which redirect to them)."""
    paths = {urlsplit(article.url).path for article in replica.site.oracle}
    if aliases:
        paths |= {urlsplit(alias).path for article in replica.site.oracle for alias in article.aliases}
    return [
        path
        for method, path in replica.requests.snapshot()
        if method == "GET" and urlsplit(path).path in paths
    ]


def two_workers_one_killed(work: Path, replica: Replica, redis_url: str) -> tuple[Worker, Worker]:
    """Workers a and b on one crawl; a killed with -9 once it has written 100 articles."""
    victim = Worker.start(work, "a", replica.base_url, redis_url)
    other = Worker.start(work, "b", replica.base_url, redis_url)
    try:
        wait_for(lambda: victim.lines() >= 100)
    finally:
        victim.process.send_signal(signal.SIGKILL)
        victim.wait()
    return victim, other


def test_two_workers_export_every_article_once_and_later_crawls_stay_incremental(
    tmp_path: Path,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    with Replica.start(seed=21, articles=600) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        workers = [Worker.start(tmp_path, name, replica.base_url, redis_server.url) for name in ("a", "b")]
        for worker in workers:
            assert worker.wait() == 0, worker.stderr()[-3000:]
        counts = exported(*(worker.output for worker in workers))
        assert_exactly_once(counts, oracle)
        assert all(read_items(worker.output) for worker in workers), "both workers did part of the work"
        [summary] = [s for worker in workers if (s := worker.crawl_summary())]  # the last worker's
        assert summary["unaccounted"] == 0, summary
        assert summary["exported"] == summary["new"] == len(oracle)
        assert summary["dead_workers"] == 0

        # The dataset of a distributed crawl comes from the shared registry, whichever worker wrote what.
        dataset = tmp_path / "dataset.jsonl"
        export = scrapy(
            redis_server.url, "export", str(dataset), "-s", f"NEWSCRAWL_STATE_DIR={tmp_path / 'exporter'}"
        )
        assert export.returncode == 0, export.stderr[-3000:]
        assert Counter(item["canonical_url"] for item in read_items(dataset)) == counts
        report = scrapy(redis_server.url, "registry", "--json")
        assert report.returncode == 0, report.stderr[-3000:]
        assert json.loads(report.stdout)["articles"] == len(oracle)
        assert len(json.loads(report.stdout)["last_runs"]) == 2

        # A later crawl by a third worker (another machine, say): the shared registry knows every article.
        replica.requests.reset()
        third = Worker.start(tmp_path, "c", replica.base_url, redis_server.url)
        assert third.wait() == 0, third.stderr()[-3000:]
        assert read_items(third.output) == []
        assert article_requests(replica) == []

        replica.rebuild(revisions={10: 1}, extra_articles=1)
        replica.requests.reset()
        fourth = Worker.start(
            tmp_path, "b", replica.base_url, redis_server.url, output="b-after-change.jsonl"
        )
        assert fourth.wait() == 0, fourth.stderr()[-3000:]
        changed = read_items(fourth.output)
        assert sorted(item["version"] for item in changed) == [1, 2]
        changed_paths = sorted(urlsplit(item["canonical_url"]).path for item in changed)
        assert sorted(article_requests(replica, aliases=False)) == changed_paths, "only the two changed pages"
        # The new article may also be linked by its legacy /articles/<id>/ URL, which nothing yet ties to
        # it: that one redirect is requested too (and recorded as its alias), never an unchanged page.
        assert len(article_requests(replica)) <= 3


def test_worker_killed_mid_crawl_and_restarted_loses_nothing_and_repeats_nothing(
    tmp_path: Path,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    with Replica.start(seed=22, articles=1000) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        victim, other = two_workers_one_killed(tmp_path, replica, redis_server.url)
        killed_lines = victim.output.read_text(encoding="utf-8").splitlines()
        assert len(killed_lines) < len(oracle), "the worker was not killed mid-crawl"
        assert other.process.poll() is None, "the other worker should still be crawling"
        refused = scrapy(redis_server.url, "registry", "--reset")
        assert refused.returncode == 4, "the shared registry is not reset under a running crawl"
        restarted = Worker.start(
            tmp_path, "a", replica.base_url, redis_server.url, output="a-restarted.jsonl"
        )
        assert restarted.wait() == 0, restarted.stderr()[-3000:]
        assert other.wait() == 0, other.stderr()[-3000:]
    assert all(json.loads(line) for line in killed_lines), "every line the killed worker wrote parses"
    assert_exactly_once(exported(victim.output, restarted.output, other.output), oracle)
    assert "was interrupted" in restarted.stderr(), "the restarted worker repaired its own killed run"
    reaped = sum(int(worker.stat("newscrawl/frontier/reaped") or 0) for worker in (restarted, other))
    assert reaped > 0, "the killed worker's leased requests were put back in the queue"


def test_survivors_alone_take_over_a_killed_workers_requests_within_the_lease(
    tmp_path: Path,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    with Replica.start(seed=24, articles=800) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        victim, survivor = two_workers_one_killed(tmp_path, replica, redis_server.url)
        assert survivor.wait() == 0, survivor.stderr()[-3000:]
    killed_lines = [json.loads(line)["canonical_url"] for line in victim.output.read_text().splitlines()]
    counts = exported(victim.output, survivor.output)
    assert set(counts) == oracle, f"lost: {sorted(oracle - set(counts))[:10]}"
    # At least once, not exactly once, without a restart: only an article the killed worker had
    # written but not yet recorded (one of its last lines) may be written again by the survivor.
    repeated = {url for url, count in counts.items() if count > 1}
    assert repeated <= set(killed_lines[-8:]), repeated
    assert int(survivor.stat("newscrawl/frontier/reaped") or 0) > 0
    assert "dead_workers" in (survivor.crawl_summary() or {}), "the survivor closed the crawl"
    assert (survivor.crawl_summary() or {})["dead_workers"] == 1


def test_redis_restarted_mid_crawl_workers_wait_and_finish(
    tmp_path: Path,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    with Replica.start(seed=23, articles=1000) as replica:
        oracle = {article.canonical_url for article in replica.site.oracle}
        workers = [Worker.start(tmp_path, name, replica.base_url, redis_server.url) for name in ("a", "b")]
        wait_for(lambda: sum(worker.lines() for worker in workers) >= 150)
        watched = scrapy(redis_server.url, "frontier", "--json")
        assert watched.returncode == 0, watched.stderr[-3000:]
        frontier = json.loads(watched.stdout)
        assert frontier["crawl"] is not None
        assert len(frontier["workers"]) == 2
        redis_server.restart(down_for=2)
        assert all(worker.process.poll() is None for worker in workers), "a worker died with Redis"
        for worker in workers:
            assert worker.wait() == 0, worker.stderr()[-3000:]
        assert sum(worker.lines() for worker in workers) < 2 * len(oracle)
    assert_exactly_once(exported(*(worker.output for worker in workers)), oracle)
