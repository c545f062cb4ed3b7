"""Non-article pages that exist and are linked: archives (calibre's ul.archive__list markup, §2.2),
newsletter editions and the subscription promo page (§2.1 exclusions), /newsletters, /about-us,
/search and the 404 page (theweek 404 capture: vanilla.futurecdn.net/theweek/404image.jpg)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica import html_promos as promos
from replica.html_base import SUBSCRIBE_URL, head, page
from replica.sitemodel import ANCHOR
from replica.util import MONTHS, VANILLA, WEEKDAYS, attr, esc, ordinal

if TYPE_CHECKING:
    from replica.sitemodel import SiteModel


@dataclass(frozen=True, slots=True)
class Edition:
    slug: str
    title: str
    intro: str
    count: int


def _edition(kind: str, label: str, days: int, hour: int, intro: str, count: int) -> Edition:
    when = ANCHOR - timedelta(days=days)
    stamp = f"{when:%Y-%m-%d}-{hour:02d}0001"
    title = f"The Week US {label}: {WEEKDAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}"
    return Edition(f"theweekus-{kind}-{stamp}", title, intro, count)


EDITIONS = (
    _edition(
        "daily-briefing", "Daily Briefing", 0, 6, "Good morning. Here is what you need to know today.", 6
    ),
    _edition(
        "saturday-wrap", "Saturday Wrap", 5, 12, "The week in review: the stories that mattered most.", 8
    ),
    _edition("good-news", "Good News", 6, 8, "A little optimism for your weekend.", 4),
)
SUBSCRIPTION_SLUG = "new-bau-october-2025-email-8"
ABOUT = (
    (
        "The Week is a news magazine and website that helps readers make sense of the news. Every story brings you "
        "the best of the American and international media, with views from across the political spectrum."
    ),
    (
        "The Week was founded in the United Kingdom in 1995 and launched in the United States in 2001. It is part of "
        "Future plc, an international media group and leading digital publisher."
    ),
    "Our writers and editors in New York and London read hundreds of sources every day so you don’t have to.",
)


# --- archives ------------------------------------------------------------------------------------------------------------


def archive_months(model: SiteModel, key: str) -> list[tuple[int, int]]:
    """Months (year, month) that have articles in listing ``key`` ("home" = whole site), newest first."""
    months = {
        (model.metas[i].published.year, model.metas[i].published.month) for i in model.members.get(key, [])
    }
    return sorted(months, reverse=True)


def render_archive(model: SiteModel, key: str, year: int | None, month: int | None) -> str | None:
    """``/archive[/YYYY/MM]`` or ``/<section>/archive[/YYYY/MM]``; None when there is no such month."""
    months = archive_months(model, key)
    if not months:
        return None
    if year is None or month is None:
        year, month = months[0]
    if (year, month) not in months:
        return None
    days: dict[int, list[int]] = defaultdict(list)
    for i in model.members.get(key, []):
        p = model.metas[i].published
        if (p.year, p.month) == (year, month):
            days[p.day].append(i)
    prefix = "" if key == "home" else f"/{key}"
    label = "The Week" if key == "home" else model.listings[key].label
    items = []
    for day in sorted(days, reverse=True):
        links = "".join(f'<li class="archive__day-item"><a href="{attr(model.url(model.metas[i].path))}">'
                        f"{esc(model.metas[i].title)}</a></li>" for i in days[day])  # fmt: skip
        items.append(f'<li class="archive__item archive__item--heading">{MONTHS[month - 1]} {ordinal(day)}</li>'
                     f'<li class="archive__item"><ul class="archive__day">{links}</ul></li>')  # fmt: skip
    nav = "".join(
        f'<li><a href="{prefix}/archive/{y}/{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months
    )
    total = sum(len(v) for v in days.values())
    main = (
        f'<div class="archive"><h1 class="archive__title">{esc(label)} archive: {MONTHS[month - 1]} {year}</h1>'
        f'<div class="archive__filter">Filter ({total} articles) <button type="button">Go</button></div>'
        f'<ul class="archive__list">{"".join(items)}</ul>'
        f'<nav class="archive__nav"><ul class="archive__months">{nav}</ul></nav></div>'
    )
    canonical = model.url(f"{prefix}/archive/{year}/{month:02d}")
    return page(head(f"{label} archive | The Week", model.base_url, canonical), main, "archive-page")


# --- editions, subscription, newsletters, about, search, 404 ---------------------------------------------------------------


def render_edition(model: SiteModel, slug: str) -> str | None:
    """Newsletter web copy aggregating other articles (§4.4 "Edition pages"): not an article."""
    ed = next((e for e in EDITIONS if e.slug == slug), None)
    if ed is None:
        return None
    picks = [i for i in model.members["home"] if i < model.n_base][: ed.count]
    rows = []
    for i in picks:
        m = model.metas[i]
        rows.append(f'<div class="edition__story"><h2><a href="{attr(model.url(m.path))}">{esc(m.title)}</a></h2>'
                    f"<p>{esc(m.standfirst or '')}</p></div>")  # fmt: skip
    main = (f'<div class="edition"><h1 class="edition__title">{esc(ed.title)}</h1><p class="edition__intro">'
            f'{esc(ed.intro)}</p>{"".join(rows)}<p class="edition__footer"><a href="/newsletters">Manage your '
            "newsletters</a></p></div>")  # fmt: skip
    extra = '<meta property="og:type" content="website">'
    return page(head(f"{ed.title} | The Week", model.base_url, model.url(f"/edition/{slug}"), extra), main,
                "edition-page")  # fmt: skip


def render_subscription(model: SiteModel) -> str:
    """The promo page that /feeds.xml lists as an item (§2.1, §5)."""
    main = (
        '<div class="subscription-offer"><h1>Subscribe to The Week</h1><p>Escape your echo chamber. Get the facts '
        "behind the news, plus analysis from multiple perspectives.</p><p>Try 6 free issues, then less than $3 per "
        f'week.</p><a class="subscription-offer__button" href="{attr(SUBSCRIBE_URL)}">SUBSCRIBE &amp; SAVE</a></div>'
    )
    extra = '<meta property="og:type" content="website">'
    return page(head("Subscribe to The Week", model.base_url, model.url(f"/subscription/{SUBSCRIPTION_SLUG}"), extra),
                main, "subscription-page")  # fmt: skip


def render_newsletters(model: SiteModel) -> str:
    rows = "".join(
        f'<li class="newsletters__item"><h2>{esc(e.title.split(":")[0])}</h2><p>{esc(e.intro)}</p>'
        f'<a href="/edition/{e.slug}">Read the latest edition</a></li>'
        for e in EDITIONS
    )
    form = promos.newsletter_form("TWE-FREE")
    main = (f'<div class="newsletters"><h1>{esc(promos.NL_HEAD)}</h1><p>{esc(promos.NL_COPY)}</p>{form}'
            f'<ul class="newsletters__list">{rows}</ul><p><a href="/subscription/{SUBSCRIPTION_SLUG}">Subscribe to '
            "the magazine</a></p></div>")  # fmt: skip
    return page(head("Newsletters | The Week", model.base_url, model.url("/newsletters"),
                     '<meta property="og:type" content="website">'), main, "newsletters-page")  # fmt: skip


def render_about(model: SiteModel) -> str:
    staff = "".join(
        f'<li><a href="/author/{a.slug}">{esc(a.name)}</a>, {esc(a.role)}</li>' for a in cat.AUTHORS
    )
    main = ('<div class="about"><h1>About The Week</h1>' + "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
            + f'<h2>Our team</h2><ul class="about__staff">{staff}</ul></div>')  # fmt: skip
    return page(head("About us | The Week", model.base_url, model.url("/about-us"),
                     '<meta property="og:type" content="website">'), main, "about-page")  # fmt: skip


def render_search(model: SiteModel) -> str:
    main = ('<div class="search"><h1>Search</h1><form action="/search" method="get"><input type="search" '
            'name="searchTerm"></form><p>Enter a search term above.</p></div>')  # fmt: skip
    return page(head("Search | The Week", model.base_url, None, '<meta name="robots" content="noindex">'), main,
                "search-page")  # fmt: skip


def render_404(model: SiteModel) -> str:
    main = (f'<div class="error-page"><img src="{VANILLA}/404image.jpg" alt="">'
            "<h1>Page not found</h1><p>Sorry, we couldn’t find the page you were looking for.</p>"
            '<p><a href="/">Go to the homepage</a></p></div>')  # fmt: skip
    return page(head("Page not found | The Week", model.base_url, None, '<meta name="robots" content="noindex">'),
                main, "error-page")  # fmt: skip
