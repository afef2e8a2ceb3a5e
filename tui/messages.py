"""Messages workers post to the app; handlers on the app own the state they carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message


@dataclass
class LibraryReady(Message):
    """The library is open (and indexed)."""

    library: Any
    summary: Any = None


@dataclass
class LibraryFailed(Message):
    """The library could not be opened or indexed (``corrupt``: a rebuild would fix it)."""

    error: str
    corrupt: bool = False


@dataclass
class IndexProgress(Message):
    """Indexing progress: ``phase`` with ``done`` of ``total`` items (coalesces)."""

    phase: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


@dataclass
class SearchDone(Message):
    """A search finished: its result, or an error message for a malformed query."""

    query: str
    result: Any = None
    error: str | None = None
    offset: int = 0
    """0 for a new search; else the position of a further page of the same search."""
    corrected: bool = False
    """The search asked for a "did you mean" (so a result without one has none)."""


@dataclass
class ArticleLoaded(Message):
    """An article and its quotes are ready to show."""

    article: Any
    quotes: list = field(default_factory=list)
    focus_offset: int | None = None
    target: str = "main"


@dataclass
class QuotesLoaded(Message):
    """The quote pane's rows for a scope ("search", "article" or "speaker")."""

    scope: str
    label: str
    quotes: list = field(default_factory=list)
    titles: dict = field(default_factory=dict)
    matching: set = field(default_factory=set)


@dataclass
class SpeakersLoaded(Message):
    """The speakers of the corpus with their counts."""

    speakers: list = field(default_factory=list)


@dataclass
class FetchProgress(Message):
    """Fetching (``feeds``, ``pages``) or indexing progress of a fetch run (coalesces)."""

    phase: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FetchProgress)


@dataclass
class FetchDone(Message):
    """A fetch run finished: its ``FetchSummary`` (with the index update), or the error that stopped it."""

    summary: Any = None


@dataclass
class SavedLoaded(Message):
    """Saved searches with live counts and their new articles (``SavedNews`` models); coalesces."""

    news: list = field(default_factory=list)
    error: str | None = None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SavedLoaded)


@dataclass
class SavedOpened(Message):
    """A saved search was opened (its visit recorded): search for its query."""

    search: Any = None
    error: str | None = None
