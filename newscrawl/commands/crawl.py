"""`scrapy crawl` with an exit status a scheduler can trust.

Scrapy's own command exits 0 whatever the crawl found. This one exits 3, after the one-line reason
in the log, when the ExtractionHealth extension marked the crawl unhealthy (layout drift, no
articles); 1 stays Scrapy's "could not start"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.extensions.health import FAILED_STAT

if TYPE_CHECKING:
    import argparse

UNHEALTHY_EXIT = 3


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("run one spider: scrapy crawl week")
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None and crawler.stats.get_value(FAILED_STAT):
            self.exitcode = UNHEALTHY_EXIT
