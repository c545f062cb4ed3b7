"""Deterministic text: story headers (title, strapline, slug, tags) and editorial bodies per page type.

Everything is drawn from ``random.Random(<string seed>)`` instances, never from the global generator
or the clock, so the same seed always produces the same words. Lengths follow the brief: Speed Reads
~150-350 words, explainers and in-depth features 600-1500 (STRUCTURE.md §4.4)."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica import seed_article
from replica.model import (
    CARTOONS,
    EXPLAINER,
    FEATURE,
    IN_DEPTH,
    INSTANT_OPINION,
    PHOTOS,
    PUZZLES,
    RECOMMENDS,
    SPEED_READ,
    Block,
    BodyItem,
    Figure,
)
from replica.util import MONTHS, WEEKDAYS, make_id, slugify, us_date

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from datetime import datetime

    from replica.model import ArticleMeta

# Slots re-drawn for every analysis sentence so that long features do not repeat themselves.
_VOLATILE = frozenset(("expert", "expert2", "expert_cap", "quote", "group", "measure", "measure_cap", "pct_big",
                       "year", "event", "adj_quote", "age", "job", "pollster", "think_tank", "think_tank_cap",
                       "outlet", "billion", "small", "city", "uscity", "event_old", "year_recent", "col_last"))  # fmt: skip
_AI_TASKS = ("write and debug software on its own", "reason through complex math problems",
             "translate between 200 languages", "plan multi-step errands")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Story:
    """The eagerly generated header of an article (cheap enough for 20,000 articles)."""

    title: str
    standfirst: str | None
    slug: str
    section: str
    kicker: str
    tags: tuple[str, ...]
    hero_caption: str


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Slots(dict[str, str]):
    """Template slots of one article, computed lazily from a hash of (seed, slot name).

    A header touches only the few slots its title uses, so building 20,000 headers stays cheap; the
    body later sees the very same values. ``fresh(salt)`` re-draws the volatile slots (experts,
    quotes, figures) for analysis sentences while keeping the article's facts."""

    def __init__(self, seed: str, salt: str = "", over: Mapping[str, str] | None = None) -> None:
        super().__init__(over or {})
        self.seed = seed
        self.salt = salt
        self.over = dict(over or {})

    def h(self, key: str) -> int:
        salt = self.salt if key in _VOLATILE else ""
        return zlib.crc32(f"{self.seed}|{salt}|{key}".encode())

    def pick(self, key: str, pool: Sequence[str]) -> str:
        return pool[self.h(key) % len(pool)]

    def num(self, key: str, low: int, high: int) -> str:
        return str(low + self.h(key) % (high - low + 1))

    def fresh(self, salt: str) -> Slots:
        return Slots(self.seed, salt, self.over)

    def but(self, **over: str) -> Slots:
        """The same slots with some values fixed (e.g. another topic for one opinion excerpt)."""
        return Slots(self.seed, self.salt, {**self.over, **over})

    def __missing__(self, key: str) -> str:
        value = _SLOT[key](self)
        self[key] = value
        return value


def _person(s: Slots, key: str) -> str:
    h = s.h(key)
    return f"{cat.FIRST_NAMES[h % len(cat.FIRST_NAMES)]} {cat.LAST_NAMES[(h >> 8) % len(cat.LAST_NAMES)]}"


def _expert(s: Slots, key: str) -> str:
    h = s.h(key)
    return (f"{_person(s, key + '.name')}, {cat.EXPERT_ROLES[h % len(cat.EXPERT_ROLES)]} at "
            f"{cat.INSTITUTIONS[(h >> 7) % len(cat.INSTITUTIONS)]}")  # fmt: skip


def _rng_person(rng: random.Random) -> str:
    return f"{rng.choice(cat.FIRST_NAMES)} {rng.choice(cat.LAST_NAMES)}"


def _country(s: Slots) -> cat.Country:
    return cat.COUNTRIES[int(s["country_i"])]


def _topic(s: Slots) -> cat.Topic:
    return cat.TOPICS[int(s["topic_index"])]


def _io_topics(s: Slots) -> str:
    first = int(s["topic_index"])
    rng = random.Random(s.h("io_topics"))
    others = rng.sample([i for i in range(len(cat.TOPICS)) if i != first], rng.randint(2, 4))
    return ",".join(str(i) for i in (first, *others))  # Instant Opinion excerpts, title topic first


