"""Why an article request failed, in a few stable reasons a person (or a later run) can act on:

`gone` (404/410: the article was deleted; resolved, not retried), `http_<status>` (an error status
that outlived the retries), `timeout`, `dns`, `refused`, `connection_lost`, `data_loss` (a body
cut short), `too_large` (over DOWNLOAD_MAXSIZE, compressed or not), `redirect_loop`, `offsite`
(a redirect to another host), `bad_redirect` (a redirect to a non-HTTP URL), `empty`, `soft_404`,
`interstitial` (a consent, paywall or bot-check page instead of the article), `not_archived` (a
replay asked for a URL the archive does not hold), `spider_error`,
`item_error`, or the exception name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefused
from twisted.internet.error import DNSLookupError, TCPTimedOutError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

if TYPE_CHECKING:
    from twisted.python.failure import Failure

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
