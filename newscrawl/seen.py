"""SeenSet: a set of 64-bit keys at about 13 bytes a key; a Python set of ints costs about 78.

A crawl remembers every request it made (the dupefilter), every article it emitted (the dedup
pipeline) and every URL it found unchanged (the spider) until it ends; at 100,000 URLs Python sets of
fingerprints cost 8-10 MB each, more than all the rest of what grows with a crawl. Here keys live in a
sorted `array('Q')` (8 bytes each, binary search), with the newest in a small set that is merged in
once it reaches an eighth of the array: the merges copy each key about 9 times over a crawl, and never
hold more than two arrays at once. A key discarded from the array is kept in a small set of removed
keys (tombstones) until the next merge leaves it out, so a discard never moves the array either.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left

MIN_RECENT = 1024  # below this, merging would cost more than the sets it empties


class SeenSet:
    """Members: the keys of `merged` not in `removed`, and those of `recent` (never in `merged`)."""

    def __init__(self, min_recent: int = MIN_RECENT) -> None:
        self.min_recent = min_recent
        self.merged = array("Q")
        self.recent: set[int] = set()
        self.removed: set[int] = set()  # in `merged`, but discarded since the last merge

    def __len__(self) -> int:
        return len(self.merged) - len(self.removed) + len(self.recent)

    def __contains__(self, key: int) -> bool:
        if key in self.recent:
            return True
        return key not in self.removed and self._merged(key)

    def _merged(self, key: int) -> bool:
        at = bisect_left(self.merged, key)
        return at < len(self.merged) and self.merged[at] == key

    def clear(self) -> None:
        self.merged = array("Q")
        self.recent.clear()
        self.removed.clear()

    def add(self, key: int) -> bool:
        """Add `key`; False if it was already there."""
        if key in self:
            return False
        if key in self.removed:
            self.removed.discard(key)  # still in the array: it is a member again
        else:
            self.recent.add(key)
            self._merge_when_due()
        return True

    def discard(self, key: int) -> bool:
        """Remove `key` if present; False if it was not there."""
        if key in self.recent:
            self.recent.discard(key)
            return True
        if key in self.removed or not self._merged(key):
            return False
        self.removed.add(key)
        self._merge_when_due()
        return True

    def _merge_when_due(self) -> None:
        if len(self.recent) + len(self.removed) < max(self.min_recent, len(self.merged) >> 3):
            return
        kept = (key for key in self.merged if key not in self.removed) if self.removed else self.merged
        self.merged = array("Q", heapq.merge(kept, sorted(self.recent)))
        self.recent.clear()
        self.removed.clear()
