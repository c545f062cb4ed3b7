"""End to end at real weight: `scrapy crawl week` over a replica whose pages weigh what real Vanilla pages
weigh (replica.weight) emits exactly the items the generator's oracle lists, as at light weight."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from replica import OracleArticle, Replica
from tests.crawling import assert_summaries_add_up, run_crawl
from tests.test_e2e_crawl import COMPARED_FIELDS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.e2e


@dataclass
class Crawl:
    oracle: dict[str, OracleArticle]
    items: list[dict[str, Any]]
    returncode: int
    log: str
    state: Path
    gzipped: int


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    work = tmp_path_factory.mktemp("e2e-real-weight")
    with Replica.start(seed=11, articles=30, weight="real") as replica:
        output = work / "out.jsonl"
        result = run_crawl(replica.base_url, work / "state", output)
        items = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line.strip()]
        oracle = {article.canonical_url: article for article in replica.site.oracle}
        decoded = re.search(r"'httpcompression/response_count': (\d+)", result.stderr)
        gzipped = int(decoded.group(1)) if decoded else 0
        yield Crawl(oracle, items, result.returncode, result.stderr, work / "state", gzipped)


def test_crawl_at_real_weight_exits_zero(crawl: Crawl) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]


def test_crawl_at_real_weight_emits_every_oracle_article_once(crawl: Crawl) -> None:
    counts = Counter(item["canonical_url"] for item in crawl.items)
    assert counts == Counter(set(crawl.oracle))
    assert assert_summaries_add_up(crawl.state) == 1


def test_crawl_at_real_weight_bodies_are_the_true_paragraphs(crawl: Crawl) -> None:
    wrong = [
        item["canonical_url"]
        for item in crawl.items
        if item["body"].split("\n\n") != crawl.oracle[item["canonical_url"]].body_paragraphs
    ]
    assert not wrong


@pytest.mark.parametrize("field", COMPARED_FIELDS)
def test_crawl_at_real_weight_field_matches_the_oracle(crawl: Crawl, field: str) -> None:
    wrong = [
        (item["canonical_url"], item[field], getattr(crawl.oracle[item["canonical_url"]], field))
        for item in crawl.items
        if item[field] != getattr(crawl.oracle[item["canonical_url"]], field)
    ]
    assert not wrong, wrong[:5]


def test_crawler_was_sent_real_weight_pages_gzip_encoded(crawl: Crawl) -> None:
    """Scrapy's HttpCompressionMiddleware counts every response it decoded."""
    assert crawl.gzipped >= len(crawl.oracle)
