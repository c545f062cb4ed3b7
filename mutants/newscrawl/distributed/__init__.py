"""Several workers, one frontier: the crawl on scrapy-redis and a real Redis server (REDIS_URL)."""
