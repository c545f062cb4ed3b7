"""newscrawl benchmarks: every figure side by side, in one run, on this machine.

    .venv/bin/pip install -r requirements-dev.txt -r benchmarks/requirements.txt   # + apt-get install nginx-light
    .venv/bin/python benchmarks/run.py [--articles 20000] [--small 5000] [--large 50000] [--out benchmarks/RESULTS.md]

(a) renders the replica (--articles) to static files and serves them with nginx on 127.0.0.1, so the
    server is not the bottleneck; (b) runs `scrapy bench` and a bare spider that only fetches the same
    pages; (c) runs `scrapy crawl week` over the replica: pages/s, CPU ms per article, peak RSS;
    (d) times our page parsing plus cleaning against trafilatura on the same saved pages; (e) compares
    peak memory of crawls of --small and --large articles; (f) compares an unchanged re-run with the
    full run; (g) the web archive: disk per 1,000 articles, CPU per article (the crawl without it, and
    the writer alone on real-weight pages, as the site sends them and uncompressed at gzip 3, 6, 9); (h) `scrapy reextract`
    over the crawl's archive against the crawl itself, CPU per article. Prints a table and writes it,
    with the machine and the command, to --out.

A benchmark reports ratios; it asserts nothing. `--smoke` runs everything tiny, for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
NGINX = os.environ.get("NGINX") or shutil.which("nginx") or "/usr/sbin/nginx"  # NGINX=...: another binary
sys.path.insert(0, str(PROJECT))

from replica import build_site

if TYPE_CHECKING:
    from replica.site import Site


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# Peak RSS of the process itself (VmHWM): ru_maxrss would carry over the parent's peak across exec.
MEASURED = """
import re, sys
from scrapy.cmdline import execute
try:
    execute(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
    sys.stderr.write(f"\\nPEAK_KB={peak}\\n")
"""
BARE_SPIDER = """
import scrapy
class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"LOG_LEVEL": "INFO", "ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS": 16,
                       "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False}
    def __init__(self, urls, **kwargs):
        super().__init__(**kwargs)
        self.url_file = urls
    async def start(self):
        for line in open(self.url_file):
            yield scrapy.Request(line.strip(), callback=self.parse)
    def parse(self, response):
        pass
"""


@dataclass
class Run:
    seconds: float
    cpu: float
    peak_mb: float
    stats: dict[str, Any]

    def stat(self, name: str) -> float:
        return float(self.stats.get(name, 0))


def render(site: Site, root: Path) -> int:
    """Every page of the replica as a static file, and nginx redirects for the 301s."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    redirects: list[str] = []
    paths = {path.split("?")[0] for path in site.paths()}
    for article in site.oracle:
        paths.update(urlsplit(alias).path for alias in article.aliases)
    for path in sorted(paths):
        status, headers, body = site.response(path)
        if status in {301, 302}:
            location = dict(headers)["Location"]
            redirects.append(f'location = "{path}" {{ return {status} "{location}"; }}')
        elif status == 200:
            target = root / path.lstrip("/")
            if not path.endswith((".xml", ".txt")):
                target = target / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
    (root.parent / "redirects.conf").write_text("\n".join(redirects) + "\n", encoding="utf-8")
    return len(paths)


def start_nginx(work: Path, root: Path, port: int) -> subprocess.Popen[bytes]:
    conf, scratch = work / "nginx.conf", work / "scratch"
    conf.write_text(
        f"""worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  types {{ text/html html; application/xml xml; text/plain txt; }}
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path {scratch}; proxy_temp_path {scratch}; fastcgi_temp_path {scratch};
  uwsgi_temp_path {scratch}; scgi_temp_path {scratch};
  server {{
    listen 127.0.0.1:{port};
    root {root};
    include {work}/redirects.conf;
    location / {{ try_files $uri $uri/index.html =404; }}
  }}
}}
""",
        encoding="utf-8",
    )
    scratch.mkdir(exist_ok=True)
    process = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(work)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(100):
        try:
            import urllib.request

            with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=1):
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("nginx did not start")


