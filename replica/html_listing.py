"""Listing pages: homepage, sections, article-type, tag and author listings, with pagination.

Two card markups, as STRUCTURE.md §3 describes:
* BEM "listing" template (§3.3, samples/t3-2018-homepage-excerpt.html): listing__item, listing__item--hero,
  a.listing__link, listing__title, listing__text--strapline, time[datetime], listing__label-text, and a
  li.listing__item.sponsored-post placeholder with href="";
* Vanilla listingResult template (§3.2 fallback): div.listingResult > a.article-link > article.
Every card prints its kicker twice, as the text captures of §3.1 show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replica import catalog as cat
from replica.html_base import head, page
from replica.sitemodel import HOME_LATEST, PAGE_SIZE, pages_of
from replica.util import VANILLA, attr, cdn, esc, iso_ms, long_date

if TYPE_CHECKING:
    from replica.model import ArticleMeta
    from replica.sitemodel import ListingDef, SiteModel

MISSING = f"{VANILLA}/media/img/missing-image.svg"


def listing_path(key: str, n: int, uk: bool = False) -> str:
    base = ("/uk" if uk else "") + ("" if key == "home" else f"/{key}")
    if n > 1:
        return f"{base}/page/{n}"
    return base or "/"


def _bylines(meta: ArticleMeta) -> str:
    return " and ".join(cat.AUTHOR_BY_KEY[a].byline for a in meta.authors)


def _when(meta: ArticleMeta) -> tuple[str, str, str]:
    """("Published"|"Last updated", datetime attribute, display) for the card date (§9)."""
    if meta.modified != meta.published:
        return "Last updated", iso_ms(meta.modified), long_date(meta.modified)
    return "Published", iso_ms(meta.published), long_date(meta.published)


def _label_href(model: SiteModel, meta: ArticleMeta) -> str:
    key = cat.KICKER_LISTING.get(meta.kicker)
    return model.url("/" + key) if key else "javascript:void();"


def card_bem(
    model: SiteModel, meta: ArticleMeta, where: str, hero: bool = False, carousel: bool = False
) -> str:
    href = attr(model.link(meta, where))
    image = ""
    if meta.image_id:
        image = (
            '<div class="listing__image-layout">\n<div class="listing__image-wrapper">\n'
            f'<img src="{MISSING}" alt="" class="listing__image lazy-image lazy-image-loading lazyload optional-image" '
            f'sizes="auto" data-src="{cdn(meta.image_id, "768" if hero else "230")}" '
            f'data-original-mos="{cdn(meta.image_id)}" data-pin-media="{cdn(meta.image_id)}" data-pin-nopin="true">'
            "</div>\n</div>"
        )
    label, stamp, shown = _when(meta)
    strap = esc(meta.standfirst or "")
    text = (
        f'<div class="listing__text-wrapper">\n<h2 class="listing__title">\n{esc(meta.title)}\n</h2>\n'
        f'<p class="listing__text listing__text--strapline"><span class="listing__label">{esc(meta.card_kicker)}'
        f"</span> {strap}\n</p>\n"
        f'<p class="listing__text listing__text--date">\nBy {esc(_bylines(meta))} &bull; {label}\n'
        f'<time class="published-date relative-date" datetime="{stamp}">{shown}</time></p>\n</div>'
    )
    label_block = (f'<div class="listing__label-block"><a href="{_label_href(model, meta)}">'
                   f'<span class="listing__label-text">{esc(meta.card_kicker)}</span></a> -</div>')  # fmt: skip
    inner = (
        f'<section><a class="listing__link" href="{href}">\n{image}\n{text}\n</a>\n{label_block}\n</section>'
    )
    if hero:
        return f'<div class="listing__item listing__item--hero">\n{inner}</div>'
    return f'<li class="listing__item {"listing__item--carousel" if carousel else ""}">\n{inner}</li>'


SPONSORED_BEM = (
    '<li class="listing__item sponsored-post">\n<a class="listing__link" href="">\n<div class="listing__image-layout">'
    f'<div class="listing__image-wrapper"><img class="listing__image" src="{MISSING}"></div></div>'
    '<h2 class="listing__title">\n</h2>\n<p class="listing__text listing__text--strapline"><span class="listing__label">'
    '</span>\n</p>\n<div class="listing__label-block"><span class="listing__label-text"></span></div>\n</a>\n</li>'
)


def card_result(model: SiteModel, meta: ArticleMeta, where: str, n: int, page_no: int) -> str:
    href = attr(model.link(meta, where))
    label, stamp, shown = _when(meta)
    image = ""
    if meta.image_id:
        image = (f'<div class="image-remove-reflow-container search-result-image"><figure class="article-lead-image-wrap" '
                 f'data-original="{cdn(meta.image_id)}"><img src="{cdn(meta.image_id, "320")}" alt="" '
                 f'data-pin-media="{cdn(meta.image_id)}"></figure></div>')  # fmt: skip
    return (
        f'<div class="listingResult small result{n}" data-page="{page_no}">\n'
        f'<a href="{href}" class="article-link" aria-label="{attr(meta.title)}">\n'
        f'<article class="search-result search-result-news" data-id="{meta.uid}">\n{image}\n<div class="content">\n'
        f'<header><h3 class="article-name">{esc(meta.title)}</h3>\n<p class="byline"><span class="by-author">By '
        f'<span>{esc(_bylines(meta))}</span></span> <time class="no-wrap relative-date date-with-prefix" '
        f'datetime="{stamp}">{label} {shown}</time></p></header>\n'
        f'<p class="synopsis"><span class="article-type">{esc(meta.card_kicker)}</span> {esc(meta.standfirst or "")}'
        f'</p>\n</div>\n</article>\n</a>\n<div class="listingResult__kicker"><span class="article-type">'
        f"{esc(meta.card_kicker)}</span> -</div>\n</div>"
    )


SPONSORED_RESULT = ('<div class="listingResult small sponsored-post"><a href="" class="article-link">'
                    '<article class="search-result"></article></a></div>')  # fmt: skip


def cards_html(
    model: SiteModel, indices: list[int], markup: str, where: str, page_no: int, hero: bool
) -> str:
    metas = [model.metas[i] for i in indices]
    if markup == "result":
        cards = [card_result(model, m, where, n + 1, page_no) for n, m in enumerate(metas)]
        if len(cards) > 3:
            cards.insert(3, SPONSORED_RESULT)
        return '<div class="listingResults all">\n' + "\n".join(cards) + "\n</div>"
    head_html = card_bem(model, metas[0], where, hero=True) if hero and metas else ""
    rest = [card_bem(model, m, where) for m in (metas[1:] if head_html else metas)]
    if len(rest) > 3:
        rest.insert(3, SPONSORED_BEM)
    return (f'<section class="listing listing--latest" data-total-count="{len(indices)}">\n{head_html}\n'
            f'<ul class="listing__list">\n' + "\n".join(rest) + "\n</ul>\n</section>")  # fmt: skip


def pagination(key: str, n: int, pages: int, uk: bool) -> str:
    if pages <= 1:
        return ""
    shown = sorted({1, pages, *range(max(1, n - 2), min(pages, n + 2) + 1)})
    items = []
    if n > 1:
        items.append(f'<li class="pagination__item"><a class="pagination__link pagination__link--prev" rel="prev" '
                     f'href="{listing_path(key, n - 1, uk)}">‹ Previous</a></li>')  # fmt: skip
    for k in shown:
        if k == n:
            items.append(f'<li class="pagination__item"><span class="pagination__link pagination__link--current" '
                         f'aria-current="page">{k}</span></li>')  # fmt: skip
        else:
            items.append(f'<li class="pagination__item"><a class="pagination__link" href="{listing_path(key, k, uk)}">'
                         f"{k}</a></li>")  # fmt: skip
    if n < pages:
        items.append(f'<li class="pagination__item"><a class="pagination__link pagination__link--next" rel="next" '
                     f'href="{listing_path(key, n + 1, uk)}">Next ›</a></li>')  # fmt: skip
    return (
        '<nav class="pagination" aria-label="Pagination"><ul class="pagination__list">'
        + "".join(items)
        + "</ul></nav>"
    )


def _listing_head(model: SiteModel, d: ListingDef, n: int, pages: int, uk: bool) -> str:
    links = []
    if n > 1:
        links.append(f'<link rel="prev" href="{model.url(listing_path(d.key, n - 1, uk))}">')
    if n < pages:
        links.append(f'<link rel="next" href="{model.url(listing_path(d.key, n + 1, uk))}">')
    links.append('<meta property="og:type" content="website">')
    title = f"{d.label} | The Week" + (f" | Page {n}" if n > 1 else "")
    return head(title, model.base_url, model.url(listing_path(d.key, n, uk)), "\n".join(links), uk)


def _intro(model: SiteModel, d: ListingDef) -> str:
    if d.kind == "author":
        a = cat.AUTHOR_BY_KEY[d.key.split("/", 1)[1]]
        bio = "".join(f"<p>{esc(p)}</p>" for p in a.bio)
        return (f'<div class="author-header"><h1 class="author-header__name">{esc(a.name)}</h1>'
                f'<p class="author-header__role">{esc(a.role)}</p><div class="author-header__bio">{bio}</div></div>'
                f'<h2 class="listing-header__title">Latest articles by {esc(a.byline)}</h2>')  # fmt: skip
    subs = [s for s in cat.SECTIONS if s.parent == model.section_of(d.key)]
    sub_nav = ""
    if subs:
        sub_nav = ('<ul class="sub-nav">' + "".join(f'<li><a href="/{model.listing_key(s.key)}">{esc(s.label)}</a></li>'
                                                    for s in subs) + "</ul>")  # fmt: skip
    return f'<div class="listing-header"><h1 class="listing-header__title">{esc(d.label)}</h1>{sub_nav}</div>'


def render_listing(model: SiteModel, key: str, n: int, uk: bool = False) -> str | None:
    """One listing page, or None past the last page (the caller answers 404)."""
    d = model.listings.get(key)
    if d is None or d.kind == "home":
        return None
    pages = pages_of(model, key)
    if n < 1 or n > pages:
        return None
    indices = model.members.get(key, [])[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
    where = f"{'uk:' if uk else ''}{key}:{n}"
    body = cards_html(model, indices, d.markup, where, n, hero=n == 1)
    archive = ""
    if d.kind in ("section", "type"):
        archive = f'<p class="listing__archive"><a href="/{key}/archive">{esc(d.label)} archive</a></p>'
    main = f"{_intro(model, d)}\n{body}\n{pagination(key, n, pages, uk)}\n{archive}"
    return page(
        _listing_head(model, d, n, pages, uk), main, f"listing-page listing-{d.kind}", uk, model.renamed
    )


def render_home(model: SiteModel, uk: bool = False) -> str:
    """Homepage: hero + carousel, latest list, one block per section with "View More ▸" (T3 sample shapes)."""
    latest = model.members["home"]
    where = "uk:home" if uk else "home"
    hero = card_bem(model, model.metas[latest[0]], where, hero=True)
    carousel = "\n".join(card_bem(model, model.metas[i], where, carousel=True) for i in latest[1:5])
    parts = [
        f'<section class="listing listing--carousel">{hero}\n<ul class="listing__list">\n{carousel}\n</ul></section>'
    ]
    rows = [card_bem(model, model.metas[i], where) for i in latest[5 : 5 + HOME_LATEST]]
    if len(rows) > 3:
        rows.insert(3, SPONSORED_BEM)
    parts.append('<section class="listing listing--latest" data-type="latest"><h2 class="listing__heading">Latest</h2>'
                 '<ul class="listing__list">\n' + "\n".join(rows) + '\n</ul><a href="/speed-reads" '
                 'class="listing__block-link">View More &#9656;</a></section>')  # fmt: skip
    prefix = "/uk" if uk else ""
    for s in cat.SECTIONS:
        key = model.listing_key(s.key)
        top = model.members.get(key, [])[:4]
        if not top:
            continue
        cards = "\n".join(card_bem(model, model.metas[i], f"{where}:{s.key}") for i in top)
        parts.append(
            f'<section class="listing listing--section" data-type="{s.key}"><h2 class="listing__heading">'
            f'<a href="{prefix}/{key}">{esc(s.label)}</a></h2><ul class="listing__list">\n{cards}\n</ul>'
            f'<a href="{prefix}/{key}" class="listing__block-link">View More &#9656;</a></section>'
        )
    extra = (
        '<meta property="og:type" content="website">\n<meta name="description" content="The Week: all you need '
        'to know about everything that matters.">'
    )
    title = (
        "The Week UK | News, comment and analysis"
        if uk
        else "The Week | All you need to know about everything that matters"
    )
    h = head(title, model.base_url, model.url("/uk" if uk else "/"), extra, uk)
    return page(h, "\n".join(parts), "home-page", uk, model.renamed)
