"""Exit statuses of `scrapy crawl` and of the registry commands (README "Exit status").

Each failure a scheduler should tell apart has its own status, always with one line saying why.
"""

OK = 0
CANNOT_START = 1  # Scrapy's own meaning; also: the Redis server of REDIS_URL does not answer
BAD_INPUT = 2  # a malformed setting or spider argument, an unknown argument (a usage error)
UNHEALTHY = 3  # the crawl ran but looks wrong: layout drift, no article, blocked (ExtractionHealth)
LOCKED = 4  # another crawl holds the state directory: nothing was done
SITE_UNREACHABLE = 5  # the site did not answer at all (DNS, refused, TLS, timeout): nothing was done
STORAGE_FAULT = 6  # a write to the state directory or a feed failed (disk full, I/O error)
REGISTRY_DAMAGED = 7  # PRAGMA quick_check failed: restore or rebuild it (scrapy registry)
