"""`scrapy registry`: read the article registry without writing to it, or reset it.

    scrapy registry                 counts, unfinished URLs and the last runs (read-only)
    scrapy registry --json          the same as JSON
    scrapy registry --reset         forget every article (the next crawl emits all as version 1)

Reading opens SQLite read-only, so it is safe while a crawl runs. Resetting takes the crawl lock
first, so it never pulls the registry from under a running crawl.

With REDIS_URL set, the same for the shared registry of a distributed crawl; --reset refuses while
a shared crawl is in progress (exit 4).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import redis
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl import runlock
from newscrawl.backend import shared_crawl, shared_registry, unreachable
from newscrawl.registry import FILENAME, Registry
from newscrawl.state import redis_url, state_path

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from newscrawl.distributed.registry import RedisRegistry

LAST_RUNS = 10


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--json | --reset]"

    def short_desc(self) -> str:
        return "Show the article registry (read-only), or reset it"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--reset", action="store_true", help="delete the registry (takes the crawl lock)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy registry takes no arguments")
        assert self.settings is not None
        state = state_path(self.settings)
        if redis_url(self.settings):
            try:
                self._shared(opts)
            except redis.RedisError as exc:
                print(unreachable(self.settings, exc), file=sys.stderr)
                self.exitcode = 1
            return
        if opts.reset:
            self._reset(state)
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
                "last_runs": registry.runs()[-LAST_RUNS:],
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
            self.exitcode = 4
            registry.close()
            return
        registry.reset()
        registry.close()
        print(f"Registry reset: removed every key under {name}")

    def _reset(self, state: Path) -> None:
        try:
            runlock.acquire(state)
        except runlock.LockHeld as exc:
            print(f"newscrawl: {exc}", file=sys.stderr)
            self.exitcode = 4
            return
        try:
            removed = [path for path in state.glob(FILENAME + "*") if path.is_file()]
            for path in removed:
                path.unlink()
        finally:
            runlock.release(state)
        print(f"Registry reset: removed {', '.join(p.name for p in removed) or 'nothing'} from {state}")


def _text(report: dict[str, Any]) -> str:
    lines = [f"Registry {report['registry']}"]
    lines += [f"  {name:<18} {value}" for name, value in report.items() if isinstance(value, int)]
    lines.append(f"Last {LAST_RUNS} runs:")
    for run in report["last_runs"]:
        summary = json.loads(run["summary"] or "{}")
        counts = ", ".join(
            f"{k} {summary[k]}" for k in ("new", "updated", "unchanged", "failed") if k in summary
        )
        complete = "complete" if run["complete"] else "partial"
        lines.append(f"  {run['run_id']}  {run['status']:<20} {complete:<8} {counts}")
    return "\n".join(lines)
