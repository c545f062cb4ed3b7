"""theweek.com article pages: every article selector, tried as a cascade over both Vanilla families.

Structured data first (JSON-LD, then meta tags), CSS second, for metadata; CSS for the body. Each
field reports which source produced it so the crawl can count fallbacks and notice layout drift.
Evidence: STRUCTURE.md §4.1 (theweek selectors from calibre and the theweek_pictures spider),
§4.2-4.3 (the `#article-body` family of the sister-site samples), §8 (CDN image URLs), §9.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newscrawl.pages.structured import (
    ld_article,
    ld_image_url,
    ld_names,
    ld_objects,
    ld_text,
    meta,
    metas,
)
from newscrawl.text import clean_text, to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from lxml import etree
    from parsel import Selector

    from newscrawl.pages.urls import SiteUrls

# Body roots, BEM family first (theweek's own class per calibre), then the sister sites' family (§4.3).
BODY_ROOTS = (
    (".article__body", "bem"),
    ("#article-body", "article-body"),
    ("[itemprop=articleBody]", "itemprop"),
)
# The visible headline first: JSON-LD `headline` and og:title sometimes differ from it (real/SOURCES.md).
TITLE_CSS = (".header__title", "header h1", "article h1", "h1")
STRAPLINE_CSS = (".header__strapline", "p.strapline", ".strapline")
KICKER_CSS = (".article-type__breadcrumb", "a.byline-article-type", ".byline-article-type")
# Every name of the visible byline, in its order: JSON-LD may name fewer, or list them in another
# order, and a live blog's post cards name people who are not in the byline (real/SOURCES.md).
BYLINE_AUTHOR_CSS = (
    ".author-byline__author-text a.author-byline__link",  # theweek (theweek_pictures spider)
    ".author-byline__author-name a",  # slice byline (pcgamer 2024/2025)
    "a.author-byline__link",
    ".by-author a[rel=author]",  # 2019-2020 byline (tomshardware, space.com)
    ".byline a[rel=author]",  # 2025-26 byline, "Contributions from" names included
)
AUTHOR_CSS = ("header a[rel=author]",)
BYLINE_TEXT_CSS = (".author-byline__author-text", ".author-byline__authors", ".by-author", "p.byline")
# The visible byline date (§4.1 fallbacks: time.relative-date [V-F]); the first one on the page.
BYLINE_TIME_CSS = (
    ".author-byline time::attr(datetime), .byline time::attr(datetime), time.relative-date::attr(datetime), "
    "article time::attr(datetime), header time::attr(datetime), time::attr(datetime)"
)
TAG_CSS = (".tag-links a", "#articleTag .tag a", ".after-article-tags a", "#articleTag a")
HERO_IMAGE_CSS = (".image--hero img", ".image--hero source", ".hero-image-wrapper img", "img.hero-image")
BREADCRUMB_CSS = "nav.breadcrumb li a::text, .breadcrumb a::text"
LIST_FIELDS = frozenset({"authors", "tags"})
IMAGE_ATTRIBUTES = ("data-pin-media", "data-original-mos", "data-src", "srcset", "src")

SITE_SUFFIX = re.compile(r"\s*(?:\||-|–|—|:)\s*The\s*Week(?:\s+(?:US|UK))?\s*$", re.IGNORECASE)
# "Peter Weber, The Week US" -> "Peter Weber" (§4.1, §9).
DESK_SUFFIX = re.compile(r"\s*,\s*The\s+Week(?:\s+(?:US|UK))?\s*$", re.IGNORECASE)
DESK_ONLY = re.compile(r"^The\s+Week(?:\s+(?:US|UK))?$", re.IGNORECASE)
DESK_PSEUDO_AUTHOR = "The Week Staff"
BYLINE_NOISE = re.compile(r"^\s*by\s+|\s+(?:published|last updated)\b.*$", re.IGNORECASE)
AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|;\s*)", re.IGNORECASE)
# parsely-tags mixes tags with platform keys: "Category: X", "type_*", "channel_*", "front-page" (§4.1).
PARSELY_NOISE = re.compile(
    r"^(?:category:|type_|channel_)|^[a-z0-9]+(?:[-_][a-z0-9]+)+$|^(?:serversidehawk|videoarticle|front-?page)$",
    re.IGNORECASE,
)
# Future CDN sized variants: <id>-1200-80.jpg, <id>-320-80.jpg.webp -> the original <id>.jpg (§8).
CDN_VARIANT = re.compile(r"-\d{2,4}-\d{2,3}(\.(?:jpe?g|png|gif|webp))(?:\.webp)?$", re.IGNORECASE)
PLACEHOLDER_IMAGE = re.compile(r"missing-image|placeholder|^data:", re.IGNORECASE)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(slots=True)
class Extraction:
    """Field values as found on the page, with the source each came from."""

    fields: dict[str, Any]
    sources: dict[str, str]
    family: str
    fallbacks: list[str] = field(default_factory=list)
    body_root: etree._Element | None = field(default=None, repr=False)
    source_id: str | None = None
mutants_xǁArticlePageǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁconfirmation__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁextract__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁbody__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_title_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_standfirst_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_author_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_css_authors__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_byline_text_authors__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_published_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_modified_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_section_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_url_section__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_kicker_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_tag_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_css_tags__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_parsely_tags__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_image_sources__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArticlePageǁ_css_image__mutmut: MutantDict = {}  # type: ignore


class ArticlePage:
    """One article response. Knows nothing of requests, settings or stats."""

    @_mutmut_mutated(mutants_xǁArticlePageǁ__init____mutmut)
    def __init__(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_orig(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_1(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = None
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_2(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = None
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_3(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = None
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_4(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = None
        self.ld = ld_article(ld_objects(selector))

    def xǁArticlePageǁ__init____mutmut_5(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = None

    def xǁArticlePageǁ__init____mutmut_6(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(None)

    def xǁArticlePageǁ__init____mutmut_7(self, selector: Selector, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.selector = selector
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.ld = ld_article(ld_objects(None))

    @_mutmut_mutated(mutants_xǁArticlePageǁconfirmation__mutmut)
    def confirmation(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_orig(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_1(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_2(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "XXjson-ldXX"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_3(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "JSON-LD"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_4(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().upper() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_5(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") and "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_6(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(None, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_7(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, None) or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_8(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta("og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_9(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, ) or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_10(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "XXog:typeXX") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_11(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "OG:TYPE") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_12(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "XXXX").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_13(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() != "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_14(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "XXarticleXX":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_15(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "ARTICLE":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_16(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "XXog-typeXX"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_17(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "OG-TYPE"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_18(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(None):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_19(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(None) for css, _ in BODY_ROOTS):
            return "body-container"
        return None

    def xǁArticlePageǁconfirmation__mutmut_20(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "XXbody-containerXX"
        return None

    def xǁArticlePageǁconfirmation__mutmut_21(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (meta(self.selector, "og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.selector.css(css) for css, _ in BODY_ROOTS):
            return "BODY-CONTAINER"
        return None

    @_mutmut_mutated(mutants_xǁArticlePageǁextract__mutmut)
    def extract(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_orig(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_1(self) -> Extraction:
        sources: dict[str, str] = None
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_2(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = None
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_3(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = None
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_4(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = None
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_5(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "XXtitleXX": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_6(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "TITLE": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_7(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "XXstandfirstXX": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_8(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "STANDFIRST": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_9(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "XXauthorsXX": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_10(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "AUTHORS": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_11(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "XXpublished_atXX": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_12(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "PUBLISHED_AT": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_13(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "XXmodified_atXX": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_14(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "MODIFIED_AT": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_15(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "XXsectionXX": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_16(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "SECTION": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_17(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "XXarticle_typeXX": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_18(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "ARTICLE_TYPE": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_19(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "XXtagsXX": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_20(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "TAGS": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_21(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "XXimage_urlXX": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_22(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "IMAGE_URL": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_23(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = None
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_24(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(None, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_25(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_26(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first([] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_27(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, )
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_28(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if (name in LIST_FIELDS) and False else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_29(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if (name in LIST_FIELDS) or True else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_30(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name not in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_31(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_32(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"XXmissingXX", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_33(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"MISSING", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_34(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[1][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_35(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][1]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_36(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(None)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_37(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = None
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_38(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = None
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_39(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["XXbodyXX"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_40(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["BODY"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_41(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = None
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_42(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["XXcanonical_urlXX"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_43(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["CANONICAL_URL"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_44(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            None, self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_45(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), None
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_46(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_47(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_48(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css(None).get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_49(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("XXlink[rel=canonical]::attr(href)XX").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_50(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("LINK[REL=CANONICAL]::ATTR(HREF)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_51(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = None
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_52(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(None)
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_53(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(None, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_54(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, None))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_55(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta("parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_56(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, ))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_57(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "XXparsely-post-idXX"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_58(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "PARSELY-POST-ID"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_59(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=None, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_60(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=None, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_61(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=None, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_62(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=None, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_63(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=None,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_64(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=None)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_65(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_66(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_67(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_68(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, body_root=root,
                          source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_69(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, source_id=source_id)  # fmt: skip

    def xǁArticlePageǁextract__mutmut_70(self) -> Extraction:
        sources: dict[str, str] = {}
        fields: dict[str, Any] = {}
        fallbacks: list[str] = []
        cascades: dict[str, list[tuple[str, Callable[[], Any]]]] = {
            "title": self._title_sources(),
            "standfirst": self._standfirst_sources(),
            "authors": self._author_sources(),
            "published_at": self._published_sources(),
            "modified_at": self._modified_sources(),
            "section": self._section_sources(),
            "article_type": self._kicker_sources(),
            "tags": self._tag_sources(),
            "image_url": self._image_sources(),
        }
        for name, cascade in cascades.items():
            fields[name], sources[name] = _first(cascade, [] if name in LIST_FIELDS else None)
            if sources[name] not in {"missing", cascade[0][0]}:
                fallbacks.append(name)
        root, family = self.body()
        sources["body"] = family
        fields["canonical_url"] = self.urls.canonical_from_link(
            self.selector.css("link[rel=canonical]::attr(href)").get(), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(meta(self.selector, "parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          )  # fmt: skip

    @_mutmut_mutated(mutants_xǁArticlePageǁbody__mutmut)
    def body(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "generic"

    def xǁArticlePageǁbody__mutmut_orig(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "generic"

    def xǁArticlePageǁbody__mutmut_1(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = None
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "generic"

    def xǁArticlePageǁbody__mutmut_2(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(None)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "generic"

    def xǁArticlePageǁbody__mutmut_3(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[1].root, family
        return _densest_paragraph_parent(self.selector), "generic"

    def xǁArticlePageǁbody__mutmut_4(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(None), "generic"

    def xǁArticlePageǁbody__mutmut_5(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "XXgenericXX"

    def xǁArticlePageǁbody__mutmut_6(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.selector.css(css)
            if found:
                return found[0].root, family
        return _densest_paragraph_parent(self.selector), "GENERIC"

    @_mutmut_mutated(mutants_xǁArticlePageǁ_title_sources__mutmut)
    def _title_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(None, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, None, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, None)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, )) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("XXjson-ldXX", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("JSON-LD", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: None),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(None)),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(None, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, None))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text("headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, ))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "XXheadlineXX"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "HEADLINE"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("XXog:titleXX", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("OG:TITLE", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: None),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(None)),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(None, "og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, None))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta("og:title"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, ))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "XXog:titleXX"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "OG:TITLE"))),
            ("title", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("XXtitleXX", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("TITLE", lambda: _title(self.selector.css("title::text").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: None),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(None)),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css(None).get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("XXtitle::textXX").get())),
        ]

    def xǁArticlePageǁ_title_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(meta(self.selector, "og:title"))),
            ("title", lambda: _title(self.selector.css("TITLE::TEXT").get())),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_standfirst_sources__mutmut)
    def _standfirst_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("XXjson-ldXX", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("JSON-LD", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: None),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(None)),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(None, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, None))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text("alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, ))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "XXalternativeHeadlineXX"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeheadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "ALTERNATIVEHEADLINE"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(None, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, None, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, None)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, )) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("XXog:descriptionXX", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("OG:DESCRIPTION", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: None),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(None)),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(None, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, None))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta("og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, ))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "XXog:descriptionXX"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "OG:DESCRIPTION"))),
            ("description", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("XXdescriptionXX", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("DESCRIPTION", lambda: clean_text(meta(self.selector, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: None),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(None)),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(None, "description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, None))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_34(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta("description"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_35(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, ))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_36(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "XXdescriptionXX"))),
        ]

    def xǁArticlePageǁ_standfirst_sources__mutmut_37(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.selector, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(meta(self.selector, "og:description"))),
            ("description", lambda: clean_text(meta(self.selector, "DESCRIPTION"))),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_author_sources__mutmut)
    def _author_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(None)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("XXjson-ldXX", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("JSON-LD", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: None),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(None)),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if (self.ld) and False else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if (self.ld) or True else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(None) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get(None)) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("XXauthorXX")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("AUTHOR")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(None)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("XXparsely-authorXX", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("PARSELY-AUTHOR", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: None),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(None)),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(None, "parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, None))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas("parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, ))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "XXparsely-authorXX"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "PARSELY-AUTHOR"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def xǁArticlePageǁ_author_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(metas(self.selector, "parsely-author"))),
            *((css, self._byline_text_authors(None)) for css in BYLINE_TEXT_CSS),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_css_authors__mutmut)
    def _css_authors(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(_texts(self.selector.css(css)))

    def xǁArticlePageǁ_css_authors__mutmut_orig(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(_texts(self.selector.css(css)))

    def xǁArticlePageǁ_css_authors__mutmut_1(self, css: str) -> Callable[[], list[str]]:
        return lambda: None

    def xǁArticlePageǁ_css_authors__mutmut_2(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(None)

    def xǁArticlePageǁ_css_authors__mutmut_3(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(_texts(None))

    def xǁArticlePageǁ_css_authors__mutmut_4(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(_texts(self.selector.css(None)))

    @_mutmut_mutated(mutants_xǁArticlePageǁ_byline_text_authors__mutmut)
    def _byline_text_authors(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_orig(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_1(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = None
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_2(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(None)
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_3(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(None))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_4(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text("XX XX".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_5(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css(None).getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_6(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(None)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_7(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:2].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_8(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("XX::textXX").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_9(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::TEXT").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_10(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_11(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(None)

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_12(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(None))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_13(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub(None, text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_14(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", None)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_15(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub(text)))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_16(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", )))

        return read

    def xǁArticlePageǁ_byline_text_authors__mutmut_17(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            text = clean_text(" ".join(self.selector.css(css)[:1].css("::text").getall()))
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("XXXX", text)))

        return read

    @_mutmut_mutated(mutants_xǁArticlePageǁ_published_sources__mutmut)
    def _published_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("XXjson-ldXX", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("JSON-LD", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: None),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(None)),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(None, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, None))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text("datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, ))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "XXdatePublishedXX"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datepublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "DATEPUBLISHED"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("XXarticle:published_timeXX", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("ARTICLE:PUBLISHED_TIME", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: None),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(None)),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(None, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, None))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta("article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, ))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "XXarticle:published_timeXX"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "ARTICLE:PUBLISHED_TIME"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("XXpub_dateXX", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("PUB_DATE", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: None),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(None)),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(None, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, None))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta("pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, ))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "XXpub_dateXX"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "PUB_DATE"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("XXparsely-pub-dateXX", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("PARSELY-PUB-DATE", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_34(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: None),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_35(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(None)),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_36(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(None, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_37(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, None))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_38(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta("parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_39(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, ))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_40(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "XXparsely-pub-dateXX"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_41(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "PARSELY-PUB-DATE"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_42(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("XXdatePublishedXX", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_43(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datepublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_44(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("DATEPUBLISHED", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_45(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: None),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_46(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(None)),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_47(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(None, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_48(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, None))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_49(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta("datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_50(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, ))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_51(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "XXdatePublishedXX"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_52(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datepublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_53(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "DATEPUBLISHED"))),
            ("time", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_54(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("XXtimeXX", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_55(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("TIME", lambda: to_utc_iso(self.selector.css(BYLINE_TIME_CSS).get())),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_56(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: None),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_57(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(None)),
        ]

    def xǁArticlePageǁ_published_sources__mutmut_58(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(meta(self.selector, "article:published_time"))),
            ("pub_date", lambda: to_utc_iso(meta(self.selector, "pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(meta(self.selector, "parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(meta(self.selector, "datePublished"))),
            ("time", lambda: to_utc_iso(self.selector.css(None).get())),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_modified_sources__mutmut)
    def _modified_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("XXjson-ldXX", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("JSON-LD", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: None),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(None)),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(None, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, None))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text("dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, ))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "XXdateModifiedXX"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datemodified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "DATEMODIFIED"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("XXarticle:modified_timeXX", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("ARTICLE:MODIFIED_TIME", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: None),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(None)),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(None, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, None))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta("article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, ))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "XXarticle:modified_timeXX"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "ARTICLE:MODIFIED_TIME"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("XXog:updated_timeXX", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("OG:UPDATED_TIME", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: None),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(None)),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(None, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, None))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta("og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, ))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "XXog:updated_timeXX"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "OG:UPDATED_TIME"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("XXdateModifiedXX", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("datemodified", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_34(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("DATEMODIFIED", lambda: to_utc_iso(meta(self.selector, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_35(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: None),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_36(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(None)),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_37(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(None, "dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_38(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, None))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_39(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta("dateModified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_40(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, ))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_41(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "XXdateModifiedXX"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_42(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "datemodified"))),
        ]

    def xǁArticlePageǁ_modified_sources__mutmut_43(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(meta(self.selector, "article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(meta(self.selector, "og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(meta(self.selector, "DATEMODIFIED"))),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_section_sources__mutmut)
    def _section_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("XXjson-ldXX", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("JSON-LD", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: None),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(None)),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(None, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, None))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text("articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, ))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "XXarticleSectionXX"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articlesection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "ARTICLESECTION"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("XXparsely-sectionXX", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("PARSELY-SECTION", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: None),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(None)),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(None, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, None))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta("parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, ))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "XXparsely-sectionXX"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "PARSELY-SECTION"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("XXarticle:sectionXX", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("ARTICLE:SECTION", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: None),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(None)),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(None, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, None))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta("article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, ))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "XXarticle:sectionXX"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "ARTICLE:SECTION"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("XXbreadcrumbXX", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("BREADCRUMB", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_34(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: None),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_35(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(None)),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_36(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(None).get())),
            ("url", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_37(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("XXurlXX", self._url_section),
        ]

    def xǁArticlePageǁ_section_sources__mutmut_38(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(meta(self.selector, "parsely-section"))),
            ("article:section", lambda: clean_text(meta(self.selector, "article:section"))),
            ("breadcrumb", lambda: clean_text(self.selector.css(BREADCRUMB_CSS).get())),
            ("URL", self._url_section),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_url_section__mutmut)
    def _url_section(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_orig(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_1(self) -> str | None:
        path = None
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_2(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip(None)
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_3(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(None).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_4(self) -> str | None:
        path = self.urls.canonical(self.url).removesuffix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_5(self) -> str | None:
        path = self.urls.canonical(None).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_6(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("XX/XX")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_7(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = None
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_8(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if ("/" in path) and False else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_9(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if ("/" in path) or True else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_10(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split(None)[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_11(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("XX/XX")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_12(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[1] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_13(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "XX/XX" in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_14(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" not in path else ""
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_15(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else "XXXX"
        return first.replace("-", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_16(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() and None

    def xǁArticlePageǁ_url_section__mutmut_17(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace(None, " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_18(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", None).title() or None

    def xǁArticlePageǁ_url_section__mutmut_19(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace(" ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_20(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", ).title() or None

    def xǁArticlePageǁ_url_section__mutmut_21(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("XX-XX", " ").title() or None

    def xǁArticlePageǁ_url_section__mutmut_22(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", "XX XX").title() or None

    @_mutmut_mutated(mutants_xǁArticlePageǁ_kicker_sources__mutmut)
    def _kicker_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(None, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, None, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, None)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, )) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("XXlistingXX", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("LISTING", lambda: clean_text(self.listing_kicker)),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: None),
        ]

    def xǁArticlePageǁ_kicker_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.selector, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(None)),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_tag_sources__mutmut)
    def _tag_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(None)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("XXparsely-tagsXX", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("PARSELY-TAGS", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("XXjson-ldXX", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("JSON-LD", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: None),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(None)),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if (self.ld) and False else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if (self.ld) or True else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get(None) if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("XXkeywordsXX") if self.ld else None))),
        ]

    def xǁArticlePageǁ_tag_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("KEYWORDS") if self.ld else None))),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_css_tags__mutmut)
    def _css_tags(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(_texts(self.selector.css(css)))

    def xǁArticlePageǁ_css_tags__mutmut_orig(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(_texts(self.selector.css(css)))

    def xǁArticlePageǁ_css_tags__mutmut_1(self, css: str) -> Callable[[], list[str]]:
        return lambda: None

    def xǁArticlePageǁ_css_tags__mutmut_2(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(None)

    def xǁArticlePageǁ_css_tags__mutmut_3(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(_texts(None))

    def xǁArticlePageǁ_css_tags__mutmut_4(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(_texts(self.selector.css(None)))

    @_mutmut_mutated(mutants_xǁArticlePageǁ_parsely_tags__mutmut)
    def _parsely_tags(self) -> list[str]:
        raw = ",".join(metas(self.selector, "parsely-tags"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_orig(self) -> list[str]:
        raw = ",".join(metas(self.selector, "parsely-tags"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_1(self) -> list[str]:
        raw = None
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_2(self) -> list[str]:
        raw = ",".join(None)
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_3(self) -> list[str]:
        raw = "XX,XX".join(metas(self.selector, "parsely-tags"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_4(self) -> list[str]:
        raw = ",".join(metas(None, "parsely-tags"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_5(self) -> list[str]:
        raw = ",".join(metas(self.selector, None))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_6(self) -> list[str]:
        raw = ",".join(metas("parsely-tags"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_7(self) -> list[str]:
        raw = ",".join(metas(self.selector, ))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_8(self) -> list[str]:
        raw = ",".join(metas(self.selector, "XXparsely-tagsXX"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_9(self) -> list[str]:
        raw = ",".join(metas(self.selector, "PARSELY-TAGS"))
        return _tags(raw.split(","))

    def xǁArticlePageǁ_parsely_tags__mutmut_10(self) -> list[str]:
        raw = ",".join(metas(self.selector, "parsely-tags"))
        return _tags(None)

    def xǁArticlePageǁ_parsely_tags__mutmut_11(self) -> list[str]:
        raw = ",".join(metas(self.selector, "parsely-tags"))
        return _tags(raw.split(None))

    def xǁArticlePageǁ_parsely_tags__mutmut_12(self) -> list[str]:
        raw = ",".join(metas(self.selector, "parsely-tags"))
        return _tags(raw.split("XX,XX"))

    @_mutmut_mutated(mutants_xǁArticlePageǁ_image_sources__mutmut)
    def _image_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_orig(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_1(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("XXjson-ldXX", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_2(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("JSON-LD", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_3(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: None),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_4(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_5(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if (self.ld) and False else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_6(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if (self.ld) or True else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_7(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(None) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_8(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get(None)) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_9(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("XXimageXX")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_10(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("IMAGE")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_11(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("XXog:imageXX", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_12(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("OG:IMAGE", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_13(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: None),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_14(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(None)),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_15(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(None, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_16(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, None))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_17(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta("og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_18(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, ))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_19(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "XXog:imageXX"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_20(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "OG:IMAGE"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_21(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(None)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_22(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("XXjson-ld:thumbnailUrlXX", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_23(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailurl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_24(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("JSON-LD:THUMBNAILURL", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_25(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: None),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_26(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(None)),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_27(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(None, "thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_28(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, None))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_29(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text("thumbnailUrl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_30(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, ))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_31(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "XXthumbnailUrlXX"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_32(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailurl"))),
        ]

    def xǁArticlePageǁ_image_sources__mutmut_33(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(meta(self.selector, "og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "THUMBNAILURL"))),
        ]

    @_mutmut_mutated(mutants_xǁArticlePageǁ_css_image__mutmut)
    def _css_image(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(attribute))
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_orig(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(attribute))
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_1(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(None)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(attribute))
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_2(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:2]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(attribute))
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_3(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = None
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_4(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(None)
                    if found:
                        return found
            return None

        return read

    def xǁArticlePageǁ_css_image__mutmut_5(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.selector.css(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(None))
                    if found:
                        return found
            return None

        return read

mutants_xǁArticlePageǁ__init____mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_1'] = ArticlePage.xǁArticlePageǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_2'] = ArticlePage.xǁArticlePageǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_3'] = ArticlePage.xǁArticlePageǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_4'] = ArticlePage.xǁArticlePageǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_5'] = ArticlePage.xǁArticlePageǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_6'] = ArticlePage.xǁArticlePageǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ__init____mutmut['xǁArticlePageǁ__init____mutmut_7'] = ArticlePage.xǁArticlePageǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁArticlePageǁconfirmation__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_1'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_2'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_3'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_4'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_5'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_6'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_7'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_8'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_9'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_10'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_11'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_12'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_13'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_14'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_15'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_16'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_17'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_18'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_19'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_20'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁconfirmation__mutmut['xǁArticlePageǁconfirmation__mutmut_21'] = ArticlePage.xǁArticlePageǁconfirmation__mutmut_21 # type: ignore # mutmut generated

mutants_xǁArticlePageǁextract__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁextract__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_1'] = ArticlePage.xǁArticlePageǁextract__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_2'] = ArticlePage.xǁArticlePageǁextract__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_3'] = ArticlePage.xǁArticlePageǁextract__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_4'] = ArticlePage.xǁArticlePageǁextract__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_5'] = ArticlePage.xǁArticlePageǁextract__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_6'] = ArticlePage.xǁArticlePageǁextract__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_7'] = ArticlePage.xǁArticlePageǁextract__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_8'] = ArticlePage.xǁArticlePageǁextract__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_9'] = ArticlePage.xǁArticlePageǁextract__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_10'] = ArticlePage.xǁArticlePageǁextract__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_11'] = ArticlePage.xǁArticlePageǁextract__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_12'] = ArticlePage.xǁArticlePageǁextract__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_13'] = ArticlePage.xǁArticlePageǁextract__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_14'] = ArticlePage.xǁArticlePageǁextract__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_15'] = ArticlePage.xǁArticlePageǁextract__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_16'] = ArticlePage.xǁArticlePageǁextract__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_17'] = ArticlePage.xǁArticlePageǁextract__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_18'] = ArticlePage.xǁArticlePageǁextract__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_19'] = ArticlePage.xǁArticlePageǁextract__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_20'] = ArticlePage.xǁArticlePageǁextract__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_21'] = ArticlePage.xǁArticlePageǁextract__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_22'] = ArticlePage.xǁArticlePageǁextract__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_23'] = ArticlePage.xǁArticlePageǁextract__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_24'] = ArticlePage.xǁArticlePageǁextract__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_25'] = ArticlePage.xǁArticlePageǁextract__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_26'] = ArticlePage.xǁArticlePageǁextract__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_27'] = ArticlePage.xǁArticlePageǁextract__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_28'] = ArticlePage.xǁArticlePageǁextract__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_29'] = ArticlePage.xǁArticlePageǁextract__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_30'] = ArticlePage.xǁArticlePageǁextract__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_31'] = ArticlePage.xǁArticlePageǁextract__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_32'] = ArticlePage.xǁArticlePageǁextract__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_33'] = ArticlePage.xǁArticlePageǁextract__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_34'] = ArticlePage.xǁArticlePageǁextract__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_35'] = ArticlePage.xǁArticlePageǁextract__mutmut_35 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_36'] = ArticlePage.xǁArticlePageǁextract__mutmut_36 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_37'] = ArticlePage.xǁArticlePageǁextract__mutmut_37 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_38'] = ArticlePage.xǁArticlePageǁextract__mutmut_38 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_39'] = ArticlePage.xǁArticlePageǁextract__mutmut_39 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_40'] = ArticlePage.xǁArticlePageǁextract__mutmut_40 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_41'] = ArticlePage.xǁArticlePageǁextract__mutmut_41 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_42'] = ArticlePage.xǁArticlePageǁextract__mutmut_42 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_43'] = ArticlePage.xǁArticlePageǁextract__mutmut_43 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_44'] = ArticlePage.xǁArticlePageǁextract__mutmut_44 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_45'] = ArticlePage.xǁArticlePageǁextract__mutmut_45 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_46'] = ArticlePage.xǁArticlePageǁextract__mutmut_46 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_47'] = ArticlePage.xǁArticlePageǁextract__mutmut_47 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_48'] = ArticlePage.xǁArticlePageǁextract__mutmut_48 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_49'] = ArticlePage.xǁArticlePageǁextract__mutmut_49 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_50'] = ArticlePage.xǁArticlePageǁextract__mutmut_50 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_51'] = ArticlePage.xǁArticlePageǁextract__mutmut_51 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_52'] = ArticlePage.xǁArticlePageǁextract__mutmut_52 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_53'] = ArticlePage.xǁArticlePageǁextract__mutmut_53 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_54'] = ArticlePage.xǁArticlePageǁextract__mutmut_54 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_55'] = ArticlePage.xǁArticlePageǁextract__mutmut_55 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_56'] = ArticlePage.xǁArticlePageǁextract__mutmut_56 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_57'] = ArticlePage.xǁArticlePageǁextract__mutmut_57 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_58'] = ArticlePage.xǁArticlePageǁextract__mutmut_58 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_59'] = ArticlePage.xǁArticlePageǁextract__mutmut_59 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_60'] = ArticlePage.xǁArticlePageǁextract__mutmut_60 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_61'] = ArticlePage.xǁArticlePageǁextract__mutmut_61 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_62'] = ArticlePage.xǁArticlePageǁextract__mutmut_62 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_63'] = ArticlePage.xǁArticlePageǁextract__mutmut_63 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_64'] = ArticlePage.xǁArticlePageǁextract__mutmut_64 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_65'] = ArticlePage.xǁArticlePageǁextract__mutmut_65 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_66'] = ArticlePage.xǁArticlePageǁextract__mutmut_66 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_67'] = ArticlePage.xǁArticlePageǁextract__mutmut_67 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_68'] = ArticlePage.xǁArticlePageǁextract__mutmut_68 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_69'] = ArticlePage.xǁArticlePageǁextract__mutmut_69 # type: ignore # mutmut generated
mutants_xǁArticlePageǁextract__mutmut['xǁArticlePageǁextract__mutmut_70'] = ArticlePage.xǁArticlePageǁextract__mutmut_70 # type: ignore # mutmut generated

mutants_xǁArticlePageǁbody__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁbody__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_1'] = ArticlePage.xǁArticlePageǁbody__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_2'] = ArticlePage.xǁArticlePageǁbody__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_3'] = ArticlePage.xǁArticlePageǁbody__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_4'] = ArticlePage.xǁArticlePageǁbody__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_5'] = ArticlePage.xǁArticlePageǁbody__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁbody__mutmut['xǁArticlePageǁbody__mutmut_6'] = ArticlePage.xǁArticlePageǁbody__mutmut_6 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_title_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_title_sources__mutmut['xǁArticlePageǁ_title_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_title_sources__mutmut_33 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_standfirst_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_34'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_35'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_35 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_36'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_36 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_standfirst_sources__mutmut['xǁArticlePageǁ_standfirst_sources__mutmut_37'] = ArticlePage.xǁArticlePageǁ_standfirst_sources__mutmut_37 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_author_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_author_sources__mutmut['xǁArticlePageǁ_author_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_author_sources__mutmut_23 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_css_authors__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_css_authors__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_authors__mutmut['xǁArticlePageǁ_css_authors__mutmut_1'] = ArticlePage.xǁArticlePageǁ_css_authors__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_authors__mutmut['xǁArticlePageǁ_css_authors__mutmut_2'] = ArticlePage.xǁArticlePageǁ_css_authors__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_authors__mutmut['xǁArticlePageǁ_css_authors__mutmut_3'] = ArticlePage.xǁArticlePageǁ_css_authors__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_authors__mutmut['xǁArticlePageǁ_css_authors__mutmut_4'] = ArticlePage.xǁArticlePageǁ_css_authors__mutmut_4 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_byline_text_authors__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_1'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_2'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_3'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_4'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_5'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_6'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_7'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_8'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_9'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_10'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_11'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_12'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_13'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_14'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_15'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_16'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_byline_text_authors__mutmut['xǁArticlePageǁ_byline_text_authors__mutmut_17'] = ArticlePage.xǁArticlePageǁ_byline_text_authors__mutmut_17 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_published_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_34'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_35'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_35 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_36'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_36 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_37'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_37 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_38'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_38 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_39'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_39 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_40'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_40 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_41'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_41 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_42'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_42 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_43'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_43 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_44'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_44 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_45'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_45 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_46'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_46 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_47'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_47 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_48'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_48 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_49'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_49 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_50'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_50 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_51'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_51 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_52'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_52 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_53'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_53 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_54'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_54 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_55'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_55 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_56'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_56 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_57'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_57 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_published_sources__mutmut['xǁArticlePageǁ_published_sources__mutmut_58'] = ArticlePage.xǁArticlePageǁ_published_sources__mutmut_58 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_modified_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_34'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_35'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_35 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_36'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_36 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_37'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_37 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_38'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_38 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_39'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_39 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_40'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_40 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_41'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_41 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_42'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_42 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_modified_sources__mutmut['xǁArticlePageǁ_modified_sources__mutmut_43'] = ArticlePage.xǁArticlePageǁ_modified_sources__mutmut_43 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_section_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_34'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_35'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_35 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_36'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_36 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_37'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_37 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_section_sources__mutmut['xǁArticlePageǁ_section_sources__mutmut_38'] = ArticlePage.xǁArticlePageǁ_section_sources__mutmut_38 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_url_section__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_1'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_2'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_3'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_4'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_5'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_6'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_7'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_8'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_9'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_10'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_11'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_12'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_13'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_14'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_15'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_16'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_17'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_18'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_19'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_20'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_21'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_url_section__mutmut['xǁArticlePageǁ_url_section__mutmut_22'] = ArticlePage.xǁArticlePageǁ_url_section__mutmut_22 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_kicker_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_kicker_sources__mutmut['xǁArticlePageǁ_kicker_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_kicker_sources__mutmut_10 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_tag_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_tag_sources__mutmut['xǁArticlePageǁ_tag_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_tag_sources__mutmut_13 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_css_tags__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_css_tags__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_tags__mutmut['xǁArticlePageǁ_css_tags__mutmut_1'] = ArticlePage.xǁArticlePageǁ_css_tags__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_tags__mutmut['xǁArticlePageǁ_css_tags__mutmut_2'] = ArticlePage.xǁArticlePageǁ_css_tags__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_tags__mutmut['xǁArticlePageǁ_css_tags__mutmut_3'] = ArticlePage.xǁArticlePageǁ_css_tags__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_tags__mutmut['xǁArticlePageǁ_css_tags__mutmut_4'] = ArticlePage.xǁArticlePageǁ_css_tags__mutmut_4 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_parsely_tags__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_1'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_2'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_3'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_4'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_5'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_6'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_7'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_8'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_9'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_10'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_11'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_parsely_tags__mutmut['xǁArticlePageǁ_parsely_tags__mutmut_12'] = ArticlePage.xǁArticlePageǁ_parsely_tags__mutmut_12 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_image_sources__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_1'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_2'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_3'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_4'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_5'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_6'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_7'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_8'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_9'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_10'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_11'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_12'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_13'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_14'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_15'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_16'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_17'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_18'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_19'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_20'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_21'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_22'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_23'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_24'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_25'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_26'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_27'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_28'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_29'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_30'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_31'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_32'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_image_sources__mutmut['xǁArticlePageǁ_image_sources__mutmut_33'] = ArticlePage.xǁArticlePageǁ_image_sources__mutmut_33 # type: ignore # mutmut generated

mutants_xǁArticlePageǁ_css_image__mutmut['_mutmut_orig'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_image__mutmut['xǁArticlePageǁ_css_image__mutmut_1'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_image__mutmut['xǁArticlePageǁ_css_image__mutmut_2'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_image__mutmut['xǁArticlePageǁ_css_image__mutmut_3'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_image__mutmut['xǁArticlePageǁ_css_image__mutmut_4'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArticlePageǁ_css_image__mutmut['xǁArticlePageǁ_css_image__mutmut_5'] = ArticlePage.xǁArticlePageǁ_css_image__mutmut_5 # type: ignore # mutmut generated
mutants_x__first__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__first__mutmut)
def _first(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "", []):
            return value, source
    return default, "missing"


def x__first__mutmut_orig(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "", []):
            return value, source
    return default, "missing"


def x__first__mutmut_1(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = None
        if value not in (None, "", []):
            return value, source
    return default, "missing"


def x__first__mutmut_2(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value in (None, "", []):
            return value, source
    return default, "missing"


def x__first__mutmut_3(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "XXXX", []):
            return value, source
    return default, "missing"


def x__first__mutmut_4(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "", []):
            return value, source
    return default, "XXmissingXX"


def x__first__mutmut_5(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "", []):
            return value, source
    return default, "MISSING"

mutants_x__first__mutmut['_mutmut_orig'] = x__first__mutmut_orig # type: ignore # mutmut generated
mutants_x__first__mutmut['x__first__mutmut_1'] = x__first__mutmut_1 # type: ignore # mutmut generated
mutants_x__first__mutmut['x__first__mutmut_2'] = x__first__mutmut_2 # type: ignore # mutmut generated
mutants_x__first__mutmut['x__first__mutmut_3'] = x__first__mutmut_3 # type: ignore # mutmut generated
mutants_x__first__mutmut['x__first__mutmut_4'] = x__first__mutmut_4 # type: ignore # mutmut generated
mutants_x__first__mutmut['x__first__mutmut_5'] = x__first__mutmut_5 # type: ignore # mutmut generated
mutants_x__css_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__css_text__mutmut)
def _css_text(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(selector.css(css)[:1])) if value), None)


def x__css_text__mutmut_orig(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(selector.css(css)[:1])) if value), None)


def x__css_text__mutmut_1(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: None


def x__css_text__mutmut_2(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next(None, None)


def x__css_text__mutmut_3(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next(None)


def x__css_text__mutmut_4(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(selector.css(css)[:1])) if value), )


def x__css_text__mutmut_5(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(None, _texts(selector.css(css)[:1])) if value), None)


def x__css_text__mutmut_6(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, None) if value), None)


def x__css_text__mutmut_7(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(_texts(selector.css(css)[:1])) if value), None)


def x__css_text__mutmut_8(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, ) if value), None)


def x__css_text__mutmut_9(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(None)) if value), None)


def x__css_text__mutmut_10(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(selector.css(None)[:1])) if value), None)


def x__css_text__mutmut_11(selector: Selector, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(selector.css(css)[:2])) if value), None)

mutants_x__css_text__mutmut['_mutmut_orig'] = x__css_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_1'] = x__css_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_2'] = x__css_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_3'] = x__css_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_4'] = x__css_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_5'] = x__css_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_6'] = x__css_text__mutmut_6 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_7'] = x__css_text__mutmut_7 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_8'] = x__css_text__mutmut_8 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_9'] = x__css_text__mutmut_9 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_10'] = x__css_text__mutmut_10 # type: ignore # mutmut generated
mutants_x__css_text__mutmut['x__css_text__mutmut_11'] = x__css_text__mutmut_11 # type: ignore # mutmut generated
mutants_x__texts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__texts__mutmut)
def _texts(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(element.css("::text").getall())))]


def x__texts__mutmut_orig(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(element.css("::text").getall())))]


def x__texts__mutmut_1(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(None))]


def x__texts__mutmut_2(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(None)))]


def x__texts__mutmut_3(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text("XX XX".join(element.css("::text").getall())))]


def x__texts__mutmut_4(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(element.css(None).getall())))]


def x__texts__mutmut_5(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(element.css("XX::textXX").getall())))]


def x__texts__mutmut_6(selection: Iterable[Selector]) -> list[str]:
    return [text for element in selection if (text := clean_text(" ".join(element.css("::TEXT").getall())))]

mutants_x__texts__mutmut['_mutmut_orig'] = x__texts__mutmut_orig # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_1'] = x__texts__mutmut_1 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_2'] = x__texts__mutmut_2 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_3'] = x__texts__mutmut_3 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_4'] = x__texts__mutmut_4 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_5'] = x__texts__mutmut_5 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_6'] = x__texts__mutmut_6 # type: ignore # mutmut generated
mutants_x__title__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__title__mutmut)
def _title(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", text)) if text else None


def x__title__mutmut_orig(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", text)) if text else None


def x__title__mutmut_1(value: str | None) -> str | None:
    text = None
    return clean_text(SITE_SUFFIX.sub("", text)) if text else None


def x__title__mutmut_2(value: str | None) -> str | None:
    text = clean_text(None)
    return clean_text(SITE_SUFFIX.sub("", text)) if text else None


def x__title__mutmut_3(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", text)) if (text) and False else None


def x__title__mutmut_4(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", text)) if (text) or True else None


def x__title__mutmut_5(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(None) if text else None


def x__title__mutmut_6(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub(None, text)) if text else None


def x__title__mutmut_7(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", None)) if text else None


def x__title__mutmut_8(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub(text)) if text else None


def x__title__mutmut_9(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", )) if text else None


def x__title__mutmut_10(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("XXXX", text)) if text else None

mutants_x__title__mutmut['_mutmut_orig'] = x__title__mutmut_orig # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_1'] = x__title__mutmut_1 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_2'] = x__title__mutmut_2 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_3'] = x__title__mutmut_3 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_4'] = x__title__mutmut_4 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_5'] = x__title__mutmut_5 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_6'] = x__title__mutmut_6 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_7'] = x__title__mutmut_7 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_8'] = x__title__mutmut_8 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_9'] = x__title__mutmut_9 # type: ignore # mutmut generated
mutants_x__title__mutmut['x__title__mutmut_10'] = x__title__mutmut_10 # type: ignore # mutmut generated
mutants_x__authors__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__authors__mutmut)
def _authors(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_orig(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_1(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = None
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_2(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = None
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_3(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(None)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_4(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_5(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            break
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_6(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(None):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_7(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = None
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_8(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = None
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_9(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) and ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_10(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(None) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_11(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub(None, name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_12(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", None)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_13(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub(name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_14(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", )) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_15(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("XXXX", name)) or ""
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_16(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or "XXXX"
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_17(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name or name not in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_18(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name in cleaned:
            cleaned.append(name)
    return cleaned


def x__authors__mutmut_19(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if DESK_ONLY.match(name):
            name = DESK_PSEUDO_AUTHOR
        name = clean_text(DESK_SUFFIX.sub("", name)) or ""
        if name and name not in cleaned:
            cleaned.append(None)
    return cleaned

mutants_x__authors__mutmut['_mutmut_orig'] = x__authors__mutmut_orig # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_1'] = x__authors__mutmut_1 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_2'] = x__authors__mutmut_2 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_3'] = x__authors__mutmut_3 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_4'] = x__authors__mutmut_4 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_5'] = x__authors__mutmut_5 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_6'] = x__authors__mutmut_6 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_7'] = x__authors__mutmut_7 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_8'] = x__authors__mutmut_8 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_9'] = x__authors__mutmut_9 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_10'] = x__authors__mutmut_10 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_11'] = x__authors__mutmut_11 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_12'] = x__authors__mutmut_12 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_13'] = x__authors__mutmut_13 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_14'] = x__authors__mutmut_14 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_15'] = x__authors__mutmut_15 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_16'] = x__authors__mutmut_16 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_17'] = x__authors__mutmut_17 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_18'] = x__authors__mutmut_18 # type: ignore # mutmut generated
mutants_x__authors__mutmut['x__authors__mutmut_19'] = x__authors__mutmut_19 # type: ignore # mutmut generated
mutants_x__unique__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unique__mutmut)
def _unique(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(text)
    return result


def x__unique__mutmut_orig(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(text)
    return result


def x__unique__mutmut_1(values: Iterable[str]) -> list[str]:
    result: list[str] = None
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(text)
    return result


def x__unique__mutmut_2(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = None
        if text and text not in result:
            result.append(text)
    return result


def x__unique__mutmut_3(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(None)
        if text and text not in result:
            result.append(text)
    return result


def x__unique__mutmut_4(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text or text not in result:
            result.append(text)
    return result


def x__unique__mutmut_5(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text in result:
            result.append(text)
    return result


def x__unique__mutmut_6(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(None)
    return result

mutants_x__unique__mutmut['_mutmut_orig'] = x__unique__mutmut_orig # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_1'] = x__unique__mutmut_1 # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_2'] = x__unique__mutmut_2 # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_3'] = x__unique__mutmut_3 # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_4'] = x__unique__mutmut_4 # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_5'] = x__unique__mutmut_5 # type: ignore # mutmut generated
mutants_x__unique__mutmut['x__unique__mutmut_6'] = x__unique__mutmut_6 # type: ignore # mutmut generated
mutants_x__tags__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tags__mutmut)
def _tags(values: Iterable[str]) -> list[str]:
    return _unique(tag for tag in values if not PARSELY_NOISE.search(tag.strip()))


def x__tags__mutmut_orig(values: Iterable[str]) -> list[str]:
    return _unique(tag for tag in values if not PARSELY_NOISE.search(tag.strip()))


def x__tags__mutmut_1(values: Iterable[str]) -> list[str]:
    return _unique(None)


def x__tags__mutmut_2(values: Iterable[str]) -> list[str]:
    return _unique(tag for tag in values if PARSELY_NOISE.search(tag.strip()))


def x__tags__mutmut_3(values: Iterable[str]) -> list[str]:
    return _unique(tag for tag in values if not PARSELY_NOISE.search(None))

mutants_x__tags__mutmut['_mutmut_orig'] = x__tags__mutmut_orig # type: ignore # mutmut generated
mutants_x__tags__mutmut['x__tags__mutmut_1'] = x__tags__mutmut_1 # type: ignore # mutmut generated
mutants_x__tags__mutmut['x__tags__mutmut_2'] = x__tags__mutmut_2 # type: ignore # mutmut generated
mutants_x__tags__mutmut['x__tags__mutmut_3'] = x__tags__mutmut_3 # type: ignore # mutmut generated
mutants_x__split_keywords__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__split_keywords__mutmut)
def _split_keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []


def x__split_keywords__mutmut_orig(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []


def x__split_keywords__mutmut_1(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(None)
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []


def x__split_keywords__mutmut_2(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split("XX,XX")
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []

mutants_x__split_keywords__mutmut['_mutmut_orig'] = x__split_keywords__mutmut_orig # type: ignore # mutmut generated
mutants_x__split_keywords__mutmut['x__split_keywords__mutmut_1'] = x__split_keywords__mutmut_1 # type: ignore # mutmut generated
mutants_x__split_keywords__mutmut['x__split_keywords__mutmut_2'] = x__split_keywords__mutmut_2 # type: ignore # mutmut generated
mutants_x__image__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__image__mutmut)
def _image(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_orig(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_1(value: str | None) -> str | None:
    if not value and PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_2(value: str | None) -> str | None:
    if value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_3(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(None):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_4(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = None  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_5(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(None)[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_6(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split("XX,XX")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_7(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[1].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_8(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[1]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_9(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "XXfuturecdn.netXX" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_10(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "FUTURECDN.NET" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_11(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" not in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def x__image__mutmut_12(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = None
    return url or None


def x__image__mutmut_13(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(None, url)
    return url or None


def x__image__mutmut_14(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", None)
    return url or None


def x__image__mutmut_15(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(url)
    return url or None


def x__image__mutmut_16(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", )
    return url or None


def x__image__mutmut_17(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"XX\1XX", url)
    return url or None


def x__image__mutmut_18(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url and None

mutants_x__image__mutmut['_mutmut_orig'] = x__image__mutmut_orig # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_1'] = x__image__mutmut_1 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_2'] = x__image__mutmut_2 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_3'] = x__image__mutmut_3 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_4'] = x__image__mutmut_4 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_5'] = x__image__mutmut_5 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_6'] = x__image__mutmut_6 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_7'] = x__image__mutmut_7 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_8'] = x__image__mutmut_8 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_9'] = x__image__mutmut_9 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_10'] = x__image__mutmut_10 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_11'] = x__image__mutmut_11 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_12'] = x__image__mutmut_12 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_13'] = x__image__mutmut_13 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_14'] = x__image__mutmut_14 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_15'] = x__image__mutmut_15 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_16'] = x__image__mutmut_16 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_17'] = x__image__mutmut_17 # type: ignore # mutmut generated
mutants_x__image__mutmut['x__image__mutmut_18'] = x__image__mutmut_18 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__densest_paragraph_parent__mutmut)
def _densest_paragraph_parent(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_orig(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_1(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = ""
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_2(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = None
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_3(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 1
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_4(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = None
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_5(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css(None):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_6(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("XXarticle p, main p, body pXX"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_7(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("ARTICLE P, MAIN P, BODY P"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_8(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = None
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_9(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is not None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_10(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            break
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_11(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = None
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_12(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) - len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_13(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(None, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_14(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, None) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_15(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_16(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, ) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_17(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 1) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_18(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] >= best_length:
            best, best_length = parent, totals[parent]
    return best


def x__densest_paragraph_parent__mutmut_19(selector: Selector) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in selector.css("article p, main p, body p"):
        parent = paragraph.root.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(paragraph.root.text_content())
        if totals[parent] > best_length:
            best, best_length = None
    return best

mutants_x__densest_paragraph_parent__mutmut['_mutmut_orig'] = x__densest_paragraph_parent__mutmut_orig # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_1'] = x__densest_paragraph_parent__mutmut_1 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_2'] = x__densest_paragraph_parent__mutmut_2 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_3'] = x__densest_paragraph_parent__mutmut_3 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_4'] = x__densest_paragraph_parent__mutmut_4 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_5'] = x__densest_paragraph_parent__mutmut_5 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_6'] = x__densest_paragraph_parent__mutmut_6 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_7'] = x__densest_paragraph_parent__mutmut_7 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_8'] = x__densest_paragraph_parent__mutmut_8 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_9'] = x__densest_paragraph_parent__mutmut_9 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_10'] = x__densest_paragraph_parent__mutmut_10 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_11'] = x__densest_paragraph_parent__mutmut_11 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_12'] = x__densest_paragraph_parent__mutmut_12 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_13'] = x__densest_paragraph_parent__mutmut_13 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_14'] = x__densest_paragraph_parent__mutmut_14 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_15'] = x__densest_paragraph_parent__mutmut_15 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_16'] = x__densest_paragraph_parent__mutmut_16 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_17'] = x__densest_paragraph_parent__mutmut_17 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_18'] = x__densest_paragraph_parent__mutmut_18 # type: ignore # mutmut generated
mutants_x__densest_paragraph_parent__mutmut['x__densest_paragraph_parent__mutmut_19'] = x__densest_paragraph_parent__mutmut_19 # type: ignore # mutmut generated