def _other_country(s: Slots) -> cat.Country:
    n = len(cat.COUNTRIES)
    return cat.COUNTRIES[(int(s["country_i"]) + 1 + s.h("country2") % (n - 1)) % n]


_SLOT: dict[str, Callable[[Slots], str]] = {
    "country_i": lambda s: str(s.h("country") % len(cat.COUNTRIES)),
    "country": lambda s: _country(s).name, "demonym": lambda s: _country(s).demonym,
    "leader": lambda s: _country(s).leader,
    "city": lambda s: s.pick("city", [c.city for c in cat.COUNTRIES]) if s.salt else _country(s).city,
    "country2": lambda s: _other_country(s).name, "city2": lambda s: _other_country(s).city,
    "uscity": lambda s: s.pick("uscity", cat.US_CITIES),
    "state": lambda s: cat.STATES[s.h("state_i") % len(cat.STATES)][0],
    "st": lambda s: cat.STATES[s.h("state_i") % len(cat.STATES)][1],
    "topic_index": lambda s: str(s.h("topic") % len(cat.TOPICS)),
    "frame_index": lambda s: str(s.h("frame") % len(cat.FRAMES)), "io_topics": _io_topics,
    "short": lambda s: _topic(s).short, "phrase": lambda s: _topic(s).phrase,
    "cap": lambda s: _cap(_topic(s).phrase), "cap_short": lambda s: _cap(_topic(s).short),
    "expert": lambda s: _expert(s, "expert"), "expert2": lambda s: _expert(s, "expert2"),
    "expert_cap": lambda s: _cap(s["expert"]), "quote": lambda s: s.pick("quote", cat.QUOTES),
    "group": lambda s: s.pick("group", cat.GROUPS), "measure": lambda s: s.pick("measure", cat.MEASURES),
    "measure_cap": lambda s: _cap(s["measure"]), "pct_big": lambda s: s.num("pct_big", 12, 68),
    "year": lambda s: s.num("year", 2004, 2019), "year_recent": lambda s: s.num("year_recent", 2020, 2024),
    "year_future": lambda s: s.num("year_future", 2030, 2050), "event": lambda s: s.pick("event", cat.EVENTS),
    "event_old": lambda s: s.pick("event_old", cat.EVENTS_OLD), "adj_quote": lambda s: s.pick("adj_quote", cat.ADJ_QUOTES),
    "age": lambda s: s.num("age", 24, 71), "job": lambda s: s.pick("job", cat.JOBS),
    "pollster": lambda s: s.pick("pollster", cat.POLLSTERS), "think_tank": lambda s: s.pick("think_tank", cat.THINK_TANKS),
    "think_tank_cap": lambda s: _cap(s["think_tank"]), "outlet": lambda s: s.pick("outlet", cat.OUTLETS),
    "billion": lambda s: s.num("billion", 2, 95), "small": lambda s: s.num("small", 2, 9),
    "goods": lambda s: s.pick("goods", cat.GOODS), "pct": lambda s: f"{s.num('pct', 1, 6)}.{s.num('pct.d', 0, 9)}",
    "pct2": lambda s: f"{s.num('pct2', 2, 7)}.{s.num('pct2.d', 0, 9)}", "pct_turnout": lambda s: s.num("turnout", 61, 84),
    "pct_unemp": lambda s: f"{s.num('unemp', 3, 5)}.{s.num('unemp.d', 0, 9)}", "number": lambda s: s.num("number", 12, 480),
    "price": lambda s: s.num("price", 18, 240), "price_k": lambda s: s.num("price_k", 8, 90),
    "weekday": lambda s: s.pick("weekday", WEEKDAYS[:5]), "month": lambda s: s.pick("month", MONTHS),
    "month2": lambda s: s.pick("month2", MONTHS), "ordinal": lambda s: s.pick("ordinal", ("second", "third", "fourth")),
    "official": lambda s: f"Sen. {_person(s, 'official')} ({s.pick('official.p', 'DR')}-{s['st']})",
    "official2": lambda s: f"Rep. {_person(s, 'official2')} ({s.pick('official2.p', 'DR')}-"
                           f"{cat.STATES[s.h('official2.st') % len(cat.STATES)][1]})",
    "person": lambda s: _person(s, "person"), "person2": lambda s: _person(s, "person2"),
    "policy": lambda s: s.pick("policy", cat.POLICIES), "storm": lambda s: s.pick("storm", cat.STORMS),
    "temp": lambda s: s.num("temp", 41, 47), "wind": lambda s: s.num("wind", 90, 150),
    "votes": lambda s: f"{s.num('votes.y', 60, 80)}-{s.num('votes.n', 18, 38)}", "seats": lambda s: s.num("seats", 90, 140),
    "seats_total": lambda s: s.pick("seats_total", ("150", "169", "200", "240")),
    "party": lambda s: s.pick("party", cat.PARTIES), "party_cap": lambda s: _cap(s["party"]),
    "company": lambda s: s.pick("company", cat.COMPANIES),
    "company2": lambda s: s.pick("company2", [c for c in cat.COMPANIES if c != s["company"]]),
    "drug": lambda s: s.pick("drug", cat.DRUGS), "disease": lambda s: s.pick("disease", cat.DISEASES),
    "disease_cap": lambda s: _cap(s["disease"]),
    "asteroid": lambda s: f"{s.num('ast.y', 1990, 2020)} {s.pick('ast.l', 'ABCKQ')}{s.num('ast.n', 2, 99)}",
    "ai_task": lambda s: s.pick("ai_task", _AI_TASKS), "jobs": lambda s: s.num("jobs", 90, 320),
    "col_last": lambda s: s.pick("col_last", cat.LAST_NAMES), "institution": lambda s: s.pick("institution", cat.INSTITUTIONS),
}  # fmt: skip


