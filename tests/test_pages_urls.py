"""URL rules as a table: what is an article, what is its one canonical URL, what is on-site."""

from __future__ import annotations

import pytest

from newscrawl.pages.urls import SiteUrls, UrlKind

URLS = SiteUrls("https://theweek.com")

KIND_ROWS = [
    ("https://theweek.com/politics/instant-opinion-sugar-food-cyber-latin-america-iran", UrlKind.ARTICLE),
    ("https://theweek.com/business/economy/trump-new-h1b-visa-fee-benefits-drawbacks", UrlKind.ARTICLE),
    ("https://theweek.com/cartoons/july-1-editorial-cartoons", UrlKind.ARTICLE),
    ("https://theweek.com/uk/environment/some-story-slug", UrlKind.ARTICLE),
    ("https://theweek.com/speedreads/849837/some-story", UrlKind.LEGACY_ARTICLE),
    ("https://theweek.com/articles/470590/good-week-bad-week", UrlKind.LEGACY_ARTICLE),
    ("https://theweek.com/politics/1004642/some-story", UrlKind.LEGACY_ARTICLE),
    ("https://theweek.com/96729/the-story-of-silvia", UrlKind.LEGACY_ARTICLE),
    ("https://theweek.com/politics", UrlKind.LISTING),
    ("https://theweek.com/culture-life/travel", UrlKind.LISTING),
    ("https://theweek.com/tag/world-news", UrlKind.LISTING),
    ("https://theweek.com/", UrlKind.LISTING),
    ("https://theweek.com/politics/page/3", UrlKind.OTHER),
    ("https://theweek.com/uk/politics/page/3", UrlKind.OTHER),
    ("https://theweek.com/edition/theweekus-saturday-wrap-2025-11-01-120001", UrlKind.OTHER),
    ("https://theweek.com/subscription/new-bau-june-2026-email-8", UrlKind.OTHER),
    ("https://theweek.com/author/peter-weber", UrlKind.OTHER),
    ("https://theweek.com/author/joel-mathis/page/7", UrlKind.OTHER),
    ("https://theweek.com/newsletters", UrlKind.OTHER),
    ("https://theweek.com/feeds.xml", UrlKind.OTHER),
    ("https://theweek.com/feeds/articletype/the-explainer", UrlKind.OTHER),
    ("https://theweek.com/uk/in-depth/archive/2023/05", UrlKind.OTHER),
    ("https://theweek.com/the-explainer/archive", UrlKind.OTHER),
    ("https://subscribe.theweek.com/servlet/OrdersGateway", UrlKind.OFFSITE),
    ("https://example.com/politics/some-story", UrlKind.OFFSITE),
    ("ftp://theweek.com/politics/some-story", UrlKind.OFFSITE),
]


@pytest.mark.parametrize(("url", "kind"), KIND_ROWS)
def test_url_kind(url: str, kind: UrlKind) -> None:
    assert URLS.kind(url) is kind


@pytest.mark.parametrize(
    "variant",
    [
        "https://theweek.com/politics/a-story",
        "https://theweek.com/politics/a-story/",
        "https://theweek.com/politics/a-story?utm_source=twitter&utm_medium=social",
        "https://theweek.com/politics/a-story#comments",
        "https://theweek.com/uk/politics/a-story",
        "http://www.theweek.com/politics/a-story",
    ],
)
def test_every_variant_of_an_article_url_has_one_canonical_url(variant: str) -> None:
    assert URLS.canonical(variant) == "https://theweek.com/politics/a-story"


def test_canonical_link_to_production_host_is_rebased_on_the_replica_root() -> None:
    replica = SiteUrls("http://127.0.0.1:8123")
    canonical = replica.canonical_from_link(
        "https://theweek.com/politics/a-story", "http://127.0.0.1:8123/x/y-z"
    )
    assert canonical == "http://127.0.0.1:8123/politics/a-story"


def test_canonical_link_to_another_site_is_ignored() -> None:
    assert URLS.canonical_from_link("https://evil.example/x/y-z", "https://theweek.com/a/b-c") == (
        "https://theweek.com/a/b-c"
    )


def test_on_site_means_the_same_host_and_port() -> None:
    replica = SiteUrls("http://127.0.0.1:8123")
    assert replica.is_on_site("http://127.0.0.1:8123/politics")
    assert not replica.is_on_site("http://127.0.0.1:9999/politics")
    assert not replica.is_on_site("http://localhost:8123/politics")


def test_pagination_follows_the_vanilla_page_shape() -> None:
    assert URLS.page_url("politics", 1) == "https://theweek.com/politics"
    assert URLS.page_url("politics", 4) == "https://theweek.com/politics/page/4"
    assert URLS.listing_path("https://theweek.com/uk") is None
    assert URLS.listing_path("https://theweek.com/uk/politics") == "uk/politics"


@pytest.mark.parametrize(
    ("url", "on_site"),
    [
        ("https://www.theweek.com/politics/a-story", True),
        ("https://THEWEEK.com/politics/a-story", True),
        ("https://theweek.com:443/politics/a-story", True),
        ("http://theweek.com:80/politics/a-story", True),
        ("http://theweek.com:443/politics/a-story", False),
        ("https://theweek.com:8443/politics/a-story", False),
        ("https://shop.theweek.com/politics/a-story", False),
    ],
)
def test_on_site_is_the_host_with_or_without_www_on_its_default_port(url: str, on_site: bool) -> None:
    assert URLS.is_on_site(url) is on_site


def test_a_loopback_site_keeps_its_port() -> None:
    local = SiteUrls("http://127.0.0.1:8000")
    assert local.is_on_site("http://127.0.0.1:8000/politics/a-story")
    assert not local.is_on_site("http://127.0.0.1:8001/politics/a-story")


def test_page_one_of_a_listing_is_the_listing_itself() -> None:
    assert URLS.page_url("politics", 1) == "https://theweek.com/politics"
    assert URLS.page_url("politics", 2) == "https://theweek.com/politics/page/2"


def test_three_segments_without_a_slug_are_no_listing() -> None:
    assert URLS.kind("https://theweek.com/culture-life/food-drink/2024") is UrlKind.OTHER