def scrapy_run(args: list[str], cwd: Path) -> Run:
    """A scrapy command in a child process: wall time, CPU time, peak RSS and the final stats."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, "scrapy", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(PROJECT)}, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    peak = re.search(r"PEAK_KB=(\d+)", done.stderr)
    stats = _stats(done.stderr)
    if not stats:
        raise RuntimeError(f"scrapy {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return Run(seconds, cpu, int(peak.group(1)) / 1024 if peak else 0.0, stats)


def _stats(log: str) -> dict[str, Any]:
    stats: dict[str, Any] = {}
    for name, value in re.findall(r"'([^']+)': ([0-9.]+)[,}\n]", log):
        stats[name] = float(value)
    return stats


def crawl(base_url: str, state: Path, output: Path, *extra: str) -> Run:
    return scrapy_run(["crawl", "week", "-s", f"WEEK_BASE_URL={base_url}", "-s", f"NEWSCRAWL_STATE_DIR={state}",
                       "-O", str(output), "-s", "LOG_LEVEL=INFO", *extra], PROJECT)  # fmt: skip


def reextract(base_url: str, state: Path) -> tuple[Run, dict[str, Any]]:
    """`scrapy reextract --json` over the state directory's archive: CPU time and its report."""
    before = os.times()
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "reextract", "--json", "-s", f"WEEK_BASE_URL={base_url}",
         "-s", f"NEWSCRAWL_STATE_DIR={state}"], cwd=PROJECT, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)}, check=False,
    )  # fmt: skip
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"scrapy reextract failed:\n{done.stderr[-3000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Run(0.0, cpu, 0.0, {}), json.loads(done.stdout)


def archive_writer_cost(pages: list[bytes], work: Path) -> dict[str, float]:
    """The archive writer alone on real-weight pages, CPU ms and archived KB per page: the body gzip-encoded
    as the live site sends it (stored as it came), and sent uncompressed at gzip levels 3 (ours), 6, 9
    (warcio's); then reading a capture back and decoding it, as re-extraction does."""
    import gzip

    from newscrawl.archive.reextract import decoded_body
    from newscrawl.archive.warc import ArchiveReader, ArchiveWriter

    encoded = [gzip.compress(page, 6) for page in pages]
    cases = {
        "encoded": (encoded, 3, b"gzip"),
        "3": (pages, 3, None),
        "6": (pages, 6, None),
        "9": (pages, 9, None),
    }
    result: dict[str, float] = {"page_kb": sum(map(len, pages)) / 1024 / len(pages)}
    for name, (bodies, level, coding) in cases.items():
        writer = ArchiveWriter(work / f"writer-{name}", "bench", 1 << 40, level, "newscrawl/bench")
        headers = [(b"Content-Type", b"text/html; charset=utf-8")]
        if coding:
            headers.append((b"Content-Encoding", coding))
        started = time.process_time()
        for number, body in enumerate(bodies):
            writer.write_exchange(f"https://theweek.com/p/{number}", "GET", [], 200, headers, body, "article")
        result[f"ms_{name}"] = 1000 * (time.process_time() - started) / len(bodies)
        writer.close()
        result[f"kb_{name}"] = writer.bytes_written / 1024 / len(bodies)
    reader = ArchiveReader(work / "writer-encoded")
    started = time.process_time()
    for entry in reader.by_url.values():
        decoded_body(reader.capture(entry))
    result["ms_read"] = 1000 * (time.process_time() - started) / len(reader.by_url)
    return result


def real_pages() -> list[bytes]:
    import gzip

    return [
        gzip.decompress(path.read_bytes())
        for path in sorted((PROJECT / "tests/fixtures/real/pages").glob("*.gz"))
    ]


def serve(articles: int, work: Path, port: int) -> tuple[Site, subprocess.Popen[bytes], int]:
    site = build_site(f"http://127.0.0.1:{port}", seed=5, articles=articles)
    paths = render(site, work / "site")
    return site, start_nginx(work, work / "site", port), paths


def extraction(site: Site, fixtures: Path, sample: int) -> dict[str, float]:
    """ms per page: our parsing + cleaning vs trafilatura, on the same pages."""
    import trafilatura

    from newscrawl.cleaning import CleanContext, clean_body, load_rules
    from newscrawl.dom import parse_html
    from newscrawl.pages.article import ArticlePage
    from newscrawl.pages.urls import SiteUrls

    pages = [site.response(urlsplit(a.url).path)[2].decode() for a in site.oracle[:sample]]
    for path in sorted(fixtures.glob("*/pages/*.html*")):
        raw = path.read_bytes()
        if path.suffix == ".gz":
            import gzip

            raw = gzip.decompress(raw)
        pages.append(raw.decode("utf-8", "replace"))
    urls, rules = SiteUrls(site.model.url("/")), load_rules()

    def ours(html: str) -> None:
        page = ArticlePage(parse_html(html), "https://theweek.com/politics/x", urls)
        extracted = page.extract()
        if extracted.body_root is not None:
            clean_body(
                extracted.body_root,
                rules,
                CleanContext("https://theweek.com/politics/x", urls.is_article, ()),
            )

    def theirs(html: str) -> None:
        trafilatura.extract(html)

    result: dict[str, float] = {"pages": len(pages), "kb": statistics.mean(len(p) for p in pages) / 1024}
    for name, function in (("ours", ours), ("trafilatura", theirs)):
        times = []
        for html in pages:
            started = time.perf_counter()
            function(html)
            times.append((time.perf_counter() - started) * 1000)
        result[f"{name}_mean"] = statistics.mean(times)
        result[f"{name}_p50"] = statistics.median(times)
        result[f"{name}_p95"] = sorted(times)[int(len(times) * 0.95) - 1]
    return result


