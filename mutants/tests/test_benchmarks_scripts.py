"""The benchmark scripts start and explain themselves (they are run by hand: benchmarks are not tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.crawling import PROJECT


@pytest.mark.parametrize("script", ["run.py", "export_100k.py", "distributed.py", "real_pages.py"])
def test_benchmark_script_shows_its_usage(script: str) -> None:
    done = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / script), "--help"], capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout
