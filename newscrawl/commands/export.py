"""`scrapy export PATH`: a dataset from everything crawled so far (the registry under NEWSCRAWL_STATE_DIR).

    scrapy export data/week.parquet                          latest version of each article
    scrapy export data/history.jsonl.zst --all-versions      every version
    scrapy export out.csv.gz --since 2026-01-01 --until 2026-06-30 --section Politics --type "Speed Read"
    scrapy export data/week.jsonl --report data/report.html  the dataset, and an HTML report of it
    scrapy export --report report.html                       the report alone

The format follows PATH's extension (.jsonl, .csv, .parquet; .gz or .zst after .jsonl or .csv).
Beside PATH goes PATH.manifest.json. Exit status 2 on a usage error (also a --section or --type that
no record has: the known ones are listed), 1 when there is no registry.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.backend import exported_state, unreachable

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[PATH] [--all-versions] [--since D] [--until D] [--section S] [--type T] [--report HTML]"

    def short_desc(self) -> str:
        return "Export crawled articles to JSON Lines, CSV or Parquet, with a manifest and a report"

    def long_desc(self) -> str:
        return __doc__ or ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--all-versions", action="store_true", help="every version, not only the latest")
        parser.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after this day (UTC)")
        parser.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before this day (UTC)")
        parser.add_argument("--section", action="append", default=[], help="only this section (repeatable)")
        parser.add_argument(
            "--type", action="append", default=[], dest="types", help="only this article type"
        )
        parser.add_argument("--report", metavar="HTML", help="also write a self-contained HTML report here")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        # Imported here, not at the top: Scrapy loads every command at start-up, and `scrapy crawl`
        # should not pay for pyarrow or redis.
        import redis

        from newscrawl.export.dataset import export_dataset, manifest_path
        from newscrawl.export.formats import target_of
        from newscrawl.export.select import Selection, UnknownValue

        if len(args) > 1 or (not args and not opts.report):
            raise UsageError("give one dataset PATH, or --report HTML, or both")
        dataset = Path(args[0]) if args else None
        if dataset is not None:
            try:
                target_of(dataset)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        selection = Selection(
            all_versions=opts.all_versions,
            since=_day("--since", opts.since),
            until=_day("--until", opts.until),
            sections=tuple(opts.section),
            types=tuple(opts.types),
        )
        assert self.settings is not None
        settings = self.settings
        try:
            with ExitStack() as stack:
                # A distributed crawl's registry is on Redis: a SQLite copy of it is exported.
                state, source = stack.enter_context(exported_state(settings))
                manifest = export_dataset(
                    state, dataset, selection, Path(opts.report) if opts.report else None,
                    progress=sys.stderr.isatty() and not opts.no_progress,
                    progress_delay=settings.getfloat("EXPORT_PROGRESS_DELAY"), source=source,
                )  # fmt: skip
        except FileNotFoundError as exc:
            print(
                f"newscrawl: {exc}: nothing has been crawled with this NEWSCRAWL_STATE_DIR", file=sys.stderr
            )
            self.exitcode = 1
            return
        except redis.RedisError as exc:
            print(unreachable(settings, exc), file=sys.stderr)
            self.exitcode = 1
            return
        except UnknownValue as exc:
            print(f"newscrawl: {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        counts = manifest["counts"]
        written = f"{dataset} and {manifest_path(dataset)}" if dataset else "no dataset"
        print(f"Exported {counts['records']} records ({counts['articles']} articles): {written}"
              + (f"; report {opts.report}" if opts.report else ""))  # fmt: skip


def _day(option: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date as YYYY-MM-DD, got {value!r}") from None
