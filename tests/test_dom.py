"""newscrawl.dom answers every selector exactly as lxml's own CSS translation does.

The reference is lxml.cssselect (an independent implementation of CSS over XPath): the same elements,
in the same order, for every selector the page objects and the promo rules use, on every saved real
page, and on random trees with random selectors."""

from __future__ import annotations

import gzip
import tomllib
from pathlib import Path

import cssselect
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html
from lxml.cssselect import CSSSelector

from newscrawl.cleaning import DEFAULT_RULES_FILE
from newscrawl.dom import DomIndex, SelectorSet, Unsupported, compile_css, parse_html, parse_html_bytes
from newscrawl.pages import article

FIXTURES = Path(__file__).parent / "fixtures"
REAL_PAGES = sorted((FIXTURES / "real" / "pages").glob("*.html.gz")) + sorted(
    (FIXTURES / "theweek" / "pages").glob("*.html*")
)


def _page_selectors() -> list[str]:
    groups = (
        article.TITLE_CSS, article.STRAPLINE_CSS, article.KICKER_CSS, article.BYLINE_AUTHOR_CSS,
        article.AUTHOR_CSS, article.BYLINE_TEXT_CSS, article.TAG_CSS, article.HERO_IMAGE_CSS,
        tuple(css for css, _ in article.BODY_ROOTS), (article.BYLINE_TIME_CSS, article.BREADCRUMB_CSS),
    )  # fmt: skip
    return [css for group in groups for css in group]


def _rule_selectors() -> list[str]:
    with DEFAULT_RULES_FILE.open("rb") as handle:
        rules = tomllib.load(handle)["rule"]
    return [", ".join(rule["css"]) for rule in rules if rule.get("css")]


SELECTORS = _page_selectors() + _rule_selectors() + [
    "a[rel=author], time, h1", "div > p", "ul li > a", "[data-component-name^=Recirc]", "[id$=body]",
    "[class|=author]", "[class~=byline]", "[class*='byline author']", "figure:not(:has(blockquote))",
    "h2 + p", "li:first-child a", "p:empty", "*",
]  # fmt: skip


def _load(path: Path) -> etree._Element:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return html.document_fromstring(data)


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda path: path.name.split(".")[0])
def test_every_selector_finds_what_lxml_finds_on_real_pages(path: Path) -> None:
    root = _load(path)
    index = DomIndex(root)
    for selector in SELECTORS:
        assert index.select(selector) == CSSSelector(selector, translator="html")(root), selector


def _one_walk(selectors: list[str], root: etree._Element) -> dict[str, list[etree._Element]]:
    """What a SelectorSet finds for each selector, with lxml's answer for the parts it leaves to lxml."""
    compiled = SelectorSet((css, compile_css(css)) for css in selectors)
    found, walked = compiled.match(root)
    order = {element: number for number, element in enumerate(walked)}
    answers = {}
    for css in selectors:
        fallback = compiled.fallbacks.get(css)
        extra = fallback(root) if fallback is not None else []
        answers[css] = sorted(dict.fromkeys([*found.get(css, []), *extra]), key=order.__getitem__)
    return answers


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda path: path.name.split(".")[0])
def test_one_walk_finds_what_lxml_finds_for_every_selector_at_once(path: Path) -> None:
    root = _load(path)
    for scope in (root, root.find("body")):
        assert scope is not None
        answers = _one_walk(SELECTORS, scope)
        for selector in SELECTORS:
            assert answers[selector] == CSSSelector(selector, translator="html")(scope), selector


@pytest.mark.parametrize("path", REAL_PAGES[:4], ids=lambda path: path.name.split(".")[0])
def test_an_index_of_a_subtree_looks_only_inside_it(path: Path) -> None:
    root = _load(path)
    subtree = root.find("body")
    assert subtree is not None
    index = DomIndex(subtree)
    for selector in ("body div a", "html a", "div > a", "a", ".ad-unit"):
        assert index.select(selector) == CSSSelector(selector, translator="html")(subtree), selector


def test_pseudo_elements_are_refused_so_callers_read_text_themselves() -> None:
    with pytest.raises(Unsupported):
        compile_css("a::text")


