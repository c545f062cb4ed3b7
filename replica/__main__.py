"""``python -m replica --port 8000 --articles 60 --seed 0 [--weight real] [--extra-articles N] [--revise INDEX]
[--oracle oracle.json]``: serve by hand."""

from __future__ import annotations

import argparse
import json
import threading
from pathlib import Path

from replica.server import Replica
from replica.weight import LIGHT, WEIGHTS


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m replica", description=__doc__)
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--weight", choices=WEIGHTS, default=LIGHT,
                        help="light: ~30 KB pages; real: pages dressed as real Vanilla pages (median ~600 KB)")  # fmt: skip
    parser.add_argument("--extra-articles", type=int, default=0, help="that many newer articles on top")
    parser.add_argument(
        "--revise",
        type=int,
        action="append",
        default=[],
        metavar="INDEX",
        help="publish a revision of the article at this oracle index (repeatable)",
    )
    parser.add_argument("--oracle", type=Path, help="write the true record of every article here (JSON)")
    args = parser.parse_args(argv)
    replica = Replica.start(
        seed=args.seed,
        articles=args.articles,
        extra_articles=args.extra_articles,
        port=args.port,
        revisions={index: args.revise.count(index) for index in args.revise},
        weight=args.weight,
    )
    site = replica.site
    if args.oracle:
        records = [article.to_dict() for article in site.oracle]
        args.oracle.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Replica of theweek.com at {replica.base_url}/", flush=True)
    print(f"{len(site.model.metas)} articles, {len(site.non_article_urls)} non-article pages; Ctrl-C to stop.",
          flush=True)  # fmt: skip
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        replica.stop()


if __name__ == "__main__":
    main()
