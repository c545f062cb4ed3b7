"""The fault-injection matrix (shared/reference/reliability.md §5), one end-to-end crawl per row.

Each test serves the replica with one fault on one or more paths, runs the real `scrapy crawl week`
as a subprocess on a fresh state directory, and checks what the matrix requires for that row. Every
test also asserts the account of every URL: each discovered article URL ends in exactly one outcome
(exported, duplicate, rejected, failed, not an article, unchanged, skipped) and the counts add up;
every oracle article is exported exactly once or stands in the failures file with its reason.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from replica import Replica
from replica.faults import (
    Bomb,
    Drop,
    Fault,
    Hang,
    Oversize,
    Redirect,
    Rewrite,
    Status,
    Trickle,
    TruncatedGzip,
    content_type,
)
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

pytestmark = pytest.mark.e2e

ARTICLES = 12
FAST = ("-s", "RETRY_BACKOFF_BASE=0.05", "-s", "DOWNLOAD_TIMEOUT=3")
# Peak RSS of the crawl process itself: VmHWM belongs to the process's own memory map, while
# ru_maxrss on Linux carries over the parent's peak across fork and exec (a large pytest process).
MEASURED = """
import re, sys
from scrapy.cmdline import execute
try:
    execute(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
    sys.stderr.write(f"\\nMAXRSS_KB={peak}\\n")
"""
MOJIBAKE = re.compile("Ã.|â€|\ufffd")


@dataclass
class Result:
    replica: Replica
    items: list[dict[str, Any]]
    failures: list[dict[str, Any]]
    summary: dict[str, Any]
    log: str
    returncode: int
    peak_mb: float

    def by_url(self) -> dict[str, dict[str, Any]]:
        return {item["canonical_url"]: item for item in self.items}

    def failure_for(self, url: str) -> dict[str, Any]:
        path = urlsplit(url).path
        found = [
            f
            for f in self.failures
            if urlsplit(f["url"]).path == path or urlsplit(f["key"] or "").path == path
        ]
        assert found, f"no failure recorded for {path}: {self.failures}"
        return found[-1]


def crawl(replica: Replica, state: Path, *extra: str, fresh: bool = True) -> Result:
    output = state.parent / f"{state.name}.jsonl"
    command = crawl_command(replica.base_url, state, output, *FAST, *extra)
    command = [sys.executable, "-c", MEASURED, *command[2:]]  # scrapy's cmdline, in a process we can measure
    done = subprocess.run(
        command, cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=300, check=False
    )
    [summary_file] = state.glob("runs/*/summary.json")
    failures_files = list(state.glob("runs/*/failures.jsonl"))
    failures = read_items(failures_files[0]) if failures_files else []
    peak = re.search(r"MAXRSS_KB=(\d+)", done.stderr)
    result = Result(replica, read_items(output), failures, json.loads(summary_file.read_text(encoding="utf-8")),
                    done.stderr, done.returncode, int(peak.group(1)) / 1024 if peak else 0.0)  # fmt: skip
    assert_accounted(result, fresh)
    return result


def assert_accounted(result: Result, fresh: bool) -> None:
    summary = result.summary
    outcomes = ("exported", "unchanged", "duplicate", "rejected", "not_article", "skipped", "failed")
    assert summary["unaccounted"] == 0, summary
    assert summary["discovered"] == sum(summary[name] for name in outcomes), summary
    assert summary["failed"] == len(result.failures), (summary, result.failures)
    exported = [item["canonical_url"] for item in result.items]
    assert len(exported) == len(set(exported)), "an article was exported twice"
    failed_paths = {urlsplit(f["url"]).path for f in result.failures} | {
        urlsplit(f["key"] or "").path for f in result.failures
    }
    for article in result.replica.site.oracle if fresh else ():  # a re-run leaves known articles alone
        if article.canonical_url not in exported:
            paths = {urlsplit(article.url).path, *(urlsplit(alias).path for alias in article.aliases)}
            assert paths & failed_paths, f"{article.canonical_url} neither exported nor in the failures file"
    for item in result.items:
        for field in ("title", "standfirst", "body"):
            assert not MOJIBAKE.search(item.get(field) or ""), (field, item["url"])
        assert item["body"].strip(), item["url"]


@pytest.fixture
def replica() -> Iterator[Replica]:
    with Replica.start(seed=21, articles=ARTICLES) as served:
        yield served


def target(replica: Replica, index: int = 3) -> str:
    return urlsplit(replica.site.oracle[index].url).path


def oracle_url(replica: Replica, index: int = 3) -> str:
    return replica.site.oracle[index].canonical_url


def everything(result: Result) -> None:
    assert {a.canonical_url for a in result.replica.site.oracle} == set(result.by_url())


# --- Server errors and rate limits -----------------------------------------------------------------------


def test_5xx_a_few_times_then_200_is_exported_after_retries(replica: Replica, tmp_path: Path) -> None:
    fault = replica.faults[target(replica)] = Status(status=500, times=2)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert len(fault.hits) == 3


def test_5xx_past_the_retries_is_recorded_then_recovered_by_the_next_run(
    replica: Replica, tmp_path: Path
) -> None:
    replica.faults[target(replica)] = Status(status=502)
    first = crawl(replica, tmp_path / "state")
    failure = first.failure_for(oracle_url(replica))
    assert (failure["reason"], failure["status"], failure["attempts"]) == ("http_502", 502, 4)
    del replica.faults[target(replica)]
    second = crawl(replica, tmp_path / "state2")  # a fresh look: nothing else is pending there
    assert oracle_url(replica) in second.by_url()
    third = crawl_again(replica, tmp_path / "state")
    assert [item["canonical_url"] for item in third.items] == [oracle_url(replica)]


def crawl_again(replica: Replica, state: Path) -> Result:
    """A second run on the same state directory (its summary is the newest)."""
    for old in state.glob("runs/*/summary.json"):
        old.rename(old.with_name("summary.previous.json"))
    for old in state.glob("runs/*/failures.jsonl"):
        old.rename(old.with_name("failures.previous.jsonl"))
    return crawl(replica, state, fresh=False)


@pytest.mark.parametrize(("status", "date_form"), [(503, False), (429, True)])
def test_retry_after_is_honoured_in_both_forms(
    replica: Replica, tmp_path: Path, status: int, date_form: bool
) -> None:
    fault = replica.faults[target(replica)] = Status(
        status=status, times=1, retry_after=2, date_form=date_form
    )
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert len(fault.hits) == 2
    # An HTTP date has a resolution of one second, so the date form may come up to a second early.
    assert fault.hits[1] - fault.hits[0] >= (1.0 if date_form else 2.0)
    assert "'newscrawl/retry/host_slowed'" in result.log


def test_a_hang_times_out_and_is_recorded_in_bounded_time(replica: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = Hang(seconds=8)
    result = crawl(replica, tmp_path / "state", "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1")
    failure = result.failure_for(oracle_url(replica))
    assert failure["reason"] == "timeout"
    assert failure["attempts"] == 2, "one try and RETRY_TIMES=1 retry, each cut off by DOWNLOAD_TIMEOUT"


def test_a_slow_trickle_times_out(replica: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = Trickle(chunk=256, interval=0.5)
    result = crawl(replica, tmp_path / "state", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=0")
    assert result.failure_for(oracle_url(replica))["reason"] == "timeout"


def test_a_connection_dropped_mid_body_is_retried_and_exported(replica: Replica, tmp_path: Path) -> None:
    fault = replica.faults[target(replica)] = Drop(times=1)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert len(fault.hits) == 2


def test_a_body_that_is_always_cut_short_never_becomes_an_item(replica: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = Drop()
    result = crawl(replica, tmp_path / "state")
    assert oracle_url(replica) not in result.by_url()
    assert result.failure_for(oracle_url(replica))["reason"] in {"data_loss", "connection_lost"}


def test_a_truncated_gzip_body_never_becomes_an_item(replica: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = TruncatedGzip()
    result = crawl(replica, tmp_path / "state")
    assert oracle_url(replica) not in result.by_url()
    failure = result.failure_for(oracle_url(replica))
    assert failure["reason"] == "data_loss", failure
    assert "'newscrawl/integrity/truncated'" in result.log


# --- Malformed HTML and charsets -------------------------------------------------------------------------


def _inject_nul(body: bytes) -> bytes:
    return body.replace(b"<p>", b"<p>\x00", 3).replace(b". ", b".\x00 ", 5)


def _unclose(body: bytes) -> bytes:
    return body.replace(b"</p>", b"").replace(b"</li>", b"").replace(b"</span>", b"")


def _nest(body: bytes) -> bytes:
    head, _, rest = body.partition(b"<body")
    opening, _, inner = rest.partition(b">")
    return (
        head
        + b"<body"
        + opening
        + b">"
        + b"<div>" * 300
        + inner.replace(b"</body>", b"</div>" * 300 + b"</body>")
    )


def _no_body_tag(body: bytes) -> bytes:
    return re.sub(rb"</?body[^>]*>", b"", body)


@pytest.mark.parametrize(
    "mangle", [_inject_nul, _unclose, _nest, _no_body_tag], ids=["nul", "unclosed", "deep", "no-body"]
)
def test_malformed_html_still_gives_the_true_article(
    replica: Replica, tmp_path: Path, mangle: Callable[[bytes], bytes]
) -> None:
    assert mangle(replica.site.response(target(replica))[2]) != replica.site.response(target(replica))[2]
    replica.faults[target(replica)] = Rewrite(body=mangle)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    article = replica.site.oracle[3]
    assert result.by_url()[article.canonical_url]["body"] == "\n\n".join(article.body_paragraphs)


def _latin1_header(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return content_type("text/html; charset=iso-8859-1")(headers)


def _no_meta_charset(body: bytes) -> bytes:
    return re.sub(rb"<meta[^>]+charset[^>]*>", b"", body, flags=re.IGNORECASE)


@pytest.mark.parametrize(
    ("headers", "body", "overruled"),
    [(_latin1_header, lambda b: b, True), (content_type("text/html"), _no_meta_charset, False)],
    ids=["wrong-header-charset", "no-charset-anywhere"],
)
def test_the_real_encoding_wins_and_no_mojibake_reaches_the_item(
    replica: Replica,
    tmp_path: Path,
    headers: Callable[[Any], Any],
    body: Callable[[bytes], bytes],
    overruled: bool,
) -> None:
    for index in range(ARTICLES):
        replica.faults[target(replica, index)] = Rewrite(body=body, headers=headers)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert (
        "'newscrawl/encoding/corrected/" in result.log
    ) is overruled  # a wrong declared encoding is overruled
    for article in replica.site.oracle:
        item = result.by_url()[article.canonical_url]
        assert item["title"] == article.title
        assert item["body"] == "\n\n".join(article.body_paragraphs)


# --- Redirects and other hosts ---------------------------------------------------------------------------


@pytest.fixture
def decoy() -> Iterator[Replica]:
    """Another site on another port: the crawler must never send it a request."""
    with Replica.start(seed=99, articles=4) as other:
        yield other


def test_a_redirect_loop_ends_and_is_recorded(replica: Replica, tmp_path: Path) -> None:
    path = target(replica)
    replica.faults[path] = Redirect(location=path + "?loop=1", status=302)
    result = crawl(replica, tmp_path / "state")
    assert result.failure_for(oracle_url(replica))["reason"] == "redirect_loop"


def test_a_redirect_to_another_host_is_refused(replica: Replica, decoy: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = Redirect(location=decoy.base_url + "/politics")
    result = crawl(replica, tmp_path / "state")
    assert decoy.requests.snapshot() == []
    assert result.failure_for(oracle_url(replica))["reason"] == "offsite"


def test_a_redirect_to_a_file_url_is_refused(replica: Replica, tmp_path: Path) -> None:
    replica.faults[target(replica)] = Redirect(location="file:///etc/passwd")
    result = crawl(replica, tmp_path / "state")
    assert result.failure_for(oracle_url(replica))["reason"] == "bad_redirect"
    assert "root:" not in json.dumps(result.items)


def test_a_base_href_to_another_host_sends_nothing_there(
    replica: Replica, decoy: Replica, tmp_path: Path
) -> None:
    def base_elsewhere(body: bytes) -> bytes:
        return body.replace(b"<head>", f'<head><base href="{decoy.base_url}/">'.encode(), 1)

    for path in ("/", "/politics", "/world-news", "/business", "/science", "/culture-life"):
        assert b"<base href" in base_elsewhere(replica.site.response(path)[2])
        replica.faults[path] = Rewrite(body=base_elsewhere)
    result = crawl(replica, tmp_path / "state")
    assert decoy.requests.snapshot() == []
    assert "'newscrawl/listing/offsite_base_ignored'" in result.log
    everything(result)


# --- Bombs and oversize bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_a_compression_bomb_is_refused_within_bounded_memory(
    replica: Replica, tmp_path: Path, encoding: str
) -> None:
    replica.faults[target(replica)] = Bomb(encoding=encoding)
    replica.faults[target(replica, 5)] = Bomb(encoding=encoding)
    result = crawl(replica, tmp_path / "state")
    assert result.failure_for(oracle_url(replica))["reason"] == "too_large"
    assert result.peak_mb < 300, result.peak_mb
    assert len(result.items) == ARTICLES - 2  # the crawl went on


@pytest.mark.parametrize("endless", [False, True], ids=["declared-oversize", "endless-chunked"])
def test_an_oversize_body_is_cancelled(replica: Replica, tmp_path: Path, endless: bool) -> None:
    replica.faults[target(replica)] = Oversize(endless=endless)
    result = crawl(replica, tmp_path / "state")
    assert result.failure_for(oracle_url(replica))["reason"] == "too_large"
    assert result.peak_mb < 300, result.peak_mb
    assert len(result.items) == ARTICLES - 1


# --- Soft failures and deleted articles ------------------------------------------------------------------

CONSENT = b"""<html><head><title>Before you continue</title></head><body><form><h1>We value your privacy</h1>
<p>We and our partners use cookies.</p><button>Accept all cookies</button></form></body></html>"""
SOFT_404 = b"""<html><head><title>Page not found | The Week</title></head><body><h1>Page not found</h1>
<p>Sorry, we can't find the page you were looking for. Try the search, or go back to the homepage for the
latest news, analysis and opinion from The Week.</p></body></html>"""


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Rewrite(body=lambda _: b""), "empty"),
        (Rewrite(body=lambda _: SOFT_404), "soft_404"),
        (Rewrite(body=lambda _: CONSENT), "interstitial"),
        (Status(status=404), "gone"),
        (Status(status=410), "gone"),
    ],
    ids=["empty-200", "soft-404", "consent-interstitial", "404", "410"],
)
def test_soft_failures_and_deleted_articles_are_recorded_with_their_reason(
    replica: Replica, tmp_path: Path, fault: Fault, reason: str
) -> None:
    replica.faults[target(replica)] = fault
    result = crawl(replica, tmp_path / "state")
    assert result.failure_for(oracle_url(replica))["reason"] == reason
    assert len(result.items) == ARTICLES - 1


def test_a_listing_with_broken_cards_still_yields_every_article(replica: Replica, tmp_path: Path) -> None:
    broken = (
        b'<div class="listing__item"><a class="listing__link" href="">Empty</a></div>'
        b'<div class="listing__item"><a class="listing__link" href="javascript:void(0)">Script</a></div>'
        b'<div class="listing__item"><a class="listing__link" href="http://[::1">Bad URL</a></div>'
        b'<div class="listing__item"><a class="listing__link" href="//other.example/politics/x">Other host</a></div>'
        b'<div class="listing__item"><a class="listing__link">No href</a></div>'
        b'<div class="listing__item"><a class="listing__link" href="/politics/%zz%00">Bad escape</a></div>'
    )

    def add_broken_cards(body: bytes) -> bytes:
        return body.replace(b"</body>", broken + b"</body>", 1)

    for path in ("/", "/politics", "/world-news"):
        assert b"javascript:void(0)" in add_broken_cards(replica.site.response(path)[2])
        replica.faults[path] = Rewrite(body=add_broken_cards)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert result.returncode == 0


def test_a_sitemap_with_entity_expansion_is_read_safely(replica: Replica, tmp_path: Path) -> None:
    laughs = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/x/&lol4;&xxe;</loc></sitemap></sitemapindex>"""
    replica.faults["/sitemap.xml"] = Rewrite(body=lambda _: laughs)
    result = crawl(replica, tmp_path / "state")
    everything(result)
    assert result.peak_mb < 300


def test_a_deleted_article_is_resolved_and_not_requested_again(replica: Replica, tmp_path: Path) -> None:
    fault = replica.faults[target(replica)] = Status(status=410)
    crawl(replica, tmp_path / "state")
    hits = len(fault.hits)
    again = crawl_again(replica, tmp_path / "state")
    assert len(fault.hits) == hits
    assert again.summary["fetched"] == 0


def test_state_is_private_and_holds_no_pickled_queue(replica: Replica, tmp_path: Path) -> None:
    state = tmp_path / "state"
    crawl(replica, state)
    for directory in (state, *state.glob("runs/*")):
        assert directory.stat().st_mode & 0o077 == 0, f"{directory} is open to other users"
    assert not [
        path
        for path in state.rglob("*")
        if path.suffix in {".pickle", ".pkl"} or "requests.queue" in path.parts
    ]
