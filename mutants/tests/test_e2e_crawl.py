"""End to end: the real `scrapy crawl week`, as a subprocess, against the replica on 127.0.0.1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from newscrawl.text import for_matching
from replica import OracleArticle, Replica
from tests.conftest import SHARED
from tests.crawling import assert_summaries_add_up, run_crawl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.e2e

CHECK_ITEMS = SHARED.parent / "tools" / "check-items.py"
PROMO_PHRASES = (
    "escape your echo chamber", "free newsletters", "from our morning news briefing", "best articles in your inbox",
    "a free daily email", "you are now subscribed", "sign-up was successful", "create an account with the same email",
    "image credit", "when you purchase through links", "contact me with news and offers", "you may like",
    "has worked as a news",
)  # fmt: skip
COMPARED_FIELDS = (
    "url", "canonical_url", "title", "standfirst", "authors", "published_at", "modified_at", "section",
    "article_type", "tags", "image_url",
)  # fmt: skip


@dataclass
class Crawl:
    replica: Replica
    oracle: dict[str, OracleArticle]
    items: list[dict[str, Any]]
    returncode: int
    log: str
    output: Path
    state: Path

    def summary(self) -> dict[str, Any]:
        [path] = self.state.glob("runs/*/summary.json")
        return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    work = tmp_path_factory.mktemp("e2e")
    with Replica.start(seed=7, articles=80) as replica:
        output = work / "out.jsonl"
        result = run_crawl(replica.base_url, work / "state", output)
        items = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line.strip()]
        oracle = {article.canonical_url: article for article in replica.site.oracle}
        yield Crawl(replica, oracle, items, result.returncode, result.stderr, output, work / "state")


def test_crawl_exits_zero(crawl: Crawl) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]


def test_every_replica_article_exactly_once(crawl: Crawl) -> None:
    counts = Counter(item["canonical_url"] for item in crawl.items)
    duplicates = {url: count for url, count in counts.items() if count > 1}
    missing = set(crawl.oracle) - set(counts)
    assert not duplicates
    assert not missing, sorted(missing)


def test_no_non_article_is_emitted(crawl: Crawl) -> None:
    extra = {item["canonical_url"] for item in crawl.items} - set(crawl.oracle)
    assert not extra
    non_articles = set(crawl.replica.site.non_article_urls)
    assert not {item["url"] for item in crawl.items} & non_articles


def test_no_promo_caption_or_credit_text_in_any_body(crawl: Crawl) -> None:
    leaks = [
        (item["canonical_url"], phrase)
        for item in crawl.items
        for phrase in PROMO_PHRASES
        if phrase in for_matching(item["body"])
    ]
    assert not leaks


def test_every_body_is_exactly_the_true_paragraphs(crawl: Crawl) -> None:
    wrong = [
        url
        for url, article in crawl.oracle.items()
        for item in crawl.items
        if item["canonical_url"] == url and item["body"].split("\n\n") != list(article.body_paragraphs)
    ]
    assert not wrong


@pytest.mark.parametrize("field", COMPARED_FIELDS)
def test_every_field_matches_the_oracle(crawl: Crawl, field: str) -> None:
    wrong = []
    for item in crawl.items:
        article = crawl.oracle.get(item["canonical_url"])
        if article is not None and item[field] != getattr(article, field):
            wrong.append((item["canonical_url"], item[field], getattr(article, field)))
    assert not wrong, wrong[:5]


def test_every_discovered_url_is_accounted_for(crawl: Crawl) -> None:
    summary = crawl.summary()
    assert assert_summaries_add_up(crawl.state) == 1
    assert summary["exported"] == len(crawl.items) == len(crawl.oracle)
    assert summary["duplicate"] > 0  # legacy links redirect to articles already fetched
    assert summary["failed"] == summary["rejected"] == 0


def test_derived_fields_are_consistent(crawl: Crawl) -> None:
    for item in crawl.items:
        assert item["word_count"] == len(item["body"].split())
        assert re.fullmatch(r"[0-9a-f]{64}", item["content_hash"])
        assert item["version"] == 1


@pytest.mark.skipif(
    not CHECK_ITEMS.exists(), reason="../shared/tools/check-items.py is not beside the project"
)
def test_output_passes_the_shared_item_contract_checker(crawl: Crawl) -> None:
    result = subprocess.run(
        [sys.executable, str(CHECK_ITEMS), str(crawl.output)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_since_skips_articles_published_before_the_date(tmp_path: Path) -> None:
    with Replica.start(seed=2, articles=40) as replica:
        dates = sorted(article.published_at for article in replica.site.oracle)
        since = dates[len(dates) // 2][:10]
        result = run_crawl(
            replica.base_url, tmp_path / "state", tmp_path / "out.jsonl", "-a", f"since={since}"
        )
        assert result.returncode == 0, result.stderr[-2000:]
        got = {
            json.loads(line)["canonical_url"] for line in (tmp_path / "out.jsonl").read_text().splitlines()
        }
        expected = {
            article.canonical_url for article in replica.site.oracle if article.published_at[:10] >= since
        }
        assert got == expected
        assert assert_summaries_add_up(tmp_path / "state") == 1


def test_max_pages_limits_each_listing(tmp_path: Path) -> None:
    with Replica.start(seed=2, articles=60) as replica:
        result = run_crawl(replica.base_url, tmp_path / "state", tmp_path / "out.jsonl", "-a", "max_pages=1")
        assert result.returncode == 0, result.stderr[-2000:]
        paged = [path for _, path in replica.requests if "/page/" in path]
        assert not paged
        assert "'newscrawl/listing/stopped/max_pages'" in result.stderr
        assert assert_summaries_add_up(tmp_path / "state") == 1


def test_unreachable_site_exits_non_zero_with_a_one_line_reason(tmp_path: Path) -> None:
    with Replica.start(seed=2, articles=1) as replica:
        base_url = replica.base_url  # the port is closed once the replica stops
    result = run_crawl(base_url, tmp_path / "state", tmp_path / "out.jsonl", "-s", "RETRY_TIMES=0")
    assert result.returncode == 3
    assert re.search(r"UNHEALTHY CRAWL: site unreachable", result.stderr)
    assert assert_summaries_add_up(tmp_path / "state") == 1


def test_a_bad_argument_fails_at_start(tmp_path: Path) -> None:
    result = run_crawl(
        "http://127.0.0.1:9", tmp_path / "state", tmp_path / "out.jsonl", "-a", "since=yesterday"
    )
    assert result.returncode != 0
    assert "-a since must be a date as YYYY-MM-DD" in result.stderr
