"""JSON and JSON Lines files holding article records (title/body/source/date/url)."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from .decode import Unusable
from .fields import BODY_KEYS, first_key, metadata_from, text_value
from .htmltext import html_to_text
from .jsonfeed import is_json_feed, json_feed_items, names_json_feed


_HTML_BODY = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|article|section|figure)>", re.IGNORECASE)
"""A block element's end tag: a body written in HTML, read as its text ('a <p>-value' is not one)."""


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
    if _HTML_BODY.search(body):  # an export of a read-later service (wallabag: 'content' is the page's HTML)
        body = html_to_text(body)
        if not body.strip():
            raise Unusable("empty", "the record's HTML body has no text")
    meta = metadata_from(obj)
    if meta["author"] is None:  # (wallabag's authors)
        meta["author"] = text_value(first_key(obj, "published_by"))
    if meta["source"] is None and isinstance(first_key(obj, "domain_name"), str):
        meta["source"] = first_key(obj, "domain_name").strip().removeprefix("www.") or None
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
