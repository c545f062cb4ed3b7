"""`scrapy registry`: read-only report and reset, run as the real command."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from newscrawl import runlock
from newscrawl.registry import Registry
from tests.crawling import PROJECT, crawl_env

if TYPE_CHECKING:
    from pathlib import Path


def scrapy_registry(state: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "registry", "-s", f"NEWSCRAWL_STATE_DIR={state}", *options]
    return subprocess.run(
        command, cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=60, check=False
    )


def make_registry(state: Path) -> None:
    item: dict[str, Any] = {"url": "u", "canonical_url": "u", "content_hash": "h", "version": 1}
    registry = Registry.open(state)
    registry.start_run("run-1", 1, "sections")
    registry.record_version(item, "run-1", {})
    registry.finish_run("run-1", "finished", True, {"new": 1, "updated": 0, "unchanged": 0, "failed": 0})
    registry.close()


def test_report_reads_counts_and_runs_as_json(tmp_path: Path) -> None:
    make_registry(tmp_path)
    before = (tmp_path / "registry.sqlite3").stat().st_mtime_ns
    result = scrapy_registry(tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["articles"], report["versions"], report["runs"]) == (1, 1, 1)
    assert report["last_runs"][0]["run_id"] == "run-1"
    assert (tmp_path / "registry.sqlite3").stat().st_mtime_ns == before


def test_report_as_text_names_each_run(tmp_path: Path) -> None:
    make_registry(tmp_path)
    result = scrapy_registry(tmp_path)
    assert "run-1" in result.stdout
    assert "new 1" in result.stdout


def test_report_without_a_registry_says_so(tmp_path: Path) -> None:
    result = scrapy_registry(tmp_path / "none")
    assert result.returncode == 0
    assert "No registry" in result.stdout
    assert not (tmp_path / "none").exists()


def test_reset_removes_the_registry(tmp_path: Path) -> None:
    make_registry(tmp_path)
    result = scrapy_registry(tmp_path, "--reset")
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.glob("registry.sqlite3*"))


def test_reset_is_refused_while_a_crawl_holds_the_lock(tmp_path: Path) -> None:
    make_registry(tmp_path)
    runlock.acquire(tmp_path)  # this test process plays the running crawl
    try:
        result = scrapy_registry(tmp_path, "--reset")
    finally:
        runlock.release(tmp_path)
    assert result.returncode == 4
    assert "another crawl holds" in result.stderr
    assert (tmp_path / "registry.sqlite3").exists()
