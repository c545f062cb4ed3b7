"""The article registry: what every run has written, so the next run adds only what is new or changed.

One SQLite file, `<NEWSCRAWL_STATE_DIR>/registry.sqlite3` (embedded: nothing to run or administer).
Tables (README "Article registry"):

- `articles`: one row per canonical URL (source id, first/last seen, published/modified times, content
  hash, current version, the run that wrote it, and the newest sitemap/feed date acted on).
- `versions`: every emitted version of every article, as the exported item (the dataset history).
- `aliases`: other URLs that led to an article (legacy numeric URLs, redirects), so they are not
  fetched again either.
- `frontier`: URLs not finished yet: `requested` (outcome not recorded yet: a crash), `failed`
  (retried by later runs), `gone` (404/410) and `rejected` (failed validation), both fetched again
  only when a date says they changed, and `listing` (an article-shaped URL that is a listing).
- `runs`, `run_sources`, `outputs`: each run's status and summary, the sitemap `lastmod`s it read,
  and the files it wrote (repaired and reconciled after a crash).

Writes happen in the crawl's reactor thread only; readers (`Registry.open(path, readonly=True)`,
`scrapy registry`) never take a write lock, thanks to WAL mode.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

from newscrawl.text import to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping


FILENAME = "registry.sqlite3"
SCHEMA_VERSION = 2
FRONTIER_TABLE = """
CREATE TABLE IF NOT EXISTS frontier (
    key        TEXT PRIMARY KEY,
    url        TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('requested', 'failed', 'gone', 'rejected', 'listing')),
    hint_at    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    reason     TEXT,
    run_id     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);"""
# Schema 1 called `requested` `pending`; its CHECK constraint can only change with the table.
MIGRATE_1_TO_2 = (
    "BEGIN IMMEDIATE;\nALTER TABLE frontier RENAME TO frontier_v1;\n"  # noqa: S608 - constant text, no input
    + FRONTIER_TABLE
    + """
INSERT INTO frontier SELECT key, url, CASE status WHEN 'pending' THEN 'requested' ELSE status END,
    hint_at, attempts, reason, run_id, updated_at FROM frontier_v1;
DROP TABLE frontier_v1;
PRAGMA user_version = 2;
COMMIT;
"""
)
SCHEMA = (
    FRONTIER_TABLE
    + """
