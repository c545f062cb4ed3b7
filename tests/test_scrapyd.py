"""End to end under Scrapyd: build the egg with scrapyd-deploy, run a real scrapyd on 127.0.0.1, upload
the egg, schedule `week` against the replica and read the items feed Scrapyd asks for."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from replica import Replica

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv's console scripts sit beside its python
JOB_TIMEOUT = 120.0
STARTUP_TIMEOUT = 30.0
CONFIG = """\
[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {work}/eggs
logs_dir = {work}/logs
items_dir = {work}/items
dbs_dir = {work}/dbs
jobs_dir =
poll_interval = 0.2
max_proc = 1
username =
password =
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, (filename, content) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Scrapyd:
    url: str
    work: Path
    process: subprocess.Popen[bytes]
    output: Path

    def call(
        self, endpoint: str, body: bytes | None = None, content_type: str | None = None
    ) -> dict[str, Any]:
        request = urllib.request.Request(f"{self.url}/{endpoint}", data=body)
        if content_type is not None:
            request.add_header("Content-Type", content_type)
        with urllib.request.urlopen(request, timeout=30) as response:
            answer: dict[str, Any] = json.loads(response.read())
        assert answer.get("status") == "ok", answer
        return answer

    def post(self, endpoint: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        body = urllib.parse.urlencode(fields).encode()
        return self.call(endpoint, body, "application/x-www-form-urlencoded")

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            assert self.process.poll() is None, f"scrapyd exited at start:\n{self.log()[-3000:]}"
            try:
                self.call("daemonstatus.json")
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, f"scrapyd did not answer:\n{self.log()[-3000:]}"
                time.sleep(0.1)
            else:
                return

    def wait_for_job(self, project: str, job: str) -> None:
        deadline = time.monotonic() + JOB_TIMEOUT
        while time.monotonic() < deadline:
            jobs = self.call(f"listjobs.json?project={project}")
            if any(entry["id"] == job for entry in jobs["finished"]):
                return
            time.sleep(0.2)
        self.post("cancel.json", [("project", project), ("job", job)])
        pytest.fail(f"job {job} did not finish within {JOB_TIMEOUT:.0f} s")

    def log(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")


def build_egg(target: Path) -> Path:
    result = subprocess.run(
        [str(BIN / "scrapyd-deploy"), f"--build-egg={target}"],
        cwd=PROJECT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return target


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop scrapyd and any crawl it still runs: they share the process group it leads."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # a crawl left behind by a scrapyd that died first


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    work = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (work / "scrapyd.conf").write_text(CONFIG.format(port=port, work=work), encoding="utf-8")
    # Nothing may lead the crawl back to the checkout: newscrawl must come from the uploaded egg, and
    # scrapyd must read only the config above (it also reads ~/.scrapyd.conf and the nearest scrapy.cfg).
    env = {
        name: value
        for name, value in os.environ.items()
        if name != "PYTHONPATH" and not name.startswith(("SCRAPY_", "SCRAPYD_"))
    }
    env["HOME"] = str(work)
    env["PYTHONUNBUFFERED"] = "1"  # its log, read by the test, reaches the file line by line
    output = work / "scrapyd.out"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [str(BIN / "scrapyd")],
            cwd=work, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        server = Scrapyd(f"http://127.0.0.1:{port}", work, process, output)
        server.wait_until_up()
        egg = build_egg(work / "newscrawl.egg")
        body, content_type = multipart(
            {"project": "newscrawl", "version": "1"}, {"egg": (egg.name, egg.read_bytes())}
        )
        added = server.call("addversion.json", body, content_type)
        assert added["spiders"] == 1, added
        yield server
    finally:
        stop(process)


@dataclass
class Job:
    items: list[dict[str, Any]]
    log: str
    expected: set[str]


def run_job(scrapyd: Scrapyd, name: str, *settings: str) -> Job:
    state = scrapyd.work / name / "state"
    with Replica.start(seed=7, articles=40) as replica:
        expected = {article.canonical_url for article in replica.site.oracle}
        fields = [
            ("project", "newscrawl"),
            ("spider", "week"),
            ("setting", f"WEEK_BASE_URL={replica.base_url}"),
            ("setting", f"NEWSCRAWL_STATE_DIR={state}"),
            ("setting", "LOG_LEVEL=INFO"),
            *(("setting", setting) for setting in settings),
        ]
        job = scrapyd.post("schedule.json", fields)["jobid"]
        scrapyd.wait_for_job("newscrawl", job)
    log_file = scrapyd.work / "logs" / "newscrawl" / "week" / f"{job}.log"
    log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
    assert "Traceback" not in log, log[log.index("Traceback") :][:3000]
    assert f"Process finished: project='newscrawl' spider='week' job='{job}'" in scrapyd.log(), scrapyd.log()[
        -3000:
    ]
    items_file = scrapyd.work / "items" / "newscrawl" / "week" / f"{job}.jl"
    assert items_file.exists(), log[-3000:]
    lines = [line for line in items_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Job([json.loads(line) for line in lines], log, expected)


def test_scheduled_crawl_from_the_egg_exports_every_article(scrapyd: Scrapyd) -> None:
    job = run_job(scrapyd, "packaged")
    assert {item["canonical_url"] for item in job.items} == job.expected
    assert len(job.items) == len(job.expected)
    assert "newscrawl/promo/removed/" in job.log  # the promo rules were read from inside the egg


def test_the_egg_holds_the_crawler_and_its_data_but_not_the_replica(tmp_path: Path) -> None:
    names = zipfile.ZipFile(build_egg(tmp_path / "newscrawl.egg")).namelist()
    assert "newscrawl/spiders/week.py" in names
    assert "newscrawl/rules/theweek_promos.toml" in names
    assert not [name for name in names if name.startswith(("replica/", "tests/", "benchmarks/"))]
