"""Whoosh's posting lists read a block at a time, without its matcher objects.

A segment's posting list for a term is read from the postings file in one piece and each block
decoded as ``W3LeafMatcher`` would. Whoosh pickles a block's (ids, weights, values) with protocol 2,
where each raw value (bytes) costs a ``_codecs.encode`` call to load, 8x the ids and weights
together: a block's ids and weights are loaded from the front of its pickle alone, its values only
when asked for (:meth:`Block.values`). Blocks written with a newer protocol are loaded whole.
Compressed blocks are inflated by :mod:`.compression` (zlib-ng when installed), whatever wrote them.
"""

from __future__ import annotations

import io
import pickle
import struct
from bisect import bisect_left, bisect_right
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher

from . import termfile
from .compression import decompress, decompressobj

_INT = struct.Struct("!i")
_MAGIC = b"W3Bl"


class Unsupported(Exception):
    """The index or query has a shape the fast evaluator does not handle."""


def _leaf(m):
    """The on-disk matcher under Whoosh's wrappers (a deletion filter), or None."""
    while not isinstance(m, W3LeafMatcher) and hasattr(m, "child"):
        m = m.child
    return m if isinstance(m, W3LeafMatcher) else None


def values_for(searcher, field: str, btext: bytes, docnums: "set[int]") -> dict[int, bytes]:
    """Raw posting values of a word for a few documents (global numbers), reading only their blocks."""
    out: dict[int, bytes] = {}
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        wanted = sorted(d - offset for d in docnums if offset <= d < offset + reader.doc_count_all())
        if not wanted:
            continue
        try:
            m = reader.postings(field, btext)
        except Exception:
            continue
        leaf = _leaf(m)
        if leaf is None:
            while m.is_active():
                if m.id() in wanted:
                    out[m.id() + offset] = m.value()
                m.next()
            continue
        i = 0
        while i < len(wanted):
            if leaf._maxid >= wanted[i]:  # this block may hold wanted documents: decode it
                leaf._read_ids()
                leaf._read_values()
                ids = leaf._ids
                at = {d: k for k, d in enumerate(ids)}
                while i < len(wanted) and wanted[i] <= leaf._maxid:
                    k = at.get(wanted[i])
                    if k is not None:
                        out[wanted[i] + offset] = leaf._values[k]
                    i += 1
            if leaf._lastblock or i >= len(wanted):
                break
            leaf._next_block()
    return out


class Segment:
    """One segment of the searcher: its term dictionary, postings file and deletions."""

    __slots__ = ("reader", "offset", "terms", "postfile", "deleted", "get")

    def __init__(self, reader, offset: int) -> None:
        self.reader, self.offset = reader, offset
        try:
            self.terms = reader._terms
            self.postfile = self.terms._postfile
        except AttributeError:
            raise Unsupported("not a Whoosh 3 segment") from None
        self.deleted = reader.deleted_docs_set if reader.has_deletions() else ()
        self.get = termfile.direct_get(self.postfile)  # (postings read under Whoosh's file wrappers)

    def term_info(self, field: str, btext: bytes):
        """The term's W3TermInfo in this segment, or None (:func:`.termfile.term_info`)."""
        return termfile.term_info(self.terms, field, btext)

    def prefix_terms(self, field: str, prefix: bytes, limit: int) -> "list[tuple[bytes, object]]":
        """The (word, W3TermInfo) of this segment's words of ``field`` starting with ``prefix``, in
        order, at most ``limit + 1`` (:func:`.termfile.prefix_terms`)."""
        return termfile.prefix_terms(self.terms, field, prefix, limit)

    def blocks(self, ti, fmt, values: bool, want: "list[int] | None" = None) -> "list[Block]":
        """All posting blocks of a term; ``values``: the caller will want their values (the blocks are
        inflated whole in one call), else only ids and weights are inflated. Values are decoded on use.

        With ``want`` (sorted local document numbers) only the blocks whose range of document
        numbers holds one of them are decoded (a block covers the numbers after the previous
        block's last one up to its own last one, ``maxid`` in its header).
        """
        inlined = ti._inlined
        if inlined is not None:
            ids, ws, vs = inlined
            return [Block(list(ids), ws or [1.0] * len(ids), vs or None)]
        length = ti._length
        if isinstance(length, tuple):  # Whoosh keeps the unpacked tuple
            length = length[0]
        data = self.get(ti._offset, length)
        if data[:4] != _MAGIC:
            raise Unsupported("unknown posting block header")
        fixed = fmt.fixed_value_size()
        stream = io.BytesIO(data)
        load, unpack = pickle.load, _INT.unpack_from
        pos, out, low = 4, [], 0
        while True:
            (n,) = unpack(data, pos)
            end = pos + 4 + abs(n)
            stream.seek(pos + 4)
            info = load(stream)  # (count, maxid, maxweight, compression, minlength, maxlength)
            if want is None or _holds(want, low, info[1]):
                out.append(Block.read(data[stream.tell():end], info[0], info[3], fixed, values))
            low = info[1] + 1
            if n < 0 or end >= len(data):
                return out
            pos = end


