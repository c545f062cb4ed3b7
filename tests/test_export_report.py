"""The export's HTML report, rendered by a real headless Chromium (Debian's `chromium` package)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

import pytest

from newscrawl.export.dataset import export_dataset
from newscrawl.export.profile import DatasetProfile
from newscrawl.export.report import CHARTS, render_report
from newscrawl.export.select import Selection
from tests.test_export import state  # noqa: F401 - the shared registry fixture

if TYPE_CHECKING:
    from pathlib import Path

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))),
    None,
)


@pytest.fixture
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("NEWSCRAWL_REQUIRE_CHROMIUM"):
            pytest.fail("NEWSCRAWL_REQUIRE_CHROMIUM is set but no chromium is installed")
        pytest.skip("no chromium installed (apt-get install chromium; .ci/run does)")
    return CHROMIUM


def headless(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1040,2600", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def report(state: Path, tmp_path: Path) -> Path:  # noqa: F811 - pytest fixture injection
    path = tmp_path / "report.html"
    export_dataset(state, None, Selection(all_versions=True), report=path)
    return path


# Added to a copy of the report by the test only: once the browser has laid the page out, each
# chart's drawn size and bar count, for --dump-dom to show.
MEASURE = """<script>
document.querySelectorAll("figure.chart").forEach(function (figure) {
  var svg = figure.querySelector("svg"), box = svg ? svg.getBoundingClientRect() : null;
  figure.dataset.drawn = box ? Math.round(box.width) + "x" + Math.round(box.height) : "0x0";
  figure.dataset.bars = String(figure.querySelectorAll("rect.bar").length);
});
</script>"""


def test_report_is_self_contained(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert not re.search(r"<(link|img)[^>]+(src|href)=", text)
    assert "<script" not in text
    assert "@import" not in text


def test_every_chart_is_drawn_with_bars_in_chromium(chromium: str, report: Path, tmp_path: Path) -> None:
    measured = tmp_path / "measured.html"
    measured.write_text(
        report.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8"
    )
    result = headless(chromium, tmp_path, "--dump-dom", measured.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    for name in CHARTS:
        match = re.search(rf'<figure[^>]*data-chart="{name}"[^>]*>', dom)
        assert match, f"chart {name} missing"
        figure = match.group(0)
        drawn = re.search(r'data-drawn="(\d+)x(\d+)"', figure)
        bars = re.search(r'data-bars="(\d+)"', figure)
        assert drawn, f"chart {name} was not laid out by the browser: {figure}"
        assert bars, f"chart {name} was not laid out by the browser: {figure}"
        assert int(drawn.group(1)) > 500, figure
        assert int(drawn.group(2)) > 20, figure
        assert int(bars.group(1)) > 0, figure


def test_report_screenshot_renders(chromium: str, report: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    result = headless(chromium, tmp_path, f"--screenshot={png}", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a blank page is a few kilobytes


def profile_of(records: list[dict[str, str]]) -> tuple[DatasetProfile, dict[str, Any]]:
    profile = DatasetProfile()
    for number, record in enumerate(records):
        profile.add({"canonical_url": f"u{number}", "version": 1, "word_count": 500, **record}, "run-1")
    manifest = {"counts": {"records": profile.records, "articles": profile.articles, "versions": {}},
                "date_range": {"first_published": None, "last_published": None}, "selection": {},
                "schema": {"id": "s", "version": 1}, "runs": ["run-1"], "files": []}  # fmt: skip
    return profile, manifest


def chart(page: str, name: str) -> str:
    return page.split(f'data-chart="{name}"', 1)[1].split("</figure>", 1)[0]


def bar_heights(svg: str) -> list[float]:
    return [float(height) for height in re.findall(r'<rect class="bar[^"]*"[^>]* height="([\d.]+)"', svg)]


def test_each_chart_heading_names_the_unit_its_bars_are_counted_in() -> None:
    daily, manifest = profile_of(
        [{"published_at": f"2026-03-{day:02d}T10:00:00+00:00"} for day in range(1, 29)]
    )
    weekly, _ = profile_of(
        [{"published_at": f"2026-{month:02d}-01T10:00:00+00:00"} for month in range(1, 12)]
    )
    for profile, unit in ((daily, "day"), (weekly, "week")):
        figure = chart(render_report(profile, manifest, {}), "articles-per-day")
        [heading] = re.findall(r"<h2>([^<]*)</h2>", figure)
        assert heading == f"Articles per {unit}, by section"
        assert "Articles per" not in figure.split("</h2>", 1)[1]  # no second, disagreeing caption


def test_one_outlier_day_does_not_squash_the_other_bars_flat() -> None:
    records = [
        {"published_at": f"2026-03-{day:02d}T10:00:00+00:00"} for day in range(1, 29) for _ in range(10)
    ]
    records += [{"published_at": "2026-03-15T11:00:00+00:00"}] * 1000  # a bulk import on one day
    profile, manifest = profile_of(records)
    figure = chart(render_report(profile, manifest, {}), "articles-per-day")
    heights = sorted(bar_heights(figure))
    assert heights[len(heights) // 2] > heights[-1] / 3  # a typical day is drawn, not flattened
    assert 'class="bar clipped"' in figure
    assert ">1,010</text>" in figure  # the cut bar says how tall it is


def test_a_few_very_old_articles_do_not_stretch_the_time_axis() -> None:
    records = [
        {"published_at": f"2026-03-{day:02d}T10:00:00+00:00"} for day in range(1, 29) for _ in range(5)
    ]
    records.append({"published_at": "2012-05-01T10:00:00+00:00"})
    profile, manifest = profile_of(records)
    figure = chart(render_report(profile, manifest, {}), "articles-per-day")
    assert "<h2>Articles per day, by section</h2>" in figure
    assert len(bar_heights(figure)) == 28
    assert "1 older article(s), published before 2026-03-01, are left out" in figure
