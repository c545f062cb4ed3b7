"""Dataset files: JSON Lines, CSV and Parquet, by the path's extension, optionally .gz or .zst.

- Atomic: a dataset is written to a hidden temporary file beside the target, fsynced, then renamed
  over it (`os.replace`), so a half-written file never stands at the target path.
- Deterministic: same records, same bytes. gzip headers carry no name or time; JSON keys and CSV
  columns follow the schema's order; Parquet row groups have a fixed size.
- Streaming: records are written as they come; Parquet buffers one row group (1,000 rows) at a time.

CSV cells: lists (authors, tags) as JSON arrays, null as the empty string.
Parquet columns: strings, list<string>, int64, and timestamp[ms, UTC] for the three times.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
from dataclasses import dataclass
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any, Protocol, cast

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from newscrawl.items import EXPORT_FIELDS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet")
COMPRESSIONS = {"gz": "gzip", "zst": "zstd"}
LIST_FIELDS = frozenset({"authors", "tags"})
INT_FIELDS = frozenset({"word_count", "version"})
BOOL_FIELDS = frozenset({"reextracted"})
TIME_FIELDS = frozenset({"published_at", "modified_at", "fetched_at"})
ROW_GROUP = 1_000  # rows per Parquet row group: bounds the export's memory (about 5 MB of text per group)
ZSTD_LEVEL = 10


@dataclass(frozen=True, slots=True)
class Target:
    format: str  # jsonl, csv or parquet
    compression: str | None  # gzip, zstd or None


def target_of(path: Path) -> Target:
    """The format and compression a path asks for, or a ValueError that says which are possible."""
    suffixes = [suffix.lstrip(".").lower() for suffix in path.suffixes[-2:]]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    base = suffixes[-2] if compression and len(suffixes) == 2 else (suffixes[-1] if suffixes else "")
    if base not in FORMATS or (compression and base == "parquet"):
        raise ValueError(
            f"{path.name}: the extension names the format: .jsonl, .csv or .parquet, "
            "and .gz or .zst after .jsonl or .csv"
        )
    return Target(base, compression)


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; renamed over it only when the block completes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield temporary
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        temporary.replace(path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    finally:
        temporary.unlink(missing_ok=True)


class RecordWriter(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


def open_writer(path: Path, target: Target, metadata: dict[str, str] | None = None) -> RecordWriter:
    """A writer for the target's format; `metadata` goes into the Parquet schema (other formats have none)."""
    if target.format == "parquet":
        return ParquetRecordWriter(path, metadata)
    stream = _compressed(path.open("wb"), target.compression)
    if target.format == "csv":
        return CsvRecordWriter(stream)
    return JsonlRecordWriter(stream)


def _compressed(raw: IO[bytes], compression: str | None) -> IO[bytes]:
    if compression == "gzip":
        # No file name and a zero mtime in the header: the same records give the same bytes.
        return cast("IO[bytes]", _Wrapped(gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0), raw))
    if compression == "zstd":
        writer = zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(raw, closefd=True)
        return cast("IO[bytes]", _Wrapped(writer, None))
    return raw


class _Wrapped(io.RawIOBase):
    """A write-only binary stream over a compressor that also closes the file underneath."""

    def __init__(self, inner: Any, raw: IO[bytes] | None):
        super().__init__()
        self.inner = inner
        self.raw = raw

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.inner.write(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self.inner.close()
            if self.raw is not None:
                self.raw.close()
        super().close()


def ordered(record: dict[str, Any]) -> dict[str, Any]:
    return {name: record.get(name) for name in EXPORT_FIELDS}


class JsonlRecordWriter:
    def __init__(self, stream: IO[bytes]):
        self.stream = (
            io.BufferedWriter(stream, buffer_size=1 << 20) if isinstance(stream, _Wrapped) else stream
        )

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(ordered(record), ensure_ascii=False).encode() + b"\n")

    def close(self) -> None:
        self.stream.close()


class CsvRecordWriter:
    def __init__(self, stream: IO[bytes]):
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        self.writer = csv.writer(self.text)
        self.writer.writerow(EXPORT_FIELDS)

    def write(self, record: dict[str, Any]) -> None:
        self.writer.writerow([csv_cell(name, record.get(name)) for name in EXPORT_FIELDS])

    def close(self) -> None:
        self.text.close()


def csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in LIST_FIELDS or name in BOOL_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def arrow_schema() -> pa.Schema:
    fields = []
    for name in EXPORT_FIELDS:
        if name in LIST_FIELDS:
            kind: pa.DataType = pa.list_(pa.string())
        elif name in INT_FIELDS:
            kind = pa.int64()
        elif name in TIME_FIELDS:
            kind = pa.timestamp("ms", tz="UTC")  # Parquet has no second unit
        elif name in BOOL_FIELDS:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


class ParquetRecordWriter:
    def __init__(self, path: Path, metadata: dict[str, str] | None = None):
        self.schema = arrow_schema().with_metadata(metadata or {})
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.columns: dict[str, list[Any]] = {name: [] for name in EXPORT_FIELDS}
        self.buffered = 0

    def write(self, record: dict[str, Any]) -> None:
        for name in EXPORT_FIELDS:
            value = record.get(name)
            if name in TIME_FIELDS and value is not None:
                value = datetime.fromisoformat(value)
            self.columns[name].append(value)
        self.buffered += 1
        if self.buffered >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.buffered:
            self.writer.write_table(pa.Table.from_pydict(self.columns, schema=self.schema))
            self.columns = {name: [] for name in EXPORT_FIELDS}
            self.buffered = 0

    def close(self) -> None:
        self._flush()
        self.writer.close()
