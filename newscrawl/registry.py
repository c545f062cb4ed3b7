"""The article registry: what every run has written, so the next run adds only what is new or changed.

One SQLite file, `<NEWSCRAWL_STATE_DIR>/registry.sqlite3` (embedded: nothing to run or administer).
Tables (README "Recurring crawls"):

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
`scrapy registry`) never take a write lock, thanks to WAL mode. In a crawl the registry is in batch
mode (`begin_batches`): writes go into one open transaction, which the crawl's group commit
(newscrawl.groupcommit) commits every GROUP_COMMIT_INTERVAL seconds; the crawl's own reads see them at
once (same connection). A kill -9 loses at most the writes since the last commit: the next run
reconciles the articles from the feeds and sees the other URLs again.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self

from newscrawl.text import to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Mapping


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
UPSERT_ARTICLE = (
    "INSERT INTO articles VALUES (:url, :source_id, :page_url, :seen, :seen, :published, :modified,"
    " :hint, :hash, :version, :run) ON CONFLICT (canonical_url) DO UPDATE SET"
    " source_id = coalesce(excluded.source_id, source_id), url = excluded.url,"
    " last_seen = excluded.last_seen, published_at = excluded.published_at,"
    " modified_at = excluded.modified_at, hint_at = coalesce(excluded.hint_at, hint_at),"
    " content_hash = excluded.content_hash, version = excluded.version, run_id = excluded.run_id"
    " WHERE excluded.version >= articles.version"
)
TOUCH_ARTICLE = (
    "UPDATE articles SET last_seen = ?, modified_at = coalesce(?, modified_at),"
    " hint_at = coalesce(?, hint_at) WHERE canonical_url = ?"
)
MARK_FRONTIER = (
    "INSERT INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
    " url = excluded.url, status = excluded.status, hint_at = coalesce(excluded.hint_at, hint_at),"
    " attempts = attempts + excluded.attempts, reason = excluded.reason, run_id = excluded.run_id,"
    " updated_at = excluded.updated_at"
)
RUNNING = "running"
CRASHED = "crashed"


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time or date as an aware UTC datetime; None when absent or unreadable."""
    normalised = to_utc_iso(value)
    return datetime.fromisoformat(normalised) if normalised else None


@dataclass(frozen=True, slots=True)
class Known:
    """What the registry knows of a URL; `status` is "done" for an article written by some run."""

    canonical_url: str
    status: str
    version: int = 0
    content_hash: str | None = None
    freshness: datetime | None = None  # the newest of published, modified and discovered date acted on
    attempts: int = 0

    def is_stale(self, discovered: datetime | None) -> bool:
        """A sitemap/feed date newer than anything recorded means the page changed since."""
        return discovered is not None and (self.freshness is None or discovered > self.freshness)


class Claim(NamedTuple):
    """A claim's answer: whether this process may write the article now, and what the registry knows
    of it, read under the claim (RegistryPipeline claims, then versions against that)."""

    taken: bool
    known: Known | None


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
    def lookup_many(self, keys: Collection[str]) -> dict[str, Known | None]: ...
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
    async def claim(self, canonical_url: str, ttl_seconds: float) -> Claim: ...
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


class WriteGuard(Protocol):
    """Where a crawl's registry reports a failed write (newscrawl.storagefault.FaultLatch)."""

    @property
    def tripped(self) -> bool: ...
    def trip(self, path: Path | str, error: BaseException) -> None: ...


Statement = tuple[str, "tuple[Any, ...] | dict[str, Any]"]


