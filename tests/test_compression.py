"""Posting blocks and stored fields are compressed by zlib-ng; without it, stdlib zlib takes over and the user is told."""

from __future__ import annotations

import importlib
import io
import json
import os
import pickle
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from whoosh import index as windex

from briefing.index import bulk
from briefing.index.engine import compression, fastwrite
from briefing.index.engine.schema import ARTICLES, QUOTES
from briefing.index.indexer import update_index
from briefing.index.library import Library
from corpus_factory import make_articles

QUERIES = ["chips", "regulators Beijing", '"said the"', "tok0042 OR tok0077", "export*", "title:headline"]

BLOCKED = ("import sys; sys.modules['zlib_ng'] = None\n"  # what a missing or broken zlib-ng install does
           "from briefing.index import bulk; bulk.MIN_FILES = 50\n"
           "from briefing.index.cli import main\n"
           "sys.exit(main(sys.argv[1:]))")


def _run_without_zlib_ng(*args):
    """The real CLI in a fresh interpreter where ``import zlib_ng`` fails."""
    env = dict(os.environ, COLUMNS="120")
    return subprocess.run([sys.executable, "-c", BLOCKED, *args], capture_output=True, text=True, env=env,
                          timeout=300)


def _blocks(index_dir: Path) -> list[tuple[int, bytes]]:
    """(compression level in its info, stored bytes) of every posting block of both indexes."""
    out = []
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.reader() as r:
            for sub, _ in r.leaf_readers():
                terms = sub._terms
                for field, btext in sub.all_terms():
                    ti = terms.term_info(field, btext)
                    length = ti._length[0] if isinstance(ti._length, tuple) else ti._length
                    data = terms._postfile.get(ti._offset, length)
                    stream, pos = io.BytesIO(data), 4
                    while True:
                        (n,) = struct.unpack_from("!i", data, pos)
                        end = pos + 4 + abs(n)
                        stream.seek(pos + 4)
                        info = pickle.load(stream)
                        out.append((info[3], data[stream.tell():end]))
                        if n < 0 or end >= len(data):
                            break
                        pos = end
        ix.close()
    return out


def _stored_records(index_dir: Path) -> list[bytes]:
    """The ``_stored`` column's bytes (one zlib stream per document) of every document of both indexes."""
    from whoosh.codec import whoosh3
    from whoosh.columns import VarBytesColumn

    out = []
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.reader() as r:
            for sub, _ in r.leaf_readers():
                col = sub._perdoc._cached_reader("_stored", whoosh3.STORED_COLUMN)._child
                out.extend(VarBytesColumn.Reader.__getitem__(col, d) for d in range(sub.doc_count_all()))
        ix.close()
    return out


def _stored_fields(index_dir: Path) -> list[dict]:
    out = []
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.reader() as r:
            out.extend(r.all_stored_fields())
        ix.close()
    return out


def _postings(index_dir: Path) -> dict:
    """Every posting of both indexes as Whoosh's reader decodes them, by (index, field, term)."""
    out = {}
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.reader() as r:
            for field, btext in r.all_terms():
                m = r.postings(field, btext)
                rows = []
                while m.is_active():
                    rows.append((m.id(), m.weight(), m.value()))
                    m.next()
                out[(name, field, btext)] = rows
        ix.close()
    return out


