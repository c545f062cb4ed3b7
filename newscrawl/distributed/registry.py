"""RedisRegistry: the article registry (newscrawl.registry) on Redis, shared by every crawl worker.

Workers on different machines must agree on what is already written: with a registry each, every
worker would fetch and emit every article again, and the incremental rules (version numbers,
unchanged pages dropped, the frontier of failed URLs, the sitemaps of the last complete crawl) would
hold per machine only. This class has the SQLite `Registry`'s methods and semantics, plus what
distributed workers need: runs belong to a worker (`interrupted_runs` is a worker's own business),
runs join a crawl (its sitemaps are read by whichever worker got them), and a claim per article so
two workers do not emit the same article at once. `copy_to` writes a snapshot into a SQLite
`Registry`, which the export reads.

Keys, all under `<prefix>` (e.g. `newscrawl:week:registry`). A few big hashes with compact values,
not a key per article: a key costs Redis ~70 bytes of bookkeeping, a hash field far less.

- `:articles`        hash canonical URL -> JSON array of the `articles` columns (`ArticleRow`); `url`
                     is null when it is the canonical URL, as for nearly every article.
- `:versions`        hash `<canonical URL>\\0<version, 10 digits>` -> zlib-compressed JSON
                     `[run_id, fetched_at, item]` (the other `versions` columns are the item's own).
- `:version_index`   sorted set of those members, all scored 0: ZRANGEBYLEX walks them in
                     (canonical URL, version) order, like SQLite's ORDER BY, a batch at a time.
- `:aliases`         hash alias -> canonical URL.
- `:frontier`        hash key -> JSON array of the `frontier` columns (`FrontierRow`).
- `:frontier_open`   set of the requested and failed keys, so `unfinished` skips gone/rejected/listing.
- `:frontier_counts` hash status -> entries, so `counts` needs no walk.
- `:runs`            hash run id -> JSON object: the `runs` columns and the worker.
- `:run_crawl`       hash run id -> the crawl it joined.
- `:sources:<run>`   hash sitemap URL -> lastmod ("" for none); `:outputs:<run>` hash path -> format.
- `:claim:<canonical URL>`  the claiming worker, expiring after the claim's TTL; record_version, record_unchanged,
                     record_state and record_done of that URL release the worker's own claim.

Measured with 4 KB bodies: ~3.6 KB of Redis memory per article, 83% of it the compressed versions.

Every write that touches several keys is one Lua script: atomic like the SQLite transaction, and a
single command. A crawl's registry (`pipe` given) queues its writes on the process's RedisPipe
(newscrawl.distributed.pipe), where they go out batched with the frontier's commands and ahead of the
lease acknowledgements that follow them; its reads wait for their reply, after the writes queued
before them. A claim carries the lookup that follows it (RegistryPipeline claims, then versions). In the scripts an
empty string stands for None, so an empty string value is stored as None. With Redis Cluster, give
the prefix a hash tag (`{newscrawl:week}:registry`) so every key of a script is in one slot.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import zlib
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from scrapy.utils.asyncio import is_asyncio_available

from newscrawl.distributed.pipe import Command, Script, run
from newscrawl.registry import CRASHED, RUNNING, Claim, FrontierEntry, Known, now_iso, parse_time

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Mapping
    from concurrent.futures import Future

    import redis

    from newscrawl.distributed.pipe import RedisPipe
    from newscrawl.registry import Registry

logger = logging.getLogger(__name__)

BATCH = 500  # versions per round trip when streaming them; keys per UNLINK in reset()
LOOKUP_BATCH = 500  # keys per LOOKUP_MANY: bounds one script's run and its reply
STATUSES = frozenset({"requested", "failed", "gone", "rejected", "listing"})  # the SQLite CHECK
RUN_COLUMNS = ("pid", "started_at", "finished_at", "status", "complete", "discover", "summary")


class ArticleRow(NamedTuple):
    """The `articles` columns after canonical_url, in order (the Lua below indexes them 1 to 10)."""

    source_id: str | None
    url: str | None  # None: the canonical URL
    first_seen: str
    last_seen: str
    published_at: str | None
    modified_at: str | None
    hint_at: str | None
    content_hash: str
    version: int
    run_id: str


class FrontierRow(NamedTuple):
    """The `frontier` columns after key, in order (the Lua below indexes them 1 to 7)."""

    url: str
    status: str
    hint_at: str | None
    attempts: int
    reason: str | None
    run_id: str
    updated_at: str


# Every script gets the same KEYS (RedisRegistry._keys), plus the claim key for those that release it.
PRELUDE = r"""
local ARTICLES, VERSIONS, VERSION_INDEX, ALIASES, FRONTIER, OPEN, FRONTIER_COUNTS, RUNS, CLAIM = unpack(KEYS)
local NULL = cjson.null

