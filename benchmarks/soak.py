"""Soak: a month of hourly runs, in compressed time, against a replica that keeps changing.

    .venv/bin/python benchmarks/soak.py [--runs 720] [--articles 300] [--seed 1] [--kill-rate 0.05]
                                        [--work DIR] [--out benchmarks/SOAK.md] [--deadline 09:45]

Starts the replica in this process, then for each run: evolves the site from a seeded RNG (an article
added about every other run, one revised every 4th run, one deleted every 10th alternating 404 and 410,
one moved to a new URL every 15th, one section renamed halfway), runs `scrapy crawl week` against it as
a subprocess with its own feed file, and in about one run in 20 kills it with SIGKILL once the replica
has served a random number of that run's requests. After a last clean run it checks:

(a) every live article's latest version in the registry equals the replica's (canonical URL, title, body);
    deleted articles are not emitted again after their deletion; moved ones are under their new URL;
(b) across all feed files no (canonical_url, version) pair twice, and each article's versions consecutive;
(c) growth: the state directory's size by part and the registry's row counts every 24 runs (a day),
    with a linear fit of each part against runs and against articles;
(d) leftovers of killed runs: a held lock, temporary files, partial feed lines, runs left "running",
    URLs left "requested".

Compressed time: one run stands for an hour. Settings counted in days are scaled by the measured
seconds per run: ARCHIVE_DISCOVERY_KEEP_DAYS is --discovery-keep-days simulated days (default 7, shorter
than the setting's default of 31 so that a month shows the window at work). Exits 1 if (a), (b) or (d)
fail. A benchmark, not a test: it reports; --runs 40 is a quick look.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import math
import os
import platform
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newscrawl.registry import Registry
from replica import Replica
from replica import catalog as cat

if TYPE_CHECKING:
    from replica.site import Site

DAY_RUNS = 24  # one run an hour
REVISION_STEP = 6 * 3600  # seconds the replica adds to an article's modified date per revision number
MONTH = timedelta(days=31)  # as WEEK_SITEMAP_RECENT_MONTHS counts them
RECENT_MONTHS = 3  # the setting's default
KNOWN_STATE = ("registry.sqlite3", "runs", "archive")


# --- the evolving site ---------------------------------------------------------------------------------------------


@dataclass
class Evolution:
    """Everything the soak has done to the site so far; ``apply`` rebuilds the replica from it."""

    extra: int = 0
    revisions: dict[int, int] = field(default_factory=dict)
    deleted: dict[int, int] = field(default_factory=dict)
    moved: dict[int, str] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    deleted_urls: dict[str, int] = field(default_factory=dict)  # URL -> the run before which it was deleted
    counts: Counter[str] = field(default_factory=Counter)

    def apply(self, replica: Replica) -> Site:
        return replica.rebuild(self.revisions, self.extra, deleted=self.deleted, moved=self.moved,
                               renamed=self.renamed)  # fmt: skip


def site_now(site: Site) -> datetime:
    """The replica's own clock: its newest article (the soak adds one about every other run, two
    replica hours apart, so this clock runs at about the pace of the simulated hours)."""
    return max(m.published for m in site.model.live)


def revision_now(site: Site, index: int, current: int) -> int:
    """A revision number that dates the revision at the site's clock or just after it.

    The replica dates revision r of an article at its first modified date + 6 h * r (+ up to 50 min):
    revision 1 of a month-old article would be dated a month ago, which no newsroom's CMS does, and
    which no sitemap index's lastmod would show. So the soak skips ahead to the revision that lands now."""
    meta = site.model.metas[index]
    behind = (site_now(site) - meta.modified).total_seconds()
    return current + max(1, math.ceil(behind / REVISION_STEP) + 1)


def _live_indices(site: Site, evolution: Evolution) -> list[int]:
    # The seed article (index 0) is left alone: it is the one real page and other tests lean on it.
    return [m.index for m in site.model.live if m.index and m.index not in evolution.moved]


