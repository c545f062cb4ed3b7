"""newscrawl settings: the only settings module. Override any of them with `-s NAME=value`."""

import os

from newscrawl.items import EXPORT_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
COMMANDS_MODULE = "newscrawl.commands"

# --- The site -------------------------------------------------------------------------------------
WEEK_BASE_URL = "https://theweek.com"  # every start URL is built from it; tests point it at 127.0.0.1
# One GET of robots.txt, no retries, before anything else: no answer within this many seconds (or
# DNS, refused, TLS) stops the run with exit 5 (newscrawl.siteprobe). 0 = no probe.
SITE_PROBE_TIMEOUT = 10.0
# Used only when the homepage navigation yields no section (STRUCTURE.md §2.2 examples).
WEEK_SECTIONS = [
    "politics", "world-news", "business", "science", "health", "culture-life", "the-explainer",
    "speed-reads", "opinion", "cartoons", "puzzles", "photos",
]  # fmt: skip
WEEK_MAX_PAGES = 0  # pages per listing; 0 = follow until a page yields no new article (-a max_pages=N)
# Where article URLs come from (-a discover=...): section listings, sitemaps (robots.txt's Sitemap:
# lines, else WEEK_SITEMAPS: index -> monthly + news), RSS feeds (§5: the US and UK main feeds).
WEEK_DISCOVER = ["sections", "sitemaps", "feeds"]
WEEK_SITEMAPS = ["/sitemap.xml", "/sitemap-news.xml"]
WEEK_FEEDS = ["/feeds.xml", "/uk/feeds.xml"]
# After a complete run, an older monthly sitemap is read again only when the index's lastmod for it
# moved; the newest months are read every run, in case the index's lastmod lags.
WEEK_SITEMAP_RECENT_MONTHS = 3

# --- Politeness for the live site (relaxed automatically when WEEK_BASE_URL is a loopback address) ---
USER_AGENT = "newscrawl/1.0 (+https://github.com/newscrawl/newscrawl; news dataset crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
DOWNLOAD_TIMEOUT = 30
# Retries (newscrawl.middlewares.retry): Retry-After honoured, backoff with jitter, bounded in total.
RETRY_TIMES = 3
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0
RETRY_MAX_TOTAL_WAIT = 600.0
RETRY_SLOWDOWN_MAX_DELAY = 10.0
COOKIES_ENABLED = False
# Scrapy runs each callback's output through CONCURRENT_ITEMS asyncio workers (default 100, one task
# each): our callbacks yield one item or a few requests, and a 1,000-article profile showed 105,000
# tasks created for nothing (about 1 ms of CPU per page). Only RegistryPipeline ever waits (for a
# distributed crawl's claim), and while it does the crawl goes on with other responses.
CONCURRENT_ITEMS = 8
# Scrapy checks each generator callback for a `return <value>` before calling it, by reading and parsing
# its source; its cache is keyed by weak references to bound methods, which die at once, so the check
# re-parses parse_article for every page (~0.6 ms of CPU per article in a real-weight profile). The
# same check runs once in the tests instead (tests/test_settings.py).
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy's collector pays a deprecation shim on every attribute read, ten times the cost of counting
# (newscrawl.stats says how much).
STATS_CLASS = "newscrawl.stats.MemoryStats"

# --- Safety (shared/reference/reliability.md §3) -------------------------------------------------------
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DOWNLOAD_VERIFY_CERTIFICATES = True
MEMUSAGE_LIMIT_MB = 2048
LOG_LEVEL = "INFO"
# A run that emits nothing leaves no feed file (Scrapy opens a feed at its first item), and says so
# (newscrawl.extensions.emptyfeeds).
FEED_STORE_EMPTY = False

