"""HTML of the replica's pages: both Vanilla article families, both listing markups, every promo kind.

Markup shapes follow STRUCTURE.md: §3.3 (BEM listing, T3 sample), §3.2 (`listingResult`), §4.1-4.2
(BEM theweek classes; `#article-body` family of the pcgamer samples; 2019 byline of space/tomshardware),
§6 (promo inventory: each kind rendered with its classes, or with none on "classless" pages)."""

from __future__ import annotations

import json
import random
from html import escape
from typing import TYPE_CHECKING

from newscrawl.replica.content import PAGE_TYPES, SECTIONS

if TYPE_CHECKING:
    from newscrawl.replica.model import Block, Spec

CDN = "https://cdn.mos.cms.futurecdn.net"
SUBSCRIBE = "https://subscribe.theweek.com/servlet/OrdersGateway?cds_mag_code=TWE&itm_content=us-header-block"
NAV = (
    ("/politics", "Politics"), ("/tag/world-news", "World News"), ("/business", "Business"),
    ("/science", "Science"), ("/culture-life", "Culture & Life"), ("/speed-reads", "Speed Reads"),
    ("/opinion", "Opinion"), ("/the-explainer", "The Explainer"), ("/cartoons", "Cartoons"),
    ("/puzzles", "Puzzles"), ("/photos", "Photos"), ("/newsletters", "Newsletters"),
)  # fmt: skip
ECHO = "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives."
FREE_NL = "Sign up for The Week’s Free Newsletters"
FREE_NL_COPY = (
    "From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered "
    "directly to your inbox."
)
DAILY = "Sign up for Today’s Best Articles in your inbox"
DAILY_COPY = (
    "A free daily email with the biggest news stories of the day – and the best features from TheWeek.com"
)
BIO = {
    "Peter": "has worked as a news and culture writer and editor at The Week since the site's launch in 2008.",
}
DEFAULT_BIO = "is a staff writer at The Week, covering politics, business and the world."


def page(title: str, head: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>\n{head}'
        f'</head>\n<body>{site_header()}\n<div id="main">{body}</div>\n{site_footer()}</body></html>\n'
    )


def site_header() -> str:
    links = "".join(f'<li><a href="{path}">{escape(label)}</a></li>' for path, label in NAV)
    return (
        '<header class="site-header"><a href="/" class="logo">The Week</a>'
        f'<div class="header-subscribe"><a href="{escape(SUBSCRIBE)}">SUBSCRIBE &amp; SAVE</a> '
        "<span>Less than $3 per week</span></div>"
        '<div class="locale-selector"><a href="/">flag of US US</a><a href="/uk">flag of UK UK</a></div>'
        f'<nav class="main-menu"><ul>{links}</ul></nav></header>'
    )


def site_footer() -> str:
    return (
        '<footer><a href="/about-us">About us</a> <a href="/archive">Archive</a> <a href="/feeds.xml">RSS</a> '
        '<a href="/newsletters">Newsletters</a> <a href="/edition/theweekus-saturday-wrap-2026-11-21-120001">'
        'Saturday wrap</a> <a href="/subscription/new-bau-november-2026-email-8">Gift offer</a>'
        "<p>The Week is part of Future plc.</p></footer>"
    )


# --- article pages ----------------------------------------------------------------------------------


def article_page(spec: Spec, base_url: str, related: list[Spec]) -> str:
    rng = random.Random(f"render:{spec.index}:{spec.variant}")
    head = _article_head(spec, base_url)
    header = _bem_header(spec) if spec.family == "bem" else _vanilla_header(spec)
    body_html = _body(spec, rng, related)
    hero = _hero(spec)
    if spec.family == "bem":
        inner = f'<article class="article">{header}{hero}<div class="article__body">{body_html}</div>'
    else:
        inner = (
            f'<article class="page-content-onecol news-article article">{header}<section class="content-wrapper">'
            f'{hero}<div id="article-body" class="text-copy bodyCopy auto">{body_html}</div>'
        )
    after = _after_body(spec, related)
    closing = "</article>" if spec.family == "bem" else "</section></article>"
    return page(f"{spec.title} | The Week", head, inner + after + closing)


