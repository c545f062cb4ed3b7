"""newscrawl.archive.warc: the files an independent WARC reader accepts, and repair after a kill."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from warcio.archiveiterator import ArchiveIterator

from newscrawl.archive.reextract import decoded_body
from newscrawl.archive.warc import INDEX_SUFFIX, ArchiveReader, ArchiveWriter, archive_files, entries, repair

if TYPE_CHECKING:
    from pathlib import Path

RUN = "20261203T000000Z-1"
PAGE = b"<html><head><title>t</title></head><body>" + b"<p>word</p>" * 500 + b"</body></html>"


def write_pages(directory: Path, count: int, max_bytes: int = 1 << 30) -> ArchiveWriter:
    writer = ArchiveWriter(directory, RUN, max_bytes, 6, "newscrawl/test")
    for number in range(count):
        writer.write_exchange(
            f"http://127.0.0.1:1/politics/story-{number}", "GET", [("Accept-Encoding", "gzip")], 200,
            [(b"Content-Type", b"text/html; charset=utf-8"), (b"Content-Encoding", b"gzip"),
             (b"Transfer-Encoding", b"chunked")],
            gzip.compress(PAGE + str(number).encode()), "article",
        )  # fmt: skip
    return writer


def warcio_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def gzip_members_whole(path: Path) -> bool:
    """Every gzip member ends with its trailer and CRC (warcio itself forgives a cut last trailer)."""
    try:
        gzip.decompress(path.read_bytes())
    except (EOFError, OSError):
        return False
    return True


def test_archive_passes_warcio_check_with_correct_digests(tmp_path: Path) -> None:
    write_pages(tmp_path, 3).close()
    (path,) = archive_files(tmp_path)
    checked = warcio_check(path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # warcinfo + 3 x (request, response), each digest verified
    assert checked.stdout.count("digest pass") == 7
    assert "fail" not in checked.stdout


def test_response_records_hold_the_bytes_as_received_and_dechunked_headers(tmp_path: Path) -> None:
    write_pages(tmp_path, 2).close()
    reader = ArchiveReader(tmp_path)
    entry = reader.get("http://127.0.0.1:1/politics/story-1")
    assert entry is not None
    assert entry.status == 200
    assert entry.kind == "article"
    capture = reader.capture(entry)
    assert gzip.decompress(capture.body) == PAGE + b"1"
    assert decoded_body(capture) == PAGE + b"1"
    names = [name.lower() for name, _ in capture.headers]
    assert "transfer-encoding" not in names  # the stored payload is not chunked
    assert ("Content-Length", str(len(capture.body))) in capture.headers


def test_every_index_line_points_at_its_response_record(tmp_path: Path) -> None:
    write_pages(tmp_path, 4).close()
    (path,) = archive_files(tmp_path)
    for entry in entries(tmp_path):
        with path.open("rb") as handle:
            handle.seek(entry.offset)
            record = next(iter(ArchiveIterator(handle)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") == entry.url
            assert record.rec_headers.get_header("WARC-Record-ID") == entry.record_id


def test_a_run_rolls_to_a_new_file_past_the_size_cap(tmp_path: Path) -> None:
    write_pages(tmp_path, 5, max_bytes=1).close()
    files = archive_files(tmp_path)
    assert [path.name for path in files] == [f"{RUN}-{n:05d}.warc.gz" for n in range(1, 6)]
    assert len(list(entries(tmp_path))) == 5
    assert all(warcio_check(path).returncode == 0 for path in files)


@pytest.mark.parametrize("cut_from_end", [1, 17, 200])
def test_repair_cuts_a_half_written_exchange_back_to_the_last_whole_one(
    tmp_path: Path, cut_from_end: int
) -> None:
    write_pages(tmp_path, 3).close()
    (path,) = archive_files(tmp_path)
    whole = path.read_bytes()
    index = path.with_name(path.name + INDEX_SUFFIX)
    lines = index.read_bytes().splitlines(keepends=True)
    # A kill while the third exchange was being appended: part of it on disk, its index line not.
    second_end = json.loads(lines[1])["end"]
    path.write_bytes(whole[: len(whole) - cut_from_end])
    index.write_bytes(b"".join(lines[:2]))
    assert not gzip_members_whole(path)  # the cut record is what a strict reader would choke on

    assert repair(path) == len(whole) - cut_from_end - second_end
    assert path.stat().st_size == second_end
    assert gzip_members_whole(path)
    assert warcio_check(path).returncode == 0
    assert [entry.url for entry in entries(tmp_path)] == [
        "http://127.0.0.1:1/politics/story-0", "http://127.0.0.1:1/politics/story-1",
    ]  # fmt: skip


def test_repair_drops_a_half_written_index_line(tmp_path: Path) -> None:
    write_pages(tmp_path, 2).close()
    (path,) = archive_files(tmp_path)
    index = path.with_name(path.name + INDEX_SUFFIX)
    lines = index.read_bytes().splitlines(keepends=True)
    index.write_bytes(lines[0] + lines[1][:10])  # killed while writing the second index line
    first_end = json.loads(lines[0])["end"]

    repair(path)
    assert index.read_bytes() == lines[0]
    assert path.stat().st_size == first_end
    assert warcio_check(path).returncode == 0


def test_reading_lists_only_whole_index_lines_and_changes_nothing(tmp_path: Path) -> None:
    write_pages(tmp_path, 2).close()
    (path,) = archive_files(tmp_path)
    index = path.with_name(path.name + INDEX_SUFFIX)
    lines = index.read_bytes().splitlines(keepends=True)
    index.write_bytes(lines[0] + lines[1][:10])  # a crawl killed (or still writing) mid-line
    data, cut_index = path.read_bytes(), index.read_bytes()

    assert [entry.url for entry in entries(tmp_path)] == ["http://127.0.0.1:1/politics/story-0"]
    assert path.read_bytes() == data  # a reader never cuts a file a crawl may be appending to
    assert index.read_bytes() == cut_index


def test_repair_deletes_a_file_killed_before_its_first_exchange(tmp_path: Path) -> None:
    write_pages(tmp_path, 1).close()
    (path,) = archive_files(tmp_path)
    index = path.with_name(path.name + INDEX_SUFFIX)
    path.write_bytes(path.read_bytes()[:40])  # killed while writing the warcinfo record
    index.write_bytes(b"")

    assert repair(path) == 40
    assert not path.exists()
    assert not index.exists()
    assert archive_files(tmp_path) == []


def test_repair_leaves_a_whole_archive_alone(tmp_path: Path) -> None:
    write_pages(tmp_path, 2).close()
    (path,) = archive_files(tmp_path)
    before = path.read_bytes()
    assert repair(path) == 0
    assert path.read_bytes() == before


def test_a_writer_that_fetched_nothing_leaves_no_file(tmp_path: Path) -> None:
    write_pages(tmp_path, 0).close()
    assert archive_files(tmp_path) == []


def test_latest_capture_wins_across_runs(tmp_path: Path) -> None:
    for run, body in (("20261201T000000Z-1", b"old"), ("20261202T000000Z-1", b"new")):
        writer = ArchiveWriter(tmp_path, run, 1 << 30, 6, "newscrawl/test")
        writer.write_exchange("http://127.0.0.1:1/a/b", "GET", [], 200, [], body, "article")
        writer.close()
    reader = ArchiveReader(tmp_path)
    entry = reader.get("http://127.0.0.1:1/a/b")
    assert entry is not None
    assert reader.capture(entry).body == b"new"
    pinned = ArchiveReader(tmp_path, "20261201T000000Z-1")
    entry = pinned.get("http://127.0.0.1:1/a/b")
    assert entry is not None
    assert pinned.capture(entry).body == b"old"


def test_an_encoded_body_is_stored_as_it_came_and_a_plain_one_is_deflated(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path, RUN, 1 << 30, 3, "newscrawl/test")
    encoded = gzip.compress(PAGE)
    plain_url, encoded_url = "http://127.0.0.1:1/a/plain", "http://127.0.0.1:1/a/encoded"
    writer.write_exchange(plain_url, "GET", [], 200, [], PAGE, "article")
    writer.write_exchange(encoded_url, "GET", [], 200, [(b"Content-Encoding", b"gzip")], encoded, "article")
    writer.close()
    reader = ArchiveReader(tmp_path)
    plain, stored = reader.get(plain_url), reader.get(encoded_url)
    assert plain is not None
    assert stored is not None
    assert plain.length < len(PAGE) / 10  # 500 repeated paragraphs deflate to almost nothing
    assert stored.length > len(encoded)  # stored blocks: the gzip body plus headers, not deflated again
    assert decoded_body(reader.capture(stored)) == PAGE
