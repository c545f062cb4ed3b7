"""The replica at real weight (replica.weight, replica.html_chrome): page weight and make-up like the real
Vanilla pages, the article itself untouched, and the server's cache and gzip encoding."""

from __future__ import annotations

import gzip
import http.client
import re
import statistics
from urllib.parse import urlsplit

import lxml.html
import pytest

from replica import Replica, build_site
from replica.server import accepts_gzip

BASE = "http://127.0.0.1:8123"
BODY_CONTAINER = "//*[contains(concat(' ', @class, ' '), ' article__body ') or @id='article-body']"


@pytest.fixture(scope="module")
def pages() -> list[tuple[bytes, bytes]]:
    """(light, real) bytes of every article page of one small site."""
    light, real = build_site(BASE, seed=3, articles=80), build_site(BASE, seed=3, articles=80, weight="real")
    paths = [urlsplit(article.url).path for article in light.oracle]
    return [(light.response(path)[2], real.response(path)[2]) for path in paths]


def test_light_is_the_default_weight() -> None:
    site = build_site(BASE, seed=3, articles=5)
    assert site.weight == "light"
    assert b"tailwind-inline-styles" not in site.response(urlsplit(site.oracle[1].url).path)[2]


def test_an_unknown_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="weight must be one of"):
        build_site(BASE, weight="heavy")


def test_real_weight_article_pages_weigh_like_real_vanilla_pages(pages: list[tuple[bytes, bytes]]) -> None:
    sizes = sorted(len(real) for _, real in pages)
    assert 500_000 <= statistics.median(sizes) <= 700_000
    assert sizes[0] >= 400_000
    assert sizes[-1] <= 1_900_000
    assert sizes[-1] >= 2 * sizes[0]  # a spread, not one size


def test_real_weight_pages_have_as_many_elements_as_real_pages(pages: list[tuple[bytes, bytes]]) -> None:
    counts = [sum(1 for _ in lxml.html.fromstring(real).iter()) for _, real in pages[:20]]
    assert min(counts) >= 1_100  # real 2026 article pages: 1,400-1,700 elements


def test_real_weight_bytes_go_where_real_pages_put_them(pages: list[tuple[bytes, bytes]]) -> None:
    """Inline styles ~45% and inline scripts ~30% of the page, as measured on tests/fixtures/real/pages."""
    for _, real in pages[:10]:
        document = lxml.html.fromstring(real)
        styles = sum(len(style.text or "") for style in document.iter("style"))
        scripts = sum(len(script.text or "") for script in document.iter("script"))
        assert 0.3 <= styles / len(real) <= 0.55
        assert 0.15 <= scripts / len(real) <= 0.4
        assert len(document.xpath("//script[@type='application/ld+json']")) >= 3
        assert len(document.xpath("//svg")) >= 20


def test_the_article_itself_is_the_same_at_both_weights(pages: list[tuple[bytes, bytes]]) -> None:
    for light, real in pages:
        [light_body] = lxml.html.fromstring(light).xpath(BODY_CONTAINER)
        [real_body] = lxml.html.fromstring(real).xpath(BODY_CONTAINER)
        assert lxml.html.tostring(real_body) == lxml.html.tostring(light_body)


def test_real_weight_pages_carry_lookalikes_outside_the_article(pages: list[tuple[bytes, bytes]]) -> None:
    """Other cards, headings, author links and images than the article's, for selectors to step over."""
    document = lxml.html.fromstring(pages[1][1])
    assert len(document.xpath("//article")) >= 10
    assert len(document.xpath("//a[@rel='author']")) >= 10
    assert len(document.xpath("//picture")) >= 40
    assert document.xpath("//nav[contains(@class, 'mega-menu')]//a")


def test_same_site_and_path_give_the_same_bytes() -> None:
    one, two = (
        build_site(BASE, seed=4, articles=10, weight="real"),
        build_site(BASE, seed=4, articles=10, weight="real"),
    )
    for path in ("/", "/politics", urlsplit(one.oracle[3].url).path, "/no-such-page"):
        assert one.response(path) == two.response(path)


def test_every_html_page_is_weighed_and_feeds_are_not() -> None:
    site = build_site(BASE, seed=4, articles=10, weight="real")
    for path in ("/", "/uk", "/politics", "/archive", "/newsletters", "/no-such-page"):
        _, headers, body = site.response(path)
        assert len(body) >= 400_000, path
        assert int(dict(headers)["Content-Length"]) == len(body)
    assert len(site.response("/feeds.xml")[2]) < 100_000
    assert site.response("/robots.txt")[2] == build_site(BASE, seed=4, articles=10).response("/robots.txt")[2]


def test_real_weight_links_only_pages_the_replica_serves() -> None:
    site = build_site(BASE, seed=4, articles=10, weight="real")
    for path in ("/", "/politics", urlsplit(site.oracle[2].url).path):
        hrefs = set(
            re.findall(
                rb'href="(' + re.escape(BASE.encode()) + rb'[^"]*|/[^"/][^"]*)"', site.response(path)[2]
            )
        )
        assert len(hrefs) >= 20
        for href in hrefs:
            assert site.response(urlsplit(href.decode()).path)[0] in (200, 301), href


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip, deflate, br, zstd", True),
        ("deflate;q=1, gzip;q=0.5", True),
        ("gzip;q=0", False),
        ("br", False),
        ("", False),
        (None, False),
    ],
)
def test_accepts_gzip(header: str | None, expected: bool) -> None:
    assert accepts_gzip(header) is expected


def _get(
    replica: Replica, path: str, headers: dict[str, str], method: str = "GET"
) -> tuple[dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", replica.port, timeout=10)
    try:
        conn.request(method, path, headers=headers)
        response = conn.getresponse()
        return {name.lower(): value for name, value in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_server_sends_real_weight_pages_gzip_encoded_when_asked() -> None:
    with Replica.start(seed=4, articles=10, weight="real") as replica:
        path = urlsplit(replica.site.oracle[1].url).path
        plain = replica.site.response(path)[2]
        headers, body = _get(replica, path, {"Accept-Encoding": "gzip, deflate"})
        assert headers["content-encoding"] == "gzip"
        assert int(headers["content-length"]) == len(body)
        assert gzip.decompress(body) == plain
        identity, body = _get(replica, path, {})
        assert "content-encoding" not in identity
        assert body == plain
        head, _ = _get(replica, path, {"Accept-Encoding": "gzip"}, "HEAD")
        assert head["content-length"] == headers["content-length"]


def test_server_sends_light_pages_as_they_are() -> None:
    with Replica.start(seed=4, articles=10) as replica:
        headers, body = _get(replica, "/", {"Accept-Encoding": "gzip"})
        assert "content-encoding" not in headers
        assert body == replica.site.response("/")[2]


def test_rebuild_keeps_the_weight() -> None:
    with Replica.start(seed=4, articles=10, weight="real") as replica:
        assert replica.rebuild({1: 1}).weight == "real"
        path = urlsplit(replica.site.oracle[1].url).path
        assert _get(replica, path, {})[1] == replica.site.response(path)[2]
