"""Golden tests of article extraction plus cleaning on saved pages (tests/fixtures/theweek/articles)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED, Case, cases, extract

ARTICLE_CASES = cases("theweek/articles") + cases("sister-sites/articles")
FIELDS = (
    "url", "canonical_url", "title", "standfirst", "authors", "published_at", "modified_at", "section",
    "article_type", "tags", "image_url", "body", "word_count", "content_hash", "version",
)  # fmt: skip


@pytest.mark.parametrize("case", ARTICLE_CASES, ids=lambda case: case.name)
def test_article_fixture_matches_golden_record(case: Case, update_fixtures: bool) -> None:
    got = extract(case.response(), case.base_url)
    if update_fixtures:
        case.expected_path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    for field in FIELDS:
        assert got[field] == expected[field], f"{case.name}: field {field}"


@pytest.mark.parametrize("case", ARTICLE_CASES, ids=lambda case: case.name)
def test_article_fixture_is_complete(case: Case) -> None:
    assert {"url", "crawl_date", "status", "encoding", "notes"} <= set(case.meta)
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    assert set(FIELDS) <= set(expected)


@pytest.mark.parametrize(
    "case",
    [case for case in ARTICLE_CASES if "seed" in case.name],
    ids=lambda case: case.name,
)
def test_seed_article_comes_out_as_exactly_its_four_paragraphs(case: Case) -> None:
    seed = json.loads((SHARED / "seed" / "expected.json").read_text(encoding="utf-8"))
    got = extract(case.response(), case.base_url)
    assert got["title"] == seed["title"]
    assert got["body"].split("\n\n") == seed["body_paragraphs"]
    for line in seed["boilerplate_lines_in_page_order"]:
        if line != "The Week":
            assert line not in got["body"]
