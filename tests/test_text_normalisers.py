"""clean_ws and for_matching against their plain definitions (a regex collapse, str.translate).

The module computes them with C-level string methods for speed; these properties pin them to what
they mean, on any text, including every character Python counts as whitespace."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.text import clean_ws, for_matching

WHITESPACE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
TYPOGRAPHY: dict[str, str | int | None] = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u200b": "", "\ufeff": "",
}  # fmt: skip
# Text made of the characters that matter here (whitespace, typographic variants, zero-width
# space, case) mixed with any others.
TEXT = st.lists(
    st.one_of(st.sampled_from(WHITESPACE + list(TYPOGRAPHY) + ["a", "B", "\u0130"]), st.characters()),
    max_size=60,
).map("".join)


def reference_clean_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


def reference_for_matching(text: str) -> str:
    return reference_clean_ws(text.translate(str.maketrans(TYPOGRAPHY))).lower()


@settings(max_examples=500)
@given(TEXT)
def test_clean_ws_collapses_exactly_what_a_whitespace_regex_collapses(text: str) -> None:
    assert clean_ws(text) == reference_clean_ws(text)


@settings(max_examples=500)
@given(TEXT)
def test_for_matching_equals_translate_then_collapse_then_lower(text: str) -> None:
    assert for_matching(text) == reference_for_matching(text)


def test_for_matching_folds_typography_and_case() -> None:
    assert (
        for_matching("\u201cSign\u00a0up\u201d \u2014 it\u2019s\u200b free\ufeff ")
        == '"sign up" - it\'s free'
    )
