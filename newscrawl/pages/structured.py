"""Structured data readers: JSON-LD objects and `<meta>` tags (generic, no site selectors)."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from parsel import Selector

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "Report", "SatiricalArticle", "ScholarlyArticle", "TechArticle",
    }
)  # fmt: skip


def ld_objects(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def ld_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(obj) & ARTICLE_TYPES), None)


def ld_text(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def ld_names(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def ld_image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def meta(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", key=key
    ).getall():
        if value.strip():
            return value
    return None


def metas(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//meta[@property=$key or @name=$key]/@content", key=key).getall()
        if value.strip()
    ]
