"""Parse once, and answer CSS selectors without a scan of the page per selector (no site knowledge).

Why: on a real Vanilla page (≈1,900 elements, 0.65-1.9 MB) every CSS selector run through lxml or
parsel is its own XPath scan of the whole tree, 1-3 ms each, and a page's field cascades and promo
rules ran about sixty of them. Here:

- `DomIndex` (the page objects, over a whole page) answers a selector by looking up its most
  selective part: an id (libxml2's id table, then the id values), a class token or an attribute
  value (one C-level XPath pass lists an attribute's values, searched with `str.find`), a tag
  (lxml's C-level `iter(tag)`); the rest of the selector is matched right to left on those few
  candidates.
- `SelectorSet` (the cleaner, over an article body) matches many selectors in one walk, each filed
  under a key of its last compound.

Selectors that need more than tag, id, class and attribute tests and descendant/child combinators
(`:has()`, `:not()`, sibling combinators, pseudo-classes) are answered by lxml's own CSS translation,
so every selector keeps its CSS meaning (tests/test_dom.py checks every rule and field selector
against lxml on every saved real page, and random selectors on random trees).

Matching is done on the tree as it was indexed: a caller that removes elements checks that a match
is still attached (the cleaner does).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

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


_STRING_VALUE = etree.XPath("string()", smart_strings=False)


def parse_html(text: str, base_url: str | None = None) -> etree._Element:
    """Parse a page as parsel (and so Scrapy's `response.selector`) does, with lxml's plain element class.

    Same libxml2 parser and options, same tree; but parsel's `lxml.html` parser makes lxml call a
    Python class lookup for every element the code touches (about 2,400 calls per real page, a third
    of the cost of walking it). `parsel.Selector(root=...)` wraps the result when a caller wants
    parsel's API."""
    return create_root_node(text, etree.HTMLParser, base_url=base_url)


def parse_html_bytes(body: bytes, base_url: str | None = None) -> etree._Element:
    """`parse_html` of a UTF-8 body, straight from its bytes (parsel's own path for bytes): no decoding
    of the page to text and encoding it back, about a millisecond of a 600 KB page."""
    return create_root_node("", etree.HTMLParser, base_url=base_url, body=body, encoding="utf-8")


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


class _Attribute:
    """One attribute over a subtree: its values in document order, read by one XPath call (a C loop),
    each knowing its element (lxml's smart strings), and the values joined into one string so that
    finding the values that contain some text is `str.find` (C speed) rather than a Python test per
    value."""

    def __init__(self, values: list[Any]):
        self.values = values  # lxml smart strings: str, with getparent() giving the element
        self._text = _SEPARATOR.join(self.values)  # NUL cannot occur in a parsed document
        self._starts = list(accumulate((len(value) + 1 for value in self.values), initial=0))

    @property
    def elements(self) -> list[etree._Element]:
        """Every element that carries the attribute, in document order."""
        return [value.getparent() for value in self.values]

    def containing(self, needle: str) -> list[int]:
        """Numbers of the values that contain `needle` (not empty, no NUL), in order."""
        found: list[int] = []
        find, starts, text = self._text.find, self._starts, self._text
        position = find(needle)
        while position >= 0:
            number = bisect_right(starts, position) - 1
            found.append(number)
            position = find(needle, starts[number + 1]) if starts[number + 1] < len(text) else -1
        return found

    def where(self, needle: str, test: Callable[[str], bool]) -> list[etree._Element]:
        """Elements whose value contains `needle` and passes `test`."""
        values = self.values
        return [values[number].getparent() for number in self.containing(needle) if test(values[number])]


_SEPARATOR = "\x00"
_CLASS_CACHE_SIZE = 20_000  # distinct class strings remembered by a SelectorSet (a template has hundreds)
_ID_LOOKUP = etree.XPath("id($id)")
# An attribute name XPath can spell as `@name`; any other goes through `name()` (slower).
_XPATH_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_NAMED_VALUES = etree.XPath("descendant-or-self::*/@*[name() = $name]")


@lru_cache(maxsize=64)
def _attribute_values(name: str) -> Callable[[etree._Element], Any]:
    """The attribute's values over a subtree, as smart strings, compiled once per name. (One pass
    listing values that know their element costs less than two, one for the elements and one for
    plain-string values: 0.7-1.0 against 1.3 ms on a real-weight page.)"""
    if _XPATH_NAME.fullmatch(name):
        values: Callable[[etree._Element], Any] = etree.XPath(f"descendant-or-self::*/@{name}")
        return values
    return lambda root: _NAMED_VALUES(root, name=name)


class DomIndex:
    """Answers CSS selectors over one subtree (its root included), in document order.

    Why not a walk in Python: reading each element's class from Python costs about a microsecond, and
    a real page has ~1,900 elements; a lookup here is a C-level XPath pass that lists the class (or id,
    or other attribute) values once, then a Python test on strings, then the few elements that pass."""

    def __init__(self, root: etree._Element):
        self.root = root
        self._attributes: dict[str, _Attribute] = {}
        self._tokens: dict[str, list[etree._Element]] = {}
        self._tags: dict[str, list[etree._Element]] = {}
        self._answers: dict[str, list[etree._Element]] = {}
        self._order: dict[etree._Element, int] | None = None
        self._all: list[etree._Element] | None = None

    def select(self, selector: str) -> list[etree._Element]:
        """Elements matching a CSS selector group, in document order (as `lxml` or parsel's `.css()`)."""
        answer = self._answers.get(selector)
        if answer is None:
            answer = self._answers[selector] = self.select_compiled(compile_css(selector))
        return answer

    def first(self, selector: str) -> etree._Element | None:
        """The first element matching the selector group, in document order."""
        if selector.startswith("#") and self.root.getparent() is None:
            compiled = compile_css(selector)
            alone = len(compiled.complexes) == 1 and len(compiled.complexes[0].compounds) == 1
            only = compiled.complexes[0].compounds[0] if alone else None
            if only is not None and compiled.fallback is None and only == Compound(None, only.ids, (), ()):
                # `#id` alone over a whole parsed document: libxml2's id table holds its first element.
                found = _ID_LOOKUP(self.root, id=only.ids[0]) if len(only.ids) == 1 else None
                if found is not None:
                    return found[0] if found else None
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

    def with_class(self, token: str) -> list[etree._Element]:
        """Elements whose class attribute holds the token."""
        found = self._tokens.get(token)
        if found is None:
            # A substring search first (C speed), the exact token test only on the few values found.
            found = self._tokens[token] = self.attribute("class").where(
                token, lambda value: token in value.split()
            )
        return found

    def with_id(self, wanted: str) -> list[etree._Element]:
        """Elements whose id is `wanted`."""
        if not wanted:
            return []
        if self.root.getparent() is None and not _ID_LOOKUP(self.root, id=wanted):
            # libxml2 keeps the ids of a parsed HTML document in a table: no element has this id, and
            # that costs no pass over the tree. (It holds one element per id, so a hit still goes on.)
            return []
        return self.attribute("id").where(wanted, lambda value: value == wanted)

    def attribute(self, name: str) -> _Attribute:
        found = self._attributes.get(name)
        if found is None:
            found = self._attributes[name] = _Attribute(_attribute_values(name)(self.root))
        return found

    @property
    def elements(self) -> list[etree._Element]:
        """Every element, in document order (for selectors with nothing to look up)."""
        if self._all is None:
            self._all = list(self.root.iter(etree.Element))
        return self._all

    def _position(self, element: etree._Element) -> int:
        if self._order is None:
            self._order = {element: number for number, element in enumerate(self.elements)}
        return self._order[element]

    def _matches(self, complex_: Complex) -> list[etree._Element]:
        last = complex_.compounds[-1]
        if len(complex_.compounds) == 1 and last.tag and not (last.ids or last.classes or last.attributes):
            return self.tag(last.tag)  # a bare tag: lxml's iteration found exactly those
        if not _narrow(last) and any(_narrow(compound) for compound in complex_.compounds[:-1]):
            # `.byline a`: the few elements below the byline, not every link of the page.
            return self._matches_below(complex_)
        candidates = self._candidates(last)
        if candidates is None:
            candidates = self.elements
        if len(complex_.compounds) == 1:
            return [element for element in candidates if last.matches(element)]
        return [element for element in candidates if complex_.matches(element, self.root)]

    def _candidates(self, compound: Compound) -> Sequence[etree._Element] | None:
        """Elements that may match the compound (re-tested by the caller), or None when nothing in it
        narrows the search."""
        if compound.ids:
            return self.with_id(compound.ids[0])
        if compound.classes:
            return min((self.with_class(name) for name in compound.classes), key=len)
        if compound.tag:
            return self.tag(compound.tag)  # one C pass; re-tested on its attributes by the caller
        if compound.attributes:
            name, operator, wanted = compound.attributes[0]
            if operator == "exists" or not wanted or _SEPARATOR in wanted:
                return self.attribute(name).elements  # re-tested by the caller
            test = _ATTRIBUTE_TESTS[operator]
            # Every operator but "exists" needs the value to contain `wanted` (when it is not empty).
            return self.attribute(name).where(wanted, lambda value: test(value, wanted))
        return None

    def _matches_below(self, complex_: Complex) -> list[etree._Element]:
        """Matches of the last compound searched below the candidates of the nearest narrow one."""
        last = complex_.compounds[-1]
        anchor = next(compound for compound in reversed(complex_.compounds[:-1]) if _narrow(compound))
        found: list[etree._Element] = []
        outer: etree._Element | None = None
        # Anchors come in document order: one nested in the previous searched anchor is already
        # covered, and the subtrees searched are disjoint and in order, so the matches are too.
        for element in self._candidates(anchor) or []:
            if outer is not None and _inside(element, outer):
                continue
            outer = element
            below = element.iter(last.tag) if last.tag else element.iter(etree.Element)
            found += [match for match in below if match is not element and complex_.matches(match, self.root)]
        return found


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    return any(node is ancestor for node in element.iterancestors())


def _narrow(compound: Compound) -> bool:
    """Whether looking the compound up finds few elements: by id, class or an attribute's value."""
    return bool(compound.ids or compound.classes or any(op != "exists" for _, op, _ in compound.attributes))


class SelectorSet:
    """Many named selector groups matched in one walk of a subtree (the promo rules over an article body).

    Each selector is filed under a key of its last compound (an id, a class token, a tag, an attribute
    name, or a substring a class or id must contain); the walk reads each element's class and id once,
    looks its keys up and tests only the selectors filed there. Selectors this module does not match
    itself are left to lxml, at the caller's turn (`fallback`)."""

    def __init__(self, groups: Iterable[tuple[str, Selector]]):
        self.fallbacks: dict[str, CSSSelector] = {}
        self._by_id: dict[str, list[tuple[str, Complex]]] = {}
        self._by_class: dict[str, list[tuple[str, Complex]]] = {}
        self._by_tag: dict[str, list[tuple[str, Complex]]] = {}
        self._by_attribute: dict[str, list[tuple[str, Complex]]] = {}  # other attributes, by name
        self._class_needles: list[tuple[str, str, Complex]] = []  # [class*=x] and the like: x
        self._id_needles: list[tuple[str, str, Complex]] = []
        self._anywhere: list[tuple[str, Complex]] = []
        self._class_cache: dict[str, list[tuple[str, Complex]]] = {}
        for name, selector in groups:
            if selector.fallback is not None:
                self.fallbacks[name] = selector.fallback
            for complex_ in selector.complexes:
                self._file(name, complex_)
        needles = sorted({needle for needle, _, _ in self._class_needles + self._id_needles}, key=len)
        # One search tells whether an element's class or id holds any needle at all (most hold none).
        self._any_needle = re.compile("|".join(map(re.escape, needles))) if needles else None

    def _file(self, name: str, complex_: Complex) -> None:
        last = complex_.compounds[-1]
        entry = (name, complex_)
        if last.ids:
            self._by_id.setdefault(last.ids[0], []).append(entry)
        elif last.classes:
            self._by_class.setdefault(last.classes[0], []).append(entry)
        elif any(attribute in {"class", "id"} and operator != "exists" and wanted
                 for attribute, operator, wanted in last.attributes):  # fmt: skip
            attribute, _, wanted = next(
                test
                for test in last.attributes
                if test[0] in {"class", "id"} and test[1] != "exists" and test[2]
            )
            (self._class_needles if attribute == "class" else self._id_needles).append(
                (wanted, name, complex_)
            )
        elif last.tag:
            self._by_tag.setdefault(last.tag, []).append(entry)
        elif last.attributes:
            self._by_attribute.setdefault(last.attributes[0][0], []).append(entry)
        else:
            self._anywhere.append(entry)

    def _for_class(self, classes: str) -> list[tuple[str, Complex]]:
        """The selectors filed under a class attribute's tokens or needles. Pages of one template
        repeat the same class strings, so the answer is kept per string."""
        found = self._class_cache.get(classes)
        if found is None:
            found = [entry for token in classes.split() for entry in self._by_class.get(token, ())]
            if self._any_needle is not None and self._any_needle.search(classes):
                found += [(name, c) for needle, name, c in self._class_needles if needle in classes]
            if len(self._class_cache) >= _CLASS_CACHE_SIZE:
                self._class_cache.clear()
            self._class_cache[classes] = found
        return found

    def match(self, root: etree._Element) -> tuple[dict[str, list[etree._Element]], list[etree._Element]]:
        """Each name's matching elements in document order, and every element of the walk in order."""
        found: dict[str, list[etree._Element]] = {}
        elements: list[etree._Element] = []
        by_id, by_tag, by_attribute = self._by_id, self._by_tag, self._by_attribute
        any_needle, anywhere = self._any_needle, self._anywhere
        for element in root.iter(etree.Element):
            elements.append(element)
            candidates: list[tuple[str, Complex]] = [*anywhere, *by_tag.get(element.tag, ())]
            # The names the element carries, in one call: most carry one or two, and reading them is
            # cheaper than asking for each attribute some selector is filed under.
            for attribute in element.keys():  # noqa: SIM118 (an lxml element iterates its children)
                if attribute == "class":
                    if classes := element.get("class"):
                        candidates += self._for_class(classes)
                elif attribute == "id" and (identifier := element.get("id")):
                    candidates += by_id.get(identifier, ())
                    if any_needle is not None and any_needle.search(identifier):
                        candidates += [
                            (name, c) for needle, name, c in self._id_needles if needle in identifier
                        ]
                if entries := by_attribute.get(attribute):
                    candidates += entries
            for name, complex_ in candidates:
                if complex_.matches(element, root):
                    matched = found.setdefault(name, [])
                    if not matched or matched[-1] is not element:  # two selectors of one group
                        matched.append(element)
        return found, elements
