"""The page shell shared by every HTML page: <head>, site header (§6.4), nav menu and footer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replica import catalog as cat
from replica.util import VANILLA, attr, esc

if TYPE_CHECKING:
    from collections.abc import Mapping

SUBSCRIBE_URL = ("https://subscribe.theweek.com/servlet/OrdersGateway?cds_mag_code=TWE&cds_page_id=282455"
                 "&itm_source=theweek&itm_medium=header&itm_content=us-header-block")  # fmt: skip
FLEXI_IMAGE = "https://cdn.mos.cms.futurecdn.net/flexiimages/twxq2bmz4h1730301234.jpg"


def head(title: str, base: str, canonical: str | None, extra: str = "", uk: bool = False) -> str:
    """``<head>`` common to all pages; ``extra`` carries page-specific metas and JSON-LD."""
    feed = f"{base}/uk/feeds.xml" if uk else f"{base}/feeds.xml"
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{attr(canonical)}">' if canonical else "",
        '<meta property="og:site_name" content="The Week">',
        f'<link rel="alternate" type="application/rss+xml" href="{attr(feed)}">',
        f'<link rel="icon" href="{VANILLA}/favicon.ico">',
        extra,
    ]
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def site_header(uk: bool = False, renamed: Mapping[str, str] | None = None) -> str:
    """Header with the subscription banner, account links, locale switch and menu (§6.4, pcgamer locale slice).

    ``renamed`` (section key -> new listing key): the menu links a renamed section's new path."""
    prefix = "/uk" if uk else ""
    section_keys = {s.key for s in cat.SECTIONS}  # the UK edition prefixes section listings only (§2.2)
    items = []
    for nav_path, label in cat.NAV:
        key = nav_path.strip("/")
        path = f"/{renamed[key]}" if renamed and key in renamed else nav_path
        href = prefix + path if key in section_keys else path
        items.append(f'<li class="menu-item"><a class="menu-item__link" href="{href}">{esc(label)}</a></li>')
    return (
        '<header class="header-container" id="header">\n<div class="header-top">'
        f'<a class="header__logo" href="{prefix or "/"}"><img src="{VANILLA}/media/img/theweek-logo.svg" '
        'alt="The Week"></a>\n'
        f'<div class="subscribe-block"><a class="subscribe-block__link" href="{attr(SUBSCRIBE_URL)}">'
        f'<img src="{FLEXI_IMAGE}" alt="">'
        '<span class="subscribe-block__title">SUBSCRIBE &amp; SAVE</span> '
        '<span class="subscribe-block__text">Less than $3 per week</span></a></div>\n'
        '<div class="account"><button class="account__sign-in" type="button">Sign in</button> '
        '<button class="account__profile" type="button">View Profile</button> '
        '<button class="account__sign-out" type="button">Sign out</button></div>\n'
        '<a class="newsletter-link" href="/newsletters"><span class="newsletter-link__long">Newsletter sign up'
        '</span> <span class="newsletter-link__short">Newsletter</span></a>\n'
        '<div id="slice-container-localeSelector" class="slice-container locale-selector-slice localeSelector '
        'slice-container-localeSelector"><div data-hydrate="true" class="locale-selector">'
        '<button type="button" class="locale-selector__trigger"><img '
        f'src="{VANILLA}/media/shared/img/flags/nosize/{"GB" if uk else "US"}.svg" alt="flag of {"UK" if uk else "US"}">'
        f'<span class="locale-selector__text">{"UK" if uk else "US"} Edition</span></button>'
        '<div class="locale-selector__dropdown" style="display:none">'
        f'<a class="locale-selector__option" href="/"><img src="{VANILLA}/media/shared/img/flags/nosize/US.svg" '
        'alt="flag of US"><span class="locale-selector__option__name">US</span></a>'
        f'<a class="locale-selector__option" href="/uk"><img src="{VANILLA}/media/shared/img/flags/nosize/GB.svg" '
        'alt="flag of UK"><span class="locale-selector__option__name">UK</span></a></div></div></div>\n'
        '<form class="search-form" action="/search" method="get" role="search">'
        '<input type="search" name="searchTerm" placeholder="Search The Week"></form>\n</div>\n'
        '<nav class="primary-nav" aria-label="Main menu"><ul class="menu">\n'
        + "\n".join(items)
        + "\n</ul></nav>\n"
        "</header>"
    )


def site_footer(uk: bool = False) -> str:
    feed = "/uk/feeds.xml" if uk else "/feeds.xml"
    return (
        '<footer class="footer" id="footer"><ul class="footer__links">'
        '<li><a href="/about-us">About us</a></li><li><a href="/newsletters">Newsletters</a></li>'
        '<li><a href="/archive">Archive</a></li><li><a href="/world-news">World news</a></li>'
        '<li><a href="/culture-life/travel">Travel</a></li>'
        f'<li><a href="{feed}">RSS</a></li><li><a href="{"/feeds.xml" if uk else "/uk/feeds.xml"}">'
        f"{'US' if uk else 'UK'} RSS</a></li>"
        '<li><a href="https://futureplc.com/terms-conditions/">Terms and conditions</a></li>'
        '<li><a href="https://futureplc.com/privacy-policy/">Privacy policy</a></li></ul>'
        '<p class="footer__copyright">The Week is part of Future plc, an international media group and leading '
        "digital publisher. © Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.</p>"
        "</footer>"
    )


def page(head_html: str, main_html: str, body_class: str = "", uk: bool = False,
         renamed: Mapping[str, str] | None = None) -> str:  # fmt: skip
    """A whole HTML document; ``main_html`` goes inside ``div#main`` (§3.2: scrapers start at div#main)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{"en-GB" if uk else "en-US"}">\n{head_html}\n'
        f'<body class="{attr(body_class)}">\n<a href="#main" class="skip-to-main-content">Skip to main content</a>\n'
        f"{site_header(uk, renamed)}\n"
        f'<div id="main">\n{main_html}\n</div>\n{site_footer(uk)}\n</body>\n</html>\n'
    )
