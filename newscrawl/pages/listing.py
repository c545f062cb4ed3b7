"""theweek.com listing pages (homepage, sections, pagination, tags): article cards and section links.

Evidence: STRUCTURE.md §3 — theweek scrapers take `a.listing__link` inside `div#main` and
`div.listing__item--hero a` (V-TW); the BEM card template of the T3 sample (V-F); the Vanilla
`listingResult` cards as an inferred fallback; sponsored placeholder cards carry `href=""`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from w3lib.url import safe_url_string

from newscrawl.pages.urls import SiteUrls, UrlKind
from newscrawl.text import clean_text, to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Iterable

    from parsel import Selector

# Card links, most specific first; every tier is read and the union kept (a page may mix markups).
CARD_LINKS = (
    "a.listing__link",
    ".listing__item a",
    ".listingResult a.article-link",
    ".listingResult a",
    "article a",
)
NOT_IN_SPONSORED = (
    "[not(ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' sponsored-post ')])]"
)
CARD_KICKER = ".listing__label-text::text, .article-type::text, .listing__kicker::text"
CARD_DATE = "time::attr(datetime)"
# Section links come from the site navigation (homepage menu), not from article cards.
NAV_LINKS = "nav a, header a, [class*=menu] a, [class*=nav] a, [id*=menu] a, [id*=nav] a"
# When no card markup matches at all, fall back to any article-shaped link outside site chrome.
FALLBACK_LINKS = "//a[not(ancestor::nav or ancestor::header or ancestor::footer)]"


@dataclass(frozen=True, slots=True)
class Card:
    url: str
    kicker: str | None
    published_at: str | None


class ListingPage:
    def __init__(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = urls

    def cards(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def _add_card(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "ancestor-or-self::*[self::li or self::article or self::section or "
            "contains(@class, 'listing__item') or contains(@class, 'listingResult')][1]"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def section_links(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(self.selector.css(NAV_LINKS)) or self.listing_links()

    def listing_links(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css("a"))

    def _listing_links(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def absolute(self, href: str) -> str:
        return safe_url_string(urljoin(self.base_url, href))

    def oldest_card_date(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(date) for date in dates) if dates else None