def test_selectors_outside_the_matcher_are_answered_by_lxml() -> None:
    compiled = compile_css("figure:not(:has(blockquote)), h2 + p, .ad")
    assert len(compiled.complexes) == 1
    assert compiled.fallback is not None


def test_bad_css_raises_cssselect_error() -> None:
    with pytest.raises(cssselect.SelectorError):
        compile_css("div[")


TAGS = ("div", "p", "a", "span", "li", "ul", "section")
NAMES = ("x", "y", "x-y", "xy")


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attributes = ""
    if draw(st.booleans()):
        attributes += ' class="' + " ".join(draw(st.lists(st.sampled_from(NAMES), max_size=3))) + '"'
    if draw(st.booleans()):
        attributes += f' id="{draw(st.sampled_from(NAMES))}"'
    if draw(st.booleans()):
        attributes += f' data-k="{draw(st.sampled_from(NAMES))}"'
    children = "" if depth >= 3 else "".join(draw(st.lists(trees(depth + 1), max_size=3)))
    return f"<{tag}{attributes}>t{children}</{tag}>"


@st.composite
def compounds(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(("", "*", *TAGS)))
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(("class", "id", "attr")))
        name = draw(st.sampled_from(NAMES))
        if kind == "class":
            text += "." + name
        elif kind == "id":
            text += "#" + name
        else:
            attribute = draw(st.sampled_from(("class", "id", "data-k")))
            operator = draw(st.sampled_from(("", "=", "^=", "$=", "*=", "~=", "|=")))
            text += f"[{attribute}]" if not operator else f'[{attribute}{operator}"{name}"]'
    return text or "*"


@st.composite
def selectors(draw: st.DrawFn) -> str:
    parts = draw(st.lists(compounds(), min_size=1, max_size=3))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from((" ", " > "))) + part
    return text


@settings(max_examples=300, deadline=None)
@given(tree=trees(), group=st.lists(selectors(), min_size=1, max_size=3))
def test_random_selectors_on_random_trees_agree_with_lxml(tree: str, group: list[str]) -> None:
    root = html.fragment_fromstring(f"<main>{tree}</main>")
    selector = ", ".join(group)
    assert DomIndex(root).select(selector) == CSSSelector(selector, translator="html")(root)


@settings(max_examples=300, deadline=None)
@given(tree=trees(), groups=st.lists(st.lists(selectors(), min_size=1, max_size=3), min_size=1, max_size=4))
def test_random_selector_sets_in_one_walk_agree_with_lxml(tree: str, groups: list[list[str]]) -> None:
    root = html.fragment_fromstring(f"<main>{tree}</main>")
    selectors = list(dict.fromkeys(", ".join(group) for group in groups))
    answers = _one_walk(selectors, root)
    for selector in selectors:
        assert answers[selector] == CSSSelector(selector, translator="html")(root), selector


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda path: path.name.split(".")[0])
def test_first_finds_the_first_match_in_document_order(path: Path) -> None:
    root = _load(path)
    index = DomIndex(root)
    for selector in [*SELECTORS, "#article-body", "#articleTag", "#nothing-has-this-id"]:
        expected = CSSSelector(selector, translator="html")(root)
        assert index.first(selector) is (expected[0] if expected else None), selector


def test_first_by_id_takes_the_first_of_repeated_ids() -> None:
    root = html.document_fromstring(
        '<html><body><div id="x" class="one"></div><p id="x" class="two"></p></body></html>'
    )
    found = DomIndex(root).first("#x")
    assert found is not None
    assert found.get("class") == "one"
    assert [element.get("class") for element in DomIndex(root).select("#x")] == ["one", "two"]


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda path: path.name.split(".")[0])
def test_a_utf8_page_parsed_from_its_bytes_is_the_tree_parsed_from_its_text(path: Path) -> None:
    data = path.read_bytes()
    body = gzip.decompress(data) if path.suffix == ".gz" else data
    assert etree.tostring(parse_html_bytes(body)) == etree.tostring(parse_html(body.decode("utf-8")))
