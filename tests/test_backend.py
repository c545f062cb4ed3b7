"""newscrawl.backend chooses where the state lives: without REDIS_URL a real crawl never loads the
distributed code (nor scrapy-redis, nor redis-py: 50 ms of start-up); with it, the add-on switches the scheduler."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

from scrapy.utils.test import get_crawler

from newscrawl.backend import SCHEDULER, RedisBackend
from replica import Replica
from tests.conftest import project_settings
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items

if TYPE_CHECKING:
    from pathlib import Path

# `scrapy crawl week` in a process that, once the crawl is over, lists the modules it loaded.
LOADED_MODULES = """
import json, sys
from scrapy.cmdline import execute
try:
    execute(sys.argv[2:])
finally:
    with open(sys.argv[1], "w") as out:
        json.dump(sorted(sys.modules), out)
"""


def test_a_crawl_without_redis_url_imports_nothing_from_distributed(tmp_path: Path) -> None:
    modules_file = tmp_path / "modules.json"
    with Replica.start(seed=3, articles=12) as replica:
        command = crawl_command(replica.base_url, tmp_path / "state", tmp_path / "out.jsonl")
        result = subprocess.run(
            [sys.executable, "-c", LOADED_MODULES, str(modules_file), *command[2:]],
            cwd=PROJECT, env=crawl_env(), capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(read_items(tmp_path / "out.jsonl")) == 12, "the crawl ran for real"
    loaded = json.loads(modules_file.read_text(encoding="utf-8"))
    assert "newscrawl.spiders.week" in loaded
    assert [
        name for name in loaded if name.startswith(("newscrawl.distributed", "scrapy_redis", "redis"))
    ] == []


def test_the_add_on_switches_the_scheduler_only_with_redis_url() -> None:
    with_redis = get_crawler(settings_dict={**project_settings(), "REDIS_URL": "redis://127.0.0.1:1/0"})
    assert with_redis.settings["SCHEDULER"] == SCHEDULER
    without = get_crawler(settings_dict={**project_settings(), "REDIS_URL": None})
    assert without.settings["SCHEDULER"] != SCHEDULER
    assert RedisBackend.__name__ in str(without.settings.getdict("ADDONS"))
