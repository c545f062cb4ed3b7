"""`scrapy scoreboard TRUTH.json [...]`: how the crawl's extraction does on pages with truth written by people.

    scrapy scoreboard tests/fixtures/real/truth.json tests/fixtures/real/truth-older-eras.json
    scrapy scoreboard my-saved-pages/truth.json --verbose     what is wrong on each page
    scrapy scoreboard tests/fixtures/real/truth.json --json   one object per page, for machines

Each page (a path relative to its truth file, `.gz` allowed) goes through the crawl's own code path
(`newscrawl.single`); the table shows, per page, each check right (+) or wrong (-): title, authors,
published instant, first and last paragraph, must-include and must-exclude snippets, leaked blocks,
body F1 (where the full body is known) and other fields; then the totals. The truth format:
tests/fixtures/real/README.md. Exit status 0 when every page is fully right, 1 otherwise, 2 on a
usage error.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.scoring import Summary, load_truth, score, table
from newscrawl.single import OfflinePages

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "TRUTH.json [TRUTH.json ...] [--verbose] [--json]"

    def short_desc(self) -> str:
        return "Score extraction on saved pages against truth written by people"

    def long_desc(self) -> str:
        return __doc__ or ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--verbose", action="store_true", help="say what is wrong on each page")
        parser.add_argument("--json", action="store_true", help="one JSON object per page, then the totals")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one truth file (a JSON list of records)")
        pages = []
        for name in args:
            path = Path(name)
            try:
                pages += [(path.parent / truth.file, truth) for truth in load_truth(path)]
            except (OSError, ValueError, TypeError, KeyError) as exc:
                raise UsageError(f"truth file {name}: {exc!r}") from None
        missing = [str(page) for page, _ in pages if not page.exists()]
        if missing:
            raise UsageError(f"pages named in the truth file do not exist: {', '.join(missing)}")
        assert self.settings is not None
        summary, scores = Summary("newscrawl"), []
        with OfflinePages(self.settings) as offline:
            for page_file, truth in pages:
                raw = page_file.read_bytes()
                body = gzip.decompress(raw) if page_file.suffix == ".gz" else raw
                started = time.perf_counter()
                result = offline.run(body, truth.url)
                ms = (time.perf_counter() - started) * 1000
                page = score(result.record, truth)
                if result.rejected:
                    page.problems.insert(0, f"rejected: {result.rejected}")
                summary.add(page, ms)
                scores.append((page, ms))
        if opts.json:
            for page, ms in scores:
                print(json.dumps({**page.as_dict(), "ms": round(ms, 1)}, ensure_ascii=False))
        else:
            for line in table(scores):
                print(line)
            if opts.verbose:
                for page, _ in scores:
                    for problem in page.problems:
                        print(f"{page.name}: {problem}")
                    for block in page.leaked:
                        print(f"{page.name}: leaked: {block[:160]}")
        print(summary.row())
        self.exitcode = 0 if summary.fully_right == summary.pages else 1