def _article_head(spec: Spec, base_url: str) -> str:
    canonical = base_url + spec.path
    image = f"{CDN}/{spec.image_id}"
    desked = spec.variant % 2 == 0
    metas = [
        f'<link rel="canonical" href="{canonical}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="The Week">',
        f'<meta property="og:title" content="{escape(spec.title)} | The Week">',
        f'<meta property="og:image" content="{image}-1200-80.jpg">',
        f'<meta name="description" content="{escape(spec.standfirst)}">',
        f'<meta name="parsely-section" content="{escape(spec.section_label)}">',
        (
            f'<meta name="parsely-tags" content="Category: {escape(spec.section_label)},{escape(",".join(spec.tags))},'
            f'type_{spec.page_type.replace("-", "_")},channel_news,serversidehawk">'
        ),
        *(f'<meta name="parsely-author" content="{escape(name)}">' for name, _ in spec.authors),
        f'<meta property="article:modified_time" content="{spec.modified_at.replace("+00:00", "Z")}">',
    ]
    if spec.has_published_meta:
        metas.append(
            f'<meta property="article:published_time" content="{spec.published_at.replace("+00:00", "Z")}">'
        )
    if spec.has_json_ld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle" if spec.variant % 2 else "Article",
            "headline": spec.title,
            "alternativeHeadline": spec.standfirst,
            "datePublished": spec.published_at,
            "dateModified": spec.modified_at,
            "articleSection": spec.section_label,
            "url": canonical,
            "image": {"@type": "ImageObject", "url": f"{image}.jpg", "width": "1920", "height": "1080"},
            "author": [
                {"@type": "Person", "name": f"{name}, The Week {desk}" if desked else name}
                for name, desk in spec.authors
            ],
            "publisher": {"@type": "Organization", "name": "The Week"},
        }
        metas.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    return "\n".join(metas) + "\n"


def _byline_names(spec: Spec, with_desk: bool) -> list[str]:
    return [f"{name}, The Week {desk}" if with_desk else name for name, desk in spec.authors]


def _bem_header(spec: Spec) -> str:
    links = " and ".join(
        f'<a class="link author-byline__link" href="/author/{_slug(name)}">{escape(text)}</a>'
        for (name, _), text in zip(spec.authors, _byline_names(spec, True), strict=True)
    )
    return (
        '<header class="header"><div class="article-type__breadcrumb">'
        f'<a href="/{PAGE_TYPES[spec.page_type][1]}">{escape(spec.kicker)}</a></div>'
        f'<h1 class="header__title">{escape(spec.title)}</h1>'
        f'<p class="header__strapline">{escape(spec.standfirst)}</p>'
        f'<div class="author-byline__author-text">By <span>{links}</span> published '
        f'<time datetime="{spec.published_at}">{spec.published_at[:10]}</time></div>'
        '<nav class="socialite-widget"><a class="socialite" href="#">Share on Facebook</a></nav></header>'
    )


