"""A faster segment flush for Whoosh's W3 codec, byte for byte the same files.

When a ``SegmentWriter`` finishes a segment, ``FieldWriter.add_postings`` walks every posting of the
sorted pool through generic per-posting code: order checks, a field-length lookup, an
``add_posting`` call with four type assertions. :func:`install` replaces that walk, for one writer,
by a loop that groups the postings by field and term with ``itertools.groupby``, reads each field's
lengths once into a list, and fills the W3 postings writer's block buffers directly. Blocks, term
infos and the term table are still written by the W3 classes' own methods, so the segment files are
identical (``tests/test_bulk_build.py`` compares them byte by byte).
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

_FIELD, _TERM = itemgetter(0), itemgetter(1)


def supported(writer) -> bool:
    """True when the writer uses the W3 codec classes this loop knows (and no spelling fields)."""
    from whoosh.codec import whoosh3

    fw = writer.fieldwriter
    if type(fw) is not whoosh3.W3FieldWriter or type(writer.codec) is not whoosh3.W3Codec or writer.docbase:
        return False
    return not any(f.separate_spelling() for _, f in writer.schema.items())


def install(writer) -> bool:
    """Use the fast flush and ``add_document`` for this writer; False (nothing changed) when not supported."""
    if not supported(writer):
        return False
    fw = writer.fieldwriter
    doccount = lambda: writer.docnum  # noqa: E731 - documents in the segment when it is flushed
    fw.add_postings = lambda schema, lengths, items: add_postings(fw, schema, lengths, items, doccount())
    if not any(f.vector for _, f in writer.schema.items()):
        writer.add_document = _fast_add_document(writer)
    return True


def _fast_add_document(writer):
    """``SegmentWriter.add_document`` without per-posting method calls, for documents without options.

    The same steps in the same order (fields sorted by name; postings, stored values, lengths and
    column values as Whoosh adds them); postings go straight onto the pool's list, and the pool's
    size estimate is kept per field instead of per posting (it only decides when a sorted run is
    spilled to disk, never what is written). Documents with ``_boost``/``_stored_*`` keys and
    non-text values take Whoosh's own method.
    """
    from whoosh.fields import FieldType
    from whoosh.writing import SegmentWriter

    original = SegmentWriter.add_document.__get__(writer)
    schema = writer.schema
    plain_index = FieldType.index

    def add_document(**fields):
        for name in fields:
            if name[:1] == "_":
                return original(**fields)
        writer._check_state()
        pdw = writer.perdocwriter
        pool = writer.pool
        docnum = writer.docnum
        fieldnames = sorted(fields)
        writer._check_fields(schema, fieldnames)
        pdw.start_doc(docnum)
        try:
            current = pool.current
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    if type(field).index is plain_index and type(value) is str and field.format:
                        items = ((w.encode("utf-8"), freq, wt, vb)
                                 for w, freq, wt, vb in field.format.word_values(value, field.analyzer, mode="index"))
                    else:
                        items = field.index(value)
                    scorable = field.scorable
                    n = size = 0
                    for tbytes, freq, weight, vbytes in items:
                        weight *= 1.0  # the field boost of a document without boost options
                        if scorable:
                            length += freq
                        current.append((fieldname, tbytes, docnum, weight, vbytes))
                        n += 1
                        size += 2 * len(tbytes) + (len(vbytes) if vbytes else 0)
                    if n:
                        pool.fieldnames.add(fieldname)
                        pool.currentsize += size + n * (150 + len(fieldname))
                        if pool.currentsize > pool.limit:
                            pool.save()
                            current = pool.current
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

    return add_document


def _field_lengths(lengths, fieldname: str, doccount: int) -> list:
    if lengths is None:
        return [0] * doccount
    dfl = lengths.doc_field_length
    return [dfl(d, fieldname) for d in range(doccount)]


def add_postings(fw, schema, lengths, items, doccount: int) -> None:
    """``FieldWriter.add_postings`` for a W3 field writer and a sorted posting stream."""
    for fieldname, fposts in groupby(items, key=_FIELD):
        fw.start_field(fieldname, schema[fieldname])
        pw = fw._postwriter
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
