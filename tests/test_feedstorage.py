"""Durable feed files (newscrawl.feedstorage) and the run lock (newscrawl.runlock)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl import runlock
from newscrawl.feedstorage import DurableFileFeedStorage, LineDurableFile, repair_partial_line


def test_repair_cuts_a_partial_last_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert repair_partial_line(path) == len(b'{"c": ')
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'


def test_repair_leaves_whole_files_alone(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    assert repair_partial_line(path) == 0
    assert path.read_bytes() == b'{"a": 1}\n'
    assert repair_partial_line(tmp_path / "missing.jsonl") == 0
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert repair_partial_line(tmp_path / "empty.jsonl") == 0


def test_repair_of_a_single_partial_line_empties_the_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"x" * 200_000)  # longer than one read block
    assert repair_partial_line(path) == 200_000
    assert path.read_bytes() == b""


def test_line_durable_file_writes_whole_lines_through(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with LineDurableFile(path, "w", fsync=True) as file:
        assert file.write(b'{"a": 1}\n') == 9
        # Visible to another reader at once: nothing sits in a user-space buffer.
        assert path.read_bytes() == b'{"a": 1}\n'


def test_appending_storage_repairs_before_it_appends(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b"')
    storage = DurableFileFeedStorage(str(path), feed_options={"format": "jsonlines", "overwrite": False})
    file = storage.open(spider=None)  # type: ignore[arg-type]
    file.write(b'{"c": 3}\n')
    storage.store(file)
    assert path.read_bytes() == b'{"a": 1}\n{"c": 3}\n'


def test_overwriting_storage_truncates(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"old\n")
    storage = DurableFileFeedStorage(str(path), feed_options={"format": "jsonlines", "overwrite": True})
    file = storage.open(spider=None)  # type: ignore[arg-type]
    file.write(b"new\n")
    storage.store(file)
    assert path.read_bytes() == b"new\n"


HOLD_LOCK = """
import sys, time
from pathlib import Path
from newscrawl import runlock
runlock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
"""


def test_second_holder_is_refused_while_the_first_lives(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(runlock.LockHeld, match=rf"pid {holder.pid}"):
            runlock.acquire(tmp_path)
        holder.kill()  # SIGKILL: no clean-up runs
        holder.wait()
        runlock.acquire(tmp_path)  # the kernel released the dead holder's lock
        runlock.release(tmp_path)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]


TRY_LOCK = """
import sys
from pathlib import Path
from newscrawl import runlock
try:
    runlock.acquire(Path(sys.argv[1]))
except runlock.LockHeld:
    print("refused")
else:
    print("acquired")
"""


def another_process_gets_the_lock(state: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(state)], capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    return result.stdout.strip() == "acquired"


def test_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    runlock.acquire(tmp_path)  # `scrapy crawl`
    runlock.acquire(tmp_path)  # RunState, in the same process
    runlock.release(tmp_path)  # RunState closes
    assert not another_process_gets_the_lock(tmp_path), "the inner release dropped the outer hold"
    runlock.release(tmp_path)
    assert another_process_gets_the_lock(tmp_path)


def test_a_lock_file_left_behind_does_not_block(tmp_path: Path) -> None:
    (tmp_path / "lock").write_text("pid 999999, since 2020-01-01T00:00:00Z\n")
    runlock.acquire(tmp_path)
    assert (tmp_path / "lock").read_text().startswith(f"pid {os.getpid()}")
    runlock.release(tmp_path)


def test_storage_leaves_the_registry_alone_when_it_is_off(tmp_path: Path) -> None:
    from scrapy.utils.test import get_crawler

    from newscrawl.spiders.week import WeekSpider
    from tests.conftest import project_settings

    values = {**project_settings(), "NEWSCRAWL_STATE_DIR": str(tmp_path / "state")}  # registry off in tests
    crawler = get_crawler(WeekSpider, values)
    storage = DurableFileFeedStorage.from_crawler(
        crawler, str(tmp_path / "out.jsonl"), feed_options={"format": "jsonl"}
    )
    storage.store(storage.open(spider=None))  # type: ignore[arg-type]
    assert not (tmp_path / "state" / "registry.sqlite3").exists()
