"""Guard for the two private reads of Scrapy's engine (newscrawl.distributed.engine): a real crawl
goes through both; when a Scrapy upgrade renames or reshapes `_slot`, this fails loudly."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from tests.crawling import PROJECT

if TYPE_CHECKING:
    from pathlib import Path

CRAWL = """
import json, sys
from scrapy import Request, Spider, signals
from scrapy.crawler import CrawlerProcess
from newscrawl.distributed.engine import requests_in_progress, wake

seen = {}

class Probe(Spider):
    name = "probe"

    async def start(self):
        yield Request(sys.argv[1], callback=self.parse)

    def parse(self, response):
        # The request being handled is in progress while its callback runs ...
        seen["in_callback"] = response.request in requests_in_progress(self.crawler.engine)
        wake(self.crawler.engine)
        seen["woke"] = True
        self.crawler.signals.connect(self.idle, signal=signals.spider_idle)

    def idle(self):
        # ... and has left the set once the engine is done with it.
        seen["after"] = len(requests_in_progress(self.crawler.engine))

process = CrawlerProcess({"LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False})
process.crawl(Probe)
process.start()
print(json.dumps(seen))
"""


def test_the_engine_still_has_what_the_leasing_scheduler_reads(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>probe</body></html>", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CRAWL, page.as_uri()], cwd=PROJECT, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == '{"in_callback": true, "woke": true, "after": 0}'