def _holds(want: "list[int]", low: int, high: int) -> bool:
    """True if the sorted ``want`` has a number in ``low..high``."""
    i = bisect_left(want, low)
    return i < len(want) and want[i] <= high


_VALUES_START = b"c_codecs\nencode\n"
"""Where a block's values begin: Whoosh pickles blocks with protocol 2, which writes bytes as
``_codecs.encode(text, 'latin1')`` calls (slow to load: 8x the ids and weights together)."""
_BYTES_GLOBAL = b"cbuiltins\nbytes\n"
"""The same call made with ``bytes(text, 'latin1')`` (no codec registry lookup per value: 2.5x faster to load)."""


def _load_block(data: bytes) -> tuple:
    """A block's pickled ``(ids, weights, values)``, its values' ``_codecs.encode`` calls made by ``bytes``.

    Whoosh's pickler writes the global once (later values refer to it by memo), so only the first
    occurrence is replaced; ``bytes(s, 'latin1')`` gives exactly what ``_codecs.encode(s, 'latin1')`` does.
    """
    return pickle.loads(data.replace(_VALUES_START, _BYTES_GLOBAL, 1))
_HEAD = 2048
"""Decompressed bytes that hold a block's ids and weights (128 postings: about 1,400)."""


class Block:
    """One posting block: local document numbers, weights and (on demand) raw values, as Whoosh decodes them."""

    __slots__ = ("ids", "weights", "_values", "_raw", "_comp", "_fixed", "_pieces")

    def __init__(self, ids: list, weights, values, raw: bytes = b"", comp: int = 0, fixed=None) -> None:
        self.ids, self.weights, self._values = ids, weights, values
        self._raw, self._comp, self._fixed = raw, comp, fixed
        self._pieces: "list[bytes] | tuple | None" = None

    @classmethod
    def read(cls, raw: bytes, count: int, comp: int, fixed, values: bool) -> "Block":
        """Decode a block's ids and weights; a protocol 2 block's values stay packed until used (with
        ``values`` a compressed block is inflated whole, else only as far as its ids and weights)."""
        data, ids = raw, None
        if comp and values:
            data = decompress(raw)  # (in one call: 12% faster than the two steps below)
            if data[:2] == b"\x80\x02":  # the values are loaded (or split) when asked for
                ids, ws = _ids_and_weights(data, count)
                raw, comp = data, 0
        elif comp:
            d = decompressobj()
            data = d.decompress(raw, _HEAD)
            if data[:2] == b"\x80\x02":
                ids, ws = _ids_and_weights(data, count)
            if ids is None:
                data += d.decompress(d.unconsumed_tail) + d.flush()
        elif data[:2] == b"\x80\x02":
            ids, ws = _ids_and_weights(data, count)
        if ids is not None:
            b = cls([], ws, None, raw, comp, fixed)
        else:
            ids, ws, vs = _load_block(data)
            b = cls([], ws, None, b"", 0, fixed)
            b._values = b._unpack_values(vs)
        if ws is None:
            b.weights = [1.0] * count
        elif isinstance(ws, float):
            b.weights = [ws] * count
        b.ids = list(accumulate(ids))
        return b

    def _unpack_values(self, vs):
        fixed = self._fixed
        if fixed == 0:
            return None
        if fixed is not None and fixed > 0:
            return [vs[i:i + fixed] for i in range(0, len(vs), fixed)]
        return vs

    def values(self):
        """The raw posting values (decoded on first use), or None for a format without values."""
        if self._raw:
            raw, self._raw = self._raw, b""
            self._values = self._unpack_values(_load_block(decompress(raw) if self._comp else raw)[2])
        return self._values

    def pieces(self) -> "list[bytes] | None":
        """Each value's text as the block's pickle holds it (:func:`split_values`), without loading the
        pickle; None where the values are loaded already or the block has another layout."""
        if self._pieces is None:
            self._pieces = ()
            if self._raw and self._fixed is None:
                if self._comp:
                    self._raw, self._comp = decompress(self._raw), 0
                self._pieces = split_values(self._raw, len(self.ids)) or ()
        return self._pieces or None

    def value_at(self, k: int) -> "bytes | None":
        """The ``k``-th raw value (of the document ``ids[k]``), decoding only that one where it can."""
        parts = self.pieces() if self._values is None else None
        if parts is not None:
            v = piece_value(parts[k])
            if v is not None:
                return v
        vs = self.values()
        return None if vs is None else vs[k]


