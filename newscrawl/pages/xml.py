"""Safe, namespace-agnostic XML reading for sitemaps and feeds (no site knowledge here).

Entity resolution and network access are off, so billion-laughs and XXE documents parse as inert
text (shared/reference/reliability.md §3); elements are matched by local name because sites mix
namespace prefixes and versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from collections.abc import Iterator


def parse_xml(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)  # fmt: skip
    return etree.fromstring(body.strip() or b"<empty/>", parser=parser)


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local_name(child) == name)


def child_text(element: etree._Element, name: str) -> str | None:
    """The first non-empty text of a child element with that local name."""
    for child in children(element, name):
        text = (child.text or "").strip()
        if text:
            return text
    return None
