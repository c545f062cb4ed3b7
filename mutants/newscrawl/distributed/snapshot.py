"""A local SQLite copy of the shared registry, for the commands that read SQLite (`scrapy export`).

The export streams records through SQL (filters, order, counts); rather than a second export path
for Redis, the shared registry is copied into a SQLite registry in a private temporary directory
under NEWSCRAWL_STATE_DIR (local disk, mode 0700) and exported from there. The copy is consistent
per table; articles recorded by workers while it runs may or may not be in it.
"""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from newscrawl.distributed.connection import COMMAND_OUTAGE_SECONDS, shared_registry
from newscrawl.registry import Registry
from newscrawl.state import state_path

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.settings import BaseSettings


@contextmanager
def registry_snapshot(settings: BaseSettings) -> Iterator[Path]:
    """A temporary state directory whose registry.sqlite3 is a copy of the shared registry."""
    parent = state_path(settings)
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryDirectory(prefix="snapshot-", dir=parent) as directory:
        target = Registry.open(Path(directory))
        source = shared_registry(settings, outage_seconds=COMMAND_OUTAGE_SECONDS)
        try:
            source.copy_to(target)
        finally:
            target.close()
            source.close()
        yield Path(directory)
