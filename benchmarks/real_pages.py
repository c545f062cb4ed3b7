"""newscrawl vs trafilatura on real pages with truth written by people, side by side in one run.

    .venv/bin/pip install -r requirements-dev.txt -r benchmarks/requirements.txt
    .venv/bin/python benchmarks/real_pages.py [TRUTH.json ...] [--out benchmarks/REAL_PAGES.md]

Default truth files: tests/fixtures/real/truth.json and truth-older-eras.json. Both extractors get
the same bytes and URL; each record is scored by newscrawl.scoring (the checks of `scrapy
scoreboard`). newscrawl runs the crawl's code path (spider callback + item pipelines, trace off);
trafilatura runs `bare_extraction` with metadata, its paragraphs split on line breaks. Times are
wall-clock ms per page on this machine, measured in the same run, for comparison only.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scrapy.settings import Settings

from newscrawl import settings as project_settings
from newscrawl.scoring import Summary, load_truth, score, table

if TYPE_CHECKING:
    from collections.abc import Callable

    from newscrawl.scoring import PageScore, Truth

DEFAULT_TRUTH = (
    PROJECT / "tests/fixtures/real/truth.json",
    PROJECT / "tests/fixtures/real/truth-older-eras.json",
)


def trafilatura_record(html: bytes, url: str) -> dict[str, Any] | None:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, as_dict=True)
    if not isinstance(document, dict):
        return None
    authors = [name.strip() for name in (document.get("author") or "").split(";") if name.strip()]
    paragraphs = [line for line in (document.get("text") or "").split("\n") if line.strip()]
    return {"title": document.get("title"), "authors": authors, "published_at": document.get("date"),
            "body": "\n\n".join(paragraphs)}  # fmt: skip


def measure(
    name: str, pages: list[tuple[bytes, Truth]], extract: Callable[[bytes, str], dict[str, Any] | None]
) -> tuple[Summary, list[tuple[PageScore, float]]]:
    summary, scores = Summary(name), []
    for html, truth in pages:
        started = time.perf_counter()
        record = extract(html, truth.url)
        ms = (time.perf_counter() - started) * 1000
        page = score(record, truth)
        summary.add(page, ms)
        scores.append((page, ms))
    return summary, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", nargs="*", type=Path, default=list(DEFAULT_TRUTH))
    parser.add_argument("--out", type=Path, help="also write the result as Markdown here")
    args = parser.parse_args()
    from newscrawl.single import OfflinePages

    pages = []
    for path in args.truth:
        for truth in load_truth(path):
            raw = (path.parent / truth.file).read_bytes()
            pages.append((gzip.decompress(raw) if truth.file.endswith(".gz") else raw, truth))
    settings = Settings(
        {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}
    )
    with OfflinePages(settings, trace=False) as offline:

        def ours(html: bytes, url: str) -> dict[str, Any] | None:
            return offline.run(html, url).record

        results = [measure("newscrawl", pages, ours), measure("trafilatura", pages, trafilatura_record)]
    lines = [f"{len(pages)} pages; {platform.python_version()} on {platform.machine()}", ""]
    for summary, scores in results:
        lines += [f"## {summary.name}", "", "```", *table(scores), "```", "", summary.row(), ""]
    lines += ["## Side by side", "", *(f"- {summary.row()}" for summary, _ in results)]
    print("\n".join(lines))
    if args.out:
        args.out.write_text(
            "# Real pages: newscrawl vs trafilatura\n\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