def evolve(rng: random.Random, run: int, runs: int, site: Site, evolution: Evolution) -> list[str]:
    """Change the site before ``run`` as a newsroom would between two hourly runs; returns what changed."""
    events = []
    if rng.random() < 0.6:
        evolution.extra += 1
        events.append("add")
    live = _live_indices(site, evolution)
    if run % 4 == 0 and live:
        index = rng.choice(live)
        evolution.revisions[index] = revision_now(site, index, evolution.revisions.get(index, 0))
        events.append(f"revise {index}")
    if run % 10 == 0 and live:
        index = rng.choice(live)
        status = (404, 410)[evolution.counts["delete"] % 2]
        evolution.deleted[index] = status
        evolution.deleted_urls[site.model.url(site.model.metas[index].path)] = run
        events.append(f"delete {index} ({status})")
    live = [i for i in live if i not in evolution.deleted]
    if run % 15 == 7 and live:
        index = rng.choice(live)
        evolution.moved[index] = f"{site.model.metas[index].slug}-r{run}"
        events.append(f"move {index}")
    if run == runs // 2 and not evolution.renamed:
        tops = sorted(s.key for s in cat.SECTIONS if s.parent is None and site.model.members.get(s.key))
        section = rng.choice(tops)
        evolution.renamed[section] = f"{section}-desk"
        events.append(f"rename {section}")
    for event in events:
        evolution.counts[event.split()[0]] += 1
    return events


# --- one run ---------------------------------------------------------------------------------------------------------


@dataclass
class RunResult:
    run: int
    seconds: float
    returncode: int
    killed_at: int | None  # the request count at which it was killed, None if it ran to the end
    requests: int


def recent_months(site: Site, wall_now: datetime) -> int:
    """WEEK_SITEMAP_RECENT_MONTHS counted from the wall clock that covers the replica's last 3 months.

    The crawler always reads the monthly sitemaps of the last WEEK_SITEMAP_RECENT_MONTHS months before
    today; the replica's calendar is its own (October 2025 onwards), so today is shifted to its clock."""
    return RECENT_MONTHS + math.ceil((wall_now - site_now(site)) / MONTH)


def crawl_command(base_url: str, state: Path, output: Path, keep_days: float, recent: int) -> list[str]:
    return [
        sys.executable, "-m", "scrapy", "crawl", "week", "-s", f"WEEK_BASE_URL={base_url}",
        "-s", f"NEWSCRAWL_STATE_DIR={state}", "-s", f"ARCHIVE_DISCOVERY_KEEP_DAYS={keep_days:.6f}",
        "-s", f"WEEK_SITEMAP_RECENT_MONTHS={recent}", "-s", "LOG_LEVEL=INFO", "-s", "PROGRESS_BAR=False",
        "-O", str(output),
    ]  # fmt: skip


def crawl_env() -> dict[str, str]:
    # Hermetic: a NEWSCRAWL_REDIS_URL in the environment would make every crawl distributed.
    environment = {name: value for name, value in os.environ.items() if name != "NEWSCRAWL_REDIS_URL"}
    return {**environment, "PYTHONPATH": str(PROJECT)}


def run_once(replica: Replica, command: list[str], log: Path, kill_after: int | None, run: int) -> RunResult:
    """One crawl; with ``kill_after``, SIGKILL once the replica has served that many of its requests."""
    before = len(replica.requests)
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command, cwd=PROJECT, env=crawl_env(), stdout=out, stderr=subprocess.STDOUT
        )
        killed_at = None
        if kill_after is not None:
            # Wait for the event (the K-th request of this run reaching the replica), not for a guessed time.
            while process.poll() is None and len(replica.requests) - before < kill_after:
                time.sleep(0.005)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed_at = len(replica.requests) - before
        returncode = process.wait(timeout=900)
    return RunResult(run, time.monotonic() - started, returncode, killed_at, len(replica.requests) - before)