def context(story_seed: str) -> Slots:
    """All template slots of one article (lazy); facts stay consistent within it."""
    return Slots(story_seed)


def fill(template: str, ctx: Mapping[str, str]) -> str:
    return template.format_map(ctx)


def _fresh(template: str, ctx: Slots, rng: random.Random) -> str:
    return fill(template, ctx.fresh(str(rng.getrandbits(32))))


# --- story headers -------------------------------------------------------------------------------------------------


def make_story(
    story_seed: str, page_type: str, published: datetime, kicker_pick: int, rng: random.Random
) -> Story:
    """Title, strapline, slug, section, kicker and tags of one article (``rng``: the site-wide stream)."""
    ctx = context(story_seed)
    kicker = cat.KICKERS[page_type][kicker_pick % len(cat.KICKERS[page_type])]
    section = rng.choice(cat.TYPE_SECTIONS[page_type])
    topic = cat.TOPICS[int(ctx["topic_index"])]
    caption = f"{rng.choice(cat.PHOTO_SCENES)} in {ctx['city']}"
    if page_type == SPEED_READ:
        frame = cat.FRAMES[int(ctx["frame_index"])]
        k = rng.randrange(len(frame.titles))
        section = rng.choice([s for s in frame.sections if s in cat.TYPE_SECTIONS[SPEED_READ]] or [section])
        title, strap = fill(frame.titles[k], ctx), fill(frame.straps[k], ctx)
        tags = frame.tags
    elif page_type == INSTANT_OPINION:
        title = fill(cat.OPINION_HEADLINES[int(ctx["topic_index"]) % len(cat.OPINION_HEADLINES)], ctx)
        keywords = [cat.TOPICS[int(i)].keyword for i in ctx["io_topics"].split(",")]
        return Story(title, "Opinion, comment and editorials of the day",
                      "instant-opinion-" + "-".join(dict.fromkeys(keywords)), section, kicker,
                      ("Opinion", *topic.tags[:1]), caption)  # fmt: skip
    elif page_type in (EXPLAINER, IN_DEPTH, FEATURE):
        pool = {EXPLAINER: cat.EXPLAINER_TITLES, IN_DEPTH: cat.DEPTH_TITLES}.get(page_type)
        title = fill(rng.choice(pool or cat.FEATURE_TITLES[kicker]), ctx)
        strap = _fresh(rng.choice(cat.FEATURE_STRAPS), ctx, rng)
        tags = topic.tags
    elif page_type == CARTOONS:
        return _cartoon_story(rng, ctx, published, section, kicker, caption)
    elif page_type == PUZZLES:
        return _puzzle_story(rng, published, section, kicker)
    elif page_type == PHOTOS:
        scene = rng.choice(cat.PHOTO_SCENES)
        title = fill(rng.choice(cat.PHOTO_TITLES), ctx.but(scene_lower=scene[:1].lower() + scene[1:],
                                                           n=str(rng.randint(8, 14))))  # fmt: skip
        strap = f"{scene}, plus the rest of the week’s most striking images"
        tags = ("Photography",)
    else:  # RECOMMENDS
        return _recommends_story(rng, ctx, section, kicker, caption)
    if section == "world-news" and "World News" not in tags:
        tags = ("World News", *tags)
    extra = rng.choice(cat.TAG_EXTRA)
    if rng.random() < 0.4 and extra not in tags:
        tags = (*tags, extra)
    return Story(title, strap, slugify(title, 12), section, kicker, tags, caption)


