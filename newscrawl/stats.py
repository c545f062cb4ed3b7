"""MemoryStats: Scrapy's MemoryStatsCollector without the per-access cost of its deprecation shim.

Scrapy's StatsCollector overrides `__getattribute__` to warn about the deprecated `spider` argument of
its methods: every attribute read of the collector, its own `self._stats` inside `inc_value`
included, builds a name and raises and catches an AttributeError first. That made one `inc_value`
4.6-6.8 us against 0.2-0.6 us without it (timeit, side by side in one process), and a crawl counts
fifty-odd stats per article page (sources, fallbacks, promo rules): py-spy put 2.5% of a light
crawl's main-thread samples in that method alone.

Nothing in this project passes `spider` to the collector; a third-party component that still does
keeps working (the methods take it and ignore it, as Scrapy's do) and only misses the warning.

Settings: STATS_CLASS = "newscrawl.stats.MemoryStats" (newscrawl.settings).
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class MemoryStats(MemoryStatsCollector):
    """MemoryStatsCollector, its attributes read the plain way (see the module docstring)."""

    # object's own slot, not a Python method that calls it: a method would cost a call per read.
    __getattribute__ = object.__getattribute__