# --- growth ----------------------------------------------------------------------------------------------------------


def disk_bytes(path: Path) -> int:
    """Space on disk (as du counts it: allocated blocks), so that many small files and directories show."""
    return path.lstat().st_blocks * 512


def tree_bytes(path: Path) -> int:
    if not path.exists():
        return 0
    return disk_bytes(path) + sum(disk_bytes(p) for p in path.rglob("*"))


def state_parts(state: Path) -> dict[str, int]:
    """Disk use of the state directory by part: the registry (with its WAL), run directories, the archive
    (article pages and discovery pages apart) and anything else (directories themselves, the lock)."""
    registry = list(state.glob("registry.sqlite3*"))
    parts = {"registry": sum(tree_bytes(p) for p in registry), "runs": tree_bytes(state / "runs"),
             "backups": tree_bytes(state / "backups"), "archive_articles": 0, "archive_discovery": 0}  # fmt: skip
    archive = state / "archive"
    for path in archive.rglob("*") if archive.exists() else ():
        kind = "archive_discovery" if "-discovery-" in path.name else "archive_articles"
        parts[kind] += disk_bytes(path)
    if archive.exists():
        parts["archive_articles"] += disk_bytes(archive)  # the directory's own blocks (one entry per file)
    counted = {*registry, state / "runs", state / "backups", archive}
    parts["other"] = disk_bytes(state) + sum(tree_bytes(p) for p in state.iterdir() if p not in counted)
    return parts


