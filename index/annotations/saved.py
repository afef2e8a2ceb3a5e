"""Saved searches of one corpus, kept beside its annotations (``saved-searches.json``).

The same discipline as the annotation store (lock, re-read, atomic write, schema version, a damaged
file set aside): several app windows and scripts can add, rename and open searches at once. Searches
are kept by query text and article ids, so they survive re-indexing.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from ..errors import BriefingError, NotFoundError
from ..models import SAVED_SEARCHES_VERSION, SavedSearch, SavedSearchFile
from .locked import LockedJsonStore

FILE_NAME = "saved-searches.json"
MAX_NAME = 80


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def clean_name(name: str) -> str:
    """A saved search's name: one line, trimmed; an empty or over-long name is a clear error."""
    text = " ".join((name or "").split())
    if not text:
        raise BriefingError("a saved search needs a name")
    if len(text) > MAX_NAME:
        raise BriefingError(f"a saved search's name has at most {MAX_NAME} characters")
    return text


class SavedSearchStore(LockedJsonStore):
    """Named queries with the articles they matched when last opened."""

    MODEL = SavedSearchFile
    VERSION = SAVED_SEARCHES_VERSION
    WHAT = "saved searches"
    FILE_NAME = FILE_NAME
    data: SavedSearchFile

    @property
    def searches(self) -> list[SavedSearch]:
        """The saved searches as last read, in the order they were saved."""
        return list(self.data.searches)

    def get(self, name: str) -> SavedSearch:
        """The search called ``name`` (case-insensitive); NotFoundError names the ones there are."""
        found = _find(self.data, name)
        if found is None:
            known = ", ".join(s.name for s in self.data.searches) or "none yet"
            raise NotFoundError(f"no saved search named {name!r} (saved: {known})")
        return found

    def add(self, name: str, query: str, seen: Iterable[str] = ()) -> SavedSearch:
        """Save ``query`` as ``name``; ``seen`` are the ids it matches now (nothing is new yet)."""
        name, query = clean_name(name), " ".join((query or "").split())
        search = SavedSearch(name=name, query=query, created_at=_now(), opened_at=_now(), seen=sorted(set(seen)))

        def apply(data: SavedSearchFile) -> None:
            if _find(data, name) is not None:
                raise BriefingError(f"a saved search named {name!r} exists; rename or remove it first")
            data.searches.append(search)

        self.change(apply)
        return search

    def rename(self, old: str, new: str) -> SavedSearch:
        """Rename a saved search (its counts and last visit stay)."""
        new = clean_name(new)
        out: dict[str, SavedSearch] = {}

        def apply(data: SavedSearchFile) -> None:
            s = _find(data, old)
            if s is None:
                raise NotFoundError(f"no saved search named {old!r}")
            other = _find(data, new)
            if other is not None and other is not s:
                raise BriefingError(f"a saved search named {new!r} exists")
            s.name = new
            out["s"] = s

        self.change(apply)
        return out["s"]

    def remove(self, name: str) -> SavedSearch:
        """Forget a saved search."""
        out: dict[str, SavedSearch] = {}

        def apply(data: SavedSearchFile) -> None:
            s = _find(data, name)
            if s is None:
                raise NotFoundError(f"no saved search named {name!r}")
            data.searches.remove(s)
            out["s"] = s

        self.change(apply)
        return out["s"]

    def mark_opened(self, name: str, seen: Iterable[str]) -> SavedSearch:
        """Record a visit: the ids it matches now are no longer new."""
        ids = sorted(set(seen))
        out: dict[str, SavedSearch] = {}

        def apply(data: SavedSearchFile) -> None:
            s = _find(data, name)
            if s is None:
                raise NotFoundError(f"no saved search named {name!r}")
            s.opened_at, s.seen = _now(), ids
            out["s"] = s

        self.change(apply)
        return out["s"]


def _find(data: SavedSearchFile, name: str) -> SavedSearch | None:
    key = " ".join((name or "").split()).casefold()
    return next((s for s in data.searches if s.name.casefold() == key), None)