-- cjson writes each '/' as '\/', a wasted byte per URL slash. In its output '\/' is never anything
-- else (a backslash is written '\\'), so undoing it is safe.
local function encode(value)
    return (string.gsub(cjson.encode(value), '\\/', '/'))
end

local function opt(arg)
    if arg == '' then return NULL end
    return arg
end

local function release(worker)
    if redis.call('GET', CLAIM) == worker then redis.call('DEL', CLAIM) end
end

-- A listing stays known as one; any other frontier entry is finished.
local function settle(key)
    local entry = redis.call('HGET', FRONTIER, key)
    if not entry then return end
    local status = cjson.decode(entry)[2]
    if status ~= 'listing' then
        redis.call('HDEL', FRONTIER, key)
        redis.call('SREM', OPEN, key)
        redis.call('HINCRBY', FRONTIER_COUNTS, status, -1)
    end
end

-- What the registry knows of a canonical URL or of an alias of one; frontier state otherwise.
local function lookup(key)
    local row = redis.call('HGET', ARTICLES, key)
    if row then return {'done', key, row} end
    local canonical = redis.call('HGET', ALIASES, key)
    row = canonical and redis.call('HGET', ARTICLES, canonical)
    if row then return {'done', canonical, row} end
    local entry = redis.call('HGET', FRONTIER, key)
    if entry then return {'frontier', key, entry} end
    return false
end

local function resolve(key, canonical)
    if key ~= '' and key ~= canonical then redis.call('HSET', ALIASES, key, canonical) end
    if key ~= '' then settle(key) end
    settle(canonical)
end
"""

LOOKUP = "return lookup(ARGV[1])"

# ARGV: keys. What lookup() finds of each, in order (false, which Redis sends as nil, for none).
LOOKUP_MANY = """
local reply = {}
for i, key in ipairs(ARGV) do reply[i] = lookup(key) end
return reply
"""

# ARGV: canonical URL, version member, version blob, key, worker, then the ten ArticleRow fields.
RECORD_VERSION = """
local canonical = ARGV[1]
if redis.call('HSETNX', VERSIONS, ARGV[2], ARGV[3]) == 1 then
    redis.call('ZADD', VERSION_INDEX, 0, ARGV[2])
end
local row = {}
for i = 1, 10 do row[i] = opt(ARGV[5 + i]) end
row[9] = tonumber(row[9])
local old = redis.call('HGET', ARTICLES, canonical)
old = old and cjson.decode(old)
if not old or row[9] >= old[9] then  -- an older version, reconciled late, never overwrites a newer one
    if old then
        row[3] = old[3]  -- first_seen
        if row[1] == NULL then row[1] = old[1] end  -- source_id
        if row[7] == NULL then row[7] = old[7] end  -- hint_at
    end
    redis.call('HSET', ARTICLES, canonical, encode(row))
