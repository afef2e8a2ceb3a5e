"""The fast ``add_document`` of a W3 segment writer (installed by :mod:`.fastwrite`).

The same steps in the same order as ``SegmentWriter.add_document`` with Whoosh's
``W3PerDocWriter``: fields in name order; each indexed field's postings, stored value, length and
column value; then the document's stored values, pickled and compressed into the ``_stored``
column. Postings go into one dictionary per field (term -> flat ``[doc, weight, value, ...]``), as
:mod:`.fastwrite` describes. What is done once instead of per document or per field:

- a document's plan (its fields sorted, checked against the schema, each one's kind, format,
  posting dictionary and flags) is made once per set of field names;
- length bytes go into one ``bytearray`` per field (:class:`Lengths`), written to the field's length
  column when the segment is flushed (the very bytes Whoosh's column writer writes: one per
  document up to the last one with a length), and the flush takes the documents' lengths from
  those arrays instead of reading the columns back;
- the stored values go straight to the ``_stored`` column's byte writer, pickled and compressed as
  Whoosh's ``PickleColumn``/``CompressedBytesColumn`` writers do, with :mod:`.compression`'s codec
  (zlib-ng's level 1; stdlib zlib's level 3, as Whoosh, without it), which the column writer then
  takes for documents of Whoosh's own method too; records shorter than
  :data:`.compression.STORED_RAW_MAX` (a quote's) stay uncompressed, which Briefing's readers
  (patched by :mod:`.whoosh_patches`) tell by their first byte;
- numeric and date values' postings are computed once per distinct value.

Documents with ``_boost``/``_stored_*`` keys, or a field the schema lacks, take Whoosh's own method
(its postings go to the pool, and the flush then merges through the pool).
"""

from __future__ import annotations

from itertools import repeat
from operator import add as _concat
from pickle import dumps

_TEXT, _ID, _CACHED, _GENERIC, _STORED_ONLY = range(5)

SHORT_TEXT = 80
"""Text values up to this long have their analysis cached (per field) while a segment is written."""

SHORT_CACHE = 50_000
"""Cached short values per writer (the cache is emptied when it grows past this)."""

POSTING_BYTES = 64
"""Memory estimate per buffered posting besides its value bytes (three list slots, dict share)."""


def supported(pdw) -> bool:
    """True when the per-document writer is Whoosh's W3 one with its usual stored-fields column."""
    from whoosh import columns
    from whoosh.codec import whoosh3

    if type(pdw) is not whoosh3.W3PerDocWriter:
        return False
    stored = pdw._colwriters.get("_stored")
    return (type(stored) is columns.PickleColumn.Writer
            and type(stored._child) is columns.CompressedBytesColumn.Writer)


def _kind(field) -> int:
    """How ``add_document`` turns this field's values into postings."""
    from whoosh import fields as F
    from whoosh import formats
    from whoosh.analysis import IDTokenizer

    from .analysis import FusedAnalyzer

    if not field.indexed:
        return _STORED_ONLY
    index = type(field).index
    fmt = field.format
    if index is F.FieldType.index and type(field.analyzer) is FusedAnalyzer and field.analyzer._fast \
            and type(fmt) in (formats.Positions, formats.Characters):
        return _TEXT
    if index is F.FieldType.index and type(field.analyzer) is IDTokenizer and type(fmt) is formats.Existence:
        return _ID
    if isinstance(field, F.NUMERIC) and index is F.NUMERIC.index:
        return _CACHED
    return _GENERIC


