"""Score extracted records against truth written by people (pure functions, no Scrapy).

A truth file is a JSON list of records in the format of `tests/fixtures/real/truth.json` (its
README says how the truth was made): `file`, `url`, `title`, `author`, `published`,
`first_paragraph`, `last_paragraph`, `must_include`, `must_exclude`, `body` (or null) and, where a
person listed them, `lead`: the editorial blocks that come before the first paragraph (key points,
an opening heading, a dated update note), and `fields`: other record fields a person read from the
page (standfirst, section, article_type, tags, image_url, canonical_url), each checked for equality.

Text is compared with whitespace ignored, as the truth's text rule asks: a record may render a
single `<br>` as a space or a line break where the truth joins it with nothing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawl.text import to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

BODY_F1_MIN = 0.98
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")
# The checks of a page, in the order the scoreboard prints them.
CHECKS = ("title", "authors", "published", "first", "last", "include", "exclude", "leaks", "body", "fields")


@dataclass(frozen=True, slots=True)
class Truth:
    file: str
    url: str
    title: str
    authors: tuple[str, ...]
    published: str
    first_paragraph: str
    last_paragraph: str
    must_include: tuple[str, ...]
    must_exclude: tuple[str, ...]
    body: str | None = None
    lead: tuple[str, ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return Path(self.file).name.split(".")[0]


@dataclass(slots=True)
class PageScore:
    name: str
    checks: dict[str, bool]
    leaked: list[str] = field(default_factory=list)
    body_f1: float | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def fully_right(self) -> bool:
        return all(self.checks.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "page": self.name,
            "fully_right": self.fully_right,
            "checks": self.checks,
            "leaked_blocks": self.leaked,
            "body_f1": self.body_f1,
            "problems": self.problems,
        }


def load_truth(path: str | Path) -> list[Truth]:
    """The records of a truth file; page files are resolved by the caller against the file's folder."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise TypeError(f"{path}: a truth file is a JSON list of records")
    return [_truth(entry) for entry in raw]


def _truth(entry: dict[str, Any]) -> Truth:
    return Truth(
        file=entry["file"],
        url=entry["url"],
        title=entry["title"],
        authors=tuple(entry["author"]),
        published=entry["published"],
        first_paragraph=entry["first_paragraph"],
        last_paragraph=entry["last_paragraph"],
        must_include=tuple(entry["must_include"]),
        must_exclude=tuple(entry["must_exclude"]),
        body=entry.get("body"),
        lead=tuple(entry.get("lead") or ()),
        fields=dict(entry.get("fields") or {}),
    )


def squeeze(text: str) -> str:
    """Text with every whitespace run removed: the form truth and records are compared in."""
    return _SPACE.sub("", text)


def score(record: Mapping[str, Any] | None, truth: Truth) -> PageScore:
    """Check one record (None: the page gave no record) against its truth, field by field."""
    if record is None:
        return PageScore(truth.name, dict.fromkeys(CHECKS, False), problems=["no record"])
    blocks = [block for block in str(record.get("body") or "").split("\n\n") if block.strip()]
    squeezed = [squeeze(block) for block in blocks]
    body = squeeze(str(record.get("body") or ""))
    problems: list[str] = []
    checks: dict[str, bool] = {}
    checks["title"] = squeeze(record.get("title") or "") == squeeze(truth.title)
    checks["authors"] = list(record.get("authors") or []) == list(truth.authors)
    checks["published"] = to_utc_iso(record.get("published_at")) == to_utc_iso(truth.published)
    first = _index(squeezed, squeeze(truth.first_paragraph))
    last = _index(squeezed, squeeze(truth.last_paragraph), last=True)
    checks["first"] = first is not None
    checks["last"] = last is not None
    missing = [snippet for snippet in truth.must_include if squeeze(snippet) not in body]
    present = [snippet for snippet in truth.must_exclude if squeeze(snippet) in body]
    checks["include"] = not missing
    checks["exclude"] = not present
    problems += [f"missing: {snippet}" for snippet in missing] + [
        f"present: {snippet}" for snippet in present
    ]
    leaked = _leaked(blocks, squeezed, first, last, truth)
    checks["leaks"] = not leaked
    f1 = body_f1(str(record.get("body") or ""), truth.body) if truth.body else None
    checks["body"] = f1 is None or f1 >= BODY_F1_MIN
    wrong = {name: record.get(name) for name, value in truth.fields.items() if record.get(name) != value}
    checks["fields"] = not wrong
    problems += [f"{name}: got {value!r}, expected {truth.fields[name]!r}" for name, value in wrong.items()]
    for check, name in (("title", "title"), ("authors", "authors"), ("published", "published_at")):
        if not checks[check]:
            problems.append(f"{check}: got {record.get(name)!r}")
    if first is None:
        problems.append(f"first paragraph not a block: {truth.first_paragraph[:80]}")
    if last is None:
        problems.append(f"last paragraph not a block: {truth.last_paragraph[:80]}")
    return PageScore(truth.name, checks, leaked, f1, problems)


