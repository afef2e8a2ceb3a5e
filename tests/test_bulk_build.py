"""Fresh bulk builds (worker processes write the segments) give the index a serial build gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh import index as windex

from briefing.index import bulk, indexer
from briefing.index.indexer import update_index
from briefing.index.library import Library
from briefing.index.engine.schema import ARTICLES, QUOTES
from briefing.index.engine.store import read_manifest
from corpus_factory import make_articles, make_bad_files

DOCS = 607
"""600 generated articles, 4 dup files, 2 records, 1 readable file among the bad ones."""

QUERIES = ["chips", "Blackwell", "regulators Beijing", "tok0042", '"said the"', "minister OR president",
           "export* -china", "title:headline"]


def _corpus(root: Path, texts: list[str], n: int = 600) -> Path:
    make_articles(root, n, seed=3, texts=texts)
    make_bad_files(root / "zbad")
    # one article id in two files (a.txt, a.md): the later one is renamed, in bulk as in serial
    for folder in ("part1", "part3"):
        (root / folder / "dup.md").write_text("# Dup headline\n\nThe minister said: \"We will act now.\"\n",
                                              encoding="utf-8")
        (root / folder / "dup.txt").write_text('Dup two\n\n"Prices rise," said Ann Lee, the minister.\n',
                                               encoding="utf-8")
    recs = [{"id": "r1", "title": "Record one", "body": "Record one about chips said the analyst."},
            {"id": "r2", "title": "Record two", "body": "\"Chips matter,\" said Bo Chen, a trader."}]
    (root / "part2" / "recs.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    return root


def _dump(index_dir: Path):
    """Everything the two indexes hold, in document-number order."""
    out = {}
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(index_dir), indexname=name)
        with ix.searcher() as s:
            docs = [dict(f) for f in s.all_stored_fields()]
            r = s.reader()
            terms = sorted((f, t, r.doc_frequency(f, t), r.frequency(f, t)) for f, t in r.all_terms())
            lengths = {f: r.field_length(f) for f in ix.schema.scorable_names()}
            out[name] = (docs, terms, lengths, s.doc_count())
    return out


def _results(corpus: Path, index_dir: Path):
    with Library(corpus, index_dir) as lib:
        searches = []
        for q in QUERIES:
            res = lib.search(q, limit=50)
            searches.append((q, res.total, [(h.id, round(h.score, 6)) for h in res.hits]))
        quotes = sorted((q.id, q.article_id, q.speaker or "", q.text) for q in lib.quotes())
        speakers = sorted((s.name, s.count) for s in lib.speakers()) if hasattr(lib, "speakers") else []
        return searches, quotes, speakers, sorted(lib.article_ids())


def _build(corpus: Path, index_dir: Path, monkeypatch, *, bulk_on: bool, progress=None):
    monkeypatch.setattr(bulk, "MIN_FILES", 50 if bulk_on else 10**9)
    s = update_index(corpus, index_dir, progress=progress)
    return s


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The generated corpus, made once: the tests read it (one that edits a file puts it back as it was)."""
    from briefing.index.config import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    return _corpus(tmp_path_factory.mktemp("bulk") / "corpus", texts)


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    """``corpus`` built once on the serial path (its folder and summary): what each bulk build must equal.
    The serial path builds no speaker table from workers' files (the bulk path's way)."""
    index_dir = tmp_path_factory.mktemp("bulk-serial") / "serial"
    tables = []
    real_table = indexer.build_from_files
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("BRIEFING_MAX_BYTES", raising=False)  # as in each test (conftest's isolated_env)
        mp.setattr(indexer, "build_from_files", lambda files: tables.append(real_table(files)) or tables[-1])
        summary = _build(corpus, index_dir, mp, bulk_on=False)
    assert tables == []
    return index_dir, summary


