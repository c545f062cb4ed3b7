"""Promo stripping and body-to-text conversion (pure functions over an lxml body root).

The site knowledge lives in the rules file (`newscrawl/rules/theweek_promos.toml`); this module only
knows how to apply the kinds of matcher a rule may carry, in this order:

1. `css`: remove widget elements whole (class first, so most promos go here), never an inline
   element inside a paragraph: a rule does not cut part of a paragraph;
2. `text`: remove blocks whose normalised text matches, so a promo that lost its classes still goes;
3. `detector`: structural detectors that need more than one block (link lists, trailing links and
   headings, kicker cards, bios), with their thresholds from the rule's `limits`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from lxml import etree

from newscrawl.dom import Selector, SelectorSet, compile_css, text_content
from newscrawl.text import clean_ws, for_matching

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from importlib.resources.abc import Traversable

# Read through importlib.resources, not a filesystem path: scrapyd runs the project from a zipped egg.
DEFAULT_RULES_FILE: Traversable = resources.files("newscrawl") / "rules" / "theweek_promos.toml"

_RULE_KEYS = frozenset(
    {"id", "reason", "evidence", "css", "inline", "text", "followed_by", "detector", "max_chars", "kickers",
     "example", "scrub", "limits", "bio"}
)  # fmt: skip
# Each detector and the limits (thresholds) its rule must give in the rules file: no number in here.
DETECTORS: dict[str, frozenset[str]] = {
    "link-list": frozenset({"link_share", "card_chars", "min_cards"}),
    "kicker-cards": frozenset(
        {"min_cards", "card_chars", "title_chars", "strap_chars", "unlabelled_chars", "kicker_offset"}
    ),
    "author-bio": frozenset({"bio_chars", "last_blocks"}),
    "link-tail": frozenset({"link_share"}),
}

# Elements that start a new text block; everything else is inline and joins its neighbours.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
     "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
     "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Text blocks whose inline content is never cut: "a rule never removes part of a paragraph". An
# ordinary link that Future's affiliate script marks `a.hawk-link-parsed` keeps its words.
_TEXT_BLOCKS = frozenset({"p", "li", "dt", "dd", "td", "th", "caption", *_HEADINGS})
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
     "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
)  # fmt: skip
_ALNUM = re.compile(r"\w")
# Two <br> with only blank text between them end a paragraph (Tom's Hardware and others put several
# paragraphs in one <p> that way: real/SOURCES.md "<br><br> rule"); a single <br> does not.
_BLANK = re.compile(r"^\s*$")


class RulesError(ValueError):
    """The rules file is malformed: unknown key, duplicate id, bad CSS or regex, a missing limit."""


@dataclass(frozen=True, slots=True)
class PromoRule:
    id: str
    reason: str
    evidence: str
    css: Selector | None = None
    inline: bool = False
    text: tuple[re.Pattern[str], ...] = ()
    followed_by: re.Pattern[str] | None = None
    detector: str | None = None
    max_chars: int = 0  # required with `text` (the loader checks it)
    kickers: re.Pattern[str] | None = None
    scrub: tuple[re.Pattern[str], ...] = ()
    # For each `text` pattern, the characters a matching block can start with (None: any), so that a
    # block is only searched by the patterns that can match it.
    text_starts: tuple[frozenset[str] | None, ...] = ()
    # For each `scrub` pattern, text every match contains (None: nothing known), so that a block
    # without it is not searched.
    scrub_literals: tuple[str | None, ...] = ()
    limits: dict[str, float] = field(default_factory=dict)
    bio: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[PromoRule, ...]
    text_rules: tuple[PromoRule, ...] = field(init=False)
    scrub_rules: tuple[PromoRule, ...] = field(init=False)
    _text_candidates: dict[str, tuple[tuple[PromoRule, tuple[re.Pattern[str], ...]], ...]] = field(
        init=False, repr=False, compare=False
    )

    selectors: SelectorSet = field(init=False)

    def __post_init__(self) -> None:
        # Asked for each text block: computed once.
        object.__setattr__(self, "text_rules", tuple(rule for rule in self.rules if rule.text))
        object.__setattr__(self, "scrub_rules", tuple(rule for rule in self.rules if rule.scrub))
        object.__setattr__(self, "_text_candidates", {})
        # Every rule's CSS, matched in one walk of the body.
        selectors = SelectorSet((rule.id, rule.css) for rule in self.rules if rule.css is not None)
        object.__setattr__(self, "selectors", selectors)

    def by_detector(self, name: str) -> PromoRule | None:
        return next((rule for rule in self.rules if rule.detector == name), None)

    def text_candidates(self, start: str) -> tuple[tuple[PromoRule, tuple[re.Pattern[str], ...]], ...]:
        """The text rules, in order, each with those of its patterns a block whose matching form starts
        with `start` can match (`leading_chars`); rules left with none are left out. Kept per
        character: every block asks."""
        found = self._text_candidates.get(start)
        if found is None:
            found = self._text_candidates[start] = tuple(
                (rule, patterns)
                for rule in self.text_rules
                if (patterns := tuple(
                    pattern
                    for pattern, starts in zip(rule.text, rule.text_starts, strict=True)
                    if starts is None or start in starts
                ))
            )  # fmt: skip
        return found


@dataclass(slots=True)
class CleanContext:
    """What the detectors need to know about the article being cleaned."""

    page_url: str
    is_article_link: Callable[[str], bool]
    authors: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class Removal:
    """One thing the cleaner removed: the rule, what it was (an element or a text block) and its text."""

    rule: str
    what: str
    text: str


@dataclass(slots=True)
class Block:
    """One text block of the body: its text, the element kind that holds it, how much of it is link text."""

    text: str
    tag: str = ""
    link_chars: int = 0


@dataclass(slots=True)
class CleanResult:
    blocks: list[str]
    removed: Counter[str] = field(default_factory=Counter)
    trace: list[Removal] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)


class _Log:
    """Counts removals per rule and, when asked, keeps what each removal took (`scrapy extract`)."""

    def __init__(self, keep: bool):
        self.removed: Counter[str] = Counter()
        self.trace: list[Removal] | None = [] if keep else None

    def element(self, rule: str, element: etree._Element) -> None:
        self.removed[rule] += 1
        if self.trace is not None:
            self.trace.append(Removal(rule, _describe(element), clean_ws(text_content(element))))

    def block(self, rule: str, text: str, what: str = "block") -> None:
        self.removed[rule] += 1
        if self.trace is not None:
            self.trace.append(Removal(rule, what, text))


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
    if raw.get("text") and not raw.get("max_chars"):
        raise RulesError(f"rule {rule_id}: text rules need max_chars")
    limits = raw.get("limits", {})
    if not isinstance(limits, dict) or not all(isinstance(value, int | float) for value in limits.values()):
        raise RulesError(f"rule {rule_id}: limits must be a table of numbers")
    missing = sorted(DETECTORS.get(detector or "", frozenset()) - set(limits))
    if missing:
        raise RulesError(f"rule {rule_id}: detector {detector!r} needs limits {missing}")
    try:
        css = compile_css(", ".join(raw["css"])) if raw.get("css") else None
    except Exception as error:  # cssselect raises several unrelated exception types
        raise RulesError(f"rule {rule_id}: bad CSS: {error}") from error
    try:
        text = tuple(re.compile(pattern) for pattern in raw.get("text", ()))
        followed_by = re.compile(raw["followed_by"]) if raw.get("followed_by") else None
        kickers = re.compile("|".join(raw["kickers"])) if raw.get("kickers") else None
        scrub = tuple(re.compile(pattern, re.IGNORECASE) for pattern in raw.get("scrub", ()))
        bio = re.compile("|".join(raw["bio"])) if raw.get("bio") else None
    except re.error as error:
        raise RulesError(f"rule {rule_id}: bad regex: {error}") from error
    return PromoRule(
        id=rule_id,
        reason=str(raw.get("reason", "")),
        evidence=str(raw.get("evidence", "")),
        css=css,
        inline=bool(raw.get("inline", False)),
        text=text,
        text_starts=tuple(leading_chars(pattern.pattern) for pattern in text),
        followed_by=followed_by,
        detector=detector,
        max_chars=int(raw.get("max_chars", 0)),
        kickers=kickers,
        scrub=scrub,
        scrub_literals=tuple(required_literal(pattern.pattern) for pattern in scrub),
        limits={key: float(value) for key, value in limits.items()},
        bio=bio,
    )


def clean_body(
    root: etree._Element, rules: RuleSet, context: CleanContext, trace: bool = False
) -> CleanResult:
    """Strip promos from `root` (modified in place) and return the body as text blocks.

    Structure first (widget elements go whole), then text rules on each block, then the tail:
    trailing related cards, link-only lists and headings, and an author bio. With `trace`, the result
    also says what each removal took."""
    log = _Log(trace)
    # One walk of the body matches every rule's CSS. Matches are taken from the tree as it was
    # before any removal (`_drop_all` skips what an earlier rule already took); a selector that
    # lxml answers (`:has()`) is asked at its rule's turn, on the tree as the earlier rules left it.
    matched, walked = rules.selectors.match(root)
    order: dict[etree._Element, int] | None = None
    for rule in rules.rules:
        if rule.css is None:
            continue
        found = matched.get(rule.id, [])
        fallback = rules.selectors.fallbacks.get(rule.id)
        if fallback is not None and (extra := fallback(root)):
            order = order or {element: number for number, element in enumerate(walked)}
            found = sorted(dict.fromkeys([*found, *extra]), key=order.__getitem__)
        _drop_all(found, root, rule, log)
    link_rule = rules.by_detector("link-list")
    if link_rule is not None:
        _drop_link_lists(root, context, link_rule, _kickers(rules), log)
    blocks = _drop_text_matches(text_blocks(root), rules, log)
    blocks = _trim_tail(blocks, rules, context, log)
    return CleanResult([block.text for block in blocks], +log.removed, log.trace or [])


def html_to_blocks(root: etree._Element) -> list[str]:
    """Flatten an element into text: one block per paragraph, heading, list item or `<br><br>` run."""
    return [block.text for block in text_blocks(root)]


def text_blocks(root: etree._Element) -> list[Block]:
    """`html_to_blocks` with, for each block, the element kind holding it and its share of link text."""
    writer = _BlockWriter()
    for kind, text, tag, in_link in _walk(root):
        if kind == "text":
            writer.add(text, tag, in_link)
        elif kind == "br":
            writer.line_break()
        else:
            writer.flush()
    writer.flush()
    return writer.blocks


class _BlockWriter:
    """Collects the text of the walk into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.tag = ""
        self.links = 0
        self.after_br = False

    def add(self, text: str, tag: str, in_link: bool) -> None:
        if not self.buffer:
            self.tag = tag
        self.buffer.append(text)
        if not _BLANK.match(text):
            self.after_br = False
            if in_link:
                self.links += len(clean_ws(text))

    def line_break(self) -> None:
        if self.after_br:
            self.flush()  # the second of two <br>: a paragraph ends here
        else:
            self.buffer.append(" ")
            self.after_br = True

    def flush(self) -> None:
        text = clean_ws("".join(self.buffer))
        if _ALNUM.search(text):
            self.blocks.append(Block(text, self.tag, min(self.links, len(text))))
        self.buffer.clear()
        self.tag, self.links, self.after_br = "", 0, False


