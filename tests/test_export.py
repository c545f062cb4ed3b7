"""`scrapy export`: formats round-trip, selection, determinism, atomic writes, manifest, schema, CLI."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq
import pytest
import zstandard
from jsonschema import Draft202012Validator

from newscrawl.export.dataset import export_dataset, manifest_path
from newscrawl.export.formats import atomic_path, target_of
from newscrawl.export.select import Selection
from newscrawl.items import EXPORT_FIELDS
from newscrawl.itemschema import SCHEMA_FILE, schema
from newscrawl.registry import Registry
from tests.crawling import PROJECT, crawl_env

if TYPE_CHECKING:
    from pathlib import Path

SECTIONS = ("Politics", "Business", "Science", "Culture & Life")
TYPES = ("Speed Read", "The Explainer", "Instant Opinion")
FORMATS = ("jsonl", "jsonl.gz", "jsonl.zst", "csv", "csv.gz", "csv.zst", "parquet")


def record(n: int, version: int = 1) -> dict[str, Any]:
    body = f"Paragraph one of article {n}, with “quotes”, commas, and a newline below.\n\nSecond, é ü 中文 paragraph."
    if version > 1:
        body += f"\n\nUpdate {version}."
    day = 1 + n % 28
    return {
        "url": f"https://theweek.com/politics/article-{n}?utm_source=x",
        "canonical_url": f"https://theweek.com/politics/article-{n:03d}",
        "title": f"Article {n}: a title, with a comma",
        "standfirst": None if n % 5 == 0 else f"Standfirst {n}",
        "authors": [] if n % 7 == 0 else [f"Author {n % 4}", "The Week Staff"][: 1 + n % 2],
        "published_at": f"2026-0{1 + n % 6}-{day:02d}T{n % 24:02d}:15:00+00:00",
        "modified_at": None if n % 3 else f"2026-07-{day:02d}T10:00:00+00:00",
        "section": SECTIONS[n % len(SECTIONS)],
        "article_type": TYPES[n % len(TYPES)],
        "tags": [f"tag-{n % 3}", "Politics"] if n % 2 else [],
        "image_url": None if n % 4 == 0 else f"https://cdn.mos.cms.futurecdn.net/img{n}.jpg",
        "body": body,
        "word_count": len(body.split()),
        "fetched_at": "2026-07-30T00:00:00+00:00",
        "content_hash": hashlib.sha256(f"{n}-{version}".encode()).hexdigest(),
        "version": version,
        # Records written before 1.1 have no provenance: exported as null, still valid.
        "extractor": None if n % 6 == 0 else "newscrawl/1.1 rules/theweek_promos.toml@0123456789ab",
        "reextracted": None if n % 6 == 0 else n % 4 == 1,
    }


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A registry with 60 articles; every fifth has a second version, written by a later run."""
    state = tmp_path_factory.mktemp("state")
    registry = Registry.open(state)
    registry.start_run("run-1", 1, "sections,sitemaps,feeds")
    registry.start_run("run-2", 1, "sections,sitemaps,feeds")
    for n in reversed(range(60)):  # stored out of order: the export must sort
        registry.record_version(record(n), "run-1", {})
    for n in range(0, 60, 5):
        registry.record_version(record(n, 2), "run-2", {})
    registry.finish_run("run-1", "finished", True, {"promo_removed": {"newsletter-free": 40, "ad": 7}})
    registry.finish_run("run-2", "finished", True, {"promo_removed": {"ad": 3}})
    registry.close()
    return state


def latest() -> list[dict[str, Any]]:
    return [record(n, 2 if n % 5 == 0 else 1) for n in range(60)]


