"""`scrapy check`: Scrapy's contract runner, without touching the state directory.

Contracts call callbacks on single pages: they must not take the crawl lock, open the registry,
record a run, write a run summary or archive pages in the user's NEWSCRAWL_STATE_DIR, nor judge a
crawl's health or report its progress (Scrapy's own command already turns item pipelines
and feeds off the same way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.check import Command as ScrapyCheckCommand
from scrapy.settings import SETTINGS_PRIORITIES

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCheckCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        # Above the spider's own settings, below the command line (as Scrapy's command does for FEEDS).
        priority = (SETTINGS_PRIORITIES["spider"] + SETTINGS_PRIORITIES["cmdline"]) // 2
        for name in (
            "REGISTRY_ENABLED",
            "SUMMARY_ENABLED",
            "HEALTH_ENABLED",
            "ARCHIVE_ENABLED",
            "PROGRESS_ENABLED",
        ):
            self.settings.set(name, False, priority=priority)
