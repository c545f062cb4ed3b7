"""Promo stripping and body-to-text conversion (pure functions over an lxml body root).

The site knowledge lives in the rules file (`newscrawl/rules/theweek_promos.toml`); this module only
knows how to apply the three kinds of matcher a rule may carry:

1. `css`: remove matching elements (class first, so most promos go here);
2. `text`: remove blocks whose normalised text matches, so a promo that lost its classes still goes;
3. `detector`: structural detectors that need more than one block (link lists, kicker cards, bios).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from lxml import etree
from lxml.cssselect import CSSSelector

from newscrawl.text import clean_ws, for_matching

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from importlib.resources.abc import Traversable

# Read through importlib.resources, not a filesystem path: scrapyd runs the project from a zipped egg.
DEFAULT_RULES_FILE: Traversable = resources.files("newscrawl") / "rules" / "theweek_promos.toml"

_RULE_KEYS = frozenset(
    {
        "id",
        "reason",
        "evidence",
        "css",
        "text",
        "followed_by",
        "detector",
        "max_chars",
        "kickers",
        "example",
        "scrub",
    }
)
DETECTORS = frozenset({"link-list", "kicker-cards", "author-bio"})

# Elements that start a new text block; everything else is inline and joins its neighbours.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_ALNUM = re.compile(r"\w")
# A bio sentence: "<Name> has worked as…", "<Name> is a staff writer…" (§6.6; seed line 12).
_BIO = re.compile(
    r"\b(has worked (as|at|for|in)|has been (a|an|the) |is (a|an|the) [^.]{0,60}?"
    r"(writer|editor|reporter|correspondent|journalist|columnist|critic|producer)|joined the week|"
    r"has written for|has reported)",
)


class RulesError(ValueError):
    """The rules file is malformed: unknown key, duplicate id, bad CSS or regex."""


@dataclass(frozen=True, slots=True)
class PromoRule:
    id: str
    reason: str
    evidence: str
    css: CSSSelector | None = None
    text: tuple[re.Pattern[str], ...] = ()
    followed_by: re.Pattern[str] | None = None
    detector: str | None = None
    max_chars: int = 600
    kickers: re.Pattern[str] | None = None
    scrub: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[PromoRule, ...]

    def by_detector(self, name: str) -> PromoRule | None:
        return next((rule for rule in self.rules if rule.detector == name), None)

    @property
    def text_rules(self) -> tuple[PromoRule, ...]:
        return tuple(rule for rule in self.rules if rule.text)

    @property
    def scrub_rules(self) -> tuple[PromoRule, ...]:
        return tuple(rule for rule in self.rules if rule.scrub)


@dataclass(slots=True)
class CleanContext:
    """What the detectors need to know about the article being cleaned."""

    page_url: str
    is_article_link: Callable[[str], bool]
    authors: Sequence[str] = ()


@dataclass(slots=True)
class CleanResult:
    blocks: list[str]
    removed: Counter[str] = field(default_factory=Counter)

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)


def load_rules(path: str | Path | Traversable = DEFAULT_RULES_FILE) -> RuleSet:
    """Load and validate the rules file; every mistake is reported with the rule id."""
    source = Path(path) if isinstance(path, str) else path
    with source.open("rb") as handle:
        data = tomllib.load(handle)
    unknown_top = set(data) - {"rule"}
    if unknown_top:
        raise RulesError(f"{path}: unknown top-level keys {sorted(unknown_top)}")
    rules: list[PromoRule] = []
    seen: set[str] = set()
    for raw in data.get("rule", []):
        rule = _build_rule(raw)
        if rule.id in seen:
            raise RulesError(f"{path}: duplicate rule id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    if not rules:
        raise RulesError(f"{path}: no [[rule]] entries")
    return RuleSet(tuple(rules))


def _build_rule(raw: dict[str, Any]) -> PromoRule:
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rule_id):
        raise RulesError(f"rule id {rule_id!r} must be lower-case letters, digits and hyphens")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RulesError(f"rule {rule_id}: unknown keys {sorted(unknown)}")
    detector = raw.get("detector")
    if detector is not None and detector not in DETECTORS:
        raise RulesError(f"rule {rule_id}: unknown detector {detector!r}")
    if not (raw.get("css") or raw.get("text") or detector or raw.get("scrub")):
        raise RulesError(f"rule {rule_id}: needs css, text, scrub or detector")
    try:
        css = CSSSelector(", ".join(raw["css"]), translator="html") if raw.get("css") else None
    except Exception as error:  # cssselect raises several unrelated exception types
        raise RulesError(f"rule {rule_id}: bad CSS: {error}") from error
    try:
        text = tuple(re.compile(pattern) for pattern in raw.get("text", ()))
        followed_by = re.compile(raw["followed_by"]) if raw.get("followed_by") else None
        kickers = re.compile("|".join(raw["kickers"])) if raw.get("kickers") else None
        scrub = tuple(re.compile(pattern, re.IGNORECASE) for pattern in raw.get("scrub", ()))
    except re.error as error:
        raise RulesError(f"rule {rule_id}: bad regex: {error}") from error
    return PromoRule(
        id=rule_id,
        reason=str(raw.get("reason", "")),
        evidence=str(raw.get("evidence", "")),
        css=css,
        text=text,
        followed_by=followed_by,
        detector=detector,
        max_chars=int(raw.get("max_chars", 600)),
        kickers=kickers,
        scrub=scrub,
    )


def clean_body(root: etree._Element, rules: RuleSet, context: CleanContext) -> CleanResult:
    """Strip promos from `root` (modified in place) and return the body as text blocks."""
    removed: Counter[str] = Counter()
    for rule in rules.rules:
        if rule.css is not None:
            removed[rule.id] += _drop_all(rule.css(root), root)
    link_rule = rules.by_detector("link-list")
    if link_rule is not None:
        removed[link_rule.id] += _drop_link_lists(root, context, link_rule.kickers or _kickers(rules))
    blocks = html_to_blocks(root)
    blocks = _drop_text_matches(blocks, rules, removed)
    blocks = _trim_tail(blocks, rules, context, removed)
    return CleanResult(blocks=blocks, removed=+removed)


def html_to_blocks(root: etree._Element) -> list[str]:
    """Flatten an element into text blocks: one per paragraph, heading, list item or `<br>` run."""
    blocks: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = clean_ws("".join(buffer))
        buffer.clear()
        if _ALNUM.search(text):
            blocks.append(text)

    for kind, node in _walk(root):
        if kind == "text":
            buffer.append(node)
        else:
            flush()
    flush()
    return blocks


def _walk(root: etree._Element) -> Iterator[tuple[str, str]]:
    """Yield ("text", s) and ("break", "") events in document order, without recursion."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        is_element = isinstance(element.tag, str)
        is_block = is_element and element.tag in _BLOCK_TAGS
        if closing:
            if is_block:
                yield "break", ""
            if element is not root and element.tail:
                yield "text", element.tail
            continue
        if is_block:
            yield "break", ""
        stack.append((element, True))
        if is_element:
            if element.text:
                yield "text", element.text
            stack.extend((child, False) for child in reversed(element))


