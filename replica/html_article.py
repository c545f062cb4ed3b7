"""Article pages in both Vanilla template families (STRUCTURE.md §4.3).

* BEM family (theweek classes named by calibre and the theweek_pictures spider, §4.1): header__title,
  header__strapline, article-type__breadcrumb, author-byline__author-text, image--hero, article__body.
* #article-body family (§4.2): the 2024-25 slice byline of samples/pcgamer-20*-article.html, or the
  2019-20 p.byline / time.relative-date markup of samples/tomshardware-2020 and space-2019.
Head metadata follows §4.2 (og:*, article:*_time with Z, parsely-*, JSON-LD with +00:00)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from replica import catalog as cat
from replica import html_promos as promos
from replica.html_base import head, page
from replica.layout import plan
from replica.model import MARKUP_BEM, MARKUP_LEGACY, Block, Figure, Promo
from replica.util import VANILLA, attr, cdn, iso, iso_z, long_date, slugify, srcset

if TYPE_CHECKING:
    from replica.layout import Layout
    from replica.model import ArticleMeta, Author, BodyItem
    from replica.sitemodel import SiteModel


def _authors(meta: ArticleMeta) -> list[Author]:
    return [cat.AUTHOR_BY_KEY[a] for a in meta.authors]


def _section_label(meta: ArticleMeta) -> str:
    return cat.SECTION_BY_KEY[meta.section].label


def kicker_href(model: SiteModel, meta: ArticleMeta) -> str:
    return model.url("/" + cat.KICKER_LISTING.get(meta.kicker, meta.section))


# --- head -----------------------------------------------------------------------------------------------------------


def _person(model: SiteModel, author: Author, desk: bool) -> dict[str, Any]:
    return {"@type": "Person", "name": author.byline if desk else author.name,
            "url": model.url(f"/author/{author.slug}"), "jobTitle": author.role, "description": " ".join(author.bio)}  # fmt: skip


def json_ld(model: SiteModel, meta: ArticleMeta) -> str:
    """JSON-LD NewsArticle/Article (§4.2), optionally wrapped in a list with a BreadcrumbList."""
    canonical = model.url(meta.path)
    people = [_person(model, a, meta.desk_in_jsonld) for a in _authors(meta)]
    obj: dict[str, Any] = {"@context": "https://schema.org", "@type": "Article" if meta.jsonld == "article" else "NewsArticle",
                           "name": meta.title, "headline": meta.title}  # fmt: skip
    if meta.standfirst:
        obj["alternativeHeadline"] = meta.standfirst
    obj.update({"datePublished": iso(meta.published), "url": canonical,
                "mainEntityOfPage": {"@type": "WebPage", "@id": canonical}})  # fmt: skip
    if meta.image_id:
        obj["thumbnailUrl"] = cdn(meta.image_id, "1200")
    obj["articleSection"] = _section_label(meta)
    obj["publisher"] = {"@type": "Organization", "name": "The Week", "url": model.base_url,
                        "logo": {"@type": "ImageObject", "url": f"{VANILLA}/media/img/theweek-logo.png",
                                 "caption": "The Week logo"}}  # fmt: skip
    if meta.image_id:
        obj["image"] = {"@type": "ImageObject", "url": cdn(meta.image_id), "caption": meta.hero_caption,
                        "height": "600", "width": "1067"}  # fmt: skip
    obj["author"] = people[0] if len(people) == 1 else people
    obj["creator"] = obj["author"]
    obj["dateModified"] = iso(meta.modified)
    data: Any = obj
    if meta.jsonld == "list":
        crumbs = [{"@type": "ListItem", "position": n + 1, "item": {"@id": model.url("/" + key), "name": label}}
                  for n, (key, label) in enumerate(_crumbs(meta))]  # fmt: skip
        data = [obj, {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": crumbs}]
    text = json.dumps(data, ensure_ascii=False, indent=None if meta.index % 2 else 2).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _crumbs(meta: ArticleMeta) -> list[tuple[str, str]]:
    section = cat.SECTION_BY_KEY[meta.section]
    out = [(section.parent, cat.SECTION_BY_KEY[section.parent].label)] if section.parent else []
    return [*out, (section.key, section.label)]


def _head(model: SiteModel, meta: ArticleMeta) -> str:
    canonical = model.url(meta.path)
    label = _section_label(meta)
    names = [a.name for a in _authors(meta)]
    metas = []
    if meta.markup != MARKUP_BEM:
        metas.append(f'<meta name="pub_date" content="{iso(meta.published)}">')
    if meta.standfirst:
        metas.append(f'<meta name="description" content="{attr(meta.standfirst)}">')
    metas += ['<meta property="og:type" content="article">',
              f'<meta property="og:title" content="{attr(meta.title + (" | The Week" if meta.og_suffix else ""))}">',
              f'<meta property="og:url" content="{attr(canonical)}">']  # fmt: skip
    if meta.standfirst:
        metas.append(f'<meta property="og:description" content="{attr(meta.standfirst)}">')
    if meta.image_id:
        metas += [f'<meta property="og:image" content="{cdn(meta.image_id, "1200")}">',
                  '<meta property="og:image:width" content="1200">']  # fmt: skip
    if meta.published_meta:
        metas += [f'<meta property="article:published_time" content="{iso_z(meta.published)}">',
                  f'<meta property="article:modified_time" content="{iso_z(meta.modified)}">']  # fmt: skip
    tags = ",".join(
        [f"Category: {label}", *meta.tags, f"type_{meta.page_type}", f"channel_{meta.section_root}"]
    )
    metas += [
        '<meta name="parsely-type" content="post">',
        f'<meta name="parsely-post-id" content="{meta.uid}">',
        f'<meta name="parsely-pub-date" content="{iso_z(meta.published)}">',
        f'<meta name="parsely-title" content="{attr(meta.title)}">',
        f'<meta name="parsely-link" content="{attr(canonical)}">',
    ]
    if meta.image_id:
        metas.append(f'<meta name="parsely-image-url" content="{cdn(meta.image_id)}">')
    metas += [f'<meta name="parsely-section" content="{attr(label)}">',
              f'<meta name="parsely-tags" content="{attr(tags)}">']  # fmt: skip
    metas += [f'<meta name="parsely-author" content="{attr(n)}">' for n in names]
    metas.append('<meta property="twitter:card" content="summary_large_image">')
    if meta.jsonld != "none":
        metas.append(json_ld(model, meta))
    suffix = " - The Week" if meta.markup == MARKUP_LEGACY else " | The Week"
    return head(meta.title + suffix, model.base_url, canonical, "\n".join(metas))


# --- header per family ------------------------------------------------------------------------------------------------


def _byline_bem(model: SiteModel, meta: ArticleMeta, c: promos.PromoContext) -> str:
    links = " and ".join(
        f'<span><a class="link author-byline__link" href="{model.url("/author/" + a.slug)}">{c.t(a.byline)}</a></span>'
        for a in _authors(meta)
    )
    date = f'published <time datetime="{iso_z(meta.published)}">{long_date(meta.published)}</time>'
    if meta.modified != meta.published:
        date += (
            f' <span class="author-byline__updated">last updated <time datetime="{iso_z(meta.modified)}">'
            f"{long_date(meta.modified)}</time></span>"
        )
    return (f'<div class="author-byline"><div class="author-byline__author-text">By {links}</div>'
            f'<div class="author-byline__date">{date}</div></div>')  # fmt: skip


def _header_bem(model: SiteModel, meta: ArticleMeta, lay: Layout, c: promos.PromoContext) -> str:
    strap = f'<p class="header__strapline">{c.t(meta.standfirst)}</p>\n' if meta.standfirst else ""
    head_promos = "".join(promos.render(p, c) for p in lay.header)
    return (
        '<header class="header">\n<div class="article-type">'
        f'<a class="article-type__breadcrumb" href="{kicker_href(model, meta)}">{c.t(meta.kicker)}</a></div>\n'
        f'<h1 class="header__title">{c.t(meta.title)}</h1>\n{strap}{_byline_bem(model, meta, c)}\n{head_promos}\n'
        "</header>"
    )


def _hero_bem(meta: ArticleMeta, c: promos.PromoContext) -> str:
    if not meta.image_id:
        return ""
    i = meta.image_id
    return (
        '<div class="image image--hero"><div class="image__container"><picture>'
        f'<source type="image/webp" srcset="{srcset(i, webp=True)}"><img class="image__image" src="{cdn(i, "768")}" '
        f'alt="{attr(meta.hero_caption)}" data-pin-media="{cdn(i)}" data-original-mos="{cdn(i)}"></picture></div>'
        f'<div class="caption caption--hero"><span class="caption__text caption__text--hero">{c.t(meta.hero_caption)}'
        f'</span> <span class="credit">(Image credit: {c.t(meta.hero_credit)})</span></div></div>'
    )


def _breadcrumb(model: SiteModel, meta: ArticleMeta, c: promos.PromoContext, home: bool) -> str:
    items = [f'<li><a href="{model.url("/")}">Home</a></li>'] if home else []
    items += [f'<li><a href="{model.url("/" + key)}" aria-label="Return to {attr(label)}">{c.t(label)}</a></li>'
              for key, label in _crumbs(meta)]  # fmt: skip
    return f'<nav class="breadcrumb" aria-label="Breadcrumbs">\n<ol>\n{chr(10).join(items)}\n</ol>\n</nav>'


def _shown_name(meta: ArticleMeta, a: Author) -> str:
    return a.byline if meta.desk_in_byline else a.name


def _header_slice(model: SiteModel, meta: ArticleMeta, lay: Layout, c: promos.PromoContext) -> str:
    """pcgamer-2025: breadcrumb, h1, a.byline-article-type, slice-author-byline, p.strapline, share, affiliate."""
    names = " and ".join(
        f'<span class="author-byline__author-name"><a href="{model.url("/author/" + a.slug)}" target="_self" '
        f'rel="author" class="link author-byline__link">{c.t(_shown_name(meta, a))}</a></span>'
        for a in _authors(meta)
    )
    byline = (
        f'<div id="slice-container-authorByline-{meta.uid}" class="slice-container slice-author-byline '
        f'authorByline-{meta.uid} slice-container-authorByline"><div class="author-byline author-byline--basic-layout">'
        f'<div class="author-byline__authors">By {names}</div><span> published <span class="author-byline__date">'
        f'<span class="date-relative"><time class="relative-date" datetime="{iso_z(meta.published)}">'
        f"{long_date(meta.published)}</time> </span></span></span></div></div>"
    )
    strap = f'<p class="strapline">{c.t(meta.standfirst)}</p>\n' if meta.standfirst else ""
    share = "".join(promos.render(p, c) for p in lay.header if p.kind == "share")
    rest = "".join(promos.render(p, c) for p in lay.header if p.kind != "share")
    return (
        f'<div class="news-article">\n<header>\n{_breadcrumb(model, meta, c, home=False)}\n<h1>{c.t(meta.title)}</h1>\n'
        '<div class="byline-social">\n<div class="byline">\n'
        f'<a href="{kicker_href(model, meta)}" class="byline-article-type">{c.t(meta.kicker)}</a>\n{byline}\n</div>\n'
        f"{strap}{share}\n</div>\n{rest}\n</header> </div>"
    )


def _header_legacy(model: SiteModel, meta: ArticleMeta, lay: Layout, c: promos.PromoContext) -> str:
    """tomshardware-2020 / space-2019: p.byline > span.by-author a[rel=author], time.relative-date."""
    names = " and ".join(
        f'<span class="no-wrap by-author"><a href="{model.url("/author/" + a.slug)}" rel="author">'
        f'<span style="white-space: nowrap">{c.t(_shown_name(meta, a))}</span></a></span>'
        for a in _authors(meta)
    )
    strap = f'<p class="strapline">{c.t(meta.standfirst)}</p>\n' if meta.standfirst else ""
    share = "".join(promos.render(p, c) for p in lay.header if p.kind == "share")
    return (
        f"<header>\n{_breadcrumb(model, meta, c, home=True)}\n<h1>{c.t(meta.title)} </h1>\n"
        f'<div class="byline-social">\n<a href="{kicker_href(model, meta)}" class="byline-article-type">'
        f'{c.t(meta.kicker)}</a>\n<p class="byline">\nBy\n{names}\n<time itemprop="datePublished" '
        f'class="no-wrap relative-date chunk" datetime="{iso(meta.published)}">{iso_z(meta.published)}</time>\n</p>\n'
        f"{strap}{share}\n</div>\n</header>"
    )


def _hero_vanilla(meta: ArticleMeta, c: promos.PromoContext) -> str:
    if not meta.image_id:
        return ""
    i = meta.image_id
    return (
        '<div class="box less-space hero-image-wrapper">\n<div style="position:relative;width:100%;">'
        f'<picture data-new-v2-image="true"><source type="image/webp" srcset="{srcset(i, webp=True)}">'
        f'<img src="{cdn(i, "1200")}" alt="{attr(meta.hero_caption)}" srcset="{srcset(i)}" '
        f'data-original-mos="{cdn(i)}" data-pin-media="{cdn(i)}" class="block-image-ads hero-image" '
        f'fetchpriority="high"></picture></div>\n<figcaption>\n<span class="credit">(Image credit: '
        f"{c.t(meta.hero_credit)})</span>\n</figcaption>\n</div>"
    )


# --- body ---------------------------------------------------------------------------------------------------------------


def _inline(model: SiteModel, meta: ArticleMeta, b: Block, c: promos.PromoContext) -> str:
    if not b.inline:
        return c.t(b.text)
    tag, start, end, href = b.inline
    words = b.text.split(" ")
    if tag == "a" and href.startswith("@"):
        if model.n_base < 2:
            return c.t(b.text)
        target = (meta.index + int(href[1:])) % model.n_base
        target = target if target != meta.index else (target + 1) % model.n_base
        href = model.url(model.metas[target].path)
    before, inside, after = " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])
    attrs = f' href="{attr(href)}"' if tag == "a" else ""
    if tag == "a" and not href.startswith(model.base_url):
        attrs += ' target="_blank" rel="noopener"'
    pre = c.t(before) + " " if before else ""
    post = " " + c.t(after) if after else ""
    return f"{pre}<{tag}{attrs}>{c.t(inside)}</{tag}>{post}"


def _block(model: SiteModel, meta: ArticleMeta, b: Block, c: promos.PromoContext, n: int) -> str:
    if b.kind in ("h2", "h3"):
        return f'<{b.kind} id="{slugify(b.text, 5)}-{n}">{c.t(b.text)}</{b.kind}>'
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{c.t(item)}</li>" for item in b.items) + "</ul>"
    if b.kind == "quote":  # editorial pull quote (§6.9: keep); the cite sits in a figcaption
        return (f'<figure><blockquote class="vanilla-quoteblock"><p>{c.t(b.text)}</p>'
                f"<figcaption><cite>{c.t(b.cite)}</cite></figcaption></blockquote></figure>")  # fmt: skip
    if b.kind == "attribution":  # Instant Opinion "<Author> at <Publication>" line (§4.4)
        author, _, pub = b.text.rpartition(" at ")
        return (
            f'<p>{c.t(author)} at <a href="{attr(b.href)}" target="_blank" rel="noopener">{c.t(pub)}</a></p>'
        )
    return f"<p>{_inline(model, meta, b, c)}</p>"


def _body(model: SiteModel, meta: ArticleMeta, items: tuple[BodyItem, ...], c: promos.PromoContext) -> str:
    out = []
    for n, item in enumerate(items):
        if isinstance(item, Block):
            out.append(_block(model, meta, item, c, n))
        elif isinstance(item, Figure):
            out.append(promos.figure(item, c))
        elif isinstance(item, Promo):
            out.append(promos.render(item, c))
    return ("\n" if meta.markup == MARKUP_BEM else "").join(out)


def promo_context(model: SiteModel, meta: ArticleMeta, lay: Layout) -> promos.PromoContext:
    section = cat.SECTION_BY_KEY[meta.section]
    tag_links = [(promos.tag_href(model.base_url, t), t) for t in meta.tags]
    return promos.PromoContext(model.base_url, meta, _authors(meta)[0], model.url(meta.path), lay.cards, tag_links,
                               section.label, model.url("/" + section.key))  # fmt: skip


def render_article(model: SiteModel, meta: ArticleMeta) -> str:
    lay = plan(model, meta)
    c = promo_context(model, meta, lay)
    body = _body(model, meta, lay.body, c)
    after_in = [p for p in lay.after if p.kind == "author_bio"]
    after_out = [p for p in lay.after if p.kind != "author_bio"]
    after_html = "\n".join(promos.render(p, c) for p in after_out)
    bio_html = "\n".join(promos.render(p, c) for p in after_in)
    body_class = f"news-page articletype-{meta.page_type.replace('_', '-')}"
    if meta.markup == MARKUP_BEM:
        main = (
            '<div id="top-leaderboard" class="ad-unit"></div>\n'
            f'<article class="article article--{meta.page_type.replace("_", "-")}" data-id="{meta.uid}">\n'
            f'{_header_bem(model, meta, lay, c)}\n{_hero_bem(meta, c)}\n<div class="article__body">\n{body}\n</div>\n'
            f"{bio_html}\n{after_html}\n</article>"
        )
    elif meta.markup == MARKUP_LEGACY:
        affiliate = "".join(promos.render(p, c) for p in lay.header if p.kind == "affiliate")
        main = (
            f'{affiliate}\n<article class="news-article " data-id="{meta.uid}">\n{_header_legacy(model, meta, lay, c)}\n'
            f'<section class="content-wrapper">\n{_hero_vanilla(meta, c)}\n'
            f'<div id="article-body" class="text-copy bodyCopy auto">\n{body}\n</div>\n{bio_html}\n</section>\n'
            f"{after_html}\n</article>"
        )
    else:
        main = (
            '<article class="page-content-onecol flex-1\n  news-article article\n  ">\n'
            f'{_header_slice(model, meta, lay, c)}\n<section class="content-wrapper">\n{_hero_vanilla(meta, c)}\n'
            '<div class="left-rail-area"></div>\n'
            f'<div id="article-body" class="text-copy bodyCopy auto">\n{body}\n</div>\n'
            f'<div id="this-will-be-used-for-mpu-2"></div>\n{bio_html}\n</section>\n'
            f'<div class="infinite-container"><div class="infinite-trigger" aria-hidden="true"></div></div>\n'
            f"{after_html}\n</article>"
        )
    return page(_head(model, meta), main, body_class)
