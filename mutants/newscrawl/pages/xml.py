"""Safe, namespace-agnostic XML reading for sitemaps and feeds (no site knowledge here).

Entity resolution and network access are off, so billion-laughs and XXE documents parse as inert
text (shared/reference/reliability.md §3); elements are matched by local name because sites mix
namespace prefixes and versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from collections.abc import Iterator


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parse_xml__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_xml__mutmut)
def parse_xml(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_orig(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_1(body: bytes) -> etree._Element | None:
    parser = None  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_2(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=None, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_3(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=None, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_4(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=None, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_5(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=None,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_6(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=None, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_7(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=None)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_8(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_9(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_10(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_11(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_12(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_13(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, )  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_14(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=True, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_15(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=False, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_16(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_17(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=False,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_18(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=False, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_19(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=True)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def x_parse_xml__mutmut_20(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(None, parser=parser)


def x_parse_xml__mutmut_21(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=None)


def x_parse_xml__mutmut_22(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(parser=parser)


def x_parse_xml__mutmut_23(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", )


def x_parse_xml__mutmut_24(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() and b"<empty/>", parser=parser)


def x_parse_xml__mutmut_25(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"XX<empty/>XX", parser=parser)


def x_parse_xml__mutmut_26(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<EMPTY/>", parser=parser)

mutants_x_parse_xml__mutmut['_mutmut_orig'] = x_parse_xml__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_1'] = x_parse_xml__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_2'] = x_parse_xml__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_3'] = x_parse_xml__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_4'] = x_parse_xml__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_5'] = x_parse_xml__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_6'] = x_parse_xml__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_7'] = x_parse_xml__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_8'] = x_parse_xml__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_9'] = x_parse_xml__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_10'] = x_parse_xml__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_11'] = x_parse_xml__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_12'] = x_parse_xml__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_13'] = x_parse_xml__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_14'] = x_parse_xml__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_15'] = x_parse_xml__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_16'] = x_parse_xml__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_17'] = x_parse_xml__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_18'] = x_parse_xml__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_19'] = x_parse_xml__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_20'] = x_parse_xml__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_21'] = x_parse_xml__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_22'] = x_parse_xml__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_23'] = x_parse_xml__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_24'] = x_parse_xml__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_25'] = x_parse_xml__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_xml__mutmut['x_parse_xml__mutmut_26'] = x_parse_xml__mutmut_26 # type: ignore # mutmut generated
mutants_x_local_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_local_name__mutmut)
def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def x_local_name__mutmut_orig(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def x_local_name__mutmut_1(element: etree._Element) -> str:
    return etree.QName(element).localname if (isinstance(element.tag, str)) and False else ""


def x_local_name__mutmut_2(element: etree._Element) -> str:
    return etree.QName(element).localname if (isinstance(element.tag, str)) or True else ""


def x_local_name__mutmut_3(element: etree._Element) -> str:
    return etree.QName(None).localname if isinstance(element.tag, str) else ""


def x_local_name__mutmut_4(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else "XXXX"

mutants_x_local_name__mutmut['_mutmut_orig'] = x_local_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_local_name__mutmut['x_local_name__mutmut_1'] = x_local_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_local_name__mutmut['x_local_name__mutmut_2'] = x_local_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_local_name__mutmut['x_local_name__mutmut_3'] = x_local_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_local_name__mutmut['x_local_name__mutmut_4'] = x_local_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_children__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_children__mutmut)
def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local_name(child) == name)


def x_children__mutmut_orig(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local_name(child) == name)


def x_children__mutmut_1(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local_name(None) == name)


def x_children__mutmut_2(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local_name(child) != name)

mutants_x_children__mutmut['_mutmut_orig'] = x_children__mutmut_orig # type: ignore # mutmut generated
mutants_x_children__mutmut['x_children__mutmut_1'] = x_children__mutmut_1 # type: ignore # mutmut generated
mutants_x_children__mutmut['x_children__mutmut_2'] = x_children__mutmut_2 # type: ignore # mutmut generated
mutants_x_child_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_child_text__mutmut)
def child_text(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_orig(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_1(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(None, name):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_2(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, None):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_3(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(name):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_4(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, ):
        text = (child.text or "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_5(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = None
        if text:
            return text
    return None


def x_child_text__mutmut_6(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = (child.text and "").strip()
        if text:
            return text
    return None


def x_child_text__mutmut_7(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = (child.text or "XXXX").strip()
        if text:
            return text
    return None

mutants_x_child_text__mutmut['_mutmut_orig'] = x_child_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_1'] = x_child_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_2'] = x_child_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_3'] = x_child_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_4'] = x_child_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_5'] = x_child_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_6'] = x_child_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_child_text__mutmut['x_child_text__mutmut_7'] = x_child_text__mutmut_7 # type: ignore # mutmut generated
