"""Small pure helpers shared by the replica modules: ids, slugs, dates, HTML escaping."""

from __future__ import annotations

import html
import re
import unicodedata
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random
    from datetime import datetime

# Future's 22-character ids (parsely-post-id, RSS <guid>, CDN image names) use a base57 alphabet
# without the look-alike characters 0, 1, I, O and l (STRUCTURE.md §4.1 "id", §5, §8).
ID_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CDN = "https://cdn.mos.cms.futurecdn.net"
VANILLA = "https://vanilla.futurecdn.net/theweek"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Named entities some Vanilla pages use instead of raw UTF-8 (pcgamer samples: &mdash;, &hellip;, &rsquo;).
_NAMED = {
    "\u2019": "&rsquo;",
    "\u2018": "&lsquo;",
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2014": "&mdash;",
    "\u2013": "&ndash;",
    "\u2026": "&hellip;",
    "\u00e9": "&eacute;",
    "\u00fc": "&uuml;",
    "'": "&#039;",
}
_NAMED_RE = re.compile("[" + "".join(_NAMED) + "]")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_SLUG_QUOTES = str.maketrans("", "", "'\u2019\u2018.")


_ID_TABLE = bytes(ord(ID_ALPHABET[b % len(ID_ALPHABET)]) for b in range(256))


def make_id(rng: random.Random, length: int = 22) -> str:
    """A Future-style id such as ``GqMegaDvjg6v4hVKvJ4a83``."""
    return rng.randbytes(length).translate(_ID_TABLE).decode("ascii")


def stable_hash(*parts: object) -> int:
    """A hash that is the same in every process (unlike ``hash(str)``)."""
    return zlib.crc32("|".join(map(str, parts)).encode("utf-8"))


def slugify(text: str, max_words: int = 0) -> str:
    """``"Trump’s huge ballroom"`` -> ``"trumps-huge-ballroom"`` (accents folded, apostrophes dropped)."""
    text = text.translate(_SLUG_QUOTES).lower()
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in folded if not unicodedata.combining(c))
    words = [w for w in _SLUG_DROP.split(text) if w]
    if max_words:
        words = words[:max_words]
    return "-".join(words)


def iso(dt: datetime) -> str:
    """``2019-06-26T16:02:11+00:00``: the JSON-LD and oracle form (STRUCTURE.md §9)."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def iso_z(dt: datetime) -> str:
    """``2019-06-26T16:02:11Z``: the ``article:*_time`` meta form on Future pages (§4.2, §9)."""
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(dt: datetime) -> str:
    """``2018-03-16T11:44:26.740Z``: the listing ``time[datetime]`` form of the T3 sample (§3.3)."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(dt.second * 37) % 1000:03d}Z"


def rfc822(dt: datetime) -> str:
    """``Wed, 01 Jul 2026 11:14:41 +0000``: RSS ``pubDate``/``lastBuildDate`` (§5)."""
    return f"{WEEKDAYS[dt.weekday()][:3]}, {dt.day:02d} {MONTHS[dt.month - 1][:3]} {dt:%Y %H:%M:%S} +0000"


def http_date(dt: datetime) -> str:
    return f"{WEEKDAYS[dt.weekday()][:3]}, {dt.day:02d} {MONTHS[dt.month - 1][:3]} {dt:%Y %H:%M:%S} GMT"


def long_date(dt: datetime) -> str:
    """``26 June 2019`` as printed next to Vanilla bylines."""
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def us_date(dt: datetime) -> str:
    """``June 26, 2019``."""
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def ordinal(day: int) -> str:
    """``31`` -> ``31st`` (archive day headings read "May 31st", §2.2)."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def esc(text: str, named: bool = False) -> str:
    """Escape a text node; with ``named`` also spell typographic characters as named entities."""
    out = html.escape(text, quote=False)
    if named:
        out = _NAMED_RE.sub(lambda m: _NAMED[m.group(0)], out)
    return out


def attr(text: str) -> str:
    """Escape an attribute value (double-quoted)."""
    return html.escape(text, quote=True)


def cdn(image_id: str, size: str = "") -> str:
    """Original CDN URL, or a sized variant ``-<w>-80.jpg`` (§8)."""
    return f"{CDN}/{image_id}-{size}-80.jpg" if size else f"{CDN}/{image_id}.jpg"


def srcset(
    image_id: str, widths: tuple[int, ...] = (1920, 1200, 1024, 970, 650, 480, 320), webp: bool = False
) -> str:
    ext = ".webp" if webp else ""
    return ", ".join(f"{CDN}/{image_id}-{w}-80.jpg{ext} {w}w" for w in widths)