def _cartoon_story(rng: random.Random, ctx: Slots, published: datetime, section: str, kicker: str,
                   caption: str) -> Story:  # fmt: skip
    day = f"{MONTHS[published.month - 1]} {published.day}"
    topics = [t.short for t in rng.sample(cat.TOPICS, 3)]
    if rng.random() < 0.6:
        title = f"{rng.choice(cat.CARTOON_JOKES)} | {day} editorial cartoons"
        slug = slugify(f"{day} editorial cartoons")
        strap = f"{WEEKDAYS[published.weekday()]}’s political cartoons include {topics[0]}, {topics[1]}, and {topics[2]}"
    else:
        title = f"{rng.randint(4, 7)} {rng.choice(cat.CARTOON_ADJS)} cartoons about {topics[0]}"
        slug = slugify(title)
        strap = f"Artists take on {topics[1]}, {topics[2]} and more"
    return Story(title, strap, slug, section, kicker, ("Cartoons", "Politics"), caption)


def _puzzle_story(rng: random.Random, published: datetime, section: str, kicker: str) -> Story:
    if rng.random() < 0.5:
        title = f"Crossword: {us_date(published)}"
        strap = None if rng.random() < 0.6 else "Test your knowledge with The Week’s daily crossword"
        slug = slugify(title)
    else:
        end = published.day
        start = max(1, end - 6)
        month = MONTHS[published.month - 1]
        title = f"Quiz of the week: {start} – {end} {month}"
        slug = f"quiz-of-the-week-{start}-{end}-{month.lower()}"
        strap = "Have you been paying attention to The Week’s news?"
    return Story(title, strap, slug, section, kicker, ("Puzzles",), "A crossword grid")


def _recommends_story(rng: random.Random, ctx: Slots, section: str, kicker: str, caption: str) -> Story:
    region = rng.choice(cat.REGIONS)
    if section == "culture-life/travel":
        title = rng.choice((f"{rng.randint(5, 9)} of the best hotels in {region}",
                            f"Where to stay in {ctx['city']}: the hotels worth the trip",
                            f"The best {rng.choice(cat.SEASONS)} breaks in {region}"))  # fmt: skip
        strap = "From converted convents to cliff-top retreats, the places our writers loved"
        tags = ("Travel", "Hotels")
    else:
        title = rng.choice(
            (
                f"{rng.randint(5, 9)} clever gadgets that make mornings easier",
                "The best kitchen upgrades under $200",
                f"The best gifts for {rng.choice(('coffee lovers', 'travelers', 'cyclists', 'cooks'))}",
            )
        )
        strap = "Tried-and-tested picks from The Week’s reviewers, with prices checked daily"
        tags = ("Shopping", "Gift guides")
    return Story(title, strap, slugify(title, 12), section, kicker, tags, caption)


# --- bodies ----------------------------------------------------------------------------------------------------------


def _take(rng: random.Random, pool: Sequence[str], n: int, used: set[str], ctx: Slots,
          fresh: bool = False) -> list[str]:  # fmt: skip
    """``n`` sentences from ``pool`` not used yet in this article (unused templates first)."""
    out: list[str] = []
    order = list(pool)
    rng.shuffle(order)
    order.sort(key=lambda t: ("\0" + t) in used)  # stable: templates this article has not used come first
    for template in order * 3:
        if len(out) == n:
            break
        text = _fresh(template, ctx, rng) if fresh else fill(template, ctx)
        if text not in used:
            used.update((text, "\0" + template))
            out.append(text)
    return out


