"""The item's JSON Schema, versioned and shipped in the package (`newscrawl/schemas/article.schema.json`).

One schema, checked in three places: ValidatePipeline (before an item is written), `scrapy export`
(before a record enters a dataset) and the tests. Its property order is the export column order.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = resources.files("newscrawl") / "schemas" / "article.schema.json"


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def schema_version() -> int:
    return int(schema()["x-schema-version"])


@cache
def _validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Every way the record breaks the schema, as "field: message" lines; [] when it conforms."""
    validator = _validator()
    if validator.is_valid(record):
        return []
    return sorted(
        f"{'.'.join(str(part) for part in error.absolute_path) or '(record)'}: {error.message}"
        for error in validator.iter_errors(record)
    )
