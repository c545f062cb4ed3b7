"""Where the boilerplate goes: the promo plan of one article page (STRUCTURE.md §6, positions from §6.1-6.3).

The plan interleaves promos with the editorial blocks of content.build_body without ever changing
their text, so the oracle's body_paragraphs are exactly the editorial blocks."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica import seed_article
from replica.content import build_body
from replica.model import (
    CARTOONS,
    INSTANT_OPINION,
    PHOTOS,
    PROMO_KINDS,
    PUZZLES,
    RECOMMENDS,
    SPEED_READ,
    Block,
    BodyItem,
    Card,
    Figure,
    Promo,
)
from replica.util import make_id

if TYPE_CHECKING:
    from collections.abc import Callable

    from replica.model import ArticleMeta
    from replica.sitemodel import SiteModel

    Put = Callable[[int, BodyItem], None]
    MakePromo = Callable[..., Promo]

BODY_KINDS = ("affiliate", "subscribe", "newsletter", "daily_email", "you_may_like", "ad_unit", "video_carousel",
              "jwplayer", "hawk", "image", "author_bio", "card_list")  # fmt: skip


def classed(index: int, kind: str) -> bool:
    """Two pages in three render a promo kind with its classes, one in three with none (rotating)."""
    return (index + PROMO_KINDS.index(kind)) % 3 != 0


@dataclass(frozen=True, slots=True)
class Layout:
    body: tuple[BodyItem, ...]  # page order inside the body container
    header: tuple[Promo, ...]  # inside the article header (share bar, affiliate disclaimer)
    after: tuple[Promo, ...]  # after the body container
    cards: dict[str, tuple[Card, ...]]  # card lists per promo kind

    def kinds(self) -> set[tuple[str, bool]]:
        """(kind, classed) of every promo on the page."""
        found = {(p.kind, p.classed) for p in (*self.header, *self.after)}
        found |= {(p.kind, p.classed) for p in self.body if isinstance(p, Promo)}
        return found


def _card(model: SiteModel, i: int) -> Card:
    meta = model.metas[i]
    return Card(model.url(meta.path), meta.title, meta.card_kicker, meta.standfirst or "", meta.image_id)


def _related(
    model: SiteModel, meta: ArticleMeta, rng: random.Random, n: int, same_type: bool = False
) -> list[int]:
    pool = [i for i in range(model.n_base) if i != meta.index]
    if same_type:
        pool = [i for i in pool if model.metas[i].page_type == meta.page_type] or pool
    return rng.sample(pool, min(n, len(pool)))


def _card_list(model: SiteModel, meta: ArticleMeta, rng: random.Random) -> tuple[Card, ...]:
    """Title + kicker + strapline cards with duplicates, like the seed's related list (§6.5)."""
    if meta.is_seed:
        return _seed_cards(model)
    picks = _related(model, meta, rng, rng.randint(5, 8), same_type=meta.page_type in (SPEED_READ, CARTOONS))
    order = picks[:3] + picks[:2] + picks[3:] if len(picks) >= 3 else picks
    return tuple(_card(model, i) for i in order)


def _seed_cards(model: SiteModel) -> tuple[Card, ...]:
    """The seed page's cards, verbatim. Their real targets are not in the replica, so each distinct card
    links to one of the replica's own Speed Reads (or the Speed Reads listing on a tiny site)."""
    targets = [m for m in model.metas[1 : model.n_base] if m.page_type == SPEED_READ]
    distinct = list(dict.fromkeys(title for title, _, _ in seed_article.CARDS))
    cards = []
    for title, kicker, strap in seed_article.CARDS:
        n = distinct.index(title)
        url = model.url(targets[n].path) if n < len(targets) else model.url("/speed-reads")
        cards.append(Card(url, title, kicker, strap))
    return tuple(cards)


def _inline_figure(rng: random.Random, meta: ArticleMeta) -> Figure:
    scene = rng.choice(cat.PHOTO_SCENES)
    country = rng.choice(cat.COUNTRIES)
    credit = rng.choice(cat.HERO_CREDITS)
    return Figure(make_id(rng), f"{scene} in {country.city}", f"(Image credit: {credit})", scene, "inline")