# --- Components ------------------------------------------------------------------------------------
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,  # depth is not a limit here: pagination is
}
DOWNLOADER_MIDDLEWARES = {
    # First: with ARCHIVE_REPLAY set, every request is answered from the web archive (README "Web archive").
    "newscrawl.archive.replay.ReplayMiddleware": 50,
    "newscrawl.middlewares.onsite.OnSiteOnlyMiddleware": 55,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.middlewares.retry.PoliteRetryMiddleware": 550,  # Scrapy's place for retries
    # Before HttpCompression (590) in the request order = after it on the way back: sees decoded bytes.
    "newscrawl.middlewares.encoding.TrueEncodingMiddleware": 580,
    # Around HttpCompression (590): before it on the way back (595) keeps the compressed bytes, after
    # it (585) checks the decoded body against them (newscrawl.middlewares.integrity).
    "newscrawl.middlewares.integrity.CompressedIntegrityMiddleware": 595,
    "newscrawl.middlewares.integrity.DecodedIntegrityMiddleware": 585,
    # Between Redirect (600) and Cookies (700): archives each response as received, redirects included.
    "newscrawl.archive.middleware.ArchiveMiddleware": 650,
}
ITEM_PIPELINES = {
    "newscrawl.pipelines.promo.PromoStripPipeline": 100,
    "newscrawl.pipelines.validate.ValidatePipeline": 200,
    "newscrawl.pipelines.dedup.DedupPipeline": 300,
    "newscrawl.pipelines.registry.RegistryPipeline": 400,
}
EXTENSIONS = {
    # The life of each article URL (newscrawl.articleurl), from the spider's signals: its failures
    # file, the run's account, and (after RunState has taken the lock) the registry's frontier.
    "newscrawl.ledger.FailureLedger": 400,
    "newscrawl.extensions.outcomes.ArticleOutcomes": 410,
    "newscrawl.extensions.health.ExtractionHealth": 500,
    "newscrawl.extensions.summary.RunSummary": 510,
    "newscrawl.extensions.runstate.RunState": 520,  # after health and summary: records their verdict
    "newscrawl.extensions.progress.Progress": 530,  # the run's start line and progress lines
    "scrapy.extensions.logstats.LogStats": None,  # pages/items per minute: Progress says more
    "newscrawl.extensions.emptyfeeds.EmptyFeeds": 540,
    "newscrawl.extensions.frontier.FrontierRecorder": 550,
    "newscrawl.extensions.gcfreeze.GcFreeze": 560,
}
GC_FREEZE_ENABLED = True
# `scrapy check week`: @path URLs follow WEEK_BASE_URL, @fresh forgets the run's de-duplication
# (newscrawl.contracts).
SPIDER_CONTRACTS = {"newscrawl.contracts.SitePathContract": 10, "newscrawl.contracts.FreshRunContract": 11}
ONSITE_ENABLED = True
ENCODING_FIX_ENABLED = True
INTEGRITY_ENABLED = True
PROMO_STRIP_ENABLED = True
PROMO_RULES_FILE = None  # None = the packaged newscrawl/rules/theweek_promos.toml
PROMO_TRACE = False  # True: each item carries what the cleaner removed (`scrapy extract` turns it on)
VALIDATE_ENABLED = True
VALIDATE_REQUIRED_FIELDS = ["url", "canonical_url", "title", "body", "published_at"]
VALIDATE_SCHEMA = True  # also check every item against newscrawl/schemas/article.schema.json
DEDUP_ENABLED = True
SUMMARY_ENABLED = True
HEALTH_ENABLED = True
HEALTH_MIN_ARTICLES = 1
HEALTH_MAX_MISSING = 0.10  # more than 10% of articles without a required field = layout drift
HEALTH_REQUIRED_FIELDS = ["title", "body", "published_at"]
PROGRESS_ENABLED = True
PROGRESS_INTERVAL = 60.0  # seconds between progress lines (0 = the start line only)
PROGRESS_BAR = True  # on a terminal, also a progress bar (tqdm); log files get the lines only

# --- Web archive (newscrawl.archive; README "Web archive") ----------------------------------------------
# Every fetched page as WARC 1.1 request/response records, one gzip member each, under ARCHIVE_DIR:
# `scrapy reextract` rebuilds records from it with today's rules, ARCHIVE_REPLAY crawls it offline.
ARCHIVE_ENABLED = True
ARCHIVE_DIR = None  # None = <NEWSCRAWL_STATE_DIR>/archive
ARCHIVE_DISCOVERY = True  # also listings, sitemaps, feeds and robots.txt (articles are always kept)
ARCHIVE_MAX_FILE_MB = 1024  # a run's archive rolls to a new file past this size
ARCHIVE_KEEP_DAYS = 0  # article archive files older than this are deleted when a run starts; 0 = keep all
# Listings, sitemaps and feeds go to their own files: hourly runs fetch them every time (about 20
# responses a run) and they matter for replay and debugging, not for re-extraction.
ARCHIVE_DISCOVERY_KEEP_DAYS = 31
# gzip level of a record whose body came uncompressed (an encoded body is stored as it came): on real
# 1.3 MB pages, 3 costs 2.4x less CPU than 6 for 13% more disk (benchmarks/RESULTS.md row (i)).
ARCHIVE_COMPRESSION_LEVEL = 3
ARCHIVE_REPLAY = None  # "latest" or a run id: answer every request from the archive, fetch nothing

