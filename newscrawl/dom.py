"""CSS selection answered from one walk of an lxml tree (generic: no site knowledge).

Why: on a real Vanilla page (≈1,900 elements, 0.65-1.9 MB) every CSS selector run through lxml or
parsel is its own XPath scan of the whole tree, 1-3 ms each, and a page's field cascades and promo
rules ran about sixty of them. Here one walk indexes the elements by class token and id (in document
order); each selector is then answered by looking up its most selective part (an id, a class, a
class or id substring, a tag through lxml's C-level `iter(tag)`) and matching the rest right to
left on those few candidates. Selectors that need more than tag, id, class, attribute tests and
descendant/child combinators (`:has()`, `:not()`, sibling combinators, pseudo-classes) are
answered by lxml's own CSS translation, so every selector keeps its CSS meaning.

Matching is done on the tree as it was indexed: a caller that removes elements checks that a match
is still attached (the cleaner does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import cssselect
from cssselect import parser as css
from lxml import etree
from lxml.cssselect import CSSSelector
from parsel.selector import create_root_node

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence


# Attribute operators, as CSS defines them on the attribute's string value.
_ATTRIBUTE_TESTS: dict[str, Callable[[str, str], bool]] = {
    "=": lambda value, wanted: value == wanted,
    "^=": lambda value, wanted: bool(wanted) and value.startswith(wanted),
    "$=": lambda value, wanted: bool(wanted) and value.endswith(wanted),
    "*=": lambda value, wanted: bool(wanted) and wanted in value,
    "~=": lambda value, wanted: wanted in value.split(),
    "|=": lambda value, wanted: value == wanted or value.startswith(wanted + "-"),
}


# An attribute name XPath can spell as `@name`.
_XPATH_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


_STRING_VALUE = etree.XPath("string()", smart_strings=False)


def parse_html(text: str, base_url: str | None = None) -> etree._Element:
    """Parse a page as parsel (and so Scrapy's `response.selector`) does, with lxml's plain element class.

    Same libxml2 parser and options, same tree; but parsel's `lxml.html` parser makes lxml call a
    Python class lookup for every element the code touches (about 2,400 calls per real page, a third
    of the cost of walking it). `parsel.Selector(root=...)` wraps the result when a caller wants
    parsel's API."""
    return create_root_node(text, etree.HTMLParser, base_url=base_url)


def text_content(element: etree._Element) -> str:
    """Every text node below the element, joined (what `lxml.html`'s `text_content()` returns)."""
    return str(_STRING_VALUE(element))


class Unsupported(ValueError):
    """A selector part this matcher does not evaluate itself (lxml's translation answers it)."""


@dataclass(frozen=True, slots=True)
class Compound:
    """One compound selector: `a.byline#x[rel=author]` (tag, ids, classes, attribute tests)."""

    tag: str | None
    ids: tuple[str, ...]
    classes: tuple[str, ...]
    attributes: tuple[tuple[str, str, str], ...]  # (name, operator or "exists", value)

    def matches(self, element: etree._Element) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        if self.classes:
            tokens = (element.get("class") or "").split()
            if any(name not in tokens for name in self.classes):
                return False
        if self.ids and any(element.get("id") != wanted for wanted in self.ids):
            return False
        for name, operator, wanted in self.attributes:
            value = element.get(name)
            if value is None:
                return False
            if operator != "exists" and not _ATTRIBUTE_TESTS[operator](value, wanted):
                return False
        return True


@dataclass(frozen=True, slots=True)
class Complex:
    """Compounds joined by descendant (" ") or child (">") combinators, left to right."""

    compounds: tuple[Compound, ...]
    combinators: tuple[str, ...]

    def matches(self, element: etree._Element, scope: etree._Element) -> bool:
        """Does `element` match, with every compound found inside `scope` (as lxml's `descendant-or-self`
        translation of the selector, evaluated from `scope`, would find it)?"""
        return self._matches_from(len(self.compounds) - 1, element, scope)

    def _matches_from(self, position: int, element: etree._Element, scope: etree._Element) -> bool:
        if not self.compounds[position].matches(element):
            return False
        if position == 0:
            return True
        child_only = self.combinators[position - 1] == ">"
        node = element
        while node is not scope:
            parent = node.getparent()
            if parent is None:
                return False
            if self._matches_from(position - 1, parent, scope):
                return True
            if child_only:
                return False
            node = parent
        return False


@dataclass(frozen=True, slots=True)
class Selector:
    """A compiled selector group: the parts this module matches, and lxml's translation of the rest."""

    complexes: tuple[Complex, ...]
    fallback: CSSSelector | None


@lru_cache(maxsize=1024)
def compile_css(selector: str) -> Selector:
    """Compile a selector group (`a, b c`); raises cssselect's SelectorError on bad CSS.

    Pseudo-elements (`::text`, `::attr()`) are not part of a selector here: callers read text and
    attributes from the elements."""
    complexes: list[Complex] = []
    fallback: list[str] = []
    for part in cssselect.parse(selector):
        if part.pseudo_element is not None:
            raise Unsupported(f"pseudo-element in {selector!r}: read text or attributes from the elements")
        try:
            complexes.append(_complex(part.parsed_tree))
        except Unsupported:
            fallback.append(part.canonical())
    translated = CSSSelector(", ".join(fallback), translator="html") if fallback else None
    return Selector(tuple(complexes), translated)


def _complex(tree: css.Tree) -> Complex:
    compounds: list[Compound] = []
    combinators: list[str] = []
    while isinstance(tree, css.CombinedSelector):
        if tree.combinator not in {" ", ">"}:
            raise Unsupported(tree.combinator)
        compounds.append(_compound(tree.subselector))
        combinators.append(tree.combinator)
        tree = tree.selector
    compounds.append(_compound(tree))
    return Complex(tuple(reversed(compounds)), tuple(reversed(combinators)))


def _compound(tree: css.Tree) -> Compound:
    ids: list[str] = []
    classes: list[str] = []
    attributes: list[tuple[str, str, str]] = []
    while not isinstance(tree, css.Element):
        if isinstance(tree, css.Class):
            classes.append(tree.class_name)
        elif isinstance(tree, css.Hash):
            ids.append(tree.id)
        elif isinstance(tree, css.Attrib) and tree.namespace is None:
            if tree.operator == "exists":
                attributes.append((tree.attrib.lower(), "exists", ""))
            elif tree.operator in _ATTRIBUTE_TESTS and tree.value is not None:
                attributes.append((tree.attrib.lower(), tree.operator, str(tree.value.value)))
            else:
                raise Unsupported(tree.operator)
        else:
            raise Unsupported(type(tree).__name__)
        tree = tree.selector
    if tree.namespace is not None:
        raise Unsupported("namespace")
    tag = None if tree.element in {None, "*"} else str(tree.element).lower()
    return Compound(tag, tuple(ids), tuple(reversed(classes)), tuple(reversed(attributes)))


class DomIndex:
    """The elements of one subtree (its root included), indexed by class token and id, in document order."""

    def __init__(self, root: etree._Element):
        self.root = root
        self.elements: list[etree._Element] = []
        self.by_class: dict[str, list[etree._Element]] = {}
        self.by_id: dict[str, list[etree._Element]] = {}
        self._tags: dict[str, list[etree._Element]] = {}
        self._answers: dict[str, list[etree._Element]] = {}
        elements, by_class, by_id = self.elements, self.by_class, self.by_id
        for element in root.iter(etree.Element):
            elements.append(element)
            classes = element.get("class")
            if classes:
                for token in classes.split():
                    found = by_class.get(token)
                    if found is None:
                        by_class[token] = [element]
                    elif found[-1] is not element:  # class="a a" lists the element once
                        found.append(element)
            identifier = element.get("id")
            if identifier:
                by_id.setdefault(identifier, []).append(element)
        self._order: dict[etree._Element, int] | None = None
        self._attributes: dict[str, list[etree._Element]] = {}
        self._class_keys = "\n".join(by_class)

    def select(self, selector: str) -> list[etree._Element]:
        """Elements matching a CSS selector group, in document order (as `lxml` or parsel's `.css()`)."""
        answer = self._answers.get(selector)
        if answer is None:
            answer = self._answers[selector] = self.select_compiled(compile_css(selector))
        return answer

    def first(self, selector: str) -> etree._Element | None:
        found = self.select(selector)
        return found[0] if found else None

    def select_compiled(self, selector: Selector) -> list[etree._Element]:
        groups = [self._matches(complex_) for complex_ in selector.complexes]
        if selector.fallback is not None:
            groups.append(selector.fallback(self.root))
        groups = [group for group in groups if group]
        if len(groups) <= 1:
            return groups[0] if groups else []
        merged = {element: None for group in groups for element in group}  # a union, without repeats
        return sorted(merged, key=self._position)

    def tag(self, name: str) -> list[etree._Element]:
        """Every element with that tag (lxml's C-level iteration: no Python loop over the tree)."""
        found = self._tags.get(name)
        if found is None:
            found = self._tags[name] = list(self.root.iter(name))
        return found

    def _position(self, element: etree._Element) -> int:
        if self._order is None:
            self._order = {element: number for number, element in enumerate(self.elements)}
        return self._order[element]

    def _matches(self, complex_: Complex) -> list[etree._Element]:
        last = complex_.compounds[-1]
        if len(complex_.compounds) == 1 and last.tag and not (last.ids or last.classes or last.attributes):
            return self.tag(last.tag)  # a bare tag: lxml's iteration found exactly those
        candidates = self._candidates(last)
        if candidates is None:
            # The last compound has only a tag, or nothing to look up: start from the most selective
            # ancestor compound instead and search below it.
            return self._matches_below(complex_)
        if len(complex_.compounds) == 1:
            return [element for element in candidates if last.matches(element)]
        return [element for element in candidates if complex_.matches(element, self.root)]

    def _candidates(self, compound: Compound) -> Sequence[etree._Element] | None:
        """The indexed elements that may match the compound, or None when the index cannot narrow it."""
        if compound.ids:
            return self.by_id.get(compound.ids[0], [])
        if compound.classes:
            return min((self.by_class.get(name, []) for name in compound.classes), key=len)
        for name, operator, wanted in compound.attributes:
            # Any id, or any class token, that could satisfy the test: a superset, re-tested by
            # `Compound.matches` on the whole attribute value.
            if operator == "exists" or not wanted or any(char.isspace() for char in wanted):
                continue
            if name == "id":
                return self._keyed(self.by_id, operator, wanted)
            if name == "class":
                return (
                    self.by_class.get(wanted, [])
                    if operator == "~="
                    else self._keyed(self.by_class, "*=", wanted)
                )
        if compound.attributes:
            return self._having(compound.attributes[0][0])
        return None

    def _having(self, name: str) -> list[etree._Element]:
        """Elements that carry the attribute (`[data-recirc-id]`, `[data-component-name^=…]`)."""
        found = self._attributes.get(name)
        if found is None:
            if _XPATH_NAME.fullmatch(name):
                found = list(etree.XPath(f"descendant-or-self::*[@{name}]")(self.root))
            else:
                found = [element for element in self.elements if element.get(name) is not None]
            self._attributes[name] = found
        return found

    def _keyed(
        self, index: dict[str, list[etree._Element]], operator: str, wanted: str
    ) -> list[etree._Element]:
        """Elements whose id (or one of whose class tokens) passes an attribute test on the key itself."""
        if operator == "=":
            return index.get(wanted, [])
        if operator == "*=":  # the usual one in promo rules: most needles are on no key at all
            keys = self._class_keys if index is self.by_class else "\n".join(index)
            if wanted not in keys:
                return []
            lists = [found for key, found in index.items() if wanted in key]
        else:
            test = _ATTRIBUTE_TESTS[operator]
            lists = [found for key, found in index.items() if test(key, wanted)]
        if len(lists) <= 1:
            return lists[0] if lists else []
        return sorted({element: None for found in lists for element in found}, key=self._position)

    def _matches_below(self, complex_: Complex) -> list[etree._Element]:
        last = complex_.compounds[-1]
        anchors: Sequence[etree._Element] | None = None
        for compound in reversed(complex_.compounds[:-1]):
            anchors = self._candidates(compound)
            if anchors is not None:
                break
        if anchors is None:
            pool: Iterable[etree._Element] = self.tag(last.tag) if last.tag else self.elements
            return [element for element in pool if complex_.matches(element, self.root)]
        seen: dict[etree._Element, None] = {}
        for anchor in anchors:
            below = anchor.iter(last.tag) if last.tag else anchor.iter(etree.Element)
            for element in below:
                if element is not anchor and element not in seen and complex_.matches(element, self.root):
                    seen[element] = None
        return sorted(seen, key=self._position) if len(anchors) > 1 else list(seen)
