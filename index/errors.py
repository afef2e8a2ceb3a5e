"""Exceptions the core raises for conditions a user can act on (the CLI prints them, exit 1)."""


class BriefingError(Exception):
    """A problem with a clear, user-facing message (no traceback should be shown)."""


class CorpusError(BriefingError):
    """The corpus folder is missing or cannot be read."""


class IndexBusyError(BriefingError):
    """Another process holds the index write lock."""


class IndexCorruptError(BriefingError):
    """The index on disk cannot be opened; ``briefing index --rebuild`` recovers."""


class IndexWriteError(BriefingError):
    """The index could not be written (disk full, read-only folder); the old index is untouched."""


class QueryError(BriefingError):
    """A query string that cannot be turned into a search."""


class NotFoundError(BriefingError):
    """An article or quote id that the index does not hold."""


class QuoteExtractionError(BriefingError):
    """The quote rules failed on an article's text (``extract_quotes(..., strict=True)``); the message names
    the failure."""
