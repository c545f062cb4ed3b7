"""robots.txt, sitemaps and RSS of the replica (STRUCTURE.md §5 feed shape, §7 Future sitemap pattern)."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscrawl.replica.model import Spec

CDN = "https://cdn.mos.cms.futurecdn.net"


def robots(base_url: str) -> str:
    return (
        "User-Agent: *\nDisallow: */search\nDisallow: /*searchTerm\nDisallow: /*sortBy\n"
        f"Sitemap: {base_url}/sitemap.xml\nSitemap: {base_url}/sitemap-news.xml\n"
    )


def sitemap_index(base_url: str, months: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{base_url}/sitemap-{month}.xml</loc></sitemap>" for month in months)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'


def monthly_sitemap(base_url: str, specs: list[Spec]) -> str:
    entries = "".join(
        f"<url><loc>{base_url}{spec.path}</loc><lastmod>{spec.modified_at}</lastmod>"
        f"<image:image><image:loc>{CDN}/{spec.image_id}.jpg</image:loc></image:image></url>"
        for spec in specs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{entries}</urlset>\n'
    )


def news_sitemap(base_url: str, specs: list[Spec]) -> str:
    entries = "".join(
        f"<url><loc>{base_url}{spec.path}</loc><news:news><news:publication><news:name>The Week</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{spec.published_at}"
        f"</news:publication_date><news:title>{escape(spec.title)}</news:title></news:news></url>"
        for spec in specs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>\n'
    )


def rss(base_url: str, feed_path: str, specs: list[Spec]) -> str:
    items = [
        f"<item><title><![CDATA[ {spec.title} ]]></title><link>{base_url}{spec.path}</link>"
        f"<description><![CDATA[ {spec.standfirst} ]]></description>"
        f'<guid isPermaLink="false">{spec.image_id}</guid>'
        f'<enclosure url="{CDN}/{spec.image_id}-1280-80.jpg" type="image/jpeg" length="0"></enclosure>'
        f"<pubDate>{format_datetime(datetime.fromisoformat(spec.modified_at))}</pubDate>"
        f"<author>theweekonlineeditors@futurenet.com ({escape(spec.authors[0][0])}, The Week {spec.authors[0][1]})</author>"
        f"<dc:creator><![CDATA[ {spec.authors[0][0]} ]]></dc:creator><category><![CDATA[ {spec.section_label} ]]></category></item>"
        for spec in specs
    ]
    items.insert(
        1,
        f"<item><title><![CDATA[ Gift a subscription ]]></title><link>{base_url}/subscription/new-bau-november-2026-email-8</link></item>",
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="https://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f'<atom:link href="{base_url}{feed_path}" rel="self" type="application/rss+xml" />'
        f"<title><![CDATA[ TheWeek feed ]]></title><link>{base_url}{feed_path}</link><description><![CDATA[  ]]></description>"
        f"<language>en</language>{''.join(items)}</channel></rss>\n"
    )
