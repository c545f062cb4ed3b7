"""Export benchmark: 100,000 synthetic articles from a registry to every dataset format.

    .venv/bin/python benchmarks/export_100k.py [--articles 100000] [--work DIR]

Builds a registry of synthetic but realistic articles (bodies of 300-1,200 words, one in ten with a
second version), then runs `export_dataset` once per format, each in a fresh child process so that
the peak memory (ru_maxrss) belongs to that export alone. Prints, side by side, records per second,
peak RSS and file size per format, and the rate relative to plain JSON Lines. A benchmark reports;
it asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newscrawl.registry import Registry

FORMATS = ("jsonl", "jsonl.gz", "jsonl.zst", "csv", "csv.gz", "csv.zst", "parquet")
SECTIONS = ("Politics", "World News", "Business", "Science", "Health", "Culture & Life", "Opinion", "Travel")
TYPES = ("Speed Read", "The Explainer", "Instant Opinion", "In Depth", "Talking Point")
WORDS = [
    "the",
    "government",
    "said",
    "on",
    "tuesday",
    "that",
    "it",
    "would",
    "review",
    "the",
    "policy",
    "after",
    "weeks",
    "of",
    "criticism",
    "from",
    "opposition",
    "parties",
    "economists",
    "and",
    "campaigners",
    "who",
    "argue",
    "that",
    "the",
    "plan",
    "fails",
    "households",
    "facing",
    "higher",
    "bills",
    "while",
    "ministers",
    "insist",
    "the",
    "measures",
    "are",
    "fair",
    "and",
    "necessary",
    "for",
    "long",
    "term",
    "growth",
]


def synthetic(n: int, version: int, rng: random.Random) -> dict[str, object]:
    paragraphs = [
        "Paragraph " + " ".join(rng.choices(WORDS, k=rng.randint(40, 120))) + "."
        for _ in range(rng.randint(5, 12))
    ]
    body = "\n\n".join(paragraphs)
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    return {
        "url": f"https://theweek.com/{SECTIONS[n % 8].lower().replace(' ', '-')}/article-{n}",
        "canonical_url": f"https://theweek.com/{SECTIONS[n % 8].lower().replace(' ', '-')}/article-{n}",
        "title": f"Synthetic article {n}: what the policy review means",
        "standfirst": "Ministers insist the measures are fair" if n % 3 else None,
        "authors": [f"Author {n % 97}"] + ([f"Author {n % 13}"] if n % 5 == 0 else []),
        "published_at": f"{2020 + n % 6}-{month:02d}-{day:02d}T{n % 24:02d}:00:00+00:00",
        "modified_at": f"{2020 + n % 6}-{month:02d}-{day:02d}T{n % 24:02d}:30:00+00:00" if n % 2 else None,
        "section": SECTIONS[n % len(SECTIONS)],
        "article_type": TYPES[n % len(TYPES)],
        "tags": ["Politics", f"Tag {n % 50}"],
        "image_url": f"https://cdn.mos.cms.futurecdn.net/img{n}.jpg" if n % 4 else None,
        "body": body + (f"\n\nUpdated: version {version}." if version > 1 else ""),
        "word_count": len(body.split()),
        "fetched_at": "2026-11-01T00:00:00+00:00",
        "content_hash": hashlib.sha256(f"{n}/{version}".encode()).hexdigest(),
        "version": version,
    }


def build(state: Path, articles: int) -> None:
    registry = Registry.open(state)
    if registry.counts()["articles"] >= articles:
        registry.close()
        return
    rng = random.Random(0)
    registry.start_run("bench-1", 1, "synthetic")
    for n in range(articles):
        registry.record_version(synthetic(n, 1, rng), "bench-1", {})
        if n % 10 == 0:
            registry.record_version(synthetic(n, 2, rng), "bench-1", {})
    registry.finish_run("bench-1", "finished", True, {"promo_removed": {"newsletter-free": articles}})
    registry.close()


def child(state: Path, out: Path) -> None:
    from newscrawl.export.dataset import export_dataset
    from newscrawl.export.select import Selection

    started = time.perf_counter()
    manifest = export_dataset(state, out, Selection())
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": manifest["counts"]["records"], "seconds": seconds, "peak_mb": peak_mb,
                      "bytes": out.stat().st_size}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newscrawl-export-bench")
    parser.add_argument("--child", nargs=2, metavar=("STATE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    state = args.work / "state"
    started = time.perf_counter()
    build(state, args.articles)
    print(f"registry of {args.articles:,} articles ready in {time.perf_counter() - started:.0f} s ({state})")
    results = {}
    for suffix in FORMATS:
        out = args.work / f"week.{suffix}"
        done = subprocess.run([sys.executable, __file__, "--child", str(state), str(out)], capture_output=True,
                              text=True, check=True)  # fmt: skip
        results[suffix] = json.loads(done.stdout.strip().splitlines()[-1])
    base = results["jsonl"]["records"] / results["jsonl"]["seconds"]
    print(
        f"{'format':<10} {'records':>8} {'seconds':>8} {'records/s':>10} {'vs jsonl':>8} {'peak MB':>8} {'file MB':>8}"
    )
    for suffix, r in results.items():
        rate = r["records"] / r["seconds"]
        print(f"{suffix:<10} {r['records']:>8,} {r['seconds']:>8.1f} {rate:>10,.0f} {rate / base:>8.2f} "
              f"{r['peak_mb']:>8.0f} {r['bytes'] / 1e6:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
