"""Storage faults end to end: a disk that fills up for real, and a damaged registry.

The disk is a 600 KB tmpfs mounted for the test (root only: CI runs as root and sets
NEWSCRAWL_REQUIRE_TMPFS=1, which makes a skip a failure). The crawl must stop at the first failed
write with exit 6 and one line naming the path, record nothing it did not write, and, once there is
space again, the next run must bring every article of the 300-article replica out exactly once."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

from newscrawl import exitcodes
from newscrawl.registry import Registry
from newscrawl.registrybackup import backups, damage
from replica import Replica
from tests.crawling import PROJECT, crawl_env, read_items, run_crawl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.e2e

ARTICLES = 300


@contextmanager
def small_filesystem(path: Path, size: str = "600k") -> Iterator[Path]:
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        reason = f"cannot mount a {size} tmpfs ({mounted.stderr.strip() or 'not root'})"
        if os.environ.get("NEWSCRAWL_REQUIRE_TMPFS"):
            pytest.fail(f"{reason}, and NEWSCRAWL_REQUIRE_TMPFS is set")
        pytest.skip(f"{reason}: the disk-full test needs root (CI runs it)")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def free_space(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,size=20m", str(path)], check=True)


def error_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "] ERROR:" in line]


def each_once(*outputs: Path) -> collections.Counter[tuple[str, int]]:
    return collections.Counter(
        (item["canonical_url"], item["version"]) for path in outputs for item in read_items(path)
    )


@pytest.fixture(scope="module")
def replica() -> Iterator[Replica]:
    with Replica.start(seed=15, articles=ARTICLES) as started:
        yield started


def test_state_and_feed_on_a_full_disk_stop_the_run_then_the_next_recovers_all(
    tmp_path: Path, replica: Replica
) -> None:
    with small_filesystem(tmp_path / "small") as disk:
        state, first, second = disk / "state", disk / "run1.jsonl", disk / "run2.jsonl"
        failed = run_crawl(replica.base_url, state, first)
        assert failed.returncode == exitcodes.STORAGE_FAULT, failed.stderr[-3000:]
        [line] = error_lines(failed.stderr)
        assert f"Storage fault: {disk}/" in line
        assert "full" in line or "No space left on device" in line
        assert "Traceback" not in failed.stderr
        assert "Spider closed (storage_fault)" in failed.stderr
        free_space(disk)
        recovered = run_crawl(replica.base_url, state, second)
        assert recovered.returncode == 0, recovered.stderr[-3000:]
        counts = each_once(first, second)
        assert set(counts) == {(article.canonical_url, 1) for article in replica.site.oracle}
        assert set(counts.values()) == {1}
        assert damage(state / "registry.sqlite3") is None


def test_a_feed_that_fills_the_disk_records_only_what_was_written(tmp_path: Path, replica: Replica) -> None:
    state = tmp_path / "state"
    with small_filesystem(tmp_path / "small") as disk:
        first, second = disk / "run1.jsonl", disk / "run2.jsonl"
        failed = run_crawl(replica.base_url, state, first)
        assert failed.returncode == exitcodes.STORAGE_FAULT, failed.stderr[-3000:]
        assert error_lines(failed.stderr) == [
            next(
                line
                for line in failed.stderr.splitlines()
                if f"Storage fault: {first}: No space left" in line
            )
        ]
        assert "Traceback" not in failed.stderr
        written = read_items(first)  # every line whole: the failed write was cut back off
        assert 0 < len(written) < ARTICLES
        assert first.read_bytes().endswith(b"\n")
        assert recorded(state) <= {(item["canonical_url"], item["version"]) for item in written}
        free_space(disk)
        recovered = run_crawl(replica.base_url, state, second)
        assert recovered.returncode == 0, recovered.stderr[-3000:]
        counts = each_once(first, second)
        assert set(counts) == {(article.canonical_url, 1) for article in replica.site.oracle}
        assert set(counts.values()) == {1}


def recorded(state: Path) -> set[tuple[str, int]]:
    registry = Registry.open(state, readonly=True)
    try:
        return {(item["canonical_url"], item["version"]) for item in registry.versions()}
    finally:
        registry.close()


def scrapy_registry(state: Path, *options: str) -> subprocess.CompletedProcess[str]:
    # Feeds under the test's own directory only: never a developer's data/week-*.jsonl.
    default_feed = f"NEWSCRAWL_DEFAULT_FEED={state.parent}/data/week-%(time)s.jsonl"
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "registry", "-s", f"NEWSCRAWL_STATE_DIR={state}", "-s", default_feed,
         *options],
        cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def garble(registry: Path) -> None:
    """4 KB of garbage into the middle of the file, as a failing disk or a stray write would."""
    size = registry.stat().st_size
    with registry.open("r+b") as file:
        file.seek(size // 2)
        file.write(os.urandom(4096))


def summary_line(log: str) -> str:
    return next(line for line in log.splitlines() if "Run summary:" in line)


def test_a_damaged_registry_stops_the_crawl_and_comes_back_from_a_backup_or_the_feeds(tmp_path: Path) -> None:
    state, outputs = tmp_path / "state", [tmp_path / f"run{number}.jsonl" for number in range(1, 5)]
    backup_settings = ("-s", "REGISTRY_BACKUP_EVERY=1", "-s", "REGISTRY_BACKUP_KEEP=2")
    with Replica.start(seed=16, articles=40) as site:
        assert run_crawl(site.base_url, state, outputs[0], *backup_settings).returncode == 0
        site.rebuild(extra_articles=2)
        assert run_crawl(site.base_url, state, outputs[1], *backup_settings).returncode == 0
        [automatic] = backups(state)  # taken as run 2 started: run 1's 40 articles
        manual = scrapy_registry(state, "--backup")
        assert manual.returncode == 0, manual.stderr
        assert len(backups(state)) == 2
        Registry.open(state).close()  # checkpoint the WAL into the file, so that the garbage hits data
        garble(state / "registry.sqlite3")

        refused = run_crawl(site.base_url, state, outputs[2])
        assert refused.returncode == exitcodes.REGISTRY_DAMAGED, refused.stderr[-3000:]
        [line] = refused.stderr.splitlines()
        assert "is damaged" in line
        assert "scrapy registry --restore" in line
        assert "scrapy registry --rebuild" in line
        assert not outputs[2].exists()

        restored = scrapy_registry(state, "--restore", str(automatic), str(outputs[1]))
        assert restored.returncode == 0, restored.stderr
        assert "rebuilt from backup" in restored.stdout
        after_restore = run_crawl(site.base_url, state, outputs[2])
        assert after_restore.returncode == 0, after_restore.stderr[-3000:]
        assert "exported 0," in summary_line(after_restore.stderr)

        garble(state / "registry.sqlite3")
        assert scrapy_registry(state, "--check").returncode == exitcodes.REGISTRY_DAMAGED
        rebuilt = scrapy_registry(state, "--rebuild", str(outputs[0]), str(outputs[1]))
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "42 recorded" in rebuilt.stdout
        after_rebuild = run_crawl(site.base_url, state, outputs[3])
        assert after_rebuild.returncode == 0, after_rebuild.stderr[-3000:]
        assert "exported 0," in summary_line(after_rebuild.stderr)
        counts = each_once(*outputs)
        assert set(counts) == {(article.canonical_url, 1) for article in site.site.oracle}
        assert set(counts.values()) == {1}
        assert len(backups(state)) == 2  # rotated: REGISTRY_BACKUP_KEEP
        assert list(state.glob("registry.sqlite3.damaged-*"))


def test_registry_json_holds_each_run_summary_as_an_object(tmp_path: Path) -> None:
    with Replica.start(seed=17, articles=5) as site:
        assert run_crawl(site.base_url, tmp_path / "state", tmp_path / "out.jsonl").returncode == 0
    result = scrapy_registry(tmp_path / "state", "--json")
    report: dict[str, Any] = json.loads(result.stdout)
    [run] = report["last_runs"]
    assert run["summary"]["new"] == run["summary"]["exported"] > 0


def test_damage_is_one_line_wherever_the_garbage_lands(tmp_path: Path) -> None:
    registry = Registry.open(tmp_path)
    for number in range(400):
        item = {"canonical_url": f"https://theweek.com/a/{number}", "version": 1, "content_hash": "h" * 40,
                "body": "text " * 200}  # fmt: skip
        registry.record_version(item, "run-1", {})
    registry.close()
    path = tmp_path / "registry.sqlite3"
    pristine = path.read_bytes()
    problems = set()
    for offset in range(0, len(pristine) - 4096, len(pristine) // 25):
        path.write_bytes(pristine[:offset] + os.urandom(4096) + pristine[offset + 4096 :])
        problem = damage(path)
        if problem is not None:
            assert "\n" not in problem
            assert not problem.startswith("***")
            problems.add(problem)
    assert problems
