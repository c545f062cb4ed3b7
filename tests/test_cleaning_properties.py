"""Property tests of extraction and cleaning: never crash, idempotent, no promo phrase survives."""

from __future__ import annotations

import re
from html import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html
from scrapy.http import HtmlResponse

from newscrawl.cleaning import CleanContext, clean_body, load_rules
from newscrawl.dom import parse_html
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.urls import SiteUrls
from newscrawl.text import for_matching

RULES = load_rules()
# The phrases of ../shared/tools/check-items.py's promo list, normalised.
LEAK_CHECK = re.compile(
    r"escape your echo chamber|the week's free newsletters|from our morning news briefing|"
    r"a free daily email with the biggest news|\(image credit:|when you purchase through links on our site|"
    r"you are now subscribed|your newsletter sign-up was successful|contact me with news and offers|"
    r"create an account with the same email registered to your subscription|best articles in your inbox"
)
URLS = SiteUrls("https://theweek.com")
CONTEXT = CleanContext("https://theweek.com/politics/a-b", URLS.is_article, ("Peter Weber",))
PROMOS = (
    "<div>Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.</div>",
    "<h3>Sign up for The Week’s Free Newsletters</h3>",
    "<p>From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox.</p>",
    "<p>A free daily email with the biggest news stories of the day – and the best features from TheWeek.com</p>",
    "<span>(Image credit: Getty Images)</span>",
    "<p>You are now subscribed</p>",
    "<div class='ad-unit'>When you purchase through links on our site, we may earn an affiliate commission.</div>",
)  # fmt: skip
WORDS = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), max_size=80)
TAGS = st.sampled_from(
    ["p", "div", "span", "h2", "li", "ul", "section", "blockquote", "figure", "b", "br", "table"]
)


@st.composite
def mangled_html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 4))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")  # unclosed
        elif kind == 1:
            parts.append(f"</{tag}>")  # stray close
        elif kind == 2:
            parts.append(draw(st.sampled_from(PROMOS)))
        else:
            parts.append(f"<{tag}>{escape(draw(WORDS))}</{tag}>")
    return "".join(parts)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=mangled_html(), noise=st.binary(max_size=64))
def test_extraction_never_raises_on_mangled_html(body: str, noise: bytes) -> None:
    page = (
        f"<html><head><title>x</title></head><body><div class='article__body'>{body}</div></body>".encode()
        + noise
    )
    response = HtmlResponse(url="https://theweek.com/politics/a-b", body=page, encoding="utf-8")
    extraction = ArticlePage(parse_html(response.text), response.url, URLS).extract()
    if extraction.body_root is not None:
        clean_body(extraction.body_root, RULES, CONTEXT)


def _clean(markup: str) -> list[str]:
    return clean_body(html.fromstring(f"<div>{markup}</div>"), RULES, CONTEXT).blocks


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=mangled_html())
def test_cleaning_is_idempotent_and_leaves_no_promo_phrase(body: str) -> None:
    blocks = _clean(f"<p>Lead paragraph.</p>{body}")
    again = _clean("".join(f"<p>{escape(block)}</p>" for block in blocks))
    assert again == blocks
    assert not LEAK_CHECK.search(for_matching("\n\n".join(blocks)))
