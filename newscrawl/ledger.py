"""FailureLedger: every article URL that ends in failure, with its final reason (newscrawl.failures),
in `<NEWSCRAWL_STATE_DIR>/runs/<run>/failures.jsonl` (url, key, reason, status, attempts, at).

It listens to newscrawl.articleurl.article_failed, the signal the spider and the outcome counter send.
Each line reaches the kernel whole in one write() (newscrawl.feedstorage.LineDurableFile) and is
fsynced with the crawl's next group commit (newscrawl.groupcommit). A failed write (disk full) is cut
back and reported to the run's fault latch (newscrawl.storagefault), which stops the crawl.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals

from newscrawl import articleurl
from newscrawl.feedstorage import LineDurableFile
from newscrawl.groupcommit import commit_for
from newscrawl.state import run_path
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy import Request
    from scrapy.crawler import Crawler

FILENAME = "failures.jsonl"


class FailureLedger:
    """An extension, always on: the failures file is part of the run's account (RunSummary)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.file: LineDurableFile | None = None
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ledger = cls(crawler)
        crawler.signals.connect(ledger.article_failed, signal=articleurl.article_failed)
        crawler.signals.connect(ledger.close, signal=signals.engine_stopped)
        return ledger

    @property
    def path(self) -> Path:
        return run_path(self.crawler) / FILENAME

    def article_failed(self, request: Request | None, reason: str, status: int | None) -> None:
        if request is None:
            return  # nothing to name: counted (newscrawl.extensions.outcomes), not listed
        attempts = int(request.meta.get("retry_times", 0)) + 1
        self.record(request.url, request.meta.get(articleurl.DISCOVERED_URL), reason, status, attempts)

    def record(self, url: str, key: str | None, reason: str, status: int | None, attempts: int) -> None:
        guard = latch_for(self.crawler)
        if guard.tripped:
            return
        entry: dict[str, Any] = {"url": url, "key": key, "reason": reason, "status": status, "attempts": attempts,
                                 "at": datetime.now(UTC).replace(microsecond=0).isoformat()}  # fmt: skip
        try:
            if self.file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                self.file = LineDurableFile(self.path, "a", True, guard, commit_for(self.crawler))
        except OSError as exc:
            guard.trip(self.path, exc)
            return
        self.file.write((json.dumps(entry, ensure_ascii=False) + "\n").encode())  # a failure trips the guard
        if not guard.tripped:
            self.count += 1

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
