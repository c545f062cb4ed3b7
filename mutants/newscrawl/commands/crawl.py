"""`scrapy crawl` with an exit status a scheduler can trust.

Scrapy's own command exits 0 whatever the crawl found. This one exits, after a one-line reason:
- 1: the crawl could not start (Scrapy's own meaning), e.g. the Redis server of REDIS_URL is
  unreachable for FRONTIER_REDIS_OUTAGE_SECONDS;
- 3: the ExtractionHealth extension marked the crawl unhealthy (site unreachable, no article
  extracted, layout drift);
- 4: another crawl holds the state directory (newscrawl.runlock); nothing was done.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl import runlock
from newscrawl.backend import redis_problem
from newscrawl.state import redis_url, state_path
from newscrawl.statkeys import HEALTH_FAILED

if TYPE_CHECKING:
    import argparse

UNHEALTHY_EXIT = 3
LOCKED_EXIT = 4


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        if self.settings.getbool("REGISTRY_ENABLED"):
            # Here, before Scrapy sets up logging and the crawler: a refused run prints one line only,
            # touches no file and opens no connection.
            try:
                runlock.acquire(state_path(self.settings))
            except runlock.LockHeld as exc:
                print(f"newscrawl: {exc}", file=sys.stderr)
                raise SystemExit(LOCKED_EXIT) from None
        if redis_url(self.settings) and (problem := redis_problem(self.settings)):
            print(problem, file=sys.stderr)
            raise SystemExit(1)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("run one spider: scrapy crawl week")
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None and crawler.stats.get_value(HEALTH_FAILED):
            self.exitcode = UNHEALTHY_EXIT
