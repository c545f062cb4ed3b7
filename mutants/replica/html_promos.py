"""HTML of every promo / boilerplate kind of STRUCTURE.md §6, each with its classes or with none at all.

"Classless" renderings carry only plain tags and the text, so a crawler must recognise them by their
wording (the text patterns of §6.10); classed renderings copy the shapes of the samples named below."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from replica.html_base import SUBSCRIBE_URL
from replica.model import MARKUP_BEM, MARKUP_LEGACY
from replica.util import VANILLA, attr, cdn, esc, slugify, srcset, stable_hash

if TYPE_CHECKING:
    from collections.abc import Callable

    from replica.model import ArticleMeta, Author, Card, Figure, Promo

ECHO = "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives."
NL_HEAD = "Sign up for The Week's Free Newsletters"
NL_COPY = ("From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered "
           "directly to your inbox.")  # fmt: skip
SUBSCRIBED = "You are now subscribed"
SUCCESS = "Your newsletter sign-up was successful"
ACCOUNT = "Create an account with the same email registered to your subscription to unlock access."
DAILY_HEAD = "Sign up for Today's Best Articles in your inbox"
DAILY_COPY = (
    "A free daily email with the biggest news stories of the day – and the best features from TheWeek.com"
)
CONSENT = ("Contact me with news and offers from other Future brands",
           "Receive email from us on behalf of our trusted partners or sponsors")  # fmt: skip
TERMS = "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over."
AFFILIATE = "When you purchase through links on our site, we may earn an affiliate commission."


@dataclass
class PromoContext:
    """What promo renderers need from the page: the article, its first author, its card lists."""

    base: str
    meta: ArticleMeta
    author: Author
    canonical: str
    cards: dict[str, tuple[Card, ...]]
    tag_links: list[tuple[str, str]]  # (href, name)
    section_label: str
    section_path: str
    ads: list[int] = field(default_factory=lambda: [0])

    def t(self, text: str) -> str:
        return esc(text, self.meta.named_entities)


# --- 6.1 subscription box -------------------------------------------------------------------------------------------


def subscribe(p: Promo, c: PromoContext) -> str:
    """Kiosq / blueconic box (§6.1): heading "The Week" or "Subscribe to The Week" + "Escape your echo chamber"."""
    heading = ("The Week", "Subscribe to The Week")[p.variant % 2]
    if not p.classed:
        tag = "p" if p.variant % 2 == 0 else "h3"
        return f"<div><{tag}>{c.t(heading)}</{tag}><p>{c.t(ECHO)}</p></div>"
    link = attr(SUBSCRIBE_URL.replace("us-header-block", "article-inbody-kiosq"))
    return (
        '<div class="blueconic-article__wrapper" id="blueconic-article-kiosq">'
        '<div class="blueconic-article__wrapper__top kiosq-main-layer"><div class="kiosq-main-layer-container '
        f'flexi-kiosq-targeted-area"><h3 class="kiosq-title">{c.t(heading)}</h3>'
        f'<p class="kiosq-description">{c.t(ECHO)}</p><a class="kiosq-button" href="{link}">'
        '<img src="https://cdn.mos.cms.futurecdn.net/flexiimages/kq8tw1subscribe.svg" alt=""></a></div></div>'
        '<div class="blueconic-article__wrapper__bottom"></div></div>'
    )


# --- 6.2 / 6.3 newsletter slices (pcgamer-2025 newsletterForm-articleInbodyContent) -------------------------------


def newsletter_form(code: str) -> str:
    labels = "".join(
        f'<label class="form__checkbox-label"><input data-hydrate="true" type="checkbox" class="form__checkbox-input '
        f'form_input form__checkbox-input--inbodyContent" name="{name}">{text}</label>'
        for name, text in zip(("CONTACT_OTHER_BRANDS", "CONTACT_PARTNERS"), CONSENT, strict=True)
    )
    return (
        '<form data-hydrate="true" class="newsletter-form__form newsletter-form__form--inbodyContent" method="POST" '
        'action="https://newsletter-subscribe.futureplc.com/v2/submission/submit">'
        '<input data-hydrate="true" type="email" class="form__email-input form_input" name="MAIL" required="" '
        'placeholder="Your Email Address">'
        f'<input type="hidden" class="form__hidden-input" name="NEWSLETTER_CODE" value="{code}">'
        '<input type="hidden" class="form__hidden-input" name="LANG" value="EN">'
        '<input type="hidden" class="form__hidden-input" name="SOURCE" value="60">'
        f'{labels}<button type="submit" class="form__submit-input form_input">Sign up</button></form>'
    )


def _slice(uid: str, head_text: str, straplines: str, code: str, messages: str) -> str:
    return (
        f'<div id="slice-container-newsletterForm-articleInbodyContent-{uid}" class="slice-container '
        f'newsletter-inbodyContent-slice newsletterForm-articleInbodyContent-{uid} slice-container-newsletterForm">'
        '<div data-hydrate="true" class="newsletter-form__wrapper newsletter-form__wrapper--inbodyContent">'
        '<div class="newsletter-form__container"><section class="newsletter-form__top-bar">'
        f'<h2 class="newsletter-form__header">{head_text}</h2></section>'
        f'<section class="newsletter-form__main-section">{straplines}{newsletter_form(code)}{messages}'
        '<footer class="newsletter-form__footer">By submitting your information you agree to the '
        '<a href="https://futureplc.com/terms-conditions/" target="_blank">Terms &amp; Conditions</a> and '
        '<a href="https://futureplc.com/privacy-policy/" target="_blank">Privacy Policy</a> and are aged 16 or '
        "over.</footer></section></div></div></div>"
    )


def newsletter(p: Promo, c: PromoContext) -> str:
    """§6.2: heading, the strapline twice, hidden success strings, "Sign up" button, consent labels."""
    if not p.classed:
        if p.variant % 2 == 0:
            return f"<div><p>{c.t(NL_HEAD)}</p><p>{c.t(NL_COPY)}</p><p>{c.t(NL_COPY)}</p></div>"
        extras = "".join(f"<p>{c.t(s)}</p>" for s in ("Sign up", SUBSCRIBED, SUCCESS, ACCOUNT))
        labels = "".join(f'<label><input type="checkbox">{c.t(s)}</label>' for s in CONSENT)
        return (f"<div><h3>{c.t(NL_HEAD)}</h3><p>{c.t(NL_COPY)}</p><p>{c.t(NL_COPY)}</p>{extras}{labels}"
                f"<p>{c.t(TERMS)}</p></div>")  # fmt: skip
    straps = (f'<p class="newsletter-form__strapline">{c.t(NL_COPY)}</p>'
              f'<p class="newsletter-form__strapline newsletter-form__strapline--mobile">{c.t(NL_COPY)}</p>')  # fmt: skip
    messages = (
        f'<p class="newsletter-form__message newsletter-form__message--success" style="display:none">{SUBSCRIBED}</p>'
        f'<p class="newsletter-form__message--kiosq-title" style="display:none">{SUCCESS}</p>'
        f'<p class="newsletter-form__message--kiosq-text" style="display:none">{ACCOUNT}</p>'
    )
    return _slice(c.meta.uid, c.t(NL_HEAD), straps, "TWE-FREE", messages)


def daily_email(p: Promo, c: PromoContext) -> str:
    """§6.3 "Today's Best Articles" slice; the copy has an en dash."""
    if not p.classed:
        if p.variant % 2 == 0:
            return f"<p>{c.t(DAILY_COPY)}</p>"
        return f"<div><h3>{c.t(DAILY_HEAD)}</h3><p>{c.t(DAILY_COPY)}</p></div>"
    strap = f'<p class="newsletter-form__strapline">{c.t(DAILY_COPY)}</p>'
    return _slice(c.meta.uid + "-daily", c.t(DAILY_HEAD), strap, "TWE-DAILY", "")


# --- 6.5 recirculation --------------------------------------------------------------------------------------------


def you_may_like(p: Promo, c: PromoContext) -> str:
    """Inline "You may like" river inside #article-body (pcgamer-2025 Recirculation:ArticleRiver)."""
    cards = c.cards.get("you_may_like", ())
    if not p.classed:
        items = "".join(f'<li><a href="{attr(k.url)}">{c.t(k.title)}</a></li>' for k in cards)
        return f"<div><p>You may like</p><ul>{items}</ul></div>"
    items = "".join(
        f'<li class="m-0 mb-2" name="more-about-inline" data-analytics-id="more-about-inline-{n}">'
        f'<a class="text-base font-bold text-[#333]" href="{attr(k.url)}">\n{c.t(k.title)}\n</a></li>'
        for n, k in enumerate(cards)
    )
    return (
        '<div data-component-name="Recirculation:ArticleRiver"><span class="bg-secondary-500 text-secondary-50 '
        'text-lg font-bold uppercase py-1 px-2">\nYou may like\n</span>'
        f'<ul class="flex flex-col mt-3 list-outside ms-5 bg-none" data-analytics-id="more-about-inline">{items}</ul></div>'
    )


