"""LeasingScheduler: scrapy-redis's scheduler on a shared crawl, with leases, acks and a reaper.

SCHEDULER when REDIS_URL is set (newscrawl.backend.RedisBackend). Built on scrapy_redis.scheduler
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
idle_waits,dead_workers_found,leases_lost,undecodable,unserialisable}, newscrawl/crawl/* (the crawl-wide counters, read at close).
"""

from __future__ import annotations

import logging
import math
import socket
import time
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
from newscrawl.distributed.engine import requests_in_progress, wake
from newscrawl.distributed.queue import LeasedQueue
from newscrawl.distributed.registry import RedisRegistry
from newscrawl.state import run_id
from newscrawl.statkeys import COUNTED_STATS, CRAWL_PREFIX

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
        self.finished_ttl = settings.getint("FRONTIER_FINISHED_TTL")
        self.prefix = key_prefix(settings, crawler.spidercls.name)
        self.instance = f"{socket.gethostname()}:{run_id(crawler)}"
        self.crawl = SharedCrawl(server, self.prefix, self.instance, math.ceil(self.lease_seconds))
        self.held: dict[Request, bytes] = {}  # leased requests handed to the engine, by identity
        self.to_ack: list[bytes] = []  # leases of finished requests, acknowledged with the next call
        self.unpushed: list[tuple[Request, str | None]] = []  # discovered while Redis was away
        self.maybe_pending = True
        self.heartbeat: LoopingCall | None = None
        self.idle_poll = LoopingCall(self._poll_while_idle)
        self.last_beat = time.monotonic()
        self.reap_after = 0.0  # no reaping before (monotonic time): see _heartbeat
        self.queue: LeasedQueue

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        # `scrapy crawl` has checked that Redis answers (newscrawl.commands.crawl), before Scrapy started.
        return cls(crawler, client_from_settings(crawler.settings))

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
        self._collect_done()
        self._flush_unpushed()
        if self.unpushed:
            # Requests discovered here never reached Redis: the requests they came from stay unacknowledged
            # and go back to the queue below (finished or not), so another worker finds them again.
            logger.error("%d discovered request(s) could not be queued; their sources go back to the queue",
                         len(self.unpushed))  # fmt: skip
        self.queue.ack(self.to_ack)
        self.to_ack = []
        # Requests still held were not finished (a forced shutdown), or their discoveries are stuck
        # above: back to the queue for another worker.
        self._inc("released", self.queue.release(list(self.held.values())))
        self.held.clear()
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
            added = self.queue.push_unseen(request, fingerprint)
        except redis.RedisError as exc:
            # Kept here and pushed again at each heartbeat; meanwhile nothing is acknowledged, since
            # this request's source must not be forgotten before it is in Redis.
            logger.error("Could not queue %s (%s); kept until Redis takes it", request.url, exc)
            self.unpushed.append((request, fingerprint))
            return True
        except (TypeError, ValueError) as exc:  # not JSON-able: a bug, not a Redis problem
            logger.error("Cannot queue %s: %s", request.url, exc)
            self._inc("unserialisable")
            return False
        if not added:
            self.df.log(request, self.spider)
            self._inc("filtered")
            return False
        self.maybe_pending = True
        self._inc("enqueued")
        return True

    def next_request(self) -> Request | None:
        self._collect_done()
        try:
            popped = self.queue.pop_leased(self.to_ack)
        except redis.RedisError as exc:  # past FRONTIER_REDIS_OUTAGE_SECONDS: idle until it is back
            logger.error("Could not take a request from the shared queue: %s", exc)
            return None
        self._inc("acked", len(self.to_ack))
        self.to_ack = []
        if self.queue.set_aside and self.stats is not None:
            self.stats.set_value("newscrawl/frontier/undecodable", self.queue.set_aside)
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

    def _collect_done(self) -> None:
        """Move the leases of requests the engine has finished with (see the module docstring) to
        `to_ack`; none while a request they discovered is still waiting to reach Redis."""
        if not self._flush_unpushed():
            return
        in_progress = requests_in_progress(self.crawler.engine)
        done = [request for request in self.held if request not in in_progress]
        self.to_ack.extend(self.held.pop(request) for request in done)

    def _flush_unpushed(self) -> bool:
        """Push what a Redis error kept back; True once nothing is left waiting."""
        while self.unpushed:
            request, fingerprint = self.unpushed[0]
            try:
                if self.queue.push_unseen(request, fingerprint):
                    self._inc("enqueued")
            except redis.RedisError:
                return False
            self.unpushed.pop(0)
        return True

    # --- Idle, heartbeat ------------------------------------------------------------------------------

    def spider_idle(self, spider: Spider) -> None:
        """Close only when the whole crawl is drained: nothing queued and nothing leased anywhere."""
        try:
            self._collect_done()
            self.queue.ack(self.to_ack)
            self.to_ack = []
            self._reap()
            queued, leased = self.queue.outstanding()
        except redis.RedisError as exc:
            # Not knowing is not drained: an error here must not let Scrapy close as "finished".
            logger.error("Frontier unreachable while idle (%s); waiting", exc)
            raise DontCloseSpider from None
        if queued or leased or self.unpushed:
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
            wake(self.crawler.engine)

    def _heartbeat(self) -> None:
        now = time.monotonic()
        if now - self.last_beat > self.lease_seconds / 2:
            # This worker was stalled (Redis away, a long block): so, likely, was every other worker,
            # whose leases have expired meanwhile. Give them a lease period to renew before reaping.
            self.reap_after = now + self.lease_seconds
        self.last_beat = now
        try:
            self._collect_done()
            self.queue.ack(self.to_ack)
            self._inc("acked", len(self.to_ack))
            self.to_ack = []
            lost = self.queue.renew(list(self.held.values()))
            if lost:
                # Reaped while this worker could not renew (Redis or the network was away longer than a
                # lease): another worker may be running them now; this one no longer answers for them.
                self._forget(lost)
            self._reap()
            self.crawl.heartbeat(self._counts())
        except redis.RedisError as exc:  # past FRONTIER_REDIS_OUTAGE_SECONDS; try again next beat
            logger.error("Frontier heartbeat failed: %s", exc)

    def _reap(self) -> None:
        if time.monotonic() >= self.reap_after:
            self._inc("reaped", self.queue.reap())

    def _forget(self, members: list[bytes]) -> None:
        gone = set(members)
        for request in [request for request, member in self.held.items() if member in gone]:
            del self.held[request]
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
