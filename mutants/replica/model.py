"""Data model of the replica: small frozen records from which every page is rendered on demand."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

# Page types of STRUCTURE.md §4.4 (plus "feature" for Today's Big Question / Talking Points / In the Spotlight).
SPEED_READ = "speed_read"
INSTANT_OPINION = "instant_opinion"
EXPLAINER = "explainer"
IN_DEPTH = "in_depth"
FEATURE = "feature"
CARTOONS = "cartoons"
PUZZLES = "puzzles"
PHOTOS = "photos"
RECOMMENDS = "recommends"
PAGE_TYPES = (
    SPEED_READ,
    INSTANT_OPINION,
    EXPLAINER,
    IN_DEPTH,
    FEATURE,
    CARTOONS,
    PUZZLES,
    PHOTOS,
    RECOMMENDS,
)

# Template families (§4.3) and the markup variants that realise them.
BEM = "bem"  # theweek BEM names: header__title, article__body, ... (§4.1)
ARTICLE_BODY = "article-body"  # #article-body family of the pcgamer / tomshardware / space samples (§4.2)
MARKUP_BEM = "bem"
MARKUP_SLICE = "slice"  # 2024-25 slice byline (pcgamer samples)
MARKUP_LEGACY = "legacy"  # 2019-20 p.byline span.by-author (tomshardware / space samples)

# Promo / boilerplate kinds of STRUCTURE.md §6; every kind is rendered with and without classes.
PROMO_KINDS = (
    "subscribe",  # 6.1 kiosq / blueconic box
    "newsletter",  # 6.2 "The Week's Free Newsletters" slice
    "daily_email",  # 6.3 "Today's Best Articles" slice
    "you_may_like",  # 6.5 Recirculation:ArticleRiver inside the body
    "read_more",  # 6.5 article-river-stacked "Read more"
    "most_popular",  # 6.5 related-articles-block / slice-container-relatedArticles
    "more_about",  # 6.5 slice-container-moreAbout
    "card_list",  # 6.5 title + kicker + strapline cards, with duplicates (seed)
    "author_bio",  # 6.6
    "ad_unit",  # 6.7
    "video_carousel",  # 6.7 van_vid_carousel
    "jwplayer",  # 6.7
    "hawk",  # 6.7 price widgets
    "taboola",  # 6.7
    "affiliate",  # 6.7 affiliate disclaimer
    "share",  # 6.8 socialite share bar
    "comments",  # 6.8 jump-to-comments
    "tags",  # 6.8 tag block
    "image",  # 6.9 in-body figure with caption and credit
)


@dataclass(frozen=True, slots=True)
class Author:
    key: str
    name: str
    desk: str | None  # "The Week US" / "The Week UK"; None for pseudo-authors ("The Week Staff")
    role: str
    bio: tuple[str, ...]

    @property
    def slug(self) -> str:
        return self.key

    @property
    def byline(self) -> str:
        """``Peter Weber, The Week US`` as printed in theweek bylines (§4.1, §9)."""
        return f"{self.name}, {self.desk}" if self.desk else self.name


@dataclass(frozen=True, slots=True)
class SectionDef:
    key: str  # URL path without slashes at the ends, e.g. "business/economy"
    label: str  # articleSection / parsely-section value, e.g. "Economy"
    parent: str | None
    listing_markup: str  # "bem" (§3.3) or "result" (§3.2 listingResult fallback)


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """The small per-article model; bodies are generated from it lazily (content.build_body)."""

    index: int
    uid: str
    page_type: str
    kicker: str  # as rendered in the article's kicker element
    card_kicker: str  # as printed on listing / related cards (case varies, §3.1)
    section: str  # SectionDef.key
    slug: str
    title: str
    standfirst: str | None
    authors: tuple[str, ...]  # Author.key
    published: datetime
    modified: datetime
    tags: tuple[str, ...]
    image_id: str | None
    hero_caption: str
    hero_credit: str
    markup: str  # MARKUP_*
    legacy_path: str | None
    revision: int
    story_seed: str
    body_seed: str
    jsonld: str  # "news" | "article" | "list" | "none"
    published_meta: bool  # article:published_time / modified_time metas present
    desk_in_jsonld: bool  # JSON-LD author names carry ", The Week US"
    desk_in_byline: bool  # the #article-body byline prints the desk suffix
    og_suffix: bool  # og:title carries " | The Week"
    named_entities: bool  # text spelled with &rsquo; etc.
    utm: str  # tracking query of the tracking-parameter alias
    is_seed: bool = False

    @property
    def family(self) -> str:
        return BEM if self.markup == MARKUP_BEM else ARTICLE_BODY

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug}"

    @property
    def section_root(self) -> str:
        return self.section.split("/", 1)[0]


@dataclass(frozen=True, slots=True)
class Block:
    """One editorial block. ``kind``: p, h2, h3, ul, quote, attribution."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    cite: str = ""
    # Optional inline element (tag, first word, end word, href or "@<offset>" for another replica article).
    inline: tuple[str, int, int, str] | None = None
    href: str = ""  # attribution link


@dataclass(frozen=True, slots=True)
class Figure:
    """An in-body image (§6.9). ``style``: inline, cartoon or gallery (theweek photo pages)."""

    image_id: str
    caption: str
    credit: str
    alt: str
    style: str = "inline"


@dataclass(frozen=True, slots=True)
class Promo:
    kind: str
    classed: bool
    variant: int = 0
    figure: Figure | None = None  # payload of an "image" promo


BodyItem = Block | Figure | Promo


@dataclass(frozen=True, slots=True)
class Card:
    """A related-article card: title + kicker + strapline linking to ``url``."""

    url: str
    title: str
    kicker: str
    strapline: str
    image_id: str | None = None


@dataclass(frozen=True)
class OracleArticle:
    """What a careful reader of the article page concludes: the crawler's item contract."""

    url: str
    canonical_url: str
    title: str
    standfirst: str | None
    authors: list[str]
    published_at: str
    modified_at: str
    section: str
    article_type: str
    tags: list[str]
    image_url: str | None
    body_paragraphs: list[str]
    page_type: str
    family: str
    aliases: list[str]
    version: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def editorial_texts(items: tuple[BodyItem, ...] | list[BodyItem]) -> list[str]:
    """The body_paragraphs of a body: editorial blocks in order, list items flattened."""
    out: list[str] = []
    for item in items:
        if isinstance(item, Block):
            if item.kind == "ul":
                out.extend(item.items)
            else:
                out.append(item.text)
    return out
