"""SeenSet: a set of 64-bit keys at about 13 bytes a key; a Python set of ints costs about 78.

A crawl remembers every request it made (the dupefilter) and every article it emitted (the dedup
pipeline) until it ends; at 100,000 URLs Python sets of fingerprints cost 8-10 MB, more than all the
rest of what grows with a crawl. Here keys live in a sorted `array('Q')` (8 bytes each, binary
search), with the newest in a small set that is merged in once it reaches an eighth of the array: the
merges copy each key about 9 times over a crawl, and never hold more than two arrays at once.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left

MIN_RECENT = 1024  # below this, merging would cost more than the set it empties


class SeenSet:
    def __init__(self) -> None:
        self.merged = array("Q")
        self.recent: set[int] = set()

    def __len__(self) -> int:
        return len(self.merged) + len(self.recent)

    def __contains__(self, key: int) -> bool:
        if key in self.recent:
            return True
        at = bisect_left(self.merged, key)
        return at < len(self.merged) and self.merged[at] == key

    def clear(self) -> None:
        self.merged = array("Q")
        self.recent.clear()

    def add(self, key: int) -> bool:
        """Add `key`; False if it was already there."""
        if key in self:
            return False
        self.recent.add(key)
        if len(self.recent) >= max(MIN_RECENT, len(self.merged) >> 3):
            self.merged = array("Q", heapq.merge(self.merged, sorted(self.recent)))
            self.recent.clear()
        return True