end
resolve(ARGV[4], canonical)
release(ARGV[5])
"""

# ARGV: canonical URL, last_seen, modified_at, hint_at, key, worker.
TOUCH = """
local canonical = ARGV[1]
local row = redis.call('HGET', ARTICLES, canonical)
if row then
    row = cjson.decode(row)
    row[4] = ARGV[2]
    if ARGV[3] ~= '' then row[6] = ARGV[3] end
    if ARGV[4] ~= '' then row[7] = ARGV[4] end
    redis.call('HSET', ARTICLES, canonical, encode(row))
end
resolve(ARGV[5], canonical)
release(ARGV[6])
"""

# ARGV: alias, canonical URL.
RESOLVE = "resolve(ARGV[1], ARGV[2])"

# ARGV: key, url, status, hint_at, attempts to add, reason, run_id, updated_at, worker.
MARK = """
local key, status = ARGV[1], ARGV[3]
local entry = {ARGV[2], status, opt(ARGV[4]), tonumber(ARGV[5]), opt(ARGV[6]), ARGV[7], ARGV[8]}
local old = redis.call('HGET', FRONTIER, key)
if old then
    old = cjson.decode(old)
    if entry[3] == NULL then entry[3] = old[3] end
    entry[4] = entry[4] + old[4]
    redis.call('HINCRBY', FRONTIER_COUNTS, old[2], -1)
end
redis.call('HSET', FRONTIER, key, encode(entry))
redis.call('HINCRBY', FRONTIER_COUNTS, status, 1)
if status == 'requested' or status == 'failed' then
    redis.call('SADD', OPEN, key)
else
    redis.call('SREM', OPEN, key)
