"""The shared frontier's parts against a real redis-server: JSON request serialisation, the leased
queue (pop, ack, renew, reap, release, one-round-trip dedup) and the crawl generation."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from redis.exceptions import ResponseError
from scrapy import Request, Spider, signals
from scrapy.utils.test import get_crawler

from newscrawl.distributed import serializer
from newscrawl.distributed.crawl import SharedCrawl
from newscrawl.distributed.pipe import RedisPipe
from newscrawl.distributed.queue import LeasedQueue
from newscrawl.distributed.scheduler import LeasingScheduler
from newscrawl.spiders.week import WeekSpider
from tests.conftest import project_settings
from tests.crawling import PROJECT, crawl_env
from tests.redisserver import free_port, redis_server  # noqa: F401  (fixture)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    import redis
    from scrapy.http import Response

    from tests.redisserver import RedisServer


class Site(Spider):
    name = "site"

    def parse(self, response: Response) -> Any:
        return None

    def failed(self, failure: Any) -> None:
        return None


@pytest.fixture
def client(redis_server: RedisServer) -> redis.Redis:  # noqa: F811
    return redis_server.client()


def leased_queue(client: redis.Redis, lease_seconds: float = 30) -> LeasedQueue:
    return LeasedQueue(client, Site(), "t:queue", serializer, "t:leases", "t:dupefilter", lease_seconds)


@pytest.fixture
def queue(client: redis.Redis) -> LeasedQueue:
    return leased_queue(client)


def advance_lease_clock(client: redis.Redis, seconds: float, leases: str = "t:leases") -> None:
    """Let `seconds` pass for every lease without waiting: lease deadlines are scores in Redis server
    milliseconds, so moving each deadline back is the same as moving the clock forward."""
    entries: list[tuple[bytes, float]] = client.zrange(leases, 0, -1, withscores=True)  # type: ignore[assignment]
    for member, deadline in entries:
        client.zadd(leases, {member: deadline - seconds * 1000}, xx=True)


def lease_deadline(client: redis.Redis, member: bytes, leases: str = "t:leases") -> float:
    deadline = client.zscore(leases, member)
    assert deadline is not None
    return float(deadline)


# --- Serialisation -----------------------------------------------------------------------------------


def test_request_round_trips_through_json_with_bytes_headers_meta_and_callbacks(queue: LeasedQueue) -> None:
    spider = queue.spider
    request = Request(
        "https://theweek.com/politics/a?x=1", callback=spider.parse, errback=spider.failed, priority=10,
        headers={"Referer": "https://theweek.com/", "Accept": ["text/html", "*/*"], "X-Raw": b"caf\xe9"},
        body=b"\x00\xffbody",
        meta={"redirect_urls": ["https://theweek.com/1"], "retry_times": 2, "newscrawl_discovered_url": "k"},
        cb_kwargs={"chain": [["https://theweek.com/sitemap-2026-01.xml", None]]},
    )  # fmt: skip
    queue.push(request)
    popped = queue.pop()
    assert popped is not None
    assert (popped.url, popped.body, popped.priority) == (request.url, request.body, 10)
    assert popped.headers.getlist("Accept") == [b"text/html", b"*/*"]
    assert popped.headers["X-Raw"] == b"caf\xe9", "a non-ASCII header value keeps its exact bytes"
    assert popped.headers["Referer"] == b"https://theweek.com/"
    assert popped.meta == request.meta
    assert popped.cb_kwargs == request.cb_kwargs
    assert popped.callback == spider.parse
    assert popped.errback == spider.failed


def test_serializer_refuses_what_json_cannot_hold_instead_of_pickling_it() -> None:
    with pytest.raises(TypeError, match="not serialisable"):
        serializer.dumps({"meta": {"object": object()}})


# --- The leased queue -----------------------------------------------------------------------------------


def test_pop_takes_the_highest_priority_first_and_keeps_it_leased(queue: LeasedQueue) -> None:
    queue.push(Request("https://theweek.com/low", priority=-10))
    queue.push(Request("https://theweek.com/article", priority=10))
    queue.push(Request("https://theweek.com/listing", priority=0))
    popped = queue.pop_leased()
    assert popped is not None
    assert popped[0].url == "https://theweek.com/article"
    assert queue.outstanding() == (2, 1)


def test_acknowledged_lease_is_gone_and_ack_batches_into_the_next_pop(queue: LeasedQueue) -> None:
    for path in ("a", "b"):
        queue.push(Request(f"https://theweek.com/{path}"))
    first = queue.pop_leased()
    assert first is not None
    second = queue.pop_leased(acks=[first[1]])
    assert second is not None
    assert queue.outstanding() == (0, 1)
    queue.ack([second[1]])
    assert queue.outstanding() == (0, 0)


def test_expired_lease_is_reaped_back_into_the_queue_at_its_priority(client: redis.Redis) -> None:
    queue = leased_queue(client, lease_seconds=30)
    queue.push(Request("https://theweek.com/article", priority=10))
    assert queue.pop_leased() is not None  # the worker holding it "dies": nobody renews it
    queue.push(Request("https://theweek.com/listing", priority=0))
    advance_lease_clock(client, 29)
    assert queue.reap() == 0, "a lease with time left is not reaped"
    advance_lease_clock(client, 2)
    assert queue.reap() == 1
    popped = queue.pop_leased()
    assert popped is not None
    assert popped[0].url == "https://theweek.com/article", "back at its own priority, ahead of the listing"


def test_renewed_lease_outlives_its_first_deadline(client: redis.Redis) -> None:
    queue = leased_queue(client, lease_seconds=30)
    queue.push(Request("https://theweek.com/article"))
    popped = queue.pop_leased()
    assert popped is not None
    first_deadline = lease_deadline(client, popped[1])
    for _ in range(4):  # 80 s of lease clock, 20 s at a time: far past the first deadline
        advance_lease_clock(client, 20)
        assert queue.renew([popped[1]]) == []
        assert lease_deadline(client, popped[1]) > first_deadline
        assert queue.reap() == 0
    assert queue.outstanding() == (0, 1)
    advance_lease_clock(client, 31)
    assert queue.reap() == 1, "without renewals the lease does run out"


def test_a_late_ack_or_renewal_from_a_worker_presumed_dead_leaves_the_new_lease_alone(
    client: redis.Redis,
) -> None:
    queue = leased_queue(client, lease_seconds=30)
    queue.push(Request("https://theweek.com/article"))
    slow = queue.pop_leased()  # its worker is cut off past the lease
    assert slow is not None
    advance_lease_clock(client, 31)
    assert queue.reap() == 1
    taken_over = queue.pop_leased()
    assert taken_over is not None
    assert taken_over[1] != slow[1], "a re-delivered request carries a new lease"
    assert queue.renew([slow[1], taken_over[1]]) == [slow[1]], "the slow worker learns its lease is lost"
    queue.ack([slow[1]])
    assert queue.outstanding() == (0, 1), "the late ack did not drop the new holder's lease"


def test_a_member_that_is_no_request_is_set_aside_and_the_next_one_leased(
    client: redis.Redis, queue: LeasedQueue
) -> None:
    queue.push(Request("https://theweek.com/article", priority=0))
    client.zadd("t:queue", {b"-20|0|not json": -20})  # a stray member, ahead of the real request
    client.zadd("t:queue", {b'-10|0|{"url": "https://theweek.com/x", "_class": "os.system"}': -10})
    popped = queue.pop_leased()
    assert popped is not None
    assert popped[0].url == "https://theweek.com/article"
    assert queue.set_aside == 2
    assert client.scard("t:queue:undecodable") == 2
    assert queue.outstanding() == (0, 1), "the set-aside members are neither queued nor leased"


def test_release_puts_held_leases_straight_back(queue: LeasedQueue) -> None:
    queue.push(Request("https://theweek.com/article"))
    popped = queue.pop_leased()
    assert popped is not None
    assert queue.release([popped[1]]) == 1
    assert queue.outstanding() == (1, 0)
    assert queue.release([popped[1]]) == 0, "a lease released twice is not queued twice"
    assert queue.outstanding() == (1, 0)


def test_identical_requests_keep_separate_leases(queue: LeasedQueue) -> None:
    for _ in range(2):
        queue.push(Request("https://theweek.com/", dont_filter=True))
    first, second = queue.pop_leased(), queue.pop_leased()
    assert first is not None
    assert second is not None
    assert first[1] != second[1]
    queue.ack([first[1]])
    assert queue.outstanding() == (0, 1), "acknowledging one copy leaves the other's lease"


def test_push_unseen_drops_a_seen_fingerprint_unless_dont_filter(queue: LeasedQueue) -> None:
    request = Request("https://theweek.com/politics/a")
    assert queue.push_unseen(request, "fp1")
    assert not queue.push_unseen(request, "fp1")
    assert queue.push_unseen(request.replace(dont_filter=True), None)
    assert queue.outstanding() == (2, 0)


def test_leases_survive_a_redis_restart(redis_server: RedisServer) -> None:  # noqa: F811
    queue = leased_queue(redis_server.client())
    for path in ("a", "b"):
        queue.push(Request(f"https://theweek.com/{path}"))
    assert queue.pop_leased() is not None
    redis_server.restart(down_for=0.5)
    assert queue.outstanding() == (1, 1)  # the same client reconnects on its own


# --- The crawl generation ------------------------------------------------------------------------------


@pytest.fixture
def crawls(client: redis.Redis) -> list[SharedCrawl]:
    return [SharedCrawl(client, "t", f"worker-{number}", alive_seconds=30) for number in range(3)]


def heartbeat_runs_out(client: redis.Redis, worker: str) -> None:
    """A killed worker's heartbeat key expires after alive_seconds: check it would, then let it (no
    waiting: the expiry is Redis's own, tested by Redis)."""
    key = f"t:alive:{worker}"
    assert 0 < client.pttl(key) <= 30_000
    client.delete(key)