def split_values(data: bytes, count: int) -> "list[bytes] | None":
    """The ``count`` values of a protocol 2 block pickle, split apart without loading it; None if the
    pickle does not have the layout Whoosh's pickler gives a list of distinct bytes values.

    Each value is pickled as ``_codecs.encode(<its bytes as latin-1 text>, 'latin1')``: the global
    (stored in a memo slot) and the text (``X``, a 4-byte length, UTF-8) for the first, then
    ``h<slot>X`` (the global fetched from its memo slot) and the text for each next one. Split at
    those, piece ``k`` starts with value ``k``'s length and text (:func:`piece_value`); a value
    pickled another way (a memo reference to an equal object) leaves fewer pieces than values.
    """
    c = data.find(_VALUES_START)
    if c < 0:
        return None
    at = c + len(_VALUES_START)
    if data[at:at + 1] != b"q" or data[at + 2:at + 3] != b"X":  # BINPUT <slot>, BINUNICODE
        return None
    parts = data[at + 3:].split(b"h" + data[at + 1:at + 2] + b"X")
    return parts if len(parts) == count else None


def piece_value(piece: bytes) -> "bytes | None":
    """The raw value at the start of a :func:`split_values` piece (None if the piece is not one)."""
    n = int.from_bytes(piece[:4], "little")
    if piece[4 + n:5 + n] not in (b"q", b"r"):  # the text is followed by its BINPUT (LONG_BINPUT)
        return None
    return piece[4:4 + n].decode("utf-8").encode("latin-1")


def pieces_of(blocks: "list[tuple[int, Block]]", docs: "list[int]") -> "list[bytes] | None":
    """The :func:`split_values` piece of each of ``docs`` (sorted global numbers, every one in the
    blocks), in their order; None if a block holding one of them does not split."""
    out: list[bytes] = []
    i, n = 0, len(docs)
    for offset, blk in blocks:
        ids = blk.ids
        if not ids or i >= n:
            continue
        j = bisect_right(docs, ids[-1] + offset, i)
        if j == i:
            continue
        parts = blk.pieces()
        if parts is None:
            return None
        at = dict(zip(ids, parts))
        try:
            out.extend(map(at.__getitem__, docs[i:j] if not offset else map(offset.__rsub__, docs[i:j])))
        except KeyError:
            return None
        i = j
    return out if len(out) == n else None


def _ids_and_weights(head: bytes, count: int) -> "tuple | tuple[None, None]":
    """(delta-coded ids, weights) from the start of a protocol 2 block, without its values; (None, None) if not there."""
    cut = head.find(_VALUES_START)
    if cut > 0:
        if head[cut - 1:cut] == b"(":  # the MARK of a values tuple of 4 or more
            cut -= 1
        try:
            ids, ws = pickle.loads(head[:cut] + b"\x86.")  # TUPLE2, STOP
            if len(ids) == count and (ws is None or isinstance(ws, float) or len(ws) == count):
                return ids, ws
        except Exception:
            pass
    return None, None


def values_of(blocks: "list[tuple[int, Block]]", docs: "list[int]") -> dict[int, bytes]:
    """Raw posting values of the blocks (in document order) that hold any of ``docs`` (sorted global
    numbers), by global document number: a superset of the documents asked for, built in C."""
    out: dict[int, bytes] = {}
    n = len(docs)
    for offset, blk in blocks:
        ids = blk.ids
        if not ids:
            continue
        i = bisect_left(docs, ids[0] + offset)
        if i >= n or docs[i] > ids[-1] + offset:
            continue  # no document asked for in this block: its values are not decoded
        vs = blk.values()
        if vs is not None:
            out.update(zip(ids, vs) if not offset else zip([d + offset for d in ids], vs))
    return out
