"""DatasetProfile: what a dataset holds, gathered record by record as it is written (constant memory
in the number of records: counters over days, sections, authors and word-count bins only)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newscrawl.items import EXPORT_FIELDS

WORD_BIN = 100  # words per histogram bin
WORD_CAP = 3000  # the last bin holds every longer article
COVERED = tuple(name for name in EXPORT_FIELDS if name not in {"word_count", "version", "reextracted"})


@dataclass(slots=True)
class DatasetProfile:
    records: int = 0
    articles: int = 0
    invalid: int = 0
    versions: Counter[int] = field(default_factory=Counter)
    sections: Counter[str] = field(default_factory=Counter)
    days: Counter[tuple[str, str]] = field(default_factory=Counter)  # (YYYY-MM-DD, section)
    words: Counter[int] = field(default_factory=Counter)  # bin start -> records
    filled: Counter[str] = field(default_factory=Counter)  # field -> records where it is non-empty
    authors: Counter[str] = field(default_factory=Counter)
    runs: set[str] = field(default_factory=set)
    first_published: str | None = None
    last_published: str | None = None
    _previous_url: str | None = None

    def add(self, record: dict[str, Any], run_id: str) -> None:
        self.records += 1
        if record.get("canonical_url") != self._previous_url:  # records come sorted by URL
            self.articles += 1
            self._previous_url = record.get("canonical_url")
        self.versions[int(record.get("version") or 0)] += 1
        section = record.get("section") or "(none)"
        self.sections[section] += 1
        published = record.get("published_at")
        if published:
            self.days[(published[:10], section)] += 1
            if self.first_published is None or published < self.first_published:
                self.first_published = published
            if self.last_published is None or published > self.last_published:
                self.last_published = published
        self.words[min(int(record.get("word_count") or 0) // WORD_BIN * WORD_BIN, WORD_CAP)] += 1
        for name in COVERED:
            if record.get(name) not in (None, "", []):
                self.filled[name] += 1
        self.authors.update(record.get("authors") or [])
        self.runs.add(run_id)

    def coverage(self) -> dict[str, float]:
        return {name: round(self.filled[name] / self.records, 4) if self.records else 0.0 for name in COVERED}

    def summary(self) -> dict[str, Any]:
        return {
            "counts": {
                "records": self.records,
                "articles": self.articles,
                "versions": {str(version): count for version, count in sorted(self.versions.items())},
                "invalid_skipped": self.invalid,
            },
            "date_range": {"first_published": self.first_published, "last_published": self.last_published},
            "sections": dict(sorted(self.sections.items())),
            "coverage": self.coverage(),
            "runs": sorted(self.runs),
        }
