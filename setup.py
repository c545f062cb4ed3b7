"""Egg build for Scrapyd only (`scrapyd-deploy`); the project itself is run from a checkout, not installed."""

from setuptools import find_packages, setup

from newscrawl import __version__

setup(
    name="newscrawl",
    version=__version__,
    packages=find_packages(include=["newscrawl", "newscrawl.*"]),
    package_data={"newscrawl": ["rules/*.toml", "schemas/*.json"]},
    entry_points={"scrapy": ["settings = newscrawl.settings"]},
)