def _walk(root: etree._Element) -> Iterator[tuple[str, str, str, bool]]:
    """Yield (kind, text, block tag, inside a link) in document order, without recursion: kind is
    "text", "br", or "break" (a block element opens or closes)."""
    # Stack entries: an element to open, an element to close (str marker), or a text node.
    stack: list[tuple[str, etree._Element | str, str, bool]] = [("open", root, "", False)]
    while stack:
        kind, node, block, in_link = stack.pop()
        if kind == "text":
            yield "text", str(node), block, in_link
            continue
        assert not isinstance(node, str)
        tag = node.tag if isinstance(node.tag, str) else ""
        if kind == "close":
            if tag in _BLOCK_TAGS:
                yield "break", "", block, in_link
            continue
        if node is not root and node.tail:
            stack.append(("text", node.tail, block, in_link))
        if not tag:
            continue  # a comment or processing instruction: only its tail counts
        if tag == "br":
            yield "br", "", block, in_link
            continue
        inner_block, inner_link = (tag if tag in _BLOCK_TAGS else block), in_link or tag == "a"
        if tag in _BLOCK_TAGS:
            yield "break", "", block, in_link
        stack.append(("close", node, block, in_link))
        stack.extend(("open", child, inner_block, inner_link) for child in reversed(node))
        if node.text:
            stack.append(("text", node.text, inner_block, inner_link))


