"""A live blog's text from its JSON-LD: a ``LiveBlogPosting`` lists its entries (``liveBlogUpdate``, each a
``BlogPosting`` with its ``datePublished``, ``headline`` and ``articleBody``), which a page rendered by script
may show nowhere in its HTML. The entries are read in the order the page lists them, each opened with its
time as the page would show it ('15:42 – …', the clock of the time zone it is written in)."""

from __future__ import annotations

import re
from typing import Any

MAX_ENTRIES = 500
"""At most this many entries of a live blog are read."""
_CLOCK = re.compile(r"T(\d{2}:\d{2})")
_GENERIC = {"update", "updates", "live", "live update", "breaking", "new", "latest", "post"}
"""Headlines of entries that name no event (the entry's text is all it says)."""


def _clock(value: Any) -> str | None:
    m = _CLOCK.search(value[:40]) if isinstance(value, str) else None
    return m[1] if m else None


def _entry(node: dict) -> list[str]:
    body = node.get("articleBody") or node.get("text") or node.get("description")
    if not isinstance(body, str) or not body.strip():
        return []
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    head = node.get("headline")
    head = " ".join(head.split()) if isinstance(head, str) else ""
    if head and head.lower().rstrip(".!:") not in _GENERIC and not paras[0].startswith(head):
        paras.insert(0, head)
    clock = _clock(node.get("datePublished")) or _clock(node.get("dateCreated"))
    if clock:
        paras[0] = f"{clock} \u2013 {paras[0]}"
    return paras


def live_blog_text(article: dict) -> str | None:
    """The entries of a ``LiveBlogPosting`` node as text (paragraphs apart, each entry opened with its time),
    or None when it lists fewer than two with text."""
    updates = article.get("liveBlogUpdate")
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return None
    entries = [_entry(u) for u in updates[:MAX_ENTRIES] if isinstance(u, dict)]
    entries = [e for e in entries if e]
    return "\n\n".join(p for e in entries for p in e) if len(entries) >= 2 else None
