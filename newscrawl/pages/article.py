"""theweek.com article pages: every article selector, tried as a cascade over both Vanilla families.

Structured data first (JSON-LD, then meta tags), CSS second, for metadata; CSS for the body. Each
field reports which source produced it so the crawl can count fallbacks and notice layout drift.
Evidence: STRUCTURE.md §4.1 (theweek selectors from calibre and the theweek_pictures spider),
§4.2-4.3 (the `#article-body` family of the sister-site samples), §8 (CDN image URLs), §9.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newscrawl.dom import DomIndex, text_content
from newscrawl.pages.structured import MetaTags, ld_article, ld_image_url, ld_names, ld_objects, ld_text
from newscrawl.text import clean_text, to_utc_iso

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from lxml import etree

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
# The visible byline date (§4.1 fallbacks: time.relative-date [V-F]): the first `datetime` on the page.
BYLINE_TIME_CSS = ".author-byline time, .byline time, time.relative-date, article time, header time, time"
TAG_CSS = (".tag-links a", "#articleTag .tag a", ".after-article-tags a", "#articleTag a")
HERO_IMAGE_CSS = (".image--hero img", ".image--hero source", ".hero-image-wrapper img", "img.hero-image")
BREADCRUMB_CSS = "nav.breadcrumb li a, .breadcrumb a"  # the first link's own text
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


@dataclass(slots=True)
class Extraction:
    """Field values as found on the page, with the source each came from."""

    fields: dict[str, Any]
    sources: dict[str, str]
    family: str
    fallbacks: list[str] = field(default_factory=list)
    body_root: etree._Element | None = field(default=None, repr=False)
    source_id: str | None = None


class ArticlePage:
    """One article response. Knows nothing of requests, settings or stats.

    The page is read in one pass: `<meta>` and JSON-LD once (lxml's C-level iteration over those tags),
    and every CSS selector of every cascade answered from one index of the tree (newscrawl.dom)
    instead of one scan of the whole page per selector."""

    def __init__(self, root: etree._Element, url: str, urls: SiteUrls, listing_kicker: str | None = None):
        self.root = root  # newscrawl.dom.parse_html's tree
        self.url = url
        self.urls = urls
        self.listing_kicker = listing_kicker
        self.meta = MetaTags(self.root.iter("meta"))
        self.ld = ld_article(ld_objects(self.root.iter("script")))

    @cached_property
    def dom(self) -> DomIndex:
        return DomIndex(self.root)

    def confirmation(self) -> str | None:
        """Why this page is an article (JSON-LD type, og:type, body container), or None."""
        if self.ld is not None:
            return "json-ld"
        if (self.meta.first("og:type") or "").strip().lower() == "article":
            return "og-type"
        if any(self.dom.first(css) is not None for css, _ in BODY_ROOTS):
            return "body-container"
        return None

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
            _first_attribute(self.dom.select("link[rel=canonical]"), "href"), self.url
        )
        # The site's own id, equal to the RSS <guid> (§4.1 "id"): kept by the registry, not exported.
        source_id = clean_text(self.meta.first("parsely-post-id"))
        return Extraction(fields=fields, sources=sources, family=family, fallbacks=fallbacks, body_root=root,
                          source_id=source_id)  # fmt: skip

    def body(self) -> tuple[etree._Element | None, str]:
        for css, family in BODY_ROOTS:
            found = self.dom.first(css)
            if found is not None:
                return found, family
        return _densest_paragraph_parent(self.dom), "generic"

    def _title_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.dom, css, _title)) for css in TITLE_CSS),
            ("json-ld", lambda: _title(ld_text(self.ld, "headline"))),
            ("og:title", lambda: _title(self.meta.first("og:title"))),
            ("title", lambda: _title(_first_own_text(self.dom.tag("title")))),
        ]

    def _standfirst_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "alternativeHeadline"))),
            *((css, _css_text(self.dom, css, clean_text)) for css in STRAPLINE_CSS),
            ("og:description", lambda: clean_text(self.meta.first("og:description"))),
            ("description", lambda: clean_text(self.meta.first("description"))),
        ]

    def _author_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_authors(css)) for css in BYLINE_AUTHOR_CSS),
            ("json-ld", lambda: _authors(ld_names(self.ld.get("author")) if self.ld else [])),
            *((css, self._css_authors(css)) for css in AUTHOR_CSS),
            ("parsely-author", lambda: _authors(self.meta.all("parsely-author"))),
            *((css, self._byline_text_authors(css)) for css in BYLINE_TEXT_CSS),
        ]

    def _css_authors(self, css: str) -> Callable[[], list[str]]:
        return lambda: _authors(_texts(self.dom.select(css)))

    def _byline_text_authors(self, css: str) -> Callable[[], list[str]]:
        def read() -> list[str]:
            first = self.dom.first(css)
            text = clean_text(" ".join(first.itertext())) if first is not None else None
            if not text:
                return []
            return _authors(AUTHOR_SPLIT.split(BYLINE_NOISE.sub("", text)))

        return read

    def _published_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "datePublished"))),
            ("article:published_time", lambda: to_utc_iso(self.meta.first("article:published_time"))),
            ("pub_date", lambda: to_utc_iso(self.meta.first("pub_date"))),
            ("parsely-pub-date", lambda: to_utc_iso(self.meta.first("parsely-pub-date"))),
            ("datePublished", lambda: to_utc_iso(self.meta.first("datePublished"))),
            ("time", lambda: to_utc_iso(_first_attribute(self.dom.select(BYLINE_TIME_CSS), "datetime"))),
        ]

    def _modified_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: to_utc_iso(ld_text(self.ld, "dateModified"))),
            ("article:modified_time", lambda: to_utc_iso(self.meta.first("article:modified_time"))),
            ("og:updated_time", lambda: to_utc_iso(self.meta.first("og:updated_time"))),
            ("dateModified", lambda: to_utc_iso(self.meta.first("dateModified"))),
        ]

    def _section_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: clean_text(ld_text(self.ld, "articleSection"))),
            ("parsely-section", lambda: clean_text(self.meta.first("parsely-section"))),
            ("article:section", lambda: clean_text(self.meta.first("article:section"))),
            ("breadcrumb", lambda: clean_text(_first_own_text(self.dom.select(BREADCRUMB_CSS)))),
            ("url", self._url_section),
        ]

    def _url_section(self) -> str | None:
        path = self.urls.canonical(self.url).removeprefix(self.urls.root).strip("/")
        first = path.split("/")[0] if "/" in path else ""
        return first.replace("-", " ").title() or None

    def _kicker_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, _css_text(self.dom, css, clean_text)) for css in KICKER_CSS),
            ("listing", lambda: clean_text(self.listing_kicker)),
        ]

    def _tag_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            *((css, self._css_tags(css)) for css in TAG_CSS),
            ("parsely-tags", self._parsely_tags),
            ("json-ld", lambda: _tags(_split_keywords(self.ld.get("keywords") if self.ld else None))),
        ]

    def _css_tags(self, css: str) -> Callable[[], list[str]]:
        return lambda: _unique(_texts(self.dom.select(css)))

    def _parsely_tags(self) -> list[str]:
        raw = ",".join(self.meta.all("parsely-tags"))
        return _tags(raw.split(","))

    def _image_sources(self) -> list[tuple[str, Callable[[], Any]]]:
        return [
            ("json-ld", lambda: _image(ld_image_url(self.ld.get("image")) if self.ld else None)),
            ("og:image", lambda: _image(self.meta.first("og:image"))),
            *((css, self._css_image(css)) for css in HERO_IMAGE_CSS),
            ("json-ld:thumbnailUrl", lambda: _image(ld_text(self.ld, "thumbnailUrl"))),
        ]

    def _css_image(self, css: str) -> Callable[[], str | None]:
        def read() -> str | None:
            for element in self.dom.select(css)[:1]:
                for attribute in IMAGE_ATTRIBUTES:
                    found = _image(element.attrib.get(attribute))
                    if found:
                        return found
            return None

        return read


def _first(cascade: list[tuple[str, Callable[[], Any]]], default: Any) -> tuple[Any, str]:
    for source, read in cascade:
        value = read()
        if value not in (None, "", []):
            return value, source
    return default, "missing"


def _css_text(dom: DomIndex, css: str, clean: Callable[[str | None], str | None]) -> Callable[[], Any]:
    return lambda: next((value for value in map(clean, _texts(dom.select(css)[:1])) if value), None)


def _texts(elements: Iterable[etree._Element]) -> list[str]:
    """Each element's whole text (every text node below it, as CSS `::text` on the element reads it)."""
    return [text for element in elements if (text := clean_text(" ".join(element.itertext())))]


def _first_own_text(elements: Iterable[etree._Element]) -> str | None:
    """The first text node directly inside one of the elements (CSS `el::text`, first match)."""
    for element in elements:
        own = [element.text, *(child.tail for child in element)]
        found = next((text for text in own if text is not None), None)
        if found is not None:
            return str(found)
    return None


def _first_attribute(elements: Iterable[etree._Element], name: str) -> str | None:
    """The first element's attribute among those that have it (CSS `el::attr(name)`, first match)."""
    return next((str(value) for element in elements if (value := element.get(name)) is not None), None)


def _title(value: str | None) -> str | None:
    text = clean_text(value)
    return clean_text(SITE_SUFFIX.sub("", text)) if text else None


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


def _unique(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(text)
    return result


def _tags(values: Iterable[str]) -> list[str]:
    return _unique(tag for tag in values if not PARSELY_NOISE.search(tag.strip()))


def _split_keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []


def _image(value: str | None) -> str | None:
    if not value or PLACEHOLDER_IMAGE.search(value):
        return None
    url = value.strip().split(",")[0].split()[0]  # first srcset candidate
    if "futurecdn.net" in url:
        url = CDN_VARIANT.sub(r"\1", url)
    return url or None


def _densest_paragraph_parent(dom: DomIndex) -> etree._Element | None:
    """Last resort body root: the element whose direct <p> children hold the most text."""
    best: etree._Element | None = None
    best_length = 0
    totals: dict[etree._Element, int] = {}
    for paragraph in dom.select("article p, main p, body p"):
        parent = paragraph.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + len(text_content(paragraph))
        if totals[parent] > best_length:
            best, best_length = parent, totals[parent]
    return best
