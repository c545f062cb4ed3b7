"""EmptyFeeds: a run that emits nothing leaves no feed file, and says so in one line.

Scrapy opens a feed at its first item and, with FEED_STORE_EMPTY=False (our setting), writes none
for a run without items: an hourly schedule that finds nothing new no longer leaves an empty
`data/week-<time>.jsonl` every hour. A file named with -O (overwrite) that an earlier run wrote is
removed, as -O would have overwritten it with nothing: it never passes for this run's output.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class EmptyFeeds:
    """Settings: FEED_STORE_EMPTY (off: this extension is on), FEEDS."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("FEED_STORE_EMPTY"):
            raise NotConfigured("FEED_STORE_EMPTY is on: Scrapy writes empty feeds")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        feeds = self.crawler.settings.getdict("FEEDS")
        if self.crawler.stats.get_value("item_scraped_count") or not feeds:
            return
        removed = [path for uri, options in feeds.items() if (path := _stale(uri, options)) is not None]
        for path in removed:
            path.unlink(missing_ok=True)
        note = f"; removed the earlier {', '.join(map(str, removed))} (-O)" if removed else ""
        logger.info("Nothing emitted: no feed file written (%s)%s", ", ".join(feeds), note)


def _stale(uri: str, options: dict[str, object]) -> Path | None:
    """An earlier file that -O would have overwritten: a plain local path, not a per-run template."""
    parts = urlsplit(uri)
    if not options.get("overwrite") or "%(" in uri or parts.scheme not in {"", "file"}:
        return None
    path = Path(parts.path if parts.scheme == "file" else uri)
    return path if path.is_file() else None
