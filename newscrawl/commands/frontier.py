"""`scrapy frontier`: watch the shared crawl of a distributed crawl (REDIS_URL) without touching it.

    scrapy frontier -s REDIS_URL=redis://HOST:6379/0             the crawl in progress, once
    scrapy frontier -s REDIS_URL=redis://HOST:6379/0 --watch 5   refreshed every 5 s until Ctrl-C
    scrapy frontier -s REDIS_URL=redis://HOST:6379/0 --json

Shows the crawl id, requests queued and leased (held by a worker; expired leases are a dead
worker's, put back at the next heartbeat of any worker), URLs seen, the live workers, and the
crawl's counters as the workers added them up. Read-only: safe while workers run.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.backend import shared_crawl, unreachable
from newscrawl.state import redis_url

if TYPE_CHECKING:
    import argparse

SHOWN_COUNTS = {
    "item_scraped_count": "exported",
    "newscrawl/article/fetched": "article pages fetched",
    "newscrawl/article/failed": "failed",
    "dead_workers": "dead workers",
}


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--watch SECONDS] [--json]"

    def short_desc(self) -> str:
        return "Show the shared crawl of the workers on REDIS_URL (read-only)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--watch", type=float, metavar="SECONDS", help="refresh every SECONDS until Ctrl-C"
        )
        parser.add_argument("--json", action="store_true", help="print JSON")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        import redis  # here: Scrapy imports every command module at start-up, and `scrapy crawl` should not pay for it

        if args:
            raise UsageError("scrapy frontier takes no arguments")
        assert self.settings is not None
        if redis_url(self.settings) is None:
            raise UsageError(
                "set REDIS_URL (-s REDIS_URL=redis://HOST:6379/0): without it there is no shared crawl"
            )
        if opts.watch is not None and opts.watch <= 0:
            raise UsageError("--watch takes a positive number of seconds")
        try:
            while True:
                try:
                    report = shared_crawl(self.settings)
                except redis.RedisError as exc:
                    print(unreachable(self.settings, exc), file=sys.stderr, flush=True)
                    self.exitcode = 1
                else:
                    print(json.dumps(report, indent=2) if opts.json else text(report), flush=True)
                if opts.watch is None:
                    return
                time.sleep(opts.watch)  # watching goes on through a Redis restart
        except KeyboardInterrupt:
            return


def text(report: dict[str, Any]) -> str:
    stamp = time.strftime("%H:%M:%S")
    if report["crawl"] is None:
        return f"{stamp} {report['redis']} {report['prefix']}: no crawl in progress"
    counts = report["counts"]
    shown = ", ".join(f"{label} {counts.get(key, 0)}" for key, label in SHOWN_COUNTS.items())
    return (
        f"{stamp} crawl {report['crawl']} on {report['redis']}: {report['queued']} queued, "
        f"{report['leased']} leased ({report['leases_expired']} expired), {report['seen']} URLs seen; "
        f"{len(report['workers'])} worker(s) alive: {', '.join(report['workers']) or '-'}; {shown}"
    )