def _para(rng: random.Random, sentences: list[str]) -> Block:
    text = " ".join(sentences)
    inline: tuple[str, int, int, str] | None = None
    words = text.split(" ")
    roll = rng.random()
    if len(words) > 12 and roll < 0.45:
        start = rng.randrange(0, len(words) - 6)
        end = start + rng.randint(2, 5)
        while end - start > 1 and any(w[-1] in ".?!”" for w in words[start : end - 1]):
            end -= 1  # keep the inline element inside one sentence
        if roll < 0.25:
            kind, href = "a", f"@{rng.randint(1, 50)}"
        elif roll < 0.35:
            kind, href = (
                "a",
                f"https://www.{rng.choice(('reuters.com', 'apnews.com', 'bbc.co.uk'))}/article/{start}",
            )
        else:
            kind, href = rng.choice(("em", "strong")), ""
        inline = (kind, start, end, href)
    return Block("p", text, inline=inline)


def _analysis_paras(rng: random.Random, ctx: Slots, used: set[str], count: int,
                    sentences: tuple[int, int] = (3, 4)) -> list[Block]:  # fmt: skip
    return [
        _para(rng, _take(rng, cat.ANALYSIS, rng.randint(*sentences), used, ctx, fresh=True))
        for _ in range(count)
    ]


def _speed_read(rng: random.Random, ctx: Slots, used: set[str]) -> list[Block]:
    frame = cat.FRAMES[int(ctx["frame_index"])]
    facts = _take(rng, frame.facts, rng.randint(5, 6), used, ctx)
    said = _take(rng, frame.said, rng.randint(2, 3), used, ctx)
    nxt = _take(rng, frame.next, 2, used, ctx)
    while sum(len(t.split()) for t in (*facts, *said, *nxt)) < 170:  # Speed Reads run ~150-350 words
        facts += _take(rng, cat.ANALYSIS, 1, used, ctx, fresh=True)
    if rng.random() < 0.8:  # current format: "What happened" / "Who said what" / "What next?" (§4.4)
        return [
            Block("h2", "What happened"),
            _para(rng, facts[:3]),
            _para(rng, facts[3:]),
            Block("h2", "Who said what"),
            _para(rng, said),
            Block("h2", "What next?"),
            _para(rng, nxt),
        ]
    return [_para(rng, facts[:2]), _para(rng, [*facts[2:3], *said[:1]]), _para(rng, [*said[1:], *facts[3:]]),
            _para(rng, nxt)]  # fmt: skip


def _opinion(rng: random.Random, ctx: Slots, used: set[str]) -> list[Block]:
    blocks: list[Block] = []
    for i, topic in enumerate(cat.TOPICS[int(t)] for t in ctx["io_topics"].split(",")):
        tctx = ctx.but(short=topic.short, phrase=topic.phrase, cap=_cap(topic.phrase),
                       col_last=rng.choice(cat.LAST_NAMES))  # fmt: skip
        head = fill(
            cat.OPINION_HEADLINES[(int(ctx["topic_index"]) + i * 3) % len(cat.OPINION_HEADLINES)], tctx
        )
        pub, domain = rng.choice(cat.PUBLICATIONS)
        columnist = f"{rng.choice(cat.FIRST_NAMES)} {tctx['col_last']}"
        href = f"https://www.{domain}/opinion/{slugify(head, 6)}"
        blocks += [Block("h2", head), Block("attribution", f"{columnist} at {pub}", href=href),
                   _para(rng, _take(rng, cat.OPINION_SENTENCES, 3, used, tctx, fresh=True))]  # fmt: skip
    return blocks


