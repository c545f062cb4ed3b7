"""The offline demo (README, Makefile) keeps its registry apart from the real one."""

from __future__ import annotations

import re

from tests.crawling import PROJECT

DEMO_STATE = "NEWSCRAWL_STATE_DIR=.newscrawl-demo"


def demo_commands() -> list[str]:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Offline demo", 1)[1].split("\n## ", 1)[0]
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    return [
        line
        for line in [*section.splitlines(), *makefile.splitlines()]
        if re.search(r"scrapy (crawl|registry|export)\b", line)
    ]


def test_every_demo_crawl_and_registry_command_uses_the_demo_state_directory() -> None:
    commands = demo_commands()
    assert len(commands) >= 5
    for command in commands:
        assert DEMO_STATE in command, command


def test_the_demo_state_directory_is_ignored_by_git() -> None:
    assert "/.newscrawl-demo/" in (PROJECT / ".gitignore").read_text(encoding="utf-8").splitlines()