end
release(ARGV[9])
"""

# ARGV: key, worker.
SETTLE = """
settle(ARGV[1])
release(ARGV[2])
"""

# Returns key, entry, key, entry... of every requested or failed URL.
UNFINISHED = """
local reply = {}
for _, key in ipairs(redis.call('SMEMBERS', OPEN)) do
    reply[#reply + 1] = key
    reply[#reply + 1] = redis.call('HGET', FRONTIER, key)
end
return reply
"""

# ARGV: the lower bound ('-', or '(' and the last member read), batch size. Returns {members, blobs}.
VERSION_BATCH = """
local members = redis.call('ZRANGEBYLEX', VERSION_INDEX, ARGV[1], '+', 'LIMIT', 0, ARGV[2])
if #members == 0 then return {{}, {}} end
return {members, redis.call('HMGET', VERSIONS, unpack(members))}
"""

# ARGV: run id, a JSON object of the columns to set. An UPDATE: nothing happens to an unknown run.
PATCH_RUN = """
local run = redis.call('HGET', RUNS, ARGV[1])
if not run then return end
run = cjson.decode(run)
for column, value in pairs(cjson.decode(ARGV[2])) do run[column] = value end
redis.call('HSET', RUNS, ARGV[1], encode(run))
"""

# ARGV: worker, TTL in milliseconds, the claimed URL. Taking one's own claim again renews it. Returns
# 0, or {1, what lookup() finds of the URL}: the lookup that follows a claim (RegistryPipeline) rides
# in the claim's round trip.
CLAIM = """
local holder = redis.call('GET', CLAIM)
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', CLAIM, ARGV[1], 'PX', ARGV[2])
return {1, lookup(ARGV[3])}
"""


class RedisRegistry:
    """The registry on Redis (see the module docstring). `worker` is a stable id of this worker."""

    def __init__(self, client: redis.Redis, prefix: str, worker: str, pipe: RedisPipe | None = None):
        self.client = client
        self.prefix = prefix
        self.worker = worker
        self.pipe = pipe  # a crawl's: its writes are queued, its reads wait (newscrawl.distributed.pipe)
        server = client.connection_pool.connection_kwargs
        location = server.get("path") or f"{server.get('host')}:{server.get('port')}"
        self.path = f"redis://{location}/{server.get('db', 0)} {prefix}"  # for messages
        self._articles = f"{prefix}:articles"
        self._versions = f"{prefix}:versions"
        self._version_index = f"{prefix}:version_index"
        self._aliases = f"{prefix}:aliases"
        self._frontier = f"{prefix}:frontier"
        self._frontier_counts = f"{prefix}:frontier_counts"
        self._runs = f"{prefix}:runs"
        self._run_crawl = f"{prefix}:run_crawl"
        # In the order PRELUDE unpacks them.
        self._keys = [self._articles, self._versions, self._version_index, self._aliases, self._frontier,
                      f"{prefix}:frontier_open", self._frontier_counts, self._runs]  # fmt: skip
        self._lookup = self._script(LOOKUP)
        self._lookup_many = self._script(LOOKUP_MANY)
        self._record_version = self._script(RECORD_VERSION)
        self._touch = self._script(TOUCH)
        self._resolve = self._script(RESOLVE)
        self._mark = self._script(MARK)
        self._settle = self._script(SETTLE)
        self._unfinished = self._script(UNFINISHED)
        self._version_batch = self._script(VERSION_BATCH)
        self._patch_run = self._script(PATCH_RUN)
        self._claim = self._script(CLAIM)

    @staticmethod
    def _script(body: str) -> Script:
        return Script(PRELUDE + body)

    def _command(self, script: Script, args: tuple[str | int | bytes, ...], claim: str | None) -> Command:
        keys = self._keys if claim is None else [*self._keys, f"{self.prefix}:claim:{claim}"]
        return script.command(keys, args)

    def _call(self, script: Script, *args: str | int | bytes, claim: str | None = None) -> Any:
        """Run a script and return its reply (through the pipe: after every write queued before it)."""
        return self._execute(self._command(script, args, claim))

    def _execute(self, command: Command) -> Any:
        if self.pipe is not None:
            return self.pipe.call(*command)
        return run(self.client, command)

    def _send(self, *command: Any, now: bool = False) -> None:
        """A plain command nobody waits for (see _write)."""
        if self.pipe is None:
            run(self.client, command)
        else:
            self.pipe.send(*command, now=now).add_done_callback(_log_failed_write)

    def _write(
        self, script: Script, *args: str | int | bytes, claim: str | None = None, now: bool = False
    ) -> None:
        """A write nobody waits for: queued on a crawl's pipe, run now otherwise. One that Redis
        refuses past FRONTIER_REDIS_OUTAGE_SECONDS is logged: as a failed write was before, when its
        exception reached the signal handler that made it. `now`: sent without waiting for the end
        of the reactor's turn (newscrawl.distributed.pipe)."""
        self._send(*self._command(script, args, claim), now=now)

    @property
    def _direct(self) -> redis.Redis:
        """The client, for a call that is not a script: after the writes queued before it."""
        if self.pipe is not None:
            self.pipe.flush()
        return self.client

    def close(self) -> None:
        if self.pipe is not None:
            self.pipe.release()  # sends the writes still queued first
        else:
            self.client.close()

    # --- Articles -------------------------------------------------------------------------------------

    def lookup(self, key: str) -> Known | None:
        """The registry's knowledge of a canonical URL or of an alias of one; frontier state otherwise."""
        return _known(key, self._call(self._lookup, key))

    def lookup_many(self, keys: Collection[str]) -> dict[str, Known | None]:
        """`lookup` of each key, in one round trip per LOOKUP_BATCH keys (a sitemap lists a thousand
        article URLs: a round trip each kept the reactor waiting a thousand times)."""
        unique = list(dict.fromkeys(keys))
        found: dict[str, Known | None] = {}
        for start in range(0, len(unique), LOOKUP_BATCH):
            chunk = unique[start : start + LOOKUP_BATCH]
            replies = self._call(self._lookup_many, *chunk)
            found.update((key, _known(key, reply)) for key, reply in zip(chunk, replies, strict=True))
        return found

    def record_version(self, item: Mapping[str, Any], run_id: str, extra: Mapping[str, Any]) -> None:
        """Record an item that has been durably written: its version, the article, its aliases; and
        release this worker's claim on the article."""
        url = item["canonical_url"]
        version = int(item["version"])
        seen = now_iso()
        blob = zlib.compress(_dumps([run_id, item.get("fetched_at") or seen, dict(item)]))
        page_url = item.get("url") or url
        row = ArticleRow(extra.get("source_id"), None if page_url == url else page_url, seen, seen,
                         item.get("published_at"), item.get("modified_at"), extra.get("discovered_date"),
                         item["content_hash"], version, run_id)  # fmt: skip
        # Sent at once, not at the end of the turn: a worker killed between the feed line and this record
        # leaves the article to be reconciled from its output when it restarts, and to be written again
        # by another worker if it does not restart within the lease; the shorter that moment, the better.
        self._write(self._record_version, url, _version_member(url, version), blob, _arg(extra.get("discovered_url")),
                    self.worker, *map(_arg, row), claim=url, now=True)  # fmt: skip

    def record_unchanged(
        self,
        canonical_url: str,
        modified_at: str | None,
        discovered_date: str | None,
        discovered_url: str | None,
    ) -> None:
        """An article fetched again with unchanged content: remember the dates so it is not fetched
        again, and release this worker's claim (there is nothing to emit)."""
        self._write(self._touch, canonical_url, now_iso(), _arg(modified_at), _arg(discovered_date), _arg(discovered_url),
                   self.worker, claim=canonical_url)  # fmt: skip

    def add_alias(self, alias: str, canonical_url: str) -> None:
        self._write(self._resolve, alias, canonical_url)

    def versions(self) -> Iterator[dict[str, Any]]:
        """Every recorded version, oldest first (the dataset history), read BATCH at a time."""
        for _, blob in self._version_entries():
            yield _loads_version(blob)[2]

    def _version_entries(self) -> Iterator[tuple[bytes, bytes]]:
        start = b"-"
        while True:
            members, blobs = self._call(self._version_batch, start, BATCH)
            yield from zip(members, blobs, strict=True)
            if len(members) < BATCH:  # the last batch: no round trip to find nothing after it
                return
            start = b"(" + members[-1]

    def latest_record(self, canonical_url: str) -> dict[str, Any] | None:
        """The article's newest version as it was exported (what a re-extraction compares with)."""
        known = self.lookup(canonical_url)
        if known is None or known.status != "done":
            return None
        blob: bytes | None = self._execute(
            ("HGET", self._versions, _version_member(known.canonical_url, known.version))
        )
        return _loads_version(blob)[2] if blob else None

    def has_version(self, canonical_url: str, version: int) -> bool:
        """Whether this version of the article, or a later one, is recorded."""
        after_url = b"(" + canonical_url.encode() + b"\x01"  # past every member of this URL
        found = self._execute(
            ("ZRANGEBYLEX", self._version_index, b"[" + _version_member(canonical_url, version), after_url,
             "LIMIT", 0, 1)
        )  # fmt: skip
        return bool(found)

    # --- Frontier -------------------------------------------------------------------------------------

    def record_state(self, key: str, url: str, status: str, run_id: str, discovered_date: str | None = None,
                     reason: str | None = None) -> None:  # fmt: skip
        """Set a URL's frontier state; `failed` counts an attempt. Releases this worker's claim on it."""
        if status not in STATUSES:
            raise ValueError(f"unknown frontier status {status!r}")
        self._write(self._mark, key, url, status, _arg(discovered_date), 1 if status == "failed" else 0, _arg(reason),
                   run_id, now_iso(), self.worker, claim=key)  # fmt: skip

    def record_requested(self, key: str, url: str, run_id: str, discovered_date: str | None) -> None:
        """Nothing to write, unlike the SQLite registry's `requested` entry (a round trip and ~100 bytes
        per queued URL): in a distributed crawl the requested URL sits in the shared queue on Redis,
        and a killed worker's leases return it there (newscrawl.distributed.queue), so the queue
        itself is the record of what is requested and not finished."""

    def record_done(self, key: str) -> None:
        """A URL reached a final outcome that needs no article row (duplicate, not an article, skipped).
        Releases this worker's claim on it."""
        self._write(self._settle, key, self.worker, claim=key)

    def unfinished(self, max_attempts: int) -> list[FrontierEntry]:
        """URLs a previous run left requested (crash) or failed (fewer than max_attempts tries)."""
        reply = self._call(self._unfinished)
        entries = [
            (key.decode(), FrontierRow(*json.loads(raw)))
            for key, raw in zip(reply[::2], reply[1::2], strict=True)
        ]
        return [
            FrontierEntry(key, row.url, row.status, row.hint_at, row.attempts)
            for key, row in sorted(entries, key=lambda pair: (pair[1].updated_at, pair[0]))
            if row.status == "requested" or row.attempts < max_attempts
        ]

    # --- Claims ---------------------------------------------------------------------------------------

    async def claim(self, canonical_url: str, ttl_seconds: float) -> Claim:
        """Whether this worker may emit the article now (taken unless another worker's claim is
        alive), with what lookup() finds of the URL, read by the same script in the same round trip.
        The claim lasts `ttl_seconds`, so a killed worker's claim does not block the article for good.
        In a crawl on the asyncio reactor the reply is awaited, not waited for: the command goes out
        with the rest of the reactor's turn and the worker goes on with other pages meanwhile."""
        ttl = max(1, round(ttl_seconds * 1000))
        command = self._command(self._claim, (self.worker, ttl, canonical_url), claim=canonical_url)
        if self.pipe is not None and is_asyncio_available():
            # Shielded: a cancelled wait (a task cancelled at shutdown) must not cancel the pipe's own
            # future, which its thread settles once the reply is in (newscrawl.distributed.pipe).
            reply = await asyncio.shield(asyncio.wrap_future(self.pipe.send(*command)))
        else:
            reply = self._execute(command)
        if not reply:
            return Claim(False, None)
        return Claim(True, _known(canonical_url, reply[1]))

    # --- Runs -----------------------------------------------------------------------------------------

    def start_run(self, run_id: str, pid: int, discover: str) -> None:
        run = {"pid": pid, "started_at": now_iso(), "finished_at": None, "status": RUNNING, "complete": 0,
               "discover": discover, "summary": None, "worker": self.worker}  # fmt: skip
        self._direct.hset(self._runs, run_id, _dumps(run))

    def finish_run(self, run_id: str, status: str, complete: bool, summary: Mapping[str, Any]) -> None:
        """`complete`: the run walked every listing and sitemap it meant to, so the next run may stop
        paging a listing at the first page with nothing new, and skip sitemaps whose lastmod is unchanged."""
        patch = {"finished_at": now_iso(), "status": status, "complete": int(complete),
                 "summary": json.dumps(dict(summary), sort_keys=True)}  # fmt: skip
        self._call(self._patch_run, run_id, _dumps(patch))

    def interrupted_runs(self, current: str) -> list[str]:
        """This worker's runs that never recorded an end: killed. Other workers' runs are theirs to
        repair (their output files are on their machines). Only call this while holding the run lock."""
        return [
            run["run_id"]
            for run in self.runs()
            if run["status"] == RUNNING and run["worker"] == self.worker and run["run_id"] != current
        ]

    def mark_crashed(self, run_id: str) -> None:
        self._call(self._patch_run, run_id, _dumps({"status": CRASHED, "finished_at": now_iso()}))

    def last_complete_run(self) -> str | None:
        complete = [run["run_id"] for run in self.runs() if run["complete"]]
        return complete[-1] if complete else None

    def runs(self) -> list[dict[str, Any]]:
        """Every run, by start: the `runs` columns (summary as JSON text) and the worker."""
        rows = [
            _run_row(_text(run_id), json.loads(raw))
            for run_id, raw in self._direct.hgetall(self._runs).items()
        ]
        return sorted(rows, key=lambda row: (row["started_at"], row["run_id"]))

    def join_crawl(self, run_id: str, crawl_id: str) -> None:
        """The run is one worker's part of the shared crawl `crawl_id` (see source_lastmods)."""
        self._direct.hset(self._run_crawl, run_id, crawl_id)

    def record_source(self, run_id: str, url: str, lastmod: str | None) -> None:
        self._send("HSET", self._sources(run_id), url, _arg(lastmod))

    def source_lastmods(self, run_id: str) -> dict[str, str | None]:
        """The sitemaps read by every run of the run's crawl (each sitemap is read by whichever worker
        got it), or by the run alone when it joined no crawl. Where two runs saw different lastmods the
        older one is kept, so a sitemap is skipped only when it is unchanged since every reading."""
        with self._direct.pipeline(transaction=True) as pipe:
            pipe.hgetall(self._run_crawl)
            pipe.hgetall(self._sources(run_id))
            crawls, own = pipe.execute()
        crawl = crawls.get(run_id.encode())
        others = [
            other
            for other, joined in crawls.items()
            if crawl and joined == crawl and other != run_id.encode()
        ]
        found = [own]
        if others:
            with self._direct.pipeline(transaction=True) as pipe:
                for other in others:
                    pipe.hgetall(self._sources(other.decode()))
                found += pipe.execute()
        lastmods: dict[str, str | None] = {}
        for sources in found:
            for url, lastmod in sources.items():
                url_text, seen = url.decode(), lastmod.decode() or None
                lastmods[url_text] = _older(lastmods[url_text], seen) if url_text in lastmods else seen
        return lastmods

    def _sources(self, run_id: str) -> str:
        return f"{self.prefix}:sources:{run_id}"

    def record_output(self, run_id: str, path: Path, fmt: str) -> None:
        self._send("HSETNX", f"{self.prefix}:outputs:{run_id}", str(path), fmt)

    def outputs(self, run_id: str) -> list[tuple[Path, str]]:
        written = self._direct.hgetall(f"{self.prefix}:outputs:{run_id}")
        return sorted((Path(_text(path)), _text(fmt)) for path, fmt in written.items())

    def counts(self) -> dict[str, int]:
        with self._direct.pipeline(transaction=True) as pipe:
            for key in (self._articles, self._versions, self._aliases, self._runs):
                pipe.hlen(key)
            pipe.hgetall(self._frontier_counts)
            articles, versions, aliases, runs, frontier = pipe.execute()
        counts = {"articles": articles, "versions": versions, "aliases": aliases, "runs": runs}
        for status, count in sorted(frontier.items()):
            if int(count):
                counts[f"frontier_{status.decode()}"] = int(count)
        return counts

    # --- Snapshot and reset ---------------------------------------------------------------------------

    def copy_to(self, target: Registry) -> None:
        """Write everything into `target`, a fresh SQLite registry, in one transaction: the export
        reads that snapshot. Versions stream BATCH at a time, the other tables through HSCAN."""
        tables = {
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)": self._article_rows(),
            "INSERT OR REPLACE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)": self._version_rows(),
            "INSERT OR REPLACE INTO aliases VALUES (?, ?)": self._scan(self._aliases),
            "INSERT OR REPLACE INTO frontier VALUES (?, ?, ?, ?, ?, ?, ?, ?)": self._frontier_rows(),
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)": (
                (run["run_id"], *(run[column] for column in RUN_COLUMNS)) for run in self.runs()
            ),
            "INSERT OR REPLACE INTO run_sources VALUES (?, ?, ?)": self._per_run_rows("sources"),
            "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)": self._per_run_rows("outputs"),
        }
        target.db.execute("BEGIN IMMEDIATE")
        try:
            for sql, rows in tables.items():
                target.db.executemany(sql, rows)
            target.db.execute("COMMIT")
        except BaseException:
            target.db.execute("ROLLBACK")
            raise

    def _scan(self, key: str) -> Iterator[tuple[str, str]]:
        # HSCAN may return a field twice (while the hash grows): hence INSERT OR REPLACE in copy_to.
        for field, value in self._direct.hscan_iter(key, count=BATCH):
            yield field.decode(), value.decode()

    def _article_rows(self) -> Iterator[tuple[Any, ...]]:
        for canonical, raw in self._scan(self._articles):
            row = ArticleRow(*json.loads(raw))
            yield canonical, *row._replace(url=row.url or canonical)

    def _version_rows(self) -> Iterator[tuple[Any, ...]]:
        for member, blob in self._version_entries():
            url, version = member.decode().split("\0")
            run_id, fetched_at, item = _loads_version(blob)
            yield (url, int(version), item["content_hash"], run_id, fetched_at, item.get("published_at"),
                   item.get("section"), item.get("article_type"), json.dumps(item, ensure_ascii=False))  # fmt: skip

    def _frontier_rows(self) -> Iterator[tuple[Any, ...]]:
        for key, raw in self._scan(self._frontier):
            yield key, *FrontierRow(*json.loads(raw))

    def _per_run_rows(self, kind: str) -> Iterator[tuple[str, str, str | None]]:
        """(run id, field, value) of every `:sources:<run>` or `:outputs:<run>` hash."""
        start = len(f"{self.prefix}:{kind}:")
        for key in self._direct.scan_iter(match=f"{_glob_escape(self.prefix)}:{kind}:*", count=BATCH):
            run_id = key.decode()[start:]
            for field, value in self._scan(key.decode()):
                yield run_id, field, value or None

    def reset(self) -> None:
        """Delete every key of this registry. SCAN, not KEYS, and UNLINK: the server stays responsive."""
        keys = self._direct.scan_iter(match=f"{_glob_escape(self.prefix)}:*", count=BATCH)
        while batch := list(islice(keys, BATCH)):
            self._direct.unlink(*batch)


