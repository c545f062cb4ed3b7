"""Distributed benchmark: the plain crawl, one worker on Redis and two workers on Redis, side by side.

    .venv/bin/pip install -r requirements-dev.txt        # + apt-get install nginx-light redis-server
    .venv/bin/python benchmarks/distributed.py [--weight real|light|both] [--articles 1500] \
        [--light-articles 5000] [--repeat 2] [--frontier-requests 100000] [--out benchmarks/DISTRIBUTED.md]

For each weight (default both, real first: replica pages of ~650 KB as the live site's, then the light
~30 KB ones), one replica rendered to static files behind nginx on 127.0.0.1, crawled by the real
`scrapy crawl week`:

(1) plain: one process, no REDIS_URL, the SQLite registry (benchmarks/run.py's `crawl`);
(2) one worker with REDIS_URL on a fresh redis-server of its own (127.0.0.1, a free port, a temporary
    directory, `--save "" --appendonly yes --appendfsync everysec` as in production);
(3) two workers started together on another fresh redis-server, each with its own state directory
    and output file: throughput is the article pages both fetched over the wall time from their start
    to the last one's exit.
(2) and (3) run --repeat times, alternately: the machine's cores may be shared with other work, which
slows whichever crawl it meets; every pair's ratio is reported, and the detailed rows show the pair
with the lower one.

Throughput is article pages fetched (`newscrawl/article/fetched`) per second of the process wall
time, start-up included, the same way for all. (4) Redis round trips per article page are counted in
the workers: their redis-py connections count every request they write (a pipeline or a MULTI/EXEC
block is one round trip; scripts, sent with EVAL, named by their SHA1), and the replies the reactor
thread waited for (RedisPipe.call, and any round trip not sent by the RedisPipe thread); each worker
prints the counts at exit. The server's `INFO commandstats` counts the commands a Lua script runs
under their own names, like the client's: it serves as a cross-check (the scripts it ran must be the
ones the clients sent) and gives the server-side work. (5) Redis memory: 100,000 realistic article
requests pushed into a fresh server through the project's LeasedQueue.push_unseen with scrapy-redis's
fingerprint, then all popped and acknowledged (`used_memory` growth of the queue, and of the
dupefilter that a finished crawl keeps); and, after the crawls of (2) and (3), `used_memory` and
MEMORY USAGE (SAMPLES 0) of the registry keys. (6) Ratios. (7) Where the gap to 2x is: CPU seconds of
the workers, Redis and nginx (from /proc) against the machine's busy cores (/proc/stat), the rest
being other processes. Prints a table and writes it, with the machine and the command, to --out. A
benchmark reports; it asserts nothing. `--smoke` runs it on a few hundred articles, for a quick check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from run import MEASURED, Run, _stats, crawl, free_port, render, require_nginx, start_nginx

from replica import build_site
from tests.redisserver import BINARY as REDIS_SERVER
from tests.redisserver import RedisServer

if TYPE_CHECKING:
    import redis

    from replica.site import Site

PREFIX = "newscrawl:week"  # FRONTIER_KEY_PREFIX for the week spider (the project default)
PER = 100_000

# Prepended to run.py's MEASURED (peak RSS): counts, in the worker, what its redis-py connections send.
# One send_packed_command call is one request written and its replies read: a round trip (a pipeline,
# MULTI/EXEC included, is one). Counted by the name of the command, EVAL and EVALSHA by their script's
# SHA1. Also counted: the replies the reactor thread waited for, RedisPipe.call and round trips sent by
# any thread but the RedisPipe's ("newscrawl-redis"), which sends while the reactor goes on.
COUNTING = """
import atexit, collections, hashlib, json, sys, threading
import redis.connection

_trips, _commands, _threads = collections.Counter(), collections.Counter(), collections.Counter()
_send = redis.connection.AbstractConnection.send_packed_command

def _names(command):
    if isinstance(command, str):
        command = [command]
    data = b"".join(bytes(chunk) if not isinstance(chunk, str) else chunk.encode() for chunk in command)
    names, pos = [], 0
    while pos < len(data):
        end = data.index(b"\\r\\n", pos)
        count, pos = int(data[pos + 1:end]), end + 2
        words = []
        for index in range(count):
            end = data.index(b"\\r\\n", pos)
            size, pos = int(data[pos + 1:end]), end + 2
            if index < 2:
                words.append(data[pos:pos + size])
            pos += size + 2
        name = words[0].decode().upper()
        if name == "EVAL":
            name = "EVALSHA " + hashlib.sha1(words[1]).hexdigest()
        elif name == "EVALSHA":
            name = "EVALSHA " + words[1].decode()
        names.append(name)
    return names