def _drop_text_matches(blocks: list[Block], rules: RuleSet, log: _Log) -> list[Block]:
    normalised = [for_matching(block.text) for block in blocks]
    kept: list[Block] = []
    for index, (block, norm) in enumerate(zip(blocks, normalised, strict=True)):
        rule = _matching_rule(norm, normalised[index + 1] if index + 1 < len(blocks) else "", rules)
        if rule is not None:
            log.block(rule.id, block.text)
            continue
        block.text = _scrub(block.text, rules, log)
        if _ALNUM.search(block.text):
            kept.append(block)
    return kept


_METACHARACTERS = frozenset("\\.^$*+?{}[]|()")
_OPTIONAL = frozenset("?*{")
_ESCAPED_CLASSES = {"d": frozenset("0123456789")}


def leading_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of an anchored (`^…`) pattern can start with, or None when it may start
    with anything (not anchored, or too clever to tell). Conservative: never leaves one out."""
    if not pattern.startswith("^"):
        return None
    return _first_of(pattern, 1)


def _first_of(pattern: str, at: int) -> frozenset[str] | None:
    if at >= len(pattern):
        return None
    char = pattern[at]
    if char == "(":
        end = _group_end(pattern, at)
        if end is None or (end + 1 < len(pattern) and pattern[end + 1] in _OPTIONAL):
            return None
        inner = pattern[at + 1 : end]
        if inner.startswith("?"):
            if not inner.startswith("?:"):
                return None  # a lookaround or an inline flag
            inner = inner[2:]
        starts: set[str] = set()
        for alternative in _alternatives(inner):
            found = _first_of(alternative, 0)
            if found is None:
                return None
            starts |= found
        return frozenset(starts)
    if char == "\\" and at + 1 < len(pattern):
        escaped, after = pattern[at + 1], at + 2
        found = _ESCAPED_CLASSES.get(escaped) or (frozenset(escaped) if not escaped.isalnum() else None)
    elif char in _METACHARACTERS:
        return None
    else:
        found, after = frozenset(char), at + 1
    if found is None or (after < len(pattern) and pattern[after] in _OPTIONAL):
        return None
    return found


def _group_end(pattern: str, start: int) -> int | None:
    """Index of the `)` closing the group opened at `start`."""
    return next(
        (index for index, char, depth in _structure(pattern, start) if char == ")" and depth == 0), None
    )


def _alternatives(inner: str) -> list[str]:
    """A group's top-level alternatives."""
    bars = [index for index, char, depth in _structure(inner, 0) if char == "|" and depth == 0]
    return [inner[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(inner)], strict=True)]


