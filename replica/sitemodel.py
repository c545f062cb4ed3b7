"""Builds the small model of a whole site: one ArticleMeta per article, listing memberships, URL indexes.

This is the only eager work ``build_site`` does; it stays cheap for 20,000 articles because bodies and
pages are generated later, on demand."""

from __future__ import annotations

import dataclasses
import gc
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica import seed_article
from replica.content import make_story
from replica.model import (
    CARTOONS,
    EXPLAINER,
    FEATURE,
    IN_DEPTH,
    INSTANT_OPINION,
    MARKUP_BEM,
    MARKUP_LEGACY,
    MARKUP_SLICE,
    PHOTOS,
    PUZZLES,
    RECOMMENDS,
    SPEED_READ,
    ArticleMeta,
)
from replica.util import make_id, slugify, stable_hash

if TYPE_CHECKING:
    from collections.abc import Mapping

# Newest base article; extra articles are published after it. Fixed, never the clock.
ANCHOR = datetime(2025, 10, 23, 18, 0, 0, tzinfo=UTC)
SEED_PUBLISHED = datetime(2019, 6, 26, 16, 2, 11, tzinfo=UTC)
SEED_LEGACY_ID = 852341
PAGE_SIZE = 11  # cards per listing page (§2.2: "at least 10 cards per page")
HOME_LATEST = 12

# Page-type rotation: every 21 articles hold every page type of §4.4, Speed Reads most often.
PATTERN = (SPEED_READ, INSTANT_OPINION, SPEED_READ, EXPLAINER, CARTOONS, SPEED_READ, FEATURE, RECOMMENDS,
           SPEED_READ, IN_DEPTH, PHOTOS, SPEED_READ, FEATURE, INSTANT_OPINION, PUZZLES, SPEED_READ, EXPLAINER,
           CARTOONS, FEATURE, IN_DEPTH, RECOMMENDS)  # fmt: skip
# Family rotation: half BEM (§4.1), half #article-body (slice 2024-25 and legacy 2019-20 bylines, §4.2).
MARKUPS = (MARKUP_BEM, MARKUP_SLICE, MARKUP_BEM, MARKUP_LEGACY)
OLD_SECTIONS = {"politics": "politics", "world-news": "world", "business": "business",
                "science": "health-and-science", "culture-life": "culture", "cartoons": "cartoons",
                "puzzles": "puzzles", "photos": "photos"}  # fmt: skip
UTM_SOURCES = (
    ("twitter", "social"),
    ("facebook", "social"),
    ("newsletter", "email"),
    ("flipboard", "referral"),
)


@dataclass(frozen=True, slots=True)
class ListingDef:
    key: str  # "home", "politics", "business/economy", "speed-reads", "tag/world-news", "author/x"
    label: str
    markup: str  # "bem" | "result"
    kind: str  # home | section | type | tag | author

    @property
    def path(self) -> str:
        return "/" if self.kind == "home" else f"/{self.key}"


@dataclass
class SiteModel:
    base_url: str
    seed: int
    n_base: int
    metas: list[ArticleMeta]
    by_path: dict[str, int] = field(default_factory=dict)
    legacy: dict[str, int] = field(default_factory=dict)
    listings: dict[str, ListingDef] = field(default_factory=dict)
    members: dict[str, list[int]] = field(default_factory=dict)
    tag_names: dict[str, str] = field(default_factory=dict)
    # How the site has evolved (all empty on a fresh site): deleted articles (index -> 404 or 410), the old
    # paths of moved articles (old path -> index) and renamed section listings (section key -> listing key).
    gone: dict[int, int] = field(default_factory=dict)
    moved_from: dict[str, int] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def live(self) -> list[ArticleMeta]:
        """The articles that are still published: what listings, sitemaps, feeds and the oracle show."""
        if not self.gone:
            return self.metas
        return [m for m in self.metas if m.index not in self.gone]

    def listing_key(self, section: str) -> str:
        """The listing key (and path) of a section: its own key unless the section was renamed."""
        return self.renamed.get(section, section)

    def section_of(self, listing_key: str) -> str:
        """The section key behind a listing key (the inverse of ``listing_key``)."""
        for old, new in self.renamed.items():
            if new == listing_key:
                return old
        return listing_key

    def aliases(self, meta: ArticleMeta) -> list[str]:
        """Every other URL that links or redirects to the article (legacy, /uk/, trailing slash, tracking,
        and the paths it was served at before it moved)."""
        out = [self.url(meta.legacy_path)] if meta.legacy_path else []
        out += [self.url("/uk" + meta.path), self.url(meta.path + "/"), self.url(f"{meta.path}?{meta.utm}")]
        out += [self.url(old) for old, index in self.moved_from.items() if index == meta.index]
        return out

    def link(self, meta: ArticleMeta, where: str) -> str:
        """The href a listing card uses: mostly canonical, sometimes an alias (§2.2, brief)."""
        roll = stable_hash(where, meta.index) % 100
        if roll < 66:
            return self.url(meta.path)
        if roll < 76:
            return self.url(f"{meta.path}?{meta.utm}")
        if roll < 83:
            return self.url(meta.path + "/")
        if roll < 90 or not meta.legacy_path:
            return self.url("/uk" + meta.path)
        return self.url(meta.legacy_path)


