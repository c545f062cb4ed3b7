"""Pieces of benchmarks/run.py that decide what its figures mean: the distinct copies of real pages,
the pre-compressed files nginx serves, the bare spider and the crawl-only CPU it reports."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from typing import TYPE_CHECKING

import pytest

from newscrawl.dom import parse_html
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.urls import SiteUrls
from replica import Replica
from tests.crawling import PROJECT

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

BASE = "http://127.0.0.1:8123"


@pytest.fixture(scope="module")
def run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_run", PROJECT / "benchmarks" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["space-2026-starlink-10000", "space-2019-europa-water-vapor"])
def test_each_copy_of_a_real_page_is_its_own_article(run: ModuleType, name: str) -> None:
    page = run.real_pages()[name]
    extracted = []
    for number in (0, 1):
        url = f"{BASE}/news/{name}-copy-{number}"
        result = ArticlePage(
            parse_html(run.copy_page(page, url, number).decode()), url, SiteUrls(BASE)
        ).extract()
        assert result.fields["canonical_url"] == url
        assert result.body_root is not None
        extracted.append(" ".join(result.body_root.itertext()))
    assert "Benchmark copy 0 of this page" in extracted[0]
    assert "Benchmark copy 1 of this page" in extracted[1]
    assert extracted[0].replace("copy 0", "copy 1") == extracted[1]


def test_a_page_without_a_body_container_is_refused(run: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="no canonical link or #article-body"):
        run.copy_page(b'<html><head><link rel="canonical" href="x"></head></html>', f"{BASE}/news/x-y", 0)


def test_pages_are_written_with_their_gzip_encoding_beside_them(run: ModuleType, tmp_path: Path) -> None:
    run.write_page(tmp_path, "/news/a-b", b"<html>page</html>")
    run.write_page(tmp_path, "/robots.txt", b"User-agent: *\n")
    assert gzip.decompress((tmp_path / "news/a-b/index.html.gz").read_bytes()) == b"<html>page</html>"
    assert (tmp_path / "news/a-b/index.html").read_bytes() == b"<html>page</html>"
    assert gzip.decompress((tmp_path / "robots.txt.gz").read_bytes()) == b"User-agent: *\n"


@pytest.mark.e2e
def test_bare_spider_reads_every_page_and_reports_its_crawl_cpu(run: ModuleType, tmp_path: Path) -> None:
    with Replica.start(seed=3, articles=4) as replica:
        urls = run.write_urls(tmp_path / "urls.txt", [article.url for article in replica.site.oracle])
        measured = run.bare(urls, tmp_path)
    assert measured.stat("item_scraped_count") == 4
    assert 0 < measured.stat(run.CRAWL_CPU) < measured.cpu  # start-up and imports left out
    assert measured.ms_per_item() == 1000 * measured.stat(run.CRAWL_CPU) / 4