def _vanilla_header(spec: Spec) -> str:
    crumb = f'<nav class="breadcrumb" aria-label="Breadcrumbs"><ol><li><a href="/{spec.section_path}">'
    crumb += f"{escape(spec.section_label)}</a></li></ol></nav>"
    if spec.family == "article-body-2019":
        names = ", ".join(
            f'<span class="by-author">By <a rel="author" href="/author/{_slug(name)}">{escape(name)}</a></span>'
            for name, _ in spec.authors
        )
        byline = (
            f'<p class="byline"><a href="/{PAGE_TYPES[spec.page_type][1]}" class="byline-article-type">'
            f'{escape(spec.kicker)}</a> {names} <time class="relative-date" datetime="{spec.published_at}">'
            f"{spec.published_at[:10]}</time></p>"
        )
    else:
        names = " and ".join(
            f'<span class="author-byline__author-name"><a href="/author/{_slug(name)}" rel="author" '
            f'class="link author-byline__link">{escape(name)}</a></span>'
            for name, _ in spec.authors
        )
        byline = (
            f'<div class="byline-social"><div class="byline"><a href="/{PAGE_TYPES[spec.page_type][1]}" '
            f'class="byline-article-type">{escape(spec.kicker)}</a><div class="slice-container slice-author-byline">'
            f'<div class="author-byline"><div class="author-byline__authors">By {names}</div> published '
            f'<time class="relative-date" datetime="{spec.published_at}">{spec.published_at[:10]}</time></div></div></div>'
            '<nav class="socialite-widget box less-space"><a class="socialite" href="#">Share</a></nav></div>'
        )
    strap = f'<p class="strapline">{escape(spec.standfirst)}</p>'
    disclaimer = ""
    if spec.page_type == "recommends":
        disclaimer = (
            '<aside id="affiliate-disclaimer" data-component-name="AffiliateDisclaimer"><p>When you purchase '
            "through links on our site, we may earn an affiliate commission. Here’s how it works.</p></aside>"
        )
    return f"<header>{crumb}<h1>{escape(spec.title)}</h1>{byline}{strap}{disclaimer}</header>"


def _hero(spec: Spec) -> str:
    image = f"{CDN}/{spec.image_id}"
    if spec.family == "bem":
        return (
            f'<div class="image image--hero"><picture><img src="{image}-768-80.jpg" data-pin-media="{image}.jpg" '
            f'alt=""></picture><div class="caption__text--hero">{escape(spec.title[:40])} '
            '<span class="credit">(Image credit: Illustrated | Getty Images)</span></div></div>'
        )
    return (
        f'<div class="box less-space hero-image-wrapper"><picture><img src="{image}-1200-80.jpg" '
        f'data-original-mos="{image}.jpg" data-pin-media="{image}.jpg" class="block-image-ads hero-image">'
        '</picture><figcaption><span class="credit">(Image credit: AFP via Getty Images)</span></figcaption></div>'
    )


def _block(block: Block) -> str:
    text = escape(block.text)
    if block.kind == "h2":
        return f'<h2 id="{_slug(block.text)}">{text}</h2>'
    if block.kind == "h3":
        return f"<h3>{text}</h3>"
    if block.kind == "quote":
        return f'<figure><blockquote class="vanilla-quoteblock"><p>{text}</p></blockquote></figure>'
    if block.kind == "attribution":
        name, outlet = block.text.split(" at ", 1)
        return f'<p><strong>{escape(name)}</strong> at <a href="https://example.org/{_slug(outlet)}">{escape(outlet)}</a></p>'
    return f"<p>{text}</p>"