def read_back(path: Path) -> list[dict[str, Any]]:
    """Read a dataset with the tools its users use: json, csv, pyarrow."""
    name = path.name
    if name.endswith(".parquet"):
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
        for row in rows:
            for key in ("published_at", "modified_at", "fetched_at"):
                if isinstance(row[key], datetime):
                    row[key] = row[key].astimezone(UTC).isoformat()
        return rows
    raw = path.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    elif name.endswith(".zst"):
        raw = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)).read()
    text = raw.decode("utf-8")
    if ".csv" in name:
        return [from_csv(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
    return [json.loads(line) for line in text.splitlines()]


def from_csv(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row as README "Export" tells a reader to take it ("authors and tags are JSON arrays and
    null is the empty cell"), with the column types from the schema file; not the project's code."""
    properties = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["properties"]
    record: dict[str, Any] = {}
    for name, cell in row.items():
        kind = properties[name].get("type", "string")  # the rest are $refs to string formats
        kinds = set(kind) if isinstance(kind, list) else {kind}
        if "array" in kinds:
            record[name] = json.loads(cell)
        elif cell == "":
            record[name] = None
        elif "integer" in kinds:
            record[name] = int(cell)
        elif "boolean" in kinds:
            record[name] = {"true": True, "false": False}[cell]
        else:
            record[name] = cell
    return record


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_format_round_trips_to_the_same_records(state: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"week.{suffix}"
    manifest = export_dataset(state, path, Selection())
    assert read_back(path) == latest()
    assert manifest["counts"]["records"] == 60


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_re_export_is_byte_identical(state: Path, tmp_path: Path, suffix: str) -> None:
    first, second = tmp_path / "a" / f"week.{suffix}", tmp_path / "b" / f"week.{suffix}"
    export_dataset(state, first, Selection())
    export_dataset(state, second, Selection())
    assert first.read_bytes() == second.read_bytes()
    assert manifest_path(first).read_bytes() == manifest_path(second).read_bytes()


def test_columns_follow_the_schema_order(state: Path, tmp_path: Path) -> None:
    export_dataset(state, tmp_path / "w.csv", Selection())
    export_dataset(state, tmp_path / "w.parquet", Selection())
    header = (tmp_path / "w.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(EXPORT_FIELDS) == list(schema()["properties"])
    assert pq.read_schema(tmp_path / "w.parquet").names == list(EXPORT_FIELDS)


def test_parquet_types_times_as_utc_timestamps_and_lists(state: Path, tmp_path: Path) -> None:
    export_dataset(state, tmp_path / "w.parquet", Selection())
    arrow = pq.read_schema(tmp_path / "w.parquet")
    assert str(arrow.field("published_at").type) == "timestamp[ms, tz=UTC]"
    assert str(arrow.field("authors").type.value_type) == "string"
    assert str(arrow.field("version").type) == "int64"
    assert arrow.metadata[b"newscrawl.schema_version"] == b"1"


def test_all_versions_keeps_the_history(state: Path, tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    manifest = export_dataset(state, path, Selection(all_versions=True))
    rows = read_back(path)
    assert len(rows) == 72
    assert [(r["canonical_url"], r["version"]) for r in rows] == sorted(
        (r["canonical_url"], r["version"]) for r in rows
    )
    assert manifest["counts"]["versions"] == {"1": 60, "2": 12}
    assert manifest["counts"]["articles"] == 60


def test_latest_keeps_only_the_newest_version(state: Path, tmp_path: Path) -> None:
    rows = read_back(export(state, tmp_path))
    assert {r["canonical_url"]: r["version"] for r in rows}["https://theweek.com/politics/article-005"] == 2
    assert len({r["canonical_url"] for r in rows}) == len(rows) == 60


def export(state: Path, tmp_path: Path, selection: Selection | None = None) -> Path:
    path = tmp_path / "out.jsonl"
    export_dataset(state, path, selection or Selection())
    return path


def test_since_and_until_filter_on_the_publication_day(state: Path, tmp_path: Path) -> None:
    selection = Selection(since=datetime(2026, 2, 1).date(), until=datetime(2026, 3, 28).date())
    rows = read_back(export(state, tmp_path, selection))
    expected = [r for r in latest() if "2026-02-01" <= r["published_at"][:10] <= "2026-03-28"]
    assert rows == expected
    assert rows


def test_section_and_type_filters_ignore_case_and_combine(state: Path, tmp_path: Path) -> None:
    rows = read_back(
        export(state, tmp_path, Selection(sections=("politics", "SCIENCE"), types=("speed read",)))
    )
    expected = [
        r for r in latest() if r["section"] in {"Politics", "Science"} and r["article_type"] == "Speed Read"
    ]
    assert rows == expected
    assert rows


def test_manifest_records_schema_counts_range_sections_files_and_runs(state: Path, tmp_path: Path) -> None:
    path = tmp_path / "week.parquet"
    manifest = export_dataset(state, path, Selection())
    assert json.loads(manifest_path(path).read_text(encoding="utf-8")) == manifest
    assert manifest["schema"] == {"id": schema()["$id"], "version": 1}
    assert manifest["files"] == [
        {
            "path": "week.parquet",
            "bytes": path.stat().st_size,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
    ]
    assert manifest["runs"] == ["run-1", "run-2"]
    assert sum(manifest["sections"].values()) == 60
    assert manifest["date_range"]["first_published"] == min(r["published_at"] for r in latest())
    assert manifest["promo_removed"] == {"ad": 10, "newsletter-free": 40}
    assert manifest["format"] == "parquet"


def test_records_that_break_the_schema_are_left_out_and_counted(tmp_path: Path) -> None:
    registry = Registry.open(tmp_path)
    broken = {**record(1), "title": "", "canonical_url": "https://theweek.com/politics/broken"}
    for item in (record(2), broken):
        registry.record_version(item, "run-1", {})
    registry.close()
    manifest = export_dataset(tmp_path, tmp_path / "out.jsonl", Selection())
    assert manifest["counts"]["records"] == 1
    assert manifest["counts"]["invalid_skipped"] == 1


def test_every_exported_record_conforms_to_the_schema(state: Path, tmp_path: Path) -> None:
    rows = read_back(export(state, tmp_path, Selection(all_versions=True)))
    # The export leaves out records that break the schema: every version must still be there, or a
    # broken record would pass unseen. Checked with jsonschema itself, not the export's own check.
    assert sorted((row["canonical_url"], row["version"]) for row in rows) == sorted(
        [(record(n)["canonical_url"], 1) for n in range(60)]
        + [(record(n)["canonical_url"], 2) for n in range(0, 60, 5)]
    )
    validator = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    for row in rows:
        assert [error.message for error in validator.iter_errors(row)] == []


def test_a_failed_write_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "week.jsonl"
    target.write_text("the previous dataset\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"):
        write_half_then_fail(target)
    assert target.read_text(encoding="utf-8") == "the previous dataset\n"
    assert [p.name for p in tmp_path.iterdir()] == ["week.jsonl"]


def write_half_then_fail(target: Path) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")


@pytest.mark.parametrize("name", ["week.txt", "week.parquet.gz", "week", "week.json"])
def test_unknown_extensions_are_refused_with_the_choices(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.jsonl, \.csv or \.parquet"):
        target_of(tmp_path / name)


def scrapy_export(state: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "export", *args, "-s", f"NEWSCRAWL_STATE_DIR={state}"]
    return subprocess.run(
        command, cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=120, check=False
    )


def test_command_exports_with_filters_and_says_what_it_wrote(state: Path, tmp_path: Path) -> None:
    out = tmp_path / "politics.csv.gz"
    result = scrapy_export(
        state, str(out), "--section", "Politics", "--all-versions", "--since", "2026-01-01"
    )
    assert result.returncode == 0, result.stderr
    assert "Exported" in result.stdout
    assert {r["section"] for r in read_back(out)} == {"Politics"}
    assert manifest_path(out).exists()


def test_command_refuses_a_bad_extension_or_date_with_usage_status(state: Path, tmp_path: Path) -> None:
    bad_ext = scrapy_export(state, str(tmp_path / "out.xlsx"))
    bad_date = scrapy_export(state, str(tmp_path / "out.jsonl"), "--since", "last week")
    assert (bad_ext.returncode, bad_date.returncode) == (2, 2)
    assert ".jsonl, .csv or .parquet" in bad_ext.stderr
    assert "--since must be a date" in bad_date.stderr
    assert not list(tmp_path.iterdir())


def test_command_refuses_an_unknown_section_listing_the_known_ones(state: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = scrapy_export(state, str(out), "--section", "Politcs")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("newscrawl: --section 'Politcs' matches no record; known: ")
    assert "Politics" in line
    assert "Science" in line
    assert not out.exists()
    unknown_type = scrapy_export(state, str(out), "--type", "speedread")
    assert unknown_type.returncode == 2
    assert "--type 'speedread' matches no record; known: " in unknown_type.stderr
    assert "Speed Read" in unknown_type.stderr


def test_command_without_a_registry_fails_clearly(tmp_path: Path) -> None:
    result = scrapy_export(tmp_path / "none", str(tmp_path / "out.jsonl"))
    assert result.returncode == 1
    assert "nothing has been crawled" in result.stderr


def test_progress_bar_shows_on_a_terminal_only(state: Path, tmp_path: Path) -> None:
    import os
    import pty

    primary, secondary = pty.openpty()
    command = [sys.executable, "-m", "scrapy", "export", str(tmp_path / "a.jsonl"), "-s", f"NEWSCRAWL_STATE_DIR={state}",
               "-s", "EXPORT_PROGRESS_DELAY=0"]  # fmt: skip
    try:
        process = subprocess.run(
            command,
            cwd=PROJECT,
            env=crawl_env(),
            stderr=secondary,
            stdout=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(secondary)
    shown = b""
    try:
        while chunk := os.read(primary, 65536):
            shown += chunk
    except OSError:
        pass
    finally:
        os.close(primary)
    assert process.returncode == 0
    assert b"60/60" in shown
    assert b"articles" in shown
    piped = scrapy_export(state, str(tmp_path / "b.jsonl"), "-s", "EXPORT_PROGRESS_DELAY=0")
    assert "60/60" not in piped.stderr
