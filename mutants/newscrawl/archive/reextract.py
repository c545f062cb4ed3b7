"""Re-extraction: archived article pages through today's code and rules, compared with their records.

For each archived article (its latest capture in the chosen runs, dates or URLs), the page goes
through the crawl's own code path offline (`newscrawl.single`) and the record it gives now is
compared, field by field (`CONTENT_FIELDS`), with the article's last version in the registry. Nothing
is fetched and nothing is written here: `scrapy reextract --apply` then replays the changed pages
through the normal crawl (ARCHIVE_REPLAY), whose registry writes them as new versions.
"""

from __future__ import annotations

import difflib
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warcio.bufferedreaders import DecompressingBufferedReader

from newscrawl.archive.warc import Capture, Entry, entries, latest, read_capture
from newscrawl.items import CONTENT_FIELDS

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable
    from pathlib import Path

    from newscrawl.single import PageResult

# Content codings a reader must undo before parsing (what Scrapy's HttpCompressionMiddleware undoes).
DECODERS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate", "br": "br"}
EXAMPLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class Selection:
    """Which captures to re-extract: runs, a capture-date window (YYYY-MM-DD, inclusive), URLs."""

    runs: Collection[str] | None = None
    since: str | None = None
    until: str | None = None
    urls: Collection[str] | None = None

    def wants(self, entry: Entry) -> bool:
        day = entry.date[:10]
        return (
            entry.kind == "article"
            and entry.status == 200
            and (self.since is None or day >= self.since)
            and (self.until is None or day <= self.until)
            and (self.urls is None or entry.url in self.urls)
        )


def selected(directory: Path, selection: Selection) -> list[Entry]:
    """The latest capture of every selected article URL, oldest capture first."""
    found = latest(entry for entry in entries(directory, selection.runs) if selection.wants(entry))
    return sorted(found.values(), key=lambda entry: entry.date)


def decoded_body(capture: Capture) -> bytes:
    """The payload with its content codings undone (applied last, undone first)."""
    body = capture.body
    codings = [
        value.strip().lower()
        for name, header in capture.headers
        if name.lower() == "content-encoding"
        for value in header.split(",")
        if value.strip() and value.strip().lower() != "identity"
    ]
    for coding in reversed(codings):
        if coding not in DECODERS:
            raise ValueError(f"unknown content coding {coding!r}")
        body = DecompressingBufferedReader(io.BytesIO(body), decomp_type=DECODERS[coding]).read()
    return body


@dataclass(slots=True)
class Example:
    url: str
    before: str
    after: str


@dataclass(slots=True)
class Report:
    """What re-extraction would change, per outcome and per field."""

    examined: int = 0
    changed: list[str] = field(default_factory=list)  # archived URLs whose record changed
    new: list[str] = field(default_factory=list)  # a record now, none recorded before
    unchanged: int = 0
    now_rejected: list[str] = field(default_factory=list)  # a record before, rejected now
    still_rejected: int = 0  # no record before, none now
    fields: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[Example]] = field(default_factory=dict)

    @property
    def to_apply(self) -> list[str]:
        """The archived URLs --apply replays: changed records and new ones."""
        return [*self.changed, *self.new]

    def as_json(self) -> dict[str, Any]:
        return {
            "examined": self.examined,
            "changed": len(self.changed),
            "new": len(self.new),
            "unchanged": self.unchanged,
            "now_rejected": len(self.now_rejected),
            "still_rejected": self.still_rejected,
            "fields": dict(self.fields.most_common()),
            "examples": {
                name: [{"url": e.url, "before": e.before, "after": e.after} for e in examples]
                for name, examples in self.examples.items()
            },
            "to_apply": self.to_apply,
            "now_rejected_urls": self.now_rejected,
        }


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [name for name in CONTENT_FIELDS if before.get(name) != after.get(name)]


def compare(
    directory: Path,
    chosen: Iterable[Entry],
    run_page: Callable[[Capture, bytes], PageResult],
    last_record: Callable[[str], dict[str, Any] | None],
    examples: int = 3,
) -> Report:
    """Re-extract each chosen capture; compare its record now with the article's last version."""
    report = Report()
    for entry in chosen:
        capture = read_capture(directory, entry)
        result = run_page(capture, decoded_body(capture))
        report.examined += 1
        canonical = (result.record or {}).get("canonical_url") or entry.url
        before = last_record(canonical)
        if result.record is None:
            if before is None:
                report.still_rejected += 1
            else:
                report.now_rejected.append(entry.url)
        elif before is None:
            report.new.append(entry.url)
        elif names := changed_fields(before, result.record):
            report.changed.append(entry.url)
            for name in names:
                report.fields[name] += 1
                shown = report.examples.setdefault(name, [])
                if len(shown) < examples:
                    shown.append(Example(entry.url, *difference(before.get(name), result.record.get(name))))
        else:
            report.unchanged += 1
    return report


def difference(before: Any, after: Any) -> tuple[str, str]:
    """A short before/after of one field: for text, the first paragraphs that differ."""
    if isinstance(before, str) and isinstance(after, str) and ("\n" in before or "\n" in after):
        old = [block for block in before.split("\n\n") if block]
        new = [block for block in after.split("\n\n") if block]
        removed: list[str] = []
        added: list[str] = []
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if tag != "equal":
                removed.extend(old[i1:i2])
                added.extend(new[j1:j2])
        return _short(" ¶ ".join(removed) or "(nothing)"), _short(" ¶ ".join(added) or "(nothing)")
    return _short(repr(before)), _short(repr(after))


def _short(text: str) -> str:
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"
