"""LeasedQueue: scrapy-redis's priority queue, with pops that are leases instead of deletions.

scrapy-redis pops destructively (`ZRANGE` + `ZREMRANGEBYRANK`) and has no acknowledgement: a worker
killed with requests in flight loses them, and the dupefilter, which already holds their
fingerprints, keeps every other worker from finding them again (reliability.md §2.3: 40 requests
lost per kill at 16 concurrent requests). Here a pop moves the request, in one Lua script, from the
queue to a lease set scored by its deadline (Redis server time, so worker clocks do not matter).
The worker renews the deadlines of what it holds while it holds it, and acknowledges (removes) each
lease once Scrapy is done with the request. Leases that nobody renews, because their worker died,
expire and are put back in the queue by whichever worker reaps next.

Each member is `<score>|<stamp>|<request JSON>`: the score (minus the priority, as in scrapy-redis)
lets a reaped lease return at its priority; the stamp (time + randomness) keeps two identical
requests distinct, so acknowledging one never drops the other's lease, and keeps equal priorities
roughly first-in first-out. A reaped or released lease goes back with a new stamp: a worker that
was only cut off for a while (not dead) then acknowledges or renews a member that no longer
exists, never the lease of the worker that took the request over; renewals report such lost
leases. A member that does not decode into a request of this spider (a stray key, a request
from an incompatible version) is set aside under `<queue>:undecodable` instead of coming back
every lease period, and `_class` is refused: queued data names no class to import.
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any

from scrapy.utils.request import request_from_dict
from scrapy_redis.queue import Base

from newscrawl.distributed.pipe import Command, Script, run

if TYPE_CHECKING:
    from collections.abc import Sequence

    import redis
    from scrapy import Request, Spider

# Lease deadlines are milliseconds of Redis server time. `now_ms` is defined in every script below.
NOW = (
    "local t = redis.call('TIME'); local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"
)
# Back in the queue, a lease gets a new stamp: a holder that was only slow, not dead, then finds its
# old member gone, so its late acknowledgement or renewal cannot touch the next holder's lease.
REQUEUE = """
local function requeue(queue, member)
    local score, stamp, payload = string.match(member, '^(-?%d+)|([^|]*)|(.*)$')
    redis.call('ZADD', queue, tonumber(score), score .. '|' .. stamp .. 'r|' .. payload)
end
"""
# KEYS: queue, leases. ARGV: lease ms, how many, then members to acknowledge first (batched into the pop).
# Returns the members leased, most urgent first.
POP = Script(
    NOW
    + """
if #ARGV > 2 then redis.call('ZREM', KEYS[2], unpack(ARGV, 3)) end
local members = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
if #members == 0 then return members end
redis.call('ZREM', KEYS[1], unpack(members))
local deadline = now_ms + tonumber(ARGV[1])
for _, member in ipairs(members) do redis.call('ZADD', KEYS[2], deadline, member) end
return members
"""
)
# KEYS: dupefilter, queue. ARGV: fingerprint ('' for dont_filter), score, member. One round trip for
# scrapy-redis's two (SADD to the dupefilter, then ZADD); returns 0 for a request already seen.
PUSH = Script(
    """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
)
# KEYS: leases. ARGV: lease ms, members. Extends the leases still held; returns those that are not
# (reaped while this worker was cut off: someone else may hold the request now).
RENEW = Script(
    NOW
    + """
local lost = {}
for i = 2, #ARGV do
    if redis.call('ZADD', KEYS[1], 'XX', 'CH', now_ms + tonumber(ARGV[1]), ARGV[i]) == 0
            and not redis.call('ZSCORE', KEYS[1], ARGV[i]) then
        lost[#lost + 1] = ARGV[i]
    end
end
return lost
"""
)
# KEYS: queue, leases. ARGV: limit. Expired leases go back to the queue at their own priority.
REAP = Script(
    NOW
    + REQUEUE
    + """
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. now_ms, 'LIMIT', 0, tonumber(ARGV[1]))
for _, member in ipairs(expired) do
    redis.call('ZREM', KEYS[2], member)
    requeue(KEYS[1], member)
end
return #expired
"""
)
# KEYS: queue, leases. ARGV: members this worker holds and will not finish (a shutdown).
RELEASE = Script(
    REQUEUE
    + """
local released = 0
for _, member in ipairs(ARGV) do
    if redis.call('ZREM', KEYS[2], member) == 1 then
        requeue(KEYS[1], member)
        released = released + 1
    end
end
return released
"""
)
# KEYS: leases, dead. ARGV: member. A request no worker can decode is set aside, not retried forever.
SET_ASIDE = Script(
    """
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then redis.call('SADD', KEYS[2], ARGV[1]) end
"""
)
logger = logging.getLogger(__name__)

