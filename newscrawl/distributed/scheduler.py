"""LeasingScheduler: scrapy-redis's scheduler on a shared crawl, with leases, acks and a reaper.

SCHEDULER when REDIS_URL is set (newscrawl.backend.RedisBackend). Built on scrapy_redis.scheduler
and scrapy_redis.dupefilter.RFPDupeFilter; what it changes, and why (reliability.md §2.3):

- Keys per crawl generation, not per spider name (newscrawl.distributed.crawl.SharedCrawl), and
  never flushed by a worker: SCHEDULER_PERSIST's default would let the first worker to finish
  delete everyone's queue.
- Pops are leases (newscrawl.distributed.queue.LeasedQueue). A lease is acknowledged once Scrapy
  is done with the request: its callback or errback has run, its items have been through the
  pipelines and their feed lines written (and their records sent to the registry), and every
  request it led to (a discovered link, a redirect, a retry) is in the shared queue. Scrapy has no
  signal for that moment; the engine's set of requests in progress is exactly it (a request leaves
  it only when all of the above is done), so the scheduler acknowledges what has left that set once
  Redis has answered every push made before then, batched into its next pop. Leases of requests
  still held, prefetched ones included, are renewed every FRONTIER_HEARTBEAT_SECONDS; a killed
  worker's leases expire after FRONTIER_LEASE_SECONDS and any worker puts them back in the queue.
- Nothing waits for Redis on the reactor thread while the crawl runs: pushes, pops, acks and the
  heartbeat go through the process's RedisPipe (newscrawl.distributed.pipe), in order, batched into
  as few round trips as the thread can. `next_request` is synchronous, so requests are popped ahead
  into a local buffer, FRONTIER_PREFETCH at a time, refilled when half empty; they are leased like
  any popped request (renewed, put back at close, reaped after a crash). A push's answer (queued or
  already seen) comes later: a request the dupefilter had is dropped then, with Scrapy's
  request_dropped signal, as the engine would have. Only the start, the end and an idle engine's
  check of the whole crawl's state wait for Redis.
- A worker whose queue looks empty stays open while other workers hold leases (they may still
  add requests), instead of closing early (scrapy-redis #28, #40).
- Enqueueing checks the fingerprint and pushes in one round trip (Lua), with scrapy-redis's
  fingerprint; requests are stored as JSON (newscrawl.distributed.serializer), never pickled.

Stats: newscrawl/frontier/{enqueued,filtered,dequeued,acked,reaped,released,idle_waits,
dead_workers_found,leases_lost,undecodable,unserialisable,push_failed}, newscrawl/crawl/* (the crawl-wide counters, read at close).
"""

from __future__ import annotations

import logging
import math
import socket
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Self

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from newscrawl.distributed import serializer
from newscrawl.distributed.connection import key_prefix, pipe_for
from newscrawl.distributed.crawl import SharedCrawl
from newscrawl.distributed.engine import requests_in_progress, wake
from newscrawl.distributed.queue import LeasedQueue
from newscrawl.distributed.registry import RedisRegistry
from newscrawl.state import run_id
from newscrawl.statkeys import COUNTED_STATS, CRAWL_PREFIX

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future

    from scrapy import Request, Spider
    from scrapy.core.engine import ExecutionEngine
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newscrawl.distributed.pipe import Command, RedisPipe

logger = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5


