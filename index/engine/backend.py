"""The search-backend interface the front ends program against.

The CLI and the app only ever call these methods (through :func:`briefing.index.library.open_library`);
:class:`briefing.index.library.Library` implements them on embedded Whoosh indexes. A shared,
distributed deployment would implement the same protocol on a search server (see docs/scaling.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterator, Protocol, runtime_checkable

from ..models import Article, IndexSummary, Quote, SearchHit, SearchResult, Speaker


@runtime_checkable
class SearchBackend(Protocol):
    """A corpus with its indexes: update, search articles and quotes, look records up."""

    corpus: Path

    def is_indexed(self) -> bool: ...

    def update(self, rebuild: bool = False, progress: Callable[[str, int, int], None] | None = None,
               max_bytes: int | None = None, wait: float = 0.0) -> IndexSummary: ...

    def refresh(self) -> bool: ...

    def close(self) -> None: ...

    def search(self, query: str, *, limit: int = 20, offset: int = 0, source: str | None = None,
               speaker: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
               snippets: int | None = None) -> SearchResult: ...

    def document_count(self) -> int: ...

    def article(self, article_id: str) -> Article: ...

    def article_ids(self) -> list[str]: ...

    def articles(self) -> Iterator[Article]: ...

    def related(self, article_id: str, limit: int = 10) -> list[SearchHit]: ...

    def quotes(self, *, article_id: str | None = None, speaker: str | None = None, kind: str | None = None,
               query: str | None = None, limit: int | None = None) -> list[Quote]: ...

    def quote(self, quote_id: str) -> Quote: ...

    def speakers(self, overrides: dict[str, str] | None = None) -> list[Speaker]: ...
