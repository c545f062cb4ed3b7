"""The replica site: ``build_site`` and the routing from a path to a response, rendered on demand.

Same arguments -> byte-identical responses. Nothing is pre-rendered: a site of 20,000 articles costs
only its small models (sitemodel.py); bodies and pages are generated when a path is asked for."""

from __future__ import annotations

import re
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica import feeds, html_listing, html_misc
from replica.content import build_body
from replica.html_article import render_article
from replica.model import ArticleMeta, OracleArticle, editorial_texts
from replica.sitemodel import Evolution, SiteModel, build_model, pages_of
from replica.util import cdn, http_date, iso
from replica.weight import LIGHT, REAL, WEIGHTS, weigh

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

Response = tuple[int, list[tuple[str, str]], bytes]
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
_LISTING = re.compile(r"^/(?P<key>[a-z0-9-]+(?:/[a-z0-9-]+)*?)(?:/page/(?P<n>\d+))?$")
_ARCHIVE = re.compile(r"^(?:/(?P<key>[a-z0-9-]+(?:/[a-z0-9-]+)?))?/archive(?:/(?P<y>\d{4})/(?P<m>\d{2}))?$")
_SITEMAP = re.compile(r"^/sitemap-(?P<key>\d{4}-\d{2})\.xml$")


def _ok(body: str, content_type: str = HTML, extra: list[tuple[str, str]] | None = None) -> Response:
    data = body.encode("utf-8")
    return 200, [("Content-Type", content_type), ("Content-Length", str(len(data))), *(extra or [])], data