def test_bulk_equals_serial(corpus, serial, tmp_path, monkeypatch):
    seen: list[tuple[str, int, int]] = []
    built_bulk = []
    real_build = bulk.build

    def spy(*args, **kwargs):
        built_bulk.append(True)
        return real_build(*args, **kwargs)

    tables = []  # the speaker table built from the workers' files while they write their segments
    real_table = indexer.build_from_files
    monkeypatch.setattr(indexer, "build_from_files", lambda files: tables.append(real_table(files)) or tables[-1])
    monkeypatch.setattr(bulk, "build", spy)
    b = _build(corpus, tmp_path / "bulk", monkeypatch, bulk_on=True, progress=lambda *a: seen.append(a))
    assert built_bulk, "the bulk path was not taken"
    assert len(tables) == 1 and not bulk._EXITING  # the workers were waited for before the update returned
    monkeypatch.setattr(bulk, "build", real_build)
    serial_dir, s = serial
    stored = [json.loads((d / "speakers.json").read_text()) for d in (tmp_path / "bulk", serial_dir)]
    for t in stored:
        del t["manifest"]  # (the generations of each build's manifest)
    assert stored[0]["speakers"] and stored[0] == stored[1]

    for field in ("added", "updated", "removed", "unchanged", "documents", "quotes"):
        assert getattr(b, field) == getattr(s, field), field
    assert [(k.path, k.reason) for k in b.skipped] == [(k.path, k.reason) for k in s.skipped]
    assert b.documents == DOCS and b.quotes > 600
    mb, ms = read_manifest(tmp_path / "bulk"), read_manifest(serial_dir)
    assert mb.files == ms.files
    assert {"part1/dup", "part1/dup.txt", "part3/dup", "part3/dup.txt"} <= set(mb.files["part1/dup.md"].ids
                                                                           + mb.files["part1/dup.txt"].ids
                                                                           + mb.files["part3/dup.md"].ids
                                                                           + mb.files["part3/dup.txt"].ids)
    assert _dump(tmp_path / "bulk") == _dump(serial_dir)
    assert _results(corpus, tmp_path / "bulk") == _results(corpus, serial_dir)
    # progress: scan, then read up to every file, then write up to every file
    phases = [p for p, _, _ in seen]
    assert phases[0] == "scan" and "read" in phases and phases[-1] == "write"
    assert max(d for p, d, _ in seen if p == "read") == max(t for p, _, t in seen if p == "read")
    assert seen[-1][1] == seen[-1][2]

    # the next run over an unchanged corpus writes nothing; an edit is an ordinary incremental update
    again = update_index(corpus, tmp_path / "bulk")
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    p = corpus / "part0" / "art0000.txt"
    text, st = p.read_bytes(), p.stat()
    try:
        p.write_bytes(text + b" zanzibar.")
        upd = update_index(corpus, tmp_path / "bulk")
        assert upd.updated == 1
        with Library(corpus, tmp_path / "bulk") as lib:
            assert lib.search("zanzibar").total == 1 and lib.document_count() == DOCS
    finally:  # the module's corpus as it was (bytes and time) for the tests after this one
        p.write_bytes(text)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_collision_across_worker_shares_is_renamed_like_serial(corpus, serial, tmp_path, monkeypatch):
    """The split falls between part1/dup.md and part1/dup.txt: the parent redoes the later file."""
    cut = {}

    def parts(sizes, n):
        k = cut["k"]
        return [(0, k), (k, len(sizes))]

    real_build = bulk.build

    def build(ix, qix, index_dir, founds, sizes, *a, **kw):
        cut["k"] = next(i for i, f in enumerate(founds) if f.rel == "part1/dup.txt")
        return real_build(ix, qix, index_dir, founds, sizes, *a, **kw)

    monkeypatch.setattr(bulk, "parts", parts)
    monkeypatch.setattr(bulk, "keep_together", lambda shares, founds: shares)
    monkeypatch.setattr(bulk, "build", build)
    redone = []
    real_redo = bulk._redo_files
    monkeypatch.setattr(bulk, "_redo_files", lambda *a, **kw: (redone.append(sorted(a[2])), real_redo(*a, **kw)))
    _build(corpus, tmp_path / "bulk", monkeypatch, bulk_on=True)
    assert redone and len(redone[0]) == 1
    assert read_manifest(tmp_path / "bulk").files == read_manifest(serial[0]).files
    # the same documents and quotes; scores may differ in the last digits (the redone file's first
    # copy stays in its segment as a deleted document, as after any incremental update)
    rb, rs = _results(corpus, tmp_path / "bulk"), _results(corpus, serial[0])
    assert rb[1:] == rs[1:]
    # (and an estimated total, of a phrase search, may count the deleted copy)
    for (q, tb, hb), (_, ts, hs) in zip(rb[0], rs[0]):
        assert abs(tb - ts) <= 1, q
        if len(hs) < 50:
            assert sorted(i for i, _ in hb) == sorted(i for i, _ in hs), q
    with Library(corpus, tmp_path / "bulk") as lib:
        assert lib.document_count() == DOCS
        assert lib.article("part1/dup.txt").title == "Dup two"
        assert lib.article("part1/dup").title == "Dup headline"
        assert {q.article_id for q in lib.quotes(article_id="part1/dup.txt")} == {"part1/dup.txt"}