def registry_rows(state: Path) -> dict[str, int]:
    """Row counts of every registry table (including those `Registry.counts` does not list)."""
    db = sqlite3.connect(f"file:{state / 'registry.sqlite3'}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) for table in tables}  # noqa: S608 - names from sqlite_master
    finally:
        db.close()


def table_bytes(state: Path) -> dict[str, int]:
    """Bytes per registry table and index (SQLite's dbstat), or nothing where dbstat is not compiled in."""
    db = sqlite3.connect(f"file:{state / 'registry.sqlite3'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        db.close()
    return {str(name): int(size) for name, size in rows}


@dataclass
class Sample:
    run: int
    articles: int  # rows in the registry's articles table
    versions: int
    parts: dict[str, int]
    rows: dict[str, int]


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys against xs (0 when xs do not vary)."""
    if len(xs) < 2 or len(set(xs)) < 2:
        return 0.0
    return statistics.linear_regression(xs, ys).slope


# --- the final checks ------------------------------------------------------------------------------------------------


def read_feeds(feeds: Path) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    """Every record of every feed file (file name, record), and the problems found (partial lines)."""
    records: list[tuple[str, dict[str, Any]]] = []
    problems: list[str] = []
    for path in sorted(feeds.glob("run-*.jsonl")):
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            problems.append(f"{path.name}: last line cut short")
        for number, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((path.name, json.loads(line)))
            except json.JSONDecodeError:
                problems.append(f"{path.name}:{number}: not JSON")
    return records, problems


def run_of(feed_name: str) -> int:
    return int(feed_name.removeprefix("run-").removesuffix(".jsonl"))


def check_latest(site: Site, registry: Registry) -> dict[str, str]:
    """(a): every live article's latest registry version equals the replica's; returns URL -> what differs."""
    mismatches = {}
    for article in site.oracle:
        latest = registry.latest_record(article.canonical_url)
        want = {"canonical_url": article.canonical_url, "title": article.title,
                "body": "\n\n".join(article.body_paragraphs)}  # fmt: skip
        if latest is None:
            mismatches[article.canonical_url] = f"missing: {article.canonical_url}"
            continue
        wrong = [name for name, value in want.items() if latest.get(name) != value]
        if wrong:
            mismatches[article.canonical_url] = (
                f"{', '.join(wrong)} differ: {article.canonical_url} (v{latest.get('version')})"
            )
    return mismatches


def check_deleted(evolution: Evolution, records: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """(a): no deleted article emitted by a run after its deletion."""
    return [
        f"{item['canonical_url']} emitted by {name} after its deletion before run {evolution.deleted_urls[item['canonical_url']]}"
        for name, item in records
        if item["canonical_url"] in evolution.deleted_urls
        and run_of(name) >= evolution.deleted_urls[item["canonical_url"]]
    ]


def check_versions(records: list[tuple[str, dict[str, Any]]]) -> tuple[list[str], list[str]]:
    """(b): (duplicated (canonical_url, version) pairs, articles whose versions are not 1..n)."""
    pairs = Counter((item["canonical_url"], int(item["version"])) for _, item in records)
    twice = [f"{url} v{version} x{n}" for (url, version), n in pairs.items() if n > 1]
    by_url: dict[str, set[int]] = defaultdict(set)
    for url, version in pairs:
        by_url[url].add(version)
    gaps = [f"{url}: {sorted(v)}" for url, v in by_url.items() if sorted(v) != list(range(1, len(v) + 1))]
    return twice, gaps


def lock_held(state: Path) -> bool:
    path = state / "lock"
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the lock if we got it
    return False


def stray_files(state: Path, feeds: Path) -> list[str]:
    """Files a killed run may leave: temporaries, journals, partial copies."""
    patterns = ("*.tmp", "*.part", "*.partial", "*-journal", "*.lock", "tmp*")
    found = {p for root in (state, feeds) for pattern in patterns for p in root.rglob(pattern)}
    return sorted(str(p) for p in found)


def check_leftovers(state: Path, feeds: Path, feed_problems: list[str], registry: Registry) -> list[str]:
    """(d): what killed runs left behind, after the last clean run."""
    problems = list(feed_problems)
    if lock_held(state):
        problems.append("the state directory's lock is still held")
    problems += [f"stray file: {name}" for name in stray_files(state, feeds)]
    running = [r["run_id"] for r in registry.runs() if r["status"] == "running"]
    problems += [f"run left running: {run_id}" for run_id in running]
    requested = registry.counts().get("frontier_requested", 0)
    if requested:
        problems.append(f"{requested} URL(s) left requested in the frontier")
    return problems


# --- reporting -------------------------------------------------------------------------------------------------------


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n:.1f}"


def growth_table(samples: list[Sample]) -> list[str]:
    """Each part's size at the end, its growth per run (whole soak, and last third), and bytes per article."""
    lines = ["| part | at the end | per run (fit, all) | per run (fit, last third) | per article at the end |",
             "|---|---:|---:|---:|---:|"]  # fmt: skip
    runs = [float(s.run) for s in samples]
    tail = samples[len(samples) * 2 // 3 :] if len(samples) >= 3 else samples
    last = samples[-1]
    for part in last.parts:
        ys = [float(s.parts[part]) for s in samples]
        tail_slope = slope([float(s.run) for s in tail], [float(s.parts[part]) for s in tail])
        lines.append(f"| {part} | {human(last.parts[part])} | {human(slope(runs, ys))} | {human(tail_slope)} | "
                     f"{human(last.parts[part] / max(1, last.articles))} |")  # fmt: skip
    total = [float(sum(s.parts.values())) for s in samples]
    lines.append(f"| **total** | {human(total[-1])} | {human(slope(runs, total))} | "
                 f"{human(slope([float(s.run) for s in tail], total[len(samples) - len(tail) :]))} | "
                 f"{human(total[-1] / max(1, last.articles))} |")  # fmt: skip
    return lines


def rows_table(samples: list[Sample]) -> list[str]:
    tables = sorted(samples[-1].rows)
    lines = ["| run | " + " | ".join(tables) + " |", "|---:|" + "---:|" * len(tables)]
    lines += [f"| {s.run} | " + " | ".join(str(s.rows.get(t, 0)) for t in tables) + " |" for s in samples]
    return lines


def sizes_table(samples: list[Sample]) -> list[str]:
    parts = list(samples[-1].parts)
    lines = [
        "| run | articles | versions | " + " | ".join(parts) + " |",
        "|---:|---:|---:|" + "---:|" * len(parts),
    ]
    lines += [f"| {s.run} | {s.articles} | {s.versions} | " + " | ".join(human(s.parts[p]) for p in parts) + " |"
              for s in samples]  # fmt: skip
    return lines


# --- the soak --------------------------------------------------------------------------------------------------------


def sample(run: int, state: Path) -> Sample:
    rows = registry_rows(state)
    return Sample(run, rows.get("articles", 0), rows.get("versions", 0), state_parts(state), rows)


def scaled_keep_days(simulated_days: float, seconds_per_run: float) -> float:
    """A retention of ``simulated_days`` in a soak where one run (``seconds_per_run``) stands for an hour."""
    return simulated_days * DAY_RUNS * seconds_per_run / 86400


@dataclass
class Soak:
    args: argparse.Namespace
    work: Path
    rng: random.Random
    evolution: Evolution = field(default_factory=Evolution)
    results: list[RunResult] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    @property
    def state(self) -> Path:
        return self.work / "state"

    @property
    def feeds(self) -> Path:
        return self.work / "feeds"

    def seconds_per_run(self) -> float:
        done = [r.seconds for r in self.results if r.killed_at is None]
        return statistics.mean(done[-48:]) if done else self.args.hour

    def crawl(self, replica: Replica, run: int, kill: bool) -> RunResult:
        keep = scaled_keep_days(self.args.discovery_keep_days, self.seconds_per_run())
        output = self.feeds / f"run-{run:04d}.jsonl"
        recent = recent_months(replica.site, datetime.now(UTC))
        command = crawl_command(replica.base_url, self.state, output, keep, recent)
        clean = [r.requests for r in self.results if r.killed_at is None]
        typical = int(statistics.median(clean[-24:])) if clean else 40
        kill_after = self.rng.randint(1, max(2, typical)) if kill else None
        log = self.work / "logs" / f"run-{run:04d}.log"
        result = run_once(replica, command, log, kill_after, run)
        if result.killed_at is None and result.returncode == 0:
            log.unlink()  # keep the logs of killed and failed runs only
        return result

    def one(self, replica: Replica, run: int, runs: int) -> None:
        events = evolve(self.rng, run, runs, replica.site, self.evolution)
        site = self.evolution.apply(replica)
        kill = self.rng.random() < self.args.kill_rate
        result = self.crawl(replica, run, kill)
        self.results.append(result)
        note = (
            f"exit {result.returncode}"
            if result.killed_at is None
            else f"killed at request {result.killed_at}"
        )
        print(f"run {run:4d}/{runs}: {len(site.oracle)} live, {', '.join(events) or 'no change'}; "
              f"{result.requests} requests, {result.seconds:.1f} s, {note}", flush=True)  # fmt: skip
        if run % DAY_RUNS == 0:
            self.samples.append(sample(run, self.state))
            self.save_progress()

    def save_progress(self) -> None:
        progress = {"runs": len(self.results), "samples": [s.__dict__ for s in self.samples],
                    "evolution": dict(self.evolution.counts)}  # fmt: skip
        (self.work / "progress.json").write_text(json.dumps(progress, indent=1) + "\n", encoding="utf-8")


def deadline_passed(deadline: str | None) -> bool:
    if not deadline:
        return False
    hour, minute = (int(x) for x in deadline.split(":"))
    now = datetime.now(UTC)
    return (now.hour, now.minute) >= (hour, minute)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=720, help="incremental runs (720 = 30 days of hourly runs)"
    )
    parser.add_argument("--articles", type=int, default=300, help="articles of the replica at the start")
    parser.add_argument("--seed", type=int, default=1, help="seed of the evolution and of the kills")
    parser.add_argument("--kill-rate", type=float, default=0.05, help="share of runs killed with SIGKILL")
    parser.add_argument("--discovery-keep-days", type=float, default=7.0,
                        help="ARCHIVE_DISCOVERY_KEEP_DAYS in simulated days (one run = one hour)")  # fmt: skip
    parser.add_argument(
        "--hour", type=float, default=5.0, help="seconds a run is assumed to take before any has"
    )
    parser.add_argument(
        "--work", type=Path, help="state, feeds and logs go here (default: a temporary directory)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work directory at the end")
    parser.add_argument("--deadline", help="UTC HH:MM: stop starting runs then, and check what was done")
    parser.add_argument(
        "--out", type=Path, help="write the figures as Markdown here (e.g. benchmarks/SOAK.md)"
    )
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="newscrawl-soak-"))
    soak = Soak(args, work, random.Random(args.seed))
    for sub in ("state", "feeds", "logs"):
        (work / sub).mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        with Replica.start(seed=args.seed, articles=args.articles) as replica:
            completed = drive(soak, replica)
            final = soak.crawl(replica, completed + 1, kill=False)
            soak.results.append(final)
            soak.samples.append(sample(completed + 1, soak.state))
            found = findings(soak, replica.site, completed, time.monotonic() - started)
            report = report_lines(soak, found)
            ok = found.ok and final.returncode == 0
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(report))
    if args.out:
        args.out.write_text("\n".join(report) + "\n", encoding="utf-8")
    return 0 if ok else 1