def require_nginx() -> None:
    """One line, not a traceback from deep in the run, when the static server is missing."""
    if not Path(NGINX).exists():
        sys.exit(
            f"{Path(sys.argv[0]).name}: nginx not found at {NGINX} (Debian: apt-get install nginx-light)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=5_000)
    parser.add_argument("--large", type=int, default=50_000)
    parser.add_argument("--bench-seconds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI: checks the script runs")
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.small, args.large, args.bench_seconds = 60, 30, 90, 2
    require_nginx()
    work = Path(tempfile.mkdtemp(prefix="newscrawl-bench-"))
    work.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
    rows: list[tuple[str, str, str]] = []

    # (a) + (c) + (f): the replica behind nginx, the real crawl, an unchanged re-run.
    port = free_port()
    site, nginx, paths = serve(args.articles, work, port)
    try:
        base = f"http://127.0.0.1:{port}"
        full = crawl(base, work / "state", work / "full.jsonl")
        unarchived = crawl(
            base, work / "state-noarchive", work / "noarchive.jsonl", "-s", "ARCHIVE_ENABLED=False"
        )
        rerun = crawl(base, work / "state", work / "rerun.jsonl")
        urls = work / "urls.txt"
        urls.write_text("\n".join(base + urlsplit(a.url).path for a in site.oracle) + "\n", encoding="utf-8")
        (work / "bare.py").write_text(BARE_SPIDER, encoding="utf-8")
        bare = scrapy_run(["runspider", str(work / "bare.py"), "-a", f"urls={urls}"], work)
        extract = extraction(site, PROJECT / "tests" / "fixtures", sample=min(200, args.articles))
    finally:
        nginx.terminate()
        nginx.wait()
    # (g) + (h): the archive the full crawl wrote (nginx is down: re-extraction fetches nothing).
    archive_bytes = sum(path.stat().st_size for path in (work / "state" / "archive").iterdir())
    redone, redo_report = reextract(base, work / "state")
    writer = archive_writer_cost(real_pages(), work)
    # (b) scrapy bench: its own server, outside the project so that no project setting applies.
    bench = scrapy_run(
        ["bench", "-s", f"CLOSESPIDER_TIMEOUT={args.bench_seconds}", "-s", "LOG_LEVEL=INFO"], work
    )

    # (e) memory growth: peak RSS of full crawls at two sizes.
    peaks = {}
    for size in (args.small, args.large):
        size_work, port = work / f"size-{size}", free_port()
        size_work.mkdir()
        _, server, _ = serve(size, size_work, port)
        try:
            run = crawl(f"http://127.0.0.1:{port}", size_work / "state", size_work / "out.jsonl")
        finally:
            server.terminate()
            server.wait()
        peaks[size] = (
            run.peak_mb,
            run.stat("newscrawl/discovered/article_urls") + run.stat("scheduler/enqueued"),
        )

    def rate(run: Run) -> float:
        return run.stat("response_received_count") / run.stat("elapsed_time_seconds")

    articles = full.stat("item_scraped_count")
    bench_rate, full_rate, bare_rate = rate(bench), rate(full), rate(bare)
    cpu_ms = 1000 * full.cpu / articles if articles else 0.0
    (small_peak, small_urls), (large_peak, large_urls) = peaks[args.small], peaks[args.large]
    growth = (large_peak - small_peak) / max(1.0, large_urls - small_urls) * 100_000
    ratio_x = extract["ours_mean"] / extract["trafilatura_mean"]
    rerun_share = rerun.seconds / full.seconds
    unarchived_ms = 1000 * unarchived.cpu / max(1.0, unarchived.stat("item_scraped_count"))
    redo_ms = 1000 * redone.cpu / max(1, redo_report["examined"])
    rows += [
        ("(a) replica", f"{args.articles:,} articles, {paths:,} paths, static files behind nginx", ""),
        ("(b) scrapy bench", f"{bench_rate:.0f} pages/s", "reference"),
        ("(b) bare spider, same pages", f"{bare_rate:.0f} pages/s", f"{bare_rate / bench_rate:.2f}x bench"),
        ("(c) scrapy crawl week", f"{full_rate:.0f} pages/s, {articles:.0f} articles in {full.seconds:.0f} s",
         f"{full_rate / bench_rate:.2f}x bench (target >= 1.5x)"),
        ("(c) CPU per article", f"{cpu_ms:.1f} ms (user+sys {full.cpu:.0f} s)", "target <= 5 ms"),
        ("(c) peak RSS", f"{full.peak_mb:.0f} MB", ""),
        ("(d) parse + clean, ours", f"{extract['ours_mean']:.2f} ms/page (p50 {extract['ours_p50']:.2f}, p95 {extract['ours_p95']:.2f})",
         f"{ratio_x:.2f}x trafilatura (target <= 0.1x)"),
        ("(d) trafilatura.extract", f"{extract['trafilatura_mean']:.2f} ms/page (p50 {extract['trafilatura_p50']:.2f}, p95 {extract['trafilatura_p95']:.2f})",
         f"{extract['pages']:.0f} pages, {extract['kb']:.0f} KB mean"),
        ("(e) peak RSS", f"{small_peak:.0f} MB at {args.small:,} articles, {large_peak:.0f} MB at {args.large:,}",
         f"{growth:.1f} MB per 100,000 URLs (target <= 15)"),
        ("(f) unchanged re-run", (f"{rerun.seconds:.1f} s, {rerun.stat('downloader/request_count'):.0f} requests "
         f"vs {full.seconds:.1f} s, {full.stat('downloader/request_count'):.0f}"), f"{100 * rerun_share:.1f}% of a full run (target <= 5%)"),
        ("(g) archive on disk", f"{archive_bytes / 2**20:.1f} MB for {articles:.0f} articles + their listings, sitemaps, feeds",
         f"{archive_bytes / 2**20 / articles * 1000:.2f} MB per 1,000 articles ({archive_bytes / max(1.0, full.stat('downloader/response_bytes')):.2f}x the bytes received)"),
        ("(g) archive CPU, crawl", f"{cpu_ms:.1f} ms/article archived vs {unarchived_ms:.1f} ms without",
         f"{cpu_ms - unarchived_ms:+.1f} ms per article"),
        ("(g) archive writer, real pages", (f"{writer['ms_encoded']:.1f} ms, {writer['kb_encoded']:.0f} KB per "
         f"{writer['page_kb']:.0f} KB page sent gzip-encoded; read back + decoded {writer['ms_read']:.1f} ms"),
         (f"sent uncompressed: gzip 3 {writer['ms_3']:.1f} ms {writer['kb_3']:.0f} KB, 6 {writer['ms_6']:.1f} ms "
          f"{writer['kb_6']:.0f} KB, 9 (warcio's) {writer['ms_9']:.1f} ms {writer['kb_9']:.0f} KB")),
        ("(h) scrapy reextract", f"{redo_ms:.1f} ms CPU/article, {redo_report['examined']:,} archived articles, 0 requests",
         f"{redo_ms / cpu_ms:.2f}x the crawl's {cpu_ms:.1f} ms (target < 1x)"),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    table = "\n".join(f"| {a:<{width}} | {b} | {c} |" for a, b, c in rows)
    print(table)
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    command = "    .venv/bin/python benchmarks/run.py " + " ".join(sys.argv[1:])
    details = json.dumps({"full": full.stats, "rerun": rerun.stats, "bench": bench.stats, "bare": bare.stats,
                          "extraction": extract, "peaks": peaks, "unarchived": unarchived.stats,
                          "archive_writer": writer, "reextract": {k: v for k, v in redo_report.items() if k in
                          ("examined", "changed", "new", "unchanged", "now_rejected", "still_rejected")}},
                         indent=1, default=str)  # fmt: skip
    if not args.smoke:
        args.out.write_text(
            f"# Benchmark results\n\nMachine: {machine}. Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}:\n\n"
            f"{command}\n\n| measure | value | ratio / target |\n|---|---|---|\n{table}\n\n"
            f"<details><summary>Raw stats</summary>\n\n```json\n{details}\n```\n</details>\n",
            encoding="utf-8",
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
