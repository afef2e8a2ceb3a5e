"""Reading state in queries: ``is:unread``, ``is:read``, ``is:bookmarked``, ``is:starred``.

These terms are taken out of the query text before Whoosh's parser sees it and become a filter on
the search: the ids of the articles (or quotes) the user marked, allowed or denied. They combine
with any query (``H20 is:unread``) and with each other (AND); ``NOT is:read`` or ``-is:read``
negates one. ``is:`` followed by a space (``is: read``) is no filter: Whoosh searches the words, as
it does ``speaker: x`` and ``date: 2016``, with the same warning. The marks are read from the
corpus's annotation file (``annotations.json``), re-read only when it changed on disk.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import QueryError
from .models import AnnotationFile

IS_VALUES = ("unread", "read", "bookmarked", "starred")
_TOKEN = re.compile(r'"[^"]*"?|\S+')
_IS = re.compile(r"^([-!]?)is:(.*)$", re.IGNORECASE)
_NONE = "\x00none"
"""An id no document has: an empty allow set matches nothing."""


def split_is_terms(text: str | None) -> tuple[str, list[tuple[str, bool]]]:
    """``(the query without its is: terms, [(value, negated), ...])``; an unknown value is a QueryError."""
    if not text or "is:" not in text.lower():
        return text or "", []
    from .query_quoted import mask_quoted

    text, restore = mask_quoted(text, frozenset())  # (foo"bar is:read": a phrase's words, no filter)
    flags: list[tuple[str, bool]] = []
    cuts: list[tuple[int, int]] = []
    tokens = list(_TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        found = _IS.match(m.group())
        if found is None:
            continue
        value = found.group(2).lower()
        if not value:  # (is: with a space or nothing after it: Whoosh's words, as speaker: and date: read)
            continue
        if value not in IS_VALUES:
            raise QueryError(f"unknown filter is:{found.group(2)}: use " + ", ".join(f"is:{v}" for v in IS_VALUES))
        start, negated = m.start(), bool(found.group(1))
        if i and tokens[i - 1].group() == "NOT":
            start, negated = tokens[i - 1].start(), True
        flags.append((value, negated))
        cuts.append((start, m.end()))
    rest, last = [], 0
    for a, b in cuts:
        rest.append(text[last:a])
        last = b
    rest.append(text[last:])
    return restore(" ".join("".join(rest).split())), flags


class Marks:
    """The user's reading marks of one corpus, from its annotation file (cached until it changes)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._stamp: tuple[int, int] | None = None
        self._data = AnnotationFile()

    def data(self) -> AnnotationFile:
        """The annotation file as on disk now (an unreadable file reads as no marks)."""
        try:
            st = self.path.stat()
        except OSError:
            self._stamp, self._data = None, AnnotationFile()
            return self._data
        stamp = (st.st_mtime_ns, st.st_size)
        if stamp != self._stamp:
            try:
                self._data = AnnotationFile.model_validate(json.loads(self.path.read_bytes()))
            except (OSError, ValueError, TypeError):
                self._data = AnnotationFile()  # the store reports and sets aside a damaged file
            self._stamp = stamp
        return self._data


def mark_sets(data: AnnotationFile) -> dict[str, set[str]]:
    """``{"read": article ids, "bookmarked": article ids, "starred": quote ids, "starred_articles": ...}``."""
    starred = {qid: a.article_id for qid, a in data.quotes.items() if a.starred}
    return {"read": {a for a, m in data.articles.items() if m.read},
            "bookmarked": {a for a, m in data.articles.items() if m.bookmarked},
            "starred": set(starred), "starred_articles": set(starred.values())}


def is_filter(flags: list[tuple[str, bool]], data: AnnotationFile, doctype: str = "article"):
    """A Whoosh filter query for the is: flags (None without flags): allow and deny sets of ids."""
    if not flags:
        return None
    from whoosh import query as Q

    sets = mark_sets(data)
    parts = []
    for value, negated in flags:
        if value == "unread":
            value, negated = "read", not negated
        if value == "starred":
            field, ids = ("id", sets["starred"]) if doctype == "quote" else ("id", sets["starred_articles"])
        else:
            field, ids = ("article_id" if doctype == "quote" else "id"), sets[value]
        parts.append(ids_query(field, ids, deny=negated))
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Q.And(parts)


def ids_query(field: str, ids, deny: bool = False):
    """Documents whose ``field`` is one of ``ids`` (``deny``: is none of them; None = no restriction)."""
    from whoosh import query as Q

    ids = sorted(set(ids))
    if deny:
        return Q.Not(Q.Or([Q.Term(field, i) for i in ids])) if ids else None
    if not ids:
        return Q.Term(field, _NONE)
    return Q.Term(field, ids[0]) if len(ids) == 1 else Q.Or([Q.Term(field, i) for i in ids])


def combine(*filters):
    """The AND of the filters that are not None (None when all are)."""
    from whoosh import query as Q

    parts = [f for f in filters if f is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Q.And(parts)
