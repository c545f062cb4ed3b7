"""newscrawl.spillqueue: Scrapy's LIFO order across the spill to disk, requests back whole, the directory."""

from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy import Request, Spider, signals
from scrapy.core.engine import ExecutionEngine
from scrapy.squeues import LifoMemoryQueue
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newscrawl.spillqueue import LOCK_NAME, SPILL_DIR, SpillQueue, area_for
from newscrawl.state import run_id
from newscrawl.storagefault import latch_for
from tests.conftest import project_settings

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class QueueSpider(Spider):
    name = "queue"

    def parse(self, response: Any) -> None:
        pass

    def failed(self, failure: Any) -> None:
        pass


def not_the_spiders(response: Any) -> None:
    pass


def queue_crawler(state: Path, limit: int) -> tuple[Crawler, QueueSpider]:
    settings = {**project_settings(), "NEWSCRAWL_STATE_DIR": str(state), "SPILLQUEUE_MEMORY_REQUESTS": limit}
    crawler = get_crawler(QueueSpider, settings_dict=settings)
    spider = crawler.spider = QueueSpider.from_crawler(crawler)
    return crawler, spider


def spill_queue(crawler: Crawler) -> SpillQueue:
    return SpillQueue.from_crawler(crawler, "/127.0.0.1-0123/-10")  # a key as the scheduler makes it


def numbered(number: int, spider: QueueSpider, spillable: bool = True) -> Request:
    callback = spider.parse if spillable else not_the_spiders
    return Request(f"http://127.0.0.1:1/politics/a-{number}", callback=callback, meta={"n": number})


def stat(crawler: Crawler, name: str) -> Any:
    assert crawler.stats is not None
    return crawler.stats.get_value(f"newscrawl/spillqueue/{name}", 0)


# A push (True: serialisable, False: a callback that is not the spider's) or a pop (None).
OPERATIONS = st.lists(st.one_of(st.none(), st.booleans(), st.booleans()), max_size=120)


@settings(deadline=None)  # a crawler per example: its first one imports the project
@given(operations=OPERATIONS, limit=st.integers(min_value=1, max_value=6))
def test_pops_come_in_the_order_of_scrapys_lifo_memory_queue(
    operations: list[bool | None], limit: int
) -> None:
    with tempfile.TemporaryDirectory() as state:
        crawler, spider = queue_crawler(Path(state), limit)
        queue, reference = spill_queue(crawler), build_from_crawler(LifoMemoryQueue, crawler)
        for number, operation in enumerate(operations):
            if operation is None:
                ours, theirs = queue.pop(), reference.pop()
                assert (ours and ours.meta["n"]) == (theirs and theirs.meta["n"])
            else:
                queue.push(numbered(number, spider, operation))
                reference.push(numbered(number, spider, operation))
            assert len(queue) == len(reference)
            assert len(queue.memory) <= limit
        while reference:
            assert queue.pop().meta["n"] == reference.pop().meta["n"]  # type: ignore[union-attr]
        assert queue.pop() is None
        queue.close()  # as Scrapy's priority queue does once it is empty
        assert stat(crawler, "lost") == 0
        area_for(crawler).close()


def test_a_spilled_request_comes_back_equal(tmp_path: Path) -> None:
    crawler, spider = queue_crawler(tmp_path, 1)
    queue = spill_queue(crawler)
    sent = Request(
        "http://127.0.0.1:1/politics/a-b?x=1", callback=spider.parse, errback=spider.failed,
        meta={"key": "http://127.0.0.1:1/politics/a-b", "date": None, "chain": [["/s.xml", "2026-01"]]},
        cb_kwargs={"path": "politics", "page": 2}, priority=10, dont_filter=True,
        headers={"Accept": "text/html", "X-Trace": ["a", "b"]},
    )  # fmt: skip
    queue.push(sent)
    queue.push(Request("http://127.0.0.1:1/newer"))  # past the limit: both go to disk
    assert not queue.memory
    assert stat(crawler, "spilled") == 2
    assert queue.pop().url == "http://127.0.0.1:1/newer"  # type: ignore[union-attr]
    back = queue.pop()
    assert back is not None
    assert back is not sent
    for field in ("url", "callback", "errback", "meta", "cb_kwargs", "priority", "dont_filter", "headers"):
        assert getattr(back, field) == getattr(sent, field), field
    area_for(crawler).close()


