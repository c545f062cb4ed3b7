"""Running the real `scrapy crawl week` as a subprocess, for the end-to-end tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]


def crawl_command(base_url: str, state_dir: Path, output: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "scrapy", "crawl", "week",
        "-s", f"WEEK_BASE_URL={base_url}", "-s", f"NEWSCRAWL_STATE_DIR={state_dir}", "-O", str(output), *extra,
    ]  # fmt: skip


def crawl_env() -> dict[str, str]:
    # Hermetic: a NEWSCRAWL_REDIS_URL in the developer's environment would make every crawl distributed.
    environment = {name: value for name, value in os.environ.items() if name != "NEWSCRAWL_REDIS_URL"}
    return {**environment, "PYTHONPATH": str(PROJECT)}


def run_crawl(base_url: str, state_dir: Path, output: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_command(base_url, state_dir, output, *extra),
        cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def read_items(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


OUTCOMES = ("exported", "unchanged", "duplicate", "rejected", "not_article", "skipped", "failed")


def assert_summaries_add_up(state_dir: Path) -> int:
    """Every run summary under the state directory accounts for every discovered URL; returns how many."""
    summaries = [
        json.loads(path.read_text(encoding="utf-8")) for path in state_dir.glob("runs/*/summary.json")
    ]
    for summary in summaries:
        assert summary["unaccounted"] == 0, summary
        assert summary["discovered"] == sum(summary[name] for name in OUTCOMES), summary
        assert summary["exported"] == summary["new"] + summary["updated"], summary
    return len(summaries)
