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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_soft_failure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_soft_failure__mutmut)
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


def x_soft_failure__mutmut_orig(selector: Selector) -> str:
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


def x_soft_failure__mutmut_1(selector: Selector) -> str:
    text = None
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


def x_soft_failure__mutmut_2(selector: Selector) -> str:
    text = " ".join(
        None
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


def x_soft_failure__mutmut_3(selector: Selector) -> str:
    text = "XX XX".join(
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


def x_soft_failure__mutmut_4(selector: Selector) -> str:
    text = " ".join(
        " ".join(None).split()
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


def x_soft_failure__mutmut_5(selector: Selector) -> str:
    text = " ".join(
        "XX XX".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
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


def x_soft_failure__mutmut_6(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath(None).getall()).split()
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


def x_soft_failure__mutmut_7(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("XX//body//text()[not(ancestor::script or ancestor::style)]XX").getall()).split()
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


def x_soft_failure__mutmut_8(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//BODY//TEXT()[NOT(ANCESTOR::SCRIPT OR ANCESTOR::STYLE)]").getall()).split()
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


def x_soft_failure__mutmut_9(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = None
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_10(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(None)
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_11(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = "XX XX".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_12(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath(None).getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_13(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("XX//title//text() | //h1//text()XX").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_14(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//TITLE//TEXT() | //H1//TEXT()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_15(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT or not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_16(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) <= EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_17(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_18(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "XXemptyXX"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_19(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "EMPTY"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_20(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) and INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_21(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(None) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_22(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(None):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_23(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3001]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_24(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "XXinterstitialXX"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_25(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "INTERSTITIAL"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_26(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) and NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_27(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(None) or NOT_FOUND.search(text[:1000]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_28(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(None):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_29(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1001]):
        return "soft_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_30(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "XXsoft_404XX"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_31(selector: Selector) -> str:
    text = " ".join(
        " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()
    )
    title = " ".join(selector.xpath("//title//text() | //h1//text()").getall())
    if len(text) < EMPTY_TEXT and not title.strip():
        return "empty"
    if INTERSTITIAL.search(title) or INTERSTITIAL.search(text[:3000]):
        return "interstitial"
    if NOT_FOUND.search(title) or NOT_FOUND.search(text[:1000]):
        return "SOFT_404"
    if len(text) < EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_32(selector: Selector) -> str:
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
    if len(text) <= EMPTY_TEXT:
        return "empty"
    return "no_article"


def x_soft_failure__mutmut_33(selector: Selector) -> str:
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
        return "XXemptyXX"
    return "no_article"


def x_soft_failure__mutmut_34(selector: Selector) -> str:
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
        return "EMPTY"
    return "no_article"


def x_soft_failure__mutmut_35(selector: Selector) -> str:
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
    return "XXno_articleXX"


def x_soft_failure__mutmut_36(selector: Selector) -> str:
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
    return "NO_ARTICLE"

mutants_x_soft_failure__mutmut['_mutmut_orig'] = x_soft_failure__mutmut_orig # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_1'] = x_soft_failure__mutmut_1 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_2'] = x_soft_failure__mutmut_2 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_3'] = x_soft_failure__mutmut_3 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_4'] = x_soft_failure__mutmut_4 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_5'] = x_soft_failure__mutmut_5 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_6'] = x_soft_failure__mutmut_6 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_7'] = x_soft_failure__mutmut_7 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_8'] = x_soft_failure__mutmut_8 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_9'] = x_soft_failure__mutmut_9 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_10'] = x_soft_failure__mutmut_10 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_11'] = x_soft_failure__mutmut_11 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_12'] = x_soft_failure__mutmut_12 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_13'] = x_soft_failure__mutmut_13 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_14'] = x_soft_failure__mutmut_14 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_15'] = x_soft_failure__mutmut_15 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_16'] = x_soft_failure__mutmut_16 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_17'] = x_soft_failure__mutmut_17 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_18'] = x_soft_failure__mutmut_18 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_19'] = x_soft_failure__mutmut_19 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_20'] = x_soft_failure__mutmut_20 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_21'] = x_soft_failure__mutmut_21 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_22'] = x_soft_failure__mutmut_22 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_23'] = x_soft_failure__mutmut_23 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_24'] = x_soft_failure__mutmut_24 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_25'] = x_soft_failure__mutmut_25 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_26'] = x_soft_failure__mutmut_26 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_27'] = x_soft_failure__mutmut_27 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_28'] = x_soft_failure__mutmut_28 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_29'] = x_soft_failure__mutmut_29 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_30'] = x_soft_failure__mutmut_30 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_31'] = x_soft_failure__mutmut_31 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_32'] = x_soft_failure__mutmut_32 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_33'] = x_soft_failure__mutmut_33 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_34'] = x_soft_failure__mutmut_34 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_35'] = x_soft_failure__mutmut_35 # type: ignore # mutmut generated
mutants_x_soft_failure__mutmut['x_soft_failure__mutmut_36'] = x_soft_failure__mutmut_36 # type: ignore # mutmut generated
