"""`scrapy extract` and `scrapy scoreboard`, run as the real commands on saved pages."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

from tests.crawling import PROJECT, crawl_env

if TYPE_CHECKING:
    from pathlib import Path

REAL = PROJECT / "tests" / "fixtures" / "real"
PAGE = REAL / "pages" / "techradar-2026-basic-fit-breach.html.gz"


def scrapy(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=cwd, env=crawl_env(), capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip


def truth_of(name: str) -> dict[str, object]:
    records = json.loads((REAL / "truth.json").read_text(encoding="utf-8"))
    return next(record for record in records if name in record["file"])


def test_extract_prints_the_record_and_each_removal_with_its_rule_as_json() -> None:
    result = scrapy("extract", str(PAGE), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    truth = truth_of("basic-fit")
    assert out["record"]["title"] == truth["title"]
    assert out["record"]["canonical_url"] == truth["url"]  # --url defaults to the canonical link
    removed = {(entry["rule"], entry["text"]) for entry in out["removed"]}
    assert any(rule == "share-bar" and "Facebook" in text for rule, text in removed)
    assert any(
        rule == "person-slice" and "Read our full guide to the best antivirus" in text
        for rule, text in removed
    )
    assert "Facebook" not in out["record"]["body"]


def test_extract_text_output_lists_body_blocks_and_removals() -> None:
    result = scrapy("extract", str(PAGE), "--url", str(truth_of("basic-fit")["url"]))
    assert result.returncode == 0, result.stderr
    assert f"title: {truth_of('basic-fit')['title']}" in result.stdout
    assert "  | Basic-Fit, one of the biggest gym chains in Europe" in result.stdout
    assert "[house-line] block: Follow TechRadar on Google News" in result.stdout


def test_extract_says_in_one_line_when_the_page_is_missing_or_not_an_article(tmp_path: Path) -> None:
    missing = scrapy("extract", str(tmp_path / "nope.html"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr
    assert "Traceback" not in missing.stderr
    plain = tmp_path / "plain.html"
    plain.write_text("<html><body><p>Just a note.</p></body></html>")
    no_url = scrapy("extract", str(plain))
    assert no_url.returncode == 2
    assert "--url" in no_url.stderr
    result = scrapy("extract", str(plain), "--url", "https://theweek.com/politics/a-note")
    assert result.returncode == 1
    assert result.stdout.startswith("No record:")
    assert "Traceback" not in result.stderr


def test_scoreboard_prints_every_page_right_on_the_real_corpus() -> None:
    result = scrapy("scoreboard", str(REAL / "truth.json"), str(REAL / "truth-older-eras.json"))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["page", "title", "authors", "publish"]
    assert len(lines) == 2 + 25 + 1  # header and rule, one row per page, the totals
    assert lines[-1].startswith("newscrawl: 25/25 pages fully right")


def test_scoreboard_marks_a_wrong_page_and_exits_1(tmp_path: Path) -> None:
    record = truth_of("basic-fit")
    record["file"] = str(PAGE)
    record["title"] = "A headline the page does not have"
    record["must_exclude"] = ["Basic-Fit, one of the biggest gym chains in Europe"]
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps([record]), encoding="utf-8")
    result = scrapy("scoreboard", str(truth), "--verbose")
    assert result.returncode == 1
    row = next(
        line for line in result.stdout.splitlines() if line.startswith("techradar-2026-basic-fit-breach")
    )
    marks = row.split()[1:11]
    assert marks[0] == "-"
    assert marks[6] == "-"
    assert marks.count("-") == 3
    assert "present: Basic-Fit, one of the biggest" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("newscrawl: 0/1 pages fully right")


def test_scoreboard_refuses_a_missing_truth_file_in_one_line(tmp_path: Path) -> None:
    result = scrapy("scoreboard", str(tmp_path / "none.json"))
    assert result.returncode == 2
    assert "truth file" in result.stderr
    assert "Traceback" not in result.stderr
