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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_ld_objects__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_objects__mutmut)
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


def x_ld_objects__mutmut_orig(selector: Selector) -> list[dict[str, Any]]:
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


def x_ld_objects__mutmut_1(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = None
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


def x_ld_objects__mutmut_2(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath(None).getall():
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


def x_ld_objects__mutmut_3(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('XX//script[@type="application/ld+json"]/text()XX').getall():
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


def x_ld_objects__mutmut_4(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//SCRIPT[@TYPE="APPLICATION/LD+JSON"]/TEXT()').getall():
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


def x_ld_objects__mutmut_5(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = None
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_6(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(None, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_7(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=None)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_8(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_9(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, )
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_10(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=True)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_11(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = None
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_12(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(None, strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_13(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=None)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_14(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_15(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), )
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_16(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace(None, '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_17(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', None), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_18(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_19(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', ), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_20(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('XX\\"XX', '"'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_21(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', 'XX"XX'), strict=False)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_22(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members and top-level lists flattened."""
    objects: list[dict[str, Any]] = []
    for raw in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Seen on a real Vanilla page (samples/pcgamer-2025-article.html): escapes that break JSON.
            try:
                data = json.loads(raw.replace('\\"', '"'), strict=True)
            except ValueError:
                logger.debug("unparseable JSON-LD block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_23(selector: Selector) -> list[dict[str, Any]]:
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
                logger.debug(None)
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_24(selector: Selector) -> list[dict[str, Any]]:
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
                logger.debug("XXunparseable JSON-LD block skippedXX")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_25(selector: Selector) -> list[dict[str, Any]]:
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
                logger.debug("unparseable json-ld block skipped")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_26(selector: Selector) -> list[dict[str, Any]]:
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
                logger.debug("UNPARSEABLE JSON-LD BLOCK SKIPPED")
                continue
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_27(selector: Selector) -> list[dict[str, Any]]:
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
                break
        objects.extend(_flatten(data))
    return objects


def x_ld_objects__mutmut_28(selector: Selector) -> list[dict[str, Any]]:
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
        objects.extend(None)
    return objects


def x_ld_objects__mutmut_29(selector: Selector) -> list[dict[str, Any]]:
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
        objects.extend(_flatten(None))
    return objects

mutants_x_ld_objects__mutmut['_mutmut_orig'] = x_ld_objects__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_1'] = x_ld_objects__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_2'] = x_ld_objects__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_3'] = x_ld_objects__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_4'] = x_ld_objects__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_5'] = x_ld_objects__mutmut_5 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_6'] = x_ld_objects__mutmut_6 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_7'] = x_ld_objects__mutmut_7 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_8'] = x_ld_objects__mutmut_8 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_9'] = x_ld_objects__mutmut_9 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_10'] = x_ld_objects__mutmut_10 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_11'] = x_ld_objects__mutmut_11 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_12'] = x_ld_objects__mutmut_12 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_13'] = x_ld_objects__mutmut_13 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_14'] = x_ld_objects__mutmut_14 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_15'] = x_ld_objects__mutmut_15 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_16'] = x_ld_objects__mutmut_16 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_17'] = x_ld_objects__mutmut_17 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_18'] = x_ld_objects__mutmut_18 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_19'] = x_ld_objects__mutmut_19 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_20'] = x_ld_objects__mutmut_20 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_21'] = x_ld_objects__mutmut_21 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_22'] = x_ld_objects__mutmut_22 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_23'] = x_ld_objects__mutmut_23 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_24'] = x_ld_objects__mutmut_24 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_25'] = x_ld_objects__mutmut_25 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_26'] = x_ld_objects__mutmut_26 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_27'] = x_ld_objects__mutmut_27 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_28'] = x_ld_objects__mutmut_28 # type: ignore # mutmut generated
mutants_x_ld_objects__mutmut['x_ld_objects__mutmut_29'] = x_ld_objects__mutmut_29 # type: ignore # mutmut generated
mutants_x__flatten__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flatten__mutmut)
def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_orig(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_1(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(None)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_2(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "XX@graphXX" in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_3(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@GRAPH" in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_4(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" not in data:
            yield from _flatten(data["@graph"])


def x__flatten__mutmut_5(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(None)


def x__flatten__mutmut_6(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["XX@graphXX"])


def x__flatten__mutmut_7(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@GRAPH"])

mutants_x__flatten__mutmut['_mutmut_orig'] = x__flatten__mutmut_orig # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_1'] = x__flatten__mutmut_1 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_2'] = x__flatten__mutmut_2 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_3'] = x__flatten__mutmut_3 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_4'] = x__flatten__mutmut_4 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_5'] = x__flatten__mutmut_5 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_6'] = x__flatten__mutmut_6 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_7'] = x__flatten__mutmut_7 # type: ignore # mutmut generated
mutants_x_ld_types__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_types__mutmut)
def ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def x_ld_types__mutmut_orig(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def x_ld_types__mutmut_1(obj: dict[str, Any]) -> set[str]:
    kind = None
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def x_ld_types__mutmut_2(obj: dict[str, Any]) -> set[str]:
    kind = obj.get(None)
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def x_ld_types__mutmut_3(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("XX@typeXX")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()


def x_ld_types__mutmut_4(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@TYPE")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {entry for entry in kind if isinstance(entry, str)}
    return set()

mutants_x_ld_types__mutmut['_mutmut_orig'] = x_ld_types__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_types__mutmut['x_ld_types__mutmut_1'] = x_ld_types__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_types__mutmut['x_ld_types__mutmut_2'] = x_ld_types__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_types__mutmut['x_ld_types__mutmut_3'] = x_ld_types__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_types__mutmut['x_ld_types__mutmut_4'] = x_ld_types__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_article__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_article__mutmut)
def ld_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(obj) & ARTICLE_TYPES), None)


def x_ld_article__mutmut_orig(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(obj) & ARTICLE_TYPES), None)


def x_ld_article__mutmut_1(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next(None, None)


def x_ld_article__mutmut_2(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next(None)


def x_ld_article__mutmut_3(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(obj) & ARTICLE_TYPES), )


def x_ld_article__mutmut_4(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(obj) | ARTICLE_TYPES), None)


def x_ld_article__mutmut_5(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((obj for obj in objects if ld_types(None) & ARTICLE_TYPES), None)

mutants_x_ld_article__mutmut['_mutmut_orig'] = x_ld_article__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_article__mutmut['x_ld_article__mutmut_1'] = x_ld_article__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_article__mutmut['x_ld_article__mutmut_2'] = x_ld_article__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_article__mutmut['x_ld_article__mutmut_3'] = x_ld_article__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_article__mutmut['x_ld_article__mutmut_4'] = x_ld_article__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_article__mutmut['x_ld_article__mutmut_5'] = x_ld_article__mutmut_5 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_text__mutmut)
def ld_text(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_orig(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_1(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is not None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_2(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = None
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_3(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(None)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_4(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = None
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_5(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next(None, None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_6(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next(None)
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_7(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), )
    return value if isinstance(value, str) and value.strip() else None


def x_ld_text__mutmut_8(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if (isinstance(value, str) and value.strip()) and False else None


def x_ld_text__mutmut_9(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if (isinstance(value, str) and value.strip()) or True else None


def x_ld_text__mutmut_10(obj: dict[str, Any] | None, key: str) -> str | None:
    """A string property; the first string of a list."""
    if obj is None:
        return None
    value = obj.get(key)
    if isinstance(value, list):
        value = next((entry for entry in value if isinstance(entry, str)), None)
    return value if isinstance(value, str) or value.strip() else None

mutants_x_ld_text__mutmut['_mutmut_orig'] = x_ld_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_1'] = x_ld_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_2'] = x_ld_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_3'] = x_ld_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_4'] = x_ld_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_5'] = x_ld_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_6'] = x_ld_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_7'] = x_ld_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_8'] = x_ld_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_9'] = x_ld_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_ld_text__mutmut['x_ld_text__mutmut_10'] = x_ld_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_names__mutmut)
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


def x_ld_names__mutmut_orig(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_1(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = None
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_2(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get(None)
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_3(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("XXnameXX")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_4(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("NAME")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_5(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if (isinstance(name, str)) and False else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_6(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if (isinstance(name, str)) or True else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(entry)]
    return []


def x_ld_names__mutmut_7(value: Any) -> list[str]:
    """Names from a Person/Organization property given as a string, an object or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for entry in value for name in ld_names(None)]
    return []

mutants_x_ld_names__mutmut['_mutmut_orig'] = x_ld_names__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_1'] = x_ld_names__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_2'] = x_ld_names__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_3'] = x_ld_names__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_4'] = x_ld_names__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_5'] = x_ld_names__mutmut_5 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_6'] = x_ld_names__mutmut_6 # type: ignore # mutmut generated
mutants_x_ld_names__mutmut['x_ld_names__mutmut_7'] = x_ld_names__mutmut_7 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ld_image_url__mutmut)
def ld_image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_orig(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_1(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(None)
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_2(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") and value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_3(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get(None) or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_4(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("XXurlXX") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_5(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("URL") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_6(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get(None))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_7(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("XXcontentUrlXX"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_8(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contenturl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_9(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("CONTENTURL"))
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_10(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) or value:
        return ld_image_url(value[0])
    return None


def x_ld_image_url__mutmut_11(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(None)
    return None


def x_ld_image_url__mutmut_12(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return ld_image_url(value[1])
    return None

mutants_x_ld_image_url__mutmut['_mutmut_orig'] = x_ld_image_url__mutmut_orig # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_1'] = x_ld_image_url__mutmut_1 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_2'] = x_ld_image_url__mutmut_2 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_3'] = x_ld_image_url__mutmut_3 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_4'] = x_ld_image_url__mutmut_4 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_5'] = x_ld_image_url__mutmut_5 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_6'] = x_ld_image_url__mutmut_6 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_7'] = x_ld_image_url__mutmut_7 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_8'] = x_ld_image_url__mutmut_8 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_9'] = x_ld_image_url__mutmut_9 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_10'] = x_ld_image_url__mutmut_10 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_11'] = x_ld_image_url__mutmut_11 # type: ignore # mutmut generated
mutants_x_ld_image_url__mutmut['x_ld_image_url__mutmut_12'] = x_ld_image_url__mutmut_12 # type: ignore # mutmut generated
mutants_x_meta__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_meta__mutmut)
def meta(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", key=key
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_orig(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", key=key
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_1(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        None, key=key
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_2(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", key=None
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_3(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        key=key
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_4(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_5(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "XX//meta[@property=$key or @name=$key or @itemprop=$key]/@contentXX", key=key
    ).getall():
        if value.strip():
            return value
    return None


def x_meta__mutmut_6(selector: Selector, key: str) -> str | None:
    """`<meta property=key>` or `<meta name=key>` content, first non-empty."""
    for value in selector.xpath(
        "//META[@PROPERTY=$KEY OR @NAME=$KEY OR @ITEMPROP=$KEY]/@CONTENT", key=key
    ).getall():
        if value.strip():
            return value
    return None

mutants_x_meta__mutmut['_mutmut_orig'] = x_meta__mutmut_orig # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_1'] = x_meta__mutmut_1 # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_2'] = x_meta__mutmut_2 # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_3'] = x_meta__mutmut_3 # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_4'] = x_meta__mutmut_4 # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_5'] = x_meta__mutmut_5 # type: ignore # mutmut generated
mutants_x_meta__mutmut['x_meta__mutmut_6'] = x_meta__mutmut_6 # type: ignore # mutmut generated
mutants_x_metas__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_metas__mutmut)
def metas(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//meta[@property=$key or @name=$key]/@content", key=key).getall()
        if value.strip()
    ]


def x_metas__mutmut_orig(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//meta[@property=$key or @name=$key]/@content", key=key).getall()
        if value.strip()
    ]


def x_metas__mutmut_1(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath(None, key=key).getall()
        if value.strip()
    ]


def x_metas__mutmut_2(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//meta[@property=$key or @name=$key]/@content", key=None).getall()
        if value.strip()
    ]


def x_metas__mutmut_3(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath(key=key).getall()
        if value.strip()
    ]


def x_metas__mutmut_4(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//meta[@property=$key or @name=$key]/@content", ).getall()
        if value.strip()
    ]


def x_metas__mutmut_5(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("XX//meta[@property=$key or @name=$key]/@contentXX", key=key).getall()
        if value.strip()
    ]


def x_metas__mutmut_6(selector: Selector, key: str) -> list[str]:
    return [
        value
        for value in selector.xpath("//META[@PROPERTY=$KEY OR @NAME=$KEY]/@CONTENT", key=key).getall()
        if value.strip()
    ]

mutants_x_metas__mutmut['_mutmut_orig'] = x_metas__mutmut_orig # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_1'] = x_metas__mutmut_1 # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_2'] = x_metas__mutmut_2 # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_3'] = x_metas__mutmut_3 # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_4'] = x_metas__mutmut_4 # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_5'] = x_metas__mutmut_5 # type: ignore # mutmut generated
mutants_x_metas__mutmut['x_metas__mutmut_6'] = x_metas__mutmut_6 # type: ignore # mutmut generated