def _structure(pattern: str, start: int) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` from `start` on, outside escapes and character classes, with the group
    depth after it (a `(` counts itself, a `)` no longer)."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth
        index += 1


def required_literal(pattern: str) -> str | None:
    """Lower-case ASCII text that every match of the pattern contains (its leading literal run), or None."""
    if len(_alternatives(pattern)) > 1:
        return None
    literal: list[str] = []
    at = 1 if pattern.startswith("^") else 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\" and at + 1 < len(pattern) and not pattern[at + 1].isalnum():
            char, after = pattern[at + 1], at + 2
        elif char in _METACHARACTERS:
            break
        else:
            after = at + 1
        if after < len(pattern) and pattern[after] in _OPTIONAL:
            break
        literal.append(char)
        at = after
    text = "".join(literal)
    return text.lower() if len(text) >= 3 and text.isascii() else None


# Characters that re.IGNORECASE matches with ASCII letters though `str.lower()` does not make them
# ASCII (long s, Kelvin sign, dotless and dotted i): a block holding one is searched in full.
_FOLDS_TO_ASCII = re.compile("[\u017f\u212a\u0131\u0130]")


def _scrub(block: str, rules: RuleSet, log: _Log) -> str:
    """Cut promo phrases glued to other text out of a block (the block itself is editorial)."""
    lowered = None if _FOLDS_TO_ASCII.search(block) else block.lower()
    for rule in rules.scrub_rules:
        for pattern, literal in zip(rule.scrub, rule.scrub_literals, strict=True):
            if literal is not None and lowered is not None and literal not in lowered:
                continue
            matches = list(pattern.finditer(block))
            if not matches:
                continue  # most blocks: one search, not a second one to substitute nothing
            for match in matches:
                log.block(rule.id, match.group(0), "phrase")
            block = clean_ws(pattern.sub("", block))
            lowered = None if lowered is None else block.lower()
    return block


def _matching_rule(norm: str, next_norm: str, rules: RuleSet) -> PromoRule | None:
    for rule, patterns in rules.text_candidates(norm[:1]):
        if len(norm) > rule.max_chars:
            continue
        if not any(pattern.search(norm) for pattern in patterns):
            continue
        if rule.followed_by is not None and not rule.followed_by.search(next_norm):
            continue
        return rule
    return None


def _trim_tail(blocks: list[Block], rules: RuleSet, context: CleanContext, log: _Log) -> list[Block]:
    """Drop what trails the article, repeatedly (a bio may sit above cards, a heading above a list):
    related cards, link-only blocks and orphan headings, and an author bio."""
    cards = rules.by_detector("kicker-cards")
    bio = rules.by_detector("author-bio")
    tail = rules.by_detector("link-tail")
    changed = True
    while changed and blocks:
        changed = False
        if cards is not None and cards.kickers is not None:
            cut = _kicker_card_start([block.text for block in blocks], cards)
            if cut is not None:
                for block in blocks[cut:]:
                    log.block(cards.id, block.text)
                blocks = blocks[:cut]
                changed = True
        if tail is not None and blocks and _is_tail_furniture(blocks[-1], tail):
            log.block(tail.id, blocks.pop().text)
            changed = True
        if bio is not None and blocks:
            index = _bio_index([block.text for block in blocks], context.authors, bio)
            if index is not None:
                # Only the bio paragraph goes: an editorial closing line may still follow it.
                log.block(bio.id, blocks.pop(index).text)
                changed = True
    return blocks


def _is_tail_furniture(block: Block, rule: PromoRule) -> bool:
    """The last block is a heading (an article does not end on one: it headed a widget that went)
    or nearly all link text (a list of related stories, a "Next: ..." link)."""
    return block.tag in _HEADINGS or block.link_chars >= rule.limits["link_share"] * len(block.text)


def _kicker_card_start(blocks: Sequence[str], rule: PromoRule) -> int | None:
    """Index where a trailing run of at least `min_cards` related cards starts, or None.

    A card is either one block "<Title><Kicker> <Strapline>" (the seed's text form) or the blocks
    "<Title>", "<Kicker>", "<Strapline>" when the card's parts are separate elements.
    """
    assert rule.kickers is not None
    kickers, limits = rule.kickers, rule.limits
    end, count, unknown = len(blocks), 0, 0
    while end > 0:
        last = for_matching(blocks[end - 1])
        if _is_card_line(last, rule):
            end, count = end - 1, count + 1
        elif (
            end >= 2
            and _is_kicker(for_matching(blocks[end - 2]), kickers)
            and len(last) < limits["strap_chars"]
        ):
            end = end - 2
            if (
                end >= 1
                and len(blocks[end - 1]) < limits["title_chars"]
                and not _is_kicker(for_matching(blocks[end - 1]), kickers)
            ):
                end -= 1
            count += 1
        elif _is_kicker(last, kickers):
            end -= 1
            if end >= 1 and len(blocks[end - 1]) < limits["title_chars"]:
                end -= 1
            count += 1
        elif (
            unknown == 0
            and count == 0
            and end >= 2
            and _looks_like_unlabelled_card(last, blocks[end - 2], rule)
        ):
            # One last card whose kicker we do not know, after a recognised card: not a sentence, so not prose.
            end, unknown = end - 1, 1
        else:
            break
    return end if count >= limits["min_cards"] else None


def _looks_like_unlabelled_card(norm: str, previous: str, rule: PromoRule) -> bool:
    return (
        len(norm) < rule.limits["unlabelled_chars"]
        and not re.search(r"[.!?\"')\]]$", norm)
        and _is_card_line(for_matching(previous), rule)
    )


def _is_kicker(norm: str, kickers: re.Pattern[str]) -> bool:
    return kickers.fullmatch(norm.rstrip(" -|•·")) is not None


def _is_card_line(norm: str, rule: PromoRule) -> bool:
    assert rule.kickers is not None
    if len(norm) > rule.limits["card_chars"]:
        return False
    # The kicker follows a title (glued to it in text dumps): never at the start of the block.
    return any(match.start() >= rule.limits["kicker_offset"] for match in rule.kickers.finditer(norm))


def _bio_index(blocks: Sequence[str], authors: Sequence[str], rule: PromoRule) -> int | None:
    names = _name_variants(authors)
    if not names or rule.bio is None:
        return None
    for index in range(max(0, len(blocks) - int(rule.limits["last_blocks"])), len(blocks)):
        norm = for_matching(blocks[index])
        if (
            len(norm) < rule.limits["bio_chars"]
            and any(norm.startswith(name) for name in names)
            and rule.bio.search(norm)
        ):
            return index
    return None


def _name_variants(authors: Sequence[str]) -> tuple[str, ...]:
    variants: set[str] = set()
    for author in authors:
        norm = for_matching(author)
        parts = norm.split()
        if len(parts) >= 2:
            # "Mike Wall's book … is out now. Follow him on Twitter" opens with the possessive.
            variants.update({f"{name}{end}" for name in (norm, parts[0], parts[-1]) for end in (" ", "'s ")})
    return tuple(sorted(variants))


def _kickers(rules: RuleSet) -> re.Pattern[str]:
    cards = rules.by_detector("kicker-cards")
    if cards is not None and cards.kickers is not None:
        return cards.kickers
    return re.compile(r"(?!x)x")  # matches nothing


def _drop_link_lists(root: etree._Element, context: CleanContext, rule: PromoRule, kickers: re.Pattern[str],
                     log: _Log) -> None:  # fmt: skip
    """Remove runs of at least `min_cards` sibling cards that each link to another on-site article."""

    # A link is looked at once per container it sits in: its verdict is kept for the whole body.
    @cache
    def article_link(href: str) -> bool:
        return context.is_article_link(urljoin(context.page_url, href))

    for container in list(root.iter("ul", "ol", "div", "section")):
        if not _is_attached(container, root):
            continue
        run: list[etree._Element] = []
        for child in [*container, None]:
            if (
                child is not None
                and isinstance(child.tag, str)
                and _is_card(child, article_link, rule, kickers)
            ):
                run.append(child)
                continue
            # Separators between cards (no text) join a run; with no run yet there is nothing to join.
            if (
                run
                and child is not None
                and isinstance(child.tag, str)
                and not _ALNUM.search(text_content(child))
            ):
                run.append(child)
                continue
            if sum(1 for element in run if _ALNUM.search(text_content(element))) >= rule.limits["min_cards"]:
                _drop_all(run, root, rule, log)
            run = []


def _is_card(
    element: etree._Element, article_link: Callable[[str], bool], rule: PromoRule, kickers: re.Pattern[str]
) -> bool:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    hrefs = [href for link in links if (href := link.get("href"))]
    if not hrefs or not all(article_link(href) for href in hrefs):
        return False
    text = clean_ws(text_content(element))
    if not text:
        return False
    link_text = sum(len(clean_ws(text_content(link))) for link in links)
    if link_text >= rule.limits["link_share"] * len(text):
        return True
    # A card whose kicker sits outside its link: some descendant's whole text is a kicker.
    return len(text) < rule.limits["card_chars"] and any(
        _is_kicker(for_matching(text_content(part)), kickers)
        for part in element.iter(etree.Element)
        if part is not element
    )


def _drop_all(elements: Sequence[etree._Element], root: etree._Element, rule: PromoRule, log: _Log) -> None:
    for element in elements:
        if element is root or not _is_attached(element, root):
            continue
        if not rule.inline and _inside_text_block(element, root):
            continue  # a rule never removes part of a paragraph
        log.element(rule.id, element)
        _drop(element)


def _inside_text_block(element: etree._Element, root: etree._Element) -> bool:
    """An inline element (link, emphasis, span) within a paragraph, heading, list item or cell."""
    if element.tag not in _INLINE_TAGS:
        return False
    node = element.getparent()
    while node is not None and node is not root:
        if node.tag in _TEXT_BLOCKS:
            return True
        node = node.getparent()
    return False


def _describe(element: etree._Element) -> str:
    """`div#ad-unit-1.ad-unit`: an element as a CSS-like name, for the trace."""
    name = str(element.tag)
    if element.get("id"):
        name += "#" + str(element.get("id"))
    classes = str(element.get("class") or "").split()
    return name + "".join("." + css for css in classes[:3])


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
