"""`scrapy check week`: a contract for every callback, run against the replica on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from replica import Replica
from tests.crawling import PROJECT, crawl_env

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.e2e

CALLBACKS = ("parse_article", "parse_feed", "parse_home", "parse_listing", "parse_robots", "parse_sitemap")


def scrapy_check(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "check", *options], cwd=PROJECT, env=crawl_env(),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_every_callback_has_contracts() -> None:
    listed = scrapy_check("-l")
    assert listed.returncode == 0, listed.stderr
    assert [line.strip(" *") for line in listed.stdout.splitlines()[1:]] == list(CALLBACKS)


def test_the_contracts_pass_against_the_replica_without_touching_the_state(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Replica.start(seed=3, articles=30) as replica:
        result = scrapy_check("week", "-s", f"WEEK_BASE_URL={replica.base_url}",
                              "-s", f"NEWSCRAWL_STATE_DIR={state}")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Ran 14 contracts" in result.stderr  # @fresh counts as one per callback
    assert result.stderr.rstrip().endswith("OK")
    assert not state.exists()


def test_the_contracts_fail_against_a_site_that_does_not_answer() -> None:
    result = scrapy_check("week", "-s", "WEEK_BASE_URL=http://127.0.0.1:9")
    assert result.returncode != 0
    assert "Ran 0 contracts" in result.stderr
