"""The item's JSON Schema, versioned and shipped in the package (`newscrawl/schemas/article.schema.json`).

One schema, checked in three places: ValidatePipeline (before an item is written), `scrapy export`
(before a record enters a dataset) and the tests. Its property order is the export column order.

jsonschema is the judge and writes the messages; fastjsonschema, which compiles the schema into
Python code, answers first: 17-20 us a record against 330 us for jsonschema's generic walk (timeit
and 2,000 records of a light crawl), on every article of every crawl. Only a record it refuses goes
to jsonschema, whose errors decide: the fast check must never accept what jsonschema refuses, and
tests/test_itemschema.py checks that on generated records, valid and broken field by field. (It is
stricter in places: its `$` matches only at the very end, so a URL with a final newline is refused
fast and accepted by jsonschema.)
The schema uses only keywords whose meaning draft 7 (the newest fastjsonschema knows) and 2020-12 share.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import fastjsonschema
from jsonschema import Draft202012Validator, validators

if TYPE_CHECKING:
    from collections.abc import Callable

SCHEMA_FILE = resources.files("newscrawl") / "schemas" / "article.schema.json"
# A tuple is a JSON array once exported (every feed exporter writes it as one), and fastjsonschema
# counts it as an array: jsonschema is told the same, so the two judge the same record alike.
_Validator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        "array", lambda _checker, instance: isinstance(instance, list | tuple)
    ),
)


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def schema_version() -> int:
    return int(schema()["x-schema-version"])


@cache
def _validator() -> Draft202012Validator:
    _Validator.check_schema(schema())
    # Local `$ref`s inlined: jsonschema resolves a reference on every use, which was over half of the
    # cost of checking an item (0.63 against 0.27 ms per record); the schema says the same.
    validator: Draft202012Validator = _Validator(_inlined(schema(), schema().get("$defs", {})))
    return validator


@cache
def _compiled() -> Callable[[Any], Any]:
    """fastjsonschema's validator of the same (inlined) schema; formats are not asserted, as
    jsonschema does not assert them without a format checker."""
    inlined = {key: value for key, value in _validator().schema.items() if key != "$schema"}
    compiled: Callable[[Any], Any] = fastjsonschema.compile(inlined, use_formats=False)
    return compiled


def _inlined(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with each `{"$ref": "#/$defs/x", ...}` replaced by x's own keywords (and its siblings)."""
    if isinstance(node, list):
        return [_inlined(entry, definitions) for entry in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    name = ref.removeprefix("#/$defs/") if isinstance(ref, str) and ref.startswith("#/$defs/") else None
    siblings = {
        key: _inlined(value, definitions) for key, value in node.items() if key != "$ref" or name is None
    }
    if name is None or name not in definitions:
        return siblings
    target = _inlined(definitions[name], definitions)
    if set(target) & set(siblings) - {"description", "title", "$comment"}:
        return {**siblings, "$ref": ref}  # a keyword on both sides: leave the reference to the validator
    return {**target, **siblings}


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Every way the record breaks the schema, as "field: message" lines; [] when it conforms."""
    try:
        _compiled()(record)
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema says why (or, where the two differ, that it conforms after all)
    else:
        return []
    validator = _validator()
    return sorted(
        f"{'.'.join(str(part) for part in error.absolute_path) or '(record)'}: {error.message}"
        for error in validator.iter_errors(record)
    )
