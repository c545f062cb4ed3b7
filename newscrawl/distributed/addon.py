"""RedisFrontier: the add-on that switches a crawl to the shared frontier when REDIS_URL is set.

Listed in ADDONS by the project settings; without REDIS_URL it disables itself and the crawl runs
as one process on the local SQLite registry, as before. With it, every worker started with
`scrapy crawl week -s REDIS_URL=redis://HOST:6379/0` shares one queue, one dupefilter and one
article registry on that Redis server.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Self

from scrapy.exceptions import NotConfigured

from newscrawl.distributed.connection import redacted, redis_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

SCHEDULER = "newscrawl.distributed.scheduler.LeasingScheduler"


class RedisFrontier:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if redis_url(crawler.settings) is None:
            raise NotConfigured  # no message: a single-process crawl is the normal case
        return cls()

    def update_settings(self, settings: BaseSettings) -> None:
        # LeasingScheduler builds its own per-crawl RFPDupeFilter and JSON serializer, and never
        # flushes the shared queue; it warns when SCHEDULER_PERSIST is set to False anyway.
        settings.set("SCHEDULER", SCHEDULER, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        logger.info(
            "Distributed crawl: shared frontier and registry on %s", redacted(str(redis_url(settings)))
        )
