"""Deterministic article content for the replica: titles, bylines, dates and bodies per page type.

Page types, kickers and body shapes follow STRUCTURE.md §4.4; article 0 is the real seed article
(shared/theweek/seed, copied here as text so the replica runs without ../shared)."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newscrawl.replica.model import Block, Spec

SECTIONS = (  # (path, JSON-LD articleSection)
    ("politics", "Politics"),
    ("world-news", "World News"),
    ("business", "Business"),
    ("business/economy", "Economy"),
    ("science", "Science"),
    ("culture-life", "Culture & Life"),
)
# page type -> (kicker as the article page prints it, listing that also carries it, weight)
PAGE_TYPES = {
    "speed-read": ("Speed Read", "speed-reads", 5),
    "instant-opinion": ("Instant Opinion", "opinion", 2),
    "explainer": ("The Explainer", "the-explainer", 2),
    "in-depth": ("In Depth", "the-explainer", 1),
    "cartoons": ("Cartoons", "cartoons", 1),
    "puzzle": ("Puzzles", "puzzles", 1),
    "photos": ("Photos", "photos", 1),
    "recommends": ("The Week Recommends", "the-week-recommends", 1),
}
AUTHORS = (
    ("Peter Weber", "US"), ("Joel Mathis", "US"), ("Harold Maass", "US"), ("Rafi Schwartz", "US"),
    ("Justin Klawans", "US"), ("Catherine Garcia", "US"), ("Chas Newkey-Burden", "UK"), ("Elliott Goat", "UK"),
    ("Devika Rao", "US"), ("Theara Coleman", "US"), ("Rebecca Messina", "UK"), ("Jamie Timson", "UK"),
)  # fmt: skip
TAGS = (
    "Donald Trump", "Congress", "Supreme Court", "Economy", "Climate change", "China", "Ukraine", "Elections",
    "Artificial intelligence", "Health care", "Immigration", "Federal Reserve", "Europe", "Media",
)  # fmt: skip
SUBJECTS = (
    "the Senate", "the White House", "Federal Reserve officials", "the Supreme Court", "voters in Ohio",
    "European leaders", "the Pentagon", "Beijing", "the governor of Texas", "São Paulo’s mayor",
    "Zürich bankers", "the café owners of Montréal", "House Republicans", "Democratic strategists",
)  # fmt: skip
VERBS = (
    "weighed a new proposal on", "pushed back against", "quietly backed", "raised fresh doubts about",
    "moved to overhaul", "warned of delays in", "celebrated a deal on", "faced criticism over",
)  # fmt: skip
OBJECTS = (
    "tariffs on steel imports", "the stalled budget talks", "a sweeping climate bill", "drug prices",
    "the border security package", "interest rates", "a contested election map", "student loan relief",
    "the AI safety framework", "housing costs", "a ceasefire plan", "the rail strike",
)  # fmt: skip
TAILS = (
    "according to officials familiar with the talks", "a move critics called “reckless”",
    "though the details remain unclear", "in a decision expected to reshape the debate",
    "after weeks of pressure from allies", "— a sign of how far the politics have shifted",
    "while markets stayed calm", "which could take effect as early as next year",
)  # fmt: skip
OUTLETS = (
    "The Atlantic",
    "The Washington Post",
    "The Guardian",
    "The New York Times",
    "Bloomberg",
    "The Spectator",
)
BASE_TIME = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
B57 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

SEED_TITLE = (
    "The U.S. and North Korea are holding 'behind-the-scenes talks' for a 3rd Trump-Kim summit, Seoul says"
)
SEED_PARAGRAPHS = (
    (
        "There has been speculation that a recent series of letters between President Trump and North Korean "
        'leader Kim Jong Un — Trump called Kim\'s "beautiful" while Kim dubbed Trump\'s "excellent" — might lead '
        "to a third summit between the two leaders, after the second summit ended in February with no progress on "
        "denuclearization. South Korean President Moon Jae-in said Wednesday that in fact U.S. and North Korean "
        'officials are holding "behind-the-scenes talks" to arrange a third summit, in an unspecified time and '
        "place. He didn't say if the talks were face-to-face or who participated."
    ),
    (
        "\"There's no reason to regard the current situation as a stalemate in the peace process on the peninsula "
        'just because the pace has remained slow," Moon wrote in response to questions from seven news '
        'organizations, including The Associated Press. "Complete denuclearization and a permanent peace regime '
        'on the peninsula are tasks that cannot be achieved overnight." Trump is traveling to Japan for a G20 '
        'summit on Friday, before heading to South Korea to meet with Moon, and "he is reportedly considering a '
        'visit to the demilitarized zone that divides the two Korea," CNN reports, citing a South Korean '
        "government official."
    ),
    (
        'Earlier Wednesday, North Korea\'s foreign ministry slammed the U.S. for having "viciously slandered" '
        'Pyongyang by suggesting its sanctions will "bring us to our knees." The foreign ministry\'s statement '
        'criticized Secretary of State Mike Pompeo but not Trump, even referring to the president "as the '
        "'supreme leader' of the United States,\" mirroring Kim's title in North Korea, CNN notes."
    ),
    (
        'The foreign ministry is trying to distinguish the Kim-Trump "bromance from the relationship between '
        'their two countries," Duyeon Kim, an analyst at the Center for a New American Security, suggested to '
        "CNN. \"It sounds like they're sending a warning to Washington, almost as if to manage expectations ahead "
        'of a third summit, while making an appeal to Trump to basically put a straitjacket on his staff."'
    ),
)


def sentence(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, {rng.choice(TAILS)}."
    return text[0].upper() + text[1:]


def paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 5)) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70].strip("-")


def image_id(rng: random.Random) -> str:
    return "".join(rng.choice(B57) for _ in range(22))


def build_spec(seed: int, index: int, revision: int = 0) -> Spec:
    """The article at `index`; article 0 is the seed Speed Read at its legacy URL."""
    rng = random.Random(f"{seed}:{index}")
    if index == 0:
        return _seed_spec(rng, revision)
    page_type = rng.choices(list(PAGE_TYPES), weights=[weight for _, _, weight in PAGE_TYPES.values()])[0]
    kicker = PAGE_TYPES[page_type][0]
    section_path, section_label = SECTIONS[rng.randrange(len(SECTIONS))]
    if page_type == "instant-opinion":
        section_path, section_label = "politics", "Politics"
    title, blocks, standfirst = _content(rng, page_type, index)
    suffix = str(index) if index >= 0 else f"new{-index}"
    slug = ("instant-opinion-" if page_type == "instant-opinion" else "") + slugify(title) + f"-{suffix}"
    path = f"/{section_path}/{slug}"
    if page_type in {"cartoons", "puzzle", "photos"}:
        path = f"/{PAGE_TYPES[page_type][1]}/{slugify(title)}-{suffix}"
    count = 2 if rng.random() < 0.15 else 1
    authors = tuple(rng.sample(AUTHORS, count))
    published = BASE_TIME - timedelta(hours=7 * index + rng.randint(0, 5), minutes=rng.randint(0, 59))
    modified = published + timedelta(hours=rng.choice((0, 0, 2, 5)))
    variant = rng.randrange(1000)
    legacy = None
    if index < 0:
        legacy = None
    elif index % 9 == 4:
        legacy = f"/speedreads/{800000 + index * 17}/{slugify(title)[:40].strip('-')}"
    elif index % 13 == 6:
        legacy = f"/{section_path.split('/')[0]}/{1004000 + index * 31}/{slugify(title)[:40].strip('-')}"
    elif index % 17 == 8:
        legacy = f"/{96000 + index}/{slugify(title)[:40].strip('-')}"
    spec = Spec(
        index=index,
        path=path,
        section_path=section_path,
        section_label=section_label,
        page_type=page_type,
        kicker=kicker,
        family=("bem", "article-body", "bem", "article-body-2019")[variant % 4],
        title=title,
        standfirst=standfirst,
        authors=authors,
        published_at=_iso(published),
        modified_at=_iso(modified),
        tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
        image_id=image_id(rng),
        blocks=blocks,
        legacy_path=legacy,
        variant=variant,
    )
    return _revise(spec, revision) if revision else spec


def _revise(spec: Spec, revision: int) -> Spec:
    rng = random.Random(f"revision:{spec.index}:{revision}")
    blocks = (*spec.blocks, Block("p", f"Update {revision}: " + paragraph(rng, (1, 2))))
    modified = datetime.fromisoformat(spec.modified_at) + timedelta(days=revision)
    return replace(spec, blocks=blocks, modified_at=_iso(modified), revision=revision)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _content(rng: random.Random, page_type: str, index: int) -> tuple[str, tuple[Block, ...], str]:
    subject, obj = rng.choice(SUBJECTS), rng.choice(OBJECTS)
    if page_type == "speed-read":
        title = f"{subject[0].upper() + subject[1:]} {rng.choice(VERBS)} {obj}"
        blocks = [Block("h2", "What happened"), Block("p", paragraph(rng)), Block("h2", "Who said what")]
        blocks += [Block("p", paragraph(rng)), Block("h2", "What next?"), Block("p", paragraph(rng, (1, 3)))]
        return title, tuple(blocks), sentence(rng)
    if page_type == "instant-opinion":
        title = f"‘{sentence(rng).rstrip('.')}’"
        blocks = []
        for _ in range(3):
            blocks.append(Block("h3", f"‘{rng.choice(OBJECTS).capitalize()} is the real test’"))
            first, last = rng.choice(AUTHORS)[0].split(" ", 1)
            blocks.append(Block("attribution", f"{first} {last} at {rng.choice(OUTLETS)}"))
            blocks.append(Block("p", paragraph(rng, (2, 4))))
        return title, tuple(blocks), "Opinion, comment and editorials of the day"
    if page_type in {"explainer", "in-depth", "recommends"}:
        title = (
            f"What {obj} means for {subject}" if page_type != "recommends" else f"The best books about {obj}"
        )
        blocks = [Block("p", paragraph(rng)), Block("p", paragraph(rng)), Block("h2", "Why it matters")]
        blocks += [
            Block("p", paragraph(rng)),
            Block("quote", f"“{sentence(rng)}”"),
            Block("p", paragraph(rng)),
        ]
        blocks += [Block("h2", "The key numbers")]
        blocks += [Block("li", f"{rng.randint(2, 90)}% {rng.choice(('of voters', 'of firms', 'growth'))}")]
        blocks += [Block("li", f"${rng.randint(2, 900)} billion {rng.choice(('in spending', 'in losses'))}")]
        blocks += [Block("p", paragraph(rng)), Block("p", paragraph(rng, (1, 3)))]
        return title, tuple(blocks), sentence(rng)
    if page_type == "cartoons":
        month = ("January", "March", "June", "September", "November")[index % 5]
        title = f"{month} {index % 28 + 1}, {2026 - abs(index) // 140} editorial cartoons"
        text = f"Artists take on {obj}, {subject} and more in cartoon set No. {index}."
        return title, (Block("p", text),), "Political cartoons"
    if page_type == "photos":
        title = f"The week in photos: {obj}"
        return title, (Block("p", paragraph(rng, (1, 2))), Block("p", paragraph(rng, (1, 2)))), sentence(rng)
    title = f"Crossword No. {index}: {('March', 'April', 'May')[index % 3]} {index % 28 + 1}"
    text = f"Test your wits with puzzle No. {index}. Answers are printed below the grid."
    return title, (Block("p", text),), "The Week’s weekly crossword"


def _seed_spec(rng: random.Random, revision: int) -> Spec:
    spec = Spec(
        index=0,
        path="/politics/north-korea-us-behind-the-scenes-talks-third-trump-kim-summit",
        section_path="politics",
        section_label="Politics",
        page_type="speed-read",
        kicker="Speed Read",
        family="bem",
        title=SEED_TITLE,
        standfirst="Seoul says the talks are arranging a third summit",
        authors=(("Peter Weber", "US"),),
        published_at="2019-06-26T17:32:00+00:00",
        modified_at="2019-06-26T17:32:00+00:00",
        tags=("North Korea", "Donald Trump"),
        image_id=image_id(rng),
        blocks=tuple(Block("p", text) for text in SEED_PARAGRAPHS),
        legacy_path="/speedreads/849837/us-north-korea-are-holding-behindthescenes-talks-3rd-trumpkim-summit",
        variant=1,
    )
    return _revise(spec, revision) if revision else spec