def _searches(corpus: Path, index_dir: Path) -> dict:
    out = {}
    with Library(corpus, index_dir) as lib:
        for q in QUERIES:
            r = lib.search(q, limit=50)
            out[q] = [(h.id, h.score) for h in r.hits] + [r.total]
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A generated corpus bulk-built by worker processes with the installed package, and its index."""
    from briefing.index.config import seeds_dir

    root = tmp_path_factory.mktemp("codec")
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    make_articles(root / "corpus", 240, seed=5, texts=texts)
    mp = pytest.MonkeyPatch()
    mp.setattr(bulk, "MIN_FILES", 50)
    try:
        summary = update_index(root / "corpus", root / "ix")
    finally:
        mp.undo()
    assert summary.documents == 240
    return root / "corpus", root / "ix"


def test_the_installed_package_compresses_posting_blocks_and_stored_fields_with_zlib_ng(built):
    from whoosh.codec import whoosh3
    from zlib_ng import zlib_ng

    assert compression.fast() and compression.import_error() is None and compression.fallback_notice() is None
    assert compression.NAME.startswith("zlib-ng ") and compression.LEVEL == 1
    assert compression.decompress is zlib_ng.decompress
    corpus, ix = built
    with Library(corpus, ix) as lib:
        assert lib.search("chips").total > 0
        assert whoosh3.zlib.decompress is zlib_ng.decompress  # Whoosh's block reader too
        assert whoosh3.zlib.compress is zlib.compress  # while its own writer stays plain Whoosh's
    from briefing.index.engine.store import open_whoosh

    with open_whoosh(ix).searcher() as s:  # the stored fields a search shows are inflated by zlib-ng too
        per_doc = s.reader().leaf_readers()[0][0]._perdoc
        stored = per_doc._cached_reader("_stored", whoosh3.STORED_COLUMN)
        assert stored._child._decompress is compression.decompress_stored
        assert compression.decompress is zlib_ng.decompress
        assert s.stored_fields(0)["id"]
    blocks = _blocks(ix)
    packed = [(level, raw) for level, raw in blocks if level]
    assert len(packed) > 50 and {level for level, _ in blocks} == {0, 1}
    for level, raw in packed:  # level-1 zlib-ng streams (written by the workers), read by stdlib zlib
        data = zlib.decompress(raw)
        assert len(data) >= fastwrite.COMPRESS_MIN and zlib_ng.compress(data, 1) == raw
        assert data[:2] == b"\x80\x03"  # pickled with protocol 3 (fastwrite.BLOCK_PROTOCOL)
    assert all(len(raw) < fastwrite.COMPRESS_MIN for level, raw in blocks if not level)
    records = _stored_records(ix)  # every document's stored fields: a level-1 zlib-ng stream, or a short pickle
    assert len(records) > 240
    raw_max = compression.STORED_RAW_MAX
    packed = [raw for raw in records if raw[:1] != b"\x80"]
    plain = [raw for raw in records if raw[:1] == b"\x80"]
    assert len(packed) >= 240 and len(plain) > 50  # the articles' records, and (most of) the quotes'
    for raw in packed:
        data = zlib.decompress(raw)
        assert len(data) >= raw_max and zlib_ng.compress(data, 1) == raw
    for raw in plain:
        assert len(raw) < raw_max and isinstance(pickle.loads(raw), dict)


def test_without_zlib_ng_the_index_is_written_with_stdlib_zlib_and_the_user_is_told(built, tmp_path):
    corpus, ix = built
    p = _run_without_zlib_ng("index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["documents"] == 240
    assert p.stderr.count("zlib-ng could not be loaded") == 1 and "stdlib zlib" in p.stderr
    levels = {level for level, _ in _blocks(tmp_path / "ix")}
    assert levels == {0, 3}  # stdlib zlib at Whoosh's own level
    records = _stored_records(tmp_path / "ix")  # the stored fields too, as plain Whoosh writes them (short ones raw)
    assert records and len(records) == len(_stored_records(ix))
    for raw in records:
        if raw[:1] == b"\x80":
            assert len(raw) < compression.STORED_RAW_MAX
        else:
            assert zlib.compress(zlib.decompress(raw), 3) == raw
    assert _stored_fields(tmp_path / "ix") == _stored_fields(ix)
    # the same index apart from the compressed bytes, and the same answers
    assert _postings(tmp_path / "ix") == _postings(ix)
    assert _searches(corpus, tmp_path / "ix") == _searches(corpus, ix)
    # stdlib zlib reads zlib-ng's blocks through Briefing's own query path: the same hits and scores
    q = _run_without_zlib_ng("search", '"said the"', "--corpus", str(corpus), "--index-dir", str(ix),
                             "--limit", "50", "--json")
    assert q.returncode == 0, q.stderr
    assert q.stderr.count("zlib-ng could not be loaded") == 1  # reading an index says so too
    hits = [json.loads(line) for line in q.stdout.splitlines()]
    assert [(h["id"], h["score"]) for h in hits] == _searches(corpus, ix)['"said the"'][:-1]
    again = _run_without_zlib_ng("index", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert again.returncode == 0 and again.stderr.count("zlib-ng could not be loaded") == 1


@pytest.fixture
def zlib_ng_missing(monkeypatch):
    """The codec module loaded again where ``import zlib_ng`` fails for real.

    Only the codec module is reloaded (modules that bound its functions at import keep zlib-ng), so
    tests using this check the codec's choice and notice; the subprocess test above checks the
    whole stdlib path."""
    for name in [m for m in sys.modules if m.split(".")[0] == "zlib_ng"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "zlib_ng", None)
    importlib.reload(compression)
    yield
    monkeypatch.undo()
    importlib.reload(compression)
    assert compression.fast()


def test_the_codec_falls_back_to_stdlib_zlib(zlib_ng_missing):
    assert not compression.fast() and compression.LEVEL == 3 and compression.NAME.endswith("(stdlib)")
    assert "zlib_ng" in compression.import_error()
    assert compression.decompress is zlib.decompress
    data = pickle.dumps(list(range(200)), 2)
    assert compression.compress(data) == zlib.compress(data, 3)
    assert compression.stored_compressor() == (zlib.compress, 3)  # Whoosh's own for stored fields
    assert "zlib-ng could not be loaded" in compression.fallback_notice()


async def test_app_says_once_that_blocks_take_stdlib_zlib(tmp_path, seeds_copy, zlib_ng_missing):
    from app_helpers import settle
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        told = [n.message for n in app._notifications if "zlib-ng could not be loaded" in n.message]
        assert len(told) == 1
        await pilot.press("ctrl+r")  # re-index: no second notice
        await settle(app, pilot)
        assert sum("zlib-ng could not be loaded" in n.message for n in app._notifications) == 1


def _records_by_index(index_dir: Path) -> dict[str, list[bytes]]:
    from whoosh.codec import whoosh3
    from whoosh.columns import VarBytesColumn

    out = {}
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.reader() as r:
            out[name] = [VarBytesColumn.Reader.__getitem__(col, d) for sub, _ in r.leaf_readers()
                         for col in [sub._perdoc._cached_reader("_stored", whoosh3.STORED_COLUMN)._child]
                         for d in range(sub.doc_count_all())]
        ix.close()
    return out


def test_short_stored_records_are_written_uncompressed_and_read_like_compressed_ones(built, tmp_path, monkeypatch):
    """Quotes' short records stay uncompressed; an index with every record compressed (as Briefing wrote
    before, and as Whoosh writes) gives the same stored fields, the same searches and quote lists."""
    corpus, ix = built
    records = _records_by_index(ix)
    quotes = records[QUOTES]
    assert quotes and sum(r[:1] == b"\x80" for r in quotes) > len(quotes) / 2  # most quotes' records are raw
    assert all(r[:1] != b"\x80" for r in records[ARTICLES])  # an article's record is long: compressed
    assert compression.decompress_stored(quotes[0]) == quotes[0] if quotes[0][:1] == b"\x80" else True
    monkeypatch.setattr(compression, "STORED_RAW_MAX", 0)  # every record compressed: the earlier format
    monkeypatch.setattr(bulk, "MIN_FILES", 50)
    old = tmp_path / "ix"
    assert update_index(corpus, old).documents == 240
    monkeypatch.undo()
    old_records = _records_by_index(old)
    assert all(r[:1] != b"\x80" for name in old_records for r in old_records[name])
    assert _stored_fields(old) == _stored_fields(ix)
    assert _searches(corpus, old) == _searches(corpus, ix)
    with Library(corpus, old) as a, Library(corpus, ix) as b:  # quote records read through Briefing's own path
        qa, qb = a.quotes(limit=10_000), b.quotes(limit=10_000)
        assert qa and [q.model_dump() for q in qa] == [q.model_dump() for q in qb]


def test_a_stored_record_is_told_from_a_zlib_stream_by_its_first_byte():
    rec = pickle.dumps({"id": "a", "quote": "x" * 50}, 2)
    for level in (0, 1, 6, 9):
        for mod in (zlib, compression):
            z = mod.compress(rec, level) if mod is zlib else compression._compress(rec, level)
            assert z[:1] != b"\x80" and compression.decompress_stored(z) == rec
    assert compression.decompress_stored(rec) == rec


def test_an_index_of_an_older_format_is_rebuilt_with_short_records_uncompressed(built, tmp_path, monkeypatch):
    """An index of an older format (here its short records compressed) is rebuilt once, saying why."""
    from briefing.index.engine.schema import SCHEMA_VERSION
    from briefing.index.engine.store import META_FILE

    corpus, _ = built
    ix = tmp_path / "ix"
    with monkeypatch.context() as m:
        m.setattr(compression, "STORED_RAW_MAX", 0)
        m.setattr(bulk, "MIN_FILES", 50)
        assert update_index(corpus, ix).documents == 240
    meta = json.loads((ix / META_FILE).read_text())
    assert meta["schema_version"] == SCHEMA_VERSION == 8
    meta["schema_version"] = 6
    (ix / META_FILE).write_text(json.dumps(meta))
    assert all(r[:1] != b"\x80" for r in _records_by_index(ix)[QUOTES])
    monkeypatch.setattr(bulk, "MIN_FILES", 50)
    s = update_index(corpus, ix)
    assert s.rebuilt and "index format changed (v6 -> v8)" in s.rebuild_reason and s.documents == 240
    assert any(r[:1] == b"\x80" for r in _records_by_index(ix)[QUOTES])
