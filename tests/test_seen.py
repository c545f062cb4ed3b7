"""Compact per-run memory: newscrawl.seen.SeenSet and the dupefilter built on it."""

from __future__ import annotations

import random
import tracemalloc

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
