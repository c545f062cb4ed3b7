"""The state directory's per-run directories: kept for the newest RUNS_KEEP runs only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscrawl.state import prune_run_dirs

if TYPE_CHECKING:
    from pathlib import Path


def make_runs(runs: Path, count: int) -> list[str]:
    names = [f"20260701T{hour:02d}0000Z-{100 + hour}" for hour in range(count)]
    for name in names:
        (runs / name).mkdir(parents=True)
        (runs / name / "summary.json").write_text("{}", encoding="utf-8")
    return names


def test_the_newest_run_directories_are_kept_with_the_current_one(tmp_path: Path) -> None:
    names = make_runs(tmp_path, 6)
    current = "20260701T230000Z-999"  # this run: its directory is made at its end, or is already there
    keep = 3
    assert prune_run_dirs(tmp_path, keep, current) == names[: len(names) - (keep - 1)]
    assert sorted(p.name for p in tmp_path.iterdir()) == names[-(keep - 1) :]
    (tmp_path / current).mkdir()
    assert prune_run_dirs(tmp_path, keep, current) == []
    assert len(list(tmp_path.iterdir())) == keep


def test_zero_keeps_every_run_directory_and_strangers_are_left_alone(tmp_path: Path) -> None:
    names = make_runs(tmp_path, 4)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert prune_run_dirs(tmp_path, 0, "x") == []
    assert prune_run_dirs(tmp_path / "missing", 2, "x") == []
    assert prune_run_dirs(tmp_path, 1, "x") == names
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", "notes.txt"]