def _explainer(rng: random.Random, ctx: Slots, used: set[str], depth: bool) -> list[Block]:
    blocks = _analysis_paras(rng, ctx, used, 2)
    heads = list(cat.DEPTH_HEADS if depth else cat.EXPLAINER_HEADS)
    rng.shuffle(heads)
    n_heads = rng.randint(4, 5) if depth else rng.randint(5, 7)
    list_at, quote_at = rng.randrange(1, n_heads), rng.randrange(0, n_heads)
    for h in range(n_heads):
        blocks.append(Block("h2", fill(heads[h], ctx)))
        blocks += _analysis_paras(rng, ctx, used, rng.randint(2, 3))
        if h == list_at and (not depth or rng.random() < 0.5):
            items = _take(rng, cat.LIST_ITEMS, rng.randint(3, 5), used, ctx, fresh=True)
            blocks += [Block("p", "Among the options on the table:"), Block("ul", items=tuple(items))]
        if h == quote_at:
            quote = _take(rng, cat.QUOTES, 1, used, ctx)
            blocks.append(Block("quote", f"“{quote[0] if quote else cat.QUOTES[0]}”", cite=_rng_person(rng)))
    return _fit(rng, ctx, used, blocks, 700 if depth else 800, 1200 if depth else 1450)


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) + sum(len(i.split()) for i in b.items) for b in blocks)


def _fit(
    rng: random.Random, ctx: Slots, used: set[str], blocks: list[Block], low: int, high: int
) -> list[Block]:
    """Pad with analysis paragraphs or drop surplus ones until the body is low..high words long."""
    while _words(blocks) < low:
        blocks += _analysis_paras(rng, ctx, used, 1)
    while _words(blocks) > high:
        surplus = [k for k in range(1, len(blocks)) if blocks[k].kind == "p" and blocks[k - 1].kind == "p"]
        if not surplus:
            break
        del blocks[surplus[-1]]
    return blocks


def _feature(rng: random.Random, ctx: Slots, used: set[str]) -> list[Block]:
    """Today's Big Question / Talking Points / In the Spotlight: ~600-900 words under 3-4 subheads."""
    blocks = _analysis_paras(rng, ctx, used, 2)
    for head in rng.sample(cat.FEATURE_HEADS, rng.randint(3, 4)):
        blocks.append(Block("h2", head))
        blocks += _analysis_paras(rng, ctx, used, rng.randint(2, 3))
    return _fit(rng, ctx, used, blocks, 620, 950)


def _cartoons(rng: random.Random, ctx: Slots) -> list[BodyItem]:
    items: list[BodyItem] = [
        Block(
            "p",
            f"Political cartoonists weigh in on {ctx['short']}, the week in "
            f"{ctx['country']} and the fallout from {rng.choice(cat.TOPICS).short}.",
        )
    ]
    for topic in rng.sample(cat.TOPICS, rng.randint(3, 6)):
        artist, syndicate = rng.choice(cat.CARTOONISTS)
        items.append(
            Figure(
                make_id(rng),
                f"Political cartoon about {topic.short}",
                f"(Image credit: {artist} / {syndicate})",
                f"Cartoon by {artist}",
                "cartoon",
            )
        )
    return items


def _puzzle(rng: random.Random, ctx: Slots, title: str) -> list[Block]:
    if title.startswith("Crossword"):
        return [
            Block(
                "p",
                "Solve The Week’s daily crossword below. Clues cover the week’s news, culture and the "
                "occasional piece of trivia.",
            ),
            Block("p", "Stuck? Use the “reveal” button to check a letter, a word or the whole grid."),
        ]
    questions = (
        f"Which country announced new tariffs on {ctx['goods']} this week?",
        f"Storm {ctx['storm']} made landfall near which city?",
        f"Which company agreed to buy {ctx['company2']}?",
        f"What was the annual inflation rate reported for {ctx['month']}?",
        f"Which party won the election in {ctx['country']}?",
    )
    return [
        Block("p", "How closely have you been following the news? Test yourself with our weekly quiz."),
        Block("ul", items=questions),
        Block("p", "The answers are revealed at the end of the quiz, along with your score."),
    ]


def _gallery(rng: random.Random, ctx: Slots, used: set[str]) -> list[BodyItem]:
    items: list[BodyItem] = [_para(rng, _take(rng, cat.ANALYSIS, 2, used, ctx, fresh=True))]
    scenes = rng.sample(cat.PHOTO_SCENES, rng.randint(6, 10))
    for n, scene in enumerate(scenes):
        country = rng.choice(cat.COUNTRIES)
        credit = f"{_rng_person(rng)} / {rng.choice(cat.PHOTO_AGENCIES)}"
        items.append(
            Figure(make_id(rng), f"{scene} in {country.city}, {country.name}.", credit, scene, "gallery")
        )
        if n == len(scenes) // 2:
            items.append(
                Block(
                    "p",
                    f"Elsewhere, {scene[:1].lower()}{scene[1:]} — one of the quieter moments of "
                    f"a busy week in {country.city}.",
                )
            )
    return items