class LeasingScheduler(Scheduler):  # type: ignore[misc]  # scrapy-redis has no type hints
    """Settings: REDIS_URL, FRONTIER_KEY_PREFIX, FRONTIER_WORKER_ID, FRONTIER_LEASE_SECONDS,
    FRONTIER_HEARTBEAT_SECONDS, FRONTIER_FINISHED_TTL, FRONTIER_REDIS_OUTAGE_SECONDS, FRONTIER_PREFETCH,
    DUPEFILTER_DEBUG."""

    def __init__(self, crawler: Crawler, pipe: RedisPipe):
        super().__init__(pipe.client, persist=True, serializer=serializer)
        settings = crawler.settings
        self.crawler = crawler
        self.pipe = pipe
        self.stats: StatsCollector | None = crawler.stats
        self.lease_seconds = settings.getfloat("FRONTIER_LEASE_SECONDS")
        self.heartbeat_seconds = settings.getfloat("FRONTIER_HEARTBEAT_SECONDS")
        if self.heartbeat_seconds <= 0 or self.lease_seconds < 3 * self.heartbeat_seconds:
            raise ValueError(
                "FRONTIER_LEASE_SECONDS must be at least three FRONTIER_HEARTBEAT_SECONDS "
                f"(got {self.lease_seconds} and {self.heartbeat_seconds}): a live worker must renew "
                "its leases before they expire"
            )
        if not settings.getbool("SCHEDULER_PERSIST"):
            logger.warning(
                "SCHEDULER_PERSIST=False is ignored: a worker never flushes the shared queue, which "
                "the other workers are still using (finished crawls expire after FRONTIER_FINISHED_TTL)"
            )
        self.prefetch = max(1, settings.getint("FRONTIER_PREFETCH"))
        self.finished_ttl = settings.getint("FRONTIER_FINISHED_TTL")
        self.prefix = key_prefix(settings, crawler.spidercls.name)
        self.instance = f"{socket.gethostname()}:{run_id(crawler)}"
        self.crawl = SharedCrawl(self.server, self.prefix, self.instance, math.ceil(self.lease_seconds))
        self.ready: deque[tuple[Request, bytes]] = deque()  # prefetched: leased, not yet handed out
        self.held: dict[Request, bytes] = {}  # leased requests handed to the engine, by identity
        # Leases of finished requests, each with the number of pushes sent before it finished: it may be
        # acknowledged once that many have their answer (and none failed), so its discoveries are in Redis.
        self.finished: deque[tuple[int, bytes]] = deque()
        self.to_ack: list[bytes] = []  # acknowledged with the next pop or heartbeat
        self.unpushed: list[tuple[Request, str | None]] = []  # refused by Redis: pushed again each heartbeat
        self.push_failures = 0  # discoveries not in Redis yet (unpushed, or being pushed again)
        self.pushes_sent = 0
        self.pushes_answered = 0
        self.popping = False  # a pop is on its way
        self.maybe_pending = True  # the last pop found requests, or a push of ours was queued since
        self.pop_after = 0.0  # after an empty pop, no other before (monotonic time) unless a push came
        # Commands sent through the pipe whose replies are still to handle, in the order sent.
        self.replies: deque[tuple[Future[Any], Callable[[Any], None], Callable[[Exception], None]]] = deque()
        self._poked = False
        self._call_from_thread: Callable[..., Any] | None = None
        self.heartbeat: LoopingCall | None = None
        self.idle_poll = LoopingCall(self._poll_while_idle)
        self.last_beat = time.monotonic()
        self.reap_after = 0.0  # no reaping before (monotonic time): see _heartbeat
        self.queue: LeasedQueue

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        # `scrapy crawl` has checked that Redis answers (newscrawl.commands.crawl), before Scrapy started.
        return cls(crawler, pipe_for(crawler.settings))

    # --- Lifecycle ------------------------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        from twisted.internet import reactor  # the one Scrapy installed (TWISTED_REACTOR)

        self._call_from_thread = reactor.callFromThread
        self.pipe.batch_per_turn(reactor.callLater)
        self.spider = spider
        crawl_id = self.crawl.join(run_id(self.crawler), self.finished_ttl)
        self.queue = LeasedQueue(self.server, spider, self.crawl.key("queue"), self.serializer,
                                 self.crawl.key("leases"), self.crawl.key("dupefilter"),
                                 self.lease_seconds)  # fmt: skip
        self.df = RFPDupeFilter(self.server, self.crawl.key("dupefilter"),
                                debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))  # fmt: skip
        if self.crawler.settings.getbool("REGISTRY_ENABLED"):
            # The run's sitemap dates serve the next crawl (RedisRegistry.source_lastmods).
            RedisRegistry(self.server, f"{self.prefix}:registry", "").join_crawl(
                run_id(self.crawler), crawl_id
            )
        reaped = self.queue.reap()
        queued, leased = self.queue.outstanding()
        self.maybe_pending = queued > 0
        self._inc("reaped", reaped)
        self._set_crawl_stat("id", crawl_id)
        logger.info(
            "%s shared crawl %s as %s: %d request(s) queued, %d leased, %d put back from dead workers; "
            "workers alive: %s",
            "Started" if self.crawl.created else "Joined", crawl_id, self.instance, queued, leased, reaped,
            ", ".join(self.crawl.workers_alive()),
        )  # fmt: skip
        self.crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        self.heartbeat = LoopingCall(self._heartbeat)
        self.heartbeat.start(self.heartbeat_seconds, now=False)

    def close(self, reason: str) -> None:
        for loop in (self.heartbeat, self.idle_poll):
            if loop is not None and loop.running:
                loop.stop()
        try:
            self.settle()
            self._flush_unpushed()  # a last try for what Redis refused
            self.settle()
            self.pipe.flush()  # the registry's writes too: the acknowledgements below come after them
        finally:
            self._leave()
            self.pipe.release()

    def _leave(self) -> None:
        self._collect_done()
        if self.unpushed:
            # Requests discovered here never reached Redis: the requests they came from stay unacknowledged
            # and go back to the queue below (finished or not), so another worker finds them again.
            logger.error("%d discovered request(s) could not be queued; their sources go back to the queue",
                         len(self.unpushed))  # fmt: skip
        self.queue.ack(self.to_ack)
        self._inc("acked", len(self.to_ack))
        self.to_ack = []
        # Requests still held were not finished (a forced shutdown), prefetched ones were not started,
        # or their discoveries are stuck above: back to the queue for another worker.
        unfinished = [*self.held.values(), *(member for _, member in self.ready),
                      *(member for _, member in self.finished)]  # fmt: skip
        self._inc("released", self.queue.release(unfinished))
        self.held.clear()
        self.ready.clear()
        self.finished.clear()
        self.crawl.heartbeat(self._counts())
        self.crawl.finish_if_drained()
        last, dead = self.crawl.leave(self.finished_ttl)
        self._inc("dead_workers_found", dead)
        for name, value in self.crawl.counts().items():  # dead_workers among them
            self._set_crawl_stat(name, value)
        self._set_crawl_stat("last_worker", int(last))
        if last:
            logger.info("Shared crawl %s is finished: this was its last worker", self.crawl.crawl_id)

    # --- Scheduling -----------------------------------------------------------------------------------

    def enqueue_request(self, request: Request) -> bool:
        # Never raises: Scrapy pushes a callback's requests from a fixed set of tasks that an exception
        # would kill, hanging the response, and so the whole crawl, on a lease renewed for ever.
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        try:
            command = self.queue.push_command(request, fingerprint)
        except (TypeError, ValueError) as exc:  # not JSON-able: a bug, not a Redis problem
            logger.error("Cannot queue %s: %s", request.url, exc)
            self._inc("unserialisable")
            return False
        self._push(request, fingerprint, command)
        return True

    def _push(self, request: Request, fingerprint: str | None, command: Command, again: bool = False) -> None:
        self.pushes_sent += 1

        def pushed(added: Any) -> None:
            self.pushes_answered += 1
            if again:
                self.push_failures -= 1
            if added:
                self.maybe_pending = True
                self._inc("enqueued")
                if not self.ready and not self.popping:
                    wake(self._engine)  # an engine left waiting for work: now there is some
                return
            # Seen before, by this worker or another: dropped as the engine drops what the scheduler refuses.
            self.df.log(request, self.spider)
            self._inc("filtered")
            self.crawler.signals.send_catch_log(signals.request_dropped, request=request, spider=self.spider)

        def failed(exc: Exception) -> None:
            # Kept and pushed again at each heartbeat; meanwhile nothing is acknowledged, since this
            # request's source must not be forgotten before it is in Redis.
            self.pushes_answered += 1
            if not again:
                self.push_failures += 1
                logger.error("Could not queue %s (%s); kept until Redis takes it", request.url, exc)
            self._inc("push_failed")
            self.unpushed.append((request, fingerprint))

        self._send(command, pushed, failed)

    def next_request(self) -> Request | None:
        self._collect_done()
        self._refill()
        if not self.ready:
            return None
        request, member = self.ready.popleft()
        self.held[request] = member
        self._inc("dequeued")
        return request

    def has_pending_requests(self) -> bool:
        # Asked after every response, answered without Redis: prefetched requests, a pop or push on its
        # way, or a last pop that found some. When it says no, the engine goes idle and spider_idle
        # asks Redis for the whole crawl's state.
        in_flight = self.popping or self.pushes_answered < self.pushes_sent or bool(self.unpushed)
        return bool(self.ready) or self.maybe_pending or in_flight

    def __len__(self) -> int:
        return len(self.queue) + len(self.ready)

    def _refill(self) -> None:
        """Pop more once the buffer is half empty, carrying the acknowledgements due."""
        if self.popping or len(self.ready) > self.prefetch // 2:
            return
        if not self.maybe_pending and time.monotonic() < self.pop_after:
            return  # the queue was empty a moment ago and nothing of ours was queued since
        acks, self.to_ack = self.to_ack, []
        count = self.prefetch - len(self.ready)
        self.popping = True

        def popped(members: list[bytes]) -> None:
            self.popping = False
            self._inc("acked", len(acks))
            leased, undecodable = self.queue.decode(members)
            for member in undecodable:
                self._send(self.queue.set_aside_command(member), _ignore, _log_error)
            if self.queue.set_aside and self.stats is not None:
                self.stats.set_value("newscrawl/frontier/undecodable", self.queue.set_aside)
            self.ready.extend(leased)
            # Fewer than asked: the queue is empty now (until a push of ours, or another worker's).
            self.maybe_pending = len(members) == count
            if not members:
                self.pop_after = time.monotonic() + IDLE_POLL_SECONDS
            wake(self._engine)

        def failed(exc: Exception) -> None:  # past FRONTIER_REDIS_OUTAGE_SECONDS: idle until it is back
            self.popping = False
            self.to_ack = acks + self.to_ack
            logger.error("Could not take requests from the shared queue: %s", exc)
            wake(self._engine)

        self._send(self.queue.pop_command(count, acks), popped, failed)

    def _collect_done(self) -> None:
        """Move the leases of requests the engine has finished with (see the module docstring) to
        `to_ack` once every push sent before they finished has its answer; none while a request
        discovered here is still waiting to reach Redis."""
        if self.held and self._engine is not None:
            in_progress = requests_in_progress(self._engine)
            self._finished([request for request in self.held if request not in in_progress])
        if self.push_failures:
            return
        while self.finished and self.finished[0][0] <= self.pushes_answered:
            self.to_ack.append(self.finished.popleft()[1])

    def _finished(self, requests: list[Request]) -> None:
        """The engine is done with these requests: their leases wait for the pushes sent so far."""
        for request in requests:
            self.finished.append((self.pushes_sent, self.held.pop(request)))

    def _flush_unpushed(self) -> None:
        """Push again what Redis refused (each comes back to `unpushed` if refused again)."""
        retry, self.unpushed = self.unpushed, []
        for request, fingerprint in retry:
            self._push(request, fingerprint, self.queue.push_command(request, fingerprint), again=True)

    @property
    def _engine(self) -> ExecutionEngine | None:
        """The crawl's engine; None for a scheduler driven without one (a test): then no request it
        handed out is known to be finished."""
        return self.crawler.engine if self.crawler.crawling else None

    # --- Replies from the pipe -------------------------------------------------------------------------

    def _send(
        self, command: Command, on_reply: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        """Send a command through the pipe; its reply is handled on the reactor thread, in order."""
        future = self.pipe.send(*command)
        self.replies.append((future, on_reply, on_error))
        future.add_done_callback(self._poke)

    def _poke(self, _: Future[Any]) -> None:
        """In the pipe's thread: have the reactor handle the replies (once for all that are ready)."""
        if not self._poked and self._call_from_thread is not None:
            self._poked = True
            self._call_from_thread(self._handle_replies)

    def _handle_replies(self, wait: bool = False) -> None:
        self._poked = False
        handled = False
        while self.replies and (wait or self.replies[0][0].done()):
            future, on_reply, on_error = self.replies.popleft()
            handled = True
            try:
                reply = future.result()
            except Exception as exc:  # noqa: BLE001  (a Redis error, past the retries: the sender's to handle)
                on_error(exc)
            else:
                on_reply(reply)
        if handled and not self.replies and not wait:
            # An idle engine that spider_idle kept open for these replies checks again now, rather
            # than at its next 5-second heartbeat.
            wake(self._engine)

    def settle(self) -> None:
        """Wait for every command sent and handle its reply (handling may send more: those too)."""
        while self.replies:
            self.pipe.flush()
            self._handle_replies(wait=True)

    # --- Idle, heartbeat ------------------------------------------------------------------------------

    def spider_idle(self, spider: Spider) -> None:
        """Close only when the whole crawl is drained: nothing queued and nothing leased anywhere."""
        self._handle_replies()
        self._collect_done()
        if self.replies or self.ready or self.unpushed or self.finished:
            raise DontCloseSpider  # replies on their way wake the engine again
        try:
            self.pipe.flush()  # what the registry queued for these requests reaches Redis before their acks
            self.queue.ack(self.to_ack)
            self._inc("acked", len(self.to_ack))
            self.to_ack = []
            self._reap()
            queued, leased = self.queue.outstanding()
        except redis.RedisError as exc:
            # Not knowing is not drained: an error here must not let Scrapy close as "finished".
            logger.error("Frontier unreachable while idle (%s); waiting", exc)
            raise DontCloseSpider from None
        if queued or leased:
            self.maybe_pending = queued > 0
            self._inc("idle_waits")
            logger.debug("Crawl not drained (%d queued, %d leased by other workers): staying", queued, leased)
            if not self.idle_poll.running:
                self.idle_poll.start(IDLE_POLL_SECONDS, now=False)
            raise DontCloseSpider
        self.crawl.finish_if_drained()

    def _poll_while_idle(self) -> None:
        """While other workers hold every request, look for new ones twice a second: the engine on
        its own re-checks an idle spider only every 5 seconds, which left a second worker watching
        the first finish a small crawl alone. (Called only while the engine is idle: the reactor has
        nothing else to do while it waits for Redis.)"""
        try:
            queued, leased = self.queue.outstanding()
        except redis.RedisError as exc:
            logger.error("Frontier poll failed: %s", exc)
            return
        if queued or not leased:
            self.idle_poll.stop()
            self.maybe_pending = queued > 0
            self.pop_after = 0.0
            wake(self._engine)

    def _heartbeat(self) -> None:
        now = time.monotonic()
        if now - self.last_beat > self.lease_seconds / 2:
            # This worker was stalled (a long block): so, likely, was every other worker, whose leases
            # have expired meanwhile. Give them a lease period to renew before reaping.
            self.reap_after = now + self.lease_seconds
        self.last_beat = now
        self._collect_done()
        self._flush_unpushed()
        if self.to_ack:
            acks, self.to_ack = self.to_ack, []
            self._send(self.queue.ack_command(acks), lambda _: self._inc("acked", len(acks)),
                       lambda exc: self._beat_failed(exc, acks))  # fmt: skip
        held = [*self.held.values(), *(member for _, member in self.ready),
                *(member for _, member in self.finished)]  # fmt: skip
        if held:
            self._send(self.queue.renew_command(held), self._forget, self._beat_failed)
        if now >= self.reap_after:
            self._send(
                self.queue.reap_command(), lambda reaped: self._inc("reaped", int(reaped)), self._beat_failed
            )
        for command in self.crawl.heartbeat_commands(self._counts()):
            self._send(command, _ignore, self._beat_failed)

    def _beat_failed(self, exc: Exception, acks: list[bytes] | None = None) -> None:
        if acks:
            self.to_ack.extend(acks)  # acknowledged at the next pop or beat
        logger.error("Frontier heartbeat failed: %s", exc)  # past FRONTIER_REDIS_OUTAGE_SECONDS; next beat

    def _reap(self) -> None:
        if time.monotonic() >= self.reap_after:
            self._inc("reaped", self.queue.reap())

    def _forget(self, lost: list[bytes]) -> None:
        """Leases reaped while this worker could not renew them (Redis or the network was away longer
        than a lease): another worker may be running them now; this one no longer answers for them."""
        if not lost:
            return
        gone = {bytes(member) for member in lost}
        for request in [request for request, member in self.held.items() if member in gone]:
            del self.held[request]
        self.ready = deque(entry for entry in self.ready if entry[1] not in gone)
        self.finished = deque(entry for entry in self.finished if entry[1] not in gone)
        self._inc("leases_lost", len(gone))
        logger.warning(
            "%d lease(s) expired while this worker was cut off; other workers take them over", len(gone)
        )

    def _counts(self) -> dict[str, int]:
        """This worker's crawl counters (newscrawl.extensions.summary), absolute: a heartbeat that
        redis-py sends twice after a dropped connection writes the same values twice."""
        return {name: int(self._stat_value(name)) for name in COUNTED_STATS}

    def _stat_value(self, name: str) -> Any:
        return self.stats.get_value(name, 0) if self.stats is not None else 0

    def _inc(self, name: str, count: int = 1) -> None:
        if self.stats is not None and count:
            self.stats.inc_value(f"newscrawl/frontier/{name}", count)

    def _set_crawl_stat(self, name: str, value: Any) -> None:
        if self.stats is not None:
            self.stats.set_value(CRAWL_PREFIX + name, value)


def _ignore(_: Any) -> None:
    return None


def _log_error(exc: Exception) -> None:
    logger.error("Frontier command failed: %s", exc)