def test_an_unserialisable_request_stays_in_memory_and_comes_back(tmp_path: Path) -> None:
    crawler, spider = queue_crawler(tmp_path, 1)
    queue = spill_queue(crawler)
    kept = numbered(1, spider, spillable=False)
    for request in (numbered(0, spider), kept, numbered(2, spider)):
        queue.push(request)
    assert stat(crawler, "unspillable") == 1
    assert kept in queue.pinned.values()
    popped = [queue.pop() for _ in range(3)]
    assert [request.meta["n"] for request in popped if request] == [2, 1, 0]
    assert popped[1] is kept  # the very object: it never left memory
    assert not queue.pinned
    area_for(crawler).close()


def test_spilled_requests_live_in_the_runs_directory_until_the_spider_closes(tmp_path: Path) -> None:
    crawler, spider = queue_crawler(tmp_path, 2)
    queue = spill_queue(crawler)
    for number in range(10):
        queue.push(numbered(number, spider))
    run = tmp_path / SPILL_DIR / run_id(crawler)
    assert sorted(path.name for path in run.iterdir()) == ["0.queue", LOCK_NAME]
    assert run.stat().st_mode & 0o077 == 0
    assert stat(crawler, "peak_on_disk") == 8  # spilled two at a time, down to one in memory
    assert len(queue.memory) == 2
    assert len(queue) == 10
    queue.pop()
    queue.close()
    assert sorted(path.name for path in run.iterdir()) == [LOCK_NAME]
    area_for(crawler).close()  # on spider_closed
    assert not run.exists()


def test_queues_left_with_requests_are_closed_and_removed_when_the_spider_closes(tmp_path: Path) -> None:
    crawler, spider = queue_crawler(tmp_path, 1)
    queues = [spill_queue(crawler) for _ in range(3)]
    for queue in queues:
        for number in range(4):
            queue.push(numbered(number, spider))
    assert stat(crawler, "peak_on_disk") == 12
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="shutdown")
    assert not (tmp_path / SPILL_DIR / run_id(crawler)).exists()
    assert all(queue.disk is None for queue in queues)


def test_a_killed_runs_directory_is_removed_at_the_next_start_and_a_live_ones_is_not(tmp_path: Path) -> None:
    killed, live = tmp_path / SPILL_DIR / "20260701T000000Z-1", tmp_path / SPILL_DIR / "20260701T000000Z-2"
    for run in (killed, live):
        run.mkdir(parents=True)
        (run / LOCK_NAME).touch()
        (run / "0.queue").write_bytes(b"\x00" * 64)
    held = os.open(live / LOCK_NAME, os.O_RDWR)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as the live run's process holds it
        crawler, _ = queue_crawler(tmp_path, 2)
        spill_queue(crawler)
        assert not killed.exists()
        assert (live / "0.queue").exists()
    finally:
        os.close(held)


def test_zero_never_spills(tmp_path: Path) -> None:
    crawler, spider = queue_crawler(tmp_path, 0)
    queue = spill_queue(crawler)
    for number in range(50):
        queue.push(numbered(number, spider))
    assert len(queue.memory) == 50
    assert not (tmp_path / SPILL_DIR).exists()


def test_a_disk_that_refuses_the_spill_is_a_storage_fault_and_loses_no_request(tmp_path: Path) -> None:
    (tmp_path / SPILL_DIR).write_text("a file where the directory should be", encoding="utf-8")
    crawler, spider = queue_crawler(tmp_path, 2)
    crawler.engine = ExecutionEngine(crawler, lambda _: None)  # not started: the latch closes nothing
    queue = spill_queue(crawler)
    for number in range(10):
        queue.push(numbered(number, spider))
    assert latch_for(crawler).tripped
    assert [queue.pop().meta["n"] for _ in range(10)] == list(range(9, -1, -1))  # type: ignore[union-attr]
