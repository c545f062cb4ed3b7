"""SharedCrawl: the crawl generation that every worker on one Redis joins, and its shared counters.

Keys, under FRONTIER_KEY_PREFIX (default `newscrawl:<spider>`):

- `current`: the id of the crawl in progress. The first worker to start creates it; later workers
  join it. A crawl ends when its queue and its leases are both empty (nothing queued, nothing in
  any worker's hands); the next worker to start then begins a new one. A crawl left drained by
  workers that all died is replaced by the next worker too.
- `crawl:<id>:queue`, `crawl:<id>:leases`: the frontier (newscrawl.distributed.queue).
- `crawl:<id>:dupefilter`: scrapy-redis's request fingerprints, per crawl rather than per spider
  name: a recurring crawl must read the listings again (reliability.md §2.3), and the incremental
  rules of the registry, not the dupefilter, decide which articles to fetch again.
- `crawl:<id>:workers`, `alive:<instance>`: the worker processes of a crawl, and a heartbeat key
  each, which expires FRONTIER_LEASE_SECONDS after the worker stops renewing it.
- `crawl:<id>:counts`: every worker's summary counters (one field per counter and worker, written
  at each heartbeat and at close), and `dead_workers`; the last worker to leave logs the crawl-wide
  account from their sum.

Every worker keeps SCHEDULER_PERSIST semantics: nothing is ever flushed by a worker that finishes
(scrapy-redis's default deletes the shared queue and dupefilter, reliability.md §2.3). A finished
crawl's keys expire after FRONTIER_FINISHED_TTL seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newscrawl.distributed.pipe import run

if TYPE_CHECKING:
    from collections.abc import Mapping

    import redis

    from newscrawl.distributed.pipe import Command

COUNT_SEPARATOR = "\t"  # counts fields: <stat><TAB><worker instance>

# KEYS: current. ARGV: prefix, candidate id, instance, alive ttl, finished ttl.
JOIN = """
local prefix, candidate, instance = ARGV[1], ARGV[2], ARGV[3]
local current = redis.call('GET', KEYS[1])
if current then
    local base = prefix .. ':crawl:' .. current
    local busy = redis.call('ZCARD', base .. ':queue') + redis.call('ZCARD', base .. ':leases') > 0
    if not busy then
        for _, other in ipairs(redis.call('SMEMBERS', base .. ':workers')) do
            if redis.call('EXISTS', prefix .. ':alive:' .. other) == 1 then busy = true break end
        end
    end
    if not busy then
        -- Drained, and every worker of it died before leaving: its keys expire as if it had finished.
        for _, name in ipairs({'dupefilter', 'workers', 'counts'}) do redis.call('EXPIRE', base .. ':' .. name, ARGV[5]) end
        current = false
    end
end
local created = 0
if not current then
    current = candidate
    created = 1
    redis.call('SET', KEYS[1], current)
end
redis.call('SADD', prefix .. ':crawl:' .. current .. ':workers', instance)
redis.call('SET', prefix .. ':alive:' .. instance, current, 'EX', ARGV[4])
return {current, created}
"""
# KEYS: current, queue, leases. ARGV: crawl id. Ends the crawl when nothing is queued or leased.
FINISH = """
if redis.call('ZCARD', KEYS[2]) + redis.call('ZCARD', KEYS[3]) > 0 then return 0 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"""
# KEYS: workers, counts, dupefilter, queue, leases. ARGV: prefix, instance, finished ttl.
# Returns {last, dead}: whether no live worker is left in the crawl, and how many this call found dead
# (also added to the crawl's `dead_workers` count, which the crawl-wide account reports).
LEAVE = """
local prefix, instance = ARGV[1], ARGV[2]
redis.call('SREM', KEYS[1], instance)
redis.call('DEL', prefix .. ':alive:' .. instance)
local dead = 0
for _, other in ipairs(redis.call('SMEMBERS', KEYS[1])) do
    if redis.call('EXISTS', prefix .. ':alive:' .. other) == 0 then
        redis.call('SREM', KEYS[1], other)
        redis.call('HINCRBY', KEYS[2], 'dead_workers', 1)
        dead = dead + 1
    end