def _legacy_path(i: int, page_type: str, section: str, slug: str) -> str | None:
    short = "-".join(slug.split("-")[:6])
    root = section.split("/", 1)[0]
    if page_type == SPEED_READ and i % 9 == 4:
        return f"/speedreads/{800000 + i}/{short}"
    if i % 7 == 3:
        return f"/articles/{600000 + i}/{short}"
    if i % 7 == 5 and root in OLD_SECTIONS:
        return f"/{OLD_SECTIONS[root]}/{1000000 + i * 3}/{slug}"
    if i % 11 == 8 and 10000 + i < 100000:
        return f"/{10000 + i}/{slug}"
    return None


def _authors(rng: random.Random, page_type: str) -> tuple[str, ...]:
    pool = cat.TYPE_AUTHORS[page_type]
    first = rng.choice(pool)
    if page_type in (SPEED_READ, EXPLAINER, IN_DEPTH, FEATURE) and rng.random() < 0.2:
        others = [a for a in (*pool, "daniel-okafor", "theo-lindqvist") if a != first]
        return (first, rng.choice(others))
    return (first,)


def _meta(rng: random.Random, seed: int, i: int, published: datetime, story_seed: str, body_seed: str,
          revision: int, by_path: Mapping[str, int], legacy: bool) -> ArticleMeta:  # fmt: skip
    """One article's metadata, drawn from the site-wide stream ``rng`` (prefix-stable: article i
    is the same whatever the article count; revisions draw nothing from it)."""
    pos, cycle = (i - 1) % len(PATTERN), (i - 1) // len(PATTERN)
    page_type = PATTERN[pos]
    markup = MARKUPS[(cycle + pos) % len(MARKUPS)]
    story = make_story(story_seed, page_type, published, rng.randrange(6), rng)
    slug = _unique_slug(story.section, story.slug, by_path)
    modified = published
    if rng.random() < 0.35:
        modified = published + timedelta(seconds=rng.randint(1200, 108000))
    if revision:
        extra = 60 + stable_hash(seed, "revision", i, revision) % 2940
        modified = modified + timedelta(hours=6 * revision, seconds=extra)
    roll = rng.random()
    jsonld = "none" if roll < 0.08 else "list" if roll < 0.25 else "article" if roll < 0.55 else "news"
    src, medium = rng.choice(UTM_SOURCES)
    no_image = page_type == PUZZLES or (page_type == SPEED_READ and rng.random() < 0.06)
    card_kicker = rng.choice(cat.CARD_KICKER_VARIANTS.get(story.kicker, (story.kicker,)))
    return ArticleMeta(
        index=i, uid=make_id(rng), page_type=page_type, kicker=story.kicker, card_kicker=card_kicker,
        section=story.section, slug=slug, title=story.title, standfirst=story.standfirst,
        authors=_authors(rng, page_type), published=published, modified=modified, tags=story.tags,
        image_id=None if no_image else make_id(rng), hero_caption=story.hero_caption,
        hero_credit=rng.choice(cat.HERO_CREDITS), markup=markup,
        legacy_path=_legacy_path(i, page_type, story.section, slug) if legacy else None, revision=revision,
        story_seed=story_seed, body_seed=body_seed, jsonld=jsonld,
        published_meta=jsonld == "none" or rng.random() > 0.12,
        desk_in_jsonld=jsonld != "none" and rng.random() < 0.25, desk_in_byline=rng.random() < 0.3,
        og_suffix=rng.random() < 0.4, named_entities=markup != MARKUP_BEM and rng.random() < 0.5,
        utm=f"utm_source={src}&utm_medium={medium}&utm_campaign=tw-{i:05d}",
    )  # fmt: skip