class Site:
    """One deterministic replica of theweek.com at ``base_url``."""

    def __init__(self, base_url: str, seed: int = 0, articles: int = 60, revisions: Mapping[int, int] | None = None,
                 extra_articles: int = 0, *, deleted: Mapping[int, int] | None = None,
                 moved: Mapping[int, str] | None = None, renamed: Mapping[str, str] | None = None,
                 weight: str = LIGHT) -> None:  # fmt: skip
        if weight not in WEIGHTS:
            raise ValueError(f"weight must be one of {WEIGHTS}, not {weight!r}")
        self.base_url = base_url.rstrip("/")
        self.weight = weight
        self.seed = seed
        self.articles = articles
        self.revisions: Mapping[int, int] = MappingProxyType(dict(revisions or {}))
        self.extra_articles = extra_articles
        self.evolution = Evolution(MappingProxyType(dict(deleted or {})), MappingProxyType(dict(moved or {})),
                                   MappingProxyType(dict(renamed or {})))  # fmt: skip
        self.model: SiteModel = build_model(self.base_url, seed, articles, self.revisions, extra_articles,
                                            self.evolution)  # fmt: skip

    # --- the oracle --------------------------------------------------------------------------------------------------

    @cached_property
    def oracle(self) -> list[OracleArticle]:
        """One record per live article, in index order (seed article first, extra articles last; deleted
        articles are left out, so a record's position is its index only while nothing is deleted)."""
        return [self.oracle_for(meta) for meta in self.model.live]

    def oracle_for(self, meta: ArticleMeta) -> OracleArticle:
        url = self.model.url(meta.path)
        return OracleArticle(
            url=url, canonical_url=url, title=meta.title, standfirst=meta.standfirst,
            authors=[cat.AUTHOR_BY_KEY[a].name for a in meta.authors], published_at=iso(meta.published),
            modified_at=iso(meta.modified), section=cat.SECTION_BY_KEY[meta.section].label,
            article_type=meta.kicker, tags=list(meta.tags),
            image_url=cdn(meta.image_id) if meta.image_id else None,
            body_paragraphs=[" ".join(t.split()) for t in editorial_texts(build_body(meta))],
            page_type=meta.page_type, family=meta.family, aliases=self.model.aliases(meta),
            version=meta.revision + 1,
        )  # fmt: skip

    # --- what exists -------------------------------------------------------------------------------------------------

    def _listing_paths(self) -> Iterator[str]:
        yield "/"
        yield "/uk"
        for key, d in self.model.listings.items():
            if d.kind == "home":
                continue
            for n in range(1, pages_of(self.model, key) + 1):
                yield html_listing.listing_path(key, n)
                if d.kind == "section":
                    yield html_listing.listing_path(key, n, uk=True)

    def _archive_paths(self) -> Iterator[str]:
        yield "/archive"
        for y, m in html_misc.archive_months(self.model, "home"):
            yield f"/archive/{y}/{m:02d}"
        for key, d in self.model.listings.items():
            if d.kind in ("section", "type") and html_misc.archive_months(self.model, key):
                yield f"/{key}/archive"
                for y, m in html_misc.archive_months(self.model, key):
                    yield f"/{key}/archive/{y}/{m:02d}"

    def _page_paths(self) -> Iterator[str]:
        """Every non-article HTML page and feed that is linked from somewhere."""
        yield from self._listing_paths()
        yield from self._archive_paths()
        yield from (f"/edition/{e.slug}" for e in html_misc.EDITIONS)
        yield f"/subscription/{html_misc.SUBSCRIPTION_SLUG}"
        yield from ("/newsletters", "/about-us", "/feeds.xml", "/uk/feeds.xml")

    @cached_property
    def non_article_urls(self) -> list[str]:
        """Absolute URLs of linked pages that are not articles (listings, archives, editions, feeds, ...)."""
        return [self.model.url(p) for p in self._page_paths()]

    def paths(self) -> Iterator[str]:
        """Every path (with query where it matters) that answers 200."""
        yield from self._page_paths()
        yield from ("/robots.txt", "/sitemap.xml", "/sitemap-news.xml", "/search")
        yield from (f"/sitemap-{key}.xml" for key in feeds.sitemap_months(self.model))
        for meta in self.model.live:
            yield meta.path
            yield f"{meta.path}?{meta.utm}"

    # --- routing -----------------------------------------------------------------------------------------------------

    def _redirect(self, path: str, query: str) -> Response:
        location = self.model.url(path) + (f"?{query}" if query else "")
        body = f'<html><body>Moved to <a href="{location}">{location}</a></body></html>'.encode()
        return 301, [("Location", location), ("Content-Type", HTML), ("Content-Length", str(len(body)))], body

    def not_found(self, status: int = 404) -> Response:
        """The "page not found" page, with 404 or (for a deleted article) 410."""
        data = html_misc.render_404(self.model).encode("utf-8")
        return status, [("Content-Type", HTML), ("Content-Length", str(len(data)))], data

    def response(self, path_with_query: str) -> Response:
        """(status, headers, body) for a path such as ``/politics/page/2`` or ``/x/y?utm_source=z``."""
        path, _, query = path_with_query.split("#", 1)[0].partition("?")
        path = path or "/"
        found = self._render(path)
        if found is None:
            moved = self._moved(path)
            if moved is not None:
                return self._redirect(moved, query)
            found = self.not_found()
        return self._weighed(path, found)

    def _weighed(self, path: str, response: Response) -> Response:
        """At real weight, an HTML page dressed with the chrome of a real Vanilla page (replica.weight)."""
        status, headers, body = response
        if self.weight != REAL or dict(headers).get("Content-Type") != HTML:
            return response
        article = path in self.model.by_path and status == 200
        data = weigh(
            body.decode("utf-8"), self.model, path, article, uk=path == "/uk" or path.startswith("/uk/")
        )
        data_bytes = data.encode("utf-8")
        headers = [
            (name, str(len(data_bytes)) if name == "Content-Length" else value) for name, value in headers
        ]
        return status, headers, data_bytes

    def _moved(self, path: str) -> str | None:
        """Where a redirecting path points: legacy ids, /uk/ article paths, trailing slashes, /page/1."""
        model = self.model
        if path in model.legacy:
            return model.metas[model.legacy[path]].path
        if path in model.moved_from:
            return model.metas[model.moved_from[path]].path
        renamed = self._renamed_listing(path)
        if renamed is not None:
            return renamed
        if path.startswith("/uk/"):
            rest = path[3:].rstrip("/")
            if rest in model.by_path:
                return rest
        if len(path) > 1 and path.endswith("/"):
            bare = path.rstrip("/")
            if bare in model.by_path or self._render(bare) is not None:
                return bare
        m = _LISTING.match(path.removeprefix("/uk") if path.startswith("/uk/") else path)
        if m and m.group("n") == "1" and m.group("key") in model.listings:
            return ("/uk" if path.startswith("/uk/") else "") + f"/{m.group('key')}"
        return None

    def _renamed_listing(self, path: str) -> str | None:
        """Where an old path of a renamed section's listing, listing page or archive now lives."""
        renamed = self.model.renamed
        if not renamed:
            return None
        uk = path.startswith("/uk/")
        m = _LISTING.match(path[3:] if uk else path)
        if m and m.group("key") in renamed:
            return html_listing.listing_path(renamed[m.group("key")], int(m.group("n") or 1), uk=uk)
        m = _ARCHIVE.match(path)
        if m and m.group("key") in renamed:
            month = f"/{m.group('y')}/{m.group('m')}" if m.group("y") else ""
            return f"/{renamed[m.group('key')]}/archive{month}"
        return None

    def _render(self, path: str) -> Response | None:
        model = self.model
        if path in model.by_path:
            index = model.by_path[path]
            if index in model.gone:
                return self.not_found(model.gone[index])
            meta = model.metas[index]
            return _ok(render_article(model, meta), extra=[("Last-Modified", http_date(meta.modified))])
        static = self._static(path)
        if static is not None:
            return static
        if path in ("/", "/uk"):
            return _ok(html_listing.render_home(model, uk=path == "/uk"))
        m = _SITEMAP.match(path)
        if m:
            xml = feeds.sitemap_month(model, m.group("key"))
            return _ok(xml, XML) if xml else None
        m = _ARCHIVE.match(path)
        if m and (m.group("key") is None or m.group("key") in model.listings):
            year, month = (int(m.group("y")), int(m.group("m"))) if m.group("y") else (None, None)
            page = html_misc.render_archive(model, m.group("key") or "home", year, month)
            return _ok(page) if page else None
        uk = path.startswith("/uk/")
        m = _LISTING.match(path[3:] if uk else path)
        if m:
            d = model.listings.get(m.group("key"))
            if d is None or (uk and d.kind != "section") or m.group("n") == "1":
                return None
            page = html_listing.render_listing(model, d.key, int(m.group("n") or 1), uk=uk)
            return _ok(page) if page else None
        return None

    def _static(self, path: str) -> Response | None:
        model = self.model
        simple = {
            "/robots.txt": lambda: (feeds.robots(model), TEXT),
            "/sitemap.xml": lambda: (feeds.sitemap_index(model), XML),
            "/sitemap-news.xml": lambda: (feeds.sitemap_news(model), XML),
            "/feeds.xml": lambda: (feeds.rss(model), RSS),
            "/uk/feeds.xml": lambda: (feeds.rss(model, uk=True), RSS),
            "/newsletters": lambda: (html_misc.render_newsletters(model), HTML),
            "/about-us": lambda: (html_misc.render_about(model), HTML),
            "/search": lambda: (html_misc.render_search(model), HTML),
            f"/subscription/{html_misc.SUBSCRIPTION_SLUG}": lambda: (
                html_misc.render_subscription(model),
                HTML,
            ),
        }
        if path in simple:
            body, content_type = simple[path]()
            return _ok(body, content_type)
        if path.startswith("/edition/"):
            page = html_misc.render_edition(model, path.removeprefix("/edition/"))
            return _ok(page) if page else None
        return None


