"""The Redis client every distributed component uses: REDIS_URL, and riding out a Redis restart.

scrapy-redis's own client gives up at the first refused connection and the spider dies with it
(scrapy-redis #108, reliability.md §2.3). Here every command is retried with exponential backoff
for about FRONTIER_REDIS_OUTAGE_SECONDS (the backoff adds up to that; each attempt can also wait
for its connect or socket timeout), so a Redis restart or fail-over pauses the workers instead of
killing them. A crawl's commands wait in its RedisPipe's thread (newscrawl.distributed.pipe): the
reactor goes on with the requests it holds, and waits only where it needs an answer (a registry
lookup). Past the bound the scheduler logs the error and carries on as if the queue were empty; it
never lets the worker close as finished while Redis cannot say the crawl is drained.
"""

from __future__ import annotations

import socket
import threading
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from newscrawl.distributed.pipe import RedisPipe
from newscrawl.state import redis_url, state_dir

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

    from newscrawl.distributed.registry import RedisRegistry

# A command (not a crawl) says within seconds that Redis does not answer: a wrong address or password
# should not look like a restart to wait out.
COMMAND_OUTAGE_SECONDS = 3.0
BACKOFF_CAP = 2.0  # seconds between attempts once backed off
BACKOFF_BASE = 0.05


def redacted(url: str) -> str:
    """The Redis URL without its password (in the user info or a `password=` query), for logs."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    query = urlencode(
        [(name, "***" if name == "password" else value) for name, value in parse_qsl(parts.query)], safe="*"
    )
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def client(url: str, outage_seconds: float = 120.0) -> redis.Redis:
    """A client for `url` whose commands survive up to `outage_seconds` without Redis."""
    retry = Retry(ExponentialBackoff(cap=BACKOFF_CAP, base=BACKOFF_BASE), retries=attempts(outage_seconds))
    return redis.Redis.from_url(
        url,
        retry=retry,
        retry_on_error=[redis.ConnectionError, redis.TimeoutError, ConnectionError],
        socket_timeout=10,  # a hung server costs at most this per attempt
        socket_connect_timeout=5,
        health_check_interval=30,
    )


def client_from_settings(settings: BaseSettings, outage_seconds: float | None = None) -> redis.Redis:
    """A client for REDIS_URL; `outage_seconds` defaults to FRONTIER_REDIS_OUTAGE_SECONDS (a crawl's
    budget), the commands pass COMMAND_OUTAGE_SECONDS."""
    url = redis_url(settings)
    if url is None:
        raise ValueError("REDIS_URL is not set")
    if outage_seconds is None:
        outage_seconds = settings.getfloat("FRONTIER_REDIS_OUTAGE_SECONDS")
    return client(url, outage_seconds)


def unreachable(settings: BaseSettings, exc: Exception) -> str:
    """The one line a command prints when Redis does not answer."""
    return f"newscrawl: Redis at {redacted(str(redis_url(settings)))} unreachable: {exc}"


def key_prefix(settings: BaseSettings, spider: str = "week") -> str:
    """FRONTIER_KEY_PREFIX for a spider: the namespace of its shared crawl and registry."""
    return str(settings.get("FRONTIER_KEY_PREFIX")) % {"spider": spider}


def shared_registry(
    settings: BaseSettings, worker: str = "", spider: str = "week", outage_seconds: float | None = None
) -> RedisRegistry:
    """The shared registry on REDIS_URL. A worker's (a crawl's: `worker` given, from
    newscrawl.backend.registry_for) sends through the process's RedisPipe, with the frontier's
    commands; the commands' (no worker) call Redis directly."""
    from newscrawl.distributed.registry import RedisRegistry

    prefix = f"{key_prefix(settings, spider)}:registry"
    if worker:
        pipe = pipe_for(settings)
        return RedisRegistry(pipe.client, prefix, worker, pipe)
    return RedisRegistry(client_from_settings(settings, outage_seconds), prefix, worker)


_PIPES: dict[tuple[str, float], RedisPipe] = {}
_PIPES_LOCK = threading.Lock()


def pipe_for(settings: BaseSettings) -> RedisPipe:
    """The process's RedisPipe to REDIS_URL, shared by the crawl's scheduler and registry so that
    their commands reach Redis in the order they were made (newscrawl.distributed.pipe). Acquired
    for the caller, who releases it once done; the last release stops it."""
    url = redis_url(settings)
    if url is None:
        raise ValueError("REDIS_URL is not set")
    key = (url, settings.getfloat("FRONTIER_REDIS_OUTAGE_SECONDS"))
    with _PIPES_LOCK:
        pipe = _PIPES.get(key)
        if pipe is None or pipe.closed:
            pipe = _PIPES[key] = RedisPipe(client(*key))
        pipe.acquire()
    return pipe


def worker_id(crawler: Crawler) -> str:
    """A worker's stable name (FRONTIER_WORKER_ID, else host and state directory): its runs in the
    shared registry are the ones it repairs after a crash."""
    configured = crawler.settings.get("FRONTIER_WORKER_ID")
    return str(configured) if configured else f"{socket.gethostname()}:{state_dir(crawler).resolve()}"


def attempts(outage_seconds: float) -> int:
    """Retries whose backoff adds up to at least `outage_seconds`."""
    total, delay, count = 0.0, BACKOFF_BASE, 0
    while total < outage_seconds:
        delay = min(BACKOFF_CAP, delay * 2)
        total += delay
        count += 1
    return max(count, 1)