def _seed_meta(seed: int, revision: int) -> ArticleMeta:
    """The real 2019 Speed Read of /work/shared/theweek/seed, served at a legacy URL (brief)."""
    rng = random.Random(f"{seed}:meta:0")
    slug = slugify(seed_article.TITLE)
    modified = SEED_PUBLISHED + timedelta(minutes=47)
    if revision:
        modified += timedelta(
            hours=6 * revision, seconds=60 + stable_hash(seed, "revision", 0, revision) % 2940
        )
    return ArticleMeta(
        index=0, uid=make_id(rng), page_type=SPEED_READ, kicker="Speed Read", card_kicker="Speed Read",
        section="world-news", slug=slug, title=seed_article.TITLE, standfirst=None, authors=("peter-weber",),
        published=SEED_PUBLISHED, modified=modified, tags=("North Korea", "South Korea", "World News"),
        image_id=make_id(rng), hero_caption="Kim Jong Un and Donald Trump at their February 2019 summit in Hanoi",
        hero_credit="Brendan Smialowski / AFP via Getty Images", markup=MARKUP_BEM,
        legacy_path=f"/speedreads/{SEED_LEGACY_ID}/{slugify(seed_article.TITLE, 10)}", revision=revision,
        story_seed=f"{seed}:story:0", body_seed=f"{seed}:body:0", jsonld="news", published_meta=True,
        desk_in_jsonld=False, desk_in_byline=False, og_suffix=True, named_entities=False,
        utm="utm_source=twitter&utm_medium=social&utm_campaign=tw-00000", is_seed=True,
    )  # fmt: skip


_tag_slug = lru_cache(maxsize=None)(slugify)
RESERVED = {"page", "archive"} | {s.key.split("/")[-1] for s in cat.SECTIONS}


def _unique_slug(section: str, base: str, by_path: Mapping[str, int]) -> str:
    slug, n = base, 1
    while f"/{section}/{slug}" in by_path or slug in RESERVED or not slug:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _listing_defs(model: SiteModel) -> None:
    defs = [ListingDef("home", "The Week", "bem", "home")]
    defs += [ListingDef(model.listing_key(s.key), s.label, s.listing_markup, "section") for s in cat.SECTIONS]
    defs += [ListingDef(key, label, markup, "type") for key, label, _, markup in cat.TYPE_LISTINGS]
    defs += [ListingDef(f"tag/{slug}", name, "result", "tag") for slug, name in model.tag_names.items()]
    defs += [ListingDef(f"author/{a.key}", a.name, ("bem", "result")[stable_hash(a.key) % 2], "author")
             for a in cat.AUTHORS]  # fmt: skip
    model.listings = {d.key: d for d in defs}


@dataclass(frozen=True)
class Evolution:
    """How a site has changed since it was first built, applied on top of the generated articles.

    ``deleted``: article index -> 404 or 410 (the page answers that status; the article leaves listings,
    sitemaps, feeds and the oracle). ``moved``: article index -> new slug (served at the new path, the old
    one answers 301). ``renamed``: section key -> new listing key (the listing moves, articles do not)."""

    deleted: Mapping[int, int] = field(default_factory=dict)
    moved: Mapping[int, str] = field(default_factory=dict)
    renamed: Mapping[str, str] = field(default_factory=dict)


GONE_STATUSES = (404, 410)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LISTING_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?")


def build_model(base_url: str, seed: int, articles: int, revisions: Mapping[int, int],
                extra_articles: int, evolution: Evolution | None = None) -> SiteModel:  # fmt: skip
    """All article metadata and indexes. ``revisions`` maps oracle index -> revision number."""
    if articles < 1:
        raise ValueError("a replica needs at least one article (the seed article)")
    paused = gc.isenabled()
    gc.disable()  # tens of thousands of small records: cyclic GC passes would dominate the build time
    try:
        return _build(base_url, seed, articles, revisions, extra_articles, evolution or Evolution())
    finally:
        if paused:
            gc.enable()


