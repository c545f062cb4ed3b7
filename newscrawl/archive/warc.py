"""Web archive files: what the crawler fetched, byte for byte, as WARC 1.1 (no Scrapy here).

Layout: one directory (ARCHIVE_DIR), one or more files per run and kind, `<run>-<seq>.warc.gz` for
article pages and `<run>-discovery-<seq>.warc.gz` for listings, sitemaps and feeds (kept for less
long), each beside its index `….warc.gz.idx`. warcio builds the records (request and response, digests, headers);
each record is its own gzip member, so any reader can start at an indexed offset.

Crash safety: an exchange (request + response record) is appended with one write, and only then its
index line. The index is the commit log: a record past the last indexed one was being written when the
process died. Readers list only whole index lines, so they never see such a tail; `repair`, run by the
next crawl at start, cuts it (and a half-written index line) back to the last whole exchange.
"""

from __future__ import annotations

import io
import json
import os
import re
import zlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.state import state_path

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from scrapy.settings import BaseSettings

SUFFIX = ".warc.gz"
RUN_OF_FILE = re.compile(r"(?:-discovery)?-\d{5}\.warc\.gz$")  # <run>[-discovery]-00001.warc.gz
INDEX_SUFFIX = ".idx"
WARC_VERSION = "WARC/1.1"
# Hop-by-hop framing the downloader has already undone: the stored payload is de-chunked, so a reader
# that saw `Transfer-Encoding: chunked` would try to de-chunk it again (and fail the digest check).
FRAMING_HEADERS = frozenset({b"transfer-encoding", b"content-length"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One archived exchange, as its index line holds it: enough to find and replay the response."""

    url: str
    date: str  # WARC-Date of the response (UTC, ISO 8601)
    status: int
    kind: str  # "article" or "discovery" (listings, sitemaps, feeds, robots.txt)
    run: str
    file: str  # name within the archive directory
    offset: int  # of the response record's gzip member
    length: int  # of that member
    end: int  # where the exchange ends in the file: the next one starts here
    record_id: str


@dataclass(frozen=True, slots=True)
class Capture:
    """An archived response: status, headers as received (payload still content-encoded), payload."""

    entry: Entry
    headers: list[tuple[str, str]]
    body: bytes


def content_encoded(headers: Sequence[tuple[bytes, bytes]]) -> bool:
    """Whether the body is content-encoded (compressed by the server)."""
    return any(
        name.lower() == b"content-encoding" and value.strip().lower() not in {b"", b"identity"}
        for name, value in headers
    )


def gzip_member(data: bytes, level: int) -> bytes:
    """One gzip member (RFC 1952) holding `data`: how WARC files are compressed record by record."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return compressor.compress(data) + compressor.flush()


class ArchiveWriter:
    """Appends exchanges to a run's archive files, rolling to a new file past `max_bytes`.

    Files are named `<run>[-<label>]-<seq>.warc.gz` and opened on the first exchange, so a run that
    fetches nothing leaves none."""

    def __init__(self, directory: Path, run: str, max_bytes: int, level: int, software: str, label: str = ""):
        self.directory = directory
        self.run = run
        self.stem = f"{run}-{label}" if label else run
        self.max_bytes = max_bytes
        self.level = level
        self.software = software
        self.builder = WARCWriter(io.BytesIO(), gzip=False, warc_version=WARC_VERSION)
        self.sequence = 0
        self.name = ""
        self.data_fd = -1
        self.index_fd = -1
        self.size = 0
        self.bytes_written = 0

    def write_exchange(
        self,
        url: str,
        method: str,
        request_headers: Sequence[tuple[str, str]],
        status: int,
        response_headers: Sequence[tuple[bytes, bytes]],
        body: bytes,
        kind: str,
    ) -> Entry:
        if self.data_fd < 0 or self.size >= self.max_bytes:
            self._roll()
        date = datetime.now(UTC)
        warc_date = date.isoformat(timespec="microseconds").replace("+00:00", "Z")
        response = self._response(url, status, response_headers, body, warc_date)
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        request = self._request(url, method, request_headers, warc_date, record_id)
        request_member = gzip_member(self._serialise(request), self.level)
        # A gzip- or brotli-encoded body (what the live site sends) does not shrink again: deflating it
        # would cost about 7 ms per real-weight page for nothing, so its record is stored (level 0).
        level = 0 if content_encoded(response_headers) else self.level
        response_member = gzip_member(self._serialise(response), level)
        offset = self.size + len(request_member)
        end = offset + len(response_member)
        entry = Entry(url, warc_date, status, kind, self.run, self.name, offset, len(response_member), end,
                      record_id)  # fmt: skip
        _write_all(self.data_fd, request_member + response_member)
        _write_all(self.index_fd, (json.dumps(asdict(entry), separators=(",", ":")) + "\n").encode())
        self.size = end
        self.bytes_written += len(request_member) + len(response_member)
        return entry

    def close(self) -> None:
        """Make the files durable (a killed process loses nothing written; this covers power loss)."""
        for fd in (self.data_fd, self.index_fd):
            if fd >= 0:
                os.fsync(fd)
                os.close(fd)
        self.data_fd = self.index_fd = -1

    def _roll(self) -> None:
        self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            self.sequence += 1
            self.name = f"{self.stem}-{self.sequence:05d}{SUFFIX}"
            if not (self.directory / self.name).exists():
                break
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_EXCL
        self.data_fd = os.open(self.directory / self.name, flags, 0o600)
        self.index_fd = os.open(self.directory / (self.name + INDEX_SUFFIX), flags, 0o600)
        info = self.builder.create_warcinfo_record(
            self.name, {"software": self.software, "format": "WARC File Format 1.1", "isPartOf": self.run}
        )
        member = gzip_member(self._serialise(info), self.level)
        _write_all(self.data_fd, member)
        self.size = len(member)

    def _response(
        self, url: str, status: int, headers: Sequence[tuple[bytes, bytes]], body: bytes, date: str
    ) -> Any:
        fields = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in headers
            if name.lower() not in FRAMING_HEADERS
        ]
        fields.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {_reason(status)}", fields, protocol="HTTP/1.1")
        return self.builder.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip

    def _request(
        self, url: str, method: str, headers: Sequence[tuple[str, str]], date: str, response_id: str
    ) -> Any:
        target = url.split("://", 1)[-1]
        path = "/" + target.split("/", 1)[1] if "/" in target else "/"
        http = StatusAndHeaders(
            f"{method} {path.split('#')[0]} HTTP/1.1", list(headers), is_http_request=True
        )
        return self.builder.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0, http_headers=http,
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response_id},
        )  # fmt: skip

    def _serialise(self, record: Any) -> bytes:
        """The record uncompressed (compressed here, at our level: warcio's own gzip is level 9)."""
        out = io.BytesIO()
        WARCWriter(out, gzip=False, warc_version=WARC_VERSION).write_record(record)
        return out.getvalue()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


