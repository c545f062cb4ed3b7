"""Listing pages: cards from both listing markups, sponsored placeholders skipped, nav sections."""

from __future__ import annotations

from parsel import Selector

from newscrawl.pages.listing import ListingPage
from newscrawl.pages.urls import SiteUrls
from tests.conftest import SHARED

URLS = SiteUrls("https://theweek.com")

BEM = """<html><body><header><nav><a href="/">Home</a><a href="/politics">Politics</a>
<a href="/tag/world-news">World News</a><a href="https://subscribe.theweek.com/x">Subscribe</a><a href="/uk">UK</a></nav></header>
<div id="main"><section class="listing"><div class="listing__item listing__item--hero"><section>
<a class="listing__link" href="https://theweek.com/politics/hero-story-slug?utm_source=home"><h2 class="listing__title">Hero</h2></a>
<div class="listing__label-block"><span class="listing__label-text">Speed Read</span></div></section></div>
<ul class="listing__list"><li class="listing__item"><section><a class="listing__link" href="/speedreads/849837/legacy-story">
<p class="listing__text listing__text--date">By A <time datetime="2024-01-02T03:04:05Z">x</time></p></a></section></li>
<li class="listing__item sponsored-post"><a class="listing__link" href=""></a></li>
<li class="listing__item sponsored-post"><a class="listing__link" href="/politics/sponsored-thing"></a></li>
<li class="listing__item"><a class="listing__link" href="/author/peter-weber">Peter</a></li></ul></section></div></body></html>"""

VANILLA = """<html><body><div class="listingResults"><div class="listingResult small result1">
<a class="article-link" href="https://theweek.com/world-news/a-world-story"><article class="search-result">
<h3 class="article-name">A world story</h3></article></a></div></div></body></html>"""


def listing(markup: str) -> ListingPage:
    return ListingPage(Selector(text=markup), "https://theweek.com/politics", None, URLS)


def test_cards_from_the_bem_listing_skip_sponsored_and_non_articles() -> None:
    cards = listing(BEM).cards()
    assert [card.url for card in cards] == [
        "https://theweek.com/politics/hero-story-slug?utm_source=home",
        "https://theweek.com/speedreads/849837/legacy-story",
    ]
    assert cards[0].kicker == "Speed Read"
    assert cards[1].published_at == "2024-01-02T03:04:05+00:00"


def test_cards_from_the_vanilla_listing_result_markup() -> None:
    assert [card.url for card in listing(VANILLA).cards()] == ["https://theweek.com/world-news/a-world-story"]


def test_section_links_come_from_the_navigation_and_stay_on_site() -> None:
    assert listing(BEM).section_links() == [
        "https://theweek.com/politics",
        "https://theweek.com/tag/world-news",
    ]


def test_base_href_to_another_host_cannot_make_a_card_on_site() -> None:
    page = ListingPage(
        Selector(text=VANILLA.replace("https://theweek.com", "")),
        "https://theweek.com/p",
        "https://evil.example/",
        URLS,
    )
    assert page.cards() == []


def test_cards_of_the_real_t3_listing_sample_are_found() -> None:
    markup = (SHARED / "samples" / "t3-2018-homepage-excerpt.html").read_text(encoding="utf-8")
    t3 = ListingPage(Selector(text=markup), "https://www.t3.com", None, SiteUrls("https://www.t3.com"))
    urls = [card.url for card in t3.cards()]
    assert "https://www.t3.com/news/the-galaxy-note-9-is-official-samsung-registers-trademark" in urls
    assert "https://www.t3.com/news/this-is-htcs-answer-to-the-samsung-galaxy-s9-plus" in urls


def test_links_that_lead_nowhere_are_no_cards() -> None:
    markup = """<html><body><ul>
    <li class="listing__item"><a class="listing__link" href="#politics/anchor-story">Anchor</a></li>
    <li class="listing__item"><a class="listing__link" href="javascript:open('/politics/js-story')">JS</a></li>
    <li class="listing__item"><a class="listing__link" href="mailto:politics/mail-story">Mail</a></li>
    <li class="listing__item"><a class="listing__link" href="/politics/real-story">Real</a></li></ul></body></html>"""
    assert [card.url for card in listing(markup).cards()] == ["https://theweek.com/politics/real-story"]


def test_without_navigation_every_listing_link_is_a_section() -> None:
    markup = '<html><body><div><a href="/politics">Politics</a><a href="/politics/a-story">A</a></div></body></html>'
    assert listing(markup).section_links() == ["https://theweek.com/politics"]
    with_nav = '<html><body><nav><a href="/science">Science</a></nav><div><a href="/politics">P</a></div></body></html>'
    assert listing(with_nav).section_links() == ["https://theweek.com/science"]
