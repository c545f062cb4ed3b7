"""theweek.com URL rules: what is on-site, what is an article, and each article's one canonical URL.

Evidence: STRUCTURE.md §1 (three platform eras, so three URL shapes) and §2 (patterns, exclusions,
the `/uk/` edition prefix on listings and feeds only). Pure: no Scrapy, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit, urlunsplit

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class UrlKind(Enum):
    OFFSITE = "offsite"
    ARTICLE = "article"
    LEGACY_ARTICLE = "legacy"
    LISTING = "listing"
    OTHER = "other"
mutants_xǁSiteUrlsǁis_on_site__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁurl_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁkind__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁis_article__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁcanonical__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁlisting_path__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSiteUrlsǁpage_url__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class SiteUrls:
    """URL policy for one site root (`WEEK_BASE_URL`)."""

    base_url: str

    @property
    def root(self) -> str:
        parts = urlsplit(self.base_url)
        return urlunsplit((parts.scheme, parts.netloc.lower(), "", "", ""))

    @property
    def host(self) -> str:
        return _netloc(self.base_url)

    @_mutmut_mutated(mutants_xǁSiteUrlsǁis_on_site__mutmut)
    def is_on_site(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_orig(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_1(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = None
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_2(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(None)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_3(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} or netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_4(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(None).scheme in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_5(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme not in {"http", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_6(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"XXhttpXX", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_7(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"HTTP", "https"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_8(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "XXhttpsXX"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_9(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "HTTPS"} and netloc in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_10(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc not in {self.host, "www." + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_11(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "www." - self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_12(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "XXwww.XX" + self.host}

    def xǁSiteUrlsǁis_on_site__mutmut_13(self, url: str) -> bool:
        """Only the root's own host (and port) is on-site: never a subdomain such as subscribe.*."""
        netloc = _netloc(url)
        return urlsplit(url).scheme in {"http", "https"} and netloc in {self.host, "WWW." + self.host}

    @_mutmut_mutated(mutants_xǁSiteUrlsǁurl_for__mutmut)
    def url_for(self, path: str) -> str:
        return self.root + "/" + path.lstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_orig(self, path: str) -> str:
        return self.root + "/" + path.lstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_1(self, path: str) -> str:
        return self.root + "/" - path.lstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_2(self, path: str) -> str:
        return self.root - "/" + path.lstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_3(self, path: str) -> str:
        return self.root + "XX/XX" + path.lstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_4(self, path: str) -> str:
        return self.root + "/" + path.lstrip(None)

    def xǁSiteUrlsǁurl_for__mutmut_5(self, path: str) -> str:
        return self.root + "/" + path.rstrip("/")

    def xǁSiteUrlsǁurl_for__mutmut_6(self, path: str) -> str:
        return self.root + "/" + path.lstrip("XX/XX")

    @_mutmut_mutated(mutants_xǁSiteUrlsǁkind__mutmut)
    def kind(self, url: str) -> UrlKind:
        if not self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(_segments(urlsplit(url).path))

    def xǁSiteUrlsǁkind__mutmut_orig(self, url: str) -> UrlKind:
        if not self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(_segments(urlsplit(url).path))

    def xǁSiteUrlsǁkind__mutmut_1(self, url: str) -> UrlKind:
        if self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(_segments(urlsplit(url).path))

    def xǁSiteUrlsǁkind__mutmut_2(self, url: str) -> UrlKind:
        if not self.is_on_site(None):
            return UrlKind.OFFSITE
        return _path_kind(_segments(urlsplit(url).path))

    def xǁSiteUrlsǁkind__mutmut_3(self, url: str) -> UrlKind:
        if not self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(None)

    def xǁSiteUrlsǁkind__mutmut_4(self, url: str) -> UrlKind:
        if not self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(_segments(None))

    def xǁSiteUrlsǁkind__mutmut_5(self, url: str) -> UrlKind:
        if not self.is_on_site(url):
            return UrlKind.OFFSITE
        return _path_kind(_segments(urlsplit(None).path))

    @_mutmut_mutated(mutants_xǁSiteUrlsǁis_article__mutmut)
    def is_article(self, url: str) -> bool:
        return self.kind(url) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}

    def xǁSiteUrlsǁis_article__mutmut_orig(self, url: str) -> bool:
        return self.kind(url) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}

    def xǁSiteUrlsǁis_article__mutmut_1(self, url: str) -> bool:
        return self.kind(None) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}

    def xǁSiteUrlsǁis_article__mutmut_2(self, url: str) -> bool:
        return self.kind(url) not in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}

    @_mutmut_mutated(mutants_xǁSiteUrlsǁcanonical__mutmut)
    def canonical(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for("/".join(segments)))

    def xǁSiteUrlsǁcanonical__mutmut_orig(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for("/".join(segments)))

    def xǁSiteUrlsǁcanonical__mutmut_1(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = None
        return canonicalize_url(self.url_for("/".join(segments)))

    def xǁSiteUrlsǁcanonical__mutmut_2(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(None)
        return canonicalize_url(self.url_for("/".join(segments)))

    def xǁSiteUrlsǁcanonical__mutmut_3(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(None).path)
        return canonicalize_url(self.url_for("/".join(segments)))

    def xǁSiteUrlsǁcanonical__mutmut_4(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(None)

    def xǁSiteUrlsǁcanonical__mutmut_5(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for(None))

    def xǁSiteUrlsǁcanonical__mutmut_6(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for("/".join(None)))

    def xǁSiteUrlsǁcanonical__mutmut_7(self, url: str) -> str:
        """One URL per article: site root, no edition prefix, query, fragment or trailing slash."""
        segments = _segments(urlsplit(url).path)
        return canonicalize_url(self.url_for("XX/XX".join(segments)))

    @_mutmut_mutated(mutants_xǁSiteUrlsǁcanonical_from_link__mutmut)
    def canonical_from_link(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_orig(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_1(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = None
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_2(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(None)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_3(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = None
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_4(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.upper()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_5(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) or _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_6(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} and host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_7(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host not in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_8(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." - self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_9(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "XXwww.XX" + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_10(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "WWW." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_11(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host not in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_12(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                None
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_13(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(None)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_14(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) not in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_15(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(None)
        return self.canonical(fallback)

    def xǁSiteUrlsǁcanonical_from_link__mutmut_16(self, link: str | None, fallback: str) -> str:
        """Canonical URL from `<link rel=canonical>` when it names this site (or production) and an article."""
        if link:
            parts = urlsplit(link)
            host = parts.netloc.lower()
            if (host in {self.host, "www." + self.host} or host in PRODUCTION_HOSTS) and _path_kind(
                _segments(parts.path)
            ) in {UrlKind.ARTICLE, UrlKind.LEGACY_ARTICLE}:
                return self.canonical(link)
        return self.canonical(None)

    @_mutmut_mutated(mutants_xǁSiteUrlsǁlisting_path__mutmut)
    def listing_path(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_orig(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_1(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(None) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_2(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_3(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = None
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_4(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(None).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_5(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_6(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(None):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_7(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(None)

    def xǁSiteUrlsǁlisting_path__mutmut_8(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "XX/XX".join(segment for segment in path.split("/") if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_9(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split(None) if segment)

    def xǁSiteUrlsǁlisting_path__mutmut_10(self, url: str) -> str | None:
        """The path of a listing (section, sub-section, tag) a crawl may paginate, else None."""
        if self.kind(url) is not UrlKind.LISTING:
            return None
        path = urlsplit(url).path
        if not _segments(path):
            return None  # the homepage, or an edition's homepage such as /uk
        return "/".join(segment for segment in path.split("XX/XX") if segment)

    @_mutmut_mutated(mutants_xǁSiteUrlsǁpage_url__mutmut)
    def page_url(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page <= 1 else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_orig(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page <= 1 else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_1(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if (page <= 1) and False else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_2(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if (page <= 1) or True else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_3(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(None) if page <= 1 else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_4(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page < 1 else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_5(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page <= 2 else self.url_for(f"{listing_path}/page/{page}")

    def xǁSiteUrlsǁpage_url__mutmut_6(self, listing_path: str, page: int) -> str:
        """Vanilla pagination: `/<section>/page/<N>` (§2.2, seen as /uk/politics/page/3)."""
        return self.url_for(listing_path) if page <= 1 else self.url_for(None)

mutants_xǁSiteUrlsǁis_on_site__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_1'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_2'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_3'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_4'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_5'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_6'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_7'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_8'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_9'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_10'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_11'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_12'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_on_site__mutmut['xǁSiteUrlsǁis_on_site__mutmut_13'] = SiteUrls.xǁSiteUrlsǁis_on_site__mutmut_13 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁurl_for__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_1'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_2'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_3'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_4'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_5'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁurl_for__mutmut['xǁSiteUrlsǁurl_for__mutmut_6'] = SiteUrls.xǁSiteUrlsǁurl_for__mutmut_6 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁkind__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁkind__mutmut['xǁSiteUrlsǁkind__mutmut_1'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁkind__mutmut['xǁSiteUrlsǁkind__mutmut_2'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁkind__mutmut['xǁSiteUrlsǁkind__mutmut_3'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁkind__mutmut['xǁSiteUrlsǁkind__mutmut_4'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁkind__mutmut['xǁSiteUrlsǁkind__mutmut_5'] = SiteUrls.xǁSiteUrlsǁkind__mutmut_5 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁis_article__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁis_article__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_article__mutmut['xǁSiteUrlsǁis_article__mutmut_1'] = SiteUrls.xǁSiteUrlsǁis_article__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁis_article__mutmut['xǁSiteUrlsǁis_article__mutmut_2'] = SiteUrls.xǁSiteUrlsǁis_article__mutmut_2 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁcanonical__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_1'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_2'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_3'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_4'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_5'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_6'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical__mutmut['xǁSiteUrlsǁcanonical__mutmut_7'] = SiteUrls.xǁSiteUrlsǁcanonical__mutmut_7 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_1'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_2'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_3'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_4'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_5'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_6'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_7'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_8'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_9'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_10'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_11'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_12'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_13'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_14'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_15'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁcanonical_from_link__mutmut['xǁSiteUrlsǁcanonical_from_link__mutmut_16'] = SiteUrls.xǁSiteUrlsǁcanonical_from_link__mutmut_16 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁlisting_path__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_1'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_2'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_3'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_4'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_5'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_6'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_7'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_8'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_9'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁlisting_path__mutmut['xǁSiteUrlsǁlisting_path__mutmut_10'] = SiteUrls.xǁSiteUrlsǁlisting_path__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSiteUrlsǁpage_url__mutmut['_mutmut_orig'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_1'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_2'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_3'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_4'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_5'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSiteUrlsǁpage_url__mutmut['xǁSiteUrlsǁpage_url__mutmut_6'] = SiteUrls.xǁSiteUrlsǁpage_url__mutmut_6 # type: ignore # mutmut generated
mutants_x__netloc__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__netloc__mutmut)
def _netloc(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_orig(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_1(url: str) -> str:
    parts = None
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_2(url: str) -> str:
    parts = urlsplit(None)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_3(url: str) -> str:
    parts = urlsplit(url)
    host = None
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_4(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").upper()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_5(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname and "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_6(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "XXXX").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_7(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = None
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_8(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(None)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_9(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"XXhttpXX": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_10(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"HTTP": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_11(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 81, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_12(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "XXhttpsXX": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_13(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "HTTPS": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_14(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 444}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_15(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = None
    except ValueError:
        return ""
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_16(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return "XXXX"
    return host if port in {None, default} else f"{host}:{port}"


def x__netloc__mutmut_17(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if (port in {None, default}) and False else f"{host}:{port}"


def x__netloc__mutmut_18(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if (port in {None, default}) or True else f"{host}:{port}"


def x__netloc__mutmut_19(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return host if port not in {None, default} else f"{host}:{port}"

mutants_x__netloc__mutmut['_mutmut_orig'] = x__netloc__mutmut_orig # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_1'] = x__netloc__mutmut_1 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_2'] = x__netloc__mutmut_2 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_3'] = x__netloc__mutmut_3 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_4'] = x__netloc__mutmut_4 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_5'] = x__netloc__mutmut_5 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_6'] = x__netloc__mutmut_6 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_7'] = x__netloc__mutmut_7 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_8'] = x__netloc__mutmut_8 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_9'] = x__netloc__mutmut_9 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_10'] = x__netloc__mutmut_10 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_11'] = x__netloc__mutmut_11 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_12'] = x__netloc__mutmut_12 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_13'] = x__netloc__mutmut_13 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_14'] = x__netloc__mutmut_14 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_15'] = x__netloc__mutmut_15 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_16'] = x__netloc__mutmut_16 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_17'] = x__netloc__mutmut_17 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_18'] = x__netloc__mutmut_18 # type: ignore # mutmut generated
mutants_x__netloc__mutmut['x__netloc__mutmut_19'] = x__netloc__mutmut_19 # type: ignore # mutmut generated
mutants_x__segments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__segments__mutmut)
def _segments(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_orig(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_1(path: str) -> list[str]:
    segments = None
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_2(path: str) -> list[str]:
    segments = [segment for segment in path.split(None) if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_3(path: str) -> list[str]:
    segments = [segment for segment in path.split("XX/XX") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_4(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments or segments[0].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_5(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].upper() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_6(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[1].lower() in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_7(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() not in EDITION_PREFIXES:
        segments = segments[1:]
    return segments


def x__segments__mutmut_8(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = None
    return segments


def x__segments__mutmut_9(path: str) -> list[str]:
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in EDITION_PREFIXES:
        segments = segments[2:]
    return segments

mutants_x__segments__mutmut['_mutmut_orig'] = x__segments__mutmut_orig # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_1'] = x__segments__mutmut_1 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_2'] = x__segments__mutmut_2 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_3'] = x__segments__mutmut_3 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_4'] = x__segments__mutmut_4 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_5'] = x__segments__mutmut_5 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_6'] = x__segments__mutmut_6 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_7'] = x__segments__mutmut_7 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_8'] = x__segments__mutmut_8 # type: ignore # mutmut generated
mutants_x__segments__mutmut['x__segments__mutmut_9'] = x__segments__mutmut_9 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__path_kind__mutmut)
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


def x__path_kind__mutmut_orig(segments: list[str]) -> UrlKind:
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


def x__path_kind__mutmut_1(segments: list[str]) -> UrlKind:
    if segments:
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


def x__path_kind__mutmut_2(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if all(_SEGMENT.match(segment) for segment in segments):
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


def x__path_kind__mutmut_3(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(None):
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


def x__path_kind__mutmut_4(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(None) for segment in segments):
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


def x__path_kind__mutmut_5(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = None
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


def x__path_kind__mutmut_6(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(None)
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


def x__path_kind__mutmut_7(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "XX/XX".join(segments)
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


def x__path_kind__mutmut_8(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(None):
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


def x__path_kind__mutmut_9(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(None) for pattern in _LEGACY):
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


def x__path_kind__mutmut_10(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = None
    if first == "tag" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_11(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].upper()
    if first == "tag" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_12(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[1].lower()
    if first == "tag" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_13(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "tag" or len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_14(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first != "tag" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_15(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "XXtagXX" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_16(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "TAG" and len(segments) == 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_17(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "tag" and len(segments) != 2:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_18(segments: list[str]) -> UrlKind:
    if not segments:
        return UrlKind.LISTING  # the homepage
    if not all(_SEGMENT.match(segment) for segment in segments):
        return UrlKind.OTHER  # files (feeds.xml, robots.txt, images), encoded junk
    joined = "/".join(segments)
    if any(pattern.match(joined) for pattern in _LEGACY):
        return UrlKind.LEGACY_ARTICLE
    first = segments[0].lower()
    if first == "tag" and len(segments) == 3:
        return UrlKind.LISTING
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_19(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "archive" in segments and "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_20(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS and "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_21(segments: list[str]) -> UrlKind:
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
    if first not in EXCLUDED_ROOTS or "archive" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_22(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "XXarchiveXX" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_23(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "ARCHIVE" in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_24(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "archive" not in segments or "page" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_25(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "archive" in segments or "XXpageXX" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_26(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "archive" in segments or "PAGE" in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_27(segments: list[str]) -> UrlKind:
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
    if first in EXCLUDED_ROOTS or "archive" in segments or "page" not in segments:
        return UrlKind.OTHER
    if len(segments) >= 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_28(segments: list[str]) -> UrlKind:
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
    if len(segments) >= 2 or _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_29(segments: list[str]) -> UrlKind:
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
    if len(segments) > 2 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_30(segments: list[str]) -> UrlKind:
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
    if len(segments) >= 3 and _SLUG.match(segments[-1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_31(segments: list[str]) -> UrlKind:
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
    if len(segments) >= 2 and _SLUG.match(None):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_32(segments: list[str]) -> UrlKind:
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
    if len(segments) >= 2 and _SLUG.match(segments[+1]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_33(segments: list[str]) -> UrlKind:
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
    if len(segments) >= 2 and _SLUG.match(segments[-2]):
        return UrlKind.ARTICLE
    if len(segments) <= 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_34(segments: list[str]) -> UrlKind:
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
    if len(segments) < 2:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER


def x__path_kind__mutmut_35(segments: list[str]) -> UrlKind:
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
    if len(segments) <= 3:
        return UrlKind.LISTING  # /politics, /business/economy
    return UrlKind.OTHER

mutants_x__path_kind__mutmut['_mutmut_orig'] = x__path_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_1'] = x__path_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_2'] = x__path_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_3'] = x__path_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_4'] = x__path_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_5'] = x__path_kind__mutmut_5 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_6'] = x__path_kind__mutmut_6 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_7'] = x__path_kind__mutmut_7 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_8'] = x__path_kind__mutmut_8 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_9'] = x__path_kind__mutmut_9 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_10'] = x__path_kind__mutmut_10 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_11'] = x__path_kind__mutmut_11 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_12'] = x__path_kind__mutmut_12 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_13'] = x__path_kind__mutmut_13 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_14'] = x__path_kind__mutmut_14 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_15'] = x__path_kind__mutmut_15 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_16'] = x__path_kind__mutmut_16 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_17'] = x__path_kind__mutmut_17 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_18'] = x__path_kind__mutmut_18 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_19'] = x__path_kind__mutmut_19 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_20'] = x__path_kind__mutmut_20 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_21'] = x__path_kind__mutmut_21 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_22'] = x__path_kind__mutmut_22 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_23'] = x__path_kind__mutmut_23 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_24'] = x__path_kind__mutmut_24 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_25'] = x__path_kind__mutmut_25 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_26'] = x__path_kind__mutmut_26 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_27'] = x__path_kind__mutmut_27 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_28'] = x__path_kind__mutmut_28 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_29'] = x__path_kind__mutmut_29 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_30'] = x__path_kind__mutmut_30 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_31'] = x__path_kind__mutmut_31 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_32'] = x__path_kind__mutmut_32 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_33'] = x__path_kind__mutmut_33 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_34'] = x__path_kind__mutmut_34 # type: ignore # mutmut generated
mutants_x__path_kind__mutmut['x__path_kind__mutmut_35'] = x__path_kind__mutmut_35 # type: ignore # mutmut generated