class Lengths:
    """The length bytes of the documents' scorable fields, one ``bytearray`` per field.

    ``bufs[field][doc]`` is the document's length byte (0: none); a field's column is created when
    its first length comes, as Whoosh's per-document writer does. :meth:`write` puts the bytes not
    yet written into the columns (a column holds one byte per document up to the last one with a
    length, the default 0 in the gaps).
    """

    def __init__(self, pdw) -> None:
        from whoosh.util.numeric import byte_to_length

        self.pdw = pdw
        self.bufs: dict[str, bytearray] = {}
        self.exact = True  # False once a document went through Whoosh's own add_document
        self.byte_lengths = [byte_to_length(b) if b else 0 for b in range(256)]

    def buffer(self, fieldname: str) -> bytearray:
        """The field's buffer, its length column created (at its first length, as Whoosh does)."""
        from whoosh.codec import whoosh3

        buf = self.bufs.get(fieldname)
        if buf is None:
            lenfield = whoosh3._lenfield(fieldname)
            if not self.pdw._has_column(lenfield):
                self.pdw._create_column(lenfield, whoosh3.LENGTHS_COLUMN)
            done = self.pdw._get_column(lenfield)._count  # documents of Whoosh's own method wrote some
            buf = self.bufs[fieldname] = bytearray(done)
        return buf

    def write(self) -> None:
        """Write the buffered bytes to the length columns (before the columns are closed or used).

        A column's ``_count`` is the number of documents it has bytes for (up to the last one with a
        length); the bytes after it are written, up to the buffer's last length.
        """
        from whoosh.codec import whoosh3

        for fieldname, buf in self.bufs.items():
            col = self.pdw._get_column(whoosh3._lenfield(fieldname))
            start = col._count
            end = len(buf)
            while end > start and not buf[end - 1]:
                end -= 1
            if end > start:
                col._dbfile.write(bytes(buf[start:end]))
                col._count = end
            elif start > len(buf):  # a document of Whoosh's own method was the last with a length
                buf.extend(bytes(start - len(buf)))

    def before_whoosh_document(self) -> None:
        """Called before a document goes through Whoosh's own ``add_document`` (which writes the columns)."""
        self.write()
        self.exact = False

    def lists(self, doccount: int) -> dict[str, list[int]] | None:
        """Each field's document lengths as the segment's reader gives them (0: none); None if not known."""
        if not self.exact:
            return None
        b2l = self.byte_lengths
        out = {}
        for fieldname, buf in self.bufs.items():
            lens = list(map(b2l.__getitem__, buf))
            lens.extend([0] * (doccount - len(lens)))
            out[fieldname] = lens
        return out