def test_parts_are_contiguous_large_then_small(monkeypatch):
    monkeypatch.setattr(bulk, "TAIL", 0.2)
    assert bulk.parts([1] * 100, 2) == [(0, 40), (40, 80), (80, 90), (90, 100)]
    assert bulk.parts([1] * 7, 2) == [(0, 4), (4, 7)]
    ps = bulk.parts([(i * 37) % 101 for i in range(1000)], 3)
    assert ps[0][0] == 0 and ps[-1][1] == 1000 and all(a[1] == b[0] for a, b in zip(ps, ps[1:]))
    assert len(ps) == 6


def test_large_builds_are_cut_into_more_parts_of_at_most_part_bytes(monkeypatch):
    monkeypatch.setattr(bulk, "PART_BYTES", 1000)
    assert bulk.part_count([100] * 10, 2) == 2  # 1,000 bytes: one part per worker
    assert bulk.part_count([100] * 25, 2) == 4  # 2,500 bytes: 3 parts -> 4, a multiple of the workers
    assert bulk.part_count([100] * 25, 1) == 3
    ps = bulk.parts([100] * 61, 2)
    assert len(ps) == 8 and ps[0][0] == 0 and ps[-1][1] == 61 and all(a[1] == b[0] for a, b in zip(ps, ps[1:]))
    assert max(sum([100] * (b - a)) for a, b in ps) <= 1000


def test_a_build_in_more_parts_than_workers_equals_serial(corpus, serial, tmp_path, monkeypatch):
    """Each part is a segment of each index, taken by whichever worker is free; the result is the serial one."""
    total = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    monkeypatch.setattr(bulk, "PART_BYTES", total // 5)
    b = _build(corpus, tmp_path / "bulk", monkeypatch, bulk_on=True)
    serial_dir, s = serial
    assert (b.documents, b.quotes) == (s.documents, s.quotes)
    ix = windex.open_dir(str(tmp_path / "bulk"), indexname=ARTICLES)
    assert len(ix._segments()) >= 6  # 6 parts (a multiple of 2 workers), and the redone files' segment
    ix.close()
    assert read_manifest(tmp_path / "bulk").files == read_manifest(serial_dir).files
    assert _dump(tmp_path / "bulk") == _dump(serial_dir)
    assert _results(corpus, tmp_path / "bulk") == _results(corpus, serial_dir)


def test_split_is_contiguous_and_balanced():
    assert bulk.split([1] * 10, 2) == [(0, 5), (5, 10)]
    assert bulk.split([100, 1, 1, 1, 1], 2) == [(0, 1), (1, 5)]
    assert bulk.split([0, 0, 0], 4) == [(0, 1), (1, 2), (2, 3)]
    shares = bulk.split(list(range(1, 101)), 3)
    assert shares[0][0] == 0 and shares[-1][1] == 100 and all(a[1] == b[0] for a, b in zip(shares, shares[1:]))


def test_shares_never_split_one_article_id(tmp_path):
    from briefing.index.ingest import Found

    rels = ["a.txt", "b.md", "b.txt", "c.txt", "d.html", "d.md", "d.txt", "e.txt"]
    founds = [Found(r, tmp_path / r) for r in rels]
    assert bulk.keep_together([(0, 2), (2, 4), (4, 8)], founds) == [(0, 3), (3, 4), (4, 8)]
    assert bulk.keep_together([(0, 5), (5, 8)], founds) == [(0, 7), (7, 8)]
    assert bulk.keep_together([(0, 6), (6, 7), (7, 8)], founds) == [(0, 7), (7, 8)]
    assert bulk.keep_together([(0, 8)], founds) == [(0, 8)]


def test_worker_failure_falls_back_to_serial(corpus, tmp_path, monkeypatch):
    """A worker dies with a part: nothing is committed, the serial path builds the index."""
    from briefing.index import indexer

    real_worker, real_build, real_read_many = bulk._worker, bulk.build, indexer.read_many
    taken, serial = [], []
    monkeypatch.setattr(bulk, "build", lambda *a, **kw: (taken.append(1), real_build(*a, **kw))[1])
    monkeypatch.setattr(indexer, "read_many", lambda *a, **kw: (serial.append(1), real_read_many(*a, **kw))[1])

    def dying(wid, *args):
        if wid == 1:
            import os
            args[2].take_part(wid)  # takes a part, then dies
            os._exit(7)
        return real_worker(wid, *args)

    monkeypatch.setattr(bulk, "_worker", dying)
    s = _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)
    assert taken and serial, "the bulk path was not tried, or the serial path did not take over"
    assert s.documents == DOCS
    with Library(corpus, tmp_path / "ix") as lib:
        assert lib.document_count() == DOCS and lib.search("tok0042").total == 1
    assert not list((tmp_path / "ix").glob("*.result"))