def _body(spec: Spec, rng: random.Random, related: list[Spec]) -> str:
    parts = [_block(block) for block in spec.blocks]
    parts = _group_lists(spec.blocks, parts)
    classless = spec.classless
    # Subscription box then the free-newsletter widget after the 1st-3rd block (§6.1, §6.2).
    inserts: list[tuple[int, str]] = [
        (
            min(len(parts), rng.randint(1, 3)),
            _subscription(classless, rng.choice(("The Week", "Subscribe to The Week")))
            + _newsletter(classless),
        )
    ]
    daily_at = rng.randint(0, len(parts))
    if spec.page_type == "instant-opinion":
        daily_at = 2  # between the first excerpt's attribution line and its paragraph (§6.3)
    inserts.append((daily_at, _daily(classless or rng.random() < 0.5)))
    inserts.append(
        (rng.randint(1, len(parts)), f'<div id="ad-unit-{rng.randint(1, 4)}" class="ad-unit"></div>')
    )
    inserts.append((rng.randint(1, len(parts)), _figure(spec, rng)))
    if spec.page_type in {"cartoons", "photos"}:
        inserts += [(len(parts), _figure(spec, random.Random(n))) for n in range(3)]
    if spec.page_type == "recommends":
        inserts.append(
            (
                rng.randint(1, len(parts)),
                (
                    '<aside class="hawk-widget" data-widget-type="price">'
                    "<p>$24.99 at Amazon</p><p>View Deal</p></aside>"
                ),
            )
        )
    if rng.random() < 0.5:
        inserts.append(
            (
                rng.randint(1, len(parts)),
                (
                    '<div class="van_vid_carousel"><div class="jwplayer__wrapper">'
                    "<p>Watch: the week’s news in 60 seconds</p></div></div>"
                ),
            )
        )
    inserts.append((rng.randint(1, len(parts)), _you_may_like(related[:2], classless)))
    for position, html in sorted(inserts, key=lambda pair: -pair[0]):
        parts.insert(position, html)
    if spec.family == "bem":
        parts.append(_tag_links(spec))
    if classless:
        parts.append(f"<p>{escape(_bio_text(spec))}</p>")
        parts.append("".join(_text_card(card) for card in related + related[:2]))
    return "\n".join(parts)


def _group_lists(blocks: tuple[Block, ...], parts: list[str]) -> list[str]:
    grouped: list[str] = []
    for block, html in zip(blocks, parts, strict=True):
        if block.kind == "li":
            item = f"<li>{escape(block.text)}</li>"
            if grouped and grouped[-1].startswith("<ul>"):
                grouped[-1] = grouped[-1][: -len("</ul>")] + item + "</ul>"
            else:
                grouped.append(f"<ul>{item}</ul>")
        else:
            grouped.append(html)
    return grouped


def _subscription(classless: bool, heading: str) -> str:
    """The heading varies between captures of the same URL: the logo alt "The Week" or "Subscribe to The Week"."""
    if classless:
        return f"<div><h3>{heading}</h3><p>{ECHO}</p></div>"
    return (
        '<div class="kiosq-main-layer"><div class="blueconic-article__wrapper"><h3 class="kiosq-title">Subscribe '
        f'to The Week</h3><p class="kiosq-description">{ECHO}</p><a class="kiosq-button" href="{escape(SUBSCRIBE)}">'
        "Subscribe &amp; Save</a></div></div>"
    )


def _newsletter(classless: bool) -> str:
    if classless:
        return (
            f"<div><h3>{FREE_NL}</h3><p>{FREE_NL_COPY}</p><p>{FREE_NL_COPY}</p><div>Sign up</div>"
            "<p>You are now subscribed</p><p>Your newsletter sign-up was successful</p></div>"
        )
    return (
        '<div id="slice-container-newsletterForm-articleInbodyContent-7" class="slice-container '
        'newsletter-inbodyContent-slice slice-container-newsletterForm"><div class="newsletter-form__wrapper">'
        f'<section class="newsletter-form__top-bar"><h2 class="newsletter-form__header">{FREE_NL}</h2></section>'
        f'<section class="newsletter-form__main-section"><p class="newsletter-form__strapline">{FREE_NL_COPY}</p>'
        f'<p class="newsletter-form__strapline">{FREE_NL_COPY}</p>'
        '<form class="newsletter-form__form" method="POST" action="https://newsletter-subscribe.futureplc.com/v2/'
        'submission/submit"><input type="email" name="MAIL" placeholder="Your Email Address">'
        '<label class="form__checkbox-label"><input type="checkbox" name="CONTACT_OTHER_BRANDS">Contact me with '
        'news and offers from other Future brands</label><input type="submit" value="Sign up"></form>'
        '<p class="newsletter-form__message">Create an account with the same email registered to your subscription'
        ' to unlock access.</p><footer class="newsletter-form__footer">By submitting your information you agree '
        "to the Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</footer></section></div></div>"
    )


