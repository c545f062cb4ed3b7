"""`scrapy extract PAGE.html|URL`: the record a saved or archived page becomes, and what the cleaner removed.

    scrapy extract saved/article.html --url https://theweek.com/politics/some-story
    scrapy extract saved/article.html.gz --json          the record and every removal, for machines
    scrapy extract saved/article.html --all              also the empty ad and widget slots removed
    scrapy extract https://theweek.com/politics/some-story            its latest capture in the archive
    scrapy extract https://theweek.com/politics/some-story --run RUN  its capture by one run

The page goes through the crawl's own code path (`newscrawl.single`): the spider's article callback,
then the item pipelines (promo stripping, validation), with the project's settings and rules
(`-s PROMO_RULES_FILE=my_rules.toml` tries a rule change). Without --url the page's canonical link
is used. A URL is looked up in the web archive (ARCHIVE_DIR, newscrawl.archive): nothing is fetched. Exit status 0 with a record, 1 when the page gives none (not an article, or rejected by
validation), 2 on a usage error.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parsel import Selector
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.archive.middleware import archive_dir
from newscrawl.archive.reextract import decoded_body
from newscrawl.archive.warc import ArchiveReader
from newscrawl.single import OfflinePages, PageResult

if TYPE_CHECKING:
    import argparse

SHOWN_FIELDS = ("url", "canonical_url", "title", "standfirst", "authors", "published_at", "modified_at",
                "section", "article_type", "tags", "image_url", "word_count")  # fmt: skip


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "PAGE.html|URL [--url URL] [--run RUN] [--json] [--all]"

    def short_desc(self) -> str:
        return "Show the record a saved page becomes and, block by block, what was removed by which rule"

    def long_desc(self) -> str:
        return __doc__ or ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL (default: its canonical link)")
        parser.add_argument("--run", help="an archived URL: its capture by this run (default: the latest)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--all", action="store_true", help="also list removed elements without text")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one saved page (PAGE.html or PAGE.html.gz) or an archived URL")
        assert self.settings is not None
        if args[0].startswith(("http://", "https://")):
            url, body, headers = self._archived(args[0], opts.run)
        else:
            body = self._saved(Path(args[0]))
            found = opts.url or Selector(body=body).css("link[rel=canonical]::attr(href)").get()
            if not found or not found.startswith(("http://", "https://")):
                raise UsageError(f"{args[0]} has no canonical link: give its address with --url")
            url, headers = str(found), None
        with OfflinePages(self.settings) as offline:
            result = offline.run(body, url, headers=headers)
        if opts.json:
            print(json.dumps(as_json(result), ensure_ascii=False, indent=1))
        else:
            print("\n".join(as_text(result, opts.all)))
        self.exitcode = 0 if result.record is not None else 1

    @staticmethod
    def _saved(path: Path) -> bytes:
        try:
            raw = path.read_bytes()
            return gzip.decompress(raw) if path.suffix == ".gz" else raw
        except (OSError, EOFError) as exc:
            raise UsageError(f"cannot read {path}: {exc}") from None

    def _archived(self, url: str, run: str | None) -> tuple[str, bytes, list[tuple[str, str]]]:
        assert self.settings is not None
        directory = archive_dir(self.settings)
        reader = ArchiveReader(directory, run)
        entry = reader.get(url)
        if entry is None:
            where = f"run {run} of " if run else ""
            raise UsageError(f"{url} is not in {where}the archive {directory} (a saved page? give its path)")
        capture = reader.capture(entry)
        print(f"Capture of {entry.date} by run {entry.run} (HTTP {entry.status})", file=sys.stderr)
        return url, decoded_body(capture), capture.headers


def as_json(result: PageResult) -> dict[str, Any]:
    return {
        "url": result.url,
        "record": result.record,
        "rejected": result.rejected,
        "removed": [
            {"rule": entry.rule, "element": entry.what, "text": entry.text} for entry in result.trace
        ],
    }


def as_text(result: PageResult, everything: bool) -> list[str]:
    lines = []
    if result.record is None:
        lines.append(f"No record: {result.rejected}")
    else:
        lines += [f"{name}: {result.record.get(name)}" for name in SHOWN_FIELDS]
        lines += [
            "",
            "body:",
            *(f"  | {block}" for block in str(result.record.get("body") or "").split("\n\n")),
        ]
    shown = [entry for entry in result.trace if everything or entry.text]
    hidden = len(result.trace) - len(shown)
    lines += [
        "",
        f"removed ({len(result.trace)}, {hidden} without text not shown):" if hidden else "removed:",
    ]
    lines += [f"  [{entry.rule}] {entry.what}: {entry.text[:200]}" for entry in shown]
    return lines
