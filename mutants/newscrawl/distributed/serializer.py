"""JSON instead of pickle for requests in Redis (the serializer LeasingScheduler gives its queue).

scrapy-redis pickles queued requests by default: anyone who can write to the Redis server can then
run code in every worker (reliability.md §2.6). Our requests hold only JSON-able values plus bytes
(body, headers), which are tagged here; anything else fails loudly at push time instead of being
pickled.
"""

from __future__ import annotations

import base64
import json
from typing import Any

BYTES_TAG = "__b64__"


def _default(value: object) -> object:
    if isinstance(value, bytes):
        return {BYTES_TAG: base64.b64encode(value).decode("ascii")}
    if isinstance(value, (tuple, set, frozenset)):
        return list(value)
    raise TypeError(f"not serialisable into the shared queue: {type(value).__name__} {value!r:.80}")


def _hook(obj: dict[str, Any]) -> object:
    if len(obj) == 1 and BYTES_TAG in obj:
        return base64.b64decode(obj[BYTES_TAG])
    return obj


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, default=_default, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def loads(data: bytes | str) -> Any:
    return json.loads(data, object_hook=_hook)
