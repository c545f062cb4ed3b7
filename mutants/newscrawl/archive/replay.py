"""ReplayMiddleware: a crawl against the web archive instead of the network.

With ARCHIVE_REPLAY set, every request is answered from the archive (ARCHIVE_DIR): the latest capture
of its URL, or the capture of one run (`ARCHIVE_REPLAY=<run id>`; `latest` takes the newest of all).
The response goes back through the rest of the downloader middlewares (decompression, encoding fix,
retries, redirects) exactly as it came from the site, then to the same spider, pipelines and registry.
A URL the archive does not hold fails as `not_archived`; nothing is ever fetched.

Placed first (50), before the off-site check and robots.txt: what was fetched was allowed then.
Settings: ARCHIVE_REPLAY, ARCHIVE_DIR. Stats: newscrawl/archive/replay/{served,not_archived}.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from newscrawl.archive import CAPTURE_META
from newscrawl.archive.middleware import archive_dir
from newscrawl.archive.warc import ArchiveReader

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector


class NotArchived(IgnoreRequest):
    """The archive holds no capture of this URL (ledger reason: not_archived)."""


class ReplayMiddleware:
    def __init__(self, reader: ArchiveReader, stats: StatsCollector):
        self.reader = reader
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        replay = crawler.settings.get("ARCHIVE_REPLAY")
        if not replay:
            raise NotConfigured  # the usual case: say nothing
        directory = archive_dir(crawler.settings)
        reader = ArchiveReader(directory, None if replay == "latest" else str(replay))
        if not reader.by_url:
            raise ValueError(f"ARCHIVE_REPLAY={replay}: no archived capture in {directory}")
        assert crawler.stats is not None
        return cls(reader, crawler.stats)

    def process_request(self, request: Request) -> Response:
        entry = self.reader.get(request.url)
        if entry is None:
            self.stats.inc_value("newscrawl/archive/replay/not_archived")
            raise NotArchived(f"not in the archive: {request.url}")
        capture = self.reader.capture(entry)
        headers = Headers(capture.headers)
        request.meta[CAPTURE_META] = {"date": entry.date, "record_id": entry.record_id, "run": entry.run}
        # The archive answers the same way every time: retrying a 503 would only wait out its backoff.
        request.meta["dont_retry"] = True
        self.stats.inc_value("newscrawl/archive/replay/served")
        cls = responsetypes.from_args(headers=headers, url=request.url, body=capture.body)
        return cls(url=request.url, status=entry.status, headers=headers, body=capture.body, request=request)