def _drop_text_matches(blocks: list[str], rules: RuleSet, removed: Counter[str]) -> list[str]:
    normalised = [for_matching(block) for block in blocks]
    kept: list[str] = []
    for index, (block, norm) in enumerate(zip(blocks, normalised, strict=True)):
        rule = _matching_rule(norm, normalised[index + 1] if index + 1 < len(blocks) else "", rules)
        if rule is not None:
            removed[rule.id] += 1
            continue
        scrubbed = _scrub(block, rules, removed)
        if _ALNUM.search(scrubbed):
            kept.append(scrubbed)
    return kept


def _scrub(block: str, rules: RuleSet, removed: Counter[str]) -> str:
    """Cut promo phrases glued to other text out of a block (the block itself is editorial)."""
    for rule in rules.scrub_rules:
        for pattern in rule.scrub:
            block, count = pattern.subn("", block)
            if count:
                removed[rule.id] += count
                block = clean_ws(block)
    return block


def _matching_rule(norm: str, next_norm: str, rules: RuleSet) -> PromoRule | None:
    for rule in rules.text_rules:
        if len(norm) > rule.max_chars:
            continue
        if not any(pattern.search(norm) for pattern in rule.text):
            continue
        if rule.followed_by is not None and not rule.followed_by.search(next_norm):
            continue
        return rule
    return None


def _trim_tail(blocks: list[str], rules: RuleSet, context: CleanContext, removed: Counter[str]) -> list[str]:
    """Drop trailing kicker cards and a trailing author bio, repeatedly (a bio may sit above cards)."""
    cards = rules.by_detector("kicker-cards")
    bio = rules.by_detector("author-bio")
    changed = True
    while changed and blocks:
        changed = False
        if cards is not None and cards.kickers is not None:
            cut = _kicker_card_start(blocks, cards.kickers)
            if cut is not None:
                removed[cards.id] += len(blocks) - cut
                blocks = blocks[:cut]
                changed = True
        if bio is not None and blocks:
            index = _bio_index(blocks, context.authors)
            if index is not None:
                # Only the bio paragraph goes: an editorial closing line may still follow it.
                removed[bio.id] += 1
                blocks = blocks[:index] + blocks[index + 1 :]
                changed = True
    return blocks


