"""The replica site: a small model per article, pages rendered on demand from a path.

Deterministic: the same arguments give byte-identical responses. Nothing is pre-rendered, so a site
of 20,000 articles costs only its models."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newscrawl.replica import feeds, render
from newscrawl.replica.content import PAGE_TYPES, build_spec
from newscrawl.replica.model import OracleArticle, Spec

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

Response = tuple[int, list[tuple[str, str]], bytes]
PAGE_SIZE = 10
HTML = "text/html; charset=utf-8"
NON_ARTICLE_PATHS = (
    "/newsletters", "/about-us", "/archive", "/feeds.xml", "/uk/feeds.xml",
    "/edition/theweekus-saturday-wrap-2026-11-21-120001", "/subscription/new-bau-november-2026-email-8",
)  # fmt: skip


@dataclass(frozen=True)
class Site:
    base_url: str
    specs: tuple[Spec, ...]
    listing_markup: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def by_path(self) -> dict[str, Spec]:
        return {spec.path: spec for spec in self.specs}

    @cached_property
    def redirects(self) -> dict[str, str]:
        """Legacy numeric URLs and /uk/-prefixed article URLs: 301 to the slug URL (§1, §2.2)."""
        moved = {spec.legacy_path: spec.path for spec in self.specs if spec.legacy_path}
        moved.update({"/uk" + spec.path: spec.path for spec in self.specs})
        return moved

    @cached_property
    def listings(self) -> dict[str, list[Spec]]:
        """Listing path -> its articles, newest first. Articles sit in their section and their type."""
        result: dict[str, list[Spec]] = defaultdict(list)
        for spec in sorted(self.specs, key=lambda spec: spec.published_at, reverse=True):
            result[spec.section_path].append(spec)
            if "/" in spec.section_path:
                result[spec.section_path.split("/")[0]].append(spec)
            result[PAGE_TYPES[spec.page_type][1]].append(spec)
            if spec.section_path == "world-news":
                result["tag/world-news"].append(spec)
            result[f"author/{render._slug(spec.authors[0][0])}"].append(spec)
        return dict(result)

    @property
    def oracle(self) -> list[OracleArticle]:
        return [self._oracle(spec) for spec in self.specs]

    @property
    def non_article_urls(self) -> list[str]:
        extra = [f"/{path}" for path in self.listings if path.startswith("author/")]
        return [self.base_url + path for path in (*NON_ARTICLE_PATHS, *extra)]

    def paths(self) -> Iterable[str]:
        yield "/"
        yield "/robots.txt"
        yield from ("/sitemap.xml", "/sitemap-news.xml", *(f"/sitemap-{month}.xml" for month in self.months))
        for listing, specs in self.listings.items():
            for number in range(1, self._pages(specs) + 1):
                yield f"/{listing}" if number == 1 else f"/{listing}/page/{number}"
        yield from (spec.path for spec in self.specs)
        yield from NON_ARTICLE_PATHS

    @cached_property
    def months(self) -> list[str]:
        return sorted({spec.modified_at[:7] for spec in self.specs})

    def response(self, target: str) -> Response:
        path = urlsplit(target).path or "/"
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")
        if path in self.redirects:
            return 301, [("Location", self.base_url + self.redirects[path])], b""
        body = self._render(path)
        if body is None:
            return 404, [("Content-Type", HTML)], render.simple_page("Page not found", "Sorry.").encode()
        content_type, text = body
        return 200, [("Content-Type", content_type)], text.encode("utf-8")

    def _render(self, path: str) -> tuple[str, str] | None:
        if path in self.by_path:
            spec = self.by_path[path]
            return HTML, render.article_page(spec, self.base_url, self._related(spec))
        if path == "/":
            return HTML, render.homepage(self._cards(self.specs_newest[:PAGE_SIZE], "home"))
        if path in {"/uk", "/us"}:
            return HTML, render.homepage(self._cards(self.specs_newest[:PAGE_SIZE], "home"))
        special = self._special(path)
        if special is not None:
            return special
        return self._listing(path)

    def _special(self, path: str) -> tuple[str, str] | None:
        xml = "application/xml; charset=utf-8"
        if path == "/robots.txt":
            return "text/plain; charset=utf-8", feeds.robots(self.base_url)
        if path == "/sitemap.xml":
            return xml, feeds.sitemap_index(self.base_url, self.months)
        if path == "/sitemap-news.xml":
            return xml, feeds.news_sitemap(self.base_url, self.specs_newest[:50])
        if (
            path.startswith("/sitemap-")
            and path.removeprefix("/sitemap-").removesuffix(".xml") in self.months
        ):
            month = path.removeprefix("/sitemap-").removesuffix(".xml")
            return xml, feeds.monthly_sitemap(
                self.base_url, [s for s in self.specs if s.modified_at[:7] == month]
            )
        if path in {"/feeds.xml", "/uk/feeds.xml"}:
            return "application/rss+xml; charset=utf-8", feeds.rss(
                self.base_url, path, self.specs_newest[:30]
            )
        if path == "/archive":
            days: dict[str, list[Spec]] = defaultdict(list)
            for spec in self.specs_newest[:40]:
                days[spec.published_at[:10]].append(spec)
            return HTML, render.archive_page(list(days.items()))
        if path in NON_ARTICLE_PATHS:
            return HTML, render.simple_page(path.strip("/").split("/")[0].title(), "Not an article.")
        return None

    def _listing(self, path: str) -> tuple[str, str] | None:
        parts = path.strip("/").split("/")
        number = 1
        if len(parts) >= 3 and parts[-2] == "page" and parts[-1].isdigit():
            number, parts = int(parts[-1]), parts[:-2]
        if parts and parts[0] == "uk":
            parts = parts[1:]
        listing = "/".join(parts)
        specs = self.listings.get(listing)
        if not specs or not 1 <= number <= self._pages(specs):
            return None
        chunk = specs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        markup = self.listing_markup.get(listing) or ("bem" if len(listing) % 2 else "vanilla")
        following = f"/{listing}/page/{number + 1}" if number < self._pages(specs) else None
        cards = self._cards(chunk, listing)
        return HTML, render.listing_page(render.section_label(listing), cards, markup, following)

    @staticmethod
    def _pages(specs: list[Spec]) -> int:
        return (len(specs) + PAGE_SIZE - 1) // PAGE_SIZE

    @cached_property
    def specs_newest(self) -> list[Spec]:
        return sorted(self.specs, key=lambda spec: spec.published_at, reverse=True)

    def _cards(self, specs: list[Spec], listing: str) -> list[tuple[Spec, str]]:
        return [(spec, self._href(spec, listing)) for spec in specs]

    def _href(self, spec: Spec, listing: str) -> str:
        """Links vary as on the real site: tracking parameters, trailing slashes, /uk/, legacy URLs."""
        salt = (spec.index + len(listing)) % 6
        if spec.legacy_path and salt < 3:
            return spec.legacy_path
        if salt == 1:
            return f"{spec.path}?utm_source=theweek&utm_medium={listing.replace('/', '-') or 'home'}"
        if salt == 2:
            return self.base_url + spec.path + "/"
        if salt == 3:
            return "/uk" + spec.path
        return self.base_url + spec.path if salt == 4 else spec.path

    def _related(self, spec: Spec) -> list[Spec]:
        siblings = [other for other in self.specs_newest if other.index != spec.index]
        start = spec.index % max(1, len(siblings) - 4)
        return siblings[start : start + 4]

    def _oracle(self, spec: Spec) -> OracleArticle:
        url = self.base_url + spec.path
        aliases = [self.base_url + "/uk" + spec.path, url + "/", url + "?utm_source=theweek"]
        if spec.legacy_path:
            aliases.insert(0, self.base_url + spec.legacy_path)
        return OracleArticle(
            url=url,
            canonical_url=url,
            title=spec.title,
            standfirst=spec.standfirst,
            authors=[name for name, _ in spec.authors],
            published_at=spec.published_at,
            modified_at=spec.modified_at,
            section=spec.section_label,
            article_type=spec.kicker,
            tags=list(spec.tags),
            image_url=f"{render.CDN}/{spec.image_id}.jpg",
            body_paragraphs=[block.text for block in spec.blocks],
            page_type=spec.page_type,
            family=spec.family,
            aliases=aliases,
            version=spec.revision + 1,
        )


def build_site(
    base_url: str,
    *,
    seed: int = 0,
    articles: int = 60,
    revisions: Mapping[int, int] | None = None,
    extra_articles: int = 0,
) -> Site:
    """`revisions` maps an article index to its revision number (body and dateModified change);
    `extra_articles` adds newer articles beyond `articles` (indexes count down into the future)."""
    revisions = revisions or {}
    specs = [build_spec(seed, index, revisions.get(index, 0)) for index in range(articles)]
    specs += [
        build_spec(seed, -(number + 1), revisions.get(-(number + 1), 0)) for number in range(extra_articles)
    ]
    return Site(base_url=base_url.rstrip("/"), specs=tuple(specs))
