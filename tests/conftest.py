"""Shared test helpers: the project's settings for in-process crawlers, and where saved pages live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
# ../shared beside the checkout; searched upwards because `make mutation` runs a copy of the tests
# one directory deeper (mutants/tests).
SHARED = next(
    (
        folder / "shared" / "theweek"
        for folder in Path(__file__).resolve().parents[1:]
        if (folder / "shared" / "theweek").is_dir()
    ),
    Path(__file__).resolve().parents[1].parent / "shared" / "theweek",
)


def project_settings() -> dict[str, Any]:
    """The project's settings module as a dict, for get_crawler().

    Without the registry: a crawler built in-process must not take the lock on, or write to, the
    project's own `.newscrawl/` (tests of the registry turn it on with a temporary state directory)."""
    from newscrawl import settings

    values = {name: getattr(settings, name) for name in dir(settings) if name.isupper()}
    values["REGISTRY_ENABLED"] = False
    values["REDIS_URL"] = None  # one process, whatever NEWSCRAWL_REDIS_URL the environment holds
    return values
