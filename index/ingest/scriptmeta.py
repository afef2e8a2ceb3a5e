"""The date and the authors of a story read from a page's embedded data (:mod:`.scriptdata`): a page rendered by
script ('Save page as… HTML only' of a Next.js, Nuxt or Arc XP site) may name them only in the object that
holds the story's text (``{"headline": …, "publishedAt": …, "authors": [{"name": …}], "body": [...]}``, Arc's
``"display_date"`` and ``"credits": {"by": [...]}``). Only the objects around the text are read, nearest first,
so a related story's date and authors, which stand beside it, are never taken.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .fields import parse_date
from .scriptdata import Around

_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishedDate", "published_date", "publishDate",
              "publish_date", "first_publish_date", "firstPublished", "pubDate", "display_date", "displayDate",
              "published", "date")
"""Keys of a story's publication date, the most specific first (a date it was changed is never one)."""
_AUTHOR_KEYS = ("authors", "author", "byline", "credits", "writers", "bylines")
"""Keys of a story's authors (Arc XP's ``credits`` holds them under ``by``)."""
_NAME_KEYS = ("name", "displayName", "display_name", "fullName", "full_name", "title", "by")
OBJECTS = 3
"""At most this many objects around the text are read (the story's, and the page state's around it)."""
MAX_AUTHORS = 8
MAX_NAME_CHARS = 80
_EPOCH_MS = 10 ** 11
"""An epoch number above this counts milliseconds (JavaScript's ``Date.now()``), not seconds."""


def _date(value: Any) -> dt.date | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = value / 1000 if value > _EPOCH_MS else value
    elif not isinstance(value, str):
        return None
    date = parse_date(value)
    return date if date and 1990 <= date.year <= 2100 else None


def _names(value: Any, out: list[str], depth: int = 0) -> None:
    """The people ``value`` names: a string, an object's name, or a list of either."""
    if depth > 3 or len(out) >= MAX_AUTHORS:
        return
    if isinstance(value, str):
        name = " ".join(value.split())
        if name.lower().startswith("by "):
            name = name[3:]
        if name and len(name) <= MAX_NAME_CHARS and "://" not in name and not name.startswith(("/", "{")):
            out.append(name)
    elif isinstance(value, list):
        for item in value[:MAX_AUTHORS]:
            _names(item, out, depth + 1)
    elif isinstance(value, dict):
        for key in _NAME_KEYS:
            if key in value:
                _names(value[key], out, depth + 1)
                return


def story_date(around: Around) -> dt.date | None:
    """The publication date the objects around a story's text name, or None."""
    for node, _ in _objects(around):
        for key in _DATE_KEYS:
            date = _date(node.get(key))
            if date:
                return date
    return None


def story_authors(around: Around) -> str | None:
    """The authors the objects around a story's text name, joined with ', ', or None."""
    for node, _ in _objects(around):
        for key in _AUTHOR_KEYS:
            names: list[str] = []
            _names(node.get(key), names)
            if names:
                return ", ".join(dict.fromkeys(names))
    return None


def _objects(around: Around):
    n = 0
    while around is not None and n < OBJECTS:
        yield around
        around, n = around[1], n + 1
