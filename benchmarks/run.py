"""newscrawl benchmarks: every figure side by side, in one run, on this machine.

    .venv/bin/pip install -r requirements-dev.txt -r benchmarks/requirements.txt   # + apt-get install nginx-light
    .venv/bin/python benchmarks/run.py [--articles 2000] [--copies 20] [--light-articles 5000] [--gone 40000]
                                       [--out benchmarks/RESULTS.md]

Every site is rendered to static files served by nginx on 127.0.0.1 (pre-compressed, sent gzip-encoded
as the live site sends them), so the server is not the bottleneck. (a) the replica at real weight
(--articles; pages dressed as real Vanilla pages, median ~600 KB: replica.weight); (b) `scrapy bench`
and a bare spider that reads the body paragraphs; (c) `scrapy crawl week -a urls=FILE` and the bare
spider over the same real-weight article pages: pages/s, CPU ms per article (from spider open to close),
and lxml's parse of the same pages in-process, with the ratios; the full discovery crawl at real weight;
(d) the same on real pages: --copies distinct copies of each page of tests/fixtures/real/pages, each at
its own URL with its own canonical link and a paragraph of its own (so dedup skips none); (e) the light
(~30 KB) replica (--light-articles): the full crawl's CPU per article and pages/s against the bare
spider; (f) our page parsing plus cleaning against trafilatura on the same pages; (g) peak memory of
two crawls of the light site, the second with --gone more article URLs (404) in its sitemaps, per
100,000 URLs seen; (h) an unchanged re-run against
the full real-weight crawl; (i) the web archive at real weight: disk per 1,000 articles, CPU per article
with and without it, and the writer alone on real pages; (j) `scrapy reextract` over that archive
against the crawl. Prints a table and writes it, with the machine and the command, to --out.

A benchmark reports ratios; it asserts nothing. `--smoke` runs everything tiny, for CI.
"""

from __future__ import annotations

import argparse
import gzip
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
REAL_PAGES = PROJECT / "tests" / "fixtures" / "real" / "pages"
sys.path.insert(0, str(PROJECT))

from replica import build_site
from replica.weight import LIGHT, REAL

if TYPE_CHECKING:
    from collections.abc import Iterable

    from replica.site import Site


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# Peak RSS of the process itself (VmHWM): ru_maxrss would carry over the parent's peak across exec.
# CRAWL_CPU: the process's CPU from spider_opened to spider_closed, the crawl without interpreter
# start-up and imports (a second or more, which would swamp a run of a few hundred pages).
MEASURED = """
import re, sys, time
from scrapy import signals
from scrapy.cmdline import execute
from scrapy.crawler import Crawler

_init = Crawler.__init__
def _measured(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    opened = []
    def closed():
        if opened:
            sys.stderr.write(f"\\nCRAWL_CPU={time.process_time() - opened[0]}\\n")
    self.signals.connect(lambda: opened.append(time.process_time()), signals.spider_opened, weak=False)
    self.signals.connect(closed, signals.spider_closed, weak=False)
Crawler.__init__ = _measured
try:
    execute(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
    sys.stderr.write(f"\\nPEAK_KB={peak}\\n")
"""
# Reads the body paragraphs as our extractor does (parse the page, select in it): the floor a crawl
# that extracts articles cannot go under.
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
        paragraphs = response.css(".article__body p ::text, #article-body p ::text").getall()
        yield {"url": response.url, "words": sum(len(text.split()) for text in paragraphs)}
"""
CRAWL_CPU = "bench/crawl_cpu_seconds"
GONE_PER_SITEMAP = 1_000  # a monthly sitemap of theweek.com lists about this many articles
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
CANONICAL = re.compile(rb'(<link rel="canonical" href=")[^"]*(")')
BODY_OPEN = re.compile(rb'<div[^>]*\bid="article-body"[^>]*>')


@dataclass
class Run:
    seconds: float
    cpu: float
    peak_mb: float
    stats: dict[str, Any]

    def stat(self, name: str) -> float:
        return float(self.stats.get(name, 0))

    @property
    def rate(self) -> float:
        """Responses per second of the crawl's own elapsed time."""
        return self.stat("response_received_count") / max(1e-9, self.stat("elapsed_time_seconds"))

    def ms_per_item(self) -> float:
        """CPU ms per emitted item, from spider open to close."""
        return 1000 * self.stat(CRAWL_CPU) / max(1.0, self.stat("item_scraped_count"))


