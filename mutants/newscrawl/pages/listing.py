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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class Card:
    url: str
    kicker: str | None
    published_at: str | None
mutants_xǁListingPageǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁcards__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁ_add_card__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁsection_links__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁlisting_links__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁ_listing_links__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁabsolute__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingPageǁoldest_card_date__mutmut: MutantDict = {}  # type: ignore


class ListingPage:
    @_mutmut_mutated(mutants_xǁListingPageǁ__init____mutmut)
    def __init__(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_orig(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_1(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = None
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_2(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = None
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_3(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = None
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_4(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url and url
        self.urls = urls
    def xǁListingPageǁ__init____mutmut_5(self, selector: Selector, url: str, base_url: str | None, urls: SiteUrls):
        self.selector = selector
        self.url = url
        # Links resolve against <base href> as browsers do; off-site results are dropped by the caller.
        self.base_url = base_url or url
        self.urls = None

    @_mutmut_mutated(mutants_xǁListingPageǁcards__mutmut)
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

    def xǁListingPageǁcards__mutmut_orig(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_1(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = None
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_2(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath(None):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_3(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(None).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_4(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" - NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_5(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("XXself::*XX" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_6(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("SELF::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_7(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(None, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_8(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, None)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_9(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_10(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, )
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_11(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_12(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(None):
                self._add_card(found, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_13(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(None, link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_14(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, None)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_15(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(link)
        return list(found.values())

    def xǁListingPageǁcards__mutmut_16(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, )
        return list(found.values())

    def xǁListingPageǁcards__mutmut_17(self) -> list[Card]:
        """Article cards in page order, one per URL (first occurrence wins)."""
        found: dict[str, Card] = {}
        for css in CARD_LINKS:
            for link in self.selector.css(css).xpath("self::*" + NOT_IN_SPONSORED):
                self._add_card(found, link)
        if not found:
            for link in self.selector.xpath(FALLBACK_LINKS):
                self._add_card(found, link)
        return list(None)

    @_mutmut_mutated(mutants_xǁListingPageǁ_add_card__mutmut)
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

    def xǁListingPageǁ_add_card__mutmut_orig(self, found: dict[str, Card], link: Selector) -> None:
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

    def xǁListingPageǁ_add_card__mutmut_1(self, found: dict[str, Card], link: Selector) -> None:
        href = None
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

    def xǁListingPageǁ_add_card__mutmut_2(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") and "").strip()
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

    def xǁListingPageǁ_add_card__mutmut_3(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get(None) or "").strip()
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

    def xǁListingPageǁ_add_card__mutmut_4(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("XXhrefXX") or "").strip()
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

    def xǁListingPageǁ_add_card__mutmut_5(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("HREF") or "").strip()
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

    def xǁListingPageǁ_add_card__mutmut_6(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "XXXX").strip()
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

    def xǁListingPageǁ_add_card__mutmut_7(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href and href.startswith(("#", "javascript:", "mailto:")):
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

    def xǁListingPageǁ_add_card__mutmut_8(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if href or href.startswith(("#", "javascript:", "mailto:")):
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

    def xǁListingPageǁ_add_card__mutmut_9(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(None):
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

    def xǁListingPageǁ_add_card__mutmut_10(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("XX#XX", "javascript:", "mailto:")):
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

    def xǁListingPageǁ_add_card__mutmut_11(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "XXjavascript:XX", "mailto:")):
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

    def xǁListingPageǁ_add_card__mutmut_12(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "JAVASCRIPT:", "mailto:")):
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

    def xǁListingPageǁ_add_card__mutmut_13(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "XXmailto:XX")):
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

    def xǁListingPageǁ_add_card__mutmut_14(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "MAILTO:")):
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

    def xǁListingPageǁ_add_card__mutmut_15(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = None
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

    def xǁListingPageǁ_add_card__mutmut_16(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(None)
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

    def xǁListingPageǁ_add_card__mutmut_17(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found and not self.urls.is_article(url):
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

    def xǁListingPageǁ_add_card__mutmut_18(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url not in found or not self.urls.is_article(url):
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

    def xǁListingPageǁ_add_card__mutmut_19(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or self.urls.is_article(url):
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

    def xǁListingPageǁ_add_card__mutmut_20(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(None):
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

    def xǁListingPageǁ_add_card__mutmut_21(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = None
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_22(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            None
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_23(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "XXancestor-or-self::*[self::li or self::article or self::section or XX"
            "contains(@class, 'listing__item') or contains(@class, 'listingResult')][1]"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_24(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "ANCESTOR-OR-SELF::*[SELF::LI OR SELF::ARTICLE OR SELF::SECTION OR "
            "contains(@class, 'listing__item') or contains(@class, 'listingResult')][1]"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_25(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "ancestor-or-self::*[self::li or self::article or self::section or "
            "XXcontains(@class, 'listing__item') or contains(@class, 'listingResult')][1]XX"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_26(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "ancestor-or-self::*[self::li or self::article or self::section or "
            "contains(@class, 'listing__item') or contains(@class, 'listingresult')][1]"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_27(self, found: dict[str, Card], link: Selector) -> None:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return  # sponsored placeholders carry href="" (§3.3)
        url = self.absolute(href)
        if url in found or not self.urls.is_article(url):
            return
        card = link.xpath(
            "ancestor-or-self::*[self::li or self::article or self::section or "
            "CONTAINS(@CLASS, 'LISTING__ITEM') OR CONTAINS(@CLASS, 'LISTINGRESULT')][1]"
        )
        scope = card[0] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_28(self, found: dict[str, Card], link: Selector) -> None:
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
        scope = None
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_29(self, found: dict[str, Card], link: Selector) -> None:
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
        scope = card[0] if (card) and False else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_30(self, found: dict[str, Card], link: Selector) -> None:
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
        scope = card[0] if (card) or True else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_31(self, found: dict[str, Card], link: Selector) -> None:
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
        scope = card[1] if card else link
        found[url] = Card(
            url=url,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_32(self, found: dict[str, Card], link: Selector) -> None:
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
        found[url] = None

    def xǁListingPageǁ_add_card__mutmut_33(self, found: dict[str, Card], link: Selector) -> None:
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
            url=None,
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_34(self, found: dict[str, Card], link: Selector) -> None:
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
            kicker=None,
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_35(self, found: dict[str, Card], link: Selector) -> None:
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
            published_at=None,
        )

    def xǁListingPageǁ_add_card__mutmut_36(self, found: dict[str, Card], link: Selector) -> None:
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
            kicker=clean_text(scope.css(CARD_KICKER).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_37(self, found: dict[str, Card], link: Selector) -> None:
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
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_38(self, found: dict[str, Card], link: Selector) -> None:
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
            )

    def xǁListingPageǁ_add_card__mutmut_39(self, found: dict[str, Card], link: Selector) -> None:
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
            kicker=clean_text(None),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_40(self, found: dict[str, Card], link: Selector) -> None:
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
            kicker=clean_text(scope.css(None).get()),
            published_at=to_utc_iso(scope.css(CARD_DATE).get()),
        )

    def xǁListingPageǁ_add_card__mutmut_41(self, found: dict[str, Card], link: Selector) -> None:
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
            published_at=to_utc_iso(None),
        )

    def xǁListingPageǁ_add_card__mutmut_42(self, found: dict[str, Card], link: Selector) -> None:
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
            published_at=to_utc_iso(scope.css(None).get()),
        )

    @_mutmut_mutated(mutants_xǁListingPageǁsection_links__mutmut)
    def section_links(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(self.selector.css(NAV_LINKS)) or self.listing_links()

    def xǁListingPageǁsection_links__mutmut_orig(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(self.selector.css(NAV_LINKS)) or self.listing_links()

    def xǁListingPageǁsection_links__mutmut_1(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(self.selector.css(NAV_LINKS)) and self.listing_links()

    def xǁListingPageǁsection_links__mutmut_2(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(None) or self.listing_links()

    def xǁListingPageǁsection_links__mutmut_3(self) -> list[str]:
        """Listing URLs (sections, sub-sections, tags) linked from the navigation, in page order.

        Without any navigation markup, every listing-shaped link on the page is taken instead."""
        return self._listing_links(self.selector.css(None)) or self.listing_links()

    @_mutmut_mutated(mutants_xǁListingPageǁlisting_links__mutmut)
    def listing_links(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css("a"))

    def xǁListingPageǁlisting_links__mutmut_orig(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css("a"))

    def xǁListingPageǁlisting_links__mutmut_1(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(None)

    def xǁListingPageǁlisting_links__mutmut_2(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css(None))

    def xǁListingPageǁlisting_links__mutmut_3(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css("XXaXX"))

    def xǁListingPageǁlisting_links__mutmut_4(self) -> list[str]:
        """Every listing-shaped link on the page ("View more" blocks, card labels, footer)."""
        return self._listing_links(self.selector.css("A"))

    @_mutmut_mutated(mutants_xǁListingPageǁ_listing_links__mutmut)
    def _listing_links(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_orig(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_1(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = None
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_2(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = None
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_3(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute(None)
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_4(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") and "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_5(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get(None) or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_6(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("XXhrefXX") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_7(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("HREF") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_8(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "XXXX").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_9(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) or url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_10(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING or self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_11(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(None) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_12(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is not UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_13(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(None) and url not in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_14(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url in found:
                found.append(url)
        return found

    def xǁListingPageǁ_listing_links__mutmut_15(self, links: Iterable[Selector]) -> list[str]:
        found: list[str] = []
        for link in links:
            url = self.absolute((link.attrib.get("href") or "").strip())
            if self.urls.kind(url) is UrlKind.LISTING and self.urls.listing_path(url) and url not in found:
                found.append(None)
        return found

    @_mutmut_mutated(mutants_xǁListingPageǁabsolute__mutmut)
    def absolute(self, href: str) -> str:
        return safe_url_string(urljoin(self.base_url, href))

    def xǁListingPageǁabsolute__mutmut_orig(self, href: str) -> str:
        return safe_url_string(urljoin(self.base_url, href))

    def xǁListingPageǁabsolute__mutmut_1(self, href: str) -> str:
        return safe_url_string(None)

    def xǁListingPageǁabsolute__mutmut_2(self, href: str) -> str:
        return safe_url_string(urljoin(None, href))

    def xǁListingPageǁabsolute__mutmut_3(self, href: str) -> str:
        return safe_url_string(urljoin(self.base_url, None))

    def xǁListingPageǁabsolute__mutmut_4(self, href: str) -> str:
        return safe_url_string(urljoin(href))

    def xǁListingPageǁabsolute__mutmut_5(self, href: str) -> str:
        return safe_url_string(urljoin(self.base_url, ))

    @_mutmut_mutated(mutants_xǁListingPageǁoldest_card_date__mutmut)
    def oldest_card_date(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(date) for date in dates) if dates else None

    def xǁListingPageǁoldest_card_date__mutmut_orig(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(date) for date in dates) if dates else None

    def xǁListingPageǁoldest_card_date__mutmut_1(self) -> datetime | None:
        dates = None
        return min(datetime.fromisoformat(date) for date in dates) if dates else None

    def xǁListingPageǁoldest_card_date__mutmut_2(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(date) for date in dates) if (dates) and False else None

    def xǁListingPageǁoldest_card_date__mutmut_3(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(date) for date in dates) if (dates) or True else None

    def xǁListingPageǁoldest_card_date__mutmut_4(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(None) if dates else None

    def xǁListingPageǁoldest_card_date__mutmut_5(self) -> datetime | None:
        dates = [card.published_at for card in self.cards() if card.published_at]
        return min(datetime.fromisoformat(None) for date in dates) if dates else None

mutants_xǁListingPageǁ__init____mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁ__init____mutmut['xǁListingPageǁ__init____mutmut_1'] = ListingPage.xǁListingPageǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁ__init____mutmut['xǁListingPageǁ__init____mutmut_2'] = ListingPage.xǁListingPageǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁ__init____mutmut['xǁListingPageǁ__init____mutmut_3'] = ListingPage.xǁListingPageǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁ__init____mutmut['xǁListingPageǁ__init____mutmut_4'] = ListingPage.xǁListingPageǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁ__init____mutmut['xǁListingPageǁ__init____mutmut_5'] = ListingPage.xǁListingPageǁ__init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁListingPageǁcards__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁcards__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_1'] = ListingPage.xǁListingPageǁcards__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_2'] = ListingPage.xǁListingPageǁcards__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_3'] = ListingPage.xǁListingPageǁcards__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_4'] = ListingPage.xǁListingPageǁcards__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_5'] = ListingPage.xǁListingPageǁcards__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_6'] = ListingPage.xǁListingPageǁcards__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_7'] = ListingPage.xǁListingPageǁcards__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_8'] = ListingPage.xǁListingPageǁcards__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_9'] = ListingPage.xǁListingPageǁcards__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_10'] = ListingPage.xǁListingPageǁcards__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_11'] = ListingPage.xǁListingPageǁcards__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_12'] = ListingPage.xǁListingPageǁcards__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_13'] = ListingPage.xǁListingPageǁcards__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_14'] = ListingPage.xǁListingPageǁcards__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_15'] = ListingPage.xǁListingPageǁcards__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_16'] = ListingPage.xǁListingPageǁcards__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListingPageǁcards__mutmut['xǁListingPageǁcards__mutmut_17'] = ListingPage.xǁListingPageǁcards__mutmut_17 # type: ignore # mutmut generated

mutants_xǁListingPageǁ_add_card__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁ_add_card__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_1'] = ListingPage.xǁListingPageǁ_add_card__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_2'] = ListingPage.xǁListingPageǁ_add_card__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_3'] = ListingPage.xǁListingPageǁ_add_card__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_4'] = ListingPage.xǁListingPageǁ_add_card__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_5'] = ListingPage.xǁListingPageǁ_add_card__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_6'] = ListingPage.xǁListingPageǁ_add_card__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_7'] = ListingPage.xǁListingPageǁ_add_card__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_8'] = ListingPage.xǁListingPageǁ_add_card__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_9'] = ListingPage.xǁListingPageǁ_add_card__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_10'] = ListingPage.xǁListingPageǁ_add_card__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_11'] = ListingPage.xǁListingPageǁ_add_card__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_12'] = ListingPage.xǁListingPageǁ_add_card__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_13'] = ListingPage.xǁListingPageǁ_add_card__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_14'] = ListingPage.xǁListingPageǁ_add_card__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_15'] = ListingPage.xǁListingPageǁ_add_card__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_16'] = ListingPage.xǁListingPageǁ_add_card__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_17'] = ListingPage.xǁListingPageǁ_add_card__mutmut_17 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_18'] = ListingPage.xǁListingPageǁ_add_card__mutmut_18 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_19'] = ListingPage.xǁListingPageǁ_add_card__mutmut_19 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_20'] = ListingPage.xǁListingPageǁ_add_card__mutmut_20 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_21'] = ListingPage.xǁListingPageǁ_add_card__mutmut_21 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_22'] = ListingPage.xǁListingPageǁ_add_card__mutmut_22 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_23'] = ListingPage.xǁListingPageǁ_add_card__mutmut_23 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_24'] = ListingPage.xǁListingPageǁ_add_card__mutmut_24 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_25'] = ListingPage.xǁListingPageǁ_add_card__mutmut_25 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_26'] = ListingPage.xǁListingPageǁ_add_card__mutmut_26 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_27'] = ListingPage.xǁListingPageǁ_add_card__mutmut_27 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_28'] = ListingPage.xǁListingPageǁ_add_card__mutmut_28 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_29'] = ListingPage.xǁListingPageǁ_add_card__mutmut_29 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_30'] = ListingPage.xǁListingPageǁ_add_card__mutmut_30 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_31'] = ListingPage.xǁListingPageǁ_add_card__mutmut_31 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_32'] = ListingPage.xǁListingPageǁ_add_card__mutmut_32 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_33'] = ListingPage.xǁListingPageǁ_add_card__mutmut_33 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_34'] = ListingPage.xǁListingPageǁ_add_card__mutmut_34 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_35'] = ListingPage.xǁListingPageǁ_add_card__mutmut_35 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_36'] = ListingPage.xǁListingPageǁ_add_card__mutmut_36 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_37'] = ListingPage.xǁListingPageǁ_add_card__mutmut_37 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_38'] = ListingPage.xǁListingPageǁ_add_card__mutmut_38 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_39'] = ListingPage.xǁListingPageǁ_add_card__mutmut_39 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_40'] = ListingPage.xǁListingPageǁ_add_card__mutmut_40 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_41'] = ListingPage.xǁListingPageǁ_add_card__mutmut_41 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_add_card__mutmut['xǁListingPageǁ_add_card__mutmut_42'] = ListingPage.xǁListingPageǁ_add_card__mutmut_42 # type: ignore # mutmut generated

mutants_xǁListingPageǁsection_links__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁsection_links__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁsection_links__mutmut['xǁListingPageǁsection_links__mutmut_1'] = ListingPage.xǁListingPageǁsection_links__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁsection_links__mutmut['xǁListingPageǁsection_links__mutmut_2'] = ListingPage.xǁListingPageǁsection_links__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁsection_links__mutmut['xǁListingPageǁsection_links__mutmut_3'] = ListingPage.xǁListingPageǁsection_links__mutmut_3 # type: ignore # mutmut generated

mutants_xǁListingPageǁlisting_links__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁlisting_links__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁlisting_links__mutmut['xǁListingPageǁlisting_links__mutmut_1'] = ListingPage.xǁListingPageǁlisting_links__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁlisting_links__mutmut['xǁListingPageǁlisting_links__mutmut_2'] = ListingPage.xǁListingPageǁlisting_links__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁlisting_links__mutmut['xǁListingPageǁlisting_links__mutmut_3'] = ListingPage.xǁListingPageǁlisting_links__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁlisting_links__mutmut['xǁListingPageǁlisting_links__mutmut_4'] = ListingPage.xǁListingPageǁlisting_links__mutmut_4 # type: ignore # mutmut generated

mutants_xǁListingPageǁ_listing_links__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_1'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_2'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_3'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_4'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_5'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_6'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_7'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_8'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_9'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_10'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_11'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_12'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_13'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_14'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingPageǁ_listing_links__mutmut['xǁListingPageǁ_listing_links__mutmut_15'] = ListingPage.xǁListingPageǁ_listing_links__mutmut_15 # type: ignore # mutmut generated

mutants_xǁListingPageǁabsolute__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁabsolute__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁabsolute__mutmut['xǁListingPageǁabsolute__mutmut_1'] = ListingPage.xǁListingPageǁabsolute__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁabsolute__mutmut['xǁListingPageǁabsolute__mutmut_2'] = ListingPage.xǁListingPageǁabsolute__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁabsolute__mutmut['xǁListingPageǁabsolute__mutmut_3'] = ListingPage.xǁListingPageǁabsolute__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁabsolute__mutmut['xǁListingPageǁabsolute__mutmut_4'] = ListingPage.xǁListingPageǁabsolute__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁabsolute__mutmut['xǁListingPageǁabsolute__mutmut_5'] = ListingPage.xǁListingPageǁabsolute__mutmut_5 # type: ignore # mutmut generated

mutants_xǁListingPageǁoldest_card_date__mutmut['_mutmut_orig'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingPageǁoldest_card_date__mutmut['xǁListingPageǁoldest_card_date__mutmut_1'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingPageǁoldest_card_date__mutmut['xǁListingPageǁoldest_card_date__mutmut_2'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingPageǁoldest_card_date__mutmut['xǁListingPageǁoldest_card_date__mutmut_3'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingPageǁoldest_card_date__mutmut['xǁListingPageǁoldest_card_date__mutmut_4'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingPageǁoldest_card_date__mutmut['xǁListingPageǁoldest_card_date__mutmut_5'] = ListingPage.xǁListingPageǁoldest_card_date__mutmut_5 # type: ignore # mutmut generated
