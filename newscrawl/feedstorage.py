"""DurableFileFeedStorage: Scrapy's local-file feed storage, made safe to kill.

Scrapy's FileFeedStorage writes through a buffered file object, so a kill -9 loses items already
counted and can leave a half-written last line (shared/reference/reliability.md §2.2, scrapy #1526).
Here every write goes straight to the kernel in one `write()`, so when Scrapy's FeedExporter returns
from writing an item, that line is whole in the file: a kill -9 cannot lose it. The fsync that makes
it survive a power cut comes with the crawl's next group commit (newscrawl.groupcommit, in a thread,
every GROUP_COMMIT_INTERVAL seconds), and the registry records the article as done only after that
fsync (newscrawl.pipelines.registry), so no article is "done but lost".
A line cut short anyway (disk full, power loss) is cut off at the next start: `repair_partial_line`.

Settings: DURABLE_FEEDS_FSYNC (default True). Installed through Scrapy's FEED_STORAGES for `file`.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, cast

from scrapy.extensions.feedexport import FileFeedStorage

from newscrawl.backend import registry_for
from newscrawl.groupcommit import commit_for
from newscrawl.state import run_id
from newscrawl.storagefault import latch_for

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from newscrawl.groupcommit import GroupCommit
    from newscrawl.storagefault import FaultLatch

logger = logging.getLogger(__name__)

# Scrapy's names for JSON Lines: "jsonlines", and "jsonl" when inferred from `-o out.jsonl`.
JSONL_FORMATS = frozenset({"jsonlines", "jsonl"})


class LineDurableFile(io.FileIO):
    """An unbuffered file whose every write() reaches the kernel whole, then (optionally) the disk:
    at once (`fsync`), or with the crawl's next group commit (`commit`, which then decides).

    With a `guard` (the crawl's newscrawl.storagefault latch), a write that fails (disk full, I/O
    error) is cut back off the file, so no partial line stays, and reported to the guard instead of
    raised; once the guard has tripped, lines are refused. Either way the line is not recorded in the
    registry, which records nothing after the fault."""

    def __init__(
        self,
        path: Path,
        mode: str,
        fsync: bool,
        guard: FaultLatch | None = None,
        commit: GroupCommit | None = None,
    ):
        super().__init__(path, mode)
        self.path = path
        self.fsync = fsync
        self.guard = guard
        self.commit = commit

    def write(self, data: ReadableBuffer, /) -> int:
        view = memoryview(data).cast("B")
        if self.guard is None:
            return self._write_whole(view)
        if self.guard.tripped:
            return len(view)
        start = os.fstat(self.fileno()).st_size
        try:
            return self._write_whole(view)
        except OSError as exc:
            self._cut_back(start)
            self.guard.trip(self.path, exc)
            return len(view)

    def _write_whole(self, view: memoryview) -> int:
        written = 0
        while written < len(view):
            written += super().write(view[written:]) or 0
        if self.commit is not None:
            self.commit.written(self)
        elif self.fsync:
            os.fsync(self.fileno())
        return written

    def close(self) -> None:
        if not self.closed and self.commit is not None:
            try:
                self.commit.closing(self)  # the lines still waiting for a cycle are fsynced now
            except OSError as exc:
                if self.guard is None:
                    raise
                self.guard.trip(self.path, exc)
        super().close()

    def _cut_back(self, size: int) -> None:
        try:
            os.ftruncate(self.fileno(), size)  # frees space: works on a full disk
        except OSError:
            logger.warning("%s: could not cut a failed write back; the next run repairs it", self.path)


def fsync_path(path: Path) -> None:
    """Make a file's bytes, or a directory's entries (a file just created in it), survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def repair_partial_line(path: Path) -> int:
    """Cut a file back to its last complete line; returns the number of bytes removed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("r+b") as file:
        file.seek(-1, os.SEEK_END)
        if file.read(1) == b"\n":
            return 0
        keep = 0
        chunk = 64 * 1024
        end = size
        while end > 0 and not keep:
            start = max(0, end - chunk)
            file.seek(start)
            block = file.read(end - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
            end = start
        file.truncate(keep)
        file.flush()
        os.fsync(file.fileno())
    removed = size - keep
    logger.warning("Repaired %s: removed a partial last line of %d bytes", path, removed)
    return removed


class DurableFileFeedStorage(FileFeedStorage):
    def __init__(
        self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler | None = None
    ):
        super().__init__(uri, feed_options=feed_options)
        self.format = str((feed_options or {}).get("format") or "")
        self.crawler = crawler
        self.fsync = True if crawler is None else crawler.settings.getbool("DURABLE_FEEDS_FSYNC", True)

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None) -> Self:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        guard = latch_for(self.crawler) if self.crawler is not None else None
        try:
            return self._open(guard)
        except OSError as exc:
            if guard is None:
                raise
            guard.trip(self.path, exc)
            return io.BytesIO()  # nothing reaches the disk, and nothing is recorded: the guard has tripped

    def _open(self, guard: FaultLatch | None) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.write_mode == "ab" and self.format in JSONL_FORMATS:
            repair_partial_line(path)
        if self.crawler is not None and self.crawler.settings.getbool("REGISTRY_ENABLED"):
            # Remembered so that, should this run be killed, the next one can repair and reconcile it.
            registry_for(self.crawler).record_output(run_id(self.crawler), path.resolve(), self.format)
        commit = commit_for(self.crawler) if self.crawler is not None else None
        mode = self.write_mode.replace("b", "")
        file = LineDurableFile(path, mode, self.fsync, guard, commit)
        if self.fsync:
            # The file's name must survive a power cut too, or its fsynced lines go with it.
            fsync_path(path.parent)
        return cast("IO[bytes]", file)