def drive(soak: Soak, replica: Replica) -> int:
    """The runs themselves; returns how many were done (fewer than asked if the deadline came first)."""
    for run in range(1, soak.args.runs + 1):
        if deadline_passed(soak.args.deadline):
            print(f"deadline {soak.args.deadline} UTC reached after {run - 1} runs", flush=True)
            return run - 1
        soak.one(replica, run, soak.args.runs)
    runs: int = soak.args.runs
    return runs


@dataclass
class Findings:
    completed: int
    elapsed: float
    live: int
    records: int
    run_statuses: dict[str, int]
    mismatches: list[str]  # (a)
    moved: int
    moved_wrong: list[str]
    deleted: list[str]
    deleted_still_known: int  # deleted articles the registry still holds as articles (never fetched again)
    twice: list[str]  # (b)
    gaps: list[str]
    leftovers: list[str]  # (d)

    @property
    def ok(self) -> bool:
        return not (
            self.mismatches or self.moved_wrong or self.deleted or self.twice or self.gaps or self.leftovers
        )


def findings(soak: Soak, site: Site, completed: int, elapsed: float) -> Findings:
    records, feed_problems = read_feeds(soak.feeds)
    registry = Registry.open(soak.state, readonly=True)
    try:
        mismatches = check_latest(site, registry)
        leftovers = check_leftovers(soak.state, soak.feeds, feed_problems, registry)
        statuses = Counter(str(r["status"]) for r in registry.runs())
        still_known = [
            url
            for url in soak.evolution.deleted_urls
            if (known := registry.lookup(url)) and known.status == "done"
        ]
    finally:
        registry.close()
    moved = {
        site.model.url(site.model.metas[i].path)
        for i in soak.evolution.moved
        if i not in soak.evolution.deleted
    }
    twice, gaps = check_versions(records)
    return Findings(
        completed, elapsed, len(site.oracle), len(records), dict(statuses), list(mismatches.values()), len(moved),
        [mismatches[url] for url in sorted(moved & set(mismatches))], check_deleted(soak.evolution, records), len(still_known), twice,
        gaps, leftovers,
    )  # fmt: skip


