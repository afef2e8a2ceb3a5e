"""A bulk worker with no part left reads chunks of another worker's part; the index is the serial one."""

from __future__ import annotations

import errno
import os
import threading

import pytest
from whoosh import index as windex

from briefing.index import bulk, indexer, reader_pool
from briefing.index.bulk_claims import CHUNK, Claims
from briefing.index.engine.schema import ARTICLES, QUOTES
from briefing.index.engine.store import read_manifest
from briefing.index.errors import IndexWriteError
from briefing.index.library import Library
from test_bulk_build import DOCS, _build, _corpus, _dump, _results


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The generated corpus, made once: the tests only read it."""
    from briefing.index.config import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    return _corpus(tmp_path_factory.mktemp("helping") / "corpus", texts)


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    """``corpus`` built once on the serial path (its folder and summary): what each helped build must equal."""
    index_dir = tmp_path_factory.mktemp("helping-serial") / "serial"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("BRIEFING_MAX_BYTES", raising=False)  # as in each test (conftest's isolated_env)
        summary = _build(corpus, index_dir, mp, bulk_on=False)
    return index_dir, summary


def _lopsided(monkeypatch) -> list:
    """Two parts: every file up to ``part3/dup.txt``, then the few files after it (the bad ones).

    The worker with the small part is done at once and helps with the large one from its end, where
    ``part3/dup.md`` and ``part3/dup.txt`` (one article id: the later file's is renamed) lie.
    """
    built: list = []
    real_build = bulk.build

    def build(ix, qix, index_dir, founds, sizes, *a, **kw):
        k = next(i for i, f in enumerate(founds) if f.rel == "part3/dup.txt") + 1
        monkeypatch.setattr(bulk, "parts", lambda sizes, n: [(0, k), (k, len(sizes))])
        built.append(real_build(ix, qix, index_dir, founds, sizes, *a, **kw))
        return built[-1]

    monkeypatch.setattr(bulk, "build", build)
    return built


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_helped_build_equals_serial(corpus, serial, tmp_path, monkeypatch, start):
    monkeypatch.setattr(indexer, "read_many", lambda *a, **kw: pytest.fail("fell back to the serial path"))
    built = _lopsided(monkeypatch)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)  # a second thread: workers are spawned
    if start == "spawn":
        t.start()
    try:
        assert reader_pool.safe_to_fork() == (start == "fork")
        b = _build(corpus, tmp_path / "bulk", monkeypatch, bulk_on=True)
    finally:
        stop.set()
    results = built[0]
    helped = [r for r in results if r.helped]
    assert helped, "no file was read by a helper"
    assert len(helped) % CHUNK == 0  # whole chunks
    assert {r.part for r in helped} == {0}  # only the large part had files left to claim
    by_rel = {r.rel: r for r in results}
    assert by_rel["part3/dup.txt"].helped and by_rel["part3/dup.txt"].ids == ["part3/dup.txt"]
    assert by_rel["part3/dup.md"].ids == ["part3/dup"]
    assert not list((tmp_path / "bulk").glob("*_bulk*"))  # no chunk or result file left behind

    monkeypatch.undo()
    serial_dir, s = serial
    assert (b.documents, b.quotes, b.html_fallback) == (s.documents, s.quotes, s.html_fallback)
    assert [(k.path, k.reason) for k in b.skipped] == [(k.path, k.reason) for k in s.skipped]
    assert read_manifest(tmp_path / "bulk").files == read_manifest(serial_dir).files
    assert _dump(tmp_path / "bulk") == _dump(serial_dir)
    assert _results(corpus, tmp_path / "bulk") == _results(corpus, serial_dir)


def test_a_helper_write_error_commits_nothing(corpus, tmp_path, monkeypatch):
    _lopsided(monkeypatch)

    def full(path, end, files):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bulk, "write_chunk", full)  # the forked helper fails to publish its first chunk
    with pytest.raises(IndexWriteError, match="disk is full"):
        _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)
    for name in (ARTICLES, QUOTES):
        ix = windex.open_dir(str(tmp_path / "ix"), indexname=name)
        assert ix.doc_count_all() == 0
        ix.close()
    assert not (tmp_path / "ix" / "manifest.json").exists() or not read_manifest(tmp_path / "ix").files
    assert not list((tmp_path / "ix").glob("*_bulk*"))


def test_a_helper_that_dies_with_a_claimed_chunk_falls_back_to_serial(corpus, tmp_path, monkeypatch):
    """The owner waits for the dead helper's chunk: the parent stops it and builds serially."""
    real_read_many = indexer.read_many
    serial: list = []
    monkeypatch.setattr(indexer, "read_many", lambda *a, **kw: (serial.append(1), real_read_many(*a, **kw))[1])
    _lopsided(monkeypatch)
    marker = tmp_path / "claimed"

    def dying(wid, founds, claims, *args):
        if claims.claim(wid) is not None:
            marker.write_text(str(wid))
            os._exit(9)
        return 0

    monkeypatch.setattr(bulk, "_help", dying)
    s = _build(corpus, tmp_path / "ix", monkeypatch, bulk_on=True)
    assert marker.exists(), "no chunk was claimed"
    assert serial, "the serial path did not take over"
    assert s.documents == DOCS
    with Library(corpus, tmp_path / "ix") as lib:
        assert lib.document_count() == DOCS
    assert not list((tmp_path / "ix").glob("*_bulk*"))


class _Ctx:
    """Stands in for a multiprocessing context in one process (the claims' arithmetic only)."""

    def Lock(self):  # noqa: N802 - the context's method name
        return threading.Lock()

    def Array(self, code, n, lock=False):  # noqa: N802
        return [0] * n


def test_claims_leave_the_owner_a_margin_and_never_overlap():
    from briefing.index import bulk_claims

    claims = Claims(_Ctx(), [(0, 100), (100, 110)], chunk=10)
    assert claims.take_part(0) == 0
    assert claims.claim(1) is None  # part 1 is still free: worker 1 takes it rather than help
    assert claims.take_part(1) == 1 and claims.take_part(0) is None
    assert all(claims.own(1, i) for i in range(100, 110))
    assert [claims.own(0, i) for i in range(0, 5)] == [True] * 5
    got = []
    while (c := claims.claim(1)) is not None:
        got.append(c)
    # chunks from the end down, each leaving MARGIN chunks unclaimed after the owner's front (5)
    assert got == [(0, 90, 100), (0, 80, 90), (0, 70, 80), (0, 60, 70), (0, 50, 60), (0, 40, 50), (0, 30, 40)]
    assert got[-1][1] - 5 >= bulk_claims.MARGIN * 10
    assert claims.claim(0) is None  # nothing of its own part to help with
    assert all(claims.own(0, i) for i in range(5, 30)) and not claims.own(0, 30)