def _picture(image_id: str | None, size: str = "840") -> str:
    if not image_id:
        return ""
    return (f'<picture data-new-v2-image="true"><img src="{cdn(image_id, size)}" alt="" loading="lazy" '
            f'data-original-mos="{cdn(image_id)}" data-pin-media="{cdn(image_id)}"></picture>')  # fmt: skip


def read_more(p: Promo, c: PromoContext) -> str:
    """ "Read more" river after the body (pcgamer-2025 article-river-stacked-adviser:related, sponsored cards)."""
    cards = c.cards.get("read_more", ())
    if not p.classed:
        links = "".join(f'<a href="{attr(k.url)}"><span>{c.t(k.title)}</span></a>' for k in cards)
        return f"<section><div>Read more</div><div>{links}</div></section>"
    sponsored = ('<div class="relative recirc-feed sponsored-card" data-recirc-id="article-river-stacked-ads:'
                 'native-cards"><div class="sponsored-post"></div></div>')  # fmt: skip
    links = "".join(
        f'<a href="{attr(k.url)}" data-analytics-id="more-about-latest-article"><div class="relative">'
        f'{_picture(k.image_id)}</div><span class="text-base text-black font-bold mx-0 my-2.5 p-0">{c.t(k.title)}'
        f"</span></a>{sponsored}"
        for k in cards
    )
    return (
        '<section class="mx-2 my-5"><div class="w-full"><div data-recirc-id="article-river-stacked-adviser:related">'
        '<div class="text-white py-4 px-3 mb-4 bg-[#333] uppercase font-bold">Read more</div>'
        f'<div class="grid grid-cols-1 gap-4 my-4">{links}</div></div></div></section>'
    )


