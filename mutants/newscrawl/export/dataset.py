"""export_dataset: the registry's history -> one dataset file, its manifest, and an HTML report.

The registry is opened read-only, so an export may run while a crawl is writing. Every record is
checked against the item schema on the way out; one that fails is left out, counted in the
manifest (`invalid_skipped`) and logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sys
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from newscrawl.export.formats import atomic_path, open_writer, target_of
from newscrawl.export.profile import DatasetProfile
from newscrawl.export.report import render_report
from newscrawl.itemschema import schema, schema_errors, schema_version
from newscrawl.registry import Registry

if TYPE_CHECKING:
    from pathlib import Path

    from newscrawl.export.formats import RecordWriter
    from newscrawl.export.select import Selection

logger = logging.getLogger(__name__)
MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(dataset: Path) -> Path:
    return dataset.with_name(dataset.name + MANIFEST_SUFFIX)


def export_dataset(
    state_dir: Path, dataset: Path | None, selection: Selection, report: Path | None = None,
    progress: bool = False, progress_delay: float = 1.0, source: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Write the dataset (if a path is given), its manifest and the report (if asked); return the manifest.
    `source` names the registry in the manifest when it is not the SQLite file read (a Redis snapshot)."""
    target = target_of(dataset) if dataset is not None else None
    registry = Registry.open(state_dir, readonly=True)
    try:
        profile = DatasetProfile()
        files: list[dict[str, Any]] = []
        # A terminal that reports no size (a bare pty) gets 80x24: tqdm would hide the bar in 0 rows.
        size = shutil.get_terminal_size((80, 24))
        bar = tqdm(total=selection.count(registry), unit=" articles", disable=not progress, delay=progress_delay,
                   file=sys.stderr, ncols=size.columns or 80, nrows=size.lines or 24)  # fmt: skip
        with bar:
            if dataset is not None and target is not None:
                with atomic_path(dataset) as temporary:
                    metadata = {
                        "newscrawl.schema": schema()["$id"],
                        "newscrawl.schema_version": str(schema_version()),
                    }
                    writer = open_writer(temporary, target, metadata)
                    _copy(registry, selection, profile, writer, bar)
                    files.append(
                        {
                            "path": dataset.name,
                            "bytes": temporary.stat().st_size,
                            "sha256": _sha256(temporary),
                        }
                    )
            else:
                _copy(registry, selection, profile, None, bar)
        promo = _promo_removed(registry, profile.runs)
        manifest = {
            "dataset": dataset.name if dataset is not None else None,
            "format": target.format if target else None,
            "compression": target.compression if target else None,
            "schema": {"id": schema()["$id"], "version": schema_version()},
            "selection": selection.describe(),
            **profile.summary(),
            "files": files,
            "promo_removed": promo,
            "registry": source or str(registry.path.resolve()),
        }
    finally:
        registry.close()
    if dataset is not None:
        _write_text(manifest_path(dataset), json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    if report is not None:
        _write_text(report, render_report(profile, manifest, promo))
    return manifest


def _copy(registry: Registry, selection: Selection, profile: DatasetProfile, writer: RecordWriter | None,
          bar: tqdm[Any]) -> None:  # fmt: skip
    try:
        for run_id, record in selection.records(registry):
            bar.update()
            errors = schema_errors(record)
            if errors:
                profile.invalid += 1
                logger.warning("Left out %s (version %s): %s", record.get("canonical_url"), record.get("version"),
                               "; ".join(errors))  # fmt: skip
                continue
            if writer is not None:
                writer.write(record)
            profile.add(record, run_id)
    finally:
        if writer is not None:
            writer.close()


def _promo_removed(registry: Registry, runs: set[str]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for run in registry.runs():
        if run["run_id"] in runs and run["summary"]:
            for rule, count in json.loads(run["summary"]).get("promo_removed", {}).items():
                totals[rule] = totals.get(rule, 0) + int(count)
    return dict(sorted(totals.items()))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_text(path: Path, text: str) -> None:
    with atomic_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
