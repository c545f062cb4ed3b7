"""`scrapy crawl` with an exit status a scheduler can trust, and one line for each way it can fail.

Scrapy's own command exits 0 whatever the crawl found. This one checks the settings, the spider
arguments, the state directory's lock and the registry before Scrapy starts logging, then runs the
crawl and exits with one of newscrawl.exitcodes (README "Exit status"), after one line saying why:
0 ok, 1 could not start (the Redis server of REDIS_URL does not answer, a crash), 2 a bad setting or
argument, 3 unhealthy crawl (layout drift), 4 another crawl holds the state directory, 5 the site did
not answer, 6 a storage fault (disk full), 7 a damaged registry. Failures, drift and crashes are then
reported to whoever NOTIFY_* names (newscrawl.notify).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from newscrawl import exitcodes, notify, runlock
from newscrawl.backend import redis_problem
from newscrawl.preflight import BadInput, check_settings
from newscrawl.registry import FILENAME
from newscrawl.registrybackup import damage, damaged
from newscrawl.siteprobe import SITE_UNREACHABLE, UNREACHABLE_STAT
from newscrawl.state import RUN_ID_STAT, redis_url, state_path
from newscrawl.statkeys import HEALTH_FAILED, SUMMARY_PREFIX
from newscrawl.storagefault import FAULT_STAT, STORAGE_FAULT, cause

if TYPE_CHECKING:
    import argparse

    from scrapy.crawler import Crawler

# Close reasons of a run that ended as planned, or was stopped on purpose (Ctrl-C, SIGTERM, and the
# CLOSESPIDER_* limits); any other (memusage_exceeded, say) is a crash.
EXPECTED_REASONS = frozenset({"finished", "shutdown", SITE_UNREACHABLE, STORAGE_FAULT})


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        # Here, before Scrapy sets up logging and the crawler: a refused run prints one line only,
        # touches no file and opens no connection.
        try:
            self._preflight(args, opts)
        except _Refused as refused:
            print(f"newscrawl: {refused.line}", file=sys.stderr)
            self._notify(refused.status, refused.line, crashed=False)
            raise SystemExit(refused.status) from None

    def _preflight(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        settings = self.settings
        try:
            check_settings(settings)
            if problem := notify.check_settings(settings):
                raise BadInput(problem)
            spiders = get_spider_loader(settings)
            if len(args) == 1 and args[0] in spiders.list():
                spidercls = spiders.load(args[0])
                if hasattr(spidercls, "preflight"):
                    spidercls.preflight(settings, opts.spargs)
        except BadInput as exc:
            raise _Refused(exitcodes.BAD_INPUT, str(exc)) from None
        if settings.getbool("REGISTRY_ENABLED"):
            state = state_path(settings)
            try:
                runlock.acquire(state)
            except runlock.LockHeld as exc:
                raise _Refused(exitcodes.LOCKED, str(exc)) from None
            except OSError as exc:
                raise _Refused(exitcodes.STORAGE_FAULT, f"{state}: {cause(exc)}") from None
            if not redis_url(settings) and (problem := damage(state / FILENAME)):
                raise _Refused(exitcodes.REGISTRY_DAMAGED, damaged(state / FILENAME, problem).removeprefix(
                    "newscrawl: "))  # fmt: skip
        if redis_url(settings) and (problem := redis_problem(settings)):
            raise _Refused(exitcodes.CANNOT_START, problem.removeprefix("newscrawl: "))

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("run one spider: scrapy crawl week")
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler(args[0])
        try:
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
        except Exception as exc:
            self._notify(exitcodes.CANNOT_START, f"crashed: {type(exc).__name__}: {exc}", True, crawler)
            raise
        status, line, crashed = self._outcome(crawler)
        self.exitcode = status
        self._notify(status, line, crashed, crawler)

    def _outcome(self, crawler: Crawler) -> tuple[int, str, bool]:
        """(exit status, the one line that says why, whether the run crashed)."""
        assert self.crawler_process is not None
        stats = crawler.stats.get_stats() if crawler.stats is not None else {}
        reason = str(stats.get("finish_reason") or "")
        if self.crawler_process.bootstrap_failed:
            return exitcodes.CANNOT_START, "crashed: the crawl could not start (see the log)", True
        if fault := stats.get(FAULT_STAT):
            return exitcodes.STORAGE_FAULT, f"storage fault: {fault}", False
        if site := stats.get(UNREACHABLE_STAT):
            return exitcodes.SITE_UNREACHABLE, f"site unreachable: {site}", False
        if reason not in EXPECTED_REASONS and not reason.startswith("closespider_"):
            return exitcodes.CANNOT_START, f"crashed: the crawl stopped early ({reason})", True
        if problem := stats.get(HEALTH_FAILED):
            return exitcodes.UNHEALTHY, f"unhealthy crawl: {problem}", False
        return exitcodes.OK, f"crawl {reason}", False

    def _notify(self, status: int, line: str, crashed: bool, crawler: Crawler | None = None) -> None:
        assert self.settings is not None
        stats = crawler.stats.get_stats() if crawler is not None and crawler.stats is not None else {}
        report: dict[str, Any] = {
            "exit_status": status,
            "reason": line,
            "run_id": stats.get(RUN_ID_STAT),
            "finish_reason": stats.get("finish_reason"),
            "base_url": self.settings.get("WEEK_BASE_URL"),
            "state_dir": str(state_path(self.settings).resolve()),
            "summary": {key.removeprefix(SUMMARY_PREFIX): value for key, value in stats.items()
                        if key.startswith(SUMMARY_PREFIX)},
        }  # fmt: skip
        notify.notify(self.settings, notify.event_for(status, crashed), report)


class _Refused(Exception):
    def __init__(self, status: int, line: str):
        super().__init__(line)
        self.status = status
        self.line = line