def _counted(self, command, check_health=True):
    names = _names(command)
    _trips["MULTI/EXEC" if names[0] == "MULTI" else names[0] if len(names) == 1 else "pipeline"] += 1
    _commands.update(names)
    _threads["pipe" if threading.current_thread().name == "newscrawl-redis" else "waited"] += 1
    return _send(self, command, check_health)

redis.connection.AbstractConnection.send_packed_command = _counted

import newscrawl.distributed.pipe
_call = newscrawl.distributed.pipe.RedisPipe.call

def _waited(self, *command):
    _threads["waited"] += 1
    return _call(self, *command)

newscrawl.distributed.pipe.RedisPipe.call = _waited

@atexit.register
def _report():
    report = {"round_trips": dict(_trips), "commands": dict(_commands), "threads": dict(_threads)}
    sys.stderr.write("\\nREDIS_CLIENT=" + json.dumps(report) + "\\n")
"""
WORKER = COUNTING + MEASURED


@dataclass
class Worker(Run):
    """One `scrapy crawl week` process with REDIS_URL: run.py's Run plus what it sent to Redis."""

    name: str
    round_trips: dict[str, int]  # by command (EVALSHA by script), MULTI/EXEC and pipelines as one
    commands: dict[str, int]  # every command sent, those inside MULTI/EXEC and pipelines included
    threads: dict[str, int]  # round trips by sender: "pipe" (the RedisPipe thread), "waited" (the others)

    @property
    def pages(self) -> float:
        return self.stat("newscrawl/article/fetched")

    @property
    def trips(self) -> int:
        return sum(self.round_trips.values())


