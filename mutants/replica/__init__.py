"""A deterministic, faithful offline replica of theweek.com (generator + local HTTP server).

``build_site(base_url, seed=0, articles=60, revisions={}, extra_articles=0)`` gives a Site whose pages
are rendered on demand; ``Replica.start()`` serves one on 127.0.0.1. ``site.oracle`` lists what a careful
reader of each article page concludes (the crawler's item contract)."""

from __future__ import annotations

from replica.model import OracleArticle
from replica.server import Replica
from replica.site import Site, build_site

__all__ = ["OracleArticle", "Replica", "Site", "build_site"]
