"""`scrapy registry`: read the article registry without writing to it, or reset it.

    scrapy registry                 counts, unfinished URLs and the last runs (read-only)
    scrapy registry --json          the same as JSON
    scrapy registry --check         PRAGMA quick_check: exit 0 when sound, 7 when damaged
    scrapy registry --backup        an online backup into <state>/backups/ (safe while a crawl runs)
    scrapy registry --restore [BACKUP] [FEED ...]   the newest (or given) backup, plus the feeds since
    scrapy registry --rebuild [FEED ...]            a new registry from the JSON Lines feeds alone
    scrapy registry --reset         forget every article (the next crawl emits all as version 1)

Reading opens SQLite read-only, so it is safe while a crawl runs. Resetting, restoring and
rebuilding take the crawl lock first, so they never pull the registry from under a running crawl.
--restore and --rebuild read the feeds named, those NEWSCRAWL_DEFAULT_FEED names (data/week-*.jsonl)
and those the registries list; the damaged file is kept as registry.sqlite3.damaged-<time>.

With REDIS_URL set, the same for the shared registry of a distributed crawl; --reset refuses while
a shared crawl is in progress (exit 4).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl import runlock
from newscrawl.backend import shared_crawl, shared_registry, unreachable
from newscrawl.exitcodes import LOCKED, REGISTRY_DAMAGED, STORAGE_FAULT
from newscrawl.registry import FILENAME, Registry
from newscrawl.registrybackup import backup, backups, damage, damaged, default_feeds, listed_outputs, rebuild
from newscrawl.state import redis_url, state_path
from newscrawl.storagefault import cause

if TYPE_CHECKING:
    import argparse

    from newscrawl.distributed.registry import RedisRegistry

LAST_RUNS = 10


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return (
            "[--json | --check | --backup | --restore [BACKUP] [FEED ...] | --rebuild [FEED ...] | --reset]"
        )

    def short_desc(self) -> str:
        return "Show the article registry (read-only); check, back up, restore, rebuild or reset it"

    def long_desc(self) -> str:
        return __doc__ or ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--check", action="store_true", help="PRAGMA quick_check (exit 7 when damaged)")
        parser.add_argument("--backup", action="store_true", help="an online backup into <state>/backups/")
        parser.add_argument(
            "--restore",
            action="store_true",
            help="the newest backup (or BACKUP) plus the feeds written since",
        )
        parser.add_argument("--rebuild", action="store_true", help="a new registry from the JSON Lines feeds")
        parser.add_argument("--reset", action="store_true", help="delete the registry (takes the crawl lock)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        import redis  # here: Scrapy imports every command module at start-up, and `scrapy crawl` should not pay for it

        actions = [name for name in ("check", "backup", "restore", "rebuild", "reset") if getattr(opts, name)]
        if len(actions) > 1:
            raise UsageError(f"choose one of --{' / --'.join(actions)}")
        if args and not (opts.restore or opts.rebuild):
            raise UsageError("only --restore and --rebuild take arguments (a backup, feed files)")
        assert self.settings is not None
        state = state_path(self.settings)
        if redis_url(self.settings):
            if actions and actions != ["reset"]:
                raise UsageError(f"--{actions[0]} is for the SQLite registry; Redis has its own persistence")
            try:
                self._shared(opts)
            except redis.RedisError as exc:
                print(unreachable(self.settings, exc), file=sys.stderr)
                self.exitcode = 1
            return
        if opts.reset:
            self._reset(state)
            return
        if opts.check or opts.backup:
            self._check_or_backup(state, opts.backup)
            return
        if opts.restore or opts.rebuild:
            self._rebuild(state, [Path(arg) for arg in args], opts.restore)
            return
        try:
            registry = Registry.open(state, readonly=True)
        except FileNotFoundError:
            print(f"No registry at {state / FILENAME}: no crawl has run with this state directory.")
            return
        self._report(registry, str(registry.path), opts.json)

    def _report(self, registry: Registry | RedisRegistry, name: str, as_json: bool) -> None:
        try:
            report = {
                "registry": name,
                **registry.counts(),
                "last_runs": [_decoded(run) for run in registry.runs()[-LAST_RUNS:]],
            }
        finally:
            registry.close()
        print(json.dumps(report, indent=2) if as_json else _text(report))

    def _shared(self, opts: argparse.Namespace) -> None:
        """The shared registry of a distributed crawl (REDIS_URL)."""
        assert self.settings is not None
        registry = shared_registry(self.settings)
        name = registry.path  # host, port, db and key prefix: no password
        if not opts.reset:
            self._report(registry, name, opts.json)
            return
        crawl = shared_crawl(self.settings)
        if crawl["crawl"] is not None:
            print(
                f"newscrawl: crawl {crawl['crawl']} is in progress on {name}; not resetting", file=sys.stderr
            )
            self.exitcode = LOCKED
            registry.close()
            return
        registry.reset()
        registry.close()
        print(f"Registry reset: removed every key under {name}")

    def _check_or_backup(self, state: Path, take_backup: bool) -> None:
        assert self.settings is not None
        path = state / FILENAME
        if not path.exists():
            print(f"newscrawl: no registry at {path}", file=sys.stderr)
            self.exitcode = 1
            return
        if problem := damage(path):
            print(damaged(path, problem), file=sys.stderr)
            self.exitcode = REGISTRY_DAMAGED
            return
        if not take_backup:
            print(f"Registry {path}: sound (PRAGMA quick_check ok)")
            return
        try:
            copy = backup(state, self.settings.getint("REGISTRY_BACKUP_KEEP"))
        except (OSError, sqlite3.Error) as exc:
            print(f"newscrawl: backup of {path} failed: {cause(exc)}", file=sys.stderr)
            self.exitcode = STORAGE_FAULT
            return
        print(f"Registry backed up to {copy}")

    def _rebuild(self, state: Path, named: list[Path], restore: bool) -> None:
        assert self.settings is not None
        start_from = None
        if restore:
            if named and named[0].suffix == ".sqlite3":
                start_from, named = named[0], named[1:]
            elif saved := backups(state):
                start_from = saved[-1]
            else:
                print(f"newscrawl: no backup in {state / 'backups'}; use --rebuild to rebuild from the feeds",
                      file=sys.stderr)  # fmt: skip
                self.exitcode = 1
                return
            if problem := damage(start_from):
                print(damaged(start_from, problem), file=sys.stderr)
                self.exitcode = REGISTRY_DAMAGED
                return
        missing = [path for path in named if not path.is_file()]
        if missing:
            raise UsageError(f"no such feed file: {missing[0]}")
        feeds = list(dict.fromkeys(
            path.resolve() for path in [
                *named, *default_feeds(self.settings.get("NEWSCRAWL_DEFAULT_FEED")),
                *listed_outputs(state / FILENAME), *(listed_outputs(start_from) if start_from else []),
            ] if path.is_file()
        ))  # fmt: skip
        try:
            runlock.acquire(state)
        except runlock.LockHeld as exc:
            print(f"newscrawl: {exc}", file=sys.stderr)
            self.exitcode = LOCKED
            return
        try:
            result = rebuild(state, feeds, start_from)
        except (OSError, sqlite3.Error) as exc:
            print(f"newscrawl: could not rebuild {state / FILENAME}: {cause(exc)}", file=sys.stderr)
            self.exitcode = STORAGE_FAULT
            return
        finally:
            runlock.release(state)
        origin = f"backup {start_from} plus " if start_from else ""
        kept = f"; the old file is kept as {result.kept_damaged}" if result.kept_damaged else ""
        print(f"Registry {result.path} rebuilt from {origin}{len(result.feeds)} feed file(s): "
              f"{result.records} record(s) read, {result.recorded} recorded{kept}")  # fmt: skip

    def _reset(self, state: Path) -> None:
        try:
            runlock.acquire(state)
        except runlock.LockHeld as exc:
            print(f"newscrawl: {exc}", file=sys.stderr)
            self.exitcode = LOCKED
            return
        try:
            removed = [path for path in state.glob(FILENAME + "*") if path.is_file()]
            for path in removed:
                path.unlink()
        finally:
            runlock.release(state)
        print(f"Registry reset: removed {', '.join(p.name for p in removed) or 'nothing'} from {state}")


def _text(report: dict[str, Any]) -> str:
    counts = {name: value for name, value in report.items() if isinstance(value, int)}
    width = max(map(len, counts), default=0)
    lines = [f"Registry {report['registry']}"]
    lines += [f"  {name:<{width}}  {value:>9,}" for name, value in counts.items()]
    lines.append(f"Last {LAST_RUNS} runs:")
    header = ("run", "status", "complete", "new", "updated", "unchanged", "failed")
    rows = [header] + [
        (str(run["run_id"]), str(run["status"]), "yes" if run["complete"] else "no",
         *(str((run["summary"] or {}).get(key, "")) for key in header[3:]))
        for run in report["last_runs"]
    ]  # fmt: skip
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        text = [cell.ljust(widths[i]) if i < 3 else cell.rjust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  " + "  ".join(text).rstrip())
    return "\n".join(lines)


def _decoded(run: dict[str, Any]) -> dict[str, Any]:
    """A run row with its summary as an object (it is stored as JSON text)."""
    summary = run.get("summary")
    if isinstance(summary, str):
        with suppress(ValueError):
            summary = json.loads(summary)
    return {**run, "summary": summary}