def test_worker_write_error_is_an_index_write_error(corpus, tmp_path, monkeypatch):
    from briefing.index.errors import IndexWriteError

    real_worker = bulk._worker

    def full(wid, *args):
        import errno
        conn = args[5]
        conn.send(("error", wid, ("OSError", errno.ENOSPC, "No space left on device", "")))
        conn.close()

    monkeypatch.setattr(bulk, "_worker", full)
    with pytest.raises(IndexWriteError, match="disk is full"):
        _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)
    monkeypatch.setattr(bulk, "_worker", real_worker)
    s = _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)  # a later run builds it
    assert s.documents == DOCS


KILL = """
import sys
from pathlib import Path
from briefing.index import bulk, indexer
from briefing.index.indexer import update_index
bulk.MIN_FILES = 50
update_index(Path(sys.argv[1]), Path(sys.argv[2]), rebuild=sys.argv[3] == "1")
"""


def test_kill_9_during_a_bulk_build(corpus, tmp_path):
    ix = tmp_path / "ix"
    for trial, delay in enumerate((0.6, 1.5, 3.0, 5.0)):
        child = subprocess.Popen([sys.executable, "-c", KILL, str(corpus), str(ix), str(int(trial > 1))])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if any(ix.glob("_MAIN_*.toc")):
            with Library(corpus, ix) as lib:
                assert lib.document_count() in (0, DOCS)
    time.sleep(0.5)
    s = update_index(corpus, ix)
    assert s.documents == DOCS
    with Library(corpus, ix) as lib:
        assert lib.document_count() == DOCS
        assert {q.article_id for q in lib.quotes()} <= set(lib.article_ids())
    # orphaned workers noticed their parent was gone and left
    out = subprocess.run(["ps", "-eo", "pid,ppid,args"], capture_output=True, text=True).stdout
    assert str(ix) not in out


def _segment_readers(d: Path) -> list:
    """Whoosh's own readers of the (uncommitted) segments :func:`files` below wrote into ``d``."""
    from whoosh.reading import SegmentReader

    return [SegmentReader(ix.storage, ix.schema, seg) for name, seg in SEGMENTS[d]
            for ix in [windex.open_dir(str(d), indexname=name)]]


def _postings(d: Path) -> dict:
    """Every posting of the segments in ``d`` as Whoosh decodes it: (field, term) -> [(doc, weight, value)]."""
    out = {}
    for i, r in enumerate(_segment_readers(d)):
        for f, t in r.all_terms():
            m = r.postings(f, t)
            rows = []
            while m.is_active():
                rows.append((m.id(), m.weight(), m.value()))
                m.next()
            out[(i, f, t)] = rows
        r.close()
    return out


