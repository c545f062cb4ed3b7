"""Soft failures: a 200 response that is not the article it should be.

When a page at an article URL is neither an article nor a listing, this says what it is instead, so
the failure is recorded with a reason a person can act on (and retried by a later run):
`empty` (no text at all), `interstitial` (a consent wall, paywall or bot check), `soft_404` (a "page
not found" served with status 200), else `no_article`. The markers are the usual English wording of
those pages; none is theweek-specific evidence, which is why this is a classifier and not a rule."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsel import Selector

EMPTY_TEXT = 40  # characters of visible text below which a page is empty
INTERSTITIAL = re.compile(
    r"before you continue|we value your privacy|accept all cookies|manage (?:your )?consent|"
    r"subscribe to (?:continue|keep) reading|to continue reading|you have reached your (?:free )?article limit|"
    r"verify (?:that )?you are (?:a )?human|are you a robot|captcha|access denied|unusual traffic",
    re.IGNORECASE,
)
NOT_FOUND = re.compile(
    r"\b404\b|page not found|can(?:no|')t find (?:the|that) page|page (?:you .{0,30})?(?:doesn't|does not) exist|"
    r"no longer available",
    re.IGNORECASE,
)


def soft_failure(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"