def _daily(classless: bool) -> str:
    if classless:
        return f"<div><p>{DAILY}</p><p>{DAILY_COPY}</p></div>"
    return (
        '<div class="slice-container newsletterForm-dailyEmail slice-container-newsletterForm">'
        f'<h3 class="newsletter-form__header">{DAILY}</h3><p class="newsletter-form__strapline">{DAILY_COPY}</p></div>'
    )


def _figure(spec: Spec, rng: random.Random) -> str:
    image = f"{CDN}/{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijk23456789') for _ in range(22))}"
    caption = "Protesters gather outside the Capitol on Tuesday"
    credit = "(Image credit: Chip Somodevilla / Getty Images)"
    if spec.page_type == "photos":
        return (
            f'<figure class="van-image-figure"><img src="{image}-650-80.jpg" data-pin-media="{image}.jpg">'
            f'<figcaption class="inline-layout "><p>{caption}</p></figcaption>'
            '<div class="credit">Jane Photographer / Agence France-Presse</div></figure>'
        )
    return (
        '<a target="_blank" data-url="" href=""><figure class="van-image-figure inline-layout"><div class="image-full-'
        'width-wrapper"><div class="image-widthsetter"><p class="vanilla-image-block"><picture>'
        f'<img src="{image}-320-80.jpg" data-original-mos="{image}.jpg" data-pin-media="{image}.jpg" alt="">'
        f'</picture></p></div></div><figcaption itemprop="caption description" class=" inline-layout"><p>{caption}</p>'
        f'<span class="credit" itemprop="copyrightHolder">{credit}</span></figcaption></figure></a>'
    )


def _you_may_like(related: list[Spec], classless: bool) -> str:
    items = "".join(f'<li><a href="{card.path}">{escape(card.title)}</a></li>' for card in related)
    if classless:
        return f"<div><p>You may like</p><ul>{items}</ul></div>"
    return (
        '<div data-component-name="Recirculation:ArticleRiver"><span>You may like</span>'
        f'<ul data-analytics-id="more-about-inline">{items}</ul></div>'
    )


def _text_card(card: Spec) -> str:
    """A related card as the reader's text shows it: title and kicker glued, then the strapline (seed)."""
    return f"<p>-</p><p>{escape(card.title)}{escape(card.kicker)} {escape(card.standfirst)}</p>"


def _bio_text(spec: Spec) -> str:
    name = spec.authors[0][0]
    first = name.split()[0]
    return f"{first} {BIO.get(first, DEFAULT_BIO)}"


def _tag_links(spec: Spec) -> str:
    links = "".join(f'<a href="/tag/{_slug(tag)}">{escape(tag)}</a>' for tag in spec.tags)
    return f'<div class="tag-links">{links}</div>'


def _after_body(spec: Spec, related: list[Spec]) -> str:
    parts = []
    if spec.family != "bem":
        tags = "".join(
            f'<div class="tag"><a href="/tag/{_slug(tag)}">{escape(tag)}</a></div>' for tag in spec.tags
        )
        parts.append(
            f'<div class="after-article-tags"><nav id="articleTag"><span class="separator-heading">TOPICS</span>'
            f"{tags}</nav></div>"
        )
    if not spec.classless:
        parts.append(
            '<div id="slice-container-authorBio-7" class="slice-container slice-author-bio slice-container-authorBio">'
            f'<div class="author__name"><a href="/author/{_slug(spec.authors[0][0])}">{escape(spec.authors[0][0])}'
            f'</a></div><div class="author__biography"><p>{escape(_bio_text(spec))}</p></div></div>'
        )
        cards = "".join(
            f'<li class="listing__item"><a href="{card.path}"><h3>{escape(card.title)}</h3>'
            f'<span class="listing__label-text">{escape(card.kicker)}</span><p>{escape(card.standfirst)}</p></a></li>'
            for card in related + related[:2]
        )
        parts.append(
            f'<div data-recirc-id="article-river-stacked-solr:latest-articletype"><ul>{cards}</ul></div>'
        )
    parts.append('<div class="jump-to-comments">See comments</div>')
    parts.append('<footer class="van_taboola" id="taboola-below-article-thumbnails"></footer>')
    return "".join(parts)