class Registry:
    """The SQLite registry (WAL, synchronous=NORMAL). Every write is its own committed transaction,
    or, in batch mode, part of the open one until `commit`; the run's records (start, outputs, end,
    crashed runs, pruning) are committed at once either way."""

    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        self.guard: WriteGuard | None = None
        self.batching = False
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

    @classmethod
    def open(cls, state_dir: Path, readonly: bool = False) -> Self:
        return cls(state_dir / FILENAME, readonly=readonly)

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

    def close(self) -> None:
        self.commit()
        self.db.close()

    def begin_batches(self) -> None:
        """Batch mode: writes wait in one transaction for `commit`. SQLite's automatic checkpoint is
        off (it would fsync inside a commit); the group commit calls `checkpoint` from a thread."""
        self.batching = True
        self.db.execute("PRAGMA wal_autocheckpoint=0")

    def commit(self) -> None:
        """Commit the open batch; after a storage fault, drop it (nothing more is recorded)."""
        if not self.db.in_transaction:
            return
        if self.guard is not None and self.guard.tripped:
            self.db.execute("ROLLBACK")
            return
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._failed(exc)

    def _commit_durably(self) -> None:
        """Commit, and make every commit so far survive a power cut: the run's own records (it started,
        its outputs, it ended) are what the next run reconciles a lost tail of article records from.
        (synchronous=NORMAL syncs the log only at checkpoints; a checkpoint syncs it first.)"""
        self.commit()
        if self.guard is None or not self.guard.tripped:
            try:
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error as exc:
                self._failed(exc)

    def checkpoint(self) -> None:
        """Copy the committed log into the database and fsync it, on a connection of its own: safe in
        a thread while the crawl writes (a PASSIVE checkpoint takes no lock a writer needs)."""
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=10000")
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            db.close()

    def _failed(self, exc: sqlite3.Error) -> None:
        """A failed write (disk full, I/O error): the open transaction is dropped (SQLite may have
        rolled it back already) and the guard told, or the error raised without one."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        if self.guard is None:
            raise exc
        self.guard.trip(self.path, exc)

    def _write(self, *statements: Statement) -> None:
        """Run the statements as one transaction (in batch mode: inside the open one). With a `guard`
        (a crawl's newscrawl.storagefault latch), a failed write (disk full, I/O error) is reported to
        it instead of raised, and once it has tripped nothing more is written: no record of anything
        this run did not finish writing."""
        if not statements or (self.guard is not None and self.guard.tripped):
            return
        if self.batching:
            try:
                if not self.db.in_transaction:
                    self.db.execute("BEGIN IMMEDIATE")
                for statement in statements:
                    self.db.execute(*statement)
            except sqlite3.Error as exc:
                self._failed(exc)
            return
        try:
            if len(statements) == 1:
                self.db.execute(*statements[0])
                return
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    self.db.execute(*statement)
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if self.guard is None:
                raise
            self.guard.trip(self.path, exc)

    # --- Articles -------------------------------------------------------------------------------------

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

    def lookup_many(self, keys: Collection[str]) -> dict[str, Known | None]:
        """`lookup` of each key (the Redis registry answers them in one round trip; here each is an
        indexed read of a local file, microseconds)."""
        return {key: self.lookup(key) for key in keys}

    def record_version(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version row, the article row, its aliases."""
        url = item["canonical_url"]
        seen = now_iso()
        self._write(
            ("INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
             (url, item["version"], item["content_hash"], run_id, item.get("fetched_at") or seen,
              item.get("published_at"), item.get("section"), item.get("article_type"),
              json.dumps(dict(item), ensure_ascii=False))),
            (UPSERT_ARTICLE,
             {"url": url, "source_id": extra.get("source_id"), "page_url": item.get("url") or url,
              "seen": seen, "published": item.get("published_at"), "modified": item.get("modified_at"),
              "hint": extra.get("discovered_date"), "hash": item["content_hash"], "version": item["version"],
              "run": run_id}),
            *self._resolution(extra.get("discovered_url"), url),
        )  # fmt: skip

    def record_unchanged(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched again."""
        self._write(
            (TOUCH_ARTICLE, (now_iso(), modified_at, discovered_date, canonical_url)),
            *self._resolution(discovered_url, canonical_url),
        )

    def _resolution(self, key: str | None, canonical_url: str) -> list[Statement]:
        """The statements that make `key` an alias of a written article and end their frontier entries."""
        statements: list[Statement] = []
        if key and key != canonical_url:
            statements.append(("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (key, canonical_url)))
        statements.extend(
            ("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (done,))
            for done in dict.fromkeys(k for k in (key, canonical_url) if k)
        )
        return statements

    def add_alias(self, alias: str, canonical_url: str) -> None:
        self._write(*self._resolution(alias, canonical_url))

    def versions(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history)."""
        for row in self.db.execute("SELECT item FROM versions ORDER BY canonical_url, version"):
            yield json.loads(row["item"])

    def latest_record(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        row = self.db.execute(
            "SELECT item FROM versions WHERE canonical_url = ? ORDER BY version DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return json.loads(row["item"]) if row else None

    async def claim(self, canonical_url: str, ttl_seconds: float) -> Claim:
        """Only one process writes a SQLite registry (the run lock): there is nobody to claim against."""
        return Claim(True, self.lookup(canonical_url))

    def has_version(self, canonical_url: str, version: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM versions WHERE canonical_url = ? AND version >= ?", (canonical_url, version)
        ).fetchone()
        return row is not None

    # --- Frontier -------------------------------------------------------------------------------------

    def record_state(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt."""
        self._write(
            (
                MARK_FRONTIER,
                (
                    key,
                    url,
                    status,
                    discovered_date,
                    1 if status == "failed" else 0,
                    reason,
                    run_id,
                    now_iso(),
                ),
            ),
        )

    def record_requested(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """An article URL is about to be requested: `requested` until its outcome is recorded. Scrapy's
        scheduler queue lives in memory and dies with a killed run; this entry is how the next run
        finds the URL again (`unfinished`)."""
        self.record_state(key, url, "requested", run_id, discovered_date=discovered_date)

    def record_done(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped)."""
        self._write(("DELETE FROM frontier WHERE key = ? AND status != 'listing'", (key,)))

    def unfinished(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        rows = self.db.execute(
            "SELECT key, url, status, hint_at AS discovered_date, attempts FROM frontier WHERE status = 'requested'"
            " OR (status = 'failed' AND attempts < ?) ORDER BY updated_at, key",
            (max_attempts,),
        )
        return [FrontierEntry(**dict(row)) for row in rows]

    # --- Runs -----------------------------------------------------------------------------------------

    def start_run(self, run_id: str, pid: int, discover: str) -> None:
        self._write(
            (
                "INSERT OR REPLACE INTO runs (run_id, pid, started_at, status, discover) VALUES (?, ?, ?, ?, ?)",
                (run_id, pid, now_iso(), RUNNING, discover),
            ),
        )
        self._commit_durably()

    def finish_run(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        self._write(
            (
                "UPDATE runs SET finished_at = ?, status = ?, complete = ?, summary = ? WHERE run_id = ?",
                (now_iso(), status, int(complete), json.dumps(dict(summary), sort_keys=True), run_id),
            ),
        )
        self._commit_durably()

    def interrupted_runs(self, current: str) -> list[str]:
        """Runs that never recorded an end: killed. Only call this while holding the run lock."""
        rows = self.db.execute(
            "SELECT run_id FROM runs WHERE status = ? AND run_id != ? ORDER BY started_at", (RUNNING, current)
        )
        return [row["run_id"] for row in rows]

    def mark_crashed(self, run_id: str) -> None:
        self._write(
            ("UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?", (CRASHED, now_iso(), run_id)),
        )
        self._commit_durably()

    def last_complete_run(self) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE complete = 1 ORDER BY started_at DESC, run_id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row["run_id"])

    def run_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM runs").fetchone()[0])

    def runs(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM runs ORDER BY started_at, run_id")]

    def prune_runs(self, keep: int) -> int:
        """Forget the sitemap lastmods and the summary of every ended run but the newest ``keep`` and the
        last complete one (the next run's baseline); returns how many runs were pruned.

        An hourly schedule adds a run every hour: without this, `run_sources` alone would grow by one
        row per monthly sitemap per run. The run's row stays (id, times, status: the history, and the
        count that REGISTRY_BACKUP_EVERY goes by), and so do its `outputs` (one row per feed file that
        got an item: the list `scrapy registry --rebuild` reads the dataset back from)."""
        old = (
            "SELECT run_id FROM runs WHERE status != ? AND run_id NOT IN"
            " (SELECT run_id FROM runs ORDER BY started_at DESC, run_id DESC LIMIT ?)"
            " AND run_id IS NOT (SELECT run_id FROM runs WHERE complete = 1"
            " ORDER BY started_at DESC, run_id DESC LIMIT 1)"
        )
        params = (RUNNING, keep)
        pruned = [row[0] for row in self.db.execute(old + " AND summary IS NOT NULL", params)]
        self._write(
            (f"DELETE FROM run_sources WHERE run_id IN ({old})", params),  # noqa: S608 - constant text
            (f"UPDATE runs SET summary = NULL WHERE run_id IN ({old})", params),  # noqa: S608 - constant text
        )
        self.commit()
        return len(pruned)

    def record_source(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._write(("INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)", (run_id, url, lastmod)))

    def source_lastmods(self, run_id: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT url, lastmod FROM run_sources WHERE run_id = ?", (run_id,))
        return {row["url"]: row["lastmod"] for row in rows}

    def record_output(self, run_id: str, path: Path, fmt: str) -> None:
        # Committed before the file gets a line: a killed run's outputs are how the next one finds
        # the articles it wrote but had not recorded.
        self._write(("INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)", (run_id, str(path), fmt)))
        self._commit_durably()

    def outputs(self, run_id: str) -> list[tuple[Path, str]]:
        rows = self.db.execute("SELECT path, format FROM outputs WHERE run_id = ? ORDER BY path", (run_id,))
        return [(Path(row["path"]), row["format"]) for row in rows]

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
