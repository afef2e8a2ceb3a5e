"""Saved searches with live counts, and what arrived for each since it was last opened.

"New" is exact, not guessed from dates: a saved search remembers the ids it matched when it was last
opened, and every article it matches now that is not among them arrived since (fetched, indexed,
or changed so that it matches). Counts are computed on the index as it is, so they follow every
update without a restart.
"""

from __future__ import annotations

import datetime as dt

from .errors import BriefingError
from .models import SavedNews, SavedSearch, SavedSearchCount, SearchHit

NEWS_PER_SEARCH = 20
"""At most this many new articles are listed per saved search (the count is always exact)."""


def _count(search: SavedSearch, ids: list[str] | None, error: str | None = None) -> SavedSearchCount:
    seen = set(search.seen)
    return SavedSearchCount(name=search.name, query=search.query, total=len(ids or []),
                            new=sum(1 for i in ids or [] if i not in seen), opened_at=search.opened_at, error=error)


def _matches(lib, search: SavedSearch) -> tuple[list[str] | None, str | None]:
    try:
        return lib.matching_ids(search.query), None
    except BriefingError as exc:  # e.g. a query the index no longer understands: shown, never fatal
        return None, str(exc)


def saved_counts(lib, store) -> list[SavedSearchCount]:
    """Every saved search with its total and new counts, in the order they were saved."""
    store.reload()
    return [_count(s, *_matches(lib, s)) for s in store.searches]


def new_hits(lib, ids: list[str], limit: int = NEWS_PER_SEARCH) -> list[SearchHit]:
    """Search hits for these articles, newest first (undated last), with the opening of each as snippet."""
    from .errors import NotFoundError
    from .engine.snippets import fallback_snippet

    rows = []
    for aid in ids:
        try:
            rows.append(lib.article(aid))
        except NotFoundError:
            continue  # removed since the search ran
    rows.sort(key=lambda a: (a.date or dt.date.min, a.id), reverse=True)
    speakers = lib.speakers_of([a.id for a in rows[:limit]])
    return [SearchHit(id=a.id, path=a.path, title=a.title, source=a.source, date=a.date, score=0.0, rank=n,
                      snippets=[fallback_snippet(a.body, title=a.title)], speakers=speakers.get(a.id, []),
                      partial=a.partial)
            for n, a in enumerate(rows[:limit], start=1)]


def whats_new(lib, store, per_search: int = NEWS_PER_SEARCH) -> list[SavedNews]:
    """Per saved search: its counts and the new articles (newest first)."""
    store.reload()
    out = []
    for s in store.searches:
        ids, error = _matches(lib, s)
        seen = set(s.seen)
        fresh = [i for i in ids or [] if i not in seen]
        out.append(SavedNews(search=_count(s, ids, error), hits=new_hits(lib, fresh, per_search) if fresh else []))
    return out


def save_search(lib, store, name: str, query: str) -> SavedSearch:
    """Save ``query`` as ``name``; what it finds now counts as seen. A query that cannot run is refused."""
    return store.add(name, query, lib.matching_ids(query))


def open_saved(lib, store, name: str) -> SavedSearch:
    """The saved search ``name``, recorded as visited now (its new articles become seen)."""
    search = store.get(name)
    return store.mark_opened(search.name, lib.matching_ids(search.query))
