"""JSON and JSON Lines files holding article records (title/body/source/date/url)."""

from __future__ import annotations

import json
from typing import Any, Iterator

from .decode import Unusable
from .fields import BODY_KEYS, first_key, metadata_from
from .jsonfeed import is_json_feed, json_feed_items, names_json_feed


def _record(obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise Unusable("malformed record", f"a {type(obj).__name__}, not an object")
    body = first_key(obj, *BODY_KEYS)
    if body is None:
        raise Unusable("malformed record", "no body/text field")
    if not isinstance(body, str):
        raise Unusable("malformed record", f"body is a {type(body).__name__}, not a string")
    if not body.strip():
        raise Unusable("empty", "the record's body is empty")
    meta = metadata_from(obj)
    for key in ("title", "source", "url", "author"):
        raw = first_key(obj, key)
        if raw is not None and meta[key] is None and not isinstance(raw, (str, list, dict)):
            raise Unusable("malformed record", f"{key} is a {type(raw).__name__}, not a string")
    rid = obj.get("id")
    meta["record_id"] = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else None
    meta["body"] = body
    return meta


def parse_records(text: str, fmt: str) -> Iterator[tuple[int, dict[str, Any] | Unusable]]:
    """Yield ``(record number, metadata dict or the Unusable reason)`` for each record.

    A ``.json`` file holds one object or a list of them; ``.jsonl`` one object per line.
    A file that is not JSON at all raises :class:`Unusable`.
    """
    if fmt == "json":
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise Unusable("malformed record", f"invalid JSON: {exc}"[:200]) from None
        if names_json_feed(data) and not isinstance(data.get("items"), list):
            items = data.get("items")
            raise Unusable("malformed feed", "a JSON Feed whose items are " + (
                "missing" if items is None else f"a {type(items).__name__}, not a list"))
        if is_json_feed(data):  # a JSON Feed: its items are the articles
            for key, meta in json_feed_items(data):
                if not isinstance(meta, Unusable):
                    meta["record_id"] = key
                yield key, meta
            return
        items = data if isinstance(data, list) else [data]
        for n, obj in enumerate(items, start=1):
            try:
                yield n, _record(obj)
            except Unusable as exc:
                yield n, exc
        return
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield n, Unusable("malformed record", f"line {n}: invalid JSON: {exc}"[:200])
            continue
        try:
            yield n, _record(obj)
        except Unusable as exc:
            yield n, Unusable(exc.reason, f"line {n}: {exc.detail}")