CREATE TABLE IF NOT EXISTS articles (
    canonical_url TEXT PRIMARY KEY,
    source_id     TEXT,
    url           TEXT NOT NULL,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    published_at  TEXT,
    modified_at   TEXT,
    hint_at       TEXT,
    content_hash  TEXT NOT NULL,
    version       INTEGER NOT NULL,
    run_id        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    canonical_url TEXT NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    run_id        TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    published_at  TEXT,
    section       TEXT,
    article_type  TEXT,
    item          TEXT NOT NULL,
    PRIMARY KEY (canonical_url, version)
);
CREATE TABLE IF NOT EXISTS aliases (
    alias         TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id      TEXT PRIMARY KEY,
    pid         INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,
    complete    INTEGER NOT NULL DEFAULT 0,
    discover    TEXT,
    summary     TEXT
);
CREATE TABLE IF NOT EXISTS run_sources (
    run_id  TEXT NOT NULL,
    url     TEXT NOT NULL,
    lastmod TEXT,
    PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS outputs (
    run_id TEXT NOT NULL,
    path   TEXT NOT NULL,
    format TEXT NOT NULL,
    PRIMARY KEY (run_id, path)
);
"""
)
RUNNING = "running"
CRASHED = "crashed"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_now_iso__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_now_iso__mutmut)
def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def x_now_iso__mutmut_orig() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def x_now_iso__mutmut_1() -> str:
    return datetime.now(UTC).replace(microsecond=None).isoformat()


def x_now_iso__mutmut_2() -> str:
    return datetime.now(None).replace(microsecond=0).isoformat()


def x_now_iso__mutmut_3() -> str:
    return datetime.now(UTC).replace(microsecond=1).isoformat()

mutants_x_now_iso__mutmut['_mutmut_orig'] = x_now_iso__mutmut_orig # type: ignore # mutmut generated
mutants_x_now_iso__mutmut['x_now_iso__mutmut_1'] = x_now_iso__mutmut_1 # type: ignore # mutmut generated
mutants_x_now_iso__mutmut['x_now_iso__mutmut_2'] = x_now_iso__mutmut_2 # type: ignore # mutmut generated
mutants_x_now_iso__mutmut['x_now_iso__mutmut_3'] = x_now_iso__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_time__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_time__mutmut)
def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(normalised) if normalised else None


def x_parse_time__mutmut_orig(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(normalised) if normalised else None


def x_parse_time__mutmut_1(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = None
    return datetime.fromisoformat(normalised) if normalised else None


def x_parse_time__mutmut_2(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(None)
    return datetime.fromisoformat(normalised) if normalised else None


def x_parse_time__mutmut_3(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(normalised) if (normalised) and False else None


def x_parse_time__mutmut_4(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(normalised) if (normalised) or True else None


def x_parse_time__mutmut_5(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(None) if normalised else None

mutants_x_parse_time__mutmut['_mutmut_orig'] = x_parse_time__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_time__mutmut['x_parse_time__mutmut_1'] = x_parse_time__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_time__mutmut['x_parse_time__mutmut_2'] = x_parse_time__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_time__mutmut['x_parse_time__mutmut_3'] = x_parse_time__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_time__mutmut['x_parse_time__mutmut_4'] = x_parse_time__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_time__mutmut['x_parse_time__mutmut_5'] = x_parse_time__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Known:
    """What the registry knows of a URL; `status` is "done" for an article written by some run."""

    canonical_url: str
    status: str
    version: int = 0
    content_hash: str | None = None
    freshness: datetime | None = None  # the newest of published, modified and discovered date acted on
    attempts: int = 0

    @_mutmut_mutated(mutants_xǁKnownǁis_stale__mutmut)
    def is_stale(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is None or discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_orig(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is None or discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_1(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None or (self.freshness is None or discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_2(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is None and (self.freshness is None or discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_3(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is None and discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_4(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is not None or discovered > self.freshness)

    def xǁKnownǁis_stale__mutmut_5(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is None or discovered >= self.freshness)

mutants_xǁKnownǁis_stale__mutmut['_mutmut_orig'] = Known.xǁKnownǁis_stale__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut['xǁKnownǁis_stale__mutmut_1'] = Known.xǁKnownǁis_stale__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut['xǁKnownǁis_stale__mutmut_2'] = Known.xǁKnownǁis_stale__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut['xǁKnownǁis_stale__mutmut_3'] = Known.xǁKnownǁis_stale__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut['xǁKnownǁis_stale__mutmut_4'] = Known.xǁKnownǁis_stale__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKnownǁis_stale__mutmut['xǁKnownǁis_stale__mutmut_5'] = Known.xǁKnownǁis_stale__mutmut_5 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class FrontierEntry:
    key: str
    url: str
    status: str
    discovered_date: str | None  # stored as hint_at
    attempts: int


class RegistryView(Protocol):
    """What the spider may ask the registry to decide what to request. It writes nothing: the URL's
    life is recorded by the components that own it (newscrawl.articleurl)."""

    def lookup(self, key: str) -> Known | None: ...
    def unfinished(self, max_attempts: int) -> list[FrontierEntry]: ...
    def last_complete_run(self) -> str | None: ...
    def source_lastmods(self, run_id: str) -> dict[str, str | None]: ...


class ArticleRegistry(RegistryView, Protocol):
    """What the crawl components use of a registry: this module's SQLite `Registry` for one process,
    or newscrawl.distributed.registry.RedisRegistry, shared by the workers of a distributed crawl
    (newscrawl.backend chooses)."""

    def record_version(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None: ...
    def record_unchanged(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None: ...
    def add_alias(self, alias: str, canonical_url: str) -> None: ...
    def has_version(self, canonical_url: str, version: int) -> bool: ...
    def counts(self) -> dict[str, int]: ...
    def latest_record(self, canonical_url: str) -> dict[str, Any] | None: ...
    def claim(self, canonical_url: str, ttl_seconds: float) -> bool: ...
    def record_state(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None: ...  # fmt: skip
    def record_requested(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None: ...
    def record_done(self, key: str) -> None: ...
    def start_run(self, run_id: str, pid: int, discover: str) -> None: ...
    def finish_run(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None: ...
    def interrupted_runs(self, current: str) -> list[str]: ...
    def mark_crashed(self, run_id: str) -> None: ...
    def record_source(self, run_id: str, url: str, lastmod: str | None) -> None: ...
    def record_output(self, run_id: str, path: Path, fmt: str) -> None: ...
    def outputs(self, run_id: str) -> list[tuple[Path, str]]: ...
    def close(self) -> None: ...
mutants_xǁRegistryǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁopen__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁ_migrate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁ_write__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁlookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_version__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_unchanged__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁ_resolve__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁadd_alias__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁversions__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁlatest_record__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁclaim__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁhas_version__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_state__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_requested__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_done__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁunfinished__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁstart_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁfinish_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁinterrupted_runs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁmark_crashed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁlast_complete_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁruns__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_source__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁsource_lastmods__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁrecord_output__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁoutputs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRegistryǁcounts__mutmut: MutantDict = {}  # type: ignore


class Registry:
    """The SQLite registry. Every write is its own committed transaction (WAL, synchronous=NORMAL)."""

    @_mutmut_mutated(mutants_xǁRegistryǁ__init____mutmut)
    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_orig(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_1(self, path: Path, readonly: bool = True):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_2(self, path: Path, readonly: bool = False):
        self.path = None
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_3(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = None
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_4(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_5(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(None)
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_6(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = None
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_7(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(None, uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_8(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=None, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_9(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_10(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_11(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, )
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_12(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=False, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_13(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=None, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_14(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=None, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_15(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=None)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_16(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_17(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_18(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, )
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_19(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=False, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_20(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=False, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_21(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=449)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_22(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = None
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_23(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(None, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_24(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_25(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, )
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_26(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute(None)
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_27(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("XXPRAGMA journal_mode=WALXX")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_28(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("pragma journal_mode=wal")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_29(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA JOURNAL_MODE=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_30(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute(None)
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_31(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("XXPRAGMA synchronous=NORMALXX")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_32(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("pragma synchronous=normal")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_33(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA SYNCHRONOUS=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_34(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute(None)
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_35(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("XXPRAGMA busy_timeout=10000XX")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_36(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("pragma busy_timeout=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_37(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA BUSY_TIMEOUT=10000")
        self.db.row_factory = sqlite3.Row

    def xǁRegistryǁ__init____mutmut_38(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"no registry at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(path, isolation_level=None)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise
        self.db.execute("PRAGMA busy_timeout=10000")
        self.db.row_factory = None

    @classmethod
    @_mutmut_mutated(mutants_xǁRegistryǁopen__mutmut, is_classmethod = True)
    def open(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir / FILENAME, readonly=readonly)

    @classmethod
    def xǁRegistryǁopen__mutmut_orig(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir / FILENAME, readonly=readonly)

    @classmethod
    def xǁRegistryǁopen__mutmut_1(cls, state_dir: Path, readonly: bool = True) -> Self:
        return cls(state_dir / FILENAME, readonly=readonly)

    @classmethod
    def xǁRegistryǁopen__mutmut_2(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(None, readonly=readonly)

    @classmethod
    def xǁRegistryǁopen__mutmut_3(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir / FILENAME, readonly=None)

    @classmethod
    def xǁRegistryǁopen__mutmut_4(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(readonly=readonly)

    @classmethod
    def xǁRegistryǁopen__mutmut_5(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir / FILENAME, )

    @classmethod
    def xǁRegistryǁopen__mutmut_6(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir * FILENAME, readonly=readonly)

    @_mutmut_mutated(mutants_xǁRegistryǁ_migrate__mutmut)
    def _migrate(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_orig(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_1(self) -> None:
        (version,) = None
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_2(self) -> None:
        (version,) = self.db.execute(None).fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_3(self) -> None:
        (version,) = self.db.execute("XXPRAGMA user_versionXX").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_4(self) -> None:
        (version,) = self.db.execute("pragma user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_5(self) -> None:
        (version,) = self.db.execute("PRAGMA USER_VERSION").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_6(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version >= SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_7(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                None
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_8(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version != 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_9(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 2:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_10(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(None)
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_11(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(None)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def xǁRegistryǁ_migrate__mutmut_12(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer newscrawl (schema {version} > {SCHEMA_VERSION})"
            )
        if version == 1:
            self.db.executescript(MIGRATE_1_TO_2)
        self.db.executescript(SCHEMA)
        self.db.execute(None)

    def close(self) -> None:
        self.db.close()

    @_mutmut_mutated(mutants_xǁRegistryǁ_write__mutmut)
    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(sql, params)

    def xǁRegistryǁ_write__mutmut_orig(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(sql, params)

    def xǁRegistryǁ_write__mutmut_1(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(None, params)

    def xǁRegistryǁ_write__mutmut_2(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(sql, None)

    def xǁRegistryǁ_write__mutmut_3(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(params)

    def xǁRegistryǁ_write__mutmut_4(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.db.execute(sql, )

    # --- Articles -------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRegistryǁlookup__mutmut)
    def lookup(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_orig(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_1(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = None
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_2(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            None,
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_3(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            None,
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_4(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_5(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_6(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "XXSELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL XX"
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_7(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "select a.* from articles a where a.canonical_url = ?1 union all "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_8(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT A.* FROM ARTICLES A WHERE A.CANONICAL_URL = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_9(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "XXSELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 XX"
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_10(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "select a.* from aliases x join articles a on a.canonical_url = x.canonical_url where x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_11(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT A.* FROM ALIASES X JOIN ARTICLES A ON A.CANONICAL_URL = X.CANONICAL_URL WHERE X.ALIAS = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_12(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "XXLIMIT 1XX",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_13(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "limit 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_14(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_15(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = None
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_16(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                None,
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_17(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_18(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_19(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(None, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_20(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, None) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_21(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map((row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_22(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, ) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_23(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["XXpublished_atXX"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_24(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["PUBLISHED_AT"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_25(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["XXmodified_atXX"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_26(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["MODIFIED_AT"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_27(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["XXhint_atXX"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_28(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["HINT_AT"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_29(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(None, "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_30(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], None, row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_31(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", None, row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_32(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], None, freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_33(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], None)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_34(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known("done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_35(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_36(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_37(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_38(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], )
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_39(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["XXcanonical_urlXX"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_40(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["CANONICAL_URL"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_41(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "XXdoneXX", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_42(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "DONE", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_43(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["XXversionXX"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_44(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["VERSION"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_45(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["XXcontent_hashXX"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_46(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["CONTENT_HASH"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_47(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = None
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_48(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute(None, (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_49(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", None).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_50(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute((key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_51(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", ).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_52(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("XXSELECT * FROM frontier WHERE key = ?XX", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_53(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("select * from frontier where key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_54(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM FRONTIER WHERE KEY = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_55(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_56(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                None, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_57(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, None, freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_58(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=None, attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_59(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=None
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_60(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_61(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_62(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_63(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_64(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["XXstatusXX"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_65(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["STATUS"], freshness=parse_time(entry["hint_at"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_66(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(None), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_67(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["XXhint_atXX"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_68(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["HINT_AT"]), attempts=entry["attempts"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_69(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["XXattemptsXX"]
            )
        return None

    # --- Articles -------------------------------------------------------------------------------------

    def xǁRegistryǁlookup__mutmut_70(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        row = self.db.execute(
            "SELECT a.* FROM articles a WHERE a.canonical_url = ?1 UNION ALL "
            "SELECT a.* FROM aliases x JOIN articles a ON a.canonical_url = x.canonical_url WHERE x.alias = ?1 "
            "LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            freshness = max(
                (t for t in map(parse_time, (row["published_at"], row["modified_at"], row["hint_at"])) if t),
                default=None,
            )
            return Known(row["canonical_url"], "done", row["version"], row["content_hash"], freshness)
        entry = self.db.execute("SELECT * FROM frontier WHERE key = ?", (key,)).fetchone()
        if entry is not None:
            return Known(
                key, entry["status"], freshness=parse_time(entry["hint_at"]), attempts=entry["ATTEMPTS"]
            )
        return None

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_version__mutmut)
    def record_version(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_orig(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_1(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = None
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_2(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["XXcanonical_urlXX"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_3(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["CANONICAL_URL"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_4(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = None
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_5(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute(None)
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_6(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("XXBEGIN IMMEDIATEXX")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_7(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("begin immediate")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_8(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                None,
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_9(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                None,
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_10(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_11(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_12(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "XXINSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)XX",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_13(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "insert or ignore into versions values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_14(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO VERSIONS VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_15(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["XXversionXX"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_16(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["VERSION"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_17(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["XXcontent_hashXX"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_18(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["CONTENT_HASH"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_19(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") and seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_20(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get(None) or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_21(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("XXfetched_atXX") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_22(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("FETCHED_AT") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_23(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get(None), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_24(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("XXpublished_atXX"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_25(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("PUBLISHED_AT"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_26(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get(None), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_27(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("XXsectionXX"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_28(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("SECTION"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_29(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get(None),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_30(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("XXarticle_typeXX"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_31(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("ARTICLE_TYPE"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_32(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(None, ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_33(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=None)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_34(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_35(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), )),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_36(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(None), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_37(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=True)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_38(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                None,
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_39(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                None,
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_40(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_41(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_42(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "XXINSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,XX"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_43(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "insert into articles values (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_44(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO ARTICLES VALUES (:URL, :SOURCE_ID, :PAGE_URL, :SEEN, :SEEN, :PUBLISHED, :MODIFIED,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_45(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                "XX :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SETXX"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_46(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) on conflict (canonical_url) do update set"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_47(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :HINT, :HASH, :VERSION, :RUN) ON CONFLICT (CANONICAL_URL) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_48(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                "XX source_id = coalesce(excluded.source_id, source_id), url = excluded.url,XX"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_49(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " SOURCE_ID = COALESCE(EXCLUDED.SOURCE_ID, SOURCE_ID), URL = EXCLUDED.URL,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_50(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                "XX last_seen = excluded.last_seen, published_at = excluded.published_at,XX"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_51(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " LAST_SEEN = EXCLUDED.LAST_SEEN, PUBLISHED_AT = EXCLUDED.PUBLISHED_AT,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_52(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                "XX modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),XX"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_53(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " MODIFIED_AT = EXCLUDED.MODIFIED_AT, HINT_AT = COALESCE(EXCLUDED.HINT_AT, HINT_AT),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_54(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                "XX content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_idXX"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_55(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " CONTENT_HASH = EXCLUDED.CONTENT_HASH, VERSION = EXCLUDED.VERSION, RUN_ID = EXCLUDED.RUN_ID"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_56(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                "XX WHERE excluded.version >= articles.versionXX",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_57(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " where excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_58(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE EXCLUDED.VERSION >= ARTICLES.VERSION",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_59(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"XXurlXX": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_60(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"URL": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_61(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "XXsource_idXX": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_62(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "SOURCE_ID": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_63(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get(None), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_64(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("XXsource_idXX"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_65(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("SOURCE_ID"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_66(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "XXpage_urlXX": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_67(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "PAGE_URL": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_68(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") and url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_69(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get(None) or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_70(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("XXurlXX") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_71(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("URL") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_72(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "XXseenXX": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_73(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "SEEN": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_74(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "XXpublishedXX": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_75(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "PUBLISHED": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_76(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get(None), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_77(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("XXpublished_atXX"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_78(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("PUBLISHED_AT"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_79(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "XXmodifiedXX": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_80(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "MODIFIED": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_81(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get(None),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_82(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("XXmodified_atXX"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_83(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("MODIFIED_AT"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_84(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "XXhintXX": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_85(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "HINT": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_86(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get(None), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_87(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("XXdiscovered_dateXX"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_88(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("DISCOVERED_DATE"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_89(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "XXhashXX": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_90(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "HASH": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_91(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["XXcontent_hashXX"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_92(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["CONTENT_HASH"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_93(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "XXversionXX": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_94(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "VERSION": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_95(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["XXversionXX"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_96(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["VERSION"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_97(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "XXrunXX": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_98(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "RUN": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_99(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(None, url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_100(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), None)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_101(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_102(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_103(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get(None), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_104(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("XXdiscovered_urlXX"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_105(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("DISCOVERED_URL"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_106(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute(None)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_107(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("XXCOMMITXX")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_108(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("commit")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def xǁRegistryǁrecord_version__mutmut_109(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute(None)
            raise

    def xǁRegistryǁrecord_version__mutmut_110(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("XXROLLBACKXX")
            raise

    def xǁRegistryǁrecord_version__mutmut_111(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
                 item.get("published_at"), item.get("section"), item.get("article_type"),
                 json.dumps(dict(item), ensure_ascii=False)),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
                " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
                " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
                " last_seen = excluded.last_seen, published_at = excluded.published_at,"
                " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
                " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
                " WHERE excluded.version >= articles.version",
                {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
                 "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
                 "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
                 "run": run_id},
            )  # fmt: skip
            self._resolve(extra.get("discovered_url"), url)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("rollback")
            raise

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_unchanged__mutmut)
    def record_unchanged(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_orig(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_1(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            None,
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_2(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            None,
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_3(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_4(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_5(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "XXUPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),XX"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_6(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "update articles set last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_7(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE ARTICLES SET LAST_SEEN = ?, MODIFIED_AT = COALESCE(?, MODIFIED_AT),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_8(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            "XX hint_at = coalesce(?, hint_at) WHERE canonical_url = ?XX",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_9(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) where canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_10(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " HINT_AT = COALESCE(?, HINT_AT) WHERE CANONICAL_URL = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_11(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(None, canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_12(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, None)

    def xǁRegistryǁrecord_unchanged__mutmut_13(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(canonical_url)

    def xǁRegistryǁrecord_unchanged__mutmut_14(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
            " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?",
            (now_iso(), modified_at, discovered_date, canonical_url),
        )
        self._resolve(discovered_url, )

    @_mutmut_mutated(mutants_xǁRegistryǁ_resolve__mutmut)
    def _resolve(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_orig(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_1(self, key: str | None, canonical_url: str) -> None:
        if key or key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_2(self, key: str | None, canonical_url: str) -> None:
        if key and key == canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_3(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write(None, (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_4(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", None)
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_5(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write((key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_6(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", )
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_7(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("XXINSERT OR REPLACE INTO aliases VALUES (?, ?)XX", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_8(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("insert or replace into aliases values (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_9(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO ALIASES VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_10(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} + {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_11(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write(None, (done,))

    def xǁRegistryǁ_resolve__mutmut_12(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", None)

    def xǁRegistryǁ_resolve__mutmut_13(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write((done,))

    def xǁRegistryǁ_resolve__mutmut_14(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", )

    def xǁRegistryǁ_resolve__mutmut_15(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("XXDELETE FROM frontier WHERE key = ? AND status != 'listing'XX", (done,))

    def xǁRegistryǁ_resolve__mutmut_16(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("delete from frontier where key = ? and status != 'listing'", (done,))

    def xǁRegistryǁ_resolve__mutmut_17(self, key: str | None, canonical_url: str) -> None:
        if key and key != canonical_url:
            self._write("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url))
        for done in {key, canonical_url} - {None}:
            self._write("DELETE FROM FRONTIER WHERE KEY = ? AND STATUS != 'LISTING'", (done,))

    @_mutmut_mutated(mutants_xǁRegistryǁadd_alias__mutmut)
    def add_alias(self, alias: str, canonical_url: str) -> None:
        self._resolve(alias, canonical_url)

    def xǁRegistryǁadd_alias__mutmut_orig(self, alias: str, canonical_url: str) -> None:
        self._resolve(alias, canonical_url)

    def xǁRegistryǁadd_alias__mutmut_1(self, alias: str, canonical_url: str) -> None:
        self._resolve(None, canonical_url)

    def xǁRegistryǁadd_alias__mutmut_2(self, alias: str, canonical_url: str) -> None:
        self._resolve(alias, None)

    def xǁRegistryǁadd_alias__mutmut_3(self, alias: str, canonical_url: str) -> None:
        self._resolve(canonical_url)

    def xǁRegistryǁadd_alias__mutmut_4(self, alias: str, canonical_url: str) -> None:
        self._resolve(alias, )

    @_mutmut_mutated(mutants_xǁRegistryǁversions__mutmut)
    def versions(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_orig(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_1(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute(None):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_2(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("XXSELECT item FROM versions ORDER BY canonical_url, versionXX"):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_3(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("select item from versions order by canonical_url, version"):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_4(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT ITEM FROM VERSIONS ORDER BY CANONICAL_URL, VERSION"):
            yield json.loads(row["item"])

    def xǁRegistryǁversions__mutmut_5(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(None)

    def xǁRegistryǁversions__mutmut_6(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(row["XXitemXX"])

    def xǁRegistryǁversions__mutmut_7(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(row["ITEM"])

    @_mutmut_mutated(mutants_xǁRegistryǁlatest_record__mutmut)
    def latest_record(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_orig(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_1(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = None
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_2(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            None,
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_3(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            None,
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_4(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_5(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_6(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "XXSELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1XX",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_7(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "select item from versions where canonical_url = ? order by version desc limit 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_8(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT ITEM FROM VERSIONS WHERE CANONICAL_URL = ? ORDER BY VERSION DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_9(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if (row) and False else None

    def xǁRegistryǁlatest_record__mutmut_10(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if (row) or True else None

    def xǁRegistryǁlatest_record__mutmut_11(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(None) if row else None

    def xǁRegistryǁlatest_record__mutmut_12(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["XXitemXX"]) if row else None

    def xǁRegistryǁlatest_record__mutmut_13(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["ITEM"]) if row else None

    @_mutmut_mutated(mutants_xǁRegistryǁclaim__mutmut)
    def claim(self, canonical_url: str, ttl_seconds: float) -> bool:
        """Only one process writes a SQLite registry (the run lock): there is nobody to claim against."""
        return True

    def xǁRegistryǁclaim__mutmut_orig(self, canonical_url: str, ttl_seconds: float) -> bool:
        """Only one process writes a SQLite registry (the run lock): there is nobody to claim against."""
        return True

    def xǁRegistryǁclaim__mutmut_1(self, canonical_url: str, ttl_seconds: float) -> bool:
        """Only one process writes a SQLite registry (the run lock): there is nobody to claim against."""
        return False

    @_mutmut_mutated(mutants_xǁRegistryǁhas_version__mutmut)
    def has_version(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_orig(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_1(self, canonical_url: str, version: int) -> bool:
        row = None
        return row is not None

    def xǁRegistryǁhas_version__mutmut_2(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            None, (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_3(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", None
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_4(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_5(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_6(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "XXSELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?XX", (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_7(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "select 1 from versions where canonical_url = ? and version >= ?", (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_8(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM VERSIONS WHERE CANONICAL_URL = ? AND VERSION >= ?", (canonical_url, version)
        ).fetchone()
        return row is not None

    def xǁRegistryǁhas_version__mutmut_9(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", (canonical_url, version)
        ).fetchone()
        return row is None

    # --- Frontier -------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_state__mutmut)
    def record_state(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_orig(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_1(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            None,
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_2(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            None,
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_3(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_4(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_5(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "XXINSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SETXX"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_6(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "insert into frontier values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (key) do update set"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_7(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO FRONTIER VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (KEY) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_8(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            "XX url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),XX"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_9(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " URL = EXCLUDED.URL, STATUS = EXCLUDED.STATUS, HINT_AT = COALESCE(EXCLUDED.HINT_AT, HINT_AT),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_10(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            "XX attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,XX"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_11(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " ATTEMPTS = ATTEMPTS + EXCLUDED.ATTEMPTS, REASON = EXCLUDED.REASON, RUN_ID = EXCLUDED.RUN_ID,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_12(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            "XX updated_at = excluded.updated_atXX",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_13(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " UPDATED_AT = EXCLUDED.UPDATED_AT",
            (key, url, status, discovered_date, 1 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_14(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if (status == "failed") and False else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_15(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if (status == "failed") or True else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_16(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 2 if status == "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_17(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status != "failed" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_18(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "XXfailedXX" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_19(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "FAILED" else 0, reason, run_id, now_iso()),
        )

    # --- Frontier -------------------------------------------------------------------------------------

    def xǁRegistryǁrecord_state__mutmut_20(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
            " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
            " updated_at = excluded.updated_at",
            (key, url, status, discovered_date, 1 if status == "failed" else 1, reason, run_id, now_iso()),
        )

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_requested__mutmut)
    def record_requested(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_orig(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_1(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(None, url, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_2(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, None, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_3(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, None, run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_4(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", None, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_5(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", run_id, discovered_date=None)

    def xǁRegistryǁrecord_requested__mutmut_6(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(url, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_7(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, "requested", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_8(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_9(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_10(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", run_id, )

    def xǁRegistryǁrecord_requested__mutmut_11(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "XXrequestedXX", run_id, discovered_date=discovered_date)

    def xǁRegistryǁrecord_requested__mutmut_12(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "REQUESTED", run_id, discovered_date=discovered_date)

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_done__mutmut)
    def record_done(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (key,))

    def xǁRegistryǁrecord_done__mutmut_orig(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (key,))

    def xǁRegistryǁrecord_done__mutmut_1(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write(None, (key,))

    def xǁRegistryǁrecord_done__mutmut_2(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", None)

    def xǁRegistryǁrecord_done__mutmut_3(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write((key,))

    def xǁRegistryǁrecord_done__mutmut_4(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("DELETE FROM frontier WHERE key = ? AND status != 'listing'", )

    def xǁRegistryǁrecord_done__mutmut_5(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("XXDELETE FROM frontier WHERE key = ? AND status != 'listing'XX", (key,))

    def xǁRegistryǁrecord_done__mutmut_6(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("delete from frontier where key = ? and status != 'listing'", (key,))

    def xǁRegistryǁrecord_done__mutmut_7(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write("DELETE FROM FRONTIER WHERE KEY = ? AND STATUS != 'LISTING'", (key,))

    @_mutmut_mutated(mutants_xǁRegistryǁunfinished__mutmut)
    def unfinished(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_orig(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_1(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = None
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_2(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            None,
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_3(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            None,
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_4(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_5(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_6(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "XXSELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'XX"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_7(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "select key, url, status, hint_at as discovered_date, attempts from frontier where status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_8(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT KEY, URL, STATUS, HINT_AT AS DISCOVERED_DATE, ATTEMPTS FROM FRONTIER WHERE STATUS = 'REQUESTED'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_9(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            "XX OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, keyXX",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_10(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " or (status = 'failed' and attempts < ?) order by updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_11(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (STATUS = 'FAILED' AND ATTEMPTS < ?) ORDER BY UPDATED_AT, KEY",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    def xǁRegistryǁunfinished__mutmut_12(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(None)) for row in rows]

    # --- Runs -----------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRegistryǁstart_run__mutmut)
    def start_run(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)",
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_orig(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)",
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_1(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            None,
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_2(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)",
            None,
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_3(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_4(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)",
            )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_5(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "XXINSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)XX",
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_6(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "insert or replace into runs (run_id, pid, started_at, status, discover) values (?, ?, ?, ?, ?)",
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    # --- Runs -----------------------------------------------------------------------------------------

    def xǁRegistryǁstart_run__mutmut_7(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO RUNS (RUN_ID, PID, STARTED_AT, STATUS, DISCOVER) VALUES (?, ?, ?, ?, ?)",
            (run_id, pid, now_iso(), RUNNING, discover),
        )

    @_mutmut_mutated(mutants_xǁRegistryǁfinish_run__mutmut)
    def finish_run(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_orig(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_1(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            None,
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_2(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            None,
        )

    def xǁRegistryǁfinish_run__mutmut_3(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_4(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            )

    def xǁRegistryǁfinish_run__mutmut_5(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "XXUPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?XX",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_6(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "update runs set finished_at = ?, status = ?, complete = ?, summary = ? where run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_7(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE RUNS SET FINISHED_AT = ?, STATUS = ?, COMPLETE = ?, SUMMARY = ? WHERE RUN_ID = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_8(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(None), json.dumps(dict(summary), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_9(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(None, sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_10(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=None), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_11(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_12(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), ), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_13(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(None), sort_keys=True), run_id),
        )

    def xǁRegistryǁfinish_run__mutmut_14(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
            (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=False), run_id),
        )

    @_mutmut_mutated(mutants_xǁRegistryǁinterrupted_runs__mutmut)
    def interrupted_runs(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_orig(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_1(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = None
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_2(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            None, (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_3(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", None
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_4(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_5(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_6(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "XXSELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_atXX", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_7(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "select run_id from runs where status = ? and run_id != ? order by started_at", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_8(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT RUN_ID FROM RUNS WHERE STATUS = ? AND RUN_ID != ? ORDER BY STARTED_AT", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_9(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", (RUNNING, current)
        )
        return [row["XXrun_idXX"] for row in rows]

    def xǁRegistryǁinterrupted_runs__mutmut_10(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", (RUNNING, current)
        )
        return [row["RUN_ID"] for row in rows]

    @_mutmut_mutated(mutants_xǁRegistryǁmark_crashed__mutmut)
    def mark_crashed(self, run_id: str) -> None:
        self._write(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_orig(self, run_id: str) -> None:
        self._write(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_1(self, run_id: str) -> None:
        self._write(
            None, (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_2(self, run_id: str) -> None:
        self._write(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", None
        )

    def xǁRegistryǁmark_crashed__mutmut_3(self, run_id: str) -> None:
        self._write(
            (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_4(self, run_id: str) -> None:
        self._write(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", )

    def xǁRegistryǁmark_crashed__mutmut_5(self, run_id: str) -> None:
        self._write(
            "XXUPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?XX", (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_6(self, run_id: str) -> None:
        self._write(
            "update runs set status = ?, finished_at = ? where run_id = ?", (CRASHED, now_iso(), run_id)
        )

    def xǁRegistryǁmark_crashed__mutmut_7(self, run_id: str) -> None:
        self._write(
            "UPDATE RUNS SET STATUS = ?, FINISHED_AT = ? WHERE RUN_ID = ?", (CRASHED, now_iso(), run_id)
        )

    @_mutmut_mutated(mutants_xǁRegistryǁlast_complete_run__mutmut)
    def last_complete_run(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_orig(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_1(self) -> str | None:
        row = None
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_2(self) -> str | None:
        row = self.db.execute(
            None
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_3(self) -> str | None:
        row = self.db.execute(
            "XXSELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1XX"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_4(self) -> str | None:
        row = self.db.execute(
            "select run_id from runs where complete = 1 order by started_at desc, run_id desc limit 1"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_5(self) -> str | None:
        row = self.db.execute(
            "SELECT RUN_ID FROM RUNS WHERE COMPLETE = 1 ORDER BY STARTED_AT DESC, RUN_ID DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_6(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if (row is None) and False else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_7(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if (row is None) or True else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_8(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is not None else str(row["run_id"])

    def xǁRegistryǁlast_complete_run__mutmut_9(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(None)

    def xǁRegistryǁlast_complete_run__mutmut_10(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["XXrun_idXX"])

    def xǁRegistryǁlast_complete_run__mutmut_11(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["RUN_ID"])

    @_mutmut_mutated(mutants_xǁRegistryǁruns__mutmut)
    def runs(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM runs ORDER BY started_at, run_id")]

    def xǁRegistryǁruns__mutmut_orig(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM runs ORDER BY started_at, run_id")]

    def xǁRegistryǁruns__mutmut_1(self) -> list[dict[str, Any]]:
        return [dict(None) for row in self.db.execute("SELECT * FROM runs ORDER BY started_at, run_id")]

    def xǁRegistryǁruns__mutmut_2(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute(None)]

    def xǁRegistryǁruns__mutmut_3(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("XXSELECT * FROM runs ORDER BY started_at, run_idXX")]

    def xǁRegistryǁruns__mutmut_4(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("select * from runs order by started_at, run_id")]

    def xǁRegistryǁruns__mutmut_5(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM RUNS ORDER BY STARTED_AT, RUN_ID")]

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_source__mutmut)
    def record_source(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)", (run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_orig(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)", (run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_1(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write(None, (run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_2(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)", None)

    def xǁRegistryǁrecord_source__mutmut_3(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write((run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_4(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)", )

    def xǁRegistryǁrecord_source__mutmut_5(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("XXINSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)XX", (run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_6(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("insert or replace into run_sources values (?, ?, ?)", (run_id, url, lastmod))

    def xǁRegistryǁrecord_source__mutmut_7(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write("INSERT OR REPLACE INTO RUN_SOURCES VALUES (?, ?, ?)", (run_id, url, lastmod))

    @_mutmut_mutated(mutants_xǁRegistryǁsource_lastmods__mutmut)
    def source_lastmods(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_orig(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_1(self, run_id: str) -> dict[str, str | None]:
        rows = None
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_2(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute(None, (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_3(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", None)
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_4(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute((run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_5(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", )
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_6(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("XXSELECT url, lastmod FROM run_sources WHERE run_id = ?XX", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_7(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("select url, lastmod from run_sources where run_id = ?", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_8(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT URL, LASTMOD FROM RUN_SOURCES WHERE RUN_ID = ?", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_9(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["XXurlXX"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_10(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["URL"]: row["lastmod"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_11(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["url"]: row["XXlastmodXX"] for row in rows}

    def xǁRegistryǁsource_lastmods__mutmut_12(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["url"]: row["LASTMOD"] for row in rows}

    @_mutmut_mutated(mutants_xǁRegistryǁrecord_output__mutmut)
    def record_output(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_orig(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_1(self, run_id: str, path: Path, fmt: str) -> None:
        self._write(None, (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_2(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", None)

    def xǁRegistryǁrecord_output__mutmut_3(self, run_id: str, path: Path, fmt: str) -> None:
        self._write((run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_4(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", )

    def xǁRegistryǁrecord_output__mutmut_5(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("XXINSERT OR IGNORE INTO outputs VALUES (?, ?, ?)XX", (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_6(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("insert or ignore into outputs values (?, ?, ?)", (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_7(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO OUTPUTS VALUES (?, ?, ?)", (run_id, str(path), fmt))

    def xǁRegistryǁrecord_output__mutmut_8(self, run_id: str, path: Path, fmt: str) -> None:
        self._write("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", (run_id, str(None), fmt))

    @_mutmut_mutated(mutants_xǁRegistryǁoutputs__mutmut)
    def outputs(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_orig(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_1(self, run_id: str) -> list[tuple[Path, str]]:
        rows = None
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_2(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute(None, (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_3(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", None)
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_4(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute((run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_5(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", )
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_6(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("XXSELECT path, format FROM outputs WHERE run_id = ? ORDER BY pathXX", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_7(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("select path, format from outputs where run_id = ? order by path", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_8(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT PATH, FORMAT FROM OUTPUTS WHERE RUN_ID = ? ORDER BY PATH", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_9(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(None), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_10(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["XXpathXX"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_11(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["PATH"]), row["format"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_12(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["path"]), row["XXformatXX"]) for row in rows]

    def xǁRegistryǁoutputs__mutmut_13(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["path"]), row["FORMAT"]) for row in rows]

    @_mutmut_mutated(mutants_xǁRegistryǁcounts__mutmut)
    def counts(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_orig(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_1(self) -> dict[str, int]:
        counts = None
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_2(self) -> dict[str, int]:
        counts = {
            "XXarticlesXX": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_3(self) -> dict[str, int]:
        counts = {
            "ARTICLES": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_4(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute(None).fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_5(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("XXSELECT count(*) FROM articlesXX").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_6(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("select count(*) from articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_7(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT COUNT(*) FROM ARTICLES").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_8(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[1],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_9(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "XXversionsXX": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_10(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "VERSIONS": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_11(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute(None).fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_12(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("XXSELECT count(*) FROM versionsXX").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_13(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("select count(*) from versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_14(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT COUNT(*) FROM VERSIONS").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_15(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[1],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_16(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "XXaliasesXX": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_17(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "ALIASES": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_18(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute(None).fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_19(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("XXSELECT count(*) FROM aliasesXX").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_20(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("select count(*) from aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_21(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT COUNT(*) FROM ALIASES").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_22(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[1],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_23(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "XXrunsXX": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_24(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "RUNS": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_25(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute(None).fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_26(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("XXSELECT count(*) FROM runsXX").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_27(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("select count(*) from runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_28(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT COUNT(*) FROM RUNS").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_29(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[1],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_30(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute(None):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_31(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("XXSELECT status, count(*) FROM frontier GROUP BY statusXX"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_32(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("select status, count(*) from frontier group by status"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_33(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT STATUS, COUNT(*) FROM FRONTIER GROUP BY STATUS"):
            counts[f"frontier_{status}"] = count
        return counts

    def xǁRegistryǁcounts__mutmut_34(self) -> dict[str, int]:
        counts = {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "versions": self.db.execute("SELECT count(*) FROM versions").fetchone()[0],
            "aliases": self.db.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "runs": self.db.execute("SELECT count(*) FROM runs").fetchone()[0],
        }
        for status, count in self.db.execute("SELECT status, count(*) FROM frontier GROUP BY status"):
            counts[f"frontier_{status}"] = None
        return counts

mutants_xǁRegistryǁ__init____mutmut['_mutmut_orig'] = Registry.xǁRegistryǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_1'] = Registry.xǁRegistryǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_2'] = Registry.xǁRegistryǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_3'] = Registry.xǁRegistryǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_4'] = Registry.xǁRegistryǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_5'] = Registry.xǁRegistryǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_6'] = Registry.xǁRegistryǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_7'] = Registry.xǁRegistryǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_8'] = Registry.xǁRegistryǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_9'] = Registry.xǁRegistryǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_10'] = Registry.xǁRegistryǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_11'] = Registry.xǁRegistryǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_12'] = Registry.xǁRegistryǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_13'] = Registry.xǁRegistryǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_14'] = Registry.xǁRegistryǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_15'] = Registry.xǁRegistryǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_16'] = Registry.xǁRegistryǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_17'] = Registry.xǁRegistryǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_18'] = Registry.xǁRegistryǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_19'] = Registry.xǁRegistryǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_20'] = Registry.xǁRegistryǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_21'] = Registry.xǁRegistryǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_22'] = Registry.xǁRegistryǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_23'] = Registry.xǁRegistryǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_24'] = Registry.xǁRegistryǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_25'] = Registry.xǁRegistryǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_26'] = Registry.xǁRegistryǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_27'] = Registry.xǁRegistryǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_28'] = Registry.xǁRegistryǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_29'] = Registry.xǁRegistryǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_30'] = Registry.xǁRegistryǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_31'] = Registry.xǁRegistryǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_32'] = Registry.xǁRegistryǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_33'] = Registry.xǁRegistryǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_34'] = Registry.xǁRegistryǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_35'] = Registry.xǁRegistryǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_36'] = Registry.xǁRegistryǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_37'] = Registry.xǁRegistryǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁRegistryǁ__init____mutmut['xǁRegistryǁ__init____mutmut_38'] = Registry.xǁRegistryǁ__init____mutmut_38 # type: ignore # mutmut generated

mutants_xǁRegistryǁopen__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁopen__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_1'] = Registry.xǁRegistryǁopen__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_2'] = Registry.xǁRegistryǁopen__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_3'] = Registry.xǁRegistryǁopen__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_4'] = Registry.xǁRegistryǁopen__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_5'] = Registry.xǁRegistryǁopen__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁopen__mutmut['xǁRegistryǁopen__mutmut_6'] = Registry.xǁRegistryǁopen__mutmut_6 # type: ignore # mutmut generated

mutants_xǁRegistryǁ_migrate__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁ_migrate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_1'] = Registry.xǁRegistryǁ_migrate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_2'] = Registry.xǁRegistryǁ_migrate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_3'] = Registry.xǁRegistryǁ_migrate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_4'] = Registry.xǁRegistryǁ_migrate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_5'] = Registry.xǁRegistryǁ_migrate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_6'] = Registry.xǁRegistryǁ_migrate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_7'] = Registry.xǁRegistryǁ_migrate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_8'] = Registry.xǁRegistryǁ_migrate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_9'] = Registry.xǁRegistryǁ_migrate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_10'] = Registry.xǁRegistryǁ_migrate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_11'] = Registry.xǁRegistryǁ_migrate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_migrate__mutmut['xǁRegistryǁ_migrate__mutmut_12'] = Registry.xǁRegistryǁ_migrate__mutmut_12 # type: ignore # mutmut generated

mutants_xǁRegistryǁ_write__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁ_write__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁ_write__mutmut['xǁRegistryǁ_write__mutmut_1'] = Registry.xǁRegistryǁ_write__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_write__mutmut['xǁRegistryǁ_write__mutmut_2'] = Registry.xǁRegistryǁ_write__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_write__mutmut['xǁRegistryǁ_write__mutmut_3'] = Registry.xǁRegistryǁ_write__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_write__mutmut['xǁRegistryǁ_write__mutmut_4'] = Registry.xǁRegistryǁ_write__mutmut_4 # type: ignore # mutmut generated

mutants_xǁRegistryǁlookup__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁlookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_1'] = Registry.xǁRegistryǁlookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_2'] = Registry.xǁRegistryǁlookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_3'] = Registry.xǁRegistryǁlookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_4'] = Registry.xǁRegistryǁlookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_5'] = Registry.xǁRegistryǁlookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_6'] = Registry.xǁRegistryǁlookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_7'] = Registry.xǁRegistryǁlookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_8'] = Registry.xǁRegistryǁlookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_9'] = Registry.xǁRegistryǁlookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_10'] = Registry.xǁRegistryǁlookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_11'] = Registry.xǁRegistryǁlookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_12'] = Registry.xǁRegistryǁlookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_13'] = Registry.xǁRegistryǁlookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_14'] = Registry.xǁRegistryǁlookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_15'] = Registry.xǁRegistryǁlookup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_16'] = Registry.xǁRegistryǁlookup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_17'] = Registry.xǁRegistryǁlookup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_18'] = Registry.xǁRegistryǁlookup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_19'] = Registry.xǁRegistryǁlookup__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_20'] = Registry.xǁRegistryǁlookup__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_21'] = Registry.xǁRegistryǁlookup__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_22'] = Registry.xǁRegistryǁlookup__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_23'] = Registry.xǁRegistryǁlookup__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_24'] = Registry.xǁRegistryǁlookup__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_25'] = Registry.xǁRegistryǁlookup__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_26'] = Registry.xǁRegistryǁlookup__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_27'] = Registry.xǁRegistryǁlookup__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_28'] = Registry.xǁRegistryǁlookup__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_29'] = Registry.xǁRegistryǁlookup__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_30'] = Registry.xǁRegistryǁlookup__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_31'] = Registry.xǁRegistryǁlookup__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_32'] = Registry.xǁRegistryǁlookup__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_33'] = Registry.xǁRegistryǁlookup__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_34'] = Registry.xǁRegistryǁlookup__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_35'] = Registry.xǁRegistryǁlookup__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_36'] = Registry.xǁRegistryǁlookup__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_37'] = Registry.xǁRegistryǁlookup__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_38'] = Registry.xǁRegistryǁlookup__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_39'] = Registry.xǁRegistryǁlookup__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_40'] = Registry.xǁRegistryǁlookup__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_41'] = Registry.xǁRegistryǁlookup__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_42'] = Registry.xǁRegistryǁlookup__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_43'] = Registry.xǁRegistryǁlookup__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_44'] = Registry.xǁRegistryǁlookup__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_45'] = Registry.xǁRegistryǁlookup__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_46'] = Registry.xǁRegistryǁlookup__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_47'] = Registry.xǁRegistryǁlookup__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_48'] = Registry.xǁRegistryǁlookup__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_49'] = Registry.xǁRegistryǁlookup__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_50'] = Registry.xǁRegistryǁlookup__mutmut_50 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_51'] = Registry.xǁRegistryǁlookup__mutmut_51 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_52'] = Registry.xǁRegistryǁlookup__mutmut_52 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_53'] = Registry.xǁRegistryǁlookup__mutmut_53 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_54'] = Registry.xǁRegistryǁlookup__mutmut_54 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_55'] = Registry.xǁRegistryǁlookup__mutmut_55 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_56'] = Registry.xǁRegistryǁlookup__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_57'] = Registry.xǁRegistryǁlookup__mutmut_57 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_58'] = Registry.xǁRegistryǁlookup__mutmut_58 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_59'] = Registry.xǁRegistryǁlookup__mutmut_59 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_60'] = Registry.xǁRegistryǁlookup__mutmut_60 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_61'] = Registry.xǁRegistryǁlookup__mutmut_61 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_62'] = Registry.xǁRegistryǁlookup__mutmut_62 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_63'] = Registry.xǁRegistryǁlookup__mutmut_63 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_64'] = Registry.xǁRegistryǁlookup__mutmut_64 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_65'] = Registry.xǁRegistryǁlookup__mutmut_65 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_66'] = Registry.xǁRegistryǁlookup__mutmut_66 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_67'] = Registry.xǁRegistryǁlookup__mutmut_67 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_68'] = Registry.xǁRegistryǁlookup__mutmut_68 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_69'] = Registry.xǁRegistryǁlookup__mutmut_69 # type: ignore # mutmut generated
mutants_xǁRegistryǁlookup__mutmut['xǁRegistryǁlookup__mutmut_70'] = Registry.xǁRegistryǁlookup__mutmut_70 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_version__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_version__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_1'] = Registry.xǁRegistryǁrecord_version__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_2'] = Registry.xǁRegistryǁrecord_version__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_3'] = Registry.xǁRegistryǁrecord_version__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_4'] = Registry.xǁRegistryǁrecord_version__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_5'] = Registry.xǁRegistryǁrecord_version__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_6'] = Registry.xǁRegistryǁrecord_version__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_7'] = Registry.xǁRegistryǁrecord_version__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_8'] = Registry.xǁRegistryǁrecord_version__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_9'] = Registry.xǁRegistryǁrecord_version__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_10'] = Registry.xǁRegistryǁrecord_version__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_11'] = Registry.xǁRegistryǁrecord_version__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_12'] = Registry.xǁRegistryǁrecord_version__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_13'] = Registry.xǁRegistryǁrecord_version__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_14'] = Registry.xǁRegistryǁrecord_version__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_15'] = Registry.xǁRegistryǁrecord_version__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_16'] = Registry.xǁRegistryǁrecord_version__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_17'] = Registry.xǁRegistryǁrecord_version__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_18'] = Registry.xǁRegistryǁrecord_version__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_19'] = Registry.xǁRegistryǁrecord_version__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_20'] = Registry.xǁRegistryǁrecord_version__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_21'] = Registry.xǁRegistryǁrecord_version__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_22'] = Registry.xǁRegistryǁrecord_version__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_23'] = Registry.xǁRegistryǁrecord_version__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_24'] = Registry.xǁRegistryǁrecord_version__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_25'] = Registry.xǁRegistryǁrecord_version__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_26'] = Registry.xǁRegistryǁrecord_version__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_27'] = Registry.xǁRegistryǁrecord_version__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_28'] = Registry.xǁRegistryǁrecord_version__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_29'] = Registry.xǁRegistryǁrecord_version__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_30'] = Registry.xǁRegistryǁrecord_version__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_31'] = Registry.xǁRegistryǁrecord_version__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_32'] = Registry.xǁRegistryǁrecord_version__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_33'] = Registry.xǁRegistryǁrecord_version__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_34'] = Registry.xǁRegistryǁrecord_version__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_35'] = Registry.xǁRegistryǁrecord_version__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_36'] = Registry.xǁRegistryǁrecord_version__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_37'] = Registry.xǁRegistryǁrecord_version__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_38'] = Registry.xǁRegistryǁrecord_version__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_39'] = Registry.xǁRegistryǁrecord_version__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_40'] = Registry.xǁRegistryǁrecord_version__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_41'] = Registry.xǁRegistryǁrecord_version__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_42'] = Registry.xǁRegistryǁrecord_version__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_43'] = Registry.xǁRegistryǁrecord_version__mutmut_43 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_44'] = Registry.xǁRegistryǁrecord_version__mutmut_44 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_45'] = Registry.xǁRegistryǁrecord_version__mutmut_45 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_46'] = Registry.xǁRegistryǁrecord_version__mutmut_46 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_47'] = Registry.xǁRegistryǁrecord_version__mutmut_47 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_48'] = Registry.xǁRegistryǁrecord_version__mutmut_48 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_49'] = Registry.xǁRegistryǁrecord_version__mutmut_49 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_50'] = Registry.xǁRegistryǁrecord_version__mutmut_50 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_51'] = Registry.xǁRegistryǁrecord_version__mutmut_51 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_52'] = Registry.xǁRegistryǁrecord_version__mutmut_52 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_53'] = Registry.xǁRegistryǁrecord_version__mutmut_53 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_54'] = Registry.xǁRegistryǁrecord_version__mutmut_54 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_55'] = Registry.xǁRegistryǁrecord_version__mutmut_55 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_56'] = Registry.xǁRegistryǁrecord_version__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_57'] = Registry.xǁRegistryǁrecord_version__mutmut_57 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_58'] = Registry.xǁRegistryǁrecord_version__mutmut_58 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_59'] = Registry.xǁRegistryǁrecord_version__mutmut_59 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_60'] = Registry.xǁRegistryǁrecord_version__mutmut_60 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_61'] = Registry.xǁRegistryǁrecord_version__mutmut_61 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_62'] = Registry.xǁRegistryǁrecord_version__mutmut_62 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_63'] = Registry.xǁRegistryǁrecord_version__mutmut_63 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_64'] = Registry.xǁRegistryǁrecord_version__mutmut_64 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_65'] = Registry.xǁRegistryǁrecord_version__mutmut_65 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_66'] = Registry.xǁRegistryǁrecord_version__mutmut_66 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_67'] = Registry.xǁRegistryǁrecord_version__mutmut_67 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_68'] = Registry.xǁRegistryǁrecord_version__mutmut_68 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_69'] = Registry.xǁRegistryǁrecord_version__mutmut_69 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_70'] = Registry.xǁRegistryǁrecord_version__mutmut_70 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_71'] = Registry.xǁRegistryǁrecord_version__mutmut_71 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_72'] = Registry.xǁRegistryǁrecord_version__mutmut_72 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_73'] = Registry.xǁRegistryǁrecord_version__mutmut_73 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_74'] = Registry.xǁRegistryǁrecord_version__mutmut_74 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_75'] = Registry.xǁRegistryǁrecord_version__mutmut_75 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_76'] = Registry.xǁRegistryǁrecord_version__mutmut_76 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_77'] = Registry.xǁRegistryǁrecord_version__mutmut_77 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_78'] = Registry.xǁRegistryǁrecord_version__mutmut_78 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_79'] = Registry.xǁRegistryǁrecord_version__mutmut_79 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_80'] = Registry.xǁRegistryǁrecord_version__mutmut_80 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_81'] = Registry.xǁRegistryǁrecord_version__mutmut_81 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_82'] = Registry.xǁRegistryǁrecord_version__mutmut_82 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_83'] = Registry.xǁRegistryǁrecord_version__mutmut_83 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_84'] = Registry.xǁRegistryǁrecord_version__mutmut_84 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_85'] = Registry.xǁRegistryǁrecord_version__mutmut_85 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_86'] = Registry.xǁRegistryǁrecord_version__mutmut_86 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_87'] = Registry.xǁRegistryǁrecord_version__mutmut_87 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_88'] = Registry.xǁRegistryǁrecord_version__mutmut_88 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_89'] = Registry.xǁRegistryǁrecord_version__mutmut_89 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_90'] = Registry.xǁRegistryǁrecord_version__mutmut_90 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_91'] = Registry.xǁRegistryǁrecord_version__mutmut_91 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_92'] = Registry.xǁRegistryǁrecord_version__mutmut_92 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_93'] = Registry.xǁRegistryǁrecord_version__mutmut_93 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_94'] = Registry.xǁRegistryǁrecord_version__mutmut_94 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_95'] = Registry.xǁRegistryǁrecord_version__mutmut_95 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_96'] = Registry.xǁRegistryǁrecord_version__mutmut_96 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_97'] = Registry.xǁRegistryǁrecord_version__mutmut_97 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_98'] = Registry.xǁRegistryǁrecord_version__mutmut_98 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_99'] = Registry.xǁRegistryǁrecord_version__mutmut_99 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_100'] = Registry.xǁRegistryǁrecord_version__mutmut_100 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_101'] = Registry.xǁRegistryǁrecord_version__mutmut_101 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_102'] = Registry.xǁRegistryǁrecord_version__mutmut_102 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_103'] = Registry.xǁRegistryǁrecord_version__mutmut_103 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_104'] = Registry.xǁRegistryǁrecord_version__mutmut_104 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_105'] = Registry.xǁRegistryǁrecord_version__mutmut_105 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_106'] = Registry.xǁRegistryǁrecord_version__mutmut_106 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_107'] = Registry.xǁRegistryǁrecord_version__mutmut_107 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_108'] = Registry.xǁRegistryǁrecord_version__mutmut_108 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_109'] = Registry.xǁRegistryǁrecord_version__mutmut_109 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_110'] = Registry.xǁRegistryǁrecord_version__mutmut_110 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_version__mutmut['xǁRegistryǁrecord_version__mutmut_111'] = Registry.xǁRegistryǁrecord_version__mutmut_111 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_unchanged__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_1'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_2'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_3'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_4'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_5'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_6'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_7'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_8'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_9'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_10'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_11'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_12'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_13'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_unchanged__mutmut['xǁRegistryǁrecord_unchanged__mutmut_14'] = Registry.xǁRegistryǁrecord_unchanged__mutmut_14 # type: ignore # mutmut generated

mutants_xǁRegistryǁ_resolve__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁ_resolve__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_1'] = Registry.xǁRegistryǁ_resolve__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_2'] = Registry.xǁRegistryǁ_resolve__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_3'] = Registry.xǁRegistryǁ_resolve__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_4'] = Registry.xǁRegistryǁ_resolve__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_5'] = Registry.xǁRegistryǁ_resolve__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_6'] = Registry.xǁRegistryǁ_resolve__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_7'] = Registry.xǁRegistryǁ_resolve__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_8'] = Registry.xǁRegistryǁ_resolve__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_9'] = Registry.xǁRegistryǁ_resolve__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_10'] = Registry.xǁRegistryǁ_resolve__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_11'] = Registry.xǁRegistryǁ_resolve__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_12'] = Registry.xǁRegistryǁ_resolve__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_13'] = Registry.xǁRegistryǁ_resolve__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_14'] = Registry.xǁRegistryǁ_resolve__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_15'] = Registry.xǁRegistryǁ_resolve__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_16'] = Registry.xǁRegistryǁ_resolve__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁ_resolve__mutmut['xǁRegistryǁ_resolve__mutmut_17'] = Registry.xǁRegistryǁ_resolve__mutmut_17 # type: ignore # mutmut generated

mutants_xǁRegistryǁadd_alias__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁadd_alias__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁadd_alias__mutmut['xǁRegistryǁadd_alias__mutmut_1'] = Registry.xǁRegistryǁadd_alias__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁadd_alias__mutmut['xǁRegistryǁadd_alias__mutmut_2'] = Registry.xǁRegistryǁadd_alias__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁadd_alias__mutmut['xǁRegistryǁadd_alias__mutmut_3'] = Registry.xǁRegistryǁadd_alias__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁadd_alias__mutmut['xǁRegistryǁadd_alias__mutmut_4'] = Registry.xǁRegistryǁadd_alias__mutmut_4 # type: ignore # mutmut generated

mutants_xǁRegistryǁversions__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁversions__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_1'] = Registry.xǁRegistryǁversions__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_2'] = Registry.xǁRegistryǁversions__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_3'] = Registry.xǁRegistryǁversions__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_4'] = Registry.xǁRegistryǁversions__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_5'] = Registry.xǁRegistryǁversions__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_6'] = Registry.xǁRegistryǁversions__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁversions__mutmut['xǁRegistryǁversions__mutmut_7'] = Registry.xǁRegistryǁversions__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRegistryǁlatest_record__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁlatest_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_1'] = Registry.xǁRegistryǁlatest_record__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_2'] = Registry.xǁRegistryǁlatest_record__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_3'] = Registry.xǁRegistryǁlatest_record__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_4'] = Registry.xǁRegistryǁlatest_record__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_5'] = Registry.xǁRegistryǁlatest_record__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_6'] = Registry.xǁRegistryǁlatest_record__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_7'] = Registry.xǁRegistryǁlatest_record__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_8'] = Registry.xǁRegistryǁlatest_record__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_9'] = Registry.xǁRegistryǁlatest_record__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_10'] = Registry.xǁRegistryǁlatest_record__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_11'] = Registry.xǁRegistryǁlatest_record__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_12'] = Registry.xǁRegistryǁlatest_record__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁlatest_record__mutmut['xǁRegistryǁlatest_record__mutmut_13'] = Registry.xǁRegistryǁlatest_record__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRegistryǁclaim__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁclaim__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁclaim__mutmut['xǁRegistryǁclaim__mutmut_1'] = Registry.xǁRegistryǁclaim__mutmut_1 # type: ignore # mutmut generated

mutants_xǁRegistryǁhas_version__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁhas_version__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_1'] = Registry.xǁRegistryǁhas_version__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_2'] = Registry.xǁRegistryǁhas_version__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_3'] = Registry.xǁRegistryǁhas_version__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_4'] = Registry.xǁRegistryǁhas_version__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_5'] = Registry.xǁRegistryǁhas_version__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_6'] = Registry.xǁRegistryǁhas_version__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_7'] = Registry.xǁRegistryǁhas_version__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_8'] = Registry.xǁRegistryǁhas_version__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁhas_version__mutmut['xǁRegistryǁhas_version__mutmut_9'] = Registry.xǁRegistryǁhas_version__mutmut_9 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_state__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_state__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_1'] = Registry.xǁRegistryǁrecord_state__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_2'] = Registry.xǁRegistryǁrecord_state__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_3'] = Registry.xǁRegistryǁrecord_state__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_4'] = Registry.xǁRegistryǁrecord_state__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_5'] = Registry.xǁRegistryǁrecord_state__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_6'] = Registry.xǁRegistryǁrecord_state__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_7'] = Registry.xǁRegistryǁrecord_state__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_8'] = Registry.xǁRegistryǁrecord_state__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_9'] = Registry.xǁRegistryǁrecord_state__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_10'] = Registry.xǁRegistryǁrecord_state__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_11'] = Registry.xǁRegistryǁrecord_state__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_12'] = Registry.xǁRegistryǁrecord_state__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_13'] = Registry.xǁRegistryǁrecord_state__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_14'] = Registry.xǁRegistryǁrecord_state__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_15'] = Registry.xǁRegistryǁrecord_state__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_16'] = Registry.xǁRegistryǁrecord_state__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_17'] = Registry.xǁRegistryǁrecord_state__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_18'] = Registry.xǁRegistryǁrecord_state__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_19'] = Registry.xǁRegistryǁrecord_state__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_state__mutmut['xǁRegistryǁrecord_state__mutmut_20'] = Registry.xǁRegistryǁrecord_state__mutmut_20 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_requested__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_requested__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_1'] = Registry.xǁRegistryǁrecord_requested__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_2'] = Registry.xǁRegistryǁrecord_requested__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_3'] = Registry.xǁRegistryǁrecord_requested__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_4'] = Registry.xǁRegistryǁrecord_requested__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_5'] = Registry.xǁRegistryǁrecord_requested__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_6'] = Registry.xǁRegistryǁrecord_requested__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_7'] = Registry.xǁRegistryǁrecord_requested__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_8'] = Registry.xǁRegistryǁrecord_requested__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_9'] = Registry.xǁRegistryǁrecord_requested__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_10'] = Registry.xǁRegistryǁrecord_requested__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_11'] = Registry.xǁRegistryǁrecord_requested__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_requested__mutmut['xǁRegistryǁrecord_requested__mutmut_12'] = Registry.xǁRegistryǁrecord_requested__mutmut_12 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_done__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_done__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_1'] = Registry.xǁRegistryǁrecord_done__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_2'] = Registry.xǁRegistryǁrecord_done__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_3'] = Registry.xǁRegistryǁrecord_done__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_4'] = Registry.xǁRegistryǁrecord_done__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_5'] = Registry.xǁRegistryǁrecord_done__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_6'] = Registry.xǁRegistryǁrecord_done__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_done__mutmut['xǁRegistryǁrecord_done__mutmut_7'] = Registry.xǁRegistryǁrecord_done__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRegistryǁunfinished__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁunfinished__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_1'] = Registry.xǁRegistryǁunfinished__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_2'] = Registry.xǁRegistryǁunfinished__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_3'] = Registry.xǁRegistryǁunfinished__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_4'] = Registry.xǁRegistryǁunfinished__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_5'] = Registry.xǁRegistryǁunfinished__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_6'] = Registry.xǁRegistryǁunfinished__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_7'] = Registry.xǁRegistryǁunfinished__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_8'] = Registry.xǁRegistryǁunfinished__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_9'] = Registry.xǁRegistryǁunfinished__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_10'] = Registry.xǁRegistryǁunfinished__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_11'] = Registry.xǁRegistryǁunfinished__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁunfinished__mutmut['xǁRegistryǁunfinished__mutmut_12'] = Registry.xǁRegistryǁunfinished__mutmut_12 # type: ignore # mutmut generated

mutants_xǁRegistryǁstart_run__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁstart_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_1'] = Registry.xǁRegistryǁstart_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_2'] = Registry.xǁRegistryǁstart_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_3'] = Registry.xǁRegistryǁstart_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_4'] = Registry.xǁRegistryǁstart_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_5'] = Registry.xǁRegistryǁstart_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_6'] = Registry.xǁRegistryǁstart_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁstart_run__mutmut['xǁRegistryǁstart_run__mutmut_7'] = Registry.xǁRegistryǁstart_run__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRegistryǁfinish_run__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁfinish_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_1'] = Registry.xǁRegistryǁfinish_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_2'] = Registry.xǁRegistryǁfinish_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_3'] = Registry.xǁRegistryǁfinish_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_4'] = Registry.xǁRegistryǁfinish_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_5'] = Registry.xǁRegistryǁfinish_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_6'] = Registry.xǁRegistryǁfinish_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_7'] = Registry.xǁRegistryǁfinish_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_8'] = Registry.xǁRegistryǁfinish_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_9'] = Registry.xǁRegistryǁfinish_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_10'] = Registry.xǁRegistryǁfinish_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_11'] = Registry.xǁRegistryǁfinish_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_12'] = Registry.xǁRegistryǁfinish_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_13'] = Registry.xǁRegistryǁfinish_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁfinish_run__mutmut['xǁRegistryǁfinish_run__mutmut_14'] = Registry.xǁRegistryǁfinish_run__mutmut_14 # type: ignore # mutmut generated

mutants_xǁRegistryǁinterrupted_runs__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_1'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_2'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_3'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_4'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_5'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_6'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_7'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_8'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_9'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁinterrupted_runs__mutmut['xǁRegistryǁinterrupted_runs__mutmut_10'] = Registry.xǁRegistryǁinterrupted_runs__mutmut_10 # type: ignore # mutmut generated

mutants_xǁRegistryǁmark_crashed__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁmark_crashed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_1'] = Registry.xǁRegistryǁmark_crashed__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_2'] = Registry.xǁRegistryǁmark_crashed__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_3'] = Registry.xǁRegistryǁmark_crashed__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_4'] = Registry.xǁRegistryǁmark_crashed__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_5'] = Registry.xǁRegistryǁmark_crashed__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_6'] = Registry.xǁRegistryǁmark_crashed__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁmark_crashed__mutmut['xǁRegistryǁmark_crashed__mutmut_7'] = Registry.xǁRegistryǁmark_crashed__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRegistryǁlast_complete_run__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁlast_complete_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_1'] = Registry.xǁRegistryǁlast_complete_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_2'] = Registry.xǁRegistryǁlast_complete_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_3'] = Registry.xǁRegistryǁlast_complete_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_4'] = Registry.xǁRegistryǁlast_complete_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_5'] = Registry.xǁRegistryǁlast_complete_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_6'] = Registry.xǁRegistryǁlast_complete_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_7'] = Registry.xǁRegistryǁlast_complete_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_8'] = Registry.xǁRegistryǁlast_complete_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_9'] = Registry.xǁRegistryǁlast_complete_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_10'] = Registry.xǁRegistryǁlast_complete_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁlast_complete_run__mutmut['xǁRegistryǁlast_complete_run__mutmut_11'] = Registry.xǁRegistryǁlast_complete_run__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRegistryǁruns__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁruns__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁruns__mutmut['xǁRegistryǁruns__mutmut_1'] = Registry.xǁRegistryǁruns__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁruns__mutmut['xǁRegistryǁruns__mutmut_2'] = Registry.xǁRegistryǁruns__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁruns__mutmut['xǁRegistryǁruns__mutmut_3'] = Registry.xǁRegistryǁruns__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁruns__mutmut['xǁRegistryǁruns__mutmut_4'] = Registry.xǁRegistryǁruns__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁruns__mutmut['xǁRegistryǁruns__mutmut_5'] = Registry.xǁRegistryǁruns__mutmut_5 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_source__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_source__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_1'] = Registry.xǁRegistryǁrecord_source__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_2'] = Registry.xǁRegistryǁrecord_source__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_3'] = Registry.xǁRegistryǁrecord_source__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_4'] = Registry.xǁRegistryǁrecord_source__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_5'] = Registry.xǁRegistryǁrecord_source__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_6'] = Registry.xǁRegistryǁrecord_source__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_source__mutmut['xǁRegistryǁrecord_source__mutmut_7'] = Registry.xǁRegistryǁrecord_source__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRegistryǁsource_lastmods__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁsource_lastmods__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_1'] = Registry.xǁRegistryǁsource_lastmods__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_2'] = Registry.xǁRegistryǁsource_lastmods__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_3'] = Registry.xǁRegistryǁsource_lastmods__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_4'] = Registry.xǁRegistryǁsource_lastmods__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_5'] = Registry.xǁRegistryǁsource_lastmods__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_6'] = Registry.xǁRegistryǁsource_lastmods__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_7'] = Registry.xǁRegistryǁsource_lastmods__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_8'] = Registry.xǁRegistryǁsource_lastmods__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_9'] = Registry.xǁRegistryǁsource_lastmods__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_10'] = Registry.xǁRegistryǁsource_lastmods__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_11'] = Registry.xǁRegistryǁsource_lastmods__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁsource_lastmods__mutmut['xǁRegistryǁsource_lastmods__mutmut_12'] = Registry.xǁRegistryǁsource_lastmods__mutmut_12 # type: ignore # mutmut generated

mutants_xǁRegistryǁrecord_output__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁrecord_output__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_1'] = Registry.xǁRegistryǁrecord_output__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_2'] = Registry.xǁRegistryǁrecord_output__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_3'] = Registry.xǁRegistryǁrecord_output__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_4'] = Registry.xǁRegistryǁrecord_output__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_5'] = Registry.xǁRegistryǁrecord_output__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_6'] = Registry.xǁRegistryǁrecord_output__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_7'] = Registry.xǁRegistryǁrecord_output__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁrecord_output__mutmut['xǁRegistryǁrecord_output__mutmut_8'] = Registry.xǁRegistryǁrecord_output__mutmut_8 # type: ignore # mutmut generated

mutants_xǁRegistryǁoutputs__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁoutputs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_1'] = Registry.xǁRegistryǁoutputs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_2'] = Registry.xǁRegistryǁoutputs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_3'] = Registry.xǁRegistryǁoutputs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_4'] = Registry.xǁRegistryǁoutputs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_5'] = Registry.xǁRegistryǁoutputs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_6'] = Registry.xǁRegistryǁoutputs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_7'] = Registry.xǁRegistryǁoutputs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_8'] = Registry.xǁRegistryǁoutputs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_9'] = Registry.xǁRegistryǁoutputs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_10'] = Registry.xǁRegistryǁoutputs__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_11'] = Registry.xǁRegistryǁoutputs__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_12'] = Registry.xǁRegistryǁoutputs__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁoutputs__mutmut['xǁRegistryǁoutputs__mutmut_13'] = Registry.xǁRegistryǁoutputs__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRegistryǁcounts__mutmut['_mutmut_orig'] = Registry.xǁRegistryǁcounts__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_1'] = Registry.xǁRegistryǁcounts__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_2'] = Registry.xǁRegistryǁcounts__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_3'] = Registry.xǁRegistryǁcounts__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_4'] = Registry.xǁRegistryǁcounts__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_5'] = Registry.xǁRegistryǁcounts__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_6'] = Registry.xǁRegistryǁcounts__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_7'] = Registry.xǁRegistryǁcounts__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_8'] = Registry.xǁRegistryǁcounts__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_9'] = Registry.xǁRegistryǁcounts__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_10'] = Registry.xǁRegistryǁcounts__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_11'] = Registry.xǁRegistryǁcounts__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_12'] = Registry.xǁRegistryǁcounts__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_13'] = Registry.xǁRegistryǁcounts__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_14'] = Registry.xǁRegistryǁcounts__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_15'] = Registry.xǁRegistryǁcounts__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_16'] = Registry.xǁRegistryǁcounts__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_17'] = Registry.xǁRegistryǁcounts__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_18'] = Registry.xǁRegistryǁcounts__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_19'] = Registry.xǁRegistryǁcounts__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_20'] = Registry.xǁRegistryǁcounts__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_21'] = Registry.xǁRegistryǁcounts__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_22'] = Registry.xǁRegistryǁcounts__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_23'] = Registry.xǁRegistryǁcounts__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_24'] = Registry.xǁRegistryǁcounts__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_25'] = Registry.xǁRegistryǁcounts__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_26'] = Registry.xǁRegistryǁcounts__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_27'] = Registry.xǁRegistryǁcounts__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_28'] = Registry.xǁRegistryǁcounts__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_29'] = Registry.xǁRegistryǁcounts__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_30'] = Registry.xǁRegistryǁcounts__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_31'] = Registry.xǁRegistryǁcounts__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_32'] = Registry.xǁRegistryǁcounts__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_33'] = Registry.xǁRegistryǁcounts__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRegistryǁcounts__mutmut['xǁRegistryǁcounts__mutmut_34'] = Registry.xǁRegistryǁcounts__mutmut_34 # type: ignore # mutmut generated
