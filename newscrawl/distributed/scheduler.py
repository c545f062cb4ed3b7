"""LeasingScheduler: scrapy-redis's scheduler on a shared crawl, with leases, acks and a reaper.

SCHEDULER when REDIS_URL is set (newscrawl.distributed.addon). Built on scrapy_redis.scheduler
and scrapy_redis.dupefilter.RFPDupeFilter; what it changes, and why (reliability.md §2.3):

- Keys per crawl generation, not per spider name (newscrawl.distributed.crawl.SharedCrawl), and
  never flushed by a worker: SCHEDULER_PERSIST's default would let the first worker to finish
  delete everyone's queue.
- Pops are leases (newscrawl.distributed.queue.LeasedQueue). A lease is acknowledged once Scrapy
  is done with the request: its callback or errback has run, its items have been through the
  pipelines and their feed lines written, and any request that replaces it (a redirect, a retry)
  is already in the shared queue. Scrapy has no signal for that moment; the engine's set of
  requests in progress is exactly it (a request leaves it only when all of the above is done), so
  the scheduler acknowledges what has left that set, batched into its next pop. Leases of
  requests still held are renewed every FRONTIER_HEARTBEAT_SECONDS; a killed worker's leases
  expire after FRONTIER_LEASE_SECONDS and any worker puts them back in the queue.
- A worker whose queue looks empty stays open while other workers hold leases (they may still
  add requests), instead of closing early (scrapy-redis #28, #40).
- Enqueueing checks the fingerprint and pushes in one round trip (Lua), with scrapy-redis's
  fingerprint; requests are stored as JSON (newscrawl.distributed.serializer), never pickled.

Stats: newscrawl/frontier/{enqueued,filtered,dequeued,acked,renewed,reaped,released,
idle_waits,dead_workers_found}, newscrawl/crawl/* (the crawl-wide counters, read at close).
"""

from __future__ import annotations

import logging
import socket
from typing import TYPE_CHECKING, Any, Self

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from newscrawl.distributed import serializer
from newscrawl.distributed.connection import client_from_settings, key_prefix
from newscrawl.distributed.crawl import SharedCrawl
from newscrawl.distributed.queue import LeasedQueue
from newscrawl.distributed.registry import RedisRegistry
from newscrawl.extensions.summary import COUNTED_STATS, CRAWL_PREFIX
from newscrawl.registry import registry_for
from newscrawl.state import run_id

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5