def _kicker_card_start(blocks: Sequence[str], kickers: re.Pattern[str]) -> int | None:
    """Index where a trailing run of >= 2 related cards starts, or None.

    A card is either one block "<Title><Kicker> <Strapline>" (the seed's text form) or the blocks
    "<Title>", "<Kicker>", "<Strapline>" when the card's parts are separate elements.
    """
    end, count, unknown = len(blocks), 0, 0
    while end > 0:
        last = for_matching(blocks[end - 1])
        if _is_card_line(last, kickers):
            end, count = end - 1, count + 1
        elif end >= 2 and _is_kicker(for_matching(blocks[end - 2]), kickers) and len(last) < 300:
            end = end - 2
            if (
                end >= 1
                and len(blocks[end - 1]) < 200
                and not _is_kicker(for_matching(blocks[end - 1]), kickers)
            ):
                end -= 1
            count += 1
        elif _is_kicker(last, kickers):
            end -= 1
            if end >= 1 and len(blocks[end - 1]) < 200:
                end -= 1
            count += 1
        elif (
            unknown == 0
            and count == 0
            and end >= 2
            and _looks_like_unlabelled_card(last, blocks[end - 2], kickers)
        ):
            # One last card whose kicker we do not know, after a recognised card: not a sentence, so not prose.
            end, unknown = end - 1, 1
        else:
            break
    return end if count >= 2 else None


def _looks_like_unlabelled_card(norm: str, previous: str, kickers: re.Pattern[str]) -> bool:
    return (
        len(norm) < 250
        and not re.search(r"[.!?\"')\]]$", norm)
        and _is_card_line(for_matching(previous), kickers)
    )


def _is_kicker(norm: str, kickers: re.Pattern[str]) -> bool:
    return kickers.fullmatch(norm.rstrip(" -|•·")) is not None


def _is_card_line(norm: str, kickers: re.Pattern[str]) -> bool:
    if len(norm) > 400:
        return False
    # The kicker follows a title (glued to it in text dumps): never at the start of the block.
    return any(match.start() >= 8 for match in kickers.finditer(norm))


def _bio_index(blocks: Sequence[str], authors: Sequence[str]) -> int | None:
    names = _name_variants(authors)
    if not names:
        return None
    for index in range(max(0, len(blocks) - 3), len(blocks)):
        norm = for_matching(blocks[index])
        if len(norm) < 800 and any(norm.startswith(name) for name in names) and _BIO.search(norm):
            return index
    return None


def _name_variants(authors: Sequence[str]) -> tuple[str, ...]:
    variants: set[str] = set()
    for author in authors:
        norm = for_matching(author)
        parts = norm.split()
        if len(parts) >= 2:
            variants.update({norm + " ", parts[0] + " ", parts[-1] + " "})
    return tuple(sorted(variants))


def _kickers(rules: RuleSet) -> re.Pattern[str]:
    cards = rules.by_detector("kicker-cards")
    if cards is not None and cards.kickers is not None:
        return cards.kickers
    return re.compile(r"(?!x)x")  # matches nothing


def _drop_link_lists(root: etree._Element, context: CleanContext, kickers: re.Pattern[str]) -> int:
    """Remove runs of >= 2 sibling cards that each link to another on-site article."""
    dropped = 0
    for container in list(root.iter("ul", "ol", "div", "section")):
        if not _is_attached(container, root):
            continue
        run: list[etree._Element] = []
        for child in [*container, None]:
            if child is not None and isinstance(child.tag, str) and _is_card(child, context, kickers):
                run.append(child)
                continue
            if child is not None and isinstance(child.tag, str) and not _ALNUM.search(child.text_content()):
                if run:
                    run.append(child)  # separators between cards
                continue
            if sum(1 for element in run if _ALNUM.search(element.text_content())) >= 2:
                dropped += _drop_all(run, root)
            run = []
    return dropped


def _is_card(element: etree._Element, context: CleanContext, kickers: re.Pattern[str]) -> bool:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    hrefs = [urljoin(context.page_url, link.get("href") or "") for link in links if link.get("href")]
    if not hrefs or not all(context.is_article_link(href) for href in hrefs):
        return False
    text = clean_ws(element.text_content())
    if not text:
        return False
    link_text = sum(len(clean_ws(link.text_content())) for link in links)
    if link_text >= 0.6 * len(text):
        return True
    # A card whose kicker sits outside its link: some descendant's whole text is a kicker.
    return len(text) < 400 and any(
        _is_kicker(for_matching(part.text_content()), kickers)
        for part in element.iter(etree.Element)
        if part is not element
    )


def _drop_all(elements: Sequence[etree._Element], root: etree._Element) -> int:
    count = 0
    for element in elements:
        if element is root or not _is_attached(element, root):
            continue
        _drop(element)
        count += 1
    return count


def _is_attached(element: etree._Element, root: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail text, which belongs to the surrounding content."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