@dataclass
class SharedRun:
    """Workers started together on one fresh redis-server, and what the server saw."""

    workers: list[Worker]
    seconds: float  # from their start to the last one's exit
    server_calls: dict[str, int]  # INFO commandstats: calls during the crawl, by command
    memory: dict[str, float]
    redis_cpu: float  # seconds of CPU (user + system) redis-server used, its whole life
    cores_busy: float  # the machine's CPUs busy during the crawl (/proc/stat), everything on it included
    nginx_cpu: float  # seconds of CPU nginx (master and workers) used during the crawl
    wall_cpu: float  # seconds of all the machine's CPUs busy during the crawl (cores_busy x seconds)

    @property
    def pages(self) -> float:
        return sum(worker.pages for worker in self.workers)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds

    @property
    def trips(self) -> int:
        return sum(worker.trips for worker in self.workers)

    @property
    def waited(self) -> int:
        """Round trips a worker's reactor (or any thread but its RedisPipe's) waited for."""
        return sum(worker.threads.get("waited", 0) for worker in self.workers)

    @property
    def cpu(self) -> float:
        """CPU seconds of the crawl's own processes: workers, Redis, nginx."""
        return sum(worker.cpu for worker in self.workers) + self.redis_cpu + self.nginx_cpu

    def client_commands(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for worker in self.workers:
            for name, count in worker.commands.items():
                total[name] = total.get(name, 0) + count
        return total


def command_calls(client: redis.Redis) -> dict[str, int]:
    """INFO commandstats: calls so far by command (`cmdstat_` dropped), script-internal ones included."""
    stats: dict[str, Any] = client.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs since boot, from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = fields
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live children (nginx: master and workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for task in [
        pid,
        *(int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()),
    ]:
        fields = Path(f"/proc/{task}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def cores_busy(before: tuple[int, int], after: tuple[int, int]) -> float:
    """How many of the machine's CPUs were busy, on average, between two cpu_ticks()."""
    return (after[0] - before[0]) / max(1, after[1] - before[1]) * (os.cpu_count() or 1)


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def key_bytes(client: redis.Redis, pattern: str) -> tuple[int, int]:
    """(keys, bytes): MEMORY USAGE with SAMPLES 0 (every element counted) of the keys matching `pattern`."""
    keys = total = 0
    for key in client.scan_iter(match=pattern, count=1000):
        keys += 1
        total += int(client.memory_usage(key, samples=0) or 0)
    return keys, total


def worker_command(base_url: str, state: Path, output: Path, redis_url: str) -> list[str]:
    # run.py's crawl() with REDIS_URL, under WORKER instead of MEASURED.
    return [sys.executable, "-c", WORKER, "scrapy", "crawl", "week", "-s", f"WEEK_BASE_URL={base_url}",
            "-s", f"NEWSCRAWL_STATE_DIR={state}", "-O", str(output), "-s", "LOG_LEVEL=INFO",
            "-s", f"REDIS_URL={redis_url}"]  # fmt: skip


def start_together(commands: dict[str, list[str]], work: Path) -> tuple[float, list[Worker]]:
    """Start every command at once; wait for all. Returns the wall time to the last exit and each
    worker's own wall time, CPU (its rusage), peak RSS, stats and Redis counts."""
    environment = {**os.environ, "PYTHONPATH": str(PROJECT)}
    ended: dict[str, tuple[float, int, float]] = {}

    def reap(name: str, process: subprocess.Popen[bytes]) -> None:
        _, status, usage = os.wait4(process.pid, 0)  # the child's own rusage, whatever else runs
        process.returncode = os.waitstatus_to_exitcode(status)
        ended[name] = (time.perf_counter(), process.returncode, usage.ru_utime + usage.ru_stime)

    started = time.perf_counter()
    threads = []
    for name, command in commands.items():
        with (work / f"{name}.log").open("wb") as stderr:
            process = subprocess.Popen(command, cwd=PROJECT, env=environment, stdout=subprocess.DEVNULL,
                                       stderr=stderr)  # fmt: skip
        thread = threading.Thread(target=reap, args=(name, process))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    workers = []
    for name in commands:
        finished, code, cpu = ended[name]
        log = (work / f"{name}.log").read_text(encoding="utf-8", errors="replace")
        stats, counts = _stats(log), re.search(r"^REDIS_CLIENT=(.+)$", log, re.MULTILINE)
        peak = re.search(r"PEAK_KB=(\d+)", log)
        if code != 0 or not stats or counts is None:
            raise RuntimeError(f"worker {name} failed (exit {code}):\n{log[-3000:]}")
        client = json.loads(counts.group(1))
        workers.append(Worker(finished - started, cpu, int(peak.group(1)) / 1024 if peak else 0.0, stats,
                              name, client["round_trips"], client["commands"], client["threads"]))  # fmt: skip
    return max(ended[name][0] for name in commands) - started, workers


def shared_crawl(base_url: str, work: Path, label: str, workers: int, nginx: int) -> SharedRun:
    """`workers` workers started together on a fresh redis-server of their own (`nginx`: its pid)."""
    with RedisServer(work / f"redis-{label}", appendfsync="everysec") as server:
        client = server.client()
        baseline = used_memory(client)
        before = command_calls(client)
        names = [f"{label}-{chr(ord('a') + index)}" for index in range(workers)]
        commands = {name: worker_command(base_url, work / f"state-{name}", work / f"{name}.jsonl", server.url)
                    for name in names}  # fmt: skip
        ticks, nginx_before = cpu_ticks(), process_cpu(nginx)
        seconds, done = start_together(commands, work)
        busy, nginx_cpu = cores_busy(ticks, cpu_ticks()), process_cpu(nginx) - nginx_before
        after = command_calls(client)
        calls = {
            name: after[name] - before.get(name, 0) for name in after if after[name] != before.get(name, 0)
        }
        calls.pop("info", None)  # ours: the snapshots above
        end = used_memory(client)
        registry_keys, registry = key_bytes(client, f"{PREFIX}:registry:*")
        dupefilters, dupefilter = key_bytes(client, f"{PREFIX}:crawl:*:dupefilter")
        fingerprints = sum(
            int(client.scard(key)) for key in client.scan_iter(match=f"{PREFIX}:crawl:*:dupefilter")
        )
        memory: dict[str, float] = {
            "used_memory_before": baseline,
            "used_memory_after": end,
            "registry_keys": registry_keys,
            "registry_bytes": registry,
            "registry_articles": int(client.hlen(f"{PREFIX}:registry:articles")),
            "dupefilter_keys": dupefilters,
            "dupefilter_bytes": dupefilter,
            "dupefilter_fingerprints": fingerprints,
            "keys": int(client.dbsize()),
        }
        client.close()
    return SharedRun(done, seconds, calls, memory, server.cpu, busy, nginx_cpu, busy * seconds)


def script_names() -> dict[str, str]:
    """SHA1 -> name of every Lua script of newscrawl.distributed (the registry's with their PRELUDE),
    to name the EVALSHA round trips."""
    from newscrawl.distributed import crawl as crawl_scripts
    from newscrawl.distributed import queue as queue_scripts
    from newscrawl.distributed import registry as registry_scripts
    from newscrawl.distributed.pipe import Script

    names: dict[str, str] = {}
    for module, prelude in (
        (queue_scripts, ""),
        (crawl_scripts, ""),
        (registry_scripts, registry_scripts.PRELUDE),
    ):
        short = module.__name__.rsplit(".", 1)[-1]
        for name, value in vars(module).items():
            text = value.body if isinstance(value, Script) else value
            if isinstance(text, str) and name.isupper() and ("redis.call" in text or "ARGV" in text):
                for body in {text, prelude + text}:
                    names[hashlib.sha1(body.encode()).hexdigest()] = f"{short}.{name}"  # noqa: S324
    return names


def frontier_memory(work: Path, count: int) -> dict[str, float]:
    """Redis memory of `count` article requests in the shared queue, then of the dupefilter alone
    once every request has been popped and acknowledged (what a finished crawl keeps)."""
    from scrapy import Request
    from scrapy_redis.dupefilter import RFPDupeFilter

    from newscrawl.articleurl import ARTICLE, DISCOVERED_DATE, DISCOVERED_URL, KICKER
    from newscrawl.distributed import serializer
    from newscrawl.distributed.queue import LeasedQueue
    from newscrawl.spiders.week import ARTICLE_PRIORITY, WeekSpider
    from replica.util import iso

    model = build_site("https://theweek.com", seed=11, articles=count).model
    spider = WeekSpider()
    requests = []
    for index, meta in enumerate(model.metas):
        url = model.url(meta.path)
        # As WeekSpider._article_request builds them: from a listing card (its kicker and date) or from
        # a sitemap (no kicker; the lastmod as the hint); plus the Referer header, which Scrapy's
        # RefererMiddleware adds on the way to the scheduler (as the queue of a real crawl shows).
        listing = index % 2 == 0
        hint = iso(meta.published if listing else meta.modified)
        referer = model.url(f"/{meta.section}/page/{index % 50 + 2}" if listing else "/sitemap-2025-10.xml")
        request = Request(url, callback=spider.parse_article, errback=spider.article_failed,
                          meta={KICKER: meta.kicker if listing else None, ARTICLE: True,
                                DISCOVERED_URL: url, DISCOVERED_DATE: hint},
                          headers={"Referer": referer}, priority=ARTICLE_PRIORITY)  # fmt: skip
        requests.append(request)
    with RedisServer(work / "redis-frontier", appendfsync="everysec") as server:
        client = server.client()
        keys = {name: f"{PREFIX}:crawl:bench:{name}" for name in ("queue", "leases", "dupefilter")}
        queue = LeasedQueue(client, spider, keys["queue"], serializer, keys["leases"], keys["dupefilter"], 30)
        fingerprints = RFPDupeFilter(client, keys["dupefilter"])
        # Load the scripts first (their cache is no part of the frontier), then start from empty keys.
        queue.push_unseen(Request("https://theweek.com/warm-up", callback=spider.parse_article), "warm-up")
        popped = queue.pop_leased()
        assert popped is not None
        queue.pop_leased([popped[1]])
        client.delete(*keys.values())
        empty = used_memory(client)
        started = time.perf_counter()
        pushed = sum(
            queue.push_unseen(request, fingerprints.request_fingerprint(request)) for request in requests
        )
        push_seconds = time.perf_counter() - started
        queued = used_memory(client)
        queue_usage = int(client.memory_usage(keys["queue"], samples=0) or 0)
        dupefilter_usage = int(client.memory_usage(keys["dupefilter"], samples=0) or 0)
        member_bytes = sum(len(member) for member in client.zrange(keys["queue"], 0, -1))
        started = time.perf_counter()
        acks: list[bytes] = []
        while popped := queue.pop_leased(acks):
            acks = [popped[1]]
        queue.ack(acks)
        pop_seconds = time.perf_counter() - started
        drained = used_memory(client)
        left = int(client.zcard(keys["queue"])) + int(client.zcard(keys["leases"]))
        client.close()
    return {
        "requests": len(requests),
        "pushed": pushed,
        "used_memory_empty": empty,
        "used_memory_queued": queued,
        "used_memory_drained": drained,
        "queue_memory_usage": queue_usage,
        "dupefilter_memory_usage": dupefilter_usage,
        "mean_member_bytes": member_bytes / max(1, pushed),
        "left_in_queue_or_leased": left,
        "push_per_second": pushed / push_seconds,
        "pop_ack_per_second": pushed / pop_seconds,
    }


def mb(value: float) -> str:
    return f"{value / 1024 / 1024:.1f} MB"


def by_kind(run: SharedRun, names: dict[str, str], field: str) -> dict[str, float]:
    """Round trips (`field` "round_trips") or commands ("commands") per article page, by command or
    script (`names`: SHA1 -> script), most frequent first."""
    merged: dict[str, int] = {}
    for worker in run.workers:
        for kind, count in getattr(worker, field).items():
            label = names.get(kind.split()[1], kind[:16]) if kind.startswith("EVALSHA ") else kind
            merged[label] = merged.get(label, 0) + count
    return {kind: count / run.pages for kind, count in sorted(merged.items(), key=lambda item: -item[1])}


def server_side(run: SharedRun) -> dict[str, float]:
    """What the server counted against what the clients sent."""
    sent = run.client_commands()
    sent_total = sum(sent.values())
    total = sum(run.server_calls.values())
    return {
        "server_script_calls": sum(
            run.server_calls.get(name, 0) for name in ("evalsha", "eval", "evalsha_ro")
        ),
        "client_script_calls": sum(count for name, count in sent.items() if name.startswith("EVAL")),
        "server_commands": total,
        "client_commands": sent_total,
        "server_commands_per_page": total / run.pages,
        "inside_scripts_per_page": (total - sent_total) / run.pages,
    }


def crawl_cell(rate: float, pages: float, seconds: float, items: float) -> str:
    return f"{rate:.0f} pages/s: {pages:,.0f} article pages in {seconds:.1f} s, {items:,.0f} items"


def memory_cell(run: SharedRun) -> str:
    memory = run.memory
    articles = memory["registry_articles"]
    per_100k = memory["registry_bytes"] / max(1, articles) * PER
    return (
        f"used_memory {mb(memory['used_memory_after'])} ({mb(memory['used_memory_before'])} empty); "
        f"registry {mb(memory['registry_bytes'])} in {memory['registry_keys']:.0f} keys for "
        f"{articles:,.0f} articles = {mb(per_100k)} per 100k; dupefilter {mb(memory['dupefilter_bytes'])} "
        f"for {memory['dupefilter_fingerprints']:,.0f} fingerprints = "
        f"{mb(memory['dupefilter_bytes'] / max(1, memory['dupefilter_fingerprints']) * PER)} per 100k"
    )


@dataclass
class Weight:
    """The three crawls of one replica: plain, one worker, two workers."""

    name: str  # "real" or "light" (replica.build_site's weight)
    articles: int
    paths: int
    kb_per_article: float  # mean size of an article page as served
    plain: Run
    plain_busy: float
    plain_nginx_cpu: float
    pairs: list[tuple[SharedRun, SharedRun]]  # (one worker, two workers), crawled one after the other
    sqlite_per_100k: float

    @staticmethod
    def ratio(pair: tuple[SharedRun, SharedRun]) -> float:
        return pair[1].rate / pair[0].rate

    @property
    def shown(self) -> tuple[SharedRun, SharedRun]:
        """The pair the detailed rows show: the one with the lower ratio (the cores are shared with
        other work, which slows either crawl of a pair; the lower ratio is the conservative figure)."""
        return min(self.pairs, key=self.ratio)

    @property
    def one(self) -> SharedRun:
        return self.shown[0]

    @property
    def two(self) -> SharedRun:
        return self.shown[1]

    @property
    def plain_rate(self) -> float:
        return self.plain.stat("newscrawl/article/fetched") / self.plain.seconds


def ms(seconds: float, pages: float) -> str:
    return f"{1000 * seconds / max(1.0, pages):.1f}"


def ceiling(run: SharedRun) -> float:
    """Pages/s the machine's cores could give this crawl if its processes had them all: cores over
    the CPU seconds per page of workers, Redis and nginx."""
    return (os.cpu_count() or 1) / (run.cpu / run.pages)


def weight_rows(weight: Weight, names: dict[str, str]) -> list[tuple[str, str, str]]:
    tag = f"[{weight.name}]"
    plain, one, two = weight.plain, weight.one, weight.two
    plain_pages = plain.stat("newscrawl/article/fetched")
    single = one.workers[0]
    cores = os.cpu_count()
    rows = [
        (
            f"{tag} replica",
            f"{weight.articles:,} articles, {weight.paths:,} paths, static files behind nginx",
            f"article pages {weight.kb_per_article:,.0f} KB on average",
        ),
        (
            f"{tag} (1) plain crawl (SQLite)",
            crawl_cell(weight.plain_rate, plain_pages, plain.seconds, plain.stat("item_scraped_count")),
            (
                f"reference; CPU {ms(plain.cpu, plain_pages)} ms/page, nginx {ms(weight.plain_nginx_cpu, plain_pages)} "
                f"ms/page, peak RSS {plain.peak_mb:.0f} MB; {weight.plain_busy:.2f} of {cores} cores busy"
            ),
        ),
        (
            f"{tag} (2) 1 worker on Redis",
            crawl_cell(one.rate, one.pages, one.seconds, single.stat("item_scraped_count")),
            (
                f"{one.rate / weight.plain_rate:.2f}x plain; CPU {ms(single.cpu, single.pages)} ms/page, "
                f"peak RSS {single.peak_mb:.0f} MB; Redis {ms(one.redis_cpu, one.pages)} ms/page, nginx "
                f"{ms(one.nginx_cpu, one.pages)} ms/page; {one.cores_busy:.2f} of {cores} cores busy"
            ),
        ),
        (
            f"{tag} (3) 2 workers on Redis",
            crawl_cell(
                two.rate, two.pages, two.seconds, sum(w.stat("item_scraped_count") for w in two.workers)
            ),
            (
                f"**{two.rate / one.rate:.2f}x 1 worker**, {two.rate / weight.plain_rate:.2f}x plain; CPU "
                f"{ms(sum(w.cpu for w in two.workers), two.pages)} ms/page; Redis {ms(two.redis_cpu, two.pages)} "
                f"ms/page, nginx {ms(two.nginx_cpu, two.pages)} ms/page; {two.cores_busy:.2f} of {cores} cores busy"
            ),
        ),
    ]
    rows += [
        (
            f"{tag} (3) worker {worker.name[-1]}",
            (
                f"{worker.pages:,.0f} article pages in {worker.seconds:.1f} s, "
                f"{worker.stat('item_scraped_count'):,.0f} items"
            ),
            (
                f"{100 * worker.pages / two.pages:.0f}% of the pages; CPU {worker.cpu:.0f} s, "
                f"peak RSS {worker.peak_mb:.0f} MB"
            ),
        )
        for worker in two.workers
    ]
    for label, run in (("1 worker", one), ("2 workers", two)):
        side = server_side(run)
        trips = ", ".join(
            f"{kind} {value:.2f}" for kind, value in list(by_kind(run, names, "round_trips").items())[:5]
        )
        commands = ", ".join(
            f"{kind} {value:.2f}" for kind, value in list(by_kind(run, names, "commands").items())[:6]
        )
        rows.append(
            (
                f"{tag} (4) Redis round trips, {label}",
                (
                    f"{run.trips / run.pages:.2f} per article page ({run.trips:,} in all), of which the reactor "
                    f"waited for {run.waited / run.pages:.2f}; by kind: {trips}"
                ),
                (
                    f"commands sent per page: {commands}; server: {side['server_commands_per_page']:.1f} "
                    f"commands per page, {side['inside_scripts_per_page']:.1f} of them run by Lua scripts; "
                    f"scripts: {side['server_script_calls']:,.0f} run by the server, "
                    f"{side['client_script_calls']:,.0f} sent"
                ),
            )
        )
    rows += [
        (f"{tag} (5) Redis after the crawl, 1 worker", memory_cell(one), ""),
        (
            f"{tag} (5) Redis after the crawl, 2 workers",
            memory_cell(two),
            f"the plain crawl's SQLite registry file: {mb(weight.sqlite_per_100k)} per 100k articles",
        ),
        (
            f"{tag} (6) ratios",
            (
                f"**2 workers / 1 worker {two.rate / one.rate:.2f}x** (every pair, in order: "
                + ", ".join(
                    f"{weight.ratio(pair):.2f}x = {pair[1].rate:.0f} / {pair[0].rate:.0f} pages/s"
                    for pair in weight.pairs
                )
                + f"); 1 worker / plain {one.rate / weight.plain_rate:.2f}x; 2 workers / plain "
                f"{two.rate / weight.plain_rate:.2f}x"
            ),
            f"{cores} cores shared by nginx, Redis and the crawl processes; rows (2) to (7) show the pair with the lower ratio",
        ),
        (
            f"{tag} (7) where the gap is",
            (
                f"2 workers: workers + Redis + nginx used {two.cpu / two.seconds:.2f} of {cores} cores "
                f"({ms(two.cpu, two.pages)} ms of CPU per page: {cores} cores would give at most "
                f"{ceiling(two):.0f} pages/s, {ceiling(two) * single.cpu / single.pages:.2f}x what one worker's "
                f"{ms(single.cpu, single.pages)} ms per page allow its one thread on one core); the machine "
                f"was busy {two.cores_busy:.2f} cores, {max(0.0, two.wall_cpu - two.cpu) / two.seconds:.2f} of "
                "them other processes"
            ),
            (
                f"1 worker: its process used {single.cpu / one.seconds:.2f} core (one Python thread does the "
                f"crawl); with Redis and nginx, {one.cpu / one.seconds:.2f} cores; the machine "
                f"{one.cores_busy:.2f}, {max(0.0, one.wall_cpu - one.cpu) / one.seconds:.2f} of them other processes"
            ),
        ),
    ]
    return rows


def frontier_rows(frontier: dict[str, float]) -> list[tuple[str, str, str]]:
    scale = PER / max(1, frontier["pushed"])
    queued = frontier["used_memory_queued"] - frontier["used_memory_empty"]
    kept = frontier["used_memory_drained"] - frontier["used_memory_empty"]
    return [
        (
            "(5) queued requests",
            f"{mb((queued - kept) * scale)} per 100k (used_memory growth, less the dupefilter's)",
            (
                f"MEMORY USAGE of the queue: {mb(frontier['queue_memory_usage'] * scale)} per 100k; "
                f"{frontier['mean_member_bytes']:.0f} B per member"
            ),
        ),
        (
            "(5) dupefilter",
            f"{mb(kept * scale)} per 100k (used_memory growth left once all are popped and acknowledged)",
            (
                f"MEMORY USAGE: {mb(frontier['dupefilter_memory_usage'] * scale)} per 100k; "
                f"{frontier['pushed']:,.0f} pushed, {frontier['left_in_queue_or_leased']:.0f} left"
            ),
        ),
    ]


def run_details(run: SharedRun, names: dict[str, str]) -> dict[str, Any]:
    return {
        "seconds_to_last_exit": run.seconds,
        "redis_cpu": run.redis_cpu,
        "nginx_cpu": run.nginx_cpu,
        "cores_busy": run.cores_busy,
        "round_trips_per_page": by_kind(run, names, "round_trips"),
        "commands_per_page": by_kind(run, names, "commands"),
        "server_calls": run.server_calls,
        "server_vs_client": server_side(run),
        "memory": run.memory,
        "workers": {
            worker.name: {
                "seconds": worker.seconds,
                "cpu": worker.cpu,
                "peak_mb": worker.peak_mb,
                "round_trips": worker.round_trips,
                "threads": worker.threads,
                "stats": worker.stats,
            }
            for worker in run.workers
        },
    }


def serve_weight(
    articles: int, weight: str, work: Path, port: int
) -> tuple[Site, subprocess.Popen[bytes], int]:
    """run.py's `serve` at a weight: the replica rendered to static files behind nginx."""
    site = build_site(f"http://127.0.0.1:{port}", seed=5, articles=articles, weight=weight)
    paths = render(site, work / "site")
    return site, start_nginx(work, work / "site", port), paths


def crawl_weight(weight: str, articles: int, work: Path, repeat: int) -> Weight:
    """The plain crawl, then `repeat` times one worker and two workers, one after the other, over one
    replica."""
    port = free_port()
    site, nginx, paths = serve_weight(articles, weight, work, port)
    try:
        base = f"http://127.0.0.1:{port}"
        ticks, nginx_before = cpu_ticks(), process_cpu(nginx.pid)
        plain = crawl(base, work / "state-plain", work / "plain.jsonl")
        plain_busy, plain_nginx = cores_busy(ticks, cpu_ticks()), process_cpu(nginx.pid) - nginx_before
        pairs = []
        for index in range(repeat):
            one = shared_crawl(base, work, f"one{index}", 1, nginx.pid)
            pairs.append((one, shared_crawl(base, work, f"two{index}", 2, nginx.pid)))
    finally:
        nginx.terminate()
        nginx.wait()
    kb = sum((work / "site" / urlsplit(a.url).path.lstrip("/") / "index.html").stat().st_size
             for a in site.oracle) / len(site.oracle) / 1024  # fmt: skip
    sqlite_bytes = sum(path.stat().st_size for path in (work / "state-plain").rglob("*.sqlite*"))
    shutil.rmtree(work / "site", ignore_errors=True)
    return Weight(weight, articles, paths, kb, plain, plain_busy, plain_nginx, pairs,
                  sqlite_bytes / len(site.oracle) * PER)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", choices=("real", "light", "both"), default="both",
                        help="the replica's pages: real weight (~650 KB), light (~33 KB), or both, real first")  # fmt: skip
    parser.add_argument("--articles", type=int, default=1_500, help="articles of the real-weight replica")
    parser.add_argument("--light-articles", type=int, default=5_000, help="articles of the light replica")
    parser.add_argument(
        "--repeat", type=int, default=2, help="pairs of (1 worker, 2 workers) crawls per weight"
    )
    parser.add_argument("--frontier-requests", type=int, default=PER, help="requests pushed for (5)")
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "DISTRIBUTED.md")
    parser.add_argument("--smoke", action="store_true", help="~200 articles, for a quick check")
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.light_articles, args.frontier_requests, args.repeat = 200, 300, 5_000, 1
    require_nginx()
    if not Path(REDIS_SERVER).exists():
        sys.exit(f"{REDIS_SERVER} not found (Debian: apt-get install redis-server)")
    os.environ.pop("NEWSCRAWL_REDIS_URL", None)  # the plain crawl must not be distributed
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = os.getloadavg()
    weights = {"real": ["real"], "light": ["light"], "both": ["real", "light"]}[args.weight]
    results = []
    for weight in weights:
        work = Path(tempfile.mkdtemp(prefix=f"newscrawl-distributed-{weight}-"))
        work.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
        try:
            articles = args.articles if weight == "real" else args.light_articles
            results.append(crawl_weight(weight, articles, work, args.repeat))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="newscrawl-distributed-frontier-"))
    try:
        frontier = frontier_memory(work, args.frontier_requests)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    names = script_names()
    rows = [row for result in results for row in weight_rows(result, names)] + frontier_rows(frontier)
    width = max(len(row[0]) for row in rows)
    table = "\n".join(f"| {a:<{width}} | {b} | {c} |" for a, b, c in rows)
    print(table)
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    version = subprocess.run([REDIS_SERVER, "--version"], capture_output=True, text=True, check=False).stdout
    command = "    .venv/bin/python benchmarks/distributed.py " + " ".join(sys.argv[1:])
    details: dict[str, Any] = {
        result.name: {
            "plain": {"seconds": result.plain.seconds, "cpu": result.plain.cpu, "peak_mb": result.plain.peak_mb,
                      "cores_busy": result.plain_busy, "nginx_cpu": result.plain_nginx_cpu,
                      "stats": result.plain.stats},
            "pairs": [
                {"ratio": result.ratio(pair), "one_worker": run_details(pair[0], names),
                 "two_workers": run_details(pair[1], names)}
                for pair in result.pairs
            ],
        }
        for result in results
    }  # fmt: skip
    details["frontier"] = frontier
    if not args.smoke:
        args.out.write_text(
            f"# Distributed benchmark\n\nMachine: {machine}; {version.split(' sha=')[0].strip()}. "
            f"Run {started} (load average {load[0]:.2f} at the start; the machine's cores are shared with "
            f"other work, see row (7)):\n\n{command}\n\n{METHOD}\n\n"
            f"| measure | value | ratio / note |\n|---|---|---|\n{table}\n\n"
            f"<details><summary>Raw numbers</summary>\n\n```json\n{json.dumps(details, indent=1, default=str)}\n```\n"
            "</details>\n",
            encoding="utf-8",
        )


METHOD = """\
Pages/s: article pages fetched (`newscrawl/article/fetched`, all workers added up) over the wall time
from the start to the last worker's exit, start-up included, for every crawl. Round trips: counted in
each worker, every request its redis-py connections write (a pipeline or a MULTI/EXEC block is one
round trip; scripts, sent with EVAL, named by their SHA1), and the replies its reactor thread waited
for; the server's `INFO commandstats` also counts the commands that Lua scripts run, so it serves only
as the cross-check (the scripts it ran are the ones sent) and to show the work done inside the scripts.
CPU: each process's own (rusage for the workers and Redis, /proc for nginx); the machine's busy cores
from /proc/stat. Memory: `used_memory` (INFO memory), and MEMORY USAGE with SAMPLES 0; per 100k =
scaled linearly from the measured count."""


if __name__ == "__main__":
    main()