def test_first_worker_starts_a_crawl_and_the_next_joins_it(crawls: list[SharedCrawl]) -> None:
    assert crawls[0].join("crawl-1") == "crawl-1"
    assert crawls[0].created
    assert crawls[1].join("crawl-2") == "crawl-1"
    assert not crawls[1].created
    assert crawls[1].workers_alive() == ["worker-0", "worker-1"]


def test_crawl_finishes_only_once_nothing_is_queued_or_leased(
    client: redis.Redis, crawls: list[SharedCrawl]
) -> None:
    crawl = crawls[0]
    crawl.join("crawl-1")
    queue = LeasedQueue(
        client, Site(), crawl.key("queue"), serializer, crawl.key("leases"), crawl.key("dupefilter"), 30
    )
    queue.push(Request("https://theweek.com/a"))
    assert not crawl.finish_if_drained()
    popped = queue.pop_leased()
    assert popped is not None
    assert not crawl.finish_if_drained(), "a request in a worker's hands keeps the crawl open"
    queue.ack([popped[1]])
    assert crawl.finish_if_drained()
    assert not crawl.server.exists(crawl.current_key)
    assert crawls[1].join("crawl-2") == "crawl-2", "the next worker starts the next crawl"


def test_last_worker_to_leave_is_told_and_counters_add_up_even_when_a_heartbeat_is_sent_twice(
    crawls: list[SharedCrawl],
) -> None:
    for crawl in crawls[:2]:
        crawl.join("crawl-1")
        for _ in range(2):  # a heartbeat redis-py retried after a dropped connection
            crawl.heartbeat({"item_scraped_count": 3, "newscrawl/article/failed": 0})
    assert crawls[0].leave(60) == (False, 0)
    assert crawls[1].leave(60) == (True, 0)
    assert crawls[1].counts() == {"item_scraped_count": 6, "newscrawl/article/failed": 0}


