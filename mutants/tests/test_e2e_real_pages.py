"""The real `scrapy crawl week` over real saved pages served on 127.0.0.1, scored against their truth.

The pages sit under article-shaped paths behind a robots.txt and a sitemap, as a site would serve
them; the crawl discovers them from the sitemap and its JSON Lines output is scored page by page
with the truth people wrote (tests/fixtures/real/README.md)."""

from __future__ import annotations

import gzip
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import pytest

from newscrawl.scoring import CHECKS, load_truth, score
from tests.conftest import FIXTURES
from tests.crawling import assert_summaries_add_up, read_items, run_crawl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

TRUTH_FILES = (FIXTURES / "real" / "truth.json", FIXTURES / "real" / "truth-older-eras.json")


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path: Any) -> str:
        text = str(path)
        if text.endswith(".xml"):
            return "application/xml"
        if text.endswith(".txt"):
            return "text/plain"
        return "text/html; charset=utf-8"

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    truths = {}
    for truth_file in TRUTH_FILES:
        for truth in load_truth(truth_file):
            (root / "news" / truth.name).write_bytes(
                gzip.decompress((truth_file.parent / truth.file).read_bytes())
            )
            truths[f"{base}/news/{truth.name}"] = truth
    locs = "".join(f"<url><loc>{url}</loc></url>" for url in truths)
    (root / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    )
    (root / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, truths
    server.shutdown()
    server.server_close()


@pytest.mark.e2e
def test_crawl_of_real_pages_gives_records_right_by_their_truth(
    site: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    base, truths = site
    output = tmp_path / "out.jsonl"
    done = run_crawl(base, tmp_path / "state", output, "-a", "discover=sitemaps")
    assert done.returncode == 0, done.stderr[-3000:]
    items = {item["url"]: item for item in read_items(output)}
    assert set(items) == set(truths)
    wrong = {}
    for url, truth in truths.items():
        page = score(items[url], truth)
        if not page.fully_right:
            wrong[truth.name] = (
                [check for check in CHECKS if not page.checks[check]],
                page.problems,
                page.leaked,
            )
    assert not wrong, wrong
    assert assert_summaries_add_up(tmp_path / "state") == 1
