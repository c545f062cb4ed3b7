"""A newcomer's mistakes and a dead site, end to end: one line each, a documented exit status, no
traceback, no empty file (the real `scrapy crawl week`; the replica on 127.0.0.1 where a site is needed)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newscrawl import exitcodes
from replica import Replica
from tests.crawling import PROJECT, crawl_env, run_crawl

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.e2e


def closed_port() -> int:
    """A loopback port nobody listens on: bound then released, so connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def error_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "] ERROR:" in line]


def summary_of(state: Path) -> dict[str, object]:
    [path] = state.glob("runs/*/summary.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_a_refused_connection_stops_the_run_at_once_in_one_line(tmp_path: Path) -> None:
    port = closed_port()
    output = tmp_path / "out.jsonl"
    result = run_crawl(f"http://127.0.0.1:{port}", tmp_path / "state", output)
    assert result.returncode == exitcodes.SITE_UNREACHABLE, result.stderr[-3000:]
    assert error_lines(result.stderr) == [
        next(line for line in result.stderr.splitlines() if "Site unreachable" in line)
    ]
    assert f"Site unreachable: 127.0.0.1:{port} did not answer (connection refused)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "'downloader/request_count': 1," in result.stderr  # the probe, nothing else: no fallbacks
    assert "WEEK_SECTIONS" not in result.stderr
    assert "Spider closed (site_unreachable)" in result.stderr
    assert not output.exists()
    assert "Nothing emitted: no feed file written" in result.stderr
    summary = summary_of(tmp_path / "state")
    assert (summary["sources_failed"], summary["finish_reason"]) == (1, "site_unreachable")


def test_tls_to_a_plain_http_port_stops_the_run_naming_the_handshake(tmp_path: Path) -> None:
    with Replica.start(articles=3) as replica:
        port = replica.base_url.rsplit(":", 1)[1]
        result = run_crawl(f"https://127.0.0.1:{port}", tmp_path / "state", tmp_path / "out.jsonl")
    assert result.returncode == exitcodes.SITE_UNREACHABLE, result.stderr[-3000:]
    assert f"Site unreachable: 127.0.0.1:{port} did not answer (TLS handshake failed" in result.stderr
    assert len(error_lines(result.stderr)) == 1
    assert "Traceback" not in result.stderr


def run_scrapy(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *arguments], cwd=PROJECT, env=crawl_env(),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (("-a", "max_pages=x"), "-a max_pages must be a whole number >= 0, got 'x'"),
        (("-a", "since=yesterday"), "-a since must be a date as YYYY-MM-DD"),
        (("-a", "discover=sitemap"), "-a discover must list some of sections,sitemaps,feeds"),
        (("-a", "max_page=3"), "unknown spider argument -a max_page (did you mean max_pages?)"),
        (("-s", "WEEK_MAX_PAGES=lots"), "setting WEEK_MAX_PAGES must be a whole number >= 0, got 'lots'"),
        (("-s", "WEEK_BASE_URL=notaurl"), "setting WEEK_BASE_URL must be the site's root as an http(s) URL"),
        (("-s", "PROMO_RULES_FILE=/nonexistent/rules.toml"), "setting PROMO_RULES_FILE names no file"),
        (("-s", "REGISTRY_ENABLED=maybe"), "setting REGISTRY_ENABLED must be True or False"),
        (("-s", "GC_FREEZE_ENABLED=off"), "setting GC_FREEZE_ENABLED must be True or False"),
        (
            ("-s", "SPILLQUEUE_MEMORY_REQUESTS=-1"),
            "setting SPILLQUEUE_MEMORY_REQUESTS must be a whole number >= 0, got '-1'",
        ),
        (("-s", "NOTIFY_ON=failed,oops"), "setting NOTIFY_ON may list failed, drift, crashed, got 'oops'"),
        (("-s", "ARCHIVE_REPLAY=latest"), "setting ARCHIVE_REPLAY=latest: no web archive in "),
        (
            ("-s", "ARCHIVE_COMPRESSION_LEVEL=12"),
            "setting ARCHIVE_COMPRESSION_LEVEL must be a gzip level from 0 to 9",
        ),
        (("-a", "urls=/nonexistent/urls.txt"), "-a urls must name a readable file of URLs"),
    ],
)
def test_a_bad_argument_or_setting_is_one_line_and_exit_2(
    tmp_path: Path, option: tuple[str, str], expected: str
) -> None:
    state = tmp_path / "state"
    result = run_scrapy("crawl", "week", "-s", f"NEWSCRAWL_STATE_DIR={state}", *option)
    assert result.returncode == exitcodes.BAD_INPUT, result.stderr[-3000:]
    assert result.stderr.splitlines() == [f"newscrawl: {result.stderr.strip().removeprefix('newscrawl: ')}"]
    assert expected in result.stderr
    assert not state.exists()  # refused before anything was touched


def test_a_run_that_emits_nothing_leaves_no_feed_file(tmp_path: Path) -> None:
    feeds = tmp_path / "data"
    default_feed = f"NEWSCRAWL_DEFAULT_FEED={feeds}/week-%(time)s.jsonl"
    with Replica.start(articles=5) as replica:
        for _ in range(2):
            result = run_scrapy("crawl", "week", "-s", f"WEEK_BASE_URL={replica.base_url}",
                                "-s", f"NEWSCRAWL_STATE_DIR={tmp_path / 'state'}", "-s", default_feed)  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
    [written] = feeds.iterdir()  # run 1's; run 2 found nothing new
    assert written.stat().st_size > 0
    assert "Nothing emitted: no feed file written" in result.stderr
