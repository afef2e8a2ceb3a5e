"""The bulk writers' fast ``add_document`` writes the segment files plain Whoosh writes.

Also when some documents take Whoosh's own method (options such as ``_boost``): their lengths and
stored values go to the same columns, in document order, and the flush reads the lengths back.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib

import pytest
from whoosh import index as windex
from whoosh.writing import SegmentWriter

from briefing.index.engine import analysis, compression, fastwrite
from briefing.index.engine.schema import ARTICLES
from briefing.index.engine.store import create_whoosh


def _documents(seed_texts: dict[str, str], n: int = 80) -> list[dict]:
    """Article documents from the seed texts: long and short bodies, empty and missing fields, dates."""
    rng = random.Random(7)
    texts = list(seed_texts.values())
    docs = []
    for i in range(n):
        body = texts[i % len(texts)]
        if i % 3 == 0:
            body = body[: rng.randrange(40, 400)]
        day = dt.date(2024, 1 + i % 12, 1 + i % 27)
        doc = dict(id=f"a{i:03d}", path=f"p/a{i:03d}.txt", title=f"Headline {i} " + body[:30],
                   source=["BBC", "Reuters", ""][i % 3], url="", author="" if i % 4 else "Jane Doe",
                   body=body, hash=f"{i:064x}", mtime_ns=1_700_000_000_000_000_000 + i, size=len(body),
                   format="txt", speakers=" ; ".join(["Gordon Brown", "Brown"][: i % 3]),
                   sortdate=int(day.strftime("%Y%m%d")) if i % 5 else 0)
        if i % 5:
            doc["date"] = dt.datetime(day.year, day.month, day.day)
        if i % 6 == 1:
            doc["author"] = None  # a None value: neither indexed nor stored
        docs.append(doc)
    return docs


def _segment_files(d, docs: list[dict], fast: bool) -> dict[str, bytes]:
    create_whoosh(d, ARTICLES)
    w = SegmentWriter(windex.open_dir(str(d), indexname=ARTICLES), _lk=False, compound=False)
    if fast:
        assert fastwrite.install(w)
    for doc in docs:
        w.add_document(**doc)
    w._finalize_segment()
    return {p.name.split("_", 1)[0] + "." + p.name.split(".", 1)[1]: p.read_bytes() for p in d.iterdir()
            if p.is_file() and p.name.startswith(f"{ARTICLES}_")}


@pytest.mark.parametrize("options", [False, True], ids=["plain-documents", "some-with-options"])
def test_fast_add_document_writes_whooshs_segment_files(tmp_path, seed_texts, monkeypatch, options):
    monkeypatch.setattr(fastwrite, "COMPRESS_MIN", 0)  # every block compressed, as Whoosh does
    monkeypatch.setattr(compression, "STORED_RAW_MAX", 0)  # every stored record too
    monkeypatch.setattr(compression, "_compress", zlib.compress)  # by stdlib zlib at Whoosh's level
    monkeypatch.setattr(compression, "LEVEL", 3)  # (the codec's fallback branch)
    monkeypatch.setattr(fastwrite, "BLOCK_PROTOCOL", 2)  # blocks pickled as Whoosh pickles them
    analysis.apply_format_patches()
    docs = _documents(seed_texts)
    if options:  # these take Whoosh's own add_document, between documents of the fast one
        for i in (0, 13, 14, 40, 79):
            docs[i] = dict(docs[i], _boost=2.0)
        docs[21] = dict(docs[21], _stored_title="stored, not indexed")
    plain = _segment_files(tmp_path / "plain", docs, fast=False)
    fast = _segment_files(tmp_path / "fast", docs, fast=True)
    assert {"MAIN._stored.col", "MAIN._body_len.col", "MAIN._author_len.col", "MAIN.pst"} <= plain.keys()
    assert plain.keys() == fast.keys()
    for name in plain:
        assert fast[name] == plain[name], name


def test_one_posting_block_data_is_the_pickle():
    from pickle import dumps

    from briefing.index.engine.analysis import _pickled_int

    cases = [(doc, mw, value) for doc in (0, 7, 255, 256, 65535, 65536, 2**31 - 1)
             for mw in (None, 2.0, 0.5, 3.4028234663852886e38)
             for value in (None, b"", b"\x00\x00\x00\x01\x80\x02]q\x00K\x05a.", "naïve 日本 \xff".encode() * 9,
                           bytes(range(256)), b"ab")]
    for doc, mw, value in cases:
        want = dumps(((doc,), mw, None if value is None else (value,) if value else ()), 2)
        assert fastwrite._one_posting_data(_pickled_int(doc), mw, value) == want, (doc, mw, value)
    for odd in (b"x", fastwrite._NO_VALUE, bytearray(b"abc")):  # a 1-byte value may be one pickle met before
        assert fastwrite._one_posting_data(_pickled_int(1), None, odd) is None


def test_one_posting_path_writes_the_general_paths_bytes(tmp_path, seed_texts, monkeypatch):
    """With the default COMPRESS_MIN (short blocks stay uncompressed) both paths write the same files.

    (The one-posting path builds protocol 2 pickles, as Whoosh's, by hand; compared under that protocol.)"""
    analysis.apply_format_patches()
    monkeypatch.setattr(fastwrite, "BLOCK_PROTOCOL", 2)
    docs = _documents(seed_texts)
    monkeypatch.setattr(fastwrite, "ONE_POSTING_PATH", False)
    general = _segment_files(tmp_path / "general", docs, fast=True)
    monkeypatch.setattr(fastwrite, "ONE_POSTING_PATH", True)
    short = _segment_files(tmp_path / "short", docs, fast=True)
    assert general.keys() == short.keys()
    for name in general:
        assert short[name] == general[name], name


def test_stored_fields_take_the_codecs_compressor_on_both_paths(tmp_path, seed_texts):
    """With zlib-ng installed, every document's stored record is a level-1 zlib-ng stream (or, when
    shorter than ``STORED_RAW_MAX``, the record itself), also for documents that take Whoosh's own
    ``add_document`` (options), and reads back as the values given."""
    from whoosh.codec import whoosh3
    from whoosh.columns import VarBytesColumn
    from zlib_ng import zlib_ng

    assert compression.stored_compressor() == (zlib_ng.compress, 1)
    analysis.apply_format_patches()
    docs = _documents(seed_texts, 12)
    docs[3] = dict(docs[3], _boost=2.0)  # Whoosh's own method
    create_whoosh(tmp_path, ARTICLES)
    ix = windex.open_dir(str(tmp_path), indexname=ARTICLES)
    w = SegmentWriter(ix, _lk=False)
    assert fastwrite.install(w)
    for doc in docs:
        w.add_document(**doc)
    w.commit()
    ix = windex.open_dir(str(tmp_path), indexname=ARTICLES)
    with ix.reader() as r:
        col = r._perdoc._cached_reader("_stored", whoosh3.STORED_COLUMN)._child
        records = [VarBytesColumn.Reader.__getitem__(col, d) for d in range(len(docs))]
        stored = list(r.all_stored_fields())
    ix.close()
    for d, raw in enumerate(records):
        if raw[:1] == b"\x80":  # a short record, left uncompressed (only by the fast method)
            assert d != 3 and len(raw) < compression.STORED_RAW_MAX
        else:
            assert zlib_ng.compress(zlib.decompress(raw), 1) == raw
    assert [d["id"] for d in stored] == [d["id"] for d in docs]
    assert stored[3]["title"] == docs[3]["title"] and stored[5]["body"] == docs[5]["body"]
