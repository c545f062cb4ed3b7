"""A real `redis-server` on a free 127.0.0.1 port, for the tests of the distributed crawl (and for
benchmarks/distributed.py).

Debian's redis-server (`.ci/run` installs it). Append-only file with fsync on every write, so a
restart loses nothing, as the README asks of a production Redis. Tests skip when the binary is
missing, except in CI (NEWSCRAWL_REQUIRE_REDIS=1), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Self

import pytest
import redis

if TYPE_CHECKING:
    from collections.abc import Iterator

BINARY = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_redis() -> None:
    if not Path(BINARY).exists():
        if os.environ.get("NEWSCRAWL_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed")


class RedisServer:
    """One redis-server process with its data in `directory`; `restart()` keeps the data."""

    def __init__(self, directory: Path, port: int | None = None, appendfsync: str = "always"):
        self.directory = directory
        self.port = port or free_port()
        self.appendfsync = appendfsync  # "always" for the tests; the benchmark runs production's "everysec"
        self.process: subprocess.Popen[bytes] | None = None
        self.cpu = 0.0  # user + system seconds of the last server stopped (the benchmark reports it)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                BINARY,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.directory),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
                "--protected-mode",
                "yes",
                "--daemonize",
                "no",
                "--logfile",
                str(self.directory / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                if self.client().ping():
                    return
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.directory / "redis.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"redis-server did not start on port {self.port}:\n{log}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """A clean shutdown (SIGTERM: Redis flushes its append-only file)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 20
            while (reaped := os.wait4(self.process.pid, os.WNOHANG))[0] == 0:
                if time.monotonic() > deadline:
                    self.process.kill()
                    reaped = os.wait4(self.process.pid, 0)
                    break
                time.sleep(0.05)
            _, status, usage = reaped
            self.process.returncode = os.waitstatus_to_exitcode(status)
            self.cpu = usage.ru_utime + usage.ru_stime
        self.process = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def restart(self, down_for: float = 0.0) -> None:
        self.stop()
        time.sleep(down_for)
        self.start()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    require_redis()
    with RedisServer(tmp_path / "redis") as server:
        yield server