def fast_add_document(writer, posts: dict, lengths: Lengths):
    """``SegmentWriter.add_document`` for documents without options, postings into ``posts``."""
    from whoosh import columns
    from whoosh.formats import Positions
    from whoosh.util.numeric import length_to_byte
    from whoosh.writing import SegmentWriter

    from . import compression
    from .analysis import term_columns

    stored_col = writer.perdocwriter._colwriters["_stored"]._child
    stored_col._compress, stored_col._level = compression.stored_compressor()
    raw_max = compression.STORED_RAW_MAX
    whoosh_add = SegmentWriter.add_document.__get__(writer)
    schema = writer.schema
    pool = writer.pool
    plans: dict[tuple, list | None] = {}
    cached: dict = {}
    short: dict = {}
    l2b: dict[int, int] = {}
    tables: dict[float, list[float]] = {}  # field boost -> [float(freq) * boost for each freq]: one float object per weight
    varbytes_add = columns.VarBytesColumn.Writer.add

    def original(**fields):
        lengths.before_whoosh_document()
        return whoosh_add(**fields)

    def plan_for(names: tuple) -> list | None:
        if any(name[:1] == "_" or name not in schema for name in names):
            return None  # options, or an unknown field (Whoosh's method raises UnknownFieldError)
        plan = []
        for name in sorted(names):
            field = schema[name]
            kind = _kind(field)
            fp = None
            if kind != _STORED_ONLY:
                fp = posts.get(name)
                if fp is None:
                    fp = posts[name] = {}
            chars = kind == _TEXT and type(field.format) is not Positions
            fb = field.format.field_boost * 1.0 if field.indexed else 1.0  # (an ID field's weight)
            plan.append((name, field, kind, fp, chars, fb, field.stored, field.scorable, field.column_type))
        return plan

    def add_document(**fields):
        key = tuple(fields)
        try:
            plan = plans[key]
        except KeyError:
            plan = plans[key] = plan_for(key)
        if plan is None:
            return original(**fields)
        writer._check_state()
        pdw = writer.perdocwriter
        docnum = writer.docnum
        pdw.start_doc(docnum)
        stored = {}
        size = 0
        try:
            for fieldname, field, kind, fp, chars, fb, is_stored, scorable, column in plan:
                value = fields[fieldname]
                if value is None:
                    continue
                length = 0
                if kind == _STORED_ONLY:
                    pass
                elif kind == _TEXT and type(value) is str:
                    entry = short.get((fieldname, value)) if len(value) <= SHORT_TEXT else None
                    if entry is None:
                        terms, ns, vals = term_columns(field.analyzer, value, chars)
                        n = sum(ns)
                        nbytes = POSTING_BYTES * len(terms) + sum(map(len, vals))
                        if len(value) <= SHORT_TEXT:  # names, sources, titles: few distinct values
                            if len(short) >= SHORT_CACHE:
                                short.clear()
                            short[fieldname, value] = (terms, ns, vals, n, nbytes, False)  # split into pieces at a second use
                    else:
                        terms, ns, vals, n, nbytes, split = entry
                        if split:
                            heads, tails = vals
                        else:
                            heads = [v[:4] for v in vals]
                            tails = [v[4:] for v in vals]
                            short[fieldname, value] = (terms, ns, (heads, tails), n, nbytes, True)
                        # a new bytes object per posting, as Whoosh makes: pickle writes a repeated
                        # object in a block as a reference, which would change the block's bytes
                        vals = list(map(_concat, heads, tails))
                    weights = tables.get(fb)
                    if weights is None or len(weights) <= n:  # (a term's frequency is at most n)
                        weights = tables[fb] = [float(f) * fb for f in range(max(n + 1, 2 * len(weights or ())))]
                    get = fp.get
                    for text, freq, vbytes in zip(terms, ns, vals):
                        lst = get(text)
                        if lst is None:
                            text.encode("utf-8")  # a term UTF-8 cannot hold fails here, as in Whoosh
                            fp[text] = [docnum, weights[freq], vbytes]
                        else:
                            lst += (docnum, weights[freq], vbytes)
                    length += n
                    size += nbytes
                elif kind == _ID and type(value) is str:
                    tkey = value.encode("utf-8")
                    lst = fp.get(tkey)
                    if lst is None:
                        fp[tkey] = [docnum, fb, b""]
                    else:
                        lst += (docnum, fb, b"")
                    if scorable:
                        length += 1
                    size += POSTING_BYTES
                else:  # numbers and dates (computed once per value), anything else
                    if kind == _CACHED:
                        ck = (fieldname, type(value), value)
                        entry = cached.get(ck)
                        if entry is None:
                            entry = cached[ck] = _index_items(field, value, False, scorable)
                    else:
                        entry = _index_items(field, value, kind == _TEXT, scorable)
                    items, n, nbytes = entry
                    for tkey, weight, vbytes in items:
                        lst = fp.get(tkey)
                        if lst is None:
                            fp[tkey] = [docnum, weight, vbytes]
                        else:
                            lst += (docnum, weight, vbytes)
                    length += n
                    size += nbytes
                if is_stored:
                    stored[fieldname] = value
                if length:  # W3PerDocWriter.add_field: the length byte and the field's total
                    buf = lengths.bufs.get(fieldname)
                    if buf is None:
                        buf = lengths.buffer(fieldname)
                    gap = docnum - len(buf)
                    if gap:
                        buf.extend(bytes(gap))
                    lb = l2b.get(length)
                    if lb is None:
                        lb = l2b[length] = length_to_byte(length)
                    buf.append(lb)
                    pdw._fieldlengths[fieldname] += length
                if column:
                    pdw.add_column_value(fieldname, column, field.to_column_value(value))
            if stored:  # W3PerDocWriter.finish_doc: the _stored column's PickleColumn/CompressedBytes writers
                col = pdw._colwriters["_stored"]._child
                record = dumps(stored, 2)
                if len(record) >= raw_max:  # (shorter ones stay uncompressed: compression.STORED_RAW_MAX)
                    record = col._compress(record, col._level)
                varbytes_add(col, docnum, record)
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        writer._added = True
        writer.docnum += 1
        pool.currentsize += size
        if pool.currentsize > pool.limit:
            to_pool(pool, posts)
            pool.save()

    return add_document


def to_pool(pool, posts: dict) -> None:
    """Move the buffered postings into Whoosh's pool as ``(field, term, doc, weight, value)`` tuples."""
    cur = pool.current
    for fieldname, fp in posts.items():
        if fp:
            pool.fieldnames.add(fieldname)
        for term, lst in fp.items():
            tb = term.encode("utf-8") if type(term) is str else term
            cur.extend(zip(repeat(fieldname), repeat(tb), lst[0::3], lst[1::3], lst[2::3]))
        fp.clear()  # (the dictionaries stay: the writer's document plans hold them)


def _index_items(field, value, text_keys: bool, scorable: bool) -> tuple[list, int, int]:
    """``([(term key, weight, value bytes), ...], length, size estimate)`` of a value, as Whoosh indexes it."""
    items = []
    length = size = 0
    for tbytes, freq, weight, vbytes in field.index(value):
        weight *= 1.0  # the field boost of a document without boost options
        if scorable:
            length += freq
        vbytes = vbytes or b""
        items.append((tbytes.decode("utf-8") if text_keys else tbytes, weight, vbytes))
        size += POSTING_BYTES + len(vbytes)
    return items, length, size
