"""A deterministic, faithful offline replica of theweek.com, and a server for it (tests, demo, benchmarks)."""

from newscrawl.replica.model import OracleArticle
from newscrawl.replica.server import Replica
from newscrawl.replica.site import Site, build_site

__all__ = ["OracleArticle", "Replica", "Site", "build_site"]
