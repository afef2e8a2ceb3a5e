"""Small, safe fixes to Whoosh internals that matter for indexing speed.

``W3PerDocReader._cached_reader`` caches a field's length-column reader only when the column exists,
so for fields without lengths (ID fields) it asks the file system again for every posting while a
segment is flushed (~100k ``stat`` calls per 500 BBC articles). The patch caches the "no column"
answer too; behaviour is otherwise identical.
"""

from __future__ import annotations

_APPLIED = False


def apply() -> None:
    """Install the patches once (idempotent)."""
    global _APPLIED
    if _APPLIED:
        return
    from whoosh.codec import whoosh3

    cls = whoosh3.W3PerDocReader
    original = cls._cached_reader

    def _cached_reader(self, fieldname, column):
        readers = self._readers
        if fieldname in readers:
            return readers[fieldname]
        reader = original(self, fieldname, column)
        readers[fieldname] = reader  # None too: the segment's files do not change once written
        return reader

    cls._cached_reader = _cached_reader
    _APPLIED = True
