"""The replica's HTTP server: 200/301/404, GET and HEAD, request log, atomic rebuild, CLI."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from replica import Replica, build_site

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def replica():
    with Replica.start(seed=0, articles=30) as running:
        yield running


def fetch(replica: Replica, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(replica.base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        conn.request(method, path)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_binds_loopback_on_a_free_port(replica: Replica) -> None:
    assert replica.base_url.startswith("http://127.0.0.1:")
    assert replica.port > 0
    assert replica.site.base_url == replica.base_url
    assert all(o.url.startswith(replica.base_url + "/") for o in replica.site.oracle)


def test_200_with_headers_and_body(replica: Replica) -> None:
    status, headers, body = fetch(replica, "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert int(headers["content-length"]) == len(body)
    assert body == replica.site.response("/")[2]
    status, headers, body = fetch(replica, "/feeds.xml")
    assert (status, headers["content-type"]) == (200, "application/rss+xml; charset=utf-8")
    status, headers, _ = fetch(replica, "/robots.txt")
    assert headers["content-type"].startswith("text/plain")


def test_article_has_last_modified(replica: Replica) -> None:
    article = replica.site.oracle[1]
    status, headers, body = fetch(replica, urlsplit(article.url).path)
    assert status == 200
    assert "last-modified" in headers
    assert article.title.encode() in body


def test_301_with_absolute_location(replica: Replica) -> None:
    seed = replica.site.oracle[0]
    legacy = next(a for a in seed.aliases if "/speedreads/" in a)
    status, headers, _ = fetch(replica, urlsplit(legacy).path)
    assert status == 301
    assert headers["location"] == seed.url
    uk = next(a for a in seed.aliases if "/uk/" in a)
    status, headers, _ = fetch(replica, urlsplit(uk).path + "?utm_source=x")
    assert status == 301
    assert headers["location"] == seed.url + "?utm_source=x"


def test_404_page(replica: Replica) -> None:
    status, headers, body = fetch(replica, "/no/such/page")
    assert status == 404
    assert b"Page not found" in body
    assert int(headers["content-length"]) == len(body)


def test_head_has_headers_but_no_body(replica: Replica) -> None:
    status, headers, body = fetch(replica, "/politics", method="HEAD")
    assert status == 200
    assert body == b""
    assert int(headers["content-length"]) == len(replica.site.response("/politics")[2])


def test_requests_are_recorded_in_order(replica: Replica) -> None:
    replica.requests.reset()
    fetch(replica, "/archive")
    fetch(replica, "/politics?utm_source=a&b=c", method="HEAD")
    fetch(replica, "/nope")
    assert replica.requests == [("GET", "/archive"), ("HEAD", "/politics?utm_source=a&b=c"), ("GET", "/nope")]
    assert replica.requests.snapshot() == list(replica.requests)


def test_concurrent_requests(replica: Replica) -> None:
    paths = [urlsplit(o.url).path for o in replica.site.oracle] * 2
    replica.requests.reset()
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda p: fetch(replica, p)[0], paths))
    assert statuses == [200] * len(paths)
    assert sorted(p for _, p in replica.requests) == sorted(paths)


def test_rebuild_swaps_the_site_atomically() -> None:
    with Replica.start(seed=0, articles=20) as replica:
        base_url = replica.base_url
        before = replica.site.oracle[3]
        path = urlsplit(before.url).path
        old_body = fetch(replica, path)[2]
        site = replica.rebuild(revisions={3: 1}, extra_articles=1)
        assert replica.site is site
        assert replica.base_url == base_url == site.base_url
        after = site.oracle[3]
        assert after.version == 2
        assert after.modified_at > before.modified_at
        new_body = fetch(replica, path)[2]
        assert new_body != old_body
        assert new_body == site.response(path)[2]
        extra = site.oracle[20]
        assert fetch(replica, urlsplit(extra.url).path)[0] == 200
        other = urlsplit(site.oracle[4].url).path
        assert fetch(replica, other)[2] == build_again(base_url, other)


def build_again(base_url: str, path: str) -> bytes:
    """The page as an unrevised site of the same size serves it (other articles stay byte-identical)."""
    return build_site(base_url, seed=0, articles=20).response(path)[2]


def test_cli_serves_and_writes_the_oracle(tmp_path: Path) -> None:
    oracle = tmp_path / "oracle.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "replica", "--port", "0", "--articles", "8", "--seed", "2",
         "--oracle", str(oracle)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        assert first.startswith("Replica of theweek.com at http://127.0.0.1:")
        assert second.startswith("8 articles")
        base_url = first.split(" at ")[1].strip().rstrip("/")
        parts = urlsplit(base_url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        try:
            conn.request("GET", "/")
            assert conn.getresponse().status == 200
        finally:
            conn.close()
        records = json.loads(oracle.read_text(encoding="utf-8"))
        assert len(records) == 8
        assert records[0]["url"].startswith(base_url)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
