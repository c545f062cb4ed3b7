"""The failures ledger: every article URL that ends in failure, with its final reason, in
`<NEWSCRAWL_STATE_DIR>/runs/<run>/failures.jsonl` (url, key, reason, status, attempts, at).

Reasons are few and stable, so that a person (or a later run) can act on them:
`gone` (404/410: the article was deleted; resolved, not retried), `http_<status>` (an error status
that outlived the retries), `timeout`, `dns`, `refused`, `connection_lost`, `data_loss` (a body
cut short), `too_large` (over DOWNLOAD_MAXSIZE, compressed or not), `redirect_loop`, `offsite`
(a redirect to another host), `bad_redirect` (a redirect to a non-HTTP URL), `empty`, `soft_404`,
`interstitial` (a consent, paywall or bot-check page instead of the article), or the exception name.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefused
from twisted.internet.error import DNSLookupError, TCPTimedOutError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from newscrawl.state import run_path
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

    from newscrawl.storagefault import FaultLatch

GONE_STATUSES = frozenset({404, 410})
FILENAME = "failures.jsonl"


def classify(failure: Failure) -> tuple[str, int | None]:
    """(reason, HTTP status or None) for a request's final failure."""
    error = failure.value
    response = getattr(error, "response", None)
    status = getattr(response, "status", None)
    if isinstance(error, HttpError) and status is not None:
        if status in GONE_STATUSES:
            return "gone", status
        if 300 <= status < 400:
            return "bad_redirect", status  # a redirect the crawler may not follow (file:, data:, ...)
        return f"http_{status}", status
    if isinstance(error, IgnoreRequest):
        message = str(error)
        if type(error).__name__ == "TruncatedBody":
            return "data_loss", None
        if type(error).__name__ == "NotArchived":
            return "not_archived", None  # a replay asked for a URL the archive does not hold
        if "max redirections" in message:
            return "redirect_loop", None
        if "DOWNLOAD_MAXSIZE" in message or "exceeded" in message:
            return "too_large", None
        if "off-site" in message.lower() or "offsite" in message.lower():
            return "offsite", None
        return "ignored", None
    name = type(error).__name__
    if isinstance(error, TxTimeoutError | TCPTimedOutError) or "Timeout" in name:
        return "timeout", None
    if isinstance(error, DNSLookupError):
        return "dns", None
    if isinstance(error, TxConnectionRefused):
        return "refused", None
    if "DataLoss" in name:
        return "data_loss", None  # Scrapy's ResponseDataLossError: fewer bytes than Content-Length
    if "Cancelled" in name:
        return "too_large", None  # the download handler cancels a body past DOWNLOAD_MAXSIZE
    if isinstance(error, ResponseFailed | ResponseNeverReceived):
        reasons = " ".join(repr(reason.value) for reason in getattr(error, "reasons", []))
        return ("data_loss" if "DataLoss" in reasons else "connection_lost"), None
    return name, None


class FailureLedger:
    """A failed write (disk full) is reported to `guard` (newscrawl.storagefault), which stops the crawl."""

    def __init__(self, path: Path, guard: FaultLatch):
        self.path = path
        self.guard = guard
        self.file: IO[str] | None = None
        self.count = 0

    def record(self, url: str, key: str | None, reason: str, status: int | None, attempts: int) -> None:
        if self.guard.tripped:
            return
        entry: dict[str, Any] = {"url": url, "key": key, "reason": reason, "status": status, "attempts": attempts,
                                 "at": datetime.now(UTC).replace(microsecond=0).isoformat()}  # fmt: skip
        try:
            if self.file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                self.file = self.path.open("a", encoding="utf-8")
            self.file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.file.flush()
            os.fsync(self.file.fileno())
        except OSError as exc:
            self.guard.trip(self.path, exc)
            return
        self.count += 1

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


_LEDGERS: WeakKeyDictionary[Crawler, FailureLedger] = WeakKeyDictionary()


def ledger_for(crawler: Crawler) -> FailureLedger:
    ledger = _LEDGERS.get(crawler)
    if ledger is None:
        ledger = _LEDGERS[crawler] = FailureLedger(run_path(crawler) / FILENAME, latch_for(crawler))
        crawler.signals.connect(ledger.close, signal=signals.engine_stopped)
    return ledger
