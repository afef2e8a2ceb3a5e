"""A faster segment writer for Whoosh's W3 codec: the same W3 files, read by Whoosh's own reader.

Whoosh's ``SegmentWriter`` puts every posting into a pool of ``(field, term, doc, weight, value)``
tuples, sorts the pool when the segment is finished and walks it through generic per-posting code
(``add_posting`` with type assertions, a block object per term, a term-info object, a hash-table
``add`` with its own file ``tell``). :func:`install` replaces, for one writer:

- ``add_document`` (:mod:`.fastdoc`): the same steps in the same order, postings straight into one dictionary
  per field, term -> flat ``[doc, weight, value, doc, weight, value, ...]`` (documents arrive in
  order, so each list is already sorted). Text analyzed by the fused analyzer is keyed by its
  ``str`` (UTF-8 preserves code-point order; it is encoded once per term at the end), ID fields take
  the whole value as the term, and numeric/date terms are computed once per distinct value;
- the segment flush: fields and terms are written in sorted order, each term's blocks built from
  slices of its list and written with the W3 classes' byte layout (pickled, zlib-compressed block
  data, pickled block info, term info struct, term-table entry), into buffers written once per field;
  blocks shorter than :data:`COMPRESS_MIN` are left uncompressed (their info says so). Blocks are
  pickled with :data:`BLOCK_PROTOCOL` 3 (Whoosh: 2; the values' bytes as they are, instead of one
  ``_codecs.encode`` call each) and compressed by :mod:`.compression` (zlib-ng's level 1 where
  Whoosh takes stdlib zlib's level 3: the same kind of zlib stream, ~4x faster to write).

When the postings outgrow the writer's memory limit they are handed to Whoosh's own pool as a
sorted run (as Whoosh spills), and the flush then takes the pool's merged stream through
:func:`add_postings`, a leaner version of the same walk (it compresses every block, as Whoosh does).
With ``COMPRESS_MIN = 0``, ``BLOCK_PROTOCOL = 2`` and stdlib zlib's level 3 (the fallback codec) the
segment files are identical to plain Whoosh's either way (``tests/test_bulk_build.py`` compares them
byte by byte); with zlib-ng or the defaults, Whoosh reads the same postings from them (tested too).
"""

from __future__ import annotations

from array import array
from hashlib import md5
from itertools import accumulate, groupby
from operator import itemgetter, sub
from pickle import dumps
from struct import Struct

from . import compression, fastdoc
from .fastdoc import to_pool as _to_pool

_DOUBLE = Struct(">d")
_UINT = Struct("<I")

_FIELD, _TERM = itemgetter(0), itemgetter(1)

COMPRESS_MIN = 256
"""Posting blocks whose pickle is shorter than this are written uncompressed (0: compress all, as Whoosh).

Whoosh compresses every block (it means to skip those under 20 bytes, but a later line undoes
that); most terms have one posting, whose ~40-byte block zlib makes longer, at ~5 µs a call to
write and another to read. Each block's info says whether it is compressed, and Whoosh's reader
honours it, so the files stay W3 files that plain Whoosh reads.
"""

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
    tindex = fw._tindex
    tindex._write_hashes = lambda: _write_hashes(tindex)
    if not any(f.vector for _, f in writer.schema.items()) and fastdoc.supported(writer.perdocwriter):
        posts: dict[str, dict] = {}
        lengths = fastdoc.Lengths(writer.perdocwriter)
        writer.add_document = fastdoc.fast_add_document(writer, posts, lengths)
        writer._flush_segment = lambda: _flush(writer, posts, lengths)
    return True


def _flush(writer, posts: dict, lengths: fastdoc.Lengths) -> None:
    """``SegmentWriter._flush_segment`` writing the buffered postings (or the pool's, after a spill).

    The documents' field lengths come from the buffers the fast ``add_document`` filled, or (when
    some document took Whoosh's own method) from the segment's length columns, read back.
    """
    lengths.write()
    writer.perdocwriter.close()
    known = lengths.lists(writer.docnum) if writer.codec.length_stats else None
    pdr = writer.per_document_reader() if writer.codec.length_stats and known is None else None
    fw = writer.fieldwriter
    pool = writer.pool
    if pool.runs or pool.current:
        _to_pool(pool, posts)
        fw.add_postings(writer.schema, known or pdr, pool.iter_postings())
    else:
        write_postings(fw, writer.schema, known or pdr, posts, writer.docnum)
    fw.close()
    if pdr:
        pdr.close()


