"""Which records go into a dataset: the latest version of each article (or every version), filtered
by publication date, section and article type, in one deterministic order (canonical URL, version).

Records stream from the registry's `versions` table one at a time: memory does not grow with the
dataset."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newscrawl.registry import Registry


@dataclass(frozen=True, slots=True)
class Selection:
    all_versions: bool = False
    since: date | None = None  # published on or after (UTC)
    until: date | None = None  # published on or before (UTC, the whole day)
    sections: tuple[str, ...] = field(default_factory=tuple)  # case-insensitive
    types: tuple[str, ...] = field(default_factory=tuple)  # article_type, case-insensitive

    def describe(self) -> dict[str, Any]:
        described = asdict(self)
        described["versions"] = "all" if described.pop("all_versions") else "latest"
        described["since"] = self.since.isoformat() if self.since else None
        described["until"] = self.until.isoformat() if self.until else None
        described["sections"] = list(self.sections)
        described["types"] = list(self.types)
        return described

    def _where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            clauses.append("v.published_at >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("v.published_at < ?")
            params.append((self.until + timedelta(days=1)).isoformat())
        for column, values in (("section", self.sections), ("article_type", self.types)):
            if values:
                clauses.append(f"lower(v.{column}) IN ({', '.join('?' * len(values))})")
                params.extend(value.lower() for value in values)
        return (" AND ".join(clauses) or "1"), params

    def _sql(self, columns: str) -> tuple[str, list[Any]]:
        where, params = self._where()
        join = "" if self.all_versions else (
            " JOIN articles a ON a.canonical_url = v.canonical_url AND a.version = v.version"
        )  # fmt: skip
        # Only fixed column names and clause text go into the SQL; every value is a bound parameter.
        return f"SELECT {columns} FROM versions v{join} WHERE {where}", params  # noqa: S608

    def count(self, registry: Registry) -> int:
        sql, params = self._sql("count(*)")
        return int(registry.db.execute(sql, params).fetchone()[0])

    def records(self, registry: Registry) -> Iterator[tuple[str, dict[str, Any]]]:
        """(run id, exported item) pairs, ordered by canonical URL then version."""
        sql, params = self._sql("v.run_id, v.item")
        for run_id, item in registry.db.execute(sql + " ORDER BY v.canonical_url, v.version", params):
            yield run_id, json.loads(item)
