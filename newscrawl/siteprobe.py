"""Does the site answer at all? Asked once, before a crawl discovers anything.

The spider's first act is one GET of the site's robots.txt, without retries and with its own short
timeout (SITE_PROBE_TIMEOUT). Any HTTP answer, even an error status, means the host is there and the
crawl goes on; no answer (DNS, refused, TLS, timeout) stops the run within seconds with one line
naming the host and the cause, instead of some eighty failing requests, section fallbacks and a
robots.txt traceback. The probe skips the robots.txt middleware (it *is* robots.txt), so a dead
host is contacted once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
)
from twisted.internet.error import ConnectError, DNSLookupError, TCPTimedOutError
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefused
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web._newclient import ResponseNeverReceived

if TYPE_CHECKING:
    from newscrawl.pages.urls import SiteUrls

SITE_UNREACHABLE = "site_unreachable"  # the spider's close reason; `scrapy crawl` exits 5
UNREACHABLE_STAT = "newscrawl/site/unreachable"  # "<host>: <cause>"


def probe_request(urls: SiteUrls, timeout: float) -> Request:
    return Request(
        urls.url_for("/robots.txt"),
        dont_filter=True,
        meta={"dont_retry": True, "dont_obey_robotstxt": True, "download_timeout": timeout},
    )


def describe(error: BaseException, timeout: float) -> str:
    """The cause of a failed connection, in a few words."""
    if isinstance(error, CannotResolveHostError | DNSLookupError):
        return "DNS lookup failed: no such host"
    if isinstance(error, DownloadConnectionRefusedError | TxConnectionRefused):
        return "connection refused"
    if isinstance(error, DownloadTimeoutError | TxTimeoutError | TCPTimedOutError):
        return f"no answer within {timeout:g} s (SITE_PROBE_TIMEOUT)"
    never = error if isinstance(error, ResponseNeverReceived) else error.__cause__
    if isinstance(never, ResponseNeverReceived):  # Scrapy's DownloadFailedError wraps it
        reasons = [reason.value for reason in never.reasons]
        if any("SSL" in type(reason).__module__ or "SSL" in type(reason).__name__ for reason in reasons):
            return "TLS handshake failed: " + "; ".join(_tls_text(reason) for reason in reasons)
        return "connection closed before any answer"
    if isinstance(error, DownloadFailedError | ConnectError):
        return str(error) or type(error).__name__
    return f"{type(error).__name__}: {error}"


def _tls_text(error: BaseException) -> str:
    # pyOpenSSL's errors carry [(library, function, reason)] tuples: the reason is what a person reads.
    details = error.args[0] if error.args else None
    if isinstance(details, list) and details and isinstance(details[0], tuple):
        return ", ".join(str(entry[-1]) for entry in details)
    return str(error) or type(error).__name__