def test_a_dead_worker_is_counted_and_does_not_keep_the_crawl_alive(crawls: list[SharedCrawl]) -> None:
    for crawl in crawls[:2]:
        crawl.join("crawl-1")
    # worker-0 is killed: its heartbeat key expires after alive_seconds, while worker-1 beats on.
    heartbeat_runs_out(crawls[1].server, "worker-0")
    crawls[1].heartbeat({})
    assert crawls[1].workers_alive() == ["worker-1"]
    assert crawls[1].leave(60) == (True, 1)
    assert crawls[1].counts()["dead_workers"] == 1


def test_a_drained_crawl_whose_workers_all_died_is_replaced(crawls: list[SharedCrawl]) -> None:
    crawls[0].join("crawl-1")  # then dies without leaving
    heartbeat_runs_out(crawls[0].server, "worker-0")
    assert crawls[1].join("crawl-2", finished_ttl=60) == "crawl-2"
    assert 0 < crawls[1].server.ttl("t:crawl:crawl-1:workers") <= 60, "the abandoned crawl's keys expire"


# --- The scheduler while Redis is away -------------------------------------------------------------------


@pytest.fixture
def scheduler(tmp_path: Path, redis_server: RedisServer) -> Iterator[LeasingScheduler]:  # noqa: F811
    """An open LeasingScheduler of a WeekSpider crawl (no engine: nothing is in progress)."""
    settings = {**project_settings(), "REDIS_URL": redis_server.url, "REGISTRY_ENABLED": False,
                "FRONTIER_REDIS_OUTAGE_SECONDS": 0.2, "NEWSCRAWL_STATE_DIR": str(tmp_path),
                "FRONTIER_PREFETCH": 4}  # fmt: skip
    crawler = get_crawler(WeekSpider, settings)
    crawler.spider = WeekSpider.from_crawler(crawler)
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    yield scheduler
    for loop in (scheduler.heartbeat, scheduler.idle_poll):
        if loop is not None and loop.running:
            loop.stop()
    if not scheduler.pipe.closed:
        scheduler.pipe.release()


