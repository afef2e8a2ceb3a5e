"""Whoosh 3 term files read with fewer seeks give Whoosh's own answers: term infos, the words of a
prefix (across several reads of the file), the position of the first key at or after a key."""

from __future__ import annotations

import pytest

from briefing.index.engine import fastsearch, termfile
from briefing.index.library import open_library

from test_phrase_values import lib  # noqa: F401 (the module's generated library)


def _same(a, b) -> bool:
    return a is b is None or (a is not None and b is not None and
                              (a._df, a._weight, a._offset, a._length, a._inlined, a._minid, a._maxid) ==
                              (b._df, b._weight, b._offset, b._length, b._inlined, b._minid, b._maxid))


def test_term_infos_are_whoosh_term_infos(lib):  # noqa: F811
    s = lib._s()
    checked = 0
    for seg in fastsearch._context(s).segments:
        for field in ("body", "title", "path", "nosuchfield"):
            words = list(seg.reader.lexicon(field)) if field in seg.terms._fieldmap else []
            for btext in words + [b"zzzznotthere", b"", b"a", words[0][:-1] if words else b"q"]:
                try:
                    want = seg.terms.term_info(field, btext)
                except Exception:
                    want = None
                assert _same(termfile.term_info(seg.terms, field, btext), want), (field, btext)
                checked += 1
    assert checked > 40


def test_closest_key_positions_are_whoosh_positions(lib):  # noqa: F811
    s = lib._s()
    for seg in fastsearch._context(s).segments:
        table = seg.terms._tindex
        keys = list(table.keys())
        probes = keys + [k + b"\x00" for k in keys[::7]] + [k[:-1] for k in keys[::5] if k] + [b"", b"\xff\xff\xff"]
        for key in probes:
            assert termfile.closest_key_pos(table, key) == table.closest_key_pos(key), key


@pytest.mark.parametrize("prefix", [b"", b"l", b"lor", b"quant", b"ledger", b"zzz", b"a", b"headlin"])
def test_prefix_words_read_in_pieces_are_whoosh_words(lib, prefix):
    s = lib._s()
    for seg in fastsearch._context(s).segments:
        for field in ("body", "title", "nosuchfield"):
            got = [(b, ti._df, ti._offset, ti._inlined) for b, ti in seg.prefix_terms(field, prefix, 5000)]
            want = []
            for (f, b), ti in seg.terms.items_from(field, prefix):
                if f != field or not b.startswith(prefix):
                    break
                want.append((b, ti._df, ti._offset, ti._inlined))
            assert got == want, (field, prefix)
    assert len(fastsearch._context(s).segments[0].prefix_terms("body", b"", 3)) == 4  # at most limit + 1


def test_prefix_words_spanning_many_reads(tmp_path):
    """A prefix whose records are longer than the first piece read (4 KB): read on in larger pieces."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    words = " ".join(f"prefixword{i:04d}" for i in range(900))
    (corpus / "a.txt").write_text(f"Title\n\n{words}\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        seg = fastsearch._context(lib._s()).segments[0]
        got = [b for b, _ in seg.prefix_terms("body", b"prefixword", 5000)]
        assert got == [f"prefixword{i:04d}".encode() for i in range(900)]
        assert len(seg.prefix_terms("body", b"prefixword", 100)) == 101
    finally:
        lib.close()


def test_direct_reads_are_whoosh_reads(lib):  # noqa: F811
    """Reads under Whoosh's file wrappers give its bytes: inside, across and past the end of a file."""
    s = lib._s()
    for seg in fastsearch._context(s).segments:
        for dbfile in (seg.terms._tindex.dbfile, seg.postfile):
            get = termfile.direct_get(dbfile)
            assert get is not dbfile.get  # (the segment's files are parts of one compound file)
            size = dbfile.file._length
            for pos in (0, 1, 7, size // 2, size - 5, size - 1, size, size + 9):
                for n in (0, 1, 4, 64, 5000):
                    assert get(pos, n) == dbfile.get(pos, n), (pos, n)