def _field_lengths(lengths, fieldname: str, doccount: int) -> list:
    """Each document's length of the field (falsy: none), from ``{field: lengths}``, a per-document reader or None."""
    if lengths is None:
        return [0] * doccount
    if type(lengths) is dict:
        return lengths.get(fieldname) or [0] * doccount
    dfl = lengths.doc_field_length
    return [dfl(d, fieldname) for d in range(doccount)]


BLOCK_PROTOCOL = 3
"""Pickle protocol of the posting blocks' data (Whoosh: 2; blocks of one posting built by hand stay 2).

Protocol 2 has no opcode for bytes: it writes each posting value as a call of ``_codecs.encode`` on
its latin-1 text (as UTF-8), ~1 µs a value to write and another to read; protocol 3 writes the
bytes as they are. On the 2,000-article BBC build the flush takes ~35% less CPU, the posting files
are ~20% smaller (the 10k index 160 -> 129 MiB), and the same postings load (any reader unpickles
any protocol; Whoosh's reader and Briefing's read the same postings from them, tested).
"""

ONE_POSTING_PATH = True
"""Terms with one posting whose block stays uncompressed take a shorter path (the same bytes)."""

_NO_VALUE = object()


def _one_posting_data(doc: bytes, mw: float | None, value) -> bytes | None:
    """The pickled block data ``((doc,), mw, values)`` of one posting (``doc``: its pickle code), or None.

    ``value``: the posting's value bytes (a tuple of the one value), None (no values) or
    ``_NO_VALUE`` (None is returned: another form). Protocol 2 pickles bytes as a call of
    ``_codecs.encode`` on their latin-1 text; a value of fewer than 2 bytes could be an object
    pickle has met before (None is returned: the caller pickles it).
    """
    mwb = b"N" if mw is None else b"G" + _DOUBLE.pack(mw)
    if value is None:
        return b"".join((b"\x80\x02", doc, b"\x85q\x00", mwb, b"N\x87q\x01."))
    if value is _NO_VALUE or type(value) is not bytes:
        return None
    if not value:
        return b"".join((b"\x80\x02", doc, b"\x85q\x00", mwb, b")\x87q\x01."))
    if len(value) < 2:
        return None
    text = value.decode("latin-1").encode("utf-8")
    return b"".join((b"\x80\x02", doc, b"\x85q\x00", mwb, b"c_codecs\nencode\nq\x01X", _UINT.pack(len(text)), text,
                     b"q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06\x87q\x07."))


def _write_hashes(hw) -> None:
    """``HashWriter._write_hashes`` (the term table's 256 hash tables) writing each table in one piece."""
    from whoosh.filedb.filetables import _pointer

    dbfile = hw.dbfile
    pack = _pointer.pack
    null = (0, 0)  # an empty slot (no key starts at position 0: the file has a header)
    for entries in hw.buckets:
        numslots = 2 * len(entries)
        hw.directory.append((dbfile.tell(), numslots))
        hashtable = [null] * numslots
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while hashtable[slot] != null:
                slot = (slot + 1) % numslots
            hashtable[slot] = (hashval, position)
        dbfile.write(b"".join([pack(h, p) for h, p in hashtable]))


def _md5_hash(key: bytes) -> int:
    """``whoosh.filedb.filetables.md5_hash``: the low 32 bits of the key's MD5."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


class _ByteOfLength(dict):
    """Length -> Whoosh's length byte (``length_to_byte``), computed once per length."""

    def __init__(self, length_to_byte) -> None:
        super().__init__()
        self._fn = length_to_byte

    def __missing__(self, n):
        b = self[n] = self._fn(n)
        return b


