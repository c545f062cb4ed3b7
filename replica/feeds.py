"""robots.txt (§7, Future pattern), sitemaps (§7: index -> monthly + news) and RSS feeds (§5).

Sitemap ``lastmod`` and feed dates follow each article's ``modified_at``, so a revision shows up in
them; extra (newer) articles come first."""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING

from replica import catalog as cat
from replica.html_misc import SUBSCRIPTION_SLUG
from replica.html_promos import ECHO
from replica.sitemodel import ANCHOR
from replica.util import cdn, iso, rfc822

if TYPE_CHECKING:
    from replica.model import ArticleMeta
    from replica.sitemodel import SiteModel

FEED_SIZE = 50
NEWS_WINDOW = timedelta(days=2)
SUBSCRIPTION_GUID = "Sb7kQwTe2mXcR9vLpN4aZh"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def x(text: str) -> str:
    return html.escape(text, quote=False)


def robots(model: SiteModel) -> str:
    return (
        "User-Agent: *\nDisallow: */search\nDisallow: /*searchTerm\nDisallow: /*sortBy\nDisallow: /*productBrand\n\n"
        f"Sitemap: {model.url('/sitemap.xml')}\nSitemap: {model.url('/sitemap-news.xml')}\n"
    )


def _by_month(model: SiteModel) -> dict[str, list[ArticleMeta]]:
    months: dict[str, list[ArticleMeta]] = defaultdict(list)
    for i in model.members["home"]:
        m = model.metas[i]
        months[f"{m.published:%Y-%m}"].append(m)
    return months


def sitemap_index(model: SiteModel) -> str:
    months = _by_month(model)
    newest = max(m.modified for m in model.live)
    rows = [f"<sitemap><loc>{model.url('/sitemap-news.xml')}</loc><lastmod>{iso(newest)}</lastmod></sitemap>"]
    for key in sorted(months, reverse=True):
        last = max(m.modified for m in months[key])
        rows.append(
            f"<sitemap><loc>{model.url(f'/sitemap-{key}.xml')}</loc><lastmod>{iso(last)}</lastmod></sitemap>"
        )
    return (XML_HEAD + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows)
            + "\n</sitemapindex>\n")  # fmt: skip


def _image(m: ArticleMeta) -> str:
    return f"<image:image><image:loc>{cdn(m.image_id)}</image:loc></image:image>" if m.image_id else ""


def sitemap_month(model: SiteModel, key: str) -> str | None:
    metas = _by_month(model).get(key)
    if not metas:
        return None
    rows = [f"<url><loc>{x(model.url(m.path))}</loc><lastmod>{iso(m.modified)}</lastmod>{_image(m)}</url>"
            for m in metas]  # fmt: skip
    return (XML_HEAD + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n' + "\n".join(rows) + "\n</urlset>\n")  # fmt: skip


def sitemap_months(model: SiteModel) -> list[str]:
    return sorted(_by_month(model), reverse=True)


def sitemap_news(model: SiteModel) -> str:
    newest = model.metas[model.members["home"][0]].published
    rows = []
    for i in model.members["home"]:
        m = model.metas[i]
        if newest - m.published > NEWS_WINDOW:
            break
        rows.append(
            f"<url><loc>{x(model.url(m.path))}</loc><news:news><news:publication><news:name>The Week</news:name>"
            f"<news:language>en</news:language></news:publication><news:publication_date>{iso(m.published)}"
            f"</news:publication_date><news:title>{x(m.title)}</news:title></news:news>{_image(m)}</url>"
        )
    return (XML_HEAD + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n' + "\n".join(rows) + "\n</urlset>\n")  # fmt: skip


def _cdata(text: str) -> str:
    return f"<![CDATA[ {text} ]]>"


def _item(model: SiteModel, m: ArticleMeta) -> str:
    authors = [cat.AUTHOR_BY_KEY[a] for a in m.authors]
    author = f"theweekonlineeditors@futurenet.com ({authors[0].byline})" + "".join(
        f", {a.byline}" for a in authors[1:]
    )
    parts = [
        f"<title>{_cdata(m.title)}</title>",
        f"<link>{x(model.url(m.path))}</link>",
        f"<description>{_cdata(m.standfirst or '')}</description>",
        f'<guid isPermaLink="false">{m.uid}</guid>',
    ]
    if m.image_id:
        parts.append(f'<enclosure url="{cdn(m.image_id, "1280")}" type="image/jpeg" length="0"></enclosure>')
    parts += [
        f"<pubDate>{rfc822(m.modified)}</pubDate>",
        f"<category>{_cdata(cat.SECTION_BY_KEY[m.section].label)}</category>",
        f"<dc:creator>{_cdata(', '.join(a.name for a in authors))}</dc:creator>",
        f"<author>{x(author)}</author>",
    ]
    if m.image_id:
        img = cdn(m.image_id, "1280")
        parts += [
            (
                f'<media:content type="image/jpeg" url="{img}"><media:credit>{_cdata(m.hero_credit)}</media:credit>'
                f'<media:text>{_cdata(m.hero_caption)}</media:text><media:title type="plain">{_cdata(m.hero_caption)}'
                "</media:title></media:content>"
            ),
            f'<media:thumbnail url="{img}"></media:thumbnail>',
        ]
    return "<item>\n" + "\n".join(parts) + "\n</item>"


def _subscription_item(model: SiteModel) -> str:
    return (
        f"<item>\n<title>{_cdata('Subscribe to The Week')}</title>\n"
        f"<link>{model.url(f'/subscription/{SUBSCRIPTION_SLUG}')}</link>\n<description>{_cdata(ECHO)}</description>\n"
        f'<guid isPermaLink="false">{SUBSCRIPTION_GUID}</guid>\n<pubDate>{rfc822(ANCHOR - timedelta(days=1))}'
        f"</pubDate>\n<category>{_cdata('Subscription')}</category>\n</item>"
    )


def feed_items(model: SiteModel, uk: bool) -> list[ArticleMeta]:
    """The articles a feed lists: newest ``modified`` first (UK feed: UK-desk bylines only)."""
    metas = model.live
    if uk:
        metas = [m for m in metas if any(cat.AUTHOR_BY_KEY[a].desk == "The Week UK" for a in m.authors)]
    return sorted(metas, key=lambda m: (-m.modified.timestamp(), m.index))[:FEED_SIZE]


def rss(model: SiteModel, uk: bool = False) -> str:
    path = "/uk/feeds.xml" if uk else "/feeds.xml"
    metas = feed_items(model, uk)
    items = [_item(model, m) for m in metas]
    if not uk:
        items.insert(min(3, len(items)), _subscription_item(model))
    built = max((m.modified for m in metas), default=ANCHOR)
    return (
        XML_HEAD + '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="https://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f'<atom:link href="{model.url(path)}" rel="self" type="application/rss+xml" />\n'
        f"<title>{_cdata('TheWeek UK feed' if uk else 'TheWeek feed')}</title>\n<link>{model.url(path)}</link>\n"
        f"<description>{_cdata('')}</description>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n"
        "<language>en</language>\n" + "\n".join(items) + "\n</channel>\n</rss>\n"
    )