def plan(model: SiteModel, meta: ArticleMeta) -> Layout:
    """The promo plan of one article: deterministic from its seed and index."""
    editorial = build_body(meta)
    rng = random.Random(f"{meta.body_seed}:layout")
    cards: dict[str, tuple[Card, ...]] = {}
    for kind, n in (("you_may_like", 3), ("read_more", 4), ("most_popular", 5), ("more_about", 4)):
        cards[kind] = tuple(_card(model, i) for i in _related(model, meta, rng, n))
    cards["card_list"] = _card_list(model, meta, rng)
    if meta.is_seed:
        return _seed_layout(meta, editorial, cards)

    def promo(kind: str, variant: int = 0) -> Promo:
        return Promo(kind, classed(meta.index, kind), variant)

    inserts: dict[int, list[BodyItem]] = {}
    slots = [k + 1 for k, item in enumerate(editorial) if isinstance(item, Figure) or
             (isinstance(item, Block) and item.kind in ("p", "ul", "quote"))]  # fmt: skip
    slots = slots or [len(editorial)]

    def put(pos: int, item: BodyItem) -> None:
        inserts.setdefault(pos, []).append(item)

    def mid() -> int:
        return rng.choice(slots[: max(1, len(slots) - 1)])

    header = [promo("share")]
    affiliate = meta.page_type == RECOMMENDS or rng.random() < 0.1
    if affiliate:
        p = promo("affiliate")
        (header.append(p) if p.classed else put(0, p))
    if rng.random() < 0.75:
        pos = slots[min(len(slots) - 1, rng.randrange(3))]
        put(pos, promo("subscribe", rng.randrange(2)))
        if rng.random() < 0.85:
            put(pos, promo("newsletter", rng.randrange(2)))
    elif rng.random() < 0.6:
        put(mid(), promo("newsletter", rng.randrange(2)))
    _daily_email(meta, editorial, rng, slots, put, promo)
    for _ in range(rng.randint(1, 3)):
        put(mid(), promo("ad_unit"))
    if rng.random() < 0.45:
        put(mid(), promo("you_may_like"))
    if rng.random() < 0.35:
        put(mid(), promo("video_carousel"))
    if rng.random() < 0.25:
        put(mid(), promo("jwplayer"))
    _hawks(meta, editorial, rng, put, promo, mid)
    if meta.page_type not in (CARTOONS, PHOTOS, PUZZLES):
        for _ in range(rng.choice((0, 1, 1, 2))):
            put(mid(), Promo("image", classed(meta.index, "image"), figure=_inline_figure(rng, meta)))
    after: list[Promo] = []
    if rng.random() < 0.8 and meta.authors[0] != "the-week-staff":  # bios open "<First name> has worked as"
        bio = promo("author_bio")
        (after.append(bio) if bio.classed else put(len(editorial), bio))
    if meta.page_type == CARTOONS or rng.random() < 0.6:
        lst = promo("card_list")
        (after.append(lst) if lst.classed else put(len(editorial), lst))
    after.append(promo("tags"))
    for kind, chance in (("comments", 0.7), ("more_about", 0.35), ("read_more", 0.6), ("most_popular", 0.6),
                         ("taboola", 0.6)):  # fmt: skip
        if rng.random() < chance and (kind == "comments" or cards.get(kind) or kind == "taboola"):
            after.append(promo(kind))
    return Layout(_merge(editorial, inserts), tuple(header), tuple(after), cards)


def _daily_email(meta: ArticleMeta, editorial: tuple[BodyItem, ...], rng: random.Random, slots: list[int],
                 put: Put, promo: MakePromo) -> None:  # fmt: skip
    """§6.3: after the strapline, mid-body, near the end, or between an attribution line and its paragraph."""
    if meta.page_type == INSTANT_OPINION:
        attributions = [
            k for k, b in enumerate(editorial) if isinstance(b, Block) and b.kind == "attribution"
        ]
        put(rng.choice(attributions) + 1, promo("daily_email", rng.randrange(2)))
        return
    if rng.random() < 0.65:
        where = rng.choice((0, slots[len(slots) // 2], slots[-1]))
        put(where, promo("daily_email", rng.randrange(2)))


def _hawks(meta: ArticleMeta, editorial: tuple[BodyItem, ...], rng: random.Random, put: Put, promo: MakePromo,
           mid: Callable[[], int]) -> None:  # fmt: skip
    """§6.7 price widgets: after each reviewed item on The Week Recommends, now and then elsewhere."""
    if meta.page_type == RECOMMENDS:
        items = [k + 2 for k, b in enumerate(editorial) if isinstance(b, Block) and b.kind == "h2"]
        for pos in items[: rng.randint(2, 3)]:
            put(pos, promo("hawk", 1))
    elif rng.random() < 0.2:
        put(mid(), promo("hawk", 0))


def _seed_layout(
    meta: ArticleMeta, editorial: tuple[BodyItem, ...], cards: dict[str, tuple[Card, ...]]
) -> Layout:
    """The seed's promos in reader-text order, all without classes (the hard golden case)."""
    n = len(editorial)
    inserts: dict[int, list[BodyItem]] = {
        2: [Promo("ad_unit", True)],
        3: [Promo("subscribe", False, 0), Promo("newsletter", False, 0)],
        n: [Promo("daily_email", False, 0), Promo("author_bio", False), Promo("card_list", False)],
    }
    header = (Promo("share", True),)
    after = (Promo("tags", True), Promo("comments", True))
    return Layout(_merge(editorial, inserts), header, after, cards)


def _merge(editorial: tuple[BodyItem, ...], inserts: dict[int, list[BodyItem]]) -> tuple[BodyItem, ...]:
    out: list[BodyItem] = []
    for k in range(len(editorial) + 1):
        out.extend(inserts.get(k, ()))
        if k < len(editorial):
            out.append(editorial[k])
    return tuple(out)
