"""The two things the leasing scheduler needs from Scrapy's engine that Scrapy does not make public.

Both read `ExecutionEngine._slot` (scrapy/core/engine.py, Scrapy 2.19), each for a documented reason:

- `requests_in_progress`: `_slot.inprogress`, the requests whose download, callback or errback,
  items (pipelines and feed lines) and follow-up requests are not all done yet. A lease may be
  acknowledged only after that moment, and no public API or signal marks it: `request_left_downloader`
  and `response_received` come before the callback, `item_scraped` once per item, nothing after the last.
- `wake`: `_slot.nextcall.schedule()`, what `ExecutionEngine.crawl()` does after it schedules a request.
  An idle engine otherwise asks the scheduler again only every 5 seconds; there is no public call.

`tests/test_distributed_engine.py` runs a real crawl through both and fails loudly when Scrapy
renames or reshapes either; so does EngineChanged, raised here at run time instead of guessing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.core.engine import ExecutionEngine


class EngineChanged(RuntimeError):
    """Scrapy's engine no longer has what this module reads: pin Scrapy or adapt the module."""


def requests_in_progress(engine: ExecutionEngine | None) -> set[Request]:
    in_progress = getattr(getattr(engine, "_slot", None), "inprogress", None)
    if not isinstance(in_progress, set):
        raise EngineChanged(
            "Scrapy's engine no longer exposes _slot.inprogress; leases cannot be acknowledged"
        )
    return in_progress


def wake(engine: ExecutionEngine | None) -> None:
    """Have the engine ask the scheduler for requests now (no-op before the spider opens or after it closed)."""
    if engine is None or getattr(engine, "_slot", None) is None:
        return
    schedule = getattr(getattr(engine._slot, "nextcall", None), "schedule", None)
    if schedule is None:
        raise EngineChanged("Scrapy's engine no longer exposes _slot.nextcall.schedule()")
    schedule()
