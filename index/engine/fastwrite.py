"""A faster segment writer for Whoosh's W3 codec: the same W3 files, read by Whoosh's own reader.

Whoosh's ``SegmentWriter`` puts every posting into a pool of ``(field, term, doc, weight, value)``
tuples, sorts the pool when the segment is finished and walks it through generic per-posting code
(``add_posting`` with type assertions, a block object per term, a term-info object, a hash-table
``add`` with its own file ``tell``). :func:`install` replaces, for one writer:

- ``add_document``: the same steps in the same order, but postings go straight into one dictionary
  per field, term -> flat ``[doc, weight, value, doc, weight, value, ...]`` (documents arrive in
  order, so each list is already sorted). Text analyzed by the fused analyzer is keyed by its
  ``str`` (UTF-8 preserves code-point order; it is encoded once per term at the end), ID fields take
  the whole value as the term, and numeric/date terms are computed once per distinct value;
- the segment flush: fields and terms are written in sorted order, each term's blocks built from
  slices of its list and written with the W3 classes' byte layout (pickled, zlib-compressed block
  data, pickled block info, term info struct, term-table entry), into buffers written once per field;
  blocks shorter than :data:`COMPRESS_MIN` are left uncompressed (their info says so). Blocks are
  compressed by :mod:`.compression` (zlib-ng's level 1 where Whoosh takes stdlib zlib's level 3: the
  same kind of zlib stream, ~4x faster to write).

When the postings outgrow the writer's memory limit they are handed to Whoosh's own pool as a
sorted run (as Whoosh spills), and the flush then takes the pool's merged stream through
:func:`add_postings`, a leaner version of the same walk (it compresses every block, as Whoosh does).
With ``COMPRESS_MIN = 0`` and stdlib zlib's level 3 (the fallback codec) the segment files are
identical to plain Whoosh's either way (``tests/test_bulk_build.py`` compares them byte by byte);
with zlib-ng or the default ``COMPRESS_MIN``, Whoosh reads the same postings from them (tested too).
"""

from __future__ import annotations

from array import array
from hashlib import md5
from itertools import groupby, repeat
from operator import itemgetter, sub
from pickle import dumps
from struct import Struct

from . import compression

_DOUBLE = Struct(">d")

_FIELD, _TERM = itemgetter(0), itemgetter(1)
_FREQ, _VALUE = itemgetter(1), itemgetter(2)

_TEXT, _ID, _CACHED, _GENERIC = range(4)

SHORT_TEXT = 80
"""Text values up to this long have their analysis cached (per field) while a segment is written."""

SHORT_CACHE = 50_000
"""Cached short values per writer (the cache is emptied when it grows past this)."""

COMPRESS_MIN = 256
"""Posting blocks whose pickle is shorter than this are written uncompressed (0: compress all, as Whoosh).

Whoosh compresses every block (it means to skip those under 20 bytes, but a later line undoes
that); most terms have one posting, whose ~40-byte block zlib makes longer, at ~5 µs a call to
write and another to read. Each block's info says whether it is compressed, and Whoosh's reader
honours it, so the files stay W3 files that plain Whoosh reads.
"""

POSTING_BYTES = 64
"""Memory estimate per buffered posting besides its value bytes (three list slots, dict share)."""


