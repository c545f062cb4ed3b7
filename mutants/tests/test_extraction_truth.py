"""Extraction judged by truth written by people, page by page, through the crawl's own code path.

The pages: `tests/fixtures/real/` (real Future plc Vanilla article pages, 2012-2026 eras, truth in
`truth.json` and `truth-older-eras.json`, README.md says how it was made) and
`tests/fixtures/theweek/` (the seed article, a real The Week text, in both template families). No
expected value here was produced by running the extractor.
"""

from __future__ import annotations

import gzip
import json
from typing import TYPE_CHECKING

import pytest
from scrapy.settings import Settings

from newscrawl.scoring import CHECKS, Truth, body_f1, load_truth, score
from newscrawl.single import OfflinePages
from tests.conftest import FIXTURES, project_settings

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

TRUTH_FILES = (
    FIXTURES / "real" / "truth.json",
    FIXTURES / "real" / "truth-older-eras.json",
    FIXTURES / "theweek" / "truth.json",
)
PAGES = [(path, truth) for path in TRUTH_FILES for truth in load_truth(path)]


def page_bytes(truth_file: Path, truth: Truth) -> bytes:
    raw = (truth_file.parent / truth.file).read_bytes()
    return gzip.decompress(raw) if truth.file.endswith(".gz") else raw


@pytest.fixture(scope="module")
def offline() -> Iterator[OfflinePages]:
    with OfflinePages(Settings(project_settings())) as pages:
        yield pages


@pytest.mark.parametrize(("truth_file", "truth"), PAGES, ids=[truth.name for _, truth in PAGES])
def test_page_record_matches_truth_written_by_people(
    truth_file: Path, truth: Truth, offline: OfflinePages
) -> None:
    result = offline.run(page_bytes(truth_file, truth), truth.url)
    assert result.rejected is None, result.rejected
    page = score(result.record, truth)
    wrong = [check for check in CHECKS if not page.checks[check]]
    assert not wrong, f"{truth.name}: {wrong}; {page.problems}; leaked {page.leaked}"


def test_seed_article_is_exactly_its_four_paragraphs_in_both_template_families(offline: OfflinePages) -> None:
    truth_file = FIXTURES / "theweek" / "truth.json"
    for truth in load_truth(truth_file):
        result = offline.run(page_bytes(truth_file, truth), truth.url)
        assert result.record is not None
        assert truth.body is not None
        assert result.record["body"].split("\n\n") == truth.body.split("\n\n")


def test_truth_files_name_existing_pages_and_every_field() -> None:
    for truth_file in TRUTH_FILES:
        records = json.loads(truth_file.read_text(encoding="utf-8"))
        for record in records:
            assert (truth_file.parent / record["file"]).exists(), record["file"]
            assert record["title"]
            assert record["author"]
            assert record["published"]
            assert record["first_paragraph"]
            assert record["last_paragraph"]
            assert len(record["must_include"]) >= 2
            assert len(record["must_exclude"]) >= 3
            assert record["notes"], "truth says how it was made"
    assert len(PAGES) == 27


def test_cleaning_trace_of_a_real_page_names_the_rule_of_every_leak_it_prevented(
    offline: OfflinePages,
) -> None:
    truth_file = FIXTURES / "real" / "truth.json"
    truth = next(entry for entry in load_truth(truth_file) if entry.name == "techradar-2026-basic-fit-breach")
    result = offline.run(page_bytes(truth_file, truth), truth.url)
    removed_text = " ".join(entry.text for entry in result.trace)
    for snippet in truth.must_exclude:
        assert snippet in removed_text, snippet
    assert {"share-bar", "person-slice", "house-line"} <= {entry.rule for entry in result.trace}


# The scorer itself: each check can fail for its own reason.
TRUTH = Truth(
    file="pages/x.html", url="https://example.com/a/b", title="Title", authors=("A B",),
    published="2026-01-01T00:00:00+00:00", first_paragraph="First paragraph.", last_paragraph="Last one.",
    must_include=("First", "Middle bit"), must_exclude=("Sign up now",), body=None, lead=("Key point",),
)  # fmt: skip
RIGHT: dict[str, object] = {
    "title": "Title", "authors": ["A B"], "published_at": "2026-01-01T00:00:00Z",
    "body": "Key point\n\nFirst paragraph.\n\nMiddle bit here.\n\nLast one.",
}  # fmt: skip


def test_score_accepts_a_right_record_with_whitespace_ignored() -> None:
    record = dict(RIGHT, title=" Title ", body=str(RIGHT["body"]).replace("Middle bit", "Middle\nbit"))
    assert score(record, TRUTH).fully_right


@pytest.mark.parametrize(
    ("change", "check"),
    [
        ({"title": "Other"}, "title"),
        ({"authors": ["A B", "C D"]}, "authors"),
        ({"published_at": "2026-01-01T00:00:01Z"}, "published"),
        ({"body": "Facebook\n\nFirst paragraph.\n\nMiddle bit here.\n\nLast one."}, "leaks"),
        ({"body": "Key point\n\nFirst paragraph.\n\nMiddle bit here.\n\nLast one.\n\nMore from us"}, "leaks"),
        ({"body": "Key point\n\nFirst paragraph. Middle bit here.\n\nLast one."}, "first"),
        ({"body": "Key point\n\nFirst paragraph.\n\nLast one."}, "include"),
        ({"body": "First paragraph.\n\nMiddle bit here. Sign up now\n\nLast one."}, "exclude"),
    ],
)
def test_score_flags_each_kind_of_mistake(change: dict[str, object], check: str) -> None:
    page = score(dict(RIGHT, **change), TRUTH)
    assert not page.checks[check]
    assert not page.fully_right


def test_body_f1_is_token_overlap() -> None:
    assert body_f1("a b c d", "a b c d") == 1.0
    assert body_f1("a b", "a b c d") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert body_f1("x", "a") == 0.0
