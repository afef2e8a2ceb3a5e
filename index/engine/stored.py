"""The stored fields of a page of hits, read straight from each segment's stored-fields column.

``searcher.stored_fields(docnum)`` goes through the searcher, the multi-segment reader (which finds
the segment), the segment reader and its per-document reader for each hit, and rebuilds the dict
through a generator that checks every key against the schema (a Python ``__contains__`` call per
field). Here the segment of each document is found by bisection and its pickled, compressed dict
read from the segment's stored column (``W3PerDocReader``'s cached ``_stored`` reader's offsets and
lengths, the same bytes Whoosh reads, straight from the segment file), inflated and unpickled as
Whoosh's column readers do, keeping only the keys the schema still has, as Whoosh does.
"""

from __future__ import annotations

from bisect import bisect_right
from pickle import loads

from whoosh import columns
from whoosh.codec.whoosh3 import STORED_COLUMN
from whoosh.reading import SegmentReader

from .termfile import direct_get


class _Layout:
    """Per-searcher: where each segment starts, its stored-fields getter, the schema's field names."""

    __slots__ = ("starts", "readers", "getters", "names")

    def __init__(self, searcher) -> None:
        self.starts: list[int] = []
        self.readers: list[SegmentReader] = []
        self.getters: list = []
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            perdoc = getattr(reader, "_perdoc", None)
            if type(reader) is not SegmentReader or perdoc is None or not hasattr(perdoc, "stored_fields"):
                self.getters = []  # not the reader layout this reads: Whoosh's own path
                break
            self.starts.append(offset)
            self.readers.append(reader)
            self.getters.append(_column_getter(perdoc))
        self.names = frozenset(searcher.schema.names())


def _column_getter(perdoc):
    """``perdoc.stored_fields``, or the same read from its stored column without the column readers'
    layers (``PickleColumn`` over ``CompressedBytesColumn`` over ``VarBytesColumn``)."""
    try:
        col = perdoc._cached_reader("_stored", STORED_COLUMN)
    except Exception:
        return perdoc.stored_fields
    child = getattr(col, "_child", None)
    if type(col) is not columns.PickleColumn.Reader or type(child) is not columns.CompressedBytesColumn.Reader:
        return perdoc.stored_fields
    lengths, offsets, base, decompress = child._lengths, child._offsets, child._basepos, child._decompress
    get = direct_get(child._dbfile)

    def stored_fields(docnum: int) -> dict:
        length = lengths[docnum]
        if not length:
            return {}
        v = decompress(get(base + offsets[docnum], length))
        return loads(v) if v else {}

    return stored_fields


def _layout(searcher) -> _Layout:
    """The searcher's :class:`_Layout` (made once per searcher; a refreshed searcher is a new object)."""
    lay = searcher.__dict__.get("_briefing_stored")
    if lay is None:
        lay = searcher.__dict__["_briefing_stored"] = _Layout(searcher)
    return lay


def stored_fields(searcher, docnums: "list[int]") -> "list[dict]":
    """The stored fields of each document (global numbers), as ``searcher.stored_fields`` gives them."""
    lay = _layout(searcher)
    if not lay.getters:
        return [searcher.stored_fields(d) for d in docnums]
    starts, readers, getters, names = lay.starts, lay.readers, lay.getters, lay.names
    out = []
    for d in docnums:
        i = bisect_right(starts, d) - 1
        if d < 0 or readers[i].is_closed:
            return [searcher.stored_fields(d) for d in docnums]  # (Whoosh's own error)
        sfs = getters[i](d - starts[i])
        out.append({k: v for k, v in sfs.items() if k in names})
    return out
