"""The article item: its field names and order are the project's public interface (README "Item schema")."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from itemadapter import ItemAdapter

# Internal fields carried between the spider and the pipelines, never exported.
INTERNAL_FIELDS = frozenset({"body_root", "source_id", "discovered_url", "discovered_date", "promo_trace"})


@dataclass(kw_only=True, slots=True)
class Article:
    url: str
    canonical_url: str
    title: str | None = None
    standfirst: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    section: str | None = None
    article_type: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    body: str = ""
    word_count: int = 0
    fetched_at: str = ""
    content_hash: str = ""
    version: int = 1
    # Which code and rules made the record ("newscrawl/1.1 rules/theweek_promos.toml@<sha256[:12]>"),
    # and whether it was made from an archived capture (`scrapy reextract`, a replay) rather than a fetch.
    extractor: str = ""
    reextracted: bool = False
    # The body's lxml element, handed to the promo pipeline so the page is parsed only once.
    body_root: Any = field(default=None, repr=False, compare=False)
    # For the registry: the site's own id (parsely-post-id), the canonical URL the article was
    # discovered as (a legacy URL, say, before its redirect) and the date its sitemap, feed or listing
    # card gave (newscrawl.articleurl).
    source_id: str | None = field(default=None, compare=False)
    discovered_url: str | None = field(default=None, compare=False)
    discovered_date: str | None = field(default=None, compare=False)
    # What the promo pipeline removed, block by block, when PROMO_TRACE is on (`scrapy extract`).
    promo_trace: list[Any] | None = field(default=None, repr=False, compare=False)


EXPORT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article) if f.name not in INTERNAL_FIELDS)

# What a re-extraction compares with the article's last version: every exported field but those that
# say when and how the record was made. A version is new only when one of these changed.
PROVENANCE_FIELDS = frozenset({"url", "fetched_at", "content_hash", "version", "extractor", "reextracted"})
CONTENT_FIELDS: tuple[str, ...] = tuple(name for name in EXPORT_FIELDS if name not in PROVENANCE_FIELDS)

ItemT = TypeVar("ItemT")


def exported(item: Any) -> dict[str, Any]:
    """The item as it is exported: public fields only, in contract order."""
    adapter = ItemAdapter(item)
    return {name: adapter.get(name) for name in EXPORT_FIELDS}