class LeasingScheduler(Scheduler):  # type: ignore[misc]  # scrapy-redis has no type hints
    """Settings: REDIS_URL, FRONTIER_KEY_PREFIX, FRONTIER_WORKER_ID, FRONTIER_LEASE_SECONDS,
    FRONTIER_HEARTBEAT_SECONDS, FRONTIER_FINISHED_TTL, FRONTIER_REDIS_OUTAGE_SECONDS, DUPEFILTER_DEBUG."""

    def __init__(self, crawler: Crawler, server: redis.Redis):
        super().__init__(server, persist=True, serializer=serializer)
        settings = crawler.settings
        self.crawler = crawler
        self.stats: StatsCollector | None = crawler.stats
        self.lease_seconds = settings.getint("FRONTIER_LEASE_SECONDS")
        self.heartbeat_seconds = settings.getfloat("FRONTIER_HEARTBEAT_SECONDS")
        if self.heartbeat_seconds <= 0 or self.lease_seconds < 3 * self.heartbeat_seconds:
            raise ValueError(
                "FRONTIER_LEASE_SECONDS must be at least three FRONTIER_HEARTBEAT_SECONDS "
                f"(got {self.lease_seconds} and {self.heartbeat_seconds}): a live worker must renew "
                "its leases before they expire"
            )
        self.finished_ttl = settings.getint("FRONTIER_FINISHED_TTL")
        self.prefix = key_prefix(settings, crawler.spidercls.name)
        self.instance = f"{socket.gethostname()}:{run_id(crawler)}"
        self.crawl = SharedCrawl(server, self.prefix, self.instance, self.lease_seconds)
        self.held: dict[Request, bytes] = {}  # leased requests handed to the engine, by identity
        self.flushed: dict[str, int] = {}  # counters already added to the crawl's totals
        self.maybe_pending = True
        self.heartbeat: LoopingCall | None = None
        self.idle_poll = LoopingCall(self._poll_while_idle)
        self.queue: LeasedQueue

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        server = client_from_settings(crawler.settings)
        server.ping()  # an unreachable Redis fails the start, with redis-py's own message
        return cls(crawler, server)

    # --- Lifecycle ------------------------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        self.spider = spider
        crawl_id = self.crawl.join(run_id(self.crawler), self.finished_ttl)
        self.queue = LeasedQueue(self.server, spider, self.crawl.key("queue"), self.serializer,
                                 self.crawl.key("leases"), self.crawl.key("dupefilter"),
                                 self.lease_seconds)  # fmt: skip
        self.df = RFPDupeFilter(self.server, self.crawl.key("dupefilter"),
                                debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))  # fmt: skip
        if self.crawler.settings.getbool("REGISTRY_ENABLED"):
            registry = registry_for(self.crawler)
            assert isinstance(registry, RedisRegistry)  # REDIS_URL selects it (newscrawl.registry)
            registry.join_crawl(run_id(self.crawler), crawl_id)  # its sitemap dates serve the next crawl
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
        self.queue.ack(self._done())
        # Requests still held were not finished (a shutdown): back to the queue for another worker.
        self._inc("released", self.queue.release(list(self.held.values())))
        self.held.clear()
        self.crawl.heartbeat(self._deltas())
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
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push_unseen(request, fingerprint):
            self.df.log(request, self.spider)
            self._inc("filtered")
            return False
        self.maybe_pending = True
        self._inc("enqueued")
        return True

    def next_request(self) -> Request | None:
        acks = self._done()
        popped = self.queue.pop_leased(acks)
        self._inc("acked", len(acks))
        if popped is None:
            self.maybe_pending = False
            return None
        request, member = popped
        self.held[request] = member
        self._inc("dequeued")
        return request

    def has_pending_requests(self) -> bool:
        # Asked after every response; the last pop answers it without a round trip. When it says no,
        # the engine goes idle and spider_idle asks Redis for the whole crawl's state.
        return self.maybe_pending

    def __len__(self) -> int:
        return len(self.queue)

    def _done(self) -> list[bytes]:
        """Leases of requests the engine has finished with (see the module docstring)."""
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        in_progress: set[Request] | None = getattr(slot, "inprogress", None)
        if in_progress is None:
            raise RuntimeError(
                "Scrapy's engine no longer exposes _slot.inprogress; leases cannot be acknowledged"
            )
        done = [request for request in self.held if request not in in_progress]
        return [self.held.pop(request) for request in done]

    # --- Idle, heartbeat ------------------------------------------------------------------------------

    def spider_idle(self, spider: Spider) -> None:
        """Close only when the whole crawl is drained: nothing queued and nothing leased anywhere."""
        self.queue.ack(self._done())
        self._inc("reaped", self.queue.reap())
        queued, leased = self.queue.outstanding()
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
        the first finish a small crawl alone."""
        try:
            queued, leased = self.queue.outstanding()
        except redis.RedisError as exc:
            logger.error("Frontier poll failed: %s", exc)
            return
        if queued or not leased:
            self.idle_poll.stop()
            self.maybe_pending = queued > 0
            self._wake_engine()

    def _wake_engine(self) -> None:
        # What ExecutionEngine.crawl() does after scheduling a request; there is no public call for it.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    def _heartbeat(self) -> None:
        try:
            self.queue.ack(self._done())
            self._inc("renewed", self.queue.renew(list(self.held.values())))
            self._inc("reaped", self.queue.reap())
            self.crawl.heartbeat(self._deltas())
        except redis.RedisError as exc:  # past FRONTIER_REDIS_OUTAGE_SECONDS; try again next beat
            logger.error("Frontier heartbeat failed: %s", exc)

    def _deltas(self) -> dict[str, int]:
        """The crawl counters (newscrawl.extensions.summary) that moved since the last flush."""
        assert self.stats is not None
        deltas = {}
        for name in COUNTED_STATS:
            value = int(self.stats.get_value(name, 0))
            deltas[name] = value - self.flushed.get(name, 0)
            self.flushed[name] = value
        return deltas

    def _inc(self, name: str, count: int = 1) -> None:
        if self.stats is not None and count:
            self.stats.inc_value(f"newscrawl/frontier/{name}", count)

    def _set_crawl_stat(self, name: str, value: Any) -> None:
        if self.stats is not None:
            self.stats.set_value(CRAWL_PREFIX + name, value)