def most_popular(p: Promo, c: PromoContext) -> str:
    """ "Most Popular": related-articles-block (pcgamer 2025) or slice-container-relatedArticles (2024)."""
    cards = c.cards.get("most_popular", ())
    if not p.classed:
        items = "".join(f'<li><a href="{attr(k.url)}">{c.t(k.title)}</a></li>' for k in cards)
        return f"<div><h5>Most Popular</h5><ol>{items}</ol></div>"
    if c.meta.index % 2:
        items = "".join(
            f'<div class="article__wrapper"><a class="article__link" href="{attr(k.url)}">{_picture(k.image_id)}'
            f'<h3 class="article__title">{c.t(k.title)}</h3></a></div>'
            for k in cards
        )
        return (
            '<div id="slice-container-relatedArticles" class="slice-container related-articles-slice '
            'relatedArticles slice-container-relatedArticles"><div class="related-articles">'
            f'<div class="related-articles__title"><h5>Most Popular</h5></div>{items}</div></div>'
        )
    items = "".join(
        f'<div class="h-64 mb-6 relative"><a class="block" href="{attr(k.url)}" data-analytics-id="related-article">'
        f'{_picture(k.image_id)}<header class="absolute bottom-0 w-full p-2.5">{c.t(k.title)}</header></a></div>'
        for k in cards
    )
    return f'<div class="related-articles-block"><div><div class="uppercase font-bold">Most Popular</div>{items}</div></div>'


