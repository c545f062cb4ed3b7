"""The SQLite registry's health: checked at every start, backed up, restored, rebuilt from the feeds.

- `damage(path)`: `PRAGMA quick_check` (a pass over every page, without the index cross-checks of
  integrity_check): a damaged registry stops `scrapy crawl` (exit 7) before it can mislead a run.
- `backup(state, keep)`: SQLite's online backup API into `<state>/backups/`, safe while a crawl
  writes; the oldest beyond `keep` are deleted. `scrapy registry --backup`, and every
  REGISTRY_BACKUP_EVERY runs at the start of a crawl (newscrawl.extensions.runstate).
- `rebuild(state, feeds, start_from)`: a new registry from a backup (or from nothing) plus every
  item of the JSON Lines feeds the crawls wrote: each item carries canonical_url, version and
  content_hash, all the registry needs to emit the next version right and nothing twice. The damaged
  file is kept beside it. What the feeds do not hold (failed and pending URLs, legacy aliases,
  sitemap lastmods) costs the next run some fetches, never a duplicate.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newscrawl.feedstorage import fsync_path
from newscrawl.registry import FILENAME, Registry

if TYPE_CHECKING:
    from collections.abc import Iterable

BACKUP_DIR = "backups"
BACKUP_GLOB = "registry-*.sqlite3"


def damage(path: Path) -> str | None:
    """What `PRAGMA quick_check` finds wrong with the registry at `path`; None when it is sound or absent."""
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        return str(exc)
    if rows == ["ok"]:
        return None
    # SQLite's rows may hold several problems, one a line, under a "*** in database main ***" heading.
    problems = [line.strip() for row in rows for line in row.splitlines()
                if line.strip() and not line.startswith("***")]  # fmt: skip
    first = problems[0] if problems else "quick_check failed"
    return first + (f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else "")


def damaged(path: Path, problem: str) -> str:
    """The one line a damaged registry gets, with the way back."""
    return (
        f"newscrawl: the registry {path} is damaged ({problem}); nothing was done. Restore the newest "
        f"backup with `scrapy registry --restore`, or rebuild it from the feeds with `scrapy registry --rebuild`"
    )


def backups(state: Path) -> list[Path]:
    """The backups of the registry in `state`, oldest first (their names sort by time)."""
    return sorted((state / BACKUP_DIR).glob(BACKUP_GLOB))


def backup(state: Path, keep: int) -> Path:
    """Copy the registry with SQLite's online backup API; keep the newest `keep` backups."""
    directory = state / BACKUP_DIR
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = directory / f"registry-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"{(state / FILENAME).resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    fsync_path(partial)
    partial.replace(target)  # a backup cut short by a kill or a full disk never looks like a backup
    for old in backups(state)[: -max(keep, 1)]:
        old.unlink()
    return target


@dataclass
class Rebuilt:
    path: Path
    kept_damaged: Path | None
    records: int = 0
    recorded: int = 0
    feeds: list[Path] = field(default_factory=list)
    skipped_lines: int = 0


def rebuild(state: Path, feeds: Iterable[Path], start_from: Path | None = None) -> Rebuilt:
    """Replace the registry in `state` with `start_from` (a backup) plus every item of `feeds`.
    The caller holds the crawl lock."""
    target = state / FILENAME
    fresh = state / (FILENAME + ".rebuilding")
    for leftover in _with_sidecars(fresh):
        leftover.unlink(missing_ok=True)
    if start_from is not None:
        _copy(start_from, fresh)
    registry = Registry(fresh)
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    run = f"{'restore' if start_from else 'rebuild'}-{stamp}-{os.getpid()}"
    result = Rebuilt(target, None)
    try:
        registry.start_run(run, os.getpid(), "")
        for feed in feeds:
            _replay(registry, run, feed, result)
        summary = {"records": result.records, "recorded": result.recorded, "feeds": len(result.feeds)}
        registry.finish_run(run, "restored" if start_from else "rebuilt", False, summary)
    finally:
        registry.close()
    if target.exists():
        result.kept_damaged = target.with_name(f"{FILENAME}.damaged-{stamp}")
        target.replace(result.kept_damaged)
    for sidecar in _with_sidecars(target)[1:]:
        sidecar.unlink(missing_ok=True)  # the damaged file's WAL must not be replayed into the new one
    fresh.replace(target)
    return result


def default_feeds(template: str | None) -> list[Path]:
    """The per-run feed files NEWSCRAWL_DEFAULT_FEED names, e.g. data/week-*.jsonl."""
    if not template:
        return []
    pattern = Path(template.replace("%(time)s", "*").replace("%(name)s", "*").replace("%(batch_id)d", "*"))
    anchor = Path(pattern.anchor) if pattern.is_absolute() else Path()
    return sorted(anchor.glob(str(pattern.relative_to(anchor))))


def listed_outputs(path: Path) -> list[Path]:
    """The JSON Lines outputs a registry (perhaps damaged) lists, as far as it can still be read."""
    if not path.exists():
        return []
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT DISTINCT path FROM outputs WHERE format IN ('jsonlines', 'jsonl')")
            return [Path(row[0]) for row in rows]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return []


def _replay(registry: Registry, run: str, feed: Path, result: Rebuilt) -> None:
    result.feeds.append(feed)
    with feed.open("rb") as lines:
        for line in lines:
            try:
                item = json.loads(line)
                url, version = item["canonical_url"], int(item["version"])
                item["content_hash"]
            except (ValueError, KeyError, TypeError):
                result.skipped_lines += 1  # a partial last line of a killed run, or not our item
                continue
            result.records += 1
            if not registry.has_version(url, version):
                registry.record_version(item, run, {})
                result.recorded += 1
    registry.record_output(run, feed.resolve(), "jsonlines")


def _copy(source: Path, target: Path) -> None:
    origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()


def _with_sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
