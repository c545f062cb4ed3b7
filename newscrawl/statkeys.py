"""Stats keys that one component writes and another reads: the contract between them, in one module.

Every other stat is its writer's own (documented in the writer's docstring, README "Stats worth
watching"); these are read elsewhere, so writer and reader both name them from here.
"""

from __future__ import annotations

HEALTH_FAILED = "newscrawl/health/failed"  # ExtractionHealth's verdict: RunState and `scrapy crawl` read it
SUMMARY_PREFIX = "newscrawl/summary/"  # RunSummary's account, kept by RunState with the run
PROMO_REMOVED_PREFIX = "newscrawl/promo/removed/"  # PromoStripPipeline's removals per rule, kept by RunState
CRAWL_PREFIX = "newscrawl/crawl/"  # the crawl-wide counters a distributed worker reads at close
OUTCOMES = {
    "exported": ("item_scraped_count",),
    "unchanged": ("newscrawl/incremental/unchanged", "newscrawl/registry/unchanged"),
    # duplicate_request: another worker had already queued it (distributed crawls only);
    # claimed_elsewhere: another worker was emitting the same article at that moment.
    "duplicate": (
        "newscrawl/dedup/dropped",
        "newscrawl/outcome/duplicate_redirect",
        "newscrawl/outcome/duplicate_request",
        "newscrawl/registry/claimed_elsewhere",
    ),
    "rejected": ("newscrawl/validate/rejected",),
    "not_article": ("newscrawl/article/not_article",),
    "skipped": ("newscrawl/article/skipped_since",),
    "failed": ("newscrawl/article/failed",),
}
TOTALS = {
    "discovered": "newscrawl/discovered/article_urls",
    "fetched": "newscrawl/article/fetched",
    "new": "newscrawl/registry/new",
    "updated": "newscrawl/registry/updated",
    # Not URLs: the homepage, sitemaps and feeds that failed, and the site itself when it did not answer.
    "sources_failed": "newscrawl/discovered/source_failed",
}
# Every stat the account is made of, plus extraction (health): what distributed workers add up.
COUNTED_STATS = (
    *TOTALS.values(),
    *(key for keys in OUTCOMES.values() for key in keys),
    "newscrawl/article/extracted",
)