def build_site(base_url: str, seed: int = 0, articles: int = 60, revisions: Mapping[int, int] | None = None,
               extra_articles: int = 0, *, deleted: Mapping[int, int] | None = None,
               moved: Mapping[int, str] | None = None, renamed: Mapping[str, str] | None = None,
               weight: str = LIGHT) -> Site:  # fmt: skip
    """A replica of theweek.com whose links point at ``base_url`` (e.g. ``http://127.0.0.1:8123``).

    ``revisions`` maps an oracle index to a revision number (its body and modified date change);
    ``extra_articles`` adds that many newer articles on top of the ``articles`` base ones. A site that
    evolves: ``deleted`` maps an index to 404 or 410 (its page answers that, it leaves listings, sitemaps,
    feeds and the oracle), ``moved`` maps an index to a new slug (the old path answers 301 to the new one,
    the oracle keeps it in ``aliases``), ``renamed`` maps a section key to a new listing key (the old
    listing paths answer 301, the menu links the new one; article URLs do not change). ``weight``: "light"
    (the default: ~30 KB pages, fast tests) or "real" (every HTML page dressed as a real Vanilla page,
    0.4-1.9 MB, median ~600 KB: replica.weight); the articles, their URLs and the oracle are the same."""
    return Site(base_url, seed, articles, revisions, extra_articles, deleted=deleted, moved=moved, renamed=renamed,
                weight=weight)  # fmt: skip
