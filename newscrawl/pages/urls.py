"""theweek.com URL rules: what is on-site, what is an article, and each article's one canonical URL.

Evidence: STRUCTURE.md §1 (three platform eras, so three URL shapes) and §2 (patterns, exclusions,
the `/uk/` edition prefix on listings and feeds only). Pure: no Scrapy, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import SplitResult, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# The production hosts. A canonical link may name them while the crawl runs against a replica on
# 127.0.0.1, so their *paths* are trusted for canonical URLs; links to them are never followed then.
PRODUCTION_HOSTS = frozenset({"theweek.com", "www.theweek.com"})

# First path segments that are never articles (§2.1 "Exclude"). `tag` pages are listings.
EXCLUDED_ROOTS = frozenset(
    {
        "author", "authors", "tag", "tags", "feeds", "feed", "archive", "edition", "editions",
        "subscription", "subscriptions", "subscribe", "newsletters", "newsletter", "search", "about-us",
        "about", "faq", "privacy-portal", "privacy-policy", "privacy", "terms-and-conditions", "terms",
        "cookies-policy", "contact", "contact-us", "accessibility", "sitemap", "account", "login", "rss",
    }
)  # fmt: skip
EDITION_PREFIXES = frozenset({"uk", "us"})
_SEGMENT = re.compile(r"^[a-z0-9][a-z0-9-]*$", re.IGNORECASE)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$", re.IGNORECASE)
# Symfony "twsite" and Drupal eras: /speedreads/745970/slug, /politics/1004642/slug, /96729/slug (§1).
_LEGACY = (
    re.compile(r"^[a-z0-9-]+/\d{5,7}/[a-z0-9-]+$", re.IGNORECASE),
    re.compile(r"^\d{4,6}/[a-z0-9-]+$", re.IGNORECASE),
)


class UrlKind(Enum):
    OFFSITE = "offsite"
    ARTICLE = "article"
    LEGACY_ARTICLE = "legacy"
    LISTING = "listing"
    OTHER = "other"


ARTICLE_KINDS = frozenset({UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE})  # the kinds that are article pages


@dataclass(frozen=True, slots=True)
class SiteUrls:
    """URL policy for one site root (`WEEK_BASE_URL`)."""

    base_url: str
    # Derived from base_url once: every discovered link and every link of a body asks for them.
    root: str = field(init=False, repr=False, compare=False)
    host: str = field(init=False, repr=False, compare=False)
    _hosts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        host = _netloc(parts)
        object.__setattr__(self, "root", urlunsplit((parts.scheme, parts.netloc.lower(), "", "", "")))
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "_hosts", frozenset({host, "www." + host}))

    def is_on_site(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        return self._on_site(urlsplit(url))

    def _on_site(self, parts: SplitResult) -> bool:
        return parts.scheme in {"http", "https"} and _netloc(parts) in self._hosts

    def url_for(self, path: str) -> str:
        return self.root + "/" + path.lstrip("/")

    def kind(self, url: str) -> UrlKind:
        parts = urlsplit(url)
        if not self._on_site(parts):
            return UrlKind.OFFSITE
        return _path_kind(_segments(parts.path))

    def is_article(self, url: str) -> bool:
        return self.kind(url) in ARTICLE_KINDS

    def canonical(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for("/".join(segments)))

    def canonical_from_link(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            on_site = host in self._hosts or host in PRODUCTION_HOSTS
            if on_site and _path_kind(_segments(parts.path)) in ARTICLE_KINDS:
                return self.canonical(link)
        return self.canonical(fallback)

    def listing_path(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def page_url(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page <= 1 else self.url_for(f"{listing_path}/page/{page}")


def _netloc(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def _segments(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def _path_kind(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "tag" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER
