"""Where a crawl keeps things between runs: `NEWSCRAWL_STATE_DIR` (default `.newscrawl/`)."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

RUN_ID_STAT = "newscrawl/run/id"
SAFE_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,99}")


def state_path(settings: BaseSettings) -> Path:
    return Path(settings.get("NEWSCRAWL_STATE_DIR") or ".newscrawl")


def state_dir(crawler: Crawler) -> Path:
    return state_path(crawler.settings)


def run_id(crawler: Crawler) -> str:
    """One id per crawl, shared by every component (kept in the crawl stats, which all of them see)."""
    assert crawler.stats is not None
    value = crawler.stats.get_value(RUN_ID_STAT)
    if not value:
        value = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}"
        crawler.stats.set_value(RUN_ID_STAT, value)
    return str(value)


def run_path(crawler: Crawler) -> Path:
    """Where per-run files go (rejects, failures, summary), not created yet.

    The name comes from the run id alone, never from page data; it is checked all the same."""
    name = run_id(crawler)
    if not SAFE_NAME.fullmatch(name):
        raise ValueError(f"unsafe run id {name!r}")
    return state_dir(crawler) / "runs" / name


def run_dir(crawler: Crawler) -> Path:
    """The per-run directory, created private to the user running the crawl."""
    path = run_path(crawler)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def prune_run_dirs(runs: Path, keep: int, current: str) -> list[str]:
    """Delete all but the newest ``keep`` run directories (the current run's counts among them, made
    or not); returns the names deleted. Run ids start with their UTC start time, so names sort by age."""
    if keep <= 0 or not runs.is_dir():
        return []
    others = sorted(
        p.name for p in runs.iterdir() if p.is_dir() and p.name != current and SAFE_NAME.fullmatch(p.name)
    )
    doomed = others[: max(0, len(others) - (keep - 1))]
    for name in doomed:
        shutil.rmtree(runs / name)
    return doomed


def redis_url(settings: BaseSettings) -> str | None:
    """REDIS_URL: the crawl state is shared on that Redis server; None: it is in the state directory."""
    return str(settings.get("REDIS_URL") or "") or None