def _block_compressions(d: Path) -> set:
    """The compression level in the info of each posting block of the segments in ``d``."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    seen = set()
    for r in _segment_readers(d):
        for f, t in r.all_terms():
            m = r.postings(f, t)
            assert isinstance(m, W3LeafMatcher)
            while True:
                seen.add(m._compression)
                if m._lastblock:
                    break
                m._next_block()
        r.close()
    return seen


SEGMENTS: dict = {}


def test_fast_flush_and_format_patches_write_identical_segment_files(tmp_path, seed_texts, monkeypatch):
    """The bulk workers' faster flush and word_values give the same bytes as plain Whoosh.

    Byte for byte with every block compressed (``COMPRESS_MIN = 0``) by stdlib zlib at Whoosh's level
    (the fallback codec) and pickled with Whoosh's protocol 2; with zlib-ng, or with the defaults
    (short blocks stored uncompressed, blocks pickled with protocol 3), plain Whoosh's reader (stdlib
    zlib) gives the very same postings.
    """
    import zlib

    from whoosh import formats
    from whoosh.codec import whoosh3
    from whoosh.writing import SegmentWriter

    from briefing.index.engine import analysis, compression, fastwrite
    from briefing.index.documents import quote_engine, safe_extract
    from briefing.index.ingest import read_file, walk_corpus
    from briefing.index.engine.store import create_whoosh

    corpus = _corpus(tmp_path / "c", list(seed_texts.values()), n=150)
    extract, names, _ = quote_engine()
    data = []
    for f in walk_corpus(corpus):
        if not f.problem:
            arts, _ = read_file(f)
            data.append((f, arts, [safe_extract(extract, a) for a in arts]))
    analysis.apply_format_patches()
    patched = {c: c.__dict__["word_values"] for c in (formats.Characters, formats.Positions)}
    monkeypatch.setattr(compression, "STORED_RAW_MAX", 0)  # every stored record compressed, as Whoosh does

    def files(fast: bool, spill: bool = False, compress_min: int = 0, stdlib: bool = True,
              protocol: int = 2) -> dict[str, bytes]:
        d = tmp_path / ("fast" if fast else "plain") / ("spill" if spill else "mem") / str(compress_min)
        if not stdlib:
            d = d.with_name(d.name + "-zlib-ng")
        if protocol != 2:
            d = d.with_name(d.name + f"-p{protocol}")
        monkeypatch.setattr(fastwrite, "COMPRESS_MIN", compress_min)
        monkeypatch.setattr(fastwrite, "BLOCK_PROTOCOL", protocol)  # 2: blocks pickled as Whoosh pickles them
        with monkeypatch.context() as m:
            if stdlib:  # the codec's stdlib branch: what it uses when zlib-ng cannot be imported
                m.setattr(compression, "_compress", zlib.compress)
                m.setattr(compression, "LEVEL", 3)
            if not fast:  # plain Whoosh, with the zlib it imports
                m.setattr(whoosh3, "zlib", zlib)
            return write(d, fast, spill)

    def write(d: Path, fast: bool, spill: bool) -> dict[str, bytes]:
        create_whoosh(d, ARTICLES)
        create_whoosh(d, QUOTES)
        for c, wv in patched.items():
            setattr(c, "word_values", wv if fast else wv.__wrapped__)
        try:
            ws = [SegmentWriter(windex.open_dir(str(d), indexname=n), _lk=False, compound=False)
                  for n in (ARTICLES, QUOTES)]
            if fast:
                assert all(fastwrite.install(w) for w in ws)
            if spill:  # postings outgrow the memory limit: sorted runs on disk, merged by Whoosh's pool
                for w in ws:
                    w.pool.limit = 60_000
            for f, arts, qs in data:
                bulk._add_file(f, arts, qs, names, ws[0], ws[1], {}, extract)
            if spill:
                assert all(len(w.pool.runs) > 2 for w in ws)
            SEGMENTS[d] = [(n, w._finalize_segment()) for n, w in zip((ARTICLES, QUOTES), ws)]
        finally:
            for c, wv in patched.items():
                setattr(c, "word_values", wv)
        return {p.name.split("_", 1)[0] + "." + p.name.split(".", 1)[1]: p.read_bytes() for p in d.iterdir()
                if p.is_file() and p.name.startswith((f"{ARTICLES}_", f"{QUOTES}_"))}

    plain, fast, spilled = files(False), files(True), files(True, spill=True)
    assert len(plain) >= 10 and any(k.endswith(".pst") for k in plain)
    assert plain.keys() == fast.keys() == spilled.keys()
    for k in plain:
        assert plain[k] == fast[k], k
        assert plain[k] == spilled[k], k

    base, plain_dir = tmp_path / "fast" / "mem", tmp_path / "plain" / "mem" / "0"
    short = files(True, compress_min=256)
    assert short.keys() == plain.keys()
    assert any(short[k] != plain[k] for k in plain if k.endswith(".pst"))
    # zlib-ng (the installed codec): both flushes compress alike; only the postings, the term table
    # (which points into them) and the stored fields (compressed by zlib-ng too) differ from plain
    # Whoosh's files
    assert compression.fast() and compression.LEVEL == 1
    ng, ng_spilled = files(True, stdlib=False), files(True, spill=True, stdlib=False)
    ng_short = files(True, compress_min=256, stdlib=False)
    assert ng.keys() == ng_spilled.keys() == ng_short.keys() == plain.keys()
    assert all(ng[k] == ng_spilled[k] for k in ng)
    changed = {k for k in plain if ng[k] != plain[k]}
    assert {k.rsplit(".", 1)[1] for k in changed} == {"pst", "trm", "col"}, changed
    assert {k.split(".", 1)[1] for k in changed if k.endswith(".col")} == {"_stored.col"}, changed
    assert sum(len(v) for k, v in ng.items() if k.endswith(".pst")) > \
        sum(len(v) for k, v in plain.items() if k.endswith(".pst"))  # level 1: larger streams

    def stdlib_read(fn, d: Path):  # Whoosh's own reader with stdlib zlib, as plain Whoosh reads
        with monkeypatch.context() as m:
            m.setattr(whoosh3, "zlib", zlib)
            return fn(d)

    # the defaults: blocks pickled with protocol 3 (the values' bytes as they are): smaller postings
    p3, p3_spilled = files(True, compress_min=256, stdlib=False, protocol=3), files(True, spill=True, protocol=3)
    assert p3.keys() == p3_spilled.keys() == plain.keys()
    assert sum(len(v) for k, v in p3.items() if k.endswith(".pst")) < \
        sum(len(v) for k, v in ng_short.items() if k.endswith(".pst"))

    every = stdlib_read(_postings, plain_dir)
    assert len(every) > 1000 and sum(map(len, every.values())) > 20_000
    for d in (base / "256", base / "0-zlib-ng", base / "256-zlib-ng", tmp_path / "fast" / "spill" / "0-zlib-ng",
              base / "256-zlib-ng-p3", tmp_path / "fast" / "spill" / "0-p3"):
        assert stdlib_read(_postings, d) == every, d
        assert _postings(d) == every, d  # and with the faster decompressor Briefing's reads use
    assert _block_compressions(base / "256") == {0, 3}  # short blocks plain, long ones compressed
    assert _block_compressions(base / "256-zlib-ng") == {0, 1}
    assert _block_compressions(base / "0-zlib-ng") == {1}
    assert _block_compressions(plain_dir) == {3}


def test_fast_writer_helpers_match_whoosh():
    from whoosh.filedb.filetables import md5_hash

    from briefing.index.engine import fastwrite

    for key in (b"", b"\x00\x05body", "naïve 日本".encode(), bytes(range(256))):
        assert fastwrite._md5_hash(key) == md5_hash(key)
    assert fastwrite.tune_malloc() in (True, False)  # glibc: True; elsewhere a no-op


def test_bulk_build_from_a_threaded_process_uses_spawn(corpus, tmp_path, monkeypatch):
    """The app indexes from a thread: the workers are then spawned, never forked."""
    import multiprocessing
    import threading

    from briefing.index import indexer, reader_pool

    monkeypatch.setattr(indexer, "read_many", lambda *a, **kw: pytest.fail("fell back to the serial path"))
    contexts = []
    real_get_context = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda m=None: (contexts.append(m), real_get_context(m))[1])
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        assert not reader_pool.safe_to_fork()
        s = _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)
    finally:
        stop.set()
        t.join()
    assert "spawn" in contexts and "fork" not in contexts
    assert s.documents == DOCS
    assert read_manifest(tmp_path / "ix").files.keys() >= {"part1/dup.md", "part1/dup.txt"}


def test_bulk_build_reports_a_guessed_charset(tmp_path, seed_texts, monkeypatch):
    """As the serial build does (test_ingest_saved_pages): the file and the encoding guessed for it."""
    from html_pages_saved import windows_1252

    page = windows_1252().data.replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b"")
    assert b"charset" not in page
    root = tmp_path / "corpus"
    make_articles(root, 52, seed=5, texts=list(seed_texts.values()))
    (root / "legacy.html").write_bytes(page)
    calls = []
    real_build = bulk.build
    monkeypatch.setattr(bulk, "build", lambda *a, **k: calls.append(1) or real_build(*a, **k))
    s = _build(root, tmp_path / "ix", monkeypatch, bulk_on=True)
    assert calls  # the bulk path ran
    assert s.charset_guessed == {"legacy.html": "windows-1252"} and s.added == 53