def test_a_request_discovered_while_redis_is_down_is_kept_and_queued_once_it_is_back(
    scheduler: LeasingScheduler,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    dropped: list[Request] = []

    def on_dropped(request: Request) -> None:  # a named function: Scrapy's dispatcher holds weak references
        dropped.append(request)

    scheduler.crawler.signals.connect(on_dropped, signal=signals.request_dropped)
    redis_server.stop()
    request = Request("https://theweek.com/politics/a")
    assert scheduler.enqueue_request(request), "accepted: Scrapy must not see the error"
    scheduler.settle()
    assert scheduler.unpushed == [(request, scheduler.df.request_fingerprint(request))], "still down: kept"
    assert scheduler.has_pending_requests()
    redis_server.start()
    scheduler._flush_unpushed()
    scheduler.settle()
    assert scheduler.unpushed == []
    assert scheduler.queue.outstanding() == (1, 0)
    again = request.copy()
    assert scheduler.enqueue_request(again), "accepted at once: the dupefilter answers later"
    scheduler.settle()
    assert dropped == [again], "dropped once Redis said it had its fingerprint, as the engine would"
    assert scheduler.stats is not None
    assert scheduler.stats.get_value("newscrawl/frontier/filtered") == 1


def test_requests_are_popped_ahead_in_one_lease_each_and_go_back_to_the_queue_when_unused(
    scheduler: LeasingScheduler,
) -> None:
    for number in range(10):
        scheduler.enqueue_request(Request(f"https://theweek.com/politics/{number}", priority=number))
    scheduler.settle()
    assert scheduler.next_request() is None, "nothing popped yet: the pop is on its way"
    scheduler.settle()
    first = scheduler.next_request()
    assert first is not None
    assert first.url == "https://theweek.com/politics/9", "most urgent first"
    assert len(scheduler.ready) == 3, "FRONTIER_PREFETCH (4) popped in one round trip, one handed out"
    assert scheduler.queue.outstanding() == (6, 4), "every prefetched request is leased"
    scheduler.close("shutdown")
    assert scheduler.queue.outstanding() == (10, 0), "held and prefetched leases are put back at close"


def test_a_finished_requests_lease_is_acknowledged_only_once_redis_has_every_request_it_led_to(
    scheduler: LeasingScheduler,
    redis_server: RedisServer,  # noqa: F811
) -> None:
    scheduler.enqueue_request(Request("https://theweek.com/politics"))
    scheduler.settle()
    scheduler.next_request()
    scheduler.settle()
    source = scheduler.next_request()
    assert source is not None
    member = scheduler.held[source]
    scheduler.enqueue_request(Request("https://theweek.com/politics/a"))  # found by the source's callback
    scheduler._finished([source])
    scheduler._collect_done()
    assert scheduler.to_ack == [], "its discovery is not answered yet"
    scheduler.settle()
    scheduler._collect_done()
    assert scheduler.to_ack == [member]

    scheduler.to_ack = []
    scheduler.enqueue_request(Request("https://theweek.com/politics/b"))
    scheduler.settle()
    assert scheduler.next_request() is None, "the pop is on its way"
    scheduler.settle()
    redis_server.stop()
    later = scheduler.next_request()
    assert later is not None
    scheduler.enqueue_request(Request("https://theweek.com/politics/c"))  # refused: Redis is down
    scheduler._finished([later])
    scheduler.settle()
    scheduler._collect_done()
    assert scheduler.to_ack == [], "not acknowledged while what it found is not in Redis"
    redis_server.start()
    scheduler._flush_unpushed()
    scheduler.settle()
    scheduler._collect_done()
    assert len(scheduler.to_ack) == 1


# --- The pipe ------------------------------------------------------------------------------------------


def test_pipe_sends_in_order_and_a_call_waits_for_what_was_sent_before_it(client: redis.Redis) -> None:
    pipe = RedisPipe(client)
    pipe.acquire()
    try:
        futures = [pipe.send("RPUSH", "t:list", number) for number in range(500)]
        assert pipe.call("LRANGE", "t:list", 0, -1) == [str(number).encode() for number in range(500)]
        assert all(future.done() for future in futures)
    finally:
        pipe.release()


def test_pipe_gives_a_refused_command_its_error_and_the_others_their_replies(client: redis.Redis) -> None:
    pipe = RedisPipe(client)
    pipe.acquire()
    try:
        before = pipe.send("SET", "t:key", "a")
        refused = pipe.send("LPUSH", "t:key", "b")  # not a list
        after = pipe.send("GET", "t:key")
        pipe.flush()
        assert before.result() is True
        assert isinstance(refused.exception(), ResponseError)
        assert after.result() == b"a"
    finally:
        pipe.release()


def test_pipe_released_by_its_last_user_sends_what_is_queued_first(redis_server: RedisServer) -> None:  # noqa: F811
    pipe = RedisPipe(redis_server.client())
    pipe.acquire()
    pipe.acquire()
    futures = [pipe.send("INCR", "t:count") for _ in range(100)]
    pipe.release()
    assert not pipe.closed, "one user is left"
    pipe.release()
    assert pipe.closed
    assert [future.result() for future in futures] == list(range(1, 101))
    assert redis_server.client().get("t:count") == b"100"
    with pytest.raises(RuntimeError, match="closed"):
        pipe.send("PING")


# --- Commands when Redis does not answer ---------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["crawl", "week"], ["registry"], ["frontier"], ["export", "{tmp}/out.jsonl"]],
    ids=lambda c: c[0],
)
def test_every_command_says_in_one_line_that_redis_does_not_answer(
    command: list[str], tmp_path: Path
) -> None:
    url = f"redis://:secret@127.0.0.1:{free_port()}/0"  # nothing listens there
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", *(part.format(tmp=tmp_path) for part in command),
         "-s", f"REDIS_URL={url}", "-s", f"NEWSCRAWL_STATE_DIR={tmp_path}"],
        cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("newscrawl: Redis at redis://:***@127.0.0.1:")
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr + result.stdout
