"""Tell someone when a scheduled run fails, trips the drift alarm or crashes: e-mail and a webhook.

`scrapy crawl` calls `notify` once the run is over, whatever stopped it: also when it never started
(a damaged registry, a bad setting) or crashed, when no Scrapy component is left to do it. That is
why the mail goes out through smtplib rather than Scrapy's MailSender, which needs the running
reactor; it reads the same MAIL_* settings (MAIL_HOST, MAIL_PORT, MAIL_FROM, MAIL_USER, MAIL_PASS,
MAIL_TLS, MAIL_SSL).

Settings: NOTIFY_ON (events: failed, drift, crashed), NOTIFY_MAIL_TO (addresses), NOTIFY_WEBHOOK_URL
(an http(s) URL that gets a POST of the report as JSON), NOTIFY_TIMEOUT (seconds per attempt).
A notification that cannot be delivered is one line in the log; it never changes the exit status.
"""

from __future__ import annotations

import json
import logging
import smtplib
import socket
import urllib.request
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.parse import urlsplit

from newscrawl import exitcodes

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

EVENTS = ("failed", "drift", "crashed")
FAILURES = frozenset({
    exitcodes.CANNOT_START, exitcodes.BAD_INPUT, exitcodes.SITE_UNREACHABLE, exitcodes.STORAGE_FAULT,
    exitcodes.REGISTRY_DAMAGED,
})  # fmt: skip


def event_for(status: int, crashed: bool) -> str | None:
    """failed, drift or crashed; None for a run that needs nobody (success, or another run holds the lock)."""
    if crashed:
        return "crashed"
    if status == exitcodes.UNHEALTHY:
        return "drift"
    return "failed" if status in FAILURES else None


def check_settings(settings: BaseSettings) -> str | None:
    """What is wrong with the NOTIFY_* settings, in one line; None when they are usable."""
    unknown = [event for event in settings.getlist("NOTIFY_ON") if event not in EVENTS]
    if unknown:
        return f"setting NOTIFY_ON may list {', '.join(EVENTS)}, got {unknown[0]!r}"
    url = settings.get("NOTIFY_WEBHOOK_URL")
    if url and (urlsplit(str(url)).scheme not in {"http", "https"} or not urlsplit(str(url)).hostname):
        return f"setting NOTIFY_WEBHOOK_URL must be an http(s) URL, got {url!r}"
    return None


def notify(settings: BaseSettings, event: str | None, report: dict[str, Any]) -> list[str]:
    """Send `report` to every configured target when `event` is one NOTIFY_ON lists; returns the
    targets reached. `report` holds at least `reason` (one line) and `exit_status`."""
    if event is None or event not in settings.getlist("NOTIFY_ON"):
        return []
    body = {"event": event, "host": socket.gethostname(), **report}
    reached: list[str] = []
    timeout = settings.getfloat("NOTIFY_TIMEOUT")
    if url := settings.get("NOTIFY_WEBHOOK_URL"):
        try:
            _post(str(url), body, timeout)
            reached.append(str(url))
        except (OSError, URLError, ValueError) as exc:
            logger.error("Notification to NOTIFY_WEBHOOK_URL %s failed: %s", url, _cause(exc))
    if recipients := settings.getlist("NOTIFY_MAIL_TO"):
        try:
            _mail(settings, recipients, body, timeout)
            reached.extend(recipients)
        except (OSError, smtplib.SMTPException) as exc:
            logger.error(
                "Notification by e-mail to %s via %s:%s failed: %s",
                ", ".join(recipients), settings.get("MAIL_HOST"), settings.get("MAIL_PORT"), _cause(exc),
            )  # fmt: skip
    if reached:
        logger.info("Notified %s of the %s run", ", ".join(reached), event)
    return reached


def _post(url: str, body: dict[str, Any], timeout: float) -> None:
    request = urllib.request.Request(  # noqa: S310 (the scheme is checked: http or https only)
        url,
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json", "User-Agent": "newscrawl-notify/1.0"},
        method="POST",
    )
    if urlsplit(url).scheme not in {"http", "https"}:
        raise ValueError(f"not an http(s) URL: {url}")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        response.read()


def _mail(settings: BaseSettings, recipients: list[str], body: dict[str, Any], timeout: float) -> None:
    message = EmailMessage()
    message["From"] = settings.get("MAIL_FROM")
    message["To"] = ", ".join(recipients)
    message["Subject"] = f"newscrawl: {body['event']} run on {body['host']} (exit {body['exit_status']})"
    message.set_content(f"{body['reason']}\n\n{json.dumps(body, indent=2, ensure_ascii=False)}\n")
    host, port = str(settings.get("MAIL_HOST")), settings.getint("MAIL_PORT")
    smtp_class = smtplib.SMTP_SSL if settings.getbool("MAIL_SSL") else smtplib.SMTP
    with smtp_class(host, port, timeout=timeout) as smtp:
        if settings.getbool("MAIL_TLS"):
            smtp.starttls()
        user, password = settings.get("MAIL_USER"), settings.get("MAIL_PASS")
        if user:
            smtp.login(str(user), str(password or ""))
        smtp.send_message(message)


def _cause(error: BaseException) -> str:
    reason = getattr(error, "reason", None)  # URLError wraps the socket error
    return str(reason or error) or type(error).__name__
