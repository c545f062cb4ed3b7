"""Notifications of failed, drifting and crashed runs: a real `scrapy crawl week` subprocess sends them
to a real SMTP server (aiosmtpd) and an HTTP receiver (http.server), both on 127.0.0.1."""

from __future__ import annotations

import json
import queue
import socket
import threading
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.controller import Controller

from newscrawl import exitcodes
from newscrawl.notify import event_for
from replica import Replica
from tests.crawling import run_crawl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from aiosmtpd.smtp import SMTP, Envelope, Session

WAIT = 60  # seconds to wait for a delivery that the crawl has already made when it exits


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Mailbox:
    def __init__(self) -> None:
        self.received: queue.Queue[Envelope] = queue.Queue()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received.put(envelope)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, Mailbox]]:
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, mailbox
    finally:
        controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[str, queue.Queue[dict[str, Any]]]]:
    posts: queue.Queue[dict[str, Any]] = queue.Queue()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            posts.put({"path": self.path, "type": self.headers["Content-Type"], "json": json.loads(body)})
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/newscrawl", posts
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def dead_site() -> str:
    return f"http://127.0.0.1:{free_port()}"


def test_a_failed_run_is_mailed_and_posted(
    tmp_path: Path, smtp: tuple[int, Mailbox], webhook: tuple[str, queue.Queue[dict[str, Any]]]
) -> None:
    port, mailbox = smtp
    url, posts = webhook
    result = run_crawl(
        dead_site(), tmp_path / "state", tmp_path / "out.jsonl",
        "-s", "NOTIFY_MAIL_TO=ops@example.com,oncall@example.com", "-s", "MAIL_HOST=127.0.0.1",
        "-s", f"MAIL_PORT={port}", "-s", "MAIL_FROM=crawler@example.com", "-s", f"NOTIFY_WEBHOOK_URL={url}",
    )  # fmt: skip
    assert result.returncode == exitcodes.SITE_UNREACHABLE, result.stderr[-3000:]
    post = posts.get(timeout=WAIT)
    assert (post["path"], post["type"]) == ("/hooks/newscrawl", "application/json")
    report = post["json"]
    assert (report["event"], report["exit_status"], report["finish_reason"]) == (
        "failed",
        5,
        "site_unreachable",
    )
    assert report["reason"].startswith("site unreachable: 127.0.0.1:")
    assert report["summary"]["sources_failed"] == 1  # an object, not JSON text
    assert report["run_id"]
    envelope = mailbox.received.get(timeout=WAIT)
    assert envelope.mail_from == "crawler@example.com"
    assert envelope.rcpt_tos == ["ops@example.com", "oncall@example.com"]
    assert isinstance(envelope.content, bytes)
    message = message_from_bytes(envelope.content)
    assert message["Subject"].startswith("newscrawl: failed run on ")
    assert "(exit 5)" in message["Subject"]
    assert "site unreachable: 127.0.0.1:" in message.get_payload()
    assert "Notified " in result.stderr


def test_drift_is_posted_and_only_the_events_asked_for(
    tmp_path: Path, webhook: tuple[str, queue.Queue[dict[str, Any]]]
) -> None:
    url, posts = webhook
    with Replica.start(articles=5) as replica:
        # Five articles against a minimum of a thousand: the drift alarm (exit 3).
        drift = run_crawl(replica.base_url, tmp_path / "state", tmp_path / "out.jsonl",
                          "-s", "HEALTH_MIN_ARTICLES=1000", "-s", "NOTIFY_ON=drift",
                          "-s", f"NOTIFY_WEBHOOK_URL={url}")  # fmt: skip
    assert drift.returncode == exitcodes.UNHEALTHY, drift.stderr[-3000:]
    report = posts.get(timeout=WAIT)["json"]
    assert (report["event"], report["exit_status"]) == ("drift", 3)
    assert "HEALTH_MIN_ARTICLES=1000" in report["reason"]
    # A failure is not what NOTIFY_ON asked for: nothing is sent (the crawl sends before it exits).
    failed = run_crawl(dead_site(), tmp_path / "state2", tmp_path / "out2.jsonl",
                       "-s", "NOTIFY_ON=drift", "-s", f"NOTIFY_WEBHOOK_URL={url}")  # fmt: skip
    assert failed.returncode == exitcodes.SITE_UNREACHABLE
    assert posts.empty()


def test_a_run_refused_before_it_starts_is_posted_too(
    tmp_path: Path, webhook: tuple[str, queue.Queue[dict[str, Any]]]
) -> None:
    url, posts = webhook
    state = tmp_path / "state"
    state.mkdir()
    (state / "registry.sqlite3").write_bytes(b"not a database" * 512)
    result = run_crawl(dead_site(), state, tmp_path / "out.jsonl", "-s", f"NOTIFY_WEBHOOK_URL={url}")
    assert result.returncode == exitcodes.REGISTRY_DAMAGED
    report = posts.get(timeout=WAIT)["json"]
    assert (report["event"], report["exit_status"]) == ("failed", 7)
    assert "is damaged" in report["reason"]


def test_an_unreachable_receiver_is_one_line_and_keeps_the_exit_status(tmp_path: Path) -> None:
    result = run_crawl(dead_site(), tmp_path / "state", tmp_path / "out.jsonl",
                       "-s", f"NOTIFY_WEBHOOK_URL={dead_site()}/hook")  # fmt: skip
    assert result.returncode == exitcodes.SITE_UNREACHABLE
    [line] = [line for line in result.stderr.splitlines() if "Notification to NOTIFY_WEBHOOK_URL" in line]
    assert "Connection refused" in line
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("status", "crashed", "event"),
    [(0, False, None), (4, False, None), (3, False, "drift"), (2, False, "failed"), (5, False, "failed"),
     (6, False, "failed"), (7, False, "failed"), (1, True, "crashed")],
)  # fmt: skip
def test_events_by_exit_status(status: int, crashed: bool, event: str | None) -> None:
    assert event_for(status, crashed) == event
