"""Memory per URL, and the crawl's cost, of this checkout beside another one, in one run.

    .venv/bin/python benchmarks/memory.py [--small 1000] [--large 4000] [--gone 40000] [--repeat 2]
                                          [--before DIR] [--reruns 3] [--out benchmarks/MEMORY.md]

Renders the replica at --small and --large articles to static files behind nginx (benchmarks/run.py's
helpers), then crawls each with `scrapy crawl week` from this checkout and, with --before, from
another checkout of the project (e.g. `git archive <commit> | tar -x -C DIR`), one after the other on
the same pages and the same Python, --repeat times each from an empty state directory (the median
peak counts). The large site's sitemap index also lists older monthly sitemaps of --gone article URLs
in all (1,000 a month) whose pages are gone (nginx answers 404), as a real archive lists removed articles: the crawl
discovers each, schedules it, fetches it and records it as gone, like any article URL but without the
extraction. They make the difference between the two sizes large enough that a megabyte of noise in a
peak moves the figure by little, in minutes. Reports per checkout:

- peak RSS at both sizes and its growth per 100,000 URLs seen (run.py row (e)'s measure: article URLs
  discovered + requests scheduled), and per 100,000 requests scheduled; the range of the repeats;
- CPU per article (user + sys of the crawl process) and pages/s at each size;
- peak RSS of --reruns unchanged re-runs on the large crawl's state directory, in order: whether a
  recurring crawl's memory stays flat as runs accumulate.

A benchmark reports ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "benchmarks"))

from run import MEASURED, Run, _stats, free_port, list_gone, require_nginx, serve  # beside this file

if TYPE_CHECKING:
    from collections.abc import Callable


def crawl(project: Path, base_url: str, state: Path, output: Path) -> Run:
    """`scrapy crawl week` from `project`'s code: wall time, CPU, peak RSS, final stats."""
    before = os.times()
    started = time.perf_counter()
    args = ["crawl", "week", "-s", f"WEEK_BASE_URL={base_url}", "-s", f"NEWSCRAWL_STATE_DIR={state}",
            "-O", str(output), "-s", "LOG_LEVEL=INFO", "-s", "PROGRESS_BAR=False"]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", MEASURED, "scrapy", *args], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(project)}, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    stats = _stats(done.stderr)
    peak = next((line for line in done.stderr.splitlines() if line.startswith("PEAK_KB=")), "")
    if not stats or not peak:
        raise RuntimeError(f"crawl from {project} failed:\n{done.stderr[-3000:]}")
    return Run(seconds, cpu, int(peak.removeprefix("PEAK_KB=")) / 1024, stats)


def urls_seen(run: Run) -> float:
    return run.stat("newscrawl/discovered/article_urls") + run.stat("scheduler/enqueued")


def requests(run: Run) -> float:
    return run.stat("scheduler/enqueued")


def median_peak(runs: list[Run]) -> float:
    return statistics.median(run.peak_mb for run in runs)


def per_100k(small: list[Run], large: list[Run], measure: Callable[[Run], float]) -> float:
    grown = measure(large[0]) - measure(small[0])
    return (median_peak(large) - median_peak(small)) / max(1.0, grown) * 100_000


def cost(run: Run) -> str:
    articles = max(1.0, run.stat("item_scraped_count"))
    rate = run.stat("response_received_count") / max(1e-9, run.stat("elapsed_time_seconds"))
    return f"{1000 * run.cpu / articles:.2f} ms CPU/article, {rate:.0f} pages/s, peak {run.peak_mb:.0f} MB"


def peaks(runs: list[Run]) -> str:
    return f"{median_peak(runs):.1f} MB" + (
        f" ({min(r.peak_mb for r in runs):.1f}-{max(r.peak_mb for r in runs):.1f})" if len(runs) > 1 else ""
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=4_000)
    parser.add_argument(
        "--gone", type=int, default=40_000, help="gone article URLs in the large site's sitemaps"
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="crawls of each size per checkout (median peak)"
    )
    parser.add_argument(
        "--before", type=Path, help="another checkout of the project, measured beside this one"
    )
    parser.add_argument("--reruns", type=int, default=3)
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "MEMORY.md")
    return parser.parse_args()


def measure(
    projects: dict[str, Path], args: argparse.Namespace, work: Path
) -> tuple[dict[tuple[str, int], list[Run]], dict[str, list[float]]]:
    runs: dict[tuple[str, int], list[Run]] = {}
    reruns: dict[str, list[float]] = {name: [] for name in projects}
    for size in (args.small, args.large):
        size_work, port = work / f"size-{size}", free_port()
        size_work.mkdir()
        _, nginx, _ = serve(size, size_work, port)  # renders, then starts nginx on the files
        list_gone(size_work / "site", f"http://127.0.0.1:{port}", args.gone if size == args.large else 0)
        try:
            for name, project in projects.items():
                for attempt in range(args.repeat):
                    state = size_work / f"state-{name.replace(' ', '-')}-{attempt}"
                    out = size_work / f"{name.replace(' ', '-')}.jsonl"
                    run = crawl(project, f"http://127.0.0.1:{port}", state, out)
                    runs.setdefault((name, size), []).append(run)
                    print(
                        f"{name}, {size:,} articles: {cost(run)}, {urls_seen(run):,.0f} URLs seen", flush=True
                    )
                if size == args.large:
                    for _ in range(args.reruns):
                        reruns[name].append(crawl(project, f"http://127.0.0.1:{port}", state, out).peak_mb)
        finally:
            nginx.terminate()
            nginx.wait()
        shutil.rmtree(size_work / "site", ignore_errors=True)
    return runs, reruns


def main() -> None:
    args = parse_args()
    require_nginx()
    projects = {"this checkout": PROJECT}
    if args.before:
        projects = {"before": args.before.resolve(), **projects}
    work = Path(tempfile.mkdtemp(prefix="newscrawl-memory-"))
    work.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
    try:
        runs, reruns = measure(projects, args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = []
    for name in projects:
        small, large = runs[name, args.small], runs[name, args.large]
        rows += [
            (f"{name}: peak RSS",
             (f"{peaks(small)} at {args.small:,} articles ({urls_seen(small[0]):,.0f} URLs seen), "
              f"{peaks(large)} at {args.large:,} + {args.gone:,} gone ({urls_seen(large[0]):,.0f})"),
             (f"{per_100k(small, large, urls_seen):.1f} MB per 100,000 URLs seen "
              f"({per_100k(small, large, requests):.1f} per 100,000 requests)")),
            (f"{name}: crawl, {args.small:,} articles", cost(small[0]), ""),
            (f"{name}: crawl, {args.large:,} articles + {args.gone:,} gone", cost(large[0]), ""),
            (f"{name}: unchanged re-runs", ", ".join(f"{peak:.0f}" for peak in reruns[name]) + " MB peak, in order",
             f"first crawl {large[-1].peak_mb:.0f} MB"),
        ]  # fmt: skip
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    print(table)
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    command = "    .venv/bin/python benchmarks/memory.py " + " ".join(sys.argv[1:])
    load = "load average {:.1f} {:.1f} {:.1f} at the end".format(*os.getloadavg())
    args.out.write_text(
        f"# Memory per URL\n\nMachine: {machine}. Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} ({load}):\n\n"
        f"{command}\n\n| measure | value | ratio |\n|---|---|---|\n{table}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
