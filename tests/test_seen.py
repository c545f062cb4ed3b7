"""Compact per-run memory: newscrawl.seen.SeenSet (add, discard, contains, len) and the dupefilter built on it."""

from __future__ import annotations

import random
import tracemalloc

from hypothesis import given
from hypothesis import strategies as st
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl.dupefilter import CompactDupeFilter
from newscrawl.seen import MIN_RECENT, SeenSet
from tests.conftest import project_settings


def test_seen_set_answers_like_a_set_across_merges() -> None:
    rng = random.Random(7)
    keys = [rng.getrandbits(64) for _ in range(20 * MIN_RECENT)]
    seen, reference = SeenSet(), set()
    for key in keys + keys[::3]:  # every third key comes back
        assert seen.add(key) == (key not in reference)
        reference.add(key)
    assert len(seen) == len(reference)
    assert len(seen.merged) > len(seen.recent)  # most keys went through a merge
    assert all(key in seen for key in keys)
    assert not any(rng.getrandbits(64) in seen for _ in range(1000))
    assert 0 not in seen
    assert 2**64 - 1 not in seen


def test_seen_set_costs_under_16_bytes_a_key() -> None:
    rng = random.Random(1)
    keys = [rng.getrandbits(64) for _ in range(100_000)]
    tracemalloc.start()
    try:
        seen = SeenSet()
        for key in keys:
            seen.add(key)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held / len(keys) < 16  # a set of these ints holds about 78 bytes a key


def test_compact_dupefilter_filters_a_request_seen_before_and_only_that() -> None:
    crawler = get_crawler(settings_dict=project_settings())
    dupefilter = CompactDupeFilter.from_crawler(crawler)
    first = Request("http://127.0.0.1:1/politics/a?x=1&y=2")
    assert not dupefilter.request_seen(first)
    assert dupefilter.request_seen(Request("http://127.0.0.1:1/politics/a?y=2&x=1"))  # same fingerprint
    assert not dupefilter.request_seen(Request("http://127.0.0.1:1/politics/b"))
    assert not dupefilter.request_seen(Request("http://127.0.0.1:1/politics/a?x=1&y=2", method="POST"))


def test_a_cleared_set_holds_nothing_and_takes_keys_again() -> None:
    seen = SeenSet()
    for key in range(5000):  # past MIN_RECENT: some keys are in the merged array
        seen.add(key)
    seen.clear()
    assert len(seen) == 0
    assert 10 not in seen
    assert seen.add(10)


KEYS = st.integers(min_value=0, max_value=40) | st.sampled_from([2**64 - 1, 2**63])
OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "discard"]), KEYS), max_size=300)


@given(operations=OPERATIONS, min_recent=st.integers(min_value=1, max_value=8))
def test_seen_set_adds_and_discards_like_a_set(operations: list[tuple[str, int]], min_recent: int) -> None:
    seen, reference = SeenSet(min_recent), set()
    for operation, key in operations:
        if operation == "add":
            assert seen.add(key) == (key not in reference)
            reference.add(key)
        else:
            assert seen.discard(key) == (key in reference)
            reference.discard(key)
        assert len(seen) == len(reference)
        assert (key in seen) == (key in reference)
    assert {key for key in range(41) if key in seen} == {key for key in reference if key <= 40}
    assert (2**64 - 1 in seen) == (2**64 - 1 in reference)


def test_discarded_keys_leave_the_array_at_the_next_merge() -> None:
    seen = SeenSet()
    for key in range(3 * MIN_RECENT):
        seen.add(key)
    for key in range(0, 3 * MIN_RECENT, 2):
        seen.discard(key)
    assert len(seen) == 3 * MIN_RECENT // 2
    assert len(seen.merged) == 2 * MIN_RECENT  # the first MIN_RECENT tombstones were merged out
    assert len(seen.removed) == MIN_RECENT // 2
    assert all(key % 2 for key in range(3 * MIN_RECENT) if key in seen)
