"""Shared test fixtures: saved pages as Scrapy responses, and golden expectations."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse

from newscrawl.cleaning import CleanContext, clean_body, load_rules
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.urls import SiteUrls
from newscrawl.pipelines.promo import content_hash

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "theweek"
RULES = load_rules()


def project_settings() -> dict[str, Any]:
    """The project's settings module as a dict, for get_crawler().

    Without the registry: a crawler built in-process must not take the lock on, or write to, the
    project's own `.newscrawl/` (tests of the registry turn it on with a temporary state directory)."""
    from newscrawl import settings

    values = {name: getattr(settings, name) for name in dir(settings) if name.isupper()}
    values["REGISTRY_ENABLED"] = False
    values["REDIS_URL"] = None  # one process, whatever NEWSCRAWL_REDIS_URL the environment holds
    return values


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-fixtures", action="store_true", help="rewrite expected.json files for review")


@dataclass(frozen=True)
class Case:
    path: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    def response(self) -> HtmlResponse:
        plain = self.path / "page.html"
        body = (
            plain.read_bytes()
            if plain.exists()
            else gzip.decompress((self.path / "page.html.gz").read_bytes())
        )
        return HtmlResponse(url=self.meta["url"], body=body, encoding=self.meta.get("encoding", "utf-8"))

    @property
    def base_url(self) -> str:
        parts = urlsplit(self.meta["url"])
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"


def cases(kind: str) -> list[Case]:
    """Fixture cases under tests/fixtures/<kind>, e.g. "theweek/articles"."""
    root = FIXTURES / kind
    return [
        Case(path, json.loads((path / "meta.json").read_text(encoding="utf-8")))
        for path in sorted(root.iterdir())
        if (path / "meta.json").exists()
    ]


def extract(response: HtmlResponse, base_url: str = "https://theweek.com") -> dict[str, Any]:
    """What the spider and the promo pipeline together make of one article page (fetched_at aside)."""
    urls = SiteUrls(base_url)
    extraction = ArticlePage(response.selector, response.url, urls).extract()
    fields = dict(extraction.fields)
    assert extraction.body_root is not None
    result = clean_body(
        extraction.body_root, RULES, CleanContext(response.url, urls.is_article, fields["authors"])
    )
    body = result.text
    fields.update(
        url=response.url,
        body=body,
        word_count=len(body.split()),
        content_hash=content_hash(fields["title"] or "", body),
        version=1,
    )
    return dict(sorted(fields.items()))


@pytest.fixture
def update_fixtures(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-fixtures"))