end
local last = 0
if redis.call('SCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[4]) + redis.call('ZCARD', KEYS[5]) == 0 then
    last = 1
    for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
end
return {last, dead}
"""


class SharedCrawl:
    """One worker's handle on the shared crawl (see the module docstring for the keys)."""

    def __init__(self, server: redis.Redis, prefix: str, instance: str, alive_seconds: int):
        self.server = server
        self.prefix = prefix
        self.instance = instance
        self.alive_seconds = alive_seconds
        self.crawl_id = ""
        self.created = False
        self._join = server.register_script(JOIN)
        self._finish = server.register_script(FINISH)
        self._leave = server.register_script(LEAVE)

    def key(self, name: str) -> str:
        """A key of the joined crawl: queue, leases, dupefilter, workers, counts."""
        return f"{self.prefix}:crawl:{self.crawl_id}:{name}"

    @property
    def current_key(self) -> str:
        return f"{self.prefix}:current"

    def join(self, candidate: str, finished_ttl: int = 7 * 24 * 3600) -> str:
        """Join the crawl in progress, or start one with the id `candidate`."""
        crawl_id, created = self._join(
            keys=[self.current_key],
            args=[self.prefix, candidate, self.instance, self.alive_seconds, finished_ttl],
        )
        self.crawl_id = _text(crawl_id)
        self.created = bool(created)
        return self.crawl_id

    def heartbeat(self, counts: Mapping[str, int]) -> None:
        """Say this worker is alive, and publish its counters (absolute values, one field per counter
        and worker: writing them twice, as a retried command may, changes nothing)."""
        with self.server.pipeline(transaction=True) as pipe:
            for command in self.heartbeat_commands(counts):
                run(pipe, command)
            pipe.execute()

    def heartbeat_commands(self, counts: Mapping[str, int]) -> list[Command]:
        """The commands of `heartbeat`, for the scheduler's pipe (newscrawl.distributed.pipe)."""
        commands: list[Command] = [
            ("SET", f"{self.prefix}:alive:{self.instance}", self.crawl_id, "EX", self.alive_seconds),
            ("SADD", self.key("workers"), self.instance),
        ]
        fields = [
            part
            for name, value in counts.items()
            for part in (f"{name}{COUNT_SEPARATOR}{self.instance}", value)
        ]
        if fields:
            commands.append(("HSET", self.key("counts"), *fields))
        return commands

    def finish_if_drained(self) -> bool:
        """End the crawl if nothing is queued or leased; False while any work is left anywhere."""
        done = self._finish(
            keys=[self.current_key, self.key("queue"), self.key("leases")], args=[self.crawl_id]
        )
        return bool(done)

    def leave(self, finished_ttl: int) -> tuple[bool, int]:
        """Leave the crawl; returns (no live worker is left and the crawl is drained, workers found dead)."""
        keys = [self.key(name) for name in ("workers", "counts", "dupefilter", "queue", "leases")]
        last, dead = self._leave(keys=keys, args=[self.prefix, self.instance, finished_ttl])
        return bool(last), int(dead)

    def counts(self) -> dict[str, int]:
        """The crawl's counters: every worker's added up, plus `dead_workers`."""
        return add_up(self.server.hgetall(self.key("counts")))

    def workers_alive(self) -> list[str]:
        members = sorted(_text(member) for member in self.server.smembers(self.key("workers")))
        if not members:
            return []
        with self.server.pipeline(transaction=False) as pipe:
            for member in members:
                pipe.exists(f"{self.prefix}:alive:{member}")
            alive = pipe.execute()
        return [member for member, flag in zip(members, alive, strict=True) if flag]


def status(server: redis.Redis, prefix: str) -> dict[str, Any]:
    """The crawl in progress as an operator sees it (`scrapy frontier`): read-only."""
    crawl = SharedCrawl(server, prefix, instance="", alive_seconds=0)
    current = server.get(crawl.current_key)
    report: dict[str, Any] = {"prefix": prefix, "crawl": _text(current) if current is not None else None}
    if current is None:
        return report
    crawl.crawl_id = _text(current)
    now = int(server.time()[0])
    with server.pipeline(transaction=True) as pipe:
        pipe.zcard(crawl.key("queue"))
        pipe.zcard(crawl.key("leases"))
        pipe.zcount(crawl.key("leases"), "-inf", now)
        pipe.scard(crawl.key("dupefilter"))
        queued, leased, expired, seen = pipe.execute()
    report.update(queued=queued, leased=leased, leases_expired=expired, seen=seen,
                  workers=crawl.workers_alive(), counts=crawl.counts())  # fmt: skip
    return report


def add_up(fields: Mapping[Any, Any]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for field, value in fields.items():
        name = _text(field).split(COUNT_SEPARATOR, 1)[0]
        totals[name] = totals.get(name, 0) + int(value)
    return totals


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
