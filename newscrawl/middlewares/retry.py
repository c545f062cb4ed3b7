"""PoliteRetryMiddleware: Scrapy's RetryMiddleware, made to respect the server.

Stock Scrapy retries at once and ignores Retry-After (scrapy #3849; shared/reference/reliability.md
§2.4), so three attempts burn out in milliseconds against an overloaded site. Here:
- a 429 or 503 with `Retry-After` (seconds, or an HTTP date) is retried no sooner than it says,
  capped at RETRY_AFTER_MAX;
- any other retry waits an exponential backoff with jitter: RETRY_BACKOFF_BASE x 2^attempt x
  (0.5-1.5), capped at RETRY_BACKOFF_MAX;
- a 429 or 503 also slows the whole host: its download slot's delay doubles (from 0.5 s, up to
  RETRY_SLOWDOWN_MAX_DELAY), so the crawl's rate drops below the server's limit;
- a request gives up once its waits would pass RETRY_MAX_TOTAL_WAIT: bounded total time.
The wait does not hold a transfer slot: other requests keep downloading meanwhile.

Settings: Scrapy's RETRY_ENABLED, RETRY_TIMES, RETRY_HTTP_CODES, RETRY_EXCEPTIONS, plus the four above.
Stats: Scrapy's retry/*, and newscrawl/retry/{retry_after,backoff,host_slowed,gave_up_total_wait}.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Self

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet import reactor
from twisted.internet.task import deferLater

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

WAITED_META = "newscrawl_retry_waited"
SLOWDOWN_STATUSES = frozenset({429, 503})
MIN_SLOWDOWN_DELAY = 0.5


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        settings = crawler.settings
        middleware.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        middleware.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        middleware.after_max = settings.getfloat("RETRY_AFTER_MAX")
        middleware.total_max = settings.getfloat("RETRY_MAX_TOTAL_WAIT")
        middleware.slowdown_max = settings.getfloat("RETRY_SLOWDOWN_MAX_DELAY")
        return middleware

    backoff_base: float
    backoff_max: float
    after_max: float
    total_max: float
    slowdown_max: float

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        hinted = retry_after_seconds(response.headers.get(b"Retry-After"))
        if response.status in SLOWDOWN_STATUSES:
            self._slow_down(request)
        if hinted is not None and response.status in SLOWDOWN_STATUSES:
            wait = min(hinted, self.after_max)
            self.stats.inc_value("newscrawl/retry/retry_after")
        else:
            wait = self._backoff(request)
        retry = await self._retry_later(request, response_status_message(response.status), wait)
        return retry or response

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        return await self._retry_later(request, exception, self._backoff(request))

    def _backoff(self, request: Request) -> float:
        attempt = int(request.meta.get("retry_times", 0))
        self.stats.inc_value("newscrawl/retry/backoff")
        jitter = random.uniform(0.5, 1.5)
        return min(self.backoff_max, self.backoff_base * 2.0**attempt * jitter)

    async def _retry_later(self, request: Request, reason: str | Exception, wait: float) -> Request | None:
        waited = float(request.meta.get(WAITED_META, 0.0))
        if waited + wait > self.total_max:
            self.stats.inc_value("newscrawl/retry/gave_up_total_wait")
            return None
        retry = self._retry_request(request, reason)
        if retry is None:
            return None
        retry.meta[WAITED_META] = waited + wait
        if wait > 0:
            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return retry

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        """Scrapy's next attempt (or None when retries are spent), through the public
        get_retry_request, honouring the same per-request meta keys as RetryMiddleware."""
        assert self.crawler.spider is not None
        return get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level),
        )

    def _slow_down(self, request: Request) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        downloader = engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = min(self.slowdown_max, max(MIN_SLOWDOWN_DELAY, slot.delay * 2))
            self.stats.inc_value("newscrawl/retry/host_slowed")
            self.stats.max_value("newscrawl/retry/host_delay_max", slot.delay)
