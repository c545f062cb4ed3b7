"""The life of an article URL, in one vocabulary every component uses.

    discovered -> requested -> done | failed | gone

- discovered: a listing card, sitemap or feed entry names it (the spider's `newscrawl/discovered/*`);
- requested: the spider asked for it, so the registry's frontier holds it until its outcome is
  recorded (a crash leaves it requested; the next run asks again);
- done: it became an item (exported, or unchanged), or a page that needs no item: not an article,
  outside `-a since`, or a listing (an article-shaped URL of a sub-section, paged from then on);
- failed: no item, tried again by later runs (`REGISTRY_MAX_ATTEMPTS`); rejected items are failed
  validation, fetched again only when a date says they changed;
- gone: 404/410, the article was deleted.

The spider decides; it writes no state. It says what it decided through request meta and the
signals below; the registry (newscrawl.extensions.frontier), the failures ledger (newscrawl.ledger)
and the run's account (newscrawl.extensions.outcomes) record it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy import Request

# Request meta set by the spider on every article request.
ARTICLE = "newscrawl_article"  # True: the request fetches an article URL
DISCOVERED_URL = "newscrawl_discovered_url"  # its canonical URL as discovered, before any redirect
DISCOVERED_DATE = "newscrawl_discovered_date"  # the date the sitemap, feed or listing card gave it
KICKER = "newscrawl_kicker"  # the listing card's kicker, the article type when the page lacks one

# Outcomes of an article URL that yield no item (article_done's `outcome`).
NOT_ARTICLE = "not_article"
OUTSIDE_SINCE = "outside_since"
LISTING = "listing"

# Signals the spider sends (crawler.signals.send_catch_log); arguments are keywords.
article_failed = object()  # request (or None), reason, status: the URL failed (`gone` for 404/410)
article_done = object()  # request, outcome: the URL needs no item (NOT_ARTICLE, OUTSIDE_SINCE, LISTING)
source_read = object()  # url, lastmod: a sitemap read (or known unchanged) under the URL its index listed


def dropped_as(request: Request) -> str | None:
    """Why the dupefilter dropped an article request (Scrapy's request_dropped), or None for another
    request: `redirect_loop` (it redirected back to itself), `duplicate_redirect` (a redirect to a page
    this run already has: the URL it came from is an alias of that page) or `duplicate_request` (in a
    distributed crawl, another worker had queued it and records its outcome)."""
    if not request.meta.get(ARTICLE):
        return None
    redirected_from = request.meta.get("redirect_urls", ())
    if not redirected_from:
        return "duplicate_request"
    return "redirect_loop" if request.url in redirected_from else "duplicate_redirect"