def write_page(root: Path, path: str, body: bytes) -> None:
    """A page as nginx serves it: the file, and its gzip encoding beside it (gzip_static)."""
    target = root / path.lstrip("/")
    if not path.endswith((".xml", ".txt")):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    target.with_name(target.name + ".gz").write_bytes(gzip.compress(body, 6))


def list_gone(root: Path, base_url: str, count: int) -> None:
    """Monthly sitemaps of GONE_PER_SITEMAP article URLs with no page (``count`` in all), in the
    rendered site's index, in months before every replica article."""
    entries = []
    for first in range(0, count, GONE_PER_SITEMAP):
        year, month = divmod(2018 * 12 - first // GONE_PER_SITEMAP, 12)  # 2017-12, 2017-11, ...
        path = f"/sitemap-{year}-{month + 1:02d}.xml"
        urls = "".join(
            f"<url><loc>{base_url}/politics/gone-article-{number}</loc><lastmod>{year}-{month + 1:02d}-15</lastmod></url>\n"
            for number in range(first, min(count, first + GONE_PER_SITEMAP))
        )
        write_page(
            root,
            path,
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{urls}</urlset>\n'.encode(),
        )
        entries.append(
            f"<sitemap><loc>{base_url}{path}</loc><lastmod>{year}-{month + 1:02d}-28</lastmod></sitemap>\n"
        )
    index = (root / "sitemap.xml").read_text(encoding="utf-8")
    write_page(
        root, "/sitemap.xml", index.replace("</sitemapindex>", "".join(entries) + "</sitemapindex>").encode()
    )


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
            write_page(root, path, body)
    (root.parent / "redirects.conf").write_text("\n".join(redirects) + "\n", encoding="utf-8")
    return len(paths)


def start_nginx(work: Path, root: Path, port: int) -> subprocess.Popen[bytes]:
    conf, scratch = work / "nginx.conf", work / "scratch"
    redirects = work / "redirects.conf"
    if not redirects.exists():
        redirects.write_text("", encoding="utf-8")
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
  gzip_static on;
  keepalive_requests 100000;
  client_body_temp_path {scratch}; proxy_temp_path {scratch}; fastcgi_temp_path {scratch};
  uwsgi_temp_path {scratch}; scgi_temp_path {scratch};
  server {{
    listen 127.0.0.1:{port};
    root {root};
    include {redirects};
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


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait()


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
    crawl_cpu = re.search(r"CRAWL_CPU=([0-9.]+)", done.stderr)
    stats[CRAWL_CPU] = float(crawl_cpu.group(1)) if crawl_cpu else cpu
    return Run(seconds, cpu, int(peak.group(1)) / 1024 if peak else 0.0, stats)


def _stats(log: str) -> dict[str, Any]:
    stats: dict[str, Any] = {}
    for name, value in re.findall(r"'([^']+)': ([0-9.]+)[,}\n]", log):
        stats[name] = float(value)
    return stats


def crawl(base_url: str, state: Path, output: Path, *extra: str) -> Run:
    return scrapy_run(["crawl", "week", "-s", f"WEEK_BASE_URL={base_url}", "-s", f"NEWSCRAWL_STATE_DIR={state}",
                       "-O", str(output), "-s", "LOG_LEVEL=INFO", *extra], PROJECT)  # fmt: skip


def bare(urls: Path, work: Path) -> Run:
    spider = work / "bare.py"
    spider.write_text(BARE_SPIDER, encoding="utf-8")
    return scrapy_run(["runspider", str(spider), "-a", f"urls={urls}"], work)


def write_urls(path: Path, urls: Iterable[str]) -> Path:
    path.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return path


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
    """The archive writer alone on real pages, CPU ms and archived KB per page: the body gzip-encoded
    as the live site sends it (stored as it came), and sent uncompressed at gzip levels 3 (ours), 6, 9
    (warcio's); then reading a capture back and decoding it, as re-extraction does."""
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


def real_pages() -> dict[str, bytes]:
    """The real saved pages by name (tests/fixtures/real/pages)."""
    return {
        path.name.removesuffix(".html.gz"): gzip.decompress(path.read_bytes())
        for path in sorted(REAL_PAGES.glob("*.html.gz"))
    }


def serve(
    articles: int, work: Path, port: int, weight: str = LIGHT
) -> tuple[Site, subprocess.Popen[bytes], int]:
    site = build_site(f"http://127.0.0.1:{port}", seed=5, articles=articles, weight=weight)
    paths = render(site, work / "site")
    return site, start_nginx(work, work / "site", port), paths


def article_urls(site: Site) -> list[str]:
    return [site.model.url(urlsplit(article.url).path) for article in site.oracle]


def article_files(site: Site, root: Path, sample: int) -> list[Path]:
    """The rendered files of the first ``sample`` article pages (as render() wrote them)."""
    return [root / urlsplit(url).path.lstrip("/") / "index.html" for url in article_urls(site)[:sample]]


def sizes(pages: list[bytes]) -> dict[str, float]:
    """KB per page: median, mean, min, max, and the gzip-encoded mean as sent."""
    kb = [len(page) / 1024 for page in pages]
    sent = [len(gzip.compress(page, 6)) / 1024 for page in pages]
    return {"median": statistics.median(kb), "mean": statistics.mean(kb), "min": min(kb), "max": max(kb),
            "sent": statistics.mean(sent)}  # fmt: skip


def file_sizes(files: list[Path]) -> dict[str, float]:
    """sizes() of rendered pages, from the files and their .gz beside them."""
    kb = [file.stat().st_size / 1024 for file in files]
    sent = [file.with_name(file.name + ".gz").stat().st_size / 1024 for file in files]
    return {"median": statistics.median(kb), "mean": statistics.mean(kb), "min": min(kb), "max": max(kb),
            "sent": statistics.mean(sent)}  # fmt: skip


def lxml_parse_ms(pages: list[bytes], rounds: int = 3) -> float:
    """CPU ms to parse one page in-process as Scrapy does (decode, then parsel.Selector(text=...): lxml.html)."""
    from parsel import Selector

    texts = [page.decode("utf-8", "replace") for page in pages]
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            Selector(text=text)
    return 1000 * (time.process_time() - started) / (rounds * len(texts))


def copy_page(page: bytes, url: str, number: int) -> bytes:
    """A real page as a distinct article at ``url``: its canonical link points there and its body opens with
    a paragraph of its own (dedup compares canonical URLs and the body's content hash)."""
    page, found = CANONICAL.subn(lambda m: m.group(1) + url.encode() + m.group(2), page, count=1)
    opening = BODY_OPEN.search(page)
    if not found or opening is None:
        raise RuntimeError(f"no canonical link or #article-body to rewrite for {url}")
    mark = f"<p>Benchmark copy {number} of this page, at its own address.</p>".encode()
    return page[: opening.end()] + mark + page[opening.end() :]


def serve_real_copies(
    pages: dict[str, bytes], copies: int, work: Path, port: int
) -> tuple[subprocess.Popen[bytes], list[str]]:
    """Every real page ``copies`` times under /news/, behind nginx; returns the server and the URLs."""
    base, root, urls = f"http://127.0.0.1:{port}", work / "site", []
    for name, page in pages.items():
        for number in range(copies):
            path = f"/news/{name}-copy-{number}"
            write_page(root, path, copy_page(page, base + path, number))
            urls.append(base + path)
    write_page(root, "/robots.txt", b"User-agent: *\nAllow: /\n")
    return start_nginx(work, root, port), urls


def extraction(site: Site, pages: list[str]) -> dict[str, float]:
    """ms per page: our parsing + cleaning vs trafilatura, on the same pages (real-weight replica + real)."""
    import trafilatura

    from newscrawl.cleaning import CleanContext, clean_body, load_rules
    from newscrawl.dom import parse_html
    from newscrawl.pages.article import ArticlePage
    from newscrawl.pages.urls import SiteUrls

    pages = pages + [page.decode("utf-8", "replace") for page in real_pages().values()]
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


@dataclass
class Weighed:
    """The real-weight replica's runs: the same article pages crawled and read bare, the full crawl."""

    paths: int
    size: dict[str, float]
    urls: Run  # scrapy crawl week -a urls=FILE, as shipped (archive on)
    unarchived: Run  # the same without the archive
    bare: Run
    parse_ms: float
    full: Run  # the full discovery crawl: listings, sitemaps, feeds, articles
    rerun: Run  # the full crawl again, on its own state: nothing changed
    extract: dict[str, float]
    archive_bytes: int
    redone: Run
    redo_report: dict[str, Any]


def measure_real_weight(articles: int, work: Path, sample: int) -> Weighed:
    work.mkdir(parents=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    site, nginx, paths = serve(articles, work, port, REAL)
    try:
        urls = write_urls(work / "urls.txt", article_urls(site))
        listed = crawl(base, work / "state-urls", work / "urls.jsonl", "-a", f"urls={urls}")
        bare_run = bare(urls, work)
        unarchived = crawl(base, work / "state-noarchive", work / "noarchive.jsonl", "-a", f"urls={urls}",
                           "-s", "ARCHIVE_ENABLED=False")  # fmt: skip
        full = crawl(base, work / "state", work / "full.jsonl")
        rerun = crawl(base, work / "state", work / "rerun.jsonl")
    finally:
        stop(nginx)
    pages = [file.read_bytes() for file in article_files(site, work / "site", sample)]
    parse_ms = lxml_parse_ms(pages)
    extract = extraction(site, [page.decode() for page in pages[:100]])
    archive_bytes = sum(path.stat().st_size for path in (work / "state" / "archive").iterdir())
    redone, report = reextract(base, work / "state")  # nginx is down: re-extraction fetches nothing
    size = file_sizes(article_files(site, work / "site", len(site.oracle)))
    return Weighed(paths, size, listed, unarchived, bare_run, parse_ms, full, rerun,
                   extract, archive_bytes, redone, report)  # fmt: skip


@dataclass
class Copies:
    """Real pages, each served as many distinct articles: crawled, read bare, parsed in-process."""

    pages: int
    copies: int
    size: dict[str, float]
    crawl: Run
    bare: Run
    parse_ms: float


def measure_real_copies(copies: int, work: Path) -> Copies:
    work.mkdir(parents=True)
    pages = real_pages()
    port = free_port()
    nginx, urls = serve_real_copies(pages, copies, work, port)
    try:
        listed = write_urls(work / "urls.txt", urls)
        crawled = crawl(
            f"http://127.0.0.1:{port}", work / "state", work / "out.jsonl", "-a", f"urls={listed}"
        )
        bare_run = bare(listed, work)
    finally:
        stop(nginx)
    bodies = list(pages.values())
    return Copies(len(pages), len(urls), sizes(bodies), crawled, bare_run, lxml_parse_ms(bodies))


@dataclass
class Light:
    """The light (~30 KB pages) replica: the full crawl, the bare spider, and the crawl with gone URLs."""

    articles: int
    paths: int
    full: Run
    bare: Run
    with_gone: Run


def measure_light(articles: int, gone: int, work: Path) -> Light:
    work.mkdir(parents=True)
    port = free_port()
    site, nginx, paths = serve(articles, work, port)
    try:
        full = crawl(f"http://127.0.0.1:{port}", work / "state", work / "full.jsonl")
        bare_run = bare(write_urls(work / "urls.txt", article_urls(site)), work)
    finally:
        stop(nginx)
    # The same site once more, its sitemaps also listing `gone` article URLs that answer 404: each is
    # discovered, scheduled, fetched and recorded like any article URL, many more URLs seen in little
    # time (two crawls of a few thousand articles differ by too few URLs to measure a growth).
    size_work, port = work / "with-gone", free_port()
    size_work.mkdir()
    _, nginx, _ = serve(articles, size_work, port)
    list_gone(size_work / "site", f"http://127.0.0.1:{port}", gone)
    try:
        with_gone = crawl(f"http://127.0.0.1:{port}", size_work / "state", size_work / "out.jsonl")
    finally:
        stop(nginx)
    return Light(articles, paths, full, bare_run, with_gone)


def urls_seen(run: Run) -> float:
    return run.stat("newscrawl/discovered/article_urls") + run.stat("scheduler/enqueued")


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def weighed_rows(w: Weighed, articles: int) -> list[tuple[str, str, str]]:
    crawl_ms, bare_ms = w.urls.ms_per_item(), w.bare.ms_per_item()
    full_items = w.full.stat("item_scraped_count")
    full_ms = 1000 * w.full.cpu / max(1.0, full_items)
    return [
        ("(a) replica at real weight", f"{articles:,} articles, {w.paths:,} paths, static files behind nginx, sent gzip-encoded",
         f"article pages {w.size['median']:.0f} KB median, {w.size['mean']:.0f} KB mean ({w.size['min']:.0f}-{w.size['max']:.0f}), {w.size['sent']:.0f} KB sent"),
        ("(c) crawl -a urls vs bare, pages/s", f"{w.urls.rate:.0f} vs {w.bare.rate:.0f} pages/s ({w.urls.stat('item_scraped_count'):.0f} and {w.bare.stat('item_scraped_count'):.0f} articles)",
         f"{100 * ratio(w.urls.rate, w.bare.rate):.0f}% of bare (target >= 60%)"),
        ("(c) CPU per article, crawl vs bare", f"{crawl_ms:.1f} ms vs {bare_ms:.1f} ms", f"{ratio(crawl_ms, bare_ms):.2f}x bare (target <= 1.4x)"),
        ("(c) lxml parse, same pages", f"{w.parse_ms:.1f} ms/page in-process (parsel.Selector)", f"crawl {ratio(crawl_ms, w.parse_ms):.2f}x, bare {ratio(bare_ms, w.parse_ms):.2f}x (target crawl <= 3x)"),
        ("(c) full crawl at real weight", f"{w.full.rate:.0f} pages/s, {full_items:.0f} articles + {w.full.stat('response_received_count') - full_items:.0f} other pages in {w.full.seconds:.0f} s",
         f"{full_ms:.1f} ms CPU per article, listings and start-up included; peak RSS {w.full.peak_mb:.0f} MB"),
    ]  # fmt: skip


def copies_rows(c: Copies) -> list[tuple[str, str, str]]:
    crawl_ms, bare_ms = c.crawl.ms_per_item(), c.bare.ms_per_item()
    return [
        ("(d) real pages", f"{c.pages} pages x {c.copies // c.pages} distinct copies = {c.copies}, each at its own URL",
         f"{c.size['median']:.0f} KB median, {c.size['mean']:.0f} KB mean ({c.size['min']:.0f}-{c.size['max']:.0f}), {c.size['sent']:.0f} KB sent"),
        ("(d) items emitted", f"crawl {c.crawl.stat('item_scraped_count'):.0f} of {c.copies} copies", f"bare {c.bare.stat('item_scraped_count'):.0f}"),
        ("(d) CPU per article, crawl vs bare", f"{crawl_ms:.1f} ms vs {bare_ms:.1f} ms ({c.crawl.rate:.0f} vs {c.bare.rate:.0f} pages/s)",
         f"{ratio(crawl_ms, bare_ms):.2f}x bare (target <= 1.4x)"),
        ("(d) lxml parse, same pages", f"{c.parse_ms:.1f} ms/page in-process", f"crawl {ratio(crawl_ms, c.parse_ms):.2f}x, bare {ratio(bare_ms, c.parse_ms):.2f}x (target crawl <= 3x)"),
    ]  # fmt: skip


def light_rows(light: Light) -> list[tuple[str, str, str]]:
    full, items = light.full, light.full.stat("item_scraped_count")
    crawl_ms = 1000 * full.stat(CRAWL_CPU) / max(1.0, items)
    gone = light.with_gone.stat("newscrawl/discovered/article_urls") - full.stat(
        "newscrawl/discovered/article_urls"
    )
    growth = (
        (light.with_gone.peak_mb - full.peak_mb)
        / max(1.0, urls_seen(light.with_gone) - urls_seen(full))
        * 100_000
    )
    return [
        ("(e) light replica (~30 KB pages)", f"{light.articles:,} articles, {light.paths:,} paths; full crawl {full.rate:.0f} pages/s, bare {light.bare.rate:.0f}",
         f"{100 * ratio(full.rate, light.bare.rate):.0f}% of bare"),
        ("(e) CPU per article, light", f"{crawl_ms:.1f} ms crawl (listings included) vs {light.bare.ms_per_item():.1f} ms bare",
         f"target <= 4 ms (with start-up: {1000 * full.cpu / max(1.0, items):.1f} ms)"),
        ("(g) peak RSS, light crawls", f"{full.peak_mb:.0f} MB at {urls_seen(full):,.0f} URLs seen, {light.with_gone.peak_mb:.0f} MB at {urls_seen(light.with_gone):,.0f} (the same site, {gone:,.0f} more article URLs listed, gone)",
         f"{growth:.1f} MB per 100,000 URLs seen (target <= 10)"),
    ]  # fmt: skip


def other_rows(
    w: Weighed, bench: Run, extract: dict[str, float], writer: dict[str, float]
) -> list[tuple[str, str, str]]:
    full_items = w.full.stat("item_scraped_count")
    full_ms = 1000 * w.full.cpu / max(1.0, full_items)
    archived_ms, unarchived_ms = w.urls.ms_per_item(), w.unarchived.ms_per_item()
    redo_ms = 1000 * w.redone.cpu / max(1, w.redo_report["examined"])
    received = max(1.0, w.full.stat("downloader/response_bytes"))
    return [
        ("(b) scrapy bench", f"{bench.rate:.0f} pages/s", "reference"),
        ("(b) bare spider, real weight", f"{w.bare.rate:.0f} pages/s", f"{ratio(w.bare.rate, bench.rate):.2f}x bench"),
        ("(f) parse + clean, ours", f"{extract['ours_mean']:.2f} ms/page (p50 {extract['ours_p50']:.2f}, p95 {extract['ours_p95']:.2f})",
         f"{ratio(extract['ours_mean'], extract['trafilatura_mean']):.2f}x trafilatura"),
        ("(f) trafilatura.extract", f"{extract['trafilatura_mean']:.2f} ms/page (p50 {extract['trafilatura_p50']:.2f}, p95 {extract['trafilatura_p95']:.2f})",
         f"{extract['pages']:.0f} pages (real-weight replica + real), {extract['kb']:.0f} KB mean"),
        ("(h) unchanged re-run, real weight", (f"{w.rerun.seconds:.1f} s, {w.rerun.stat('downloader/request_count'):.0f} requests "
         f"vs {w.full.seconds:.1f} s, {w.full.stat('downloader/request_count'):.0f}"), f"{100 * ratio(w.rerun.seconds, w.full.seconds):.1f}% of a full run (target <= 5%)"),
        ("(i) archive on disk, real weight", f"{w.archive_bytes / 2**20:.1f} MB for {full_items:.0f} articles + their listings, sitemaps, feeds",
         f"{w.archive_bytes / 2**20 / max(1.0, full_items) * 1000:.2f} MB per 1,000 articles ({w.archive_bytes / received:.2f}x the bytes received)"),
        ("(i) archive CPU, crawl -a urls", f"{archived_ms:.1f} ms/article archived vs {unarchived_ms:.1f} ms without", f"{archived_ms - unarchived_ms:+.1f} ms per article"),
        ("(i) archive writer, real pages", (f"{writer['ms_encoded']:.1f} ms, {writer['kb_encoded']:.0f} KB per "
         f"{writer['page_kb']:.0f} KB page sent gzip-encoded; read back + decoded {writer['ms_read']:.1f} ms"),
         (f"sent uncompressed: gzip 3 {writer['ms_3']:.1f} ms {writer['kb_3']:.0f} KB, 6 {writer['ms_6']:.1f} ms "
          f"{writer['kb_6']:.0f} KB, 9 (warcio's) {writer['ms_9']:.1f} ms {writer['kb_9']:.0f} KB")),
        ("(j) scrapy reextract, real weight", f"{redo_ms:.1f} ms CPU/article, {w.redo_report['examined']:,} archived articles, 0 requests",
         f"{ratio(redo_ms, full_ms):.2f}x the full crawl's {full_ms:.1f} ms (both with start-up; target < 1x)"),
    ]  # fmt: skip


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000, help="articles of the real-weight replica")
    parser.add_argument("--copies", type=int, default=20, help="distinct copies of each real page")
    parser.add_argument("--light-articles", type=int, default=5_000, help="articles of the light replica")
    parser.add_argument(
        "--gone",
        type=int,
        default=40_000,
        help="gone (404) article URLs in the sitemaps of the second light crawl (memory)",
    )
    parser.add_argument("--bench-seconds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=PROJECT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI: checks the script runs")
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.copies, args.light_articles, args.gone, args.bench_seconds = 40, 2, 60, 500, 2
    return args


def main() -> None:
    args = parse_args()
    require_nginx()
    work = Path(tempfile.mkdtemp(prefix="newscrawl-bench-"))
    work.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
    started = time.gmtime()
    weighed = measure_real_weight(args.articles, work / "real-weight", min(300, args.articles))
    copies = measure_real_copies(args.copies, work / "real-pages")
    light = measure_light(args.light_articles, args.gone, work / "light")
    writer = archive_writer_cost(list(real_pages().values()), work)
    # scrapy bench: its own server, outside the project so that no project setting applies.
    bench = scrapy_run(
        ["bench", "-s", f"CLOSESPIDER_TIMEOUT={args.bench_seconds}", "-s", "LOG_LEVEL=INFO"], work
    )
    rows = weighed_rows(weighed, args.articles) + copies_rows(copies) + light_rows(light)
    rows += other_rows(weighed, bench, weighed.extract, writer)
    rows.sort(key=lambda row: row[0][:3])  # by letter, each group in its own order
    width = max(len(r[0]) for r in rows)
    table = "\n".join(f"| {a:<{width}} | {b} | {c} |" for a, b, c in rows)
    print(table)
    details = json.dumps({"real_weight": {"urls": weighed.urls.stats, "bare": weighed.bare.stats,
                          "full": weighed.full.stats, "rerun": weighed.rerun.stats, "unarchived": weighed.unarchived.stats,
                          "size_kb": weighed.size, "lxml_parse_ms": weighed.parse_ms},
                          "real_pages": {"crawl": copies.crawl.stats, "bare": copies.bare.stats, "size_kb": copies.size,
                                         "lxml_parse_ms": copies.parse_ms},
                          "light": {"full": light.full.stats, "bare": light.bare.stats, "with_gone": light.with_gone.stats},
                          "bench": bench.stats, "extraction": weighed.extract, "archive_writer": writer,
                          "reextract": {k: v for k, v in weighed.redo_report.items() if k in
                          ("examined", "changed", "new", "unchanged", "now_rejected", "still_rejected")}},
                         indent=1, default=str)  # fmt: skip
    if not args.smoke:
        write_results(args.out, table, details, started)
    shutil.rmtree(work, ignore_errors=True)


def write_results(out: Path, table: str, details: str, started: time.struct_time) -> None:
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    command = "    .venv/bin/python benchmarks/run.py " + " ".join(sys.argv[1:])
    load = "load average {:.1f} {:.1f} {:.1f} at the end".format(*os.getloadavg())
    out.write_text(
        f"# Benchmark results\n\nMachine: {machine}. Run {time.strftime('%Y-%m-%d %H:%M', started)}-"
        f"{time.strftime('%H:%M UTC', time.gmtime())} ({load}):\n\n{command}\n\n"
        f"| measure | value | ratio / target |\n|---|---|---|\n{table}\n\n"
        f"<details><summary>Raw stats</summary>\n\n```json\n{details}\n```\n</details>\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
