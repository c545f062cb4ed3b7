"""`python -m newscrawl.replica --port 8000`: serve the replica by hand and watch the crawler work offline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newscrawl.replica.server import Replica


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--oracle", type=Path, help="write the true record of every article here (JSON)")
    args = parser.parse_args()
    replica = Replica(port=args.port, seed=args.seed, articles=args.articles)
    if args.oracle:
        oracle = [article.to_dict() for article in replica.site.oracle]
        args.oracle.write_text(json.dumps(oracle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"Replica of theweek.com at {replica.base_url}/ ({args.articles} articles); Ctrl-C to stop.",
        flush=True,
    )
    print(f"Crawl it: scrapy crawl week -s WEEK_BASE_URL={replica.base_url} -O week.jsonl", flush=True)
    try:
        replica.server.serve_forever()
    except KeyboardInterrupt:
        replica.server.server_close()


if __name__ == "__main__":
    main()