REAP_BATCH = 1000
# Request.to_dict() values equal to what Request() gives when the key is missing.
DEFAULTS: dict[str, Any] = {
    "callback": None, "errback": None, "headers": [], "body": b"", "cookies": {}, "meta": {},
    "encoding": "utf-8", "flags": [], "cb_kwargs": {}, "dont_filter": False, "method": "GET", "priority": 0,
}  # fmt: skip


def _ascii(value: bytes) -> str | bytes:
    return value.decode("ascii") if value.isascii() else value


class Undecodable(ValueError):
    """A queued member that is not a request this spider can run (another code version, a stray key)."""


class LeasedQueue(Base):  # type: ignore[misc]  # scrapy-redis has no type hints
    """A shared priority queue whose pops are leases: `pop_leased` returns the request and its lease
    (the member), which the scheduler acknowledges (`ack`, or batched into the next pop) or renews."""

    def __init__(self, server: redis.Redis, spider: Spider, key: str, serializer: Any,
                 leases_key: str, dupefilter_key: str, lease_seconds: float):  # fmt: skip
        super().__init__(server, spider, key, serializer)
        self.leases_key = leases_key
        self.dupefilter_key = dupefilter_key
        self.dead_key = f"{key}:undecodable"
        self.lease_ms = max(1, round(lease_seconds * 1000))
        self.set_aside = 0  # undecodable members moved to dead_key by this queue

    def __len__(self) -> int:
        return int(self.server.zcard(self.key))

    def outstanding(self) -> tuple[int, int]:
        """(queued, leased) at one instant."""
        with self.server.pipeline(transaction=True) as pipe:
            pipe.zcard(self.key)
            pipe.zcard(self.leases_key)
            queued, leased = pipe.execute()
        return int(queued), int(leased)

    def _encode_request(self, request: Request) -> bytes:
        obj = request.to_dict(spider=self.spider)
        # Header names are bytes, which JSON object keys cannot be: pairs. ASCII values (all of ours,
        # a Referer included) as text, which Headers() turns back into the same bytes; others stay bytes.
        obj["headers"] = [
            [_ascii(name), [_ascii(value) for value in values]] for name, values in obj["headers"].items()
        ]
        # What Request() would set anyway is left out (request_from_dict passes only the keys given):
        # a fifth of the memory of a queued article request.
        obj = {key: value for key, value in obj.items() if key not in DEFAULTS or DEFAULTS[key] != value}
        score = -int(request.priority)
        stamp = f"{time.time_ns():016x}{os.urandom(2).hex()}"
        payload: bytes = self.serializer.dumps(obj)
        return f"{score}|{stamp}|".encode() + payload

    def _decode_request(self, encoded_request: bytes) -> Request:
        try:
            obj = self.serializer.loads(encoded_request.split(b"|", 2)[2])
            if not isinstance(obj, dict) or "_class" in obj:
                # request_from_dict would import and build whatever class "_class" names: not from Redis.
                raise Undecodable("not a plain request")
            return request_from_dict(obj, spider=self.spider)
        except Exception as exc:
            raise Undecodable(f"{type(exc).__name__}: {exc}") from exc

    # Each command below is built for either path: run now on `server` (the methods after them), or
    # sent through the crawl's RedisPipe by the scheduler (newscrawl.distributed.pipe).

    def push_command(self, request: Request, fingerprint: str | None) -> Command:
        """Queue the request unless the dupefilter set `dupefilter_key` has its fingerprint (None:
        queue it regardless, for dont_filter requests). Replies 1 when queued, 0 when seen. Raises
        TypeError or ValueError for a request that JSON cannot hold."""
        member = self._encode_request(request)
        return PUSH.command(
            [self.dupefilter_key, self.key], [fingerprint or "", -int(request.priority), member]
        )

    def pop_command(self, count: int, acks: Sequence[bytes] = ()) -> Command:
        """Lease the `count` most urgent requests, after acknowledging `acks` in the same round trip.
        Replies with the members leased, for `decode`."""
        return POP.command([self.key, self.leases_key], [self.lease_ms, count, *acks])

    def ack_command(self, members: Sequence[bytes]) -> Command:
        return ("ZREM", self.leases_key, *members)

    def renew_command(self, members: Sequence[bytes]) -> Command:
        """Extend the leases of `members`; replies with those this worker no longer holds."""
        return RENEW.command([self.leases_key], [self.lease_ms, *members])

    def reap_command(self) -> Command:
        """Return up to REAP_BATCH expired leases (their worker stopped renewing them) to the queue;
        replies with how many."""
        return REAP.command([self.key, self.leases_key], [REAP_BATCH])

    def set_aside_command(self, member: bytes) -> Command:
        return SET_ASIDE.command([self.leases_key, self.dead_key], [member])

    def decode(self, members: Sequence[bytes]) -> tuple[list[tuple[Request, bytes]], list[bytes]]:
        """Leased members as (request, lease) pairs, and those that decode into no request: they are
        to be set aside under `<queue>:undecodable` (logged and counted here)."""
        leased, undecodable = [], []
        for member in members:
            try:
                leased.append((self._decode_request(member), bytes(member)))
            except Undecodable as exc:
                undecodable.append(bytes(member))
                self.set_aside += 1
                logger.error("Set aside a queued request no worker can run (%s): %.200r", exc, member)
        return leased, undecodable

    def _run(self, command: Command) -> Any:
        return run(self.server, command)

    def push(self, request: Request) -> None:
        self.push_unseen(request, None)

    def push_unseen(self, request: Request, fingerprint: str | None) -> bool:
        return bool(self._run(self.push_command(request, fingerprint)))

    def pop_leased(self, acks: Sequence[bytes] = ()) -> tuple[Request, bytes] | None:
        """Lease the most urgent request (after acknowledging `acks` in the same round trip). A member
        that does not decode is set aside, and the next one leased."""
        while members := self._run(self.pop_command(1, acks)):
            acks = ()
            leased, undecodable = self.decode(members)
            for member in undecodable:
                self._run(self.set_aside_command(member))
            if leased:
                return leased[0]
        return None

    def pop(self, timeout: int = 0) -> Request | None:
        popped = self.pop_leased()
        return None if popped is None else popped[0]

    def ack(self, members: Sequence[bytes]) -> None:
        if members:
            self._run(self.ack_command(members))

    def renew(self, members: Sequence[bytes]) -> list[bytes]:
        """Extend the leases of `members`; returns those this worker no longer holds."""
        if not members:
            return []
        return [bytes(member) for member in self._run(self.renew_command(members))]

    def reap(self) -> int:
        """Return expired leases (their worker stopped renewing them) to the queue."""
        total = 0
        while reaped := int(self._run(self.reap_command())):
            total += reaped
            if reaped < REAP_BATCH:
                break
        return total

    def release(self, members: Sequence[bytes]) -> int:
        if not members:
            return 0
        return int(self._run(RELEASE.command([self.key, self.leases_key], list(members))))
