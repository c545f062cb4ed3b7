"""The page chrome of a real Vanilla page, outside the article: what makes it weigh 1,000+ elements.

Measured on the real pages of tests/fixtures/real/pages (2026 template, 1,400-1,700 elements each):
a navigation mega-menu (~170 elements), a subscription strip, a full-screen paywall / newsletter
overlay (~130), a sidebar widget area (~90), "Read more" / "Latest" rivers of cards, a footer, SVG
icons everywhere, and `<script type="text/html">` templates for sponsored cards. Every link points at
a page the replica serves, at the same listing pages the light header links (so a crawl discovers
the same listings at both weights), or off site. Cards carry no kicker or date markup, so a card
never lends an article a kicker or date its own page does not print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replica import catalog as cat
from replica.util import CDN, VANILLA, attr, esc, make_id

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence

    from replica.model import ArticleMeta
    from replica.sitemodel import SiteModel

SISTER_SITES = (
    ("https://www.pcgamer.com", "PC Gamer"), ("https://www.techradar.com", "TechRadar"),
    ("https://www.tomsguide.com", "Tom's Guide"), ("https://www.tomshardware.com", "Tom's Hardware"),
    ("https://www.space.com", "Space"), ("https://www.livescience.com", "Live Science"),
    ("https://www.gamesradar.com", "GamesRadar+"), ("https://www.whathifi.com", "What Hi-Fi?"),
    ("https://www.t3.com", "T3"), ("https://www.cyclingnews.com", "Cyclingnews"),
)  # fmt: skip
SOCIAL = ("facebook", "x-twitter", "instagram", "linkedin", "youtube", "tiktok", "threads", "flipboard")
TW_NAV = ("flex items-center gap-2 px-3 py-2 text-[15px] font-bold leading-[1.2] text-[var(--nav-text-color,#222)] "
          "hover:underline focus-visible:outline focus-visible:outline-2")  # fmt: skip
TW_CARD = ("relative flex flex-col gap-1 rounded-[4px] overflow-hidden bg-white shadow-[0_1px_3px_rgba(0,0,0,0.12)] "
           "md:flex-row md:gap-3 hover:shadow-[0_2px_6px_rgba(0,0,0,0.2)] transition-shadow duration-150")  # fmt: skip
WIDTHS = (1920, 1200, 1024, 970, 650, 480, 320)


def svg_icon(rng: random.Random, name: str) -> str:
    """An inline icon as Vanilla draws them: an <svg> with a title and two or three paths."""
    paths = "".join(
        f'<path fill="currentColor" d="M{rng.randint(0, 24)}.{rng.randint(0, 99)} {rng.randint(0, 24)}.'
        f"{rng.randint(0, 99)}c{rng.randint(1, 9)}.{rng.randint(0, 99)} 0 {rng.randint(1, 9)}.{rng.randint(0, 99)}"
        f" {rng.randint(1, 9)}.{rng.randint(0, 99)}-{rng.randint(1, 9)}.{rng.randint(0, 99)}v{rng.randint(1, 20)}"
        f'h-{rng.randint(1, 20)}z"></path>'
        for _ in range(rng.randint(2, 3))
    )
    return (f'<svg class="icon icon-{name}" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" '
            f'focusable="false"><title>{name}</title>{paths}</svg>')  # fmt: skip


def picture(image_id: str | None, alt: str, widths: Sequence[int] = WIDTHS[-4:]) -> str:
    """A lazy <picture> with webp and jpeg sources, as every Vanilla card draws its image."""
    image_id = image_id or "missing-image"
    webp = ", ".join(f"{CDN}/{image_id}-{w}-80.jpg.webp {w}w" for w in widths)
    jpeg = ", ".join(f"{CDN}/{image_id}-{w}-80.jpg {w}w" for w in widths)
    return (f'<picture><source type="image/webp" srcset="{webp}" sizes="(min-width: 1000px) 300px, 100vw">'
            f'<source type="image/jpeg" srcset="{jpeg}" sizes="(min-width: 1000px) 300px, 100vw">'
            f'<img src="{CDN}/{image_id}-{widths[-1]}-80.jpg" alt="{attr(alt)}" loading="lazy" decoding="async" '
            f'width="{widths[-1]}" height="{widths[-1] * 9 // 16}" class="aspect-video w-full object-cover"></picture>')  # fmt: skip


def picks(model: SiteModel, rng: random.Random, n: int) -> list[ArticleMeta]:
    live = model.live
    return [live[i] for i in rng.sample(range(len(live)), min(n, len(live)))]


def _menu_card(model: SiteModel, meta: ArticleMeta) -> str:
    return (f'<div class="menu-featured__card {TW_CARD}"><a class="menu-featured__link" href="{attr(model.url(meta.path))}">'
            f'{picture(meta.image_id, meta.title, WIDTHS[-2:])}<span class="menu-featured__title line-clamp-3">'
            f"{esc(meta.title)}</span></a></div>")  # fmt: skip


def mega_menu(model: SiteModel, rng: random.Random, uk: bool) -> str:
    """The 2026 navigation: one dropdown per menu entry with featured cards, then brands and socials."""
    prefix = "/uk" if uk else ""
    section_keys = {s.key for s in cat.SECTIONS}
    entries = []
    for nav_path, label in cat.NAV:
        key = nav_path.strip("/")
        path = f"/{model.renamed[key]}" if key in model.renamed else nav_path
        href = prefix + path if key in section_keys else path
        cards = "".join(_menu_card(model, meta) for meta in picks(model, rng, 3))
        entries.append(
            f'<li class="mega-menu__item group relative" data-menu-id="{attr(key)}">'
            f'<a class="mega-menu__link {TW_NAV}" href="{attr(href)}"><span>{esc(label)}</span>'
            f"{svg_icon(rng, 'chevron-down')}</a>"
            f'<div class="mega-menu__dropdown hidden group-hover:block absolute left-0 top-full w-[min(970px,98dvw)] '
            f'bg-white shadow-lg z-[1000]"><div class="mega-menu__inner grid grid-cols-3 gap-4 p-4">'
            f'<p class="mega-menu__heading col-span-3 text-sm font-bold uppercase">Latest in {esc(label)}</p>'
            f"{cards}</div></div></li>"
        )
    brands = "".join(f'<li class="flexisites__item"><a class="flexisites__link" href="{url}" rel="noopener">'
                     f"{esc(name)}</a></li>" for url, name in SISTER_SITES)  # fmt: skip
    socials = "".join(f'<a class="social-link social-link--{name}" href="https://www.{name}.com/theweek" '
                      f'aria-label="Follow The Week on {name}" rel="noopener">{svg_icon(rng, name)}</a>'
                      for name in SOCIAL)  # fmt: skip
    return (
        '<nav class="primary-nav mega-menu" aria-label="Sections"><div class="w-full bg-[var(--site-header-background-'
        'color,white)]"><div class="relative h-[60px] grid align-center max-w-[min(970px,98dvw)] mx-auto">'
        f'<button class="mega-menu__burger" type="button" aria-label="Open menu">{svg_icon(rng, "burger")}</button>'
        f'<ul class="mega-menu__list flex h-full p-1.5 w-max">{"".join(entries)}</ul>'
        f'<div class="hidden gap-2 flexisites-social sm:flex sm:visible">{socials}</div>'
        f'<ul class="flexisites hidden">{brands}</ul></div></div></nav>'
    )


def trending(model: SiteModel, rng: random.Random) -> str:
    links = "".join(f'<li class="trending__item"><a class="trending__link" href="{attr(model.url(meta.path))}">'
                    f"{esc(meta.title)}</a></li>" for meta in picks(model, rng, rng.randint(5, 8)))  # fmt: skip
    return (f'<div class="trending" data-component-name="Trending"><span class="trending__label">Trending</span>'
            f'<ul class="trending__list flex gap-3 overflow-x-auto">{links}</ul></div>')  # fmt: skip


def subscribe_strip(rng: random.Random) -> str:
    offer = rng.choice(("6 FREE issues", "Save 58%", "Less than $3 per week", "Try 6 issues free"))
    return (
        '<div class="nav-subscribe-widget-container"><div class="relative container-inner flex items-center gap-4">'
        f'<a class="nav-subscribe-widget__link" href="https://subscribe.theweek.com/?itm_source=nav">'
        f"{picture(make_id(rng), 'The Week magazine cover', (320,))}"
        f'<span class="nav-subscribe-widget__title">Subscribe to The Week</span>'
        f'<span class="nav-subscribe-widget__offer">{esc(offer)}</span>{svg_icon(rng, "arrow-right")}</a></div></div>'
    )


def _field(name: str, label: str, kind: str = "checkbox") -> str:
    return (f'<label class="flex items-start gap-2 text-[13px]" for="overlay-{name}"><input type="{kind}" '
            f'id="overlay-{name}" name="{name}"><span>{esc(label)}</span></label>')  # fmt: skip


def _offer(rng: random.Random, name: str) -> str:
    perks = "".join(
        f"<li>{svg_icon(rng, 'tick')}<span>{esc(perk)}</span></li>" for perk in rng.sample(PERKS, 4)
    )
    return (f'<li class="paywall-offer flex flex-col gap-2 p-3 border border-[#ccc] rounded-[6px]">'
            f'<span class="paywall-offer__name font-bold">{esc(name)}</span><span class="paywall-offer__price">'
            f'${rng.randint(1, 9)}.{rng.randint(10, 99)} per week</span><ul class="paywall-offer__perks">{perks}</ul>'
            f'<a class="paywall-offer__cta button" href="https://subscribe.theweek.com/?offer={make_id(rng, 8)}">'
            "Subscribe</a></li>")  # fmt: skip


def overlay(rng: random.Random) -> str:
    """The fixed paywall / newsletter overlay (hidden until scripts open it): forms, inputs, offers."""
    offers = "".join(_offer(rng, name) for name in ("Digital", "Print + Digital", "Print"))
    fields = "".join(_field(name, label) for name, label in CONSENTS)
    return (
        '<div class="fixed bottom-0 left-0 right-0 z-[10001] bg-[#33333370] h-screen hidden" id="paywall-overlay" '
        'aria-hidden="true"><div class="bg-primary-700 absolute bottom-0 w-screen px-5 py-10 shadow-lg">'
        '<div class="m-auto text-center max-w-screen-xl max-h-[70vh] flex flex-col overflow-y-auto">'
        f'<button type="button" class="paywall-close" aria-label="Close">{svg_icon(rng, "close")}</button>'
        '<p class="paywall-title text-2xl font-bold">Subscribe to The Week</p>'
        '<p class="paywall-text">Escape your echo chamber. Get the facts behind the news, plus analysis from '
        "multiple perspectives.</p>"
        f'<ul class="paywall-offers grid md:grid-cols-3 gap-4">{offers}</ul>'
        '<form class="paywall-newsletter flex flex-col gap-2" action="https://newsletter-subscribe.futureplc.com/v2/'
        'submission/submit" method="post"><input type="email" name="email" placeholder="Your Email Address" '
        f'required>{fields}<button type="submit" class="button">Sign up</button></form>'
        "</div></div></div>"
    )


PERKS = ("Unlimited website access", "The Week app", "Weekly print magazine", "Ad-free reading",
         "Daily newsletters", "Exclusive podcasts", "Puzzles and crosswords", "Subscriber-only events")  # fmt: skip
CONSENTS = (("consent-brands", "Contact me with news and offers from other Future brands"),
            ("consent-partners", "Receive email from us on behalf of our trusted partners or sponsors"),
            ("consent-age", "I confirm I am 16 or older"))  # fmt: skip


def _popular_item(model: SiteModel, meta: ArticleMeta, n: int) -> str:
    return (f'<li class="popular-box__item flex gap-3"><span class="popular-box__number text-3xl">{n}</span>'
            f'<a class="popular-box__link" href="{attr(model.url(meta.path))}">{picture(meta.image_id, meta.title, (320,))}'
            f'<span class="popular-box__title">{esc(meta.title)}</span></a><meta itemprop="position" content="{n}"></li>')  # fmt: skip


def sidebar(model: SiteModel, rng: random.Random) -> str:
    """The right-hand widget area: most popular tabs, an ad slot, a newsletter box."""
    tabs = []
    for number, name in enumerate(("Most popular", "Latest")):
        items = "".join(_popular_item(model, meta, n + 1) for n, meta in enumerate(picks(model, rng, 5)))
        tabs.append(f'<div class="popular-box__tab" data-tab="{number}" role="tabpanel"><p class="popular-box__tab-name">'
                    f'{name}</p><ol class="popular-box__articles-list">{items}</ol></div>')  # fmt: skip
    return (
        '<aside class="widget-area md:basis-1/3 widget-area-g-md-vp-1-3 sidebar" id="sidebar" aria-label="Sidebar">'
        f'<div class="popular-box">{"".join(tabs)}</div>'
        f'<div id="slot-mpu-{rng.randint(1, 4)}" class="ad-unit ad-slot ad-slot--mpu min-h-[250px]" '
        f'data-bordeaux-slot="mpu" data-ad-id="{make_id(rng, 10)}"></div>'
        '<div class="sidebar-newsletter"><p class="sidebar-newsletter__title">Sign up for The Week\'s free '
        'newsletters</p><form class="sidebar-newsletter__form" action="https://newsletter-subscribe.futureplc.com/'
        'v2/submission/submit" method="post"><input type="email" name="email" placeholder="Your Email Address">'
        f'<button type="submit" class="button">Sign up</button></form>{svg_icon(rng, "mail")}</div></aside>'
    )


def river(model: SiteModel, rng: random.Random, page_meta: ArticleMeta) -> str:
    """After an article: "Read more" and "Latest" rivers of `<article>` cards with author links."""
    blocks = []
    for name in ("related", "latest-category", "latest-articletype"):
        cards = []
        for meta in picks(model, rng, rng.randint(4, 8)):
            author = cat.AUTHOR_BY_KEY[meta.authors[0]]
            cards.append(
                f'<article class="river-card {TW_CARD}" data-id="{meta.uid}"><a class="river-card__link" '
                f'href="{attr(model.url(meta.path))}">{picture(meta.image_id, meta.title)}'
                f'<h3 class="river-card__title font-bold">{esc(meta.title)}</h3></a>'
                f'<p class="river-card__synopsis line-clamp-2">{esc(meta.standfirst or "")}</p>'
                f'<span class="river-card__author">By <a rel="author" href="{attr(model.url("/author/" + author.slug))}">'
                f"{esc(author.name)}</a></span></article>"
            )
        blocks.append(f'<div data-recirc-id="article-river-stacked-solr:{name}" class="recirc-feed">'
                      f'<p class="recirc-feed__title">{"Read more" if name == "related" else "Latest"}</p>'
                      f'{"".join(cards)}</div>')  # fmt: skip
    sponsored = "".join(
        f'<div class="relative recirc-feed sponsored-card"><div class="sponsored-post"></div>'
        f'<script type="text/html" class="sponsored-post-template">{SPONSORED_TEMPLATE}</script></div>'
        for _ in range(rng.randint(8, 18))
    )
    return f'<section class="mx-2 my-5 article-river" data-article="{page_meta.uid}">{"".join(blocks)}{sponsored}</section>'


SPONSORED_TEMPLATE = (
    '\n<a style="position: relative!important;" href="SPONSORED_LINK_URL">\n<span class="font-ui-heading '
    'bg-[--ad-slot-badge-bg-color] absolute top-0 left-0 px-1 text-[11px]">SPONSORED</span>\n<img '
    'src="SPONSORED_IMAGE_URL" alt="SPONSORED_HEADLINE" class="aspect-video w-full object-cover">\n<p '
    'class="font-bold">SPONSORED_HEADLINE</p>\n<span class="text-[12px]">SPONSORED_BY</span>\n</a>\n'
)


def footer_extra(rng: random.Random) -> str:
    """Future's footer: brand columns, socials, legal links and the consent buttons."""
    columns = []
    for heading in ("Explore", "Subscribe", "Company", "Legal"):
        links = "".join(f'<li><a class="footer__link" href="{url}/?utm_source=theweek-footer-{make_id(rng, 6)}" '
                        f'rel="noopener">{esc(name)}</a></li>' for url, name in rng.sample(SISTER_SITES, 6))  # fmt: skip
        columns.append(
            f'<div class="footer__column"><p class="footer__heading">{heading}</p><ul>{links}</ul></div>'
        )
    socials = "".join(f'<a class="footer__social" href="https://www.{name}.com/theweek" aria-label="{name}">'
                      f"{svg_icon(rng, name)}</a>" for name in SOCIAL)  # fmt: skip
    return (
        f'<div class="footer__columns grid md:grid-cols-4 gap-4">{"".join(columns)}</div>'
        f'<div class="footer__socials flex gap-2">{socials}</div>'
        f'<img class="footer__future-logo" src="{VANILLA}/media/img/future-logo.svg" alt="Future plc" width="120" '
        'height="40"><button class="ccpa-link" type="button">Do not sell or share my personal information</button>'
        '<button class="gdpr-link" type="button">Cookies policy</button>'
    )
