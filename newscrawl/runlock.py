"""One crawl at a time per state directory: an exclusive `flock` on `<NEWSCRAWL_STATE_DIR>/lock`.

The kernel drops a `flock` when its process dies, however it dies, so a lock left by a killed run
never blocks the next one: there is no stale-lock guessing by pid. The file's text (pid, start
time) only serves the refusal message. Local filesystems only: `flock` over NFS is unreliable.
"""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

LOCK_NAME = "lock"


class LockHeld(RuntimeError):
    """Another live process holds the state directory."""


# Lock file -> [descriptor, holds]. Reentrant: `scrapy crawl` takes the lock before the crawler
# exists and RunState takes it again; RunState's release must not drop the command's hold.
_held: dict[Path, list[int]] = {}


def acquire(state_dir: Path) -> None:
    """Take the lock for this process (again, if it already holds it) or raise LockHeld at once.
    Each acquire needs its release; the lock is dropped at the last one (or when the process dies)."""
    path = (state_dir / LOCK_NAME).resolve()
    if path in _held:
        _held[path][1] += 1
        return
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "another process"
        os.close(fd)
        raise LockHeld(f"another crawl holds {path} ({holder}); not starting") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}, since {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\n".encode(), 0)
    _held[path] = [fd, 1]


def release(state_dir: Path) -> None:
    path = (state_dir / LOCK_NAME).resolve()
    held = _held.get(path)
    if held is None:
        return
    held[1] -= 1
    if held[1] == 0:
        del _held[path]
        os.ftruncate(held[0], 0)
        os.close(held[0])  # closing the descriptor drops the flock