def _index(squeezed: Sequence[str], wanted: str, last: bool = False) -> int | None:
    """Where a paragraph of the truth is one whole block of the record (each `<br><br>` segment of a
    `<p>` is a paragraph of its own, by the truth's rule)."""
    order = range(len(squeezed) - 1, -1, -1) if last else range(len(squeezed))
    return next((index for index in order if squeezed[index] == wanted), None)


def _leaked(
    blocks: Sequence[str], squeezed: Sequence[str], first: int | None, last: int | None, truth: Truth
) -> list[str]:
    """Blocks of page furniture in the body: before the first paragraph (other than the editorial
    lead a person listed, or a block holding a must-include snippet), after the last paragraph, and
    anywhere a must-exclude snippet sits."""
    lead = {squeeze(text) for text in truth.lead}
    includes = [squeeze(snippet) for snippet in truth.must_include]
    excludes = [squeeze(snippet) for snippet in truth.must_exclude]
    leaked: list[str] = []
    for index, (block, text) in enumerate(zip(blocks, squeezed, strict=True)):
        before = first is not None and index < first
        after = last is not None and index > last
        if before and (text in lead or any(snippet in text for snippet in includes)):
            before = False
        if before or after or any(snippet in text for snippet in excludes):
            leaked.append(block)
    return leaked


def body_f1(got: str, expected: str) -> float:
    """Token F1 of two texts (bag of lower-case word tokens)."""
    got_tokens = Counter(_TOKEN.findall(got.lower()))
    expected_tokens = Counter(_TOKEN.findall(expected.lower()))
    common = sum((got_tokens & expected_tokens).values())
    if not common:
        return 0.0
    precision = common / sum(got_tokens.values())
    recall = common / sum(expected_tokens.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class Summary:
    """The scoreboard's totals for one extractor over a set of pages."""

    name: str
    pages: int = 0
    fully_right: int = 0
    fields_right: int = 0
    fields_total: int = 0
    leaked_blocks: int = 0
    f1: list[float] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)

    def add(self, page: PageScore, ms: float) -> None:
        self.pages += 1
        self.fully_right += page.fully_right
        self.fields_right += sum(page.checks.values())
        self.fields_total += len(page.checks)
        self.leaked_blocks += len(page.leaked)
        if page.body_f1 is not None:
            self.f1.append(page.body_f1)
        self.ms.append(ms)

    def row(self) -> str:
        f1 = f"{sum(self.f1) / len(self.f1):.3f}" if self.f1 else "n/a"
        ms = sorted(self.ms)[len(self.ms) // 2] if self.ms else 0.0
        return (
            f"{self.name}: {self.fully_right}/{self.pages} pages fully right, "
            f"{self.fields_right}/{self.fields_total} checks right, {self.leaked_blocks} leaked blocks, "
            f"body F1 {f1} ({len(self.f1)} pages with full-body truth), {ms:.1f} ms/page (median)"
        )


def table(scores: Sequence[tuple[PageScore, float]]) -> list[str]:
    """The scoreboard: one line per page, each check right (+) or wrong (-), leaks, F1 and time."""
    width = max([len(page.name) for page, _ in scores] + [4])
    header = (
        f"{'page':{width}}  " + " ".join(f"{check[:7]:>7}" for check in CHECKS) + "  leaked     F1     ms"
    )
    lines = [header, "-" * len(header)]
    for page, ms in scores:
        marks = " ".join(f"{'+' if page.checks[check] else '-':>7}" for check in CHECKS)
        f1 = f"{page.body_f1:.3f}" if page.body_f1 is not None else "   -"
        lines.append(f"{page.name:{width}}  {marks}  {len(page.leaked):>6} {f1:>6} {ms:>6.1f}")
    return lines
