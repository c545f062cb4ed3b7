"""The dataset report: one self-contained HTML page (inline CSS and SVG, no network, no library)
with charts of articles per day by section, word counts, field coverage, promo removals per rule
and the most frequent authors. No script: the tests measure the drawn charts in headless Chromium
with a script of their own."""

from __future__ import annotations

import html
import json
import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from newscrawl.export.profile import WORD_BIN, WORD_CAP

if TYPE_CHECKING:
    from newscrawl.export.profile import DatasetProfile

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
TOP_SECTIONS = len(PALETTE) - 1  # the rest are drawn together as "Other"
TOP_AUTHORS = 20
WIDTH = 960
CHARTS = ("articles-per-day", "word-counts", "field-coverage", "promo-removals", "top-authors")
# A bar more than OUTLIER_RATIO times the 90th percentile (among at least OUTLIER_MIN_BARS bars) is
# cut at the top of the axis rather than allowed to squash the others flat.
OUTLIER_RATIO = 4
OUTLIER_MIN_BARS = 10


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_report(profile: DatasetProfile, manifest: dict[str, Any], promo_removed: dict[str, int]) -> str:
    unit, days_chart = _days_chart(profile)
    charts = [
        _figure("articles-per-day", f"Articles per {unit}, by section", days_chart),
        _figure("word-counts", "Word-count distribution", _histogram(profile)),
        _figure("field-coverage", "Field coverage (share of records with the field filled)",
                _hbars([(name, share) for name, share in profile.coverage().items()], percent=True)),
        _figure("promo-removals", "Promo blocks removed, per rule (runs in this dataset)",
                _hbars(sorted(promo_removed.items(), key=lambda kv: (-kv[1], kv[0])))),
        _figure("top-authors", f"Most frequent authors (top {TOP_AUTHORS})",
                _hbars(sorted(profile.authors.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_AUTHORS])),
    ]  # fmt: skip
    counts = manifest["counts"]
    facts = [
        ("Records", counts["records"]),
        ("Articles", counts["articles"]),
        ("Versions", ", ".join(f"v{v}: {n}" for v, n in counts["versions"].items()) or "none"),
        ("Published", f"{manifest['date_range']['first_published'] or '-'} to {manifest['date_range']['last_published'] or '-'}"),
        ("Selection", json.dumps(manifest["selection"], ensure_ascii=False)),
        ("Schema", f"{manifest['schema']['id']} (version {manifest['schema']['version']})"),
        ("Runs", len(manifest["runs"])),
    ]  # fmt: skip
    files = "".join(
        f"<li><code>{esc(f['path'])}</code> {f['bytes']:,} bytes, sha256 <code>{esc(f['sha256'])}</code></li>"
        for f in manifest["files"]
    )
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newscrawl dataset report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: {WIDTH + 40}px; color: #222; }}
h1 {{ font-size: 1.6em; margin-bottom: .2em; }} h2 {{ font-size: 1.1em; margin: 0 0 .5em; }}
table.facts th {{ text-align: left; padding-right: 1em; font-weight: 600; }}
figure.chart {{ margin: 2em 0; padding: 1em; border: 1px solid #ddd; border-radius: 6px; }}
svg text {{ font: 11px system-ui, sans-serif; fill: #333; }} .legend span {{ margin-right: 1em; white-space: nowrap; }}
.swatch {{ display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -1px; }}
.empty {{ color: #888; font-style: italic; }}
</style></head>
<body>
<h1>newscrawl dataset report</h1>
<p>The Week articles from the newscrawl registry. {esc(counts["records"])} records.</p>
<table class="facts">{rows}</table>
<ul class="files">{files}</ul>
{"".join(charts)}
</body></html>
"""


def _figure(name: str, title: str, body: str) -> str:
    return (
        f'<figure class="chart" id="chart-{name}" data-chart="{name}"><h2>{esc(title)}</h2>{body}</figure>\n'
    )


def _hbars(items: list[tuple[str, float]] | list[tuple[str, int]], percent: bool = False) -> str:
    if not items:
        return '<p class="empty">Nothing to show.</p>'
    label_width, bar_space, row = 220, WIDTH - 300, 20
    top = max(value for _, value in items) or 1
    parts = []
    for i, (label, value) in enumerate(items):
        y = i * row
        width = max(1.0, bar_space * value / top) if value else 0.0
        shown = f"{100 * value:.1f}%" if percent else f"{value:,}"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{esc(label)}</text>'
            f'<rect class="bar" x="{label_width}" y="{y + 3}" width="{width:.1f}" height="{row - 6}" fill="{PALETTE[0]}">'
            f"<title>{esc(label)}: {shown}</title></rect>"
            f'<text x="{label_width + width + 4:.1f}" y="{y + 14}">{shown}</text>'
        )
    return f'<svg width="{WIDTH}" height="{len(items) * row + 4}" role="img">{"".join(parts)}</svg>'


def _histogram(profile: DatasetProfile) -> str:
    if not profile.words:
        return '<p class="empty">Nothing to show.</p>'
    bins = list(range(0, WORD_CAP + WORD_BIN, WORD_BIN))
    counts = [profile.words.get(start, 0) for start in bins]
    height, left, bottom = 220, 50, 30
    slot = (WIDTH - left - 10) / len(bins)
    top = _axis_top(counts)
    parts = [f'<text x="{left - 6}" y="14" text-anchor="end">{top:,}</text>',
             f'<text x="{left - 6}" y="{height}" text-anchor="end">0</text>']  # fmt: skip
    for i, (start, count) in enumerate(zip(bins, counts, strict=True)):
        bar = height * min(count, top) / top
        x = left + i * slot
        label = f"{start}+" if start == WORD_CAP else f"{start}-{start + WORD_BIN - 1}"
        if count:
            parts.append(
                f'<rect class="bar{" clipped" if count > top else ""}" x="{x:.1f}" y="{height - bar + 4:.1f}" '
                f'width="{slot - 2:.1f}" height="{bar:.1f}" fill="{PALETTE[3]}"><title>{label} words: {count:,}</title></rect>'
            )
        if count > top:
            parts.append(_clipped_label(x + (slot - 2) / 2, 4, count))
        if i % 5 == 0:
            parts.append(f'<text x="{x:.1f}" y="{height + 18}">{start}</text>')
    parts.append(
        f'<text x="{WIDTH / 2:.0f}" y="{height + bottom}" text-anchor="middle">words per article</text>'
    )
    return f'<svg width="{WIDTH}" height="{height + bottom + 6}" role="img">{"".join(parts)}</svg>'


def _days_chart(profile: DatasetProfile) -> tuple[str, str]:
    """(the time unit of the bars, the chart)."""
    if not profile.days:
        return "day", '<p class="empty">Nothing to show.</p>'
    top_sections = [name for name, _ in sorted(profile.sections.items(), key=lambda kv: (-kv[1], kv[0]))][
        :TOP_SECTIONS
    ]
    per_day: Counter[str] = Counter()
    for (day, _), count in profile.days.items():
        per_day[day] += count
    first, last, left_out = _time_range(per_day)
    span = (last - first).days + 1
    # Long ranges are drawn by week or month so that bars stay readable.
    unit = "day" if span <= 120 else "week" if span <= 900 else "month"
    buckets: dict[str, Counter[str]] = defaultdict(Counter)
    for (day, section), count in profile.days.items():
        if date.fromisoformat(day) < first:
            continue  # a few much older articles, counted in the note under the chart
        buckets[_bucket(date.fromisoformat(day), unit)][section if section in top_sections else "Other"] += (
            count
        )
    keys = _all_buckets(first, last, unit)  # empty days/weeks/months too: the axis is time
    order = [*top_sections, "Other"] if any("Other" in b for b in buckets.values()) else top_sections
    height, left = 240, 50
    slot = (WIDTH - left - 10) / len(keys)
    top = _axis_top([sum(bucket.values()) for bucket in buckets.values()])
    parts = [f'<text x="{left - 6}" y="14" text-anchor="end">{top:,}</text>',
             f'<text x="{left - 6}" y="{height + 4}" text-anchor="end">0</text>']  # fmt: skip
    for i, key in enumerate(keys):
        x, base = left + i * slot, height + 4.0
        total = sum(buckets.get(key, Counter()).values())
        # A bar taller than the axis is drawn to the top, its sections in proportion, and labelled.
        scale = height / top * (min(total, top) / total if total else 1)
        for j, section in enumerate(order):
            count = buckets.get(key, Counter()).get(section, 0)
            if not count:
                continue
            bar = count * scale
            base -= bar
            parts.append(
                f'<rect class="bar{" clipped" if total > top else ""}" x="{x:.1f}" y="{base:.1f}" '
                f'width="{max(slot - 1, 0.5):.1f}" height="{bar:.1f}" fill="{PALETTE[j % len(PALETTE)]}">'
                f"<title>{esc(key)} {esc(section)}: {count:,}</title></rect>"
            )
        if total > top:
            parts.append(_clipped_label(x + max(slot - 1, 0.5) / 2, 4, total))
    parts.extend(
        f'<text x="{left + i * slot:.1f}" y="{height + 22}">{esc(keys[i])}</text>'
        for i in range(0, len(keys), max(1, len(keys) // 8))
    )
    legend = "".join(
        f'<span><i class="swatch" style="background:{PALETTE[j % len(PALETTE)]}"></i>{esc(name)}</span>'
        for j, name in enumerate(order)
    )
    note = (f'<p class="note">{left_out:,} older article(s), published before {first.isoformat()}, are left '
            f"out so that they do not stretch the time axis.</p>") if left_out else ""  # fmt: skip
    return unit, (f'<svg width="{WIDTH}" height="{height + 30}" role="img">{"".join(parts)}</svg>'
                  f'<div class="legend">{legend}</div>{note}')  # fmt: skip


def _axis_top(values: list[int]) -> int:
    """The top of a bar axis: the tallest bar, unless a few outliers would squash every other bar
    flat; then 1.5 times the 90th percentile, and the taller bars are cut there and labelled."""
    ordered = sorted(value for value in values if value)
    if not ordered:
        return 1
    typical = ordered[int(0.9 * (len(ordered) - 1))]
    if len(ordered) >= OUTLIER_MIN_BARS and ordered[-1] > OUTLIER_RATIO * typical:
        return math.ceil(1.5 * typical)
    return ordered[-1]


def _clipped_label(x: float, y: float, value: int) -> str:
    return f'<text class="clipped-value" x="{x:.1f}" y="{y + 10:.1f}" text-anchor="middle">{value:,}</text>'


def _time_range(per_day: Counter[str]) -> tuple[date, date, int]:
    """(first day drawn, last day, articles left out): a handful of much older articles (under 2% of
    the records) that would stretch the axis to more than twice its length start no bar."""
    days = sorted(per_day)
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    total, budget, left_out = sum(per_day.values()), 0.02 * sum(per_day.values()), 0
    start = first
    for day in days:
        if left_out + per_day[day] > budget:
            start = date.fromisoformat(day)
            break
        left_out += per_day[day]
    if left_out and total and (last - start).days * 2 < (last - first).days:
        return start, last, left_out
    return first, last, 0


def _bucket(day: date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day:%Y-%m}"


def _all_buckets(first: date, last: date, unit: str) -> list[str]:
    keys: list[str] = []
    day = first
    while day <= last:
        key = _bucket(day, unit)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1)
    return keys