def tune_malloc() -> bool:
    """Keep freed heap memory in this process instead of returning it to the system at once (glibc).

    Every block compression (one per posting block) allocates and frees ~256 KiB of deflate state.
    With glibc's default trim threshold (128 KiB) each free shrinks the heap and the next call grows
    it again, page faults included: ~70 µs per call instead of ~5 µs. Setting the trim threshold
    turns off glibc's dynamic mmap threshold, which would leave a state allocated in one piece above
    128 KiB (zlib-ng's) to a fresh ``mmap`` per call (~100 µs instead of ~16 µs): the mmap threshold
    is set too. For a worker process that writes segments; False where there is no glibc ``mallopt``.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(mallopt(m_trim_threshold, TRIM_THRESHOLD)) and bool(mallopt(m_mmap_threshold, MMAP_THRESHOLD))


TRIM_THRESHOLD = 64 * 1024 * 1024
"""Free memory at the top of the heap a segment-writing process keeps before returning it."""

MMAP_THRESHOLD = 4 * 1024 * 1024
"""Allocations from this size up get their own ``mmap`` in a segment-writing process (glibc's default: 128 KiB)."""


def supported(writer) -> bool:
    """True when the writer uses the W3 codec classes this code knows (and no spelling fields)."""
    from whoosh.codec import whoosh3

    fw = writer.fieldwriter
    codec = writer.codec
    if type(fw) is not whoosh3.W3FieldWriter or type(codec) is not whoosh3.W3Codec or writer.docbase:
        return False
    if getattr(codec, "_inlinelimit", 1) > 1:  # inlined postings are not written by this code
        return False
    return not any(f.separate_spelling() for _, f in writer.schema.items())


def install(writer) -> bool:
    """Use the fast ``add_document`` and flush for this writer; False (nothing changed) when not supported."""
    if not supported(writer):
        return False
    fw = writer.fieldwriter
    doccount = lambda: writer.docnum  # noqa: E731 - documents in the segment when it is flushed
    fw.add_postings = lambda schema, lengths, items: add_postings(fw, schema, lengths, items, doccount())
    if not any(f.vector for _, f in writer.schema.items()):
        posts: dict[str, dict] = {}
        writer.add_document = _fast_add_document(writer, posts)
        writer._flush_segment = lambda: _flush(writer, posts)
    return True


def _plan(field) -> int:
    """How ``add_document`` turns this field's values into postings."""
    from whoosh import fields as F
    from whoosh import formats
    from whoosh.analysis import IDTokenizer

    from .analysis import FusedAnalyzer

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


def _fast_add_document(writer, posts: dict):
    """``SegmentWriter.add_document`` for documents without options, postings into ``posts``.

    The same steps in the same order as Whoosh's (fields sorted by name; postings, stored values,
    lengths and column values). Documents with ``_boost``/``_stored_*`` keys take Whoosh's own
    method (its postings go to the pool, and the flush then merges through the pool).
    """
    from whoosh.formats import Positions
    from whoosh.writing import SegmentWriter

    from .analysis import term_values

    original = SegmentWriter.add_document.__get__(writer)
    schema = writer.schema
    pool = writer.pool
    plans: dict[str, int] = {}
    cached: dict = {}
    short: dict = {}

    def add_document(**fields):
        for name in fields:
            if name[:1] == "_":
                return original(**fields)
        writer._check_state()
        pdw = writer.perdocwriter
        docnum = writer.docnum
        fieldnames = sorted(fields)
        writer._check_fields(schema, fieldnames)
        pdw.start_doc(docnum)
        size = 0
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    plan = plans.get(fieldname)
                    if plan is None:
                        plan = plans[fieldname] = _plan(field)
                    fp = posts.get(fieldname)
                    if fp is None:
                        fp = posts[fieldname] = {}
                    if plan == _TEXT and type(value) is str:
                        fmt = field.format
                        if len(value) <= SHORT_TEXT:  # names, sources, titles: few distinct values
                            ck = (fieldname, value)
                            tvs = short.get(ck)
                            if tvs is None:
                                if len(short) >= SHORT_CACHE:
                                    short.clear()
                                tvs = short[ck] = [(t, f, v[:4], v[4:]) for t, f, v in
                                                   term_values(field.analyzer, value, type(fmt) is not Positions)]
                            # a new bytes object per posting, as Whoosh makes: pickle writes a repeated
                            # object in a block as a reference, which would change the block's bytes
                            tvs = [(t, f, head + tail) for t, f, head, tail in tvs]
                        else:
                            tvs = term_values(field.analyzer, value, type(fmt) is not Positions)
                        fb = fmt.field_boost
                        get = fp.get
                        if fb == 1.0:  # (float(freq) * 1.0 == float(freq): the same weights, one step less)
                            for text, freq, vbytes in tvs:
                                lst = get(text)
                                if lst is None:
                                    text.encode("utf-8")  # a term UTF-8 cannot hold fails here, as in Whoosh
                                    fp[text] = [docnum, float(freq), vbytes]
                                else:
                                    lst += (docnum, float(freq), vbytes)
                        else:
                            for text, freq, vbytes in tvs:
                                lst = get(text)
                                if lst is None:
                                    text.encode("utf-8")
                                    fp[text] = [docnum, float(freq) * fb, vbytes]
                                else:
                                    lst += (docnum, float(freq) * fb, vbytes)
                        length += sum(map(_FREQ, tvs))
                        size += POSTING_BYTES * len(tvs) + sum(map(len, map(_VALUE, tvs)))
                    elif plan == _ID and type(value) is str:
                        key = value.encode("utf-8")
                        weight = field.format.field_boost * 1.0
                        lst = fp.get(key)
                        if lst is None:
                            fp[key] = [docnum, weight, b""]
                        else:
                            lst += (docnum, weight, b"")
                        if field.scorable:
                            length += 1
                        size += POSTING_BYTES
                    else:
                        if plan == _CACHED:
                            ck = (fieldname, type(value), value)
                            items = cached.get(ck)
                            if items is None:
                                items = cached[ck] = list(field.index(value))
                        else:
                            items = field.index(value)
                        scorable = field.scorable
                        for tbytes, freq, weight, vbytes in items:
                            weight *= 1.0  # the field boost of a document without boost options
                            if scorable:
                                length += freq
                            key = tbytes.decode("utf-8") if plan == _TEXT else tbytes
                            lst = fp.get(key)
                            vbytes = vbytes or b""
                            if lst is None:
                                fp[key] = [docnum, weight, vbytes]
                            else:
                                lst += (docnum, weight, vbytes)
                            size += POSTING_BYTES + len(vbytes)
                pdw.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    pdw.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        writer._added = True
        writer.docnum += 1
        pool.currentsize += size
        if pool.currentsize > pool.limit:
            _to_pool(pool, posts)
            pool.save()

    return add_document


def _to_pool(pool, posts: dict) -> None:
    """Move the buffered postings into Whoosh's pool as ``(field, term, doc, weight, value)`` tuples."""
    cur = pool.current
    for fieldname, fp in posts.items():
        if fp:
            pool.fieldnames.add(fieldname)
        for term, lst in fp.items():
            tb = term.encode("utf-8") if type(term) is str else term
            cur.extend(zip(repeat(fieldname), repeat(tb), lst[0::3], lst[1::3], lst[2::3]))
    posts.clear()


def _flush(writer, posts: dict) -> None:
    """``SegmentWriter._flush_segment`` writing the buffered postings (or the pool's, after a spill)."""
    writer.perdocwriter.close()
    pdr = writer.per_document_reader() if writer.codec.length_stats else None
    fw = writer.fieldwriter
    pool = writer.pool
    if pool.runs or pool.current:
        _to_pool(pool, posts)
        fw.add_postings(writer.schema, pdr, pool.iter_postings())
    else:
        write_postings(fw, writer.schema, pdr, posts, writer.docnum)
    fw.close()
    if pdr:
        pdr.close()


def _field_lengths(lengths, fieldname: str, doccount: int) -> list:
    if lengths is None:
        return [0] * doccount
    dfl = lengths.doc_field_length
    return [dfl(d, fieldname) for d in range(doccount)]


def _md5_hash(key: bytes) -> int:
    """``whoosh.filedb.filetables.md5_hash``: the low 32 bits of the key's MD5."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def write_postings(fw, schema, lengths, posts: dict, doccount: int) -> None:
    """Write buffered postings (field -> term -> flat list) with a W3 field writer, in sorted order."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.filedb.filetables import _lengths
    from whoosh.system import pack_int, pack_long, pack_ushort
    from whoosh.util.numeric import length_to_byte

    from .analysis import _pickled_int as pint  # pickle protocol 2 code of an int in [0, 2**31)

    pack_double = _DOUBLE.pack  # pickle's BINFLOAT: big-endian IEEE double
    zcompress, zlevel = compression.compress, compression.LEVEL
    ti_pack = W3TermInfo._struct.pack
    pack_klen = _lengths.pack
    magic = WHOOSH3_HEADER_MAGIC
    tindex = fw._tindex
    tfile = tindex.dbfile
    buckets = tindex.buckets
    tindex_offsets = tindex.index
    l2b: dict = {}

    def tobyte(n):
        b = l2b.get(n)
        if b is None:
            b = l2b[n] = length_to_byte(n)
        return b

    for fieldname in sorted(posts):
        fp = posts[fieldname]
        if not fp:
            continue
        fieldobj = schema[fieldname]
        fw.start_field(fieldname, fieldobj)
        pw = fw._postwriter
        postfile = pw._postfile
        blocklimit, comp = pw._blocklimit, pw._compression
        fixed = fieldobj.format.fixed_value_size()
        keep_values = fixed is None or fixed < 0
        prefix = pack_ushort(fw._fieldid)
        lens = _field_lengths(lengths, fieldname, doccount)
        haslens = any(lens)
        pchunks: list[bytes] = []
        pos = postfile.tell()
        tchunks: list[bytes] = []
        tpos = tfile.tell()
        terms = sorted(fp)
        str_keys = bool(terms) and type(terms[0]) is str
        key = b""
        for term in terms:
            lst = fp[term]
            n = len(lst) // 3
            ids = lst[0::3]
            ws = lst[1::3]
            start = pos
            pchunks.append(magic)
            pos += 4
            tw = 0
            tminl = None
            tmaxl = 0
            tmaxw = 0
            for a in range(0, n, blocklimit):
                b = a + blocklimit
                if b > n:
                    b = n
                m = b - a
                if m == n:
                    bids, bws, bvs = ids, ws, lst[2::3]
                else:
                    bids, bws, bvs = ids[a:b], ws[a:b], lst[3 * a + 2:3 * b:3]
                if bws.count(1.0) == m:
                    mw = None
                    bsum = float(m)
                else:
                    warr = array("f", bws)
                    bsum = sum(warr)
                    if warr.count(warr[0]) == m:
                        mw = warr[0]
                    else:
                        mw = tuple(warr)
                if keep_values:
                    mv = tuple(bvs) if all(bvs) else tuple(v for v in bvs if v)
                elif fixed == 0:
                    mv = None
                else:
                    mv = b"".join(v for v in bvs if v)
                if m == 1 and mw is None and mv is None and bids[0] < 2**31:
                    data = b"".join((b"\x80\x02", pint(bids[0]), b"\x85q\x00NN\x87q\x01."))  # ((id,), None, None)
                else:
                    deltas = tuple(map(sub, bids, [0] + bids[:-1])) if m > 1 else (bids[0],)
                    data = dumps((deltas, mw, mv), 2)
                if comp and len(data) >= COMPRESS_MIN:
                    data = zcompress(data)
                    bcomp = zlevel
                else:
                    bcomp = 0
                if haslens:
                    ls = list(map(lens.__getitem__, bids))
                    if not all(ls):
                        ls = [x for x in ls if x]
                    bminl = min(ls) if ls else None
                    bmaxl = max(ls) if ls else 0
                else:
                    bminl, bmaxl = None, 0
                bmaxw = max(bws)
                if not bmaxw > 0:
                    bmaxw = 0
                if type(bmaxw) is float and bids[-1] < 2**31 and 0 <= bcomp < 256:
                    info = b"".join((b"\x80\x02(", pint(m), pint(bids[-1]), b"G", pack_double(bmaxw), pint(bcomp),
                                     pint(tobyte(bminl)), pint(tobyte(bmaxl)), b"tq\x00."))
                else:
                    info = dumps((m, bids[-1], bmaxw, bcomp, tobyte(bminl), tobyte(bmaxl)), 2)
                blen = len(info) + len(data)
                pchunks.append(pack_int(-blen if b == n else blen))
                pchunks.append(info)
                pchunks.append(data)
                pos += 4 + blen
                # W3TermInfo.add_block
                tw += bsum
                if tminl is None:
                    tminl = bminl
                else:
                    tminl = min(tminl, bminl)
                if bmaxl > tmaxl:
                    tmaxl = bmaxl
                if bmaxw > tmaxw:
                    tmaxw = bmaxw
            value = ti_pack(0, tw, n, 0 if tminl is None else tobyte(tminl), tobyte(tmaxl), tmaxw, ids[0], ids[-1]) \
                + pack_long(start) + pack_int(pos - start)
            key = prefix + (term.encode("utf-8") if str_keys else term)
            # OrderedHashWriter.add
            tindex_offsets.append(tpos)
            tchunks.append(pack_klen(len(key), len(value)))
            tchunks.append(key)
            tchunks.append(value)
            h = _md5_hash(key)
            buckets[h & 255].append((h, tpos))
            tpos += 8 + len(key) + len(value)
        if terms:
            if key <= tindex.lastkey:
                raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{key!r}")
            tindex.lastkey = key
        postfile.write(b"".join(pchunks))
        tfile.write(b"".join(tchunks))
        fw.finish_field()


def _write_block(pw, last: bool = False) -> None:
    """``W3PostingsWriter._write_block`` with the block compressed by :mod:`.compression` (Whoosh: stdlib zlib)."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
    from whoosh.util.numeric import length_to_byte

    postfile = pw._postfile
    if not pw._blockcount:
        postfile.write(WHOOSH3_HEADER_MAGIC)
    pw._terminfo.add_block(pw)
    databytes = dumps((pw._mini_ids(), pw._mini_weights(), pw._mini_values()), 2)
    comp = compression.LEVEL if pw._compression else 0
    if comp:
        databytes = compression.compress(databytes)
    ids = pw._ids
    infobytes = dumps((len(ids), ids[-1], pw._maxweight, comp, length_to_byte(pw._minlength),
                       length_to_byte(pw._maxlength)), 2)
    blocklength = len(infobytes) + len(databytes)
    postfile.write_int(-blocklength if last else blocklength)
    postfile.write(infobytes)
    postfile.write(databytes)
    pw._blockcount += 1
    pw._new_block()


def add_postings(fw, schema, lengths, items, doccount: int) -> None:
    """``FieldWriter.add_postings`` for a W3 field writer and a sorted posting stream."""
    for fieldname, fposts in groupby(items, key=_FIELD):
        fw.start_field(fieldname, schema[fieldname])
        pw = fw._postwriter
        pw._write_block = lambda last=False, pw=pw: _write_block(pw, last)
        blocklimit = pw._blocklimit
        lens = _field_lengths(lengths, fieldname, doccount)
        nlens = len(lens)
        for btext, tposts in groupby(fposts, key=_TERM):
            fw.start_term(btext)
            ids, weights, values = pw._ids, pw._weights, pw._values
            n = 0
            minl, maxl, maxw = None, 0, 0
            for _f, _t, docnum, weight, value in tposts:
                if n >= blocklimit:
                    pw._minlength, pw._maxlength, pw._maxweight = minl, maxl, maxw
                    pw._write_block()
                    ids, weights, values = pw._ids, pw._weights, pw._values
                    n = 0
                    minl, maxl, maxw = None, 0, 0
                ids.append(docnum)
                weights.append(weight)
                n += 1
                if weight > maxw:
                    maxw = weight
                if value:
                    values.append(value)
                length = lens[docnum] if docnum < nlens else 0
                if length:
                    if minl is None or length < minl:
                        minl = length
                    if length > maxl:
                        maxl = length
            pw._minlength, pw._maxlength, pw._maxweight = minl, maxl, maxw
            fw.finish_term()
        fw.finish_field()
