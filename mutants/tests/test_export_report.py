"""The export's HTML report, rendered by a real headless Chromium (Debian's `chromium` package)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from newscrawl.export.dataset import export_dataset
from newscrawl.export.report import CHARTS
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