# --- Scale-out (newscrawl.distributed; docs/distributed.md) ----------------------------------------
# Set REDIS_URL (redis://HOST:6379/0) and every worker started with it shares one frontier (scrapy-redis
# scheduler and dupefilter, with leases) and one article registry on that Redis server. Unset: one
# process on the local SQLite registry. Also read from the environment (NEWSCRAWL_REDIS_URL), which keeps
# a password out of the process list (deploy/newscrawl-worker.service).
REDIS_URL = os.environ.get("NEWSCRAWL_REDIS_URL") or None
ADDONS = {"newscrawl.backend.RedisBackend": 0}
FRONTIER_KEY_PREFIX = "newscrawl:%(spider)s"  # every key of the shared crawl and registry
FRONTIER_WORKER_ID = ""  # a worker's stable name; default: host name and state directory
FRONTIER_LEASE_SECONDS = 30  # a killed worker's requests go back to the queue this long after it died
FRONTIER_HEARTBEAT_SECONDS = 5  # lease renewal, reaping and the shared counters
FRONTIER_FINISHED_TTL = 7 * 24 * 3600  # a finished crawl's counters and dupefilter are kept this long
FRONTIER_REDIS_OUTAGE_SECONDS = 120  # how long a worker waits out a Redis restart before it stops
FRONTIER_PREFETCH = 8  # requests a worker pops ahead, in one round trip, so it never waits for Redis

# --- State and output ----------------------------------------------------------------------------------
NEWSCRAWL_STATE_DIR = ".newscrawl"  # registry.sqlite3, lock, runs/<run>/ (summary, rejects)
REGISTRY_ENABLED = True  # off: no incremental runs, every run emits everything it finds
REGISTRY_MAX_ATTEMPTS = 5  # runs that retry a failed article URL before it is left alone
# A crawl checks the registry at start (PRAGMA quick_check: a damaged one stops the run, exit 7) and
# backs it up into <NEWSCRAWL_STATE_DIR>/backups/ every this many runs (0 = never), keeping the newest few.
REGISTRY_BACKUP_EVERY = 24
REGISTRY_BACKUP_KEEP = 3
# Each run leaves runs/<run>/ (summary, rejects, failures) and, in the registry, the sitemap lastmods it
# read and its summary. A run keeps those of the newest RUNS_KEEP runs (a week of hourly runs) and of
# the last complete one, and deletes older ones (their row in `runs` stays); 0 = keep all.
RUNS_KEEP = 168
# Local feed files are written line by line straight to disk, so a killed run leaves whole lines only.
FEED_STORAGES = {
    "": "newscrawl.feedstorage.DurableFileFeedStorage",  # plain paths: -o out.jsonl
    "file": "newscrawl.feedstorage.DurableFileFeedStorage",
}
DURABLE_FEEDS_FSYNC = True
# --- Group commit (newscrawl.groupcommit): durability in batches, off the reactor thread -------------
# Feed and failures lines reach the kernel whole at once (a kill -9 loses none); every this many
# seconds, or once this many lines wait, they are fsynced in a thread, and only then are their
# articles recorded and the registry's transaction committed. 0 = fsync and commit every write at once.
GROUP_COMMIT_INTERVAL = 0.25
GROUP_COMMIT_LINES = 256
# --- Memory per URL (newscrawl.dupefilter): every request fingerprint in 8 bytes, not about 100 ------
DUPEFILTER_CLASS = "newscrawl.dupefilter.CompactDupeFilter"
# Scrapy's LIFO memory queue, but past this many requests per queue (one per priority) the oldest go
# to a file under <NEWSCRAWL_STATE_DIR>/spill/<run>/, removed at the end (newscrawl.spillqueue);
# 0 = all in memory. A sitemap yields a request (about 1 KB) for each URL it lists, all at once.
SCHEDULER_MEMORY_QUEUE = "newscrawl.spillqueue.SpillQueue"
SPILLQUEUE_MEMORY_REQUESTS = 2000
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = list(EXPORT_FIELDS)
# The per-run JSON Lines file written when the command line names no feed (-o/-O replace it).
NEWSCRAWL_DEFAULT_FEED = "data/week-%(time)s.jsonl"
# --- Notifications (newscrawl.notify): a failed, drifting or crashed run tells someone ----------------
NOTIFY_ON = ["failed", "drift", "crashed"]
NOTIFY_MAIL_TO: list[str] = []  # e-mail through MAIL_HOST, MAIL_PORT, MAIL_FROM, MAIL_USER, MAIL_PASS, ...
NOTIFY_WEBHOOK_URL = None  # a POST of the run's report as JSON
NOTIFY_TIMEOUT = 10.0
MAIL_FROM = "newscrawl@localhost"
# `scrapy export`: the progress bar appears on a terminal once an export has run this many seconds.
EXPORT_PROGRESS_DELAY = 1.0
