"""ArticlePage's cascade, one source at a time: each row is a page holding only that source of the
field (and nothing before it in the cascade), so every fallback is proven to work and to be named.
The real pages (tests/test_extraction_truth.py) almost always answer from the first source."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newscrawl.dom import parse_html
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.urls import SiteUrls

URL = "https://theweek.com/politics/a-story"
CDN = "https://cdn.mos.cms.futurecdn.net/abc123"


def page(head: str = "", body: str = "", listing_kicker: str | None = None) -> ArticlePage:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return ArticlePage(parse_html(html), URL, SiteUrls("https://theweek.com"), listing_kicker)


def ld(**fields: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def tag(name: str, content: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{name}" content="{content}">'


# The first source of each field's cascade: any other is a fallback (counted, for drift).
FIRST_SOURCE = {
    "title": ".header__title",
    "authors": ".author-byline__author-text a.author-byline__link",
    "article_type": ".article-type__breadcrumb",
    "tags": ".tag-links a",
}
CASES: list[tuple[str, str, str, str, Any]] = [
    # field, source, head, body, value
    ("title", "json-ld", ld(headline="The headline | The Week"), "", "The headline"),
    ("title", "og:title", tag("og:title", "An og title - The Week US", "property"), "", "An og title"),
    ("title", "title", "<title>A page title – The Week</title>", "", "A page title"),
    ("standfirst", "p.strapline", "", '<p class="strapline">A strap</p>', "A strap"),
    ("standfirst", "og:description", tag("og:description", "An og description", "property"), "", "An og description"),
    ("standfirst", "description", tag("description", "A description"), "", "A description"),
    ("authors", "json-ld", ld(author=[{"name": "Ana Lee"}]), "", ["Ana Lee"]),
    ("authors", "header a[rel=author]", "", '<header><a rel="author">Bo Chan</a></header>', ["Bo Chan"]),
    ("authors", "parsely-author", tag("parsely-author", "Cy Dow, The Week UK"), "", ["Cy Dow"]),
    ("authors", ".by-author", "", '<div class="by-author">By Di Eve and Fay Gil</div>', ["Di Eve", "Fay Gil"]),
    ("authors", "p.byline", "", '<p class="byline">by Gus Ho & Ivy Jo published today</p>', ["Gus Ho", "Ivy Jo"]),
    ("published_at", "json-ld", ld(datePublished="2026-07-01T10:00:00Z"), "", "2026-07-01T10:00:00+00:00"),
    ("published_at", "article:published_time", tag("article:published_time", "2026-07-02T10:00:00Z", "property"), "", "2026-07-02T10:00:00+00:00"),
    ("published_at", "pub_date", tag("pub_date", "2026-07-03T10:00:00Z"), "", "2026-07-03T10:00:00+00:00"),
    ("published_at", "parsely-pub-date", tag("parsely-pub-date", "2026-07-04T10:00:00Z"), "", "2026-07-04T10:00:00+00:00"),
    ("published_at", "datePublished", tag("datePublished", "2026-07-05T10:00:00Z", "itemprop"), "", "2026-07-05T10:00:00+00:00"),
    ("published_at", "time", "", '<article><time datetime="2026-07-06T10:00:00Z">x</time></article>', "2026-07-06T10:00:00+00:00"),
    ("modified_at", "json-ld", ld(dateModified="2026-08-01T10:00:00Z"), "", "2026-08-01T10:00:00+00:00"),
    ("modified_at", "article:modified_time", tag("article:modified_time", "2026-08-02T10:00:00Z", "property"), "", "2026-08-02T10:00:00+00:00"),
    ("modified_at", "og:updated_time", tag("og:updated_time", "2026-08-03T10:00:00Z", "property"), "", "2026-08-03T10:00:00+00:00"),
    ("modified_at", "dateModified", tag("dateModified", "2026-08-04T10:00:00Z", "itemprop"), "", "2026-08-04T10:00:00+00:00"),
    ("section", "json-ld", ld(articleSection="Politics"), "", "Politics"),
    ("section", "parsely-section", tag("parsely-section", "World News"), "", "World News"),
    ("section", "article:section", tag("article:section", "Business", "property"), "", "Business"),
    ("section", "breadcrumb", "", '<nav class="breadcrumb"><ol><li><a>Science</a></li></ol></nav>', "Science"),
    ("section", "url", "", "", "Politics"),
    ("article_type", ".article-type__breadcrumb", "", '<a class="article-type__breadcrumb">Speed Read</a>', "Speed Read"),
    ("tags", "parsely-tags", tag("parsely-tags", "Donald Trump,type_article,Category: Politics,Elections"), "", ["Donald Trump", "Elections"]),
    ("tags", "json-ld", ld(keywords="Congress, Senate"), "", ["Congress", "Senate"]),
    ("tags", "json-ld", ld(keywords=["Congress", 3, "Senate"]), "", ["Congress", "Senate"]),
    ("image_url", "json-ld", ld(image={"url": f"{CDN}-1200-80.jpg"}), "", f"{CDN}.jpg"),
    ("image_url", "og:image", tag("og:image", f"{CDN}-320-80.jpg.webp", "property"), "", f"{CDN}.jpg"),
    ("image_url", ".image--hero img", "", f'<div class="image--hero"><img src="placeholder.gif" data-src="{CDN}.png"></div>', f"{CDN}.png"),
    ("image_url", "json-ld:thumbnailUrl", ld(thumbnailUrl="https://example.org/a-1200-80.jpg"), "", "https://example.org/a-1200-80.jpg"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "source", "head", "body", "value"), CASES, ids=[f"{case[0]}-{case[1]}" for case in CASES]
)
def test_each_source_of_a_field_is_read_and_named(
    field: str, source: str, head: str, body: str, value: Any
) -> None:
    extraction = page(head, body).extract()
    assert extraction.fields[field] == value
    assert extraction.sources[field] == source
    assert (field in extraction.fallbacks) is (source != FIRST_SOURCE.get(field, "json-ld"))


def test_the_listing_kicker_is_the_last_resort_for_the_article_type() -> None:
    extraction = page(listing_kicker=" The Explainer ").extract()
    assert (extraction.fields["article_type"], extraction.sources["article_type"]) == (
        "The Explainer",
        "listing",
    )


def test_a_field_no_source_gives_is_missing() -> None:
    extraction = page(body="<p>Just text.</p>").extract()
    assert (extraction.fields["standfirst"], extraction.sources["standfirst"]) == (None, "missing")
    assert (extraction.fields["authors"], extraction.sources["authors"]) == ([], "missing")
    assert "standfirst" not in extraction.fallbacks


@pytest.mark.parametrize(
    ("head", "body", "why"),
    [
        (ld(headline="x"), "", "json-ld"),
        (tag("og:type", " Article ", "property"), "", "og-type"),
        ("", '<div id="article-body"><p>x</p></div>', "body-container"),
        (tag("og:type", "website", "property"), "<p>x</p>", None),
    ],
)
def test_an_article_is_confirmed_by_structured_data_first(head: str, body: str, why: str | None) -> None:
    assert page(head, body).confirmation() == why


def test_the_site_id_is_parsely_post_id() -> None:
    assert (
        page(tag("parsely-post-id", " Sb7kQwTe2mXcR9vLpN4aZh ")).extract().source_id
        == "Sb7kQwTe2mXcR9vLpN4aZh"
    )


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ({"contentUrl": f"{CDN}-1200-80.jpg"}, f"{CDN}.jpg"),
        ([f"{CDN}-320-80.jpg", "https://example.org/second.jpg"], f"{CDN}.jpg"),
        ([{"url": f"{CDN}.png"}], f"{CDN}.png"),
    ],
)
def test_json_ld_images_come_as_objects_lists_or_content_urls(image: Any, expected: str) -> None:
    assert page(ld(image=image)).extract().fields["image_url"] == expected


def test_json_ld_in_a_graph_is_found() -> None:
    graph = {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "In a graph"}]}
    extraction = page(f'<script type="application/ld+json">{json.dumps(graph)}</script>').extract()
    assert (extraction.fields["title"], extraction.sources["title"]) == ("In a graph", "json-ld")


def test_json_ld_authors_without_a_text_name_are_skipped() -> None:
    assert page(ld(author=[{"name": 7}, {"name": "Ana Lee"}])).extract().fields["authors"] == ["Ana Lee"]


def test_the_article_object_is_chosen_among_other_json_ld_objects() -> None:
    objects = [
        {"@type": "WebPage", "headline": "The page"},
        {"@type": "NewsArticle", "headline": "The story"},
    ]
    extraction = page(f'<script type="application/ld+json">{json.dumps(objects)}</script>').extract()
    assert extraction.fields["title"] == "The story"


def test_json_ld_with_escaped_quotes_is_still_read() -> None:
    # Seen on Future pages: the whole block's quotes escaped, as if it were inside a JSON string.
    raw = json.dumps({"@type": "NewsArticle", "headline": "Escaped"}).replace('"', '\\"')
    assert page(f'<script type="application/ld+json">{raw}</script>').extract().fields["title"] == "Escaped"


def test_a_json_ld_list_of_headlines_gives_its_first_text() -> None:
    assert page(ld(headline=[3, "The first text"])).extract().fields["title"] == "The first text"
