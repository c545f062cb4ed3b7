"""Unit and property tests of the hostile-web defences: Retry-After, true encoding, truncated
compressed bodies, failure reasons, soft failures, run-directory names."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from parsel import Selector
from scrapy.utils.gz import gunzip
from scrapy.utils.test import get_crawler

from newscrawl.middlewares.encoding import decodes, true_encoding
from newscrawl.middlewares.integrity import gzip_trailer_matches, stream_complete
from newscrawl.middlewares.retry import retry_after_seconds
from newscrawl.pages.soft import soft_failure
from newscrawl.spiders.week import WeekSpider
from newscrawl.state import RUN_ID_STAT, run_dir
from tests.conftest import project_settings

NOW = datetime(2026, 7, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(b"120", 120.0), ("0", 0.0), (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
     (format_datetime(NOW - timedelta(minutes=5), usegmt=True), 0.0), (b"soon", None), (None, None), (b"", None)],
)  # fmt: skip
def test_retry_after_reads_seconds_and_http_dates(value: bytes | str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, now=NOW) == seconds


@given(st.text(min_size=1, max_size=200).filter(lambda t: not t.isascii()))
def test_utf8_text_declared_as_latin1_is_read_as_utf8(text: str) -> None:
    body = f"<html><body><p>{text}</p></body></html>".encode()
    assert true_encoding(body, "cp1252") == "utf-8"


@given(st.text(alphabet="éèàüöçñ’“”–—abc ", min_size=1, max_size=200).filter(lambda t: not t.isascii()))
def test_windows_1252_text_declared_as_utf8_is_read_as_windows_1252(text: str) -> None:
    body = f"<html><body><p>{text}</p></body></html>".encode("cp1252")
    assume(not decodes(body, "utf-8"))  # "ç––" in windows-1252 happens to be valid UTF-8 (疖): undecidable
    assert body.decode(true_encoding(body, "utf-8")) == body.decode("cp1252")


def test_a_byte_order_mark_keeps_its_word() -> None:
    assert (
        true_encoding("\ufeffcafé".encode("utf-16-le").replace(b"\xff\xfe", b"\xff\xfe", 1), "utf-16")
        == "utf-16"
    )


PAYLOAD = b"<html><body>" + b"<p>The Week article text.</p>" * 200 + b"</body></html>"


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [("gzip", lambda b: gzip.compress(b, mtime=0)), ("deflate", zlib.compress),
     ("deflate", lambda b: zlib.compress(b)[2:-4]), ("br", brotli.compress)],
    ids=["gzip", "deflate", "raw-deflate", "br"],
)  # fmt: skip
@given(cut=st.floats(min_value=0.05, max_value=0.95))
def test_any_truncation_of_a_compressed_body_is_detected(encoding: str, pack: object, cut: float) -> None:
    packed = pack(PAYLOAD)  # type: ignore[operator]
    assert stream_complete(packed, encoding, 1 << 24)
    assert not stream_complete(packed[: max(1, int(len(packed) * cut))], encoding, 1 << 24)


@given(cut=st.floats(min_value=0.05, max_value=0.99))
def test_the_gzip_trailer_vouches_for_a_whole_body_and_never_for_a_cut_one(cut: float) -> None:
    packed = gzip.compress(PAYLOAD, mtime=0)
    assert gzip_trailer_matches(packed, gunzip(packed))
    truncated = packed[: max(1, int(len(packed) * cut))]
    try:
        # What Scrapy's own decompression makes of a cut stream: the part it could decode, no error
        # (when it could decode nothing it raises, and the response fails there).
        decoded = gunzip(truncated)
    except EOFError:
        return
    assert not gzip_trailer_matches(truncated, decoded)


def test_a_multi_member_gzip_body_is_left_to_the_full_check() -> None:
    packed = gzip.compress(PAYLOAD[:100], mtime=0) + gzip.compress(PAYLOAD[100:], mtime=0)
    assert not gzip_trailer_matches(packed, gunzip(packed))  # the last trailer covers its member only
    assert stream_complete(packed, "gzip", 1 << 24)


def test_a_bomb_is_left_to_the_decompression_limit() -> None:
    assert stream_complete(gzip.compress(b"\0" * (8 << 20)), "gzip", 1 << 20)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body></body></html>", "empty"),
        ("<html><head><title>Page not found</title></head><body><p>Sorry, we can't find the page you were looking for on this site today.</p></body></html>", "soft_404"),
        ("<html><head><title>Before you continue</title></head><body><p>We value your privacy. Accept all cookies to continue to the site.</p></body></html>", "interstitial"),
        ("<html><body><p>Subscribe to continue reading: you have reached your free article limit this month.</p></body></html>", "interstitial"),
        ("<html><body><p>Please verify you are a human. Complete the captcha below to access the page.</p></body></html>", "interstitial"),
        ("<html><head><title>Opinion</title></head><body><p>A page with words but no article in it, longer than the threshold.</p></body></html>", "no_article"),
        # Boundaries and separate text nodes (mutation testing found them untested):
        ("<html><body><p>" + "x" * 40 + "</p></body></html>", "no_article"),  # 40 characters is not empty
        ("<html><head><title>Hello</title></head><body><p>Short.</p></body></html>", "empty"),
        ("<html><body><p>404</p></body></html>", "empty"),  # too little to say more
        ("<html><body><p>Sorry, this page</p><p>not found. Try the search box on our homepage instead.</p></body></html>", "soft_404"),
        ("<html><head><title>Page</title></head><body><h1>not found</h1></body></html>", "soft_404"),
        ("<html><head><title>Page not found</title></head><body><p>" + "Words of some other page. " * 3 + "</p></body></html>", "soft_404"),
        ("<html><body><p>" + "x" * 2993 + " captcha</p></body></html>", "no_article"),  # past the first 3000 characters
        ("<html><body><p>" + "x" * 997 + " 404</p></body></html>", "no_article"),  # past the first 1000 characters
    ],
)  # fmt: skip
def test_soft_failures_are_named(html: str, reason: str) -> None:
    assert soft_failure(Selector(text=html)) == reason


@pytest.mark.parametrize("bad", ["../../etc", "a/b", ".hidden", "x" * 101, "run\x00id"])
def test_run_directories_refuse_unsafe_names(bad: str, tmp_path: object) -> None:
    values = project_settings()
    values["NEWSCRAWL_STATE_DIR"] = str(tmp_path)
    crawler = get_crawler(WeekSpider, values)
    assert crawler.stats is not None
    crawler.stats.set_value(RUN_ID_STAT, bad)
    with pytest.raises(ValueError, match="unsafe run id"):
        run_dir(crawler)
