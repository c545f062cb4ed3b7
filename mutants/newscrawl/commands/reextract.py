"""`scrapy reextract`: rebuild archived articles' records with today's code and rules, without the network.

    scrapy reextract                              what would change, over the whole archive
    scrapy reextract --since 2026-11-01 --until 2026-11-30    captures of those days only
    scrapy reextract --run 20261203T071841Z-26379 --urls urls.txt --examples 5
    scrapy reextract -s PROMO_RULES_FILE=my_rules.toml         try a rule change on everything archived
    scrapy reextract --apply [-O out.jsonl]       write the changed records as new versions

Each archived article page (its latest capture among the selected ones) goes through the crawl's own
code path offline, and its record is compared field by field with the article's last version in the
registry: the report says per field how many records change, with before/after examples. Nothing is
fetched, nothing is written. With --apply the changed (and newly valid) pages are then replayed from
the archive through the normal crawl (`scrapy crawl week -a urls=... -s ARCHIVE_REPLAY=...`): the
registry writes a new version only where exported content changed, each record marked
`reextracted: true` and naming its `extractor`. The crawl's exit status is the command's.

Exit status: 0 done (also when nothing changes), 2 usage error (bad date, no archive), else the crawl's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.archive.middleware import archive_dir
from newscrawl.archive.reextract import Report, Selection, compare, selected
from newscrawl.registry import FILENAME, Registry
from newscrawl.single import OfflinePages
from newscrawl.state import state_path

if TYPE_CHECKING:
    import argparse

    from newscrawl.archive.warc import Capture
    from newscrawl.single import PageResult


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--run RUN] [--since DAY] [--until DAY] [--urls FILE] [--examples N] [--json] [--apply [-O FILE]]"

    def short_desc(self) -> str:
        return "Re-extract archived pages with today's rules: what changes, and with --apply, new versions"

    def long_desc(self) -> str:
        return __doc__ or ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--run", action="append", help="only captures of this run (repeatable)")
        parser.add_argument("--since", help="only captures of this day (YYYY-MM-DD) or later")
        parser.add_argument("--until", help="only captures of this day (YYYY-MM-DD) or earlier")
        parser.add_argument("--urls", help="only these article URLs (a file, one per line)")
        parser.add_argument("--examples", type=int, default=3, help="before/after examples per field")
        parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
        parser.add_argument("--apply", action="store_true", help="write the changed records as new versions")
        parser.add_argument("-O", "--output", help="with --apply: the feed the new versions go to")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("reextract takes options only")
        assert self.settings is not None
        if self.settings.get("REDIS_URL"):
            # Each worker archives into its own state directory; versions live in the shared registry.
            raise UsageError("reextract works on one state directory and its local registry: unset REDIS_URL")
        selection = Selection(
            runs=opts.run, since=_day("--since", opts.since), until=_day("--until", opts.until),
            urls=_url_list(opts.urls) if opts.urls else None,
        )  # fmt: skip
        directory = archive_dir(self.settings)
        chosen = selected(directory, selection)
        if not chosen:
            raise UsageError(f"no archived article page in {directory} matches")
        report = self._compare(directory, chosen, opts.examples)
        if opts.json:
            print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
        else:
            print("\n".join(as_text(report, opts.apply)))
        if opts.apply and report.to_apply:
            self.exitcode = self._apply(report, opts)

    def _compare(self, directory: Path, chosen: list[Any], examples: int) -> Report:
        assert self.settings is not None
        path = state_path(self.settings) / FILENAME
        registry = Registry(path, readonly=True) if path.exists() else None
        try:
            with OfflinePages(self.settings, trace=False) as offline:

                def run_page(capture: Capture, body: bytes) -> PageResult:
                    return offline.run(body, capture.entry.url, headers=capture.headers)

                def last_record(canonical_url: str) -> dict[str, Any] | None:
                    return registry.latest_record(canonical_url) if registry is not None else None

                return compare(directory, chosen, run_page, last_record, examples)
        finally:
            if registry is not None:
                registry.close()

    def _apply(self, report: Report, opts: argparse.Namespace) -> int:
        """Replay the pages to write through the normal crawl: registry, feeds, run summary and all."""
        assert self.settings is not None
        folder = state_path(self.settings) / "reextract"
        folder.mkdir(parents=True, exist_ok=True)
        listed = folder / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.urls"
        listed.write_text("".join(f"{url}\n" for url in report.to_apply), encoding="utf-8")
        replay = opts.run[-1] if opts.run and len(opts.run) == 1 else "latest"
        command = [sys.executable, "-m", "scrapy", "crawl", "week", "-a", f"urls={listed}",
                   "-s", f"ARCHIVE_REPLAY={replay}"]  # fmt: skip
        for setting in opts.set or ():
            command += ["-s", setting]
        if opts.output:
            command += ["-O", opts.output]
        print(f"Applying: {' '.join(command[2:])}", file=sys.stderr, flush=True)
        return subprocess.run(command, check=False).returncode


def as_text(report: Report, applying: bool) -> list[str]:
    lines = [
        (
            f"Re-extracted {report.examined} archived article page(s): {len(report.changed)} changed, "
            f"{report.unchanged} unchanged, {len(report.new)} new, {len(report.now_rejected)} rejected now "
            f"(had a record), {report.still_rejected} still without a record."
        )
    ]
    if report.fields:
        lines += ["", f"{'field':<16}{'records changed':>16}"]
        lines += [f"{name:<16}{count:>16}" for name, count in report.fields.most_common()]
    for name, examples in report.examples.items():
        lines += ["", f"Examples ({name}):"]
        for example in examples:
            lines += [f"  {example.url}", f"    before: {example.before}", f"    after:  {example.after}"]
    if report.now_rejected:
        lines += ["", "Rejected now (their records stay as they are):"]
        lines += [f"  {url}" for url in report.now_rejected[:10]]
    if not applying:
        lines += ["", f"Nothing written. --apply writes {len(report.to_apply)} record(s) as new versions."]
    elif not report.to_apply:
        lines += ["", "Nothing to apply."]
    return lines


def _day(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise UsageError(f"{option} must be a day as YYYY-MM-DD, got {value!r}") from None


def _url_list(path: str) -> set[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--urls: cannot read {path}: {exc}") from None
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}