def _recommends(rng: random.Random, ctx: Slots, used: set[str], travel: bool) -> list[Block]:
    blocks = [_para(rng, _take(rng, cat.ANALYSIS, 3, used, ctx, fresh=True))]
    names = rng.sample(cat.HOTELS if travel else cat.PRODUCTS, rng.randint(4, 6))
    for name in names:
        city = rng.choice(cat.COUNTRIES).city
        if travel:
            blocks.append(Block("h2", f"{name}, {city}"))
            text = (
                f"Set in a restored {rng.choice(cat.BUILDINGS)} on the edge of {city}, {name} pairs "
                f"{rng.randint(12, 60)} calm, pared-back rooms with a restaurant that draws locals too. "
                f"Breakfast — {rng.choice(cat.DISHES)} and strong coffee — is a highlight. Rooms from about "
                f"${rng.randint(140, 690)} a night; book well ahead for {rng.choice(cat.SEASONS)}."
            )
        else:
            blocks.append(Block("h2", f"The {name}"))
            text = (
                f"We tested the {name} for {rng.randint(2, 8)} weeks. It is well built, easy to clean and "
                f"noticeably quieter than its rivals — though at ${rng.randint(39, 349)} it is not cheap. "
                f"{rng.choice(('Our tester in', 'A reader in'))} {city} called it “the one thing I’d replace "
                f"immediately if it broke.”"
            )
        blocks.append(Block("p", text))
    blocks.append(_para(rng, _take(rng, cat.ANALYSIS, 2, used, ctx, fresh=True)))
    return blocks


def _revise(blocks: list[BodyItem], body_seed: str, revision: int) -> list[BodyItem]:
    """Revision n edits or adds a paragraph (odd: add an update paragraph, even: extend a paragraph)."""
    for r in range(1, revision + 1):
        rng = random.Random(f"{body_seed}:rev:{r}")
        ctx = context(f"{body_seed}:rev:{r}")
        sentence = _fresh(rng.choice(cat.ANALYSIS), ctx, rng)
        if r % 2:
            blocks.append(Block("p", f"Update {r}: {sentence}"))
            continue
        paragraphs = [i for i, b in enumerate(blocks) if isinstance(b, Block) and b.kind == "p"]
        i = rng.choice(paragraphs) if paragraphs else len(blocks) - 1
        old = blocks[i]
        if isinstance(old, Block) and old.kind == "p":
            blocks[i] = Block("p", f"{old.text} (Updated: {sentence})", inline=old.inline)
        else:
            blocks.append(Block("p", f"Update {r}: {sentence}"))
    return blocks


@lru_cache(maxsize=1024)
def build_body(meta: ArticleMeta) -> tuple[BodyItem, ...]:
    """Editorial blocks (and content figures for cartoons/photos) of one article, revision applied."""
    if meta.is_seed:
        base: list[BodyItem] = [Block("p", text) for text in seed_article.PARAGRAPHS]
        return tuple(_revise(base, meta.body_seed, meta.revision))
    rng = random.Random(meta.body_seed)
    ctx = context(meta.story_seed)
    used: set[str] = set()
    builders: dict[str, Callable[[], Sequence[BodyItem]]] = {
        SPEED_READ: lambda: _speed_read(rng, ctx, used),
        INSTANT_OPINION: lambda: _opinion(rng, ctx, used),
        EXPLAINER: lambda: _explainer(rng, ctx, used, depth=False),
        IN_DEPTH: lambda: _explainer(rng, ctx, used, depth=True),
        FEATURE: lambda: _feature(rng, ctx, used),
        CARTOONS: lambda: _cartoons(rng, ctx),
        PUZZLES: lambda: _puzzle(rng, ctx, meta.title),
        PHOTOS: lambda: _gallery(rng, ctx, used),
        RECOMMENDS: lambda: _recommends(rng, ctx, used, travel=meta.section.endswith("travel")),
    }
    blocks: list[BodyItem] = list(builders[meta.page_type]())
    return tuple(_revise(blocks, meta.body_seed, meta.revision))