def _build(base_url: str, seed: int, articles: int, revisions: Mapping[int, int], extra_articles: int,
           evolution: Evolution) -> SiteModel:  # fmt: skip
    model = SiteModel(base_url.rstrip("/"), seed, articles, [])

    def add(meta: ArticleMeta) -> None:
        model.metas.append(meta)
        model.by_path[meta.path] = meta.index
        if meta.legacy_path:
            model.legacy[meta.legacy_path] = meta.index

    add(_seed_meta(seed, revisions.get(0, 0)))
    published = ANCHOR
    stream = random.Random(f"{seed}:articles")
    for i in range(1, articles):
        if i > 1:
            published -= timedelta(seconds=4500 + stream.randrange(22500))
        add(_meta(stream, seed, i, published, f"{seed}:story:{i}", f"{seed}:body:{i}", revisions.get(i, 0),
                  model.by_path, legacy=True))  # fmt: skip
    extra = random.Random(f"{seed}:extra-articles")
    for j in range(extra_articles):
        i = articles + j
        # Newer than every base article's modified date (at most published + 30 h), so extras top the feeds too.
        when = ANCHOR + timedelta(hours=32 + 2 * j, seconds=extra.randrange(3000))
        add(_meta(extra, seed, i, when, f"{seed}:extra-story:{j}", f"{seed}:extra-body:{j}", revisions.get(i, 0),
                  model.by_path, legacy=False))  # fmt: skip
    _evolve(model, evolution)
    _memberships(model)
    _listing_defs(model)
    return model


def _evolve(model: SiteModel, evolution: Evolution) -> None:
    """Apply deletions, moves and renames after every article is drawn, so that the articles themselves
    (slugs included) stay what they were: an evolved site differs from the fresh one only where asked."""
    known = range(len(model.metas))
    for index, status in evolution.deleted.items():
        if index not in known or status not in GONE_STATUSES:
            raise ValueError(
                f"cannot delete article {index} with status {status}: need an index and 404 or 410"
            )
    model.gone = dict(evolution.deleted)
    for index, slug in evolution.moved.items():
        if index not in known or index in model.gone or not _SLUG.fullmatch(slug) or slug in RESERVED:
            raise ValueError(f"cannot move article {index} to slug {slug!r}")
        old = model.metas[index]
        new = dataclasses.replace(old, slug=slug)
        if new.path in model.by_path or new.path in model.moved_from:
            raise ValueError(f"cannot move article {index}: {new.path} is taken")
        model.metas[index] = new
        del model.by_path[old.path]
        model.by_path[new.path] = index
        model.moved_from[old.path] = index
    listing_keys = (
        {s.key for s in cat.SECTIONS} | {key for key, *_ in cat.TYPE_LISTINGS} | {"tag", "author", "uk"}
    )
    for section, key in evolution.renamed.items():
        if section not in cat.SECTION_BY_KEY or not _LISTING_KEY.fullmatch(key) or key in listing_keys:
            raise ValueError(f"cannot rename section {section!r} to {key!r}")
        if key in model.renamed.values() or key.split("/")[-1] in {"page", "archive"}:
            raise ValueError(f"cannot rename section {section!r} to {key!r}")
        model.renamed[section] = key


def _memberships(model: SiteModel) -> None:
    members: dict[str, list[int]] = {"home": [], **{s.key: [] for s in cat.SECTIONS}}
    members.update({key: [] for key, *_ in cat.TYPE_LISTINGS})
    members.update({f"author/{a.key}": [] for a in cat.AUTHORS})
    type_listing = {page_type: key for key, _, page_type, _ in cat.TYPE_LISTINGS}
    for meta in model.live:
        keys = ["home", meta.section]
        parent = cat.SECTION_BY_KEY[meta.section].parent
        if parent:
            keys.append(parent)
        others = [s for s in cat.TYPE_SECTIONS[meta.page_type] if s not in keys and s != meta.section]
        if others and stable_hash("also", model.seed, meta.index) % 5 < 2:  # cross-listed in a second section
            keys.append(others[stable_hash("which", meta.index) % len(others)])
        if meta.page_type in type_listing:
            keys.append(type_listing[meta.page_type])
        keys += [f"author/{a}" for a in meta.authors]
        for tag in meta.tags:
            slug = _tag_slug(tag)
            model.tag_names.setdefault(slug, tag)
            keys.append(f"tag/{slug}")
        for key in keys:
            members.setdefault(key, []).append(meta.index)
    order = {m.index: (-m.published.timestamp(), m.index) for m in model.live}
    model.members = {
        model.listing_key(key): sorted(idx, key=order.__getitem__) for key, idx in members.items()
    }
    model.tag_names = dict(sorted(model.tag_names.items()))


def pages_of(model: SiteModel, key: str, size: int = PAGE_SIZE) -> int:
    """Number of listing pages (at least 1, even when empty)."""
    return max(1, -(-len(model.members.get(key, [])) // size))
