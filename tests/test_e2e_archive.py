"""The web archive end to end: the real `scrapy crawl week` archives what it fetches, survives kill -9,
replays without the network, and `scrapy reextract` rebuilds records after a rule change.

Expected values come from the replica's generator (which article holds a pull quote, what each
article says), never from the crawler's own output."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from newscrawl import __version__
from newscrawl.archive.warc import INDEX_SUFFIX, ArchiveWriter, archive_files, entries
from newscrawl.items import CONTENT_FIELDS
from newscrawl.registry import Registry
from replica import Replica
from replica.content import build_body
from replica.model import Block, editorial_texts
from tests.crawling import PROJECT, crawl_command, crawl_env, read_items, run_crawl

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.e2e

RULES = PROJECT / "newscrawl" / "rules" / "theweek_promos.toml"


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=PROJECT, env=crawl_env(),
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


def warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcio.cli", *args], capture_output=True, text=True, timeout=300, check=False
    )


def index_lines(directory: Path) -> int:
    return sum(
        path.with_name(path.name + INDEX_SUFFIX).read_bytes().count(b"\n")
        for path in archive_files(directory)
        if path.with_name(path.name + INDEX_SUFFIX).exists()
    )


def gzip_members_whole(path: Path) -> bool:
    try:
        gzip.decompress(path.read_bytes())
    except (EOFError, OSError):
        return False
    return True


def test_a_crawl_archives_every_fetched_url_and_warcio_validates_it(tmp_path: Path) -> None:
    with Replica.start(articles=60) as replica:
        result = run_crawl(replica.base_url, tmp_path / "state", tmp_path / "out.jsonl")
        served = {replica.base_url + path for method, path in replica.requests.snapshot() if method == "GET"}
    assert result.returncode == 0, result.stderr[-3000:]
    directory = tmp_path / "state" / "archive"
    files = archive_files(directory)
    assert [path.name.split("-", 2)[-1] for path in files] == ["00001.warc.gz", "discovery-00001.warc.gz"]
    records = []
    for archive in files:
        checked = warcio("check", "-v", str(archive))
        assert checked.returncode == 0, checked.stdout[-2000:]
        assert "digest fail" not in checked.stdout
        indexed = warcio("index", "-f", "warc-type,warc-target-uri", str(archive))
        records += [json.loads(line) for line in indexed.stdout.splitlines()]
    archived = {record["warc-target-uri"] for record in records if record["warc-type"] == "response"}
    assert archived == served  # every URL the site served has its response record, and nothing else
    # One request and one response record per exchange, plus one warcinfo per file.
    kinds = [record["warc-type"] for record in records]
    assert kinds.count("request") == kinds.count("response") == len(list(entries(directory)))
    assert kinds.count("warcinfo") == 2
    # Every article the generator wrote is archived as an article page.
    article_entries = {
        entry.url for entry in entries(directory) if entry.kind == "article" and entry.status == 200
    }
    assert {article.url for article in replica.site.oracle} <= article_entries


def test_kill_9_at_random_points_leaves_archives_that_read_to_the_end(tmp_path: Path) -> None:
    state = tmp_path / "state"
    directory = state / "archive"
    rng = random.Random(14)
    with Replica.start(articles=400) as replica:
        for attempt in range(5):
            before = index_lines(directory)
            wanted = before + rng.randrange(1, 120)
            process = subprocess.Popen(
                crawl_command(replica.base_url, state, tmp_path / f"out-{attempt}.jsonl", "-s", "REGISTRY_ENABLED=False"),
                cwd=PROJECT, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + 300  # a hang guard, not a timing assertion
            while index_lines(directory) < wanted and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            process.send_signal(signal.SIGKILL)
            process.wait()
            # As the kill left it: every indexed record reads back whole, and at most the exchange in
            # flight lies past the last index line.
            for entry in entries(directory):  # read as the kill left it: no repair before
                with (directory / entry.file).open("rb") as handle:
                    handle.seek(entry.offset)
                    assert gzip.decompress(handle.read(entry.length))
        assert (
            len({path.name.split("-")[1] for path in archive_files(directory)}) == 5
        )  # one set per killed run
        # The next run starts by repairing (a no-op after the reads above) and archives its own pages.
        final = run_crawl(replica.base_url, state, tmp_path / "final.jsonl", "-s", "REGISTRY_ENABLED=False")
    assert final.returncode == 0, final.stderr[-3000:]
    for path in archive_files(directory):
        assert gzip_members_whole(path), path
        checked = warcio("check", str(path))
        assert checked.returncode == 0, (path, checked.stdout[-2000:])
        lines = path.with_name(path.name + INDEX_SUFFIX).read_bytes().splitlines()
        assert path.stat().st_size == json.loads(lines[-1])["end"]  # no byte past the last whole exchange


def test_retention_deletes_old_discovery_files_first_then_old_article_files(tmp_path: Path) -> None:
    directory = tmp_path / "state" / "archive"
    old = {}
    for label in ("", "discovery"):
        writer = ArchiveWriter(directory, "20200101T000000Z-1", 1 << 30, 3, "newscrawl/test", label=label)
        writer.write_exchange("http://127.0.0.1:1/politics/old", "GET", [], 200, [], b"old", "article")
        writer.close()
        old[label] = directory / writer.name
        forty_days_ago = time.time() - 40 * 86400
        os.utime(old[label], (forty_days_ago, forty_days_ago))
    with Replica.start(articles=20) as replica:
        first = run_crawl(
            replica.base_url, tmp_path / "state", tmp_path / "1.jsonl"
        )  # defaults: 31 days, forever
        kept = {label: path.exists() for label, path in old.items()}
        second = run_crawl(
            replica.base_url, tmp_path / "state", tmp_path / "2.jsonl", "-s", "ARCHIVE_KEEP_DAYS=30"
        )
    assert first.returncode == second.returncode == 0, first.stderr[-2000:] + second.stderr[-2000:]
    assert kept == {"": True, "discovery": False}
    assert not old[""].exists()
    assert not old[""].with_name(old[""].name + INDEX_SUFFIX).exists()


def test_replay_crawls_the_archive_with_the_same_records_and_no_request(tmp_path: Path) -> None:
    with Replica.start(articles=60) as replica:
        live = run_crawl(replica.base_url, tmp_path / "live", tmp_path / "live.jsonl")
        assert live.returncode == 0, live.stderr[-3000:]
        replica.requests.reset()
        replayed = run_crawl(
            replica.base_url, tmp_path / "replay", tmp_path / "replay.jsonl",
            "-s", f"ARCHIVE_DIR={tmp_path / 'live' / 'archive'}", "-s", "ARCHIVE_REPLAY=latest",
        )  # fmt: skip
        assert replica.requests.snapshot() == []
    assert replayed.returncode == 0, replayed.stderr[-3000:]
    before = {item["canonical_url"]: item for item in read_items(tmp_path / "live.jsonl")}
    after = {item["canonical_url"]: item for item in read_items(tmp_path / "replay.jsonl")}
    assert set(after) == set(before) == {article.url for article in replica.site.oracle}
    for url, item in after.items():
        assert {name: item[name] for name in CONTENT_FIELDS} == {
            name: before[url][name] for name in CONTENT_FIELDS
        }
        assert item["reextracted"] is True
        assert before[url]["reextracted"] is False
        assert item["fetched_at"] <= before[url]["fetched_at"]  # dated by the capture, not the replay

    # One page from the archive: `scrapy extract URL` gives the record the crawl exported.
    url = replica.site.oracle[5].url
    single = scrapy("extract", url, "--json", "-s", f"NEWSCRAWL_STATE_DIR={tmp_path / 'live'}")
    assert single.returncode == 0, single.stderr[-3000:]
    assert "Capture of " in single.stderr
    record = json.loads(single.stdout)["record"]
    assert {name: record[name] for name in CONTENT_FIELDS} == {
        name: before[url][name] for name in CONTENT_FIELDS
    }
    unknown_run = run_crawl(
        "http://127.0.0.1:9", tmp_path / "replay", tmp_path / "none.jsonl",
        "-s", f"ARCHIVE_DIR={tmp_path / 'live' / 'archive'}", "-s", "ARCHIVE_REPLAY=20990101T000000Z-1",
    )  # fmt: skip
    assert unknown_run.returncode == 2
    assert "setting ARCHIVE_REPLAY='20990101T000000Z-1': no such run in " in unknown_run.stderr
    missing = scrapy("extract", url + "-nope", "-s", f"NEWSCRAWL_STATE_DIR={tmp_path / 'live'}")
    assert missing.returncode == 2
    assert "is not in the archive" in missing.stderr


def quoted_articles(replica: Replica) -> dict[str, tuple[list[str], list[str]]]:
    """The generator's pull quotes by article URL, with the body paragraphs left once a rule removes
    them (a pull quote repeats a sentence of the body: it goes by position, not by text)."""
    quoted: dict[str, tuple[list[str], list[str]]] = {}
    for meta in replica.site.model.metas:
        body = build_body(meta)
        quotes = [item.text for item in body if isinstance(item, Block) and item.kind == "quote"]
        if quotes:
            kept = editorial_texts(
                [item for item in body if not (isinstance(item, Block) and item.kind == "quote")]
            )
            quoted[replica.site.oracle_for(meta).url] = quotes, [" ".join(text.split()) for text in kept]
    return quoted


def test_reextract_after_a_rule_change_changes_exactly_the_affected_records(tmp_path: Path) -> None:
    state = tmp_path / "state"
    # The changed rule: `aside` also takes the pull quotes (blockquote.vanilla-quoteblock).
    rules = tmp_path / "rules.toml"
    text = RULES.read_text(encoding="utf-8")
    assert text.count('css = ["aside"]') == 1
    rules.write_text(text.replace('css = ["aside"]', 'css = ["aside", "blockquote.vanilla-quoteblock"]'))
    with Replica.start(articles=1000) as replica:
        crawl = run_crawl(replica.base_url, state, tmp_path / "crawl.jsonl")
        assert crawl.returncode == 0, crawl.stderr[-3000:]
        oracle = {article.url: article for article in replica.site.oracle}
        quotes = quoted_articles(replica)
        assert 0 < len(quotes) < len(oracle)
        replica.requests.reset()

        base = ("-s", f"WEEK_BASE_URL={replica.base_url}", "-s", f"NEWSCRAWL_STATE_DIR={state}")
        unchanged = scrapy("reextract", "--json", *base)
        dry = scrapy("reextract", "--json", "--examples", "2", *base, "-s", f"PROMO_RULES_FILE={rules}")
        applied = scrapy(
            "reextract", "--apply", *base, "-s", f"PROMO_RULES_FILE={rules}", "-O", str(tmp_path / "v2.jsonl")
        )
        again = scrapy("reextract", "--json", *base, "-s", f"PROMO_RULES_FILE={rules}")
        assert replica.requests.snapshot() == []  # zero requests: the site never saw the re-extraction

    assert unchanged.returncode == 0, unchanged.stderr[-3000:]
    same = json.loads(unchanged.stdout)
    assert same["examined"] == len(oracle)
    assert (same["changed"], same["new"], same["unchanged"]) == (0, 0, len(oracle))

    assert dry.returncode == 0, dry.stderr[-3000:]
    report = json.loads(dry.stdout)
    assert report["examined"] == len(oracle)
    assert set(report["to_apply"]) == set(quotes)
    assert report["changed"] == len(quotes)
    assert report["unchanged"] == len(oracle) - len(quotes)
    assert report["fields"] == {"body": len(quotes), "word_count": len(quotes)}
    for example in report["examples"]["body"]:
        assert example["after"] == "(nothing)"
        assert quotes[example["url"]][0][0][:40] in example["before"]

    assert applied.returncode == 0, applied.stderr[-3000:]
    release = hashlib.sha256(rules.read_bytes()).hexdigest()[:12]
    written = {item["canonical_url"]: item for item in read_items(tmp_path / "v2.jsonl")}
    assert set(written) == set(quotes)
    for url, item in written.items():
        assert item["version"] == 2
        assert item["reextracted"] is True
        assert item["extractor"] == f"newscrawl/{__version__} rules/rules.toml@{release}"
        assert item["body"].split("\n\n") == quotes[url][1]  # what the generator wrote, less its quotes
    first = {item["canonical_url"]: item for item in read_items(tmp_path / "crawl.jsonl")}
    assert {item["extractor"] for item in written.values()}.isdisjoint(
        {item["extractor"] for item in first.values()}
    )
    registry = Registry.open(state, readonly=True)
    try:
        versions = {url: (registry.latest_record(url) or {}).get("version") for url in oracle}
    finally:
        registry.close()
    assert {url for url, version in versions.items() if version == 2} == set(quotes)
    assert {url for url, version in versions.items() if version == 1} == set(oracle) - set(quotes)

    report_after = json.loads(again.stdout)
    assert (report_after["changed"], report_after["unchanged"]) == (0, len(oracle))


def test_reextract_refuses_a_bad_date_in_one_line(tmp_path: Path) -> None:
    result = scrapy("reextract", "--since", "yesterday", "-s", f"NEWSCRAWL_STATE_DIR={tmp_path}")
    assert result.returncode == 2
    assert "--since must be a day as YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
