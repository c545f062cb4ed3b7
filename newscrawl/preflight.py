"""The crawl's settings and spider arguments, checked before anything starts.

`scrapy crawl` runs these checks before Scrapy sets up logging or builds the crawler, so a mistake
costs one line on stderr, naming the setting or argument and what it accepts, and exit status 2
(newscrawl.commands.crawl), never a traceback from deep inside a component's start-up.
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newscrawl.archive.warc import archive_dir, archived_runs
from newscrawl.cleaning import DEFAULT_RULES_FILE, RulesError, load_rules

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

# Our own numeric and boolean settings, and the Scrapy ones a scheduler is likely to pass with -s.
WHOLE_NUMBERS = (
    "WEEK_MAX_PAGES", "WEEK_SITEMAP_RECENT_MONTHS", "REGISTRY_MAX_ATTEMPTS", "REGISTRY_BACKUP_EVERY",
    "REGISTRY_BACKUP_KEEP", "RUNS_KEEP", "HEALTH_MIN_ARTICLES", "RETRY_TIMES", "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS", "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE",
    "MEMUSAGE_LIMIT_MB", "MAIL_PORT", "ARCHIVE_MAX_FILE_MB", "ARCHIVE_COMPRESSION_LEVEL", "FRONTIER_PREFETCH",
    "GROUP_COMMIT_LINES", "SPILLQUEUE_MEMORY_REQUESTS",
)  # fmt: skip
NUMBERS = (
    "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "SITE_PROBE_TIMEOUT", "HEALTH_MAX_MISSING", "RETRY_BACKOFF_BASE",
    "RETRY_BACKOFF_MAX", "RETRY_AFTER_MAX", "RETRY_MAX_TOTAL_WAIT", "RETRY_SLOWDOWN_MAX_DELAY",
    "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_TARGET_CONCURRENCY",
    "FRONTIER_LEASE_SECONDS", "FRONTIER_HEARTBEAT_SECONDS", "FRONTIER_REDIS_OUTAGE_SECONDS", "NOTIFY_TIMEOUT",
    "PROGRESS_INTERVAL", "ARCHIVE_KEEP_DAYS", "ARCHIVE_DISCOVERY_KEEP_DAYS",
    "GROUP_COMMIT_INTERVAL",
)  # fmt: skip
SWITCHES = (
    "ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "REGISTRY_ENABLED", "PROMO_STRIP_ENABLED", "PROMO_TRACE",
    "VALIDATE_ENABLED", "VALIDATE_SCHEMA", "DEDUP_ENABLED", "SUMMARY_ENABLED", "HEALTH_ENABLED",
    "ONSITE_ENABLED", "ENCODING_FIX_ENABLED", "INTEGRITY_ENABLED", "DURABLE_FEEDS_FSYNC", "MAIL_TLS", "MAIL_SSL",
    "PROGRESS_ENABLED", "PROGRESS_BAR", "ARCHIVE_ENABLED", "ARCHIVE_DISCOVERY", "GC_FREEZE_ENABLED",
)  # fmt: skip


class BadInput(ValueError):
    """A setting or argument the crawl cannot run with; the message is the one line users see."""


def check_settings(settings: BaseSettings) -> None:
    """Raise BadInput for the first setting that is malformed."""
    check_base_url(settings.get("WEEK_BASE_URL"))
    for name in WHOLE_NUMBERS:
        _whole_number(name, settings.get(name))
    for name in NUMBERS:
        _number(name, settings.get(name))
    for name in SWITCHES:
        try:
            settings.getbool(name)
        except ValueError:
            raise BadInput(
                f"setting {name} must be True or False (1/0), got {settings.get(name)!r}"
            ) from None
    _rules_file(settings.get("PROMO_RULES_FILE"))
    _archive(settings)


def check_base_url(value: Any) -> None:
    parts = urlsplit(str(value or ""))
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if parts.scheme not in {"http", "https"} or not parts.hostname or not port_ok:
        raise BadInput(
            f"setting WEEK_BASE_URL must be the site's root as an http(s) URL, such as "
            f"https://theweek.com, got {value!r}"
        )


def _whole_number(name: str, value: Any) -> None:
    try:
        number = int(value) if value is not None else 0
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise BadInput(f"setting {name} must be a whole number >= 0, got {value!r}")


def _number(name: str, value: Any) -> None:
    try:
        number = float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        number = -1.0
    if not number >= 0:  # also refuses NaN
        raise BadInput(f"setting {name} must be a number >= 0, got {value!r}")


def _archive(settings: BaseSettings) -> None:
    level = settings.get("ARCHIVE_COMPRESSION_LEVEL")
    if int(level or 0) > 9:
        raise BadInput(f"setting ARCHIVE_COMPRESSION_LEVEL must be a gzip level from 0 to 9, got {level!r}")
    replay = settings.get("ARCHIVE_REPLAY")
    if not replay:
        return
    directory = archive_dir(settings)
    runs = archived_runs(directory)
    if not runs:
        raise BadInput(f"setting ARCHIVE_REPLAY={replay}: no web archive in {directory} (set ARCHIVE_DIR?)")
    if replay != "latest" and replay not in runs:
        shown = ", ".join(runs[-3:])
        raise BadInput(
            f"setting ARCHIVE_REPLAY={replay!r}: no such run in {directory}; latest runs: {shown}, or 'latest'"
        )


def _rules_file(value: Any) -> None:
    if not value:
        return  # the packaged rules, checked by the tests
    try:
        load_rules(str(value))
    except FileNotFoundError:
        raise BadInput(
            f"setting PROMO_RULES_FILE names no file: {value!r} (unset it for the packaged "
            f"{DEFAULT_RULES_FILE.name})"
        ) from None
    except OSError as exc:
        raise BadInput(f"setting PROMO_RULES_FILE cannot be read: {value!r} ({exc.strerror})") from None
    except (RulesError, tomllib.TOMLDecodeError) as exc:
        raise BadInput(f"setting PROMO_RULES_FILE {value!r} is not a valid rules file: {exc}") from None
