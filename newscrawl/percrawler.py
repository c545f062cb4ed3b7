"""PerCrawler: the one object of some kind a crawl's components share, made on first use.

Several components of a crawl must meet on one object that none of them owns alone: the fault latch
(newscrawl.storagefault), the group commit (newscrawl.groupcommit), the read-write registry
(newscrawl.backend), the spill directory (newscrawl.spillqueue). Each is kept per Crawler, weakly,
so a crawl that ends takes its objects with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from collections.abc import Callable

    from scrapy.crawler import Crawler

T = TypeVar("T")


class PerCrawler(Generic[T]):
    def __init__(self, make: Callable[[Crawler], T]):
        self._make = make
        self._made: WeakKeyDictionary[Crawler, T] = WeakKeyDictionary()

    def __call__(self, crawler: Crawler) -> T:
        """The crawl's object, made by `make(crawler)` the first time it is asked for."""
        found = self._made.get(crawler)
        if found is None:
            found = self._made[crawler] = self._make(crawler)
        return found

    def pop(self, crawler: Crawler) -> T | None:
        """Forget the crawl's object (None if none was made); the next call makes a new one."""
        return self._made.pop(crawler, None)
