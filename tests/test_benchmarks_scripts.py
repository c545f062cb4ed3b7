"""The benchmark scripts start and explain themselves (they are run by hand: benchmarks are not tests)."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.crawling import PROJECT, crawl_env

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    "script", ["run.py", "memory.py", "export_100k.py", "distributed.py", "real_pages.py", "soak.py"]
)
def test_benchmark_script_shows_its_usage(script: str) -> None:
    done = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / script), "--help"], capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout


@pytest.mark.parametrize("script", ["run.py", "distributed.py"])
def test_a_missing_nginx_is_one_line_not_a_traceback(script: str, tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / script), "--smoke", "--out", str(out)],
                          env={**crawl_env(), "NGINX": str(tmp_path / "no-nginx")}, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 1
    expected = f"{script}: nginx not found at {tmp_path / 'no-nginx'} (Debian: apt-get install nginx-light)"
    assert done.stderr.splitlines()[-1:] == [expected]
    assert "Traceback" not in done.stderr
    assert not out.exists()