def _known(key: str, reply: Any) -> Known | None:
    """What a LOOKUP reply says of `key`."""
    if reply is None:
        return None
    kind, found, raw = reply
    if kind == b"done":
        row = ArticleRow(*json.loads(raw))
        dates = (row.published_at, row.modified_at, row.hint_at)
        freshness = max((t for t in map(parse_time, dates) if t), default=None)
        return Known(found.decode(), "done", row.version, row.content_hash, freshness)
    entry = FrontierRow(*json.loads(raw))
    return Known(key, entry.status, freshness=parse_time(entry.hint_at), attempts=entry.attempts)


def _log_failed_write(future: Future[Any]) -> None:
    if (exc := future.exception()) is not None:
        logger.error("A registry write failed: %s", exc)


def _arg(value: str | int | None) -> str | int:
    """A script argument: None travels as the empty string."""
    return "" if value is None else value


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _run_row(run_id: str, run: dict[str, Any]) -> dict[str, Any]:
    """A run as SQLite's `runs` row, plus the worker."""
    return {"run_id": run_id, **{column: run[column] for column in RUN_COLUMNS}, "worker": run["worker"]}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _loads_version(blob: bytes) -> tuple[str, str, dict[str, Any]]:
    run_id, fetched_at, item = json.loads(zlib.decompress(blob))
    return run_id, fetched_at, item


def _version_member(canonical_url: str, version: int) -> bytes:
    """NUL sorts before any URL character and the version is zero-padded, so byte order is
    (canonical URL, version) order."""
    return f"{canonical_url}\0{version:010d}".encode()


def _older(first: str | None, second: str | None) -> str | None:
    """The older of two lastmods; an unknown one (None) counts as the oldest."""
    return None if first is None or second is None else min(first, second)


def _glob_escape(text: str) -> str:
    """`text` as a literal in a SCAN MATCH pattern."""
    return re.sub(r"([\\*?\[\]])", r"\\\1", text)
