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


_held: dict[Path, int] = {}


def acquire(state_dir: Path) -> None:
    """Take the lock for this process (a no-op if it already holds it) or raise LockHeld at once."""
    path = (state_dir / LOCK_NAME).resolve()
    if path in _held:
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
    _held[path] = fd


def release(state_dir: Path) -> None:
    fd = _held.pop((state_dir / LOCK_NAME).resolve(), None)
    if fd is not None:
        os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock
