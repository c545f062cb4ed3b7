"""The replica's article model and its oracle record (what a careful reader concludes from each page)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Block:
    """One editorial block of an article body."""

    kind: str  # "p", "h2", "h3", "li", "quote", "attribution"
    text: str


@dataclass(frozen=True, slots=True)
class Spec:
    """Everything needed to render one article page, deterministically."""

    index: int
    path: str  # /<section>[/<sub>]/<slug>
    section_path: str
    section_label: str
    page_type: str
    kicker: str
    family: str  # "bem" | "article-body" | "article-body-2019"
    title: str
    standfirst: str
    authors: tuple[tuple[str, str], ...]  # (name, desk)
    published_at: str
    modified_at: str
    tags: tuple[str, ...]
    image_id: str
    blocks: tuple[Block, ...]
    legacy_path: str | None
    variant: int  # picks promo positions, classless promos, missing structured data
    revision: int = 0

    @property
    def classless(self) -> bool:
        """Every promo of this page is rendered without its classes (§6: "match by text second")."""
        return self.variant % 3 == 0

    @property
    def has_json_ld(self) -> bool:
        return self.variant % 7 != 5

    @property
    def has_published_meta(self) -> bool:
        return self.variant % 11 != 4


@dataclass(frozen=True, slots=True)
class OracleArticle:
    """The true record of one article: what the crawler must emit for it."""

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
    aliases: list[str] = field(default_factory=list)
    version: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
