"""Sitemap, news sitemap, robots.txt and RSS/Atom parsing (newscrawl.pages.sitemap, newscrawl.pages.feed)."""

from __future__ import annotations

import gzip

import pytest

from newscrawl.pages.feed import parse_feed
from newscrawl.pages.sitemap import parse_sitemap, sitemap_month
from replica import build_site

MAX = 16 * 1024 * 1024

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://theweek.com/politics/a-story</loc>
  <news:news><news:publication><news:name>The Week</news:name></news:publication>
  <news:publication_date>2026-07-01T09:30:00+01:00</news:publication_date><news:title>A story</news:title></news:news>
  <image:image><image:loc>https://cdn.mos.cms.futurecdn.net/abc.jpg</image:loc></image:image>
</url>
</urlset>"""


def test_news_sitemap_keeps_publication_date() -> None:
    sitemap = parse_sitemap(NEWS_SITEMAP, MAX)
    assert sitemap.kind == "urlset"
    [entry] = sitemap.entries
    assert entry.loc == "https://theweek.com/politics/a-story"
    assert entry.published == "2026-07-01T08:30:00+00:00"
    assert entry.lastmod is None


def test_sitemap_image_locations_are_not_article_urls() -> None:
    assert [entry.loc for entry in parse_sitemap(NEWS_SITEMAP, MAX).entries] == [
        "https://theweek.com/politics/a-story"
    ]


def test_sitemap_index_lists_children_with_lastmod() -> None:
    body = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://theweek.com/sitemap-2026-07.xml</loc><lastmod>2026-07-02</lastmod></sitemap>
      <sitemap><loc> https://theweek.com/sitemap-news.xml </loc></sitemap></sitemapindex>"""
    sitemap = parse_sitemap(body, MAX)
    assert sitemap.kind == "index"
    assert [(e.loc, e.lastmod) for e in sitemap.entries] == [
        ("https://theweek.com/sitemap-2026-07.xml", "2026-07-02T00:00:00+00:00"),
        ("https://theweek.com/sitemap-news.xml", None),
    ]


def test_gzipped_sitemap_is_read_within_the_size_limit() -> None:
    assert parse_sitemap(gzip.compress(NEWS_SITEMAP), MAX).entries


def test_a_gzipped_sitemap_of_exactly_the_limit_is_read_and_one_byte_more_refused() -> None:
    body = b"<urlset>" + b" " * 100 + b"</urlset>"
    assert parse_sitemap(gzip.compress(body), len(body)).kind == "urlset"
    with pytest.raises(ValueError, match="exceeded"):
        parse_sitemap(gzip.compress(body), len(body) - 1)


def test_gzip_bomb_sitemap_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (4 * 1024 * 1024) + b"</urlset>")
    with pytest.raises(ValueError, match=r"exceeded|max"):
        parse_sitemap(bomb, 1024 * 1024)


def test_billion_laughs_sitemap_does_not_expand_entities() -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
    <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
    <urlset><url><loc>https://theweek.com/x/&lol3;</loc></url></urlset>"""
    entries = parse_sitemap(body, MAX).entries
    assert all("lollol" not in entry.loc for entry in entries)


def test_external_entities_are_not_resolved(tmp_path: pytest.TempPathFactory) -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <urlset><url><loc>https://theweek.com/a/&xxe;</loc></url></urlset>"""
    assert all("root:" not in entry.loc for entry in parse_sitemap(body, MAX).entries)


def test_not_a_sitemap_is_unknown() -> None:
    assert parse_sitemap(b"<html><body>Not found</body></html>", MAX).kind == "unknown"
    assert parse_sitemap(b"", MAX).kind == "unknown"


def test_sitemap_month_reads_monthly_sitemap_urls_only() -> None:
    assert sitemap_month("https://theweek.com/sitemap-2024-11.xml") == "2024-11"
    assert sitemap_month("https://theweek.com/sitemap-2024-11.xml.gz") == "2024-11"
    assert sitemap_month("https://theweek.com/sitemap-news.xml") is None
    assert sitemap_month("https://theweek.com/sitemap.xml") is None


def test_rss_items_give_link_and_date() -> None:
    body = b"""<rss version="2.0" xmlns:dc="https://purl.org/dc/elements/1.1/"><channel>
      <item><title><![CDATA[ A ]]></title><link>https://theweek.com/politics/a</link>
      <guid isPermaLink="false">Sb7kQwTe2mXcR9vLpN4aZh</guid><pubDate>Wed, 01 Jul 2026 11:14:41 +0000</pubDate></item>
      <item><title>No link</title></item></channel></rss>"""
    [entry] = parse_feed(body)
    assert entry.link == "https://theweek.com/politics/a"
    assert entry.date == "2026-07-01T11:14:41+00:00"


def test_atom_entries_are_read_too() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x1</id>
      <link rel="alternate" href="https://theweek.com/world-news/b"/><link rel="enclosure" href="https://cdn/x.jpg"/>
      <updated>2026-07-01T10:00:00Z</updated></entry></feed>"""
    [entry] = parse_feed(body)
    assert (entry.link, entry.date) == ("https://theweek.com/world-news/b", "2026-07-01T10:00:00+00:00")


def test_broken_feed_gives_what_it_can() -> None:
    assert parse_feed(b"") == []
    assert parse_feed(b"<rss><channel><item><link>https://theweek.com/a/b</link></item>")[0].link.endswith(
        "/a/b"
    )


def test_replica_sitemaps_and_feeds_parse_to_every_article() -> None:
    site = build_site("http://127.0.0.1:9", seed=3, articles=40)
    oracle = {article.canonical_url for article in site.oracle}
    index = parse_sitemap(site.response("/sitemap.xml")[2], MAX)
    assert index.kind == "index"
    locs: set[str] = set()
    for child in index.entries:
        path = child.loc.removeprefix("http://127.0.0.1:9")
        locs |= {entry.loc for entry in parse_sitemap(site.response(path)[2], MAX).entries}
    assert oracle <= locs
    feed_links = {entry.link for entry in parse_feed(site.response("/feeds.xml")[2])}
    assert feed_links & oracle


def test_what_is_no_sitemap_is_unknown_and_entries_without_loc_are_skipped() -> None:
    assert parse_sitemap(b"not xml at all", MAX).kind == "unknown"
    assert parse_sitemap(b"<rss><channel/></rss>", MAX).kind == "unknown"
    body = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2026-07-01</lastmod></url>
      <url><loc>https://theweek.com/politics/b</loc></url></urlset>"""
    assert [entry.loc for entry in parse_sitemap(body, MAX).entries] == ["https://theweek.com/politics/b"]


def test_the_second_date_of_rss_and_atom_items_is_read_when_the_first_is_missing() -> None:
    rss = b"""<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><link>https://theweek.com/politics/a</link>
      <dc:date>2026-07-01T11:00:00Z</dc:date></item></channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://theweek.com/politics/b"/>
      <published>2026-07-02T11:00:00Z</published></entry></feed>"""
    assert [(e.link, e.date) for e in parse_feed(rss)] == [
        ("https://theweek.com/politics/a", "2026-07-01T11:00:00+00:00")
    ]
    # An Atom link without rel is the alternate (RFC 4287 §4.2.7.2).
    assert [(e.link, e.date) for e in parse_feed(atom)] == [
        ("https://theweek.com/politics/b", "2026-07-02T11:00:00+00:00")
    ]


def test_a_body_that_is_not_gzip_after_all_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="not a readable gzip body"):
        parse_sitemap(b"\x1f\x8b" + b"garbage", MAX)