def write_postings(fw, schema, lengths, posts: dict, doccount: int) -> None:
    """Write buffered postings (field -> term -> flat list) with a W3 field writer, in sorted order."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.filedb.filetables import _lengths
    from whoosh.system import pack_int, pack_ushort
    from whoosh.util.numeric import length_to_byte

    from .analysis import _INT_PICKLE
    from .analysis import _pickled_int  # pickle protocol 2 code of an int in [0, 2**31)

    pack_double = _DOUBLE.pack  # pickle's BINFLOAT: big-endian IEEE double
    from_bytes = int.from_bytes
    zcompress, zlevel = compression.compress, compression.LEVEL
    ti_fmt = W3TermInfo._struct.format
    assert ti_fmt.startswith("!")
    ti_pack = Struct(ti_fmt + "qi").pack  # the term info, then its postings' offset (pack_long) and length (pack_int)
    pack_klen = _lengths.pack
    magic = WHOOSH3_HEADER_MAGIC
    tindex = fw._tindex
    tfile = tindex.dbfile
    buckets = tindex.buckets
    tindex_offsets = tindex.index
    tobyte = _ByteOfLength(length_to_byte).__getitem__  # (a C call for lengths met before)

    for fieldname in sorted(posts):
        fp = posts[fieldname]
        if not fp:
            continue
        fieldobj = schema[fieldname]
        fw.start_field(fieldname, fieldobj)
        pw = fw._postwriter
        postfile = pw._postfile
        blocklimit, comp = pw._blocklimit, pw._compression
        # every int pickled here is a document number, a block's posting count, a length byte or a level:
        # below 65536 in a segment of fewer documents, where its code is _INT_PICKLE's (a C call)
        pint = _INT_PICKLE.__getitem__ if doccount < 65536 and blocklimit < 65536 else _pickled_int
        fixed = fieldobj.format.fixed_value_size()
        keep_values = fixed is None or fixed < 0
        prefix = pack_ushort(fw._fieldid)
        lens = _field_lengths(lengths, fieldname, doccount)
        haslens = any(lens)
        pchunks: list[bytes] = []
        pos = postfile.tell()
        terms = sorted(fp)
        str_keys = bool(terms) and type(terms[0]) is str
        keys: list[bytes] = []
        values: list[bytes] = []
        for term in terms:
            lst = fp[term]
            if len(lst) == 3 and ONE_POSTING_PATH:  # one posting: one block, built from pieces
                d, w, v = lst
                if type(w) is float and w > 0 and d < 2**31:
                    if w == 1.0:
                        mw = None
                        tw = 1.0
                    else:
                        mw = tw = array("f", (w,))[0]
                    data = _one_posting_data(pint(d), mw, (v or b"") if keep_values else None if fixed == 0 else _NO_VALUE)
                    if data is not None and len(data) < COMPRESS_MIN:  # (stays uncompressed)
                        ln = lens[d] if haslens else 0
                        lb = tobyte(ln) if ln else 0
                        info = b"".join((b"\x80\x02(K\x01", pint(d), b"G", pack_double(w), b"K\x00", pint(lb),
                                         pint(lb), b"tq\x00."))  # (1, d, w, 0, lb, lb)
                        blen = len(info) + len(data)
                        pchunks += (magic, pack_int(-blen), info, data)
                        values.append(ti_pack(0, tw, 1, lb, lb, w, d, d, pos, 8 + blen))
                        keys.append(term)
                        pos += 8 + blen
                        continue
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
                    data = dumps((deltas, mw, mv), BLOCK_PROTOCOL)
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
            values.append(ti_pack(0, tw, n, 0 if tminl is None else tobyte(tminl), tobyte(tmaxl), tmaxw, ids[0],
                                  ids[-1], start, pos - start))
            keys.append(term)
        # OrderedHashWriter.add for each term, in order: offset, hash bucket, entry
        keys = [prefix + k.encode("utf-8") for k in keys] if str_keys else [prefix + k for k in keys]
        sizes = [8 + len(k) + len(v) for k, v in zip(keys, values)]
        offsets = list(accumulate(sizes, initial=tfile.tell()))
        del offsets[-1]
        tindex_offsets.extend(offsets)
        for k, off in zip(keys, offsets):  # (_md5_hash, inline)
            h = from_bytes(md5(k, usedforsecurity=False).digest()[12:], "big")
            buckets[h & 255].append((h, off))
        if keys:
            if keys[-1] <= tindex.lastkey:
                raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{keys[-1]!r}")
            tindex.lastkey = keys[-1]
        postfile.write(b"".join(pchunks))
        tfile.write(b"".join([b for k, v in zip(keys, values) for b in (pack_klen(len(k), len(v)), k, v)]))
        fw.finish_field()


def _write_block(pw, last: bool = False) -> None:
    """``W3PostingsWriter._write_block`` with the block pickled with :data:`BLOCK_PROTOCOL` and compressed by
    :mod:`.compression` (Whoosh: protocol 2, stdlib zlib)."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
    from whoosh.util.numeric import length_to_byte

    postfile = pw._postfile
    if not pw._blockcount:
        postfile.write(WHOOSH3_HEADER_MAGIC)
    pw._terminfo.add_block(pw)
    databytes = dumps((pw._mini_ids(), pw._mini_weights(), pw._mini_values()), BLOCK_PROTOCOL)
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