# --- listings -------------------------------------------------------------------------------------


def listing_page(title: str, cards: list[tuple[Spec, str]], markup: str, next_page: str | None = None) -> str:
    """Cards as (spec, href); `markup` is "bem" (T3 template) or "vanilla" (listingResult)."""
    if markup == "bem":
        body = _bem_cards(cards)
    else:
        body = (
            '<div class="listingResults">'
            + "".join(_vanilla_card(spec, href) for spec, href in cards)
            + "</div>"
        )
    if next_page:
        body += f'<div class="pagination"><a rel="next" class="pagination__next" href="{next_page}">Next</a></div>'
    return page(
        f"{title} | The Week",
        '<meta property="og:type" content="website">\n',
        f"<h1>{escape(title)}</h1>{body}",
    )


def _bem_cards(cards: list[tuple[Spec, str]]) -> str:
    items = []
    for position, (spec, href) in enumerate(cards):
        card = (
            f'<section><a class="listing__link" href="{escape(href)}"><div class="listing__image-layout">'
            f'<img src="/missing-image.svg" data-pin-media="{CDN}/{spec.image_id}.jpg" class="listing__image"></div>'
            f'<div class="listing__text-wrapper"><h2 class="listing__title">{escape(spec.title)}</h2>'
            f'<p class="listing__text listing__text--strapline">{escape(spec.kicker)} {escape(spec.standfirst)}</p>'
            f'<p class="listing__text listing__text--date">By {escape(", ".join(_byline_names(spec, True)))} '
            f'<time class="published-date relative-date" datetime="{spec.published_at}">Published</time></p></div></a>'
            f'<div class="listing__label-block"><span class="listing__label-text">{escape(spec.kicker)}</span> -</div>'
            "</section>"
        )
        if position == 0:
            items.append(
                f'<section class="listing listing--carousel"><div class="listing__item listing__item--hero">{card}</div>'
            )
            items.append('<ul class="listing__list">')
        else:
            items.append(f'<li class="listing__item ">{card}</li>')
        if position == 2:
            items.append(
                '<li class="listing__item sponsored-post"><a class="listing__link" href=""></a></li>'
            )
    items.append("</ul></section>" if cards else "")
    return "".join(items)


def _vanilla_card(spec: Spec, href: str) -> str:
    return (
        f'<div class="listingResult small"><a class="article-link" href="{escape(href)}"><article class="search-result">'
        f'<h3 class="article-name">{escape(spec.title)}</h3><p class="synopsis"><span class="article-type">'
        f'{escape(spec.kicker)}</span> {escape(spec.standfirst)}</p><time datetime="{spec.published_at}"></time>'
        "</article></a></div>"
    )


def homepage(cards: list[tuple[Spec, str]]) -> str:
    return listing_page("The Week: news, comment and analysis", cards, "bem")


def simple_page(title: str, text: str) -> str:
    return page(
        f"{title} | The Week",
        '<meta property="og:type" content="website">\n',
        f"<h1>{escape(title)}</h1><p>{escape(text)}</p>",
    )


def archive_page(days: list[tuple[str, list[Spec]]]) -> str:
    items = []
    for day, specs in days:
        links = "".join(f'<li><a href="{spec.path}">{escape(spec.title)}</a></li>' for spec in specs)
        items.append(
            f'<li class="archive__item archive__item--heading">{escape(day)}</li><li><ul>{links}</ul></li>'
        )
    return page(
        "Archive | The Week",
        "",
        f'<p>Filter ({sum(len(s) for _, s in days)} articles) Go</p><ul class="archive__list">{"".join(items)}</ul>',
    )


def section_label(path: str) -> str:
    for section, label in SECTIONS:
        if section == path:
            return label
    return path.replace("-", " ").title()


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")