# --- Reading --------------------------------------------------------------------------------------------


def archive_dir(settings: BaseSettings) -> Path:
    """ARCHIVE_DIR, by default <NEWSCRAWL_STATE_DIR>/archive."""
    return Path(settings.get("ARCHIVE_DIR") or state_path(settings) / "archive")


def archived_runs(directory: Path) -> list[str]:
    """The run ids the archive holds files of, oldest first (read from the file names alone)."""
    return sorted({RUN_OF_FILE.sub("", path.name) for path in archive_files(directory)})


def archive_files(directory: Path) -> list[Path]:
    """The archive files, oldest run first (run ids start with their UTC start time)."""
    return sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else []


def repair(path: Path) -> int:
    """Cut what a killed writer left half-written: a partial index line, and any bytes past the last
    indexed exchange; a file with no indexed exchange holds nothing committed and is deleted with its
    index. Returns the number of bytes cut. Only a crawl starting (ArchiveMiddleware, under the run
    lock) repairs: a reader that cut the tail of a file another crawl is appending to would break it."""
    index = path.with_name(path.name + INDEX_SUFFIX)
    lines = _whole_lines(index)
    size = path.stat().st_size
    if not lines:
        path.unlink()
        index.unlink(missing_ok=True)
        return size
    whole = b"".join(lines)
    if index.stat().st_size != len(whole):
        with index.open("r+b") as handle:
            handle.truncate(len(whole))
    end = int(json.loads(lines[-1])["end"])
    if size <= end:
        return 0
    with path.open("r+b") as handle:
        handle.truncate(end)
    return size - end


def _whole_lines(index: Path) -> list[bytes]:
    """The index's lines that were written whole (a kill can leave the last one cut)."""
    raw = index.read_bytes() if index.exists() else b""
    return raw[: raw.rfind(b"\n") + 1].splitlines(keepends=True)


def entries(directory: Path, runs: Iterable[str] | None = None) -> Iterator[Entry]:
    """Every indexed exchange, file by file in run order. The index is the commit log: what it lists
    is whole, so reading needs no repair (and safely runs beside a crawl that is writing)."""
    wanted = set(runs) if runs is not None else None
    for path in archive_files(directory):
        if wanted is not None and not any(path.name.startswith(f"{run}-") for run in wanted):
            continue
        for line in _whole_lines(path.with_name(path.name + INDEX_SUFFIX)):
            yield Entry(**json.loads(line))


def latest(found: Iterable[Entry], kind: str | None = None) -> dict[str, Entry]:
    """The newest capture of each URL (a later run, or later in a run, wins)."""
    newest: dict[str, Entry] = {}
    for entry in found:
        if kind is None or entry.kind == kind:
            newest.pop(entry.url, None)
            newest[entry.url] = entry
    return newest


def read_capture(directory: Path, entry: Entry) -> Capture:
    """The response of an indexed exchange, its payload as it came over the wire (still encoded)."""
    with (directory / entry.file).open("rb") as handle:
        handle.seek(entry.offset)
        record = next(iter(ArchiveIterator(handle)))
        http = record.http_headers
        headers = list(http.headers) if http is not None else []
        body = record.raw_stream.read()
    return Capture(entry, headers, body)


class ArchiveReader:
    """Lookups over an archive directory: the latest capture of each URL, or of one run's."""

    def __init__(self, directory: Path, run: str | None = None):
        self.directory = directory
        self.by_url = latest(entries(directory, [run] if run else None))

    def get(self, url: str) -> Entry | None:
        return self.by_url.get(url)

    def capture(self, entry: Entry) -> Capture:
        return read_capture(self.directory, entry)