def verdict(problems: list[str]) -> str:
    return "ok" if not problems else f"**{len(problems)} problem(s)**: " + "; ".join(problems[:5])


def summary_lines(soak: Soak, found: Findings) -> list[str]:
    args, results, evolution = soak.args, soak.results, soak.evolution
    killed = [r for r in results if r.killed_at is not None]
    clean = [r for r in results if r.killed_at is None]
    codes = dict(sorted(Counter(r.returncode for r in clean).items()))
    seconds = statistics.mean(r.seconds for r in clean) if clean else 0.0
    requests = statistics.median(r.requests for r in clean) if clean else 0
    kill_points = ", ".join(str(r.killed_at) for r in killed[:12]) + ("..." if len(killed) > 12 else "")
    keep = scaled_keep_days(args.discovery_keep_days, seconds)
    files = len(list(soak.feeds.glob("run-*.jsonl")))
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"
    return [
        f"`{' '.join(['.venv/bin/python', 'benchmarks/soak.py', *sys.argv[1:]])}`",
        "",
        f"Machine: {machine}, Python {platform.python_version()} (shared with other work). "
        + f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Wall time: {found.elapsed / 60:.0f} min.",
        "",
        f"- Runs: {found.completed} of {args.runs} asked, then one last clean run; {len(killed)} killed with "
        + f"SIGKILL (after request {kill_points} of the run); exit codes of the others: {codes}.",
        f"- Per run: {seconds:.1f} s mean, {requests:.0f} requests median. Compressed time: a run stands for an "
        + f"hour; ARCHIVE_DISCOVERY_KEEP_DAYS = {args.discovery_keep_days:g} simulated days, passed as "
        + f"{keep:.4f} days ({args.discovery_keep_days * DAY_RUNS:.0f} runs of {seconds:.1f} s).",
        f"- Site: {args.articles} articles at the start, {found.live} live at the end; changes: "
        + f"{dict(sorted(evolution.counts.items()))}.",
        f"- Feeds: {found.records} records in {files} files; runs in the registry: {found.run_statuses}.",
    ]