def more_about(p: Promo, c: PromoContext) -> str:
    """ "More about …" / "Latest" cards (pcgamer-2024 slice-container-moreAbout)."""
    cards = c.cards.get("more_about", ())
    half = max(1, len(cards) // 2)
    label = c.section_label.lower()
    if not p.classed:
        rel = "".join(f'<a href="{attr(k.url)}"><p>{c.t(k.title)}</p></a>' for k in cards[:half])
        lat = "".join(f'<a href="{attr(k.url)}"><p>{c.t(k.title)}</p></a>' for k in cards[half:])
        return (f"<div><div>More about {c.t(label)}</div>{rel}<div>Latest</div>{lat}"
                f'<a href="{c.section_path}">See more latest</a></div>')  # fmt: skip

    def items(chunk: tuple[Card, ...], kind: str) -> str:
        return "".join(
            f'<a class="more-about__cardItem" href="{attr(k.url)}" data-analytics-id="more-about-{kind}-article">'
            f'<div class="more-about__cardItemWrapper"><div class="more-about__cardItemCropper">{_picture(k.image_id)}'
            f'</div></div><div class="more-about__cardBody"><p>{c.t(k.title)}</p></div></a>'
            for k in chunk
        )

    return (
        '<div id="slice-container-moreAbout" class="slice-container more-about-container moreAbout '
        'slice-container-moreAbout"><div class="more-about__container">'
        f'<div class="more-about__card --related"><div class="more-about__cardHeader">More about {c.t(label)}</div>'
        f'<div class="more-about__cardItems">{items(cards[:half], "related")}</div></div>'
        '<div class="more-about__card --latest"><div class="more-about__cardHeader">Latest</div>'
        f'<div class="more-about__cardItems">{items(cards[half:], "latest")}</div>'
        f'<div class="more-about__cardFooter"><a href="{c.section_path}" data-analytics-id="see-latest-footer">'
        "See more latest&nbsp;&#9658;</a></div></div></div></div>"
    )


def card_list(p: Promo, c: PromoContext) -> str:
    """Title + kicker + strapline cards with duplicates (seed reader-text; §6.5 "latest-articletype" river)."""
    cards = c.cards.get("card_list", ())
    if not p.classed:
        items = "".join(
            f'<li><a href="{attr(k.url)}">{c.t(k.title)}</a><span>{c.t(k.kicker)}</span> <span>{c.t(k.strapline)}'
            "</span></li>"
            for k in cards
        )
        return f"<ul>{items}</ul>"
    items = "".join(
        f'<li class="article-river__item"><a class="article-river__link" href="{attr(k.url)}">'
        f'<span class="article-river__title">{c.t(k.title)}</span><span class="article-river__kicker">'
        f'{c.t(k.kicker)}</span> <span class="article-river__strapline">{c.t(k.strapline)}</span></a></li>'
        for k in cards
    )
    return (
        '<div class="w-full"><div data-recirc-id="article-river-stacked-solr:latest-articletype">'
        f'<ul class="article-river__list">{items}</ul></div></div>'
    )


# --- 6.6 author bio -------------------------------------------------------------------------------------------------


def author_bio(p: Promo, c: PromoContext) -> str:
    """Slice author bio (pcgamer-2025 slice-container-authorBio), or a bare trailing bio paragraph."""
    a = c.author
    if not p.classed:
        return f"<p>{c.t(a.bio[0])}</p>"
    bio = "".join(f"<p>{c.t(text)}</p>" for text in a.bio)
    uid = c.meta.uid
    return (
        f'<div id="slice-container-authorBio-{uid}" class="slice-container slice-author-bio authorBio-{uid} '
        'slice-container-authorBio"><div class="author author__default-layout author--separator">'
        '<div class="author__header"><div class="author__avatar-block"><img src="'
        f'{VANILLA}/media/img/missing-image.svg" alt="{attr(a.name)}" class="author__avatar" loading="lazy"></div>'
        f'<div class="author__heading"><div class="author__name"><a href="{c.base}/author/{a.slug}" '
        f'class="link author__name_link">{c.t(a.name)}</a></div><div class="author__role">{c.t(a.role)}</div>'
        f'</div></div><div class="author__biography">{bio}</div></div></div>'
    )


# --- 6.7 ads, video, widgets ----------------------------------------------------------------------------------------


def ad_unit(p: Promo, c: PromoContext) -> str:
    c.ads[0] += 1
    n = c.ads[0]
    return f'<div id="ad-unit-{n}" class="ad-unit"></div>' if p.classed else f'<div id="ad-unit-{n}"></div>'


def video_carousel(p: Promo, c: PromoContext) -> str:
    if not p.classed:
        return "<div><div><div></div></div></div>"
    return ('<div class="van_vid_carousel"><div class="van_vid_carousel__padding">'
            '<div class="van_vid_carousel__container"></div></div></div>')  # fmt: skip


def jwplayer(p: Promo, c: PromoContext) -> str:
    key = c.meta.uid[:8]
    if not p.classed:
        return f'<div id="botr_{key}_div"></div>'
    return (f'<div id="futr_botr_{key}_div" class="future__jwplayer"><div class="jwplayer__wrapper">'
            f'<div class="jwplayer__widthsetter"><div id="botr_{key}_div"></div></div></div></div>')  # fmt: skip


def hawk(p: Promo, c: PromoContext) -> str:
    """Price widgets (space-2019 aside.hawk-widget, pcgamer aside.hawk-base); variant 1 shows prices."""
    if p.variant == 0:
        if not p.classed:
            return '<aside data-widget-type="seasonal"></aside>'
        return '<aside class="hawk-widget" data-render-type="fte" data-widget-type="seasonal"></aside>'
    h = stable_hash(c.meta.uid, c.ads[0])
    offers = [(f"${(h >> s) % 300 + 19}.99", r) for s, r in ((0, "Amazon"), (5, "Walmart"), (9, "Best Buy"))]
    if not p.classed:
        items = "".join(f'<li>{price} <a href="https://www.{r.lower().replace(" ", "")}.com/">at {r}</a></li>'
                        for price, r in offers)  # fmt: skip
        return f"<aside><p>Today's best deals</p><ul>{items}</ul></aside>"
    items = "".join(
        f'<li class="hawk-widget__item"><span class="hawk-widget__price">{price}</span> <a class="hawk-widget__link" '
        f'href="https://www.{r.lower().replace(" ", "")}.com/" rel="sponsored nofollow">at {r}</a></li>'
        for price, r in offers
    )
    return (f'<aside class="hawk-widget hawk-base" data-widget-type="price"><div class="hawk-master-widget-'
            f'hawk-base-wrapper"><p class="hawk-widget__title">Today\'s best deals</p><ul class="hawk-widget__list">'
            f"{items}</ul></div></aside>")  # fmt: skip


def taboola(p: Promo, c: PromoContext) -> str:
    if not p.classed:
        return '<footer id="taboola-below-article-thumbnails"></footer>'
    return '<footer class="van_taboola" id="taboola-below-article-thumbnails"></footer>'


def affiliate(p: Promo, c: PromoContext) -> str:
    """Affiliate disclaimer: pcgamer-2025 aside#affiliate-disclaimer, tomshardware-2020 aside#affiliateDisclaimer."""
    if not p.classed:
        return f"<p>{c.t(AFFILIATE)} {c.t('Here’s how it works.')}</p>"
    if c.meta.markup == MARKUP_LEGACY:
        return (f'<aside id="affiliateDisclaimer"><small>The Week is supported by its audience. {c.t(AFFILIATE)} '
                '<a href="https://www.futureplc.com/terms-conditions/">Learn more</a></small></aside>')  # fmt: skip
    if c.meta.markup == MARKUP_BEM:
        return (f'<div class="affiliate-disclaimer" id="affiliate-disclaimer"><p class="affiliate-disclaimer__text">'
                f'{c.t(AFFILIATE)} <a href="{c.base}/about-us">{c.t("Here’s how it works")}</a>.</p></div>')  # fmt: skip
    return (
        '<aside class="mx-auto mb-4 flex items-center justify-start mx-0 my-5" id="affiliate-disclaimer" '
        f'data-component-name="AffiliateDisclaimer"><p class="text-700 mb-2 text-[12px]">\n{c.t(AFFILIATE)} '
        f'<a href="{c.base}/about-us">{c.t("Here’s how it works")}</a>.\n</p></aside>'
    )


# --- 6.8 share bar, comments, tags ------------------------------------------------------------------------------------


def share(p: Promo, c: PromoContext) -> str:
    """Socialite share bar (pcgamer / tomshardware nav.socialite-widget)."""
    u = c.canonical
    targets = (("facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}", "Facebook"),
               ("twitter", f"https://twitter.com/intent/tweet?url={u}", "Twitter"),
               ("reddit", f"https://www.reddit.com/submit?url={u}", "Reddit"),
               ("email", f"mailto:?subject=I%20found%20this%20webpage&body={u}", "Email"))  # fmt: skip
    if not p.classed:
        items = "".join(
            f'<li><a href="{attr(h)}" aria-label="Share this page on {n}"></a></li>' for _, h, n in targets
        )
        return f"<nav><ul>{items}</ul></nav>"
    items = "".join(
        f'<li class="socialite-widget-item"><a href="{attr(h)}" data-platform="{k}" target="_blank" class="{k} '
        f'socialite" aria-label="Share this page on {n}"><i class="icon icon-{k}"></i></a></li>'
        for k, h, n in targets
    )
    return (f'<nav class="socialite-widget box less-space " data-contexturl="{attr(u)}">'
            f'<ul class="socialite-widget-ul">{items}</ul></nav>')  # fmt: skip


def comments(p: Promo, c: PromoContext) -> str:
    """pcgamer-2024 div.jump-to-comments ("See comments") + the viafoura mount."""
    if not p.classed:
        return '<div><a href="#comment-jump">See comments</a></div><div id="comment-jump"></div>'
    return ('<div class="jump-to-comments"><a href="#comment-jump"><span>See comments</span>'
            '<i class="icon icon-arrow-down-dotted"></i></a></div>'
            '<div id="comment-jump" class="viafoura"><vf-conversations></vf-conversations></div>')  # fmt: skip


def tags(p: Promo, c: PromoContext) -> str:
    """Tag block: theweek .tag-links (BEM, calibre) or nav#articleTag "TOPICS" (pcgamer-2024)."""
    if not p.classed:
        links = ", ".join(f'<a href="{attr(h)}">{c.t(n)}</a>' for h, n in c.tag_links)
        return f"<div><span>TOPICS</span> {links}</div>"
    if c.meta.markup == MARKUP_BEM:
        links = "".join(f'<li class="tag-links__item"><a class="tag-links__link" href="{attr(h)}">{c.t(n)}</a></li>'
                        for h, n in c.tag_links)  # fmt: skip
        return (f'<div class="tag-links"><span class="tag-links__title">Topics</span>'
                f'<ul class="tag-links__list">{links}</ul></div>')  # fmt: skip
    links = "".join(f'<div class="tag" data-analytics-id="article-tag"><a href="{attr(h)}">{c.t(n)}</a></div>'
                    for h, n in c.tag_links)  # fmt: skip
    return (f'<div class="after-article-tags"><nav class="box" id="articleTag">'
            f'<span class="separator-heading">TOPICS</span>{links}</nav></div>')  # fmt: skip


# --- 6.9 images ---------------------------------------------------------------------------------------------------------


def figure(fig: Figure, c: PromoContext, classed: bool = True) -> str:
    """In-body image (§6.9 van-image-figure; theweek photo galleries: figcaption.inline-layout p + div.credit)."""
    img = (f'<img src="{cdn(fig.image_id, "320")}" alt="{attr(fig.alt)}" srcset="{srcset(fig.image_id)}" '
           f'loading="lazy" data-original-mos="{cdn(fig.image_id)}" data-pin-media="{cdn(fig.image_id)}">')  # fmt: skip
    if not classed:
        if stable_hash(fig.image_id) % 2:
            return f'<div><img src="{cdn(fig.image_id, "768")}" alt="{attr(fig.alt)}"></div><p>{c.t(fig.credit)}</p>'
        return (f"<figure><picture>{img}</picture><figcaption>{c.t(fig.caption)} <span>{c.t(fig.credit)}</span>"
                "</figcaption></figure>")  # fmt: skip
    picture = (f'<picture><source type="image/webp" srcset="{srcset(fig.image_id, webp=True)}" '
               f'sizes="(min-width: 1000px) 970px, calc(100vw - 40px)">{img}</picture>')  # fmt: skip
    block = ('<div class="image-full-width-wrapper"><div class="image-widthsetter" style="max-width:1920px;">'
             f'<p class="vanilla-image-block" style="padding-top:56.25%;">{picture}</p></div></div>')  # fmt: skip
    if fig.style == "gallery":
        caption = (f'<figcaption itemprop="caption description" class="inline-layout "><p>{c.t(fig.caption)}</p>'
                   f'<div class="credit">{c.t(fig.credit)}</div></figcaption>')  # fmt: skip
    else:
        caption = (f'<figcaption itemprop="caption description" class=" inline-layout"><span class="caption-text">'
                   f'{c.t(fig.caption)}</span> <span class="credit" itemprop="copyrightHolder">{c.t(fig.credit)}'
                   "</span></figcaption>")  # fmt: skip
    html = f'<figure class="van-image-figure inline-layout" data-bordeaux-image-check="">{block}{caption}</figure>'
    if c.meta.markup != MARKUP_BEM:  # the #article-body family wraps figures in an empty link (pcgamer-2025)
        html = f'<a target="_blank" data-url="" href="">{html}</a>'
    return html


def image(p: Promo, c: PromoContext) -> str:
    return figure(p.figure, c, p.classed) if p.figure else ""


RENDERERS: dict[str, Callable[[Promo, PromoContext], str]] = {
    "subscribe": subscribe, "newsletter": newsletter, "daily_email": daily_email, "you_may_like": you_may_like,
    "read_more": read_more, "most_popular": most_popular, "more_about": more_about, "card_list": card_list,
    "author_bio": author_bio, "ad_unit": ad_unit, "video_carousel": video_carousel, "jwplayer": jwplayer,
    "hawk": hawk, "taboola": taboola, "affiliate": affiliate, "share": share, "comments": comments, "tags": tags,
    "image": image,
}  # fmt: skip


def render(p: Promo, c: PromoContext) -> str:
    return RENDERERS[p.kind](p, c)


def tag_href(base: str, name: str) -> str:
    return f"{base}/tag/{slugify(name)}"
