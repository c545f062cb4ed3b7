"""The item schema's two validators: whatever fastjsonschema's compiled check (the fast path of
schema_errors) accepts, jsonschema accepts, and schema_errors gives jsonschema's verdict and messages,
on generated records near the schema."""

from __future__ import annotations

from typing import Any

import fastjsonschema
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscrawl.itemschema import _compiled, _validator, schema, schema_errors

VALID: dict[str, Any] = {
    "url": "https://theweek.com/politics/a", "canonical_url": "https://theweek.com/politics/a", "title": "A",
    "standfirst": None, "authors": ["Jo"], "published_at": "2024-10-31T15:32:29+00:00", "modified_at": None,
    "section": "Politics", "article_type": None, "tags": [], "image_url": None, "body": "Text.", "word_count": 1,
    "fetched_at": "2024-11-01T00:00:00.5Z", "content_hash": "0" * 64, "version": 1, "extractor": "1.1",
    "reextracted": False,
}  # fmt: skip
# Values that pass or break one field or another: every type, edge strings for the patterns
# (a trailing newline, which `$` lets through in Python's re, spaces, offsets), integer edges.
CANDIDATES: list[Any] = [
    None, "", " ", "A", "0" * 64, "0" * 63, "G" * 64, "https://theweek.com/a", "http://x", "https://a b",
    "ftp://theweek.com/a", "https://theweek.com/a\n", "2024-10-31T15:32:29+00:00", "2024-10-31T15:32:29Z\n",
    "2024-10-31 15:32:29+00:00", "2024-10-31T15:32:29", "2024-10-31T15:32:29.123-05:30", 0, 1, -1, 2**40,
    1.0, 0.5, True, False, [], [""], ["a"], ["a", 1], [None], (), ("a",), ("",), {}, {"a": 1},
]  # fmt: skip


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    record = dict(VALID)
    for name in draw(st.lists(st.sampled_from(sorted(VALID)), max_size=4, unique=True)):
        if draw(st.booleans()):
            record[name] = draw(st.sampled_from(CANDIDATES))
        else:
            del record[name]
    if draw(st.booleans()):
        record[draw(st.sampled_from(["extra", "promo_trace", "Title"]))] = draw(st.sampled_from(CANDIDATES))
    return record


def test_the_sample_record_conforms() -> None:
    assert set(VALID) == set(schema()["properties"])
    assert schema_errors(VALID) == []


def fast_accepts(record: dict[str, Any]) -> bool:
    try:
        _compiled()(record)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


@settings(max_examples=1500)
@given(records())
@example({**VALID, "authors": ("Jo",), "tags": ()})  # arrays as tuples: fastjsonschema takes them
def test_what_the_fast_check_accepts_jsonschema_accepts(record: dict[str, Any]) -> None:
    if fast_accepts(record):
        assert _validator().is_valid(record), sorted(e.message for e in _validator().iter_errors(record))


@settings(max_examples=1500)
@given(records())
def test_schema_errors_are_jsonschemas_verdict_and_messages(record: dict[str, Any]) -> None:
    errors = schema_errors(record)
    assert (errors == []) == _validator().is_valid(record), errors
    assert errors == sorted(
        f"{'.'.join(str(part) for part in error.absolute_path) or '(record)'}: {error.message}"
        for error in _validator().iter_errors(record)
    )


def test_the_fast_check_is_stricter_where_its_pattern_end_differs() -> None:
    record = {**VALID, "url": "https://theweek.com/a\n"}  # Python's `$` matches before a final newline
    assert not fast_accepts(record)
    assert schema_errors(record) == [], "jsonschema, the judge, accepts it"


def test_a_broken_record_gets_jsonschemas_messages() -> None:
    errors = schema_errors({**VALID, "content_hash": "x", "version": 0})
    assert errors == [
        "content_hash: 'x' does not match '^[0-9a-f]{64}$'",
        "version: 0 is less than the minimum of 1",
    ]