def checks_table(soak: Soak, found: Findings) -> list[str]:
    ok_live = found.live - len(found.mismatches)
    return [
        "| check | result |",
        "|---|---|",
        f"| (a) live articles: latest version = replica (URL, title, body) | {ok_live} of {found.live}; "
        + f"{verdict(found.mismatches)} |",
        f"| (a) deleted articles ({len(soak.evolution.deleted_urls)}) not emitted after deletion | "
        + f"{verdict(found.deleted)} (the registry still holds {found.deleted_still_known} of them as articles: "
        + "no run fetches a known, unchanged URL again, so none learns of the 404/410) |",
        f"| (a) moved articles ({found.moved} live) under their new URL | "
        + f"{found.moved - len(found.moved_wrong)} of {found.moved}; {verdict(found.moved_wrong)} |",
        f"| (b) no (canonical_url, version) twice across all feeds | {verdict(found.twice)} |",
        f"| (b) versions of each article consecutive from 1 | {verdict(found.gaps)} |",
        "| (d) leftovers of killed runs (held lock, temporary files, partial lines, runs left running, URLs "
        + f"left requested) | {verdict(found.leftovers)} |",
    ]


def report_lines(soak: Soak, found: Findings) -> list[str]:
    samples = soak.samples
    lines = [
        "# Soak: a month of hourly runs",
        "",
        *summary_lines(soak, found),
        "",
        *checks_table(soak, found),
    ]
    lines += ["", "## Growth of the state directory", "", *growth_table(samples), ""]
    lines += ["Sizes every 24 runs (a simulated day):", "", *sizes_table(samples), ""]
    lines += ["Registry rows every 24 runs:", "", *rows_table(samples)]
    sizes = table_bytes(soak.state)
    if sizes:
        biggest = sorted(sizes.items(), key=lambda kv: -kv[1])
        lines += ["", "Registry bytes by table and index at the end (dbstat): "
                  + ", ".join(f"{name} {human(size)}" for name, size in biggest)]  # fmt: skip
    return lines


if __name__ == "__main__":
    sys.exit(main())
