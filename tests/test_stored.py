"""Stored fields of a page of hits, read from the segments' stored columns, are Whoosh's stored fields."""

from __future__ import annotations

from briefing.index.engine import stored
from briefing.index.library import open_library


def test_stored_fields_are_whooshs_across_segments_and_deletions(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"a{i}.txt").write_text(f"Headline {i}\n\nBody number {i} about the ledger.\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        (corpus / "a2.txt").write_text("Headline two, rewritten\n\nA new body.\n", encoding="utf-8")  # a deletion
        (corpus / "a4.txt").unlink()
        (corpus / "b0.txt").write_text("Another\n\nA later segment.\n", encoding="utf-8")
        lib.update()
        lib.refresh()
        s = lib._s()
        assert len(s.leaf_searchers()) > 1 and s.reader().has_deletions()
        lay = stored._layout(s)
        assert lay.getters and all(g.__qualname__.startswith("_column_getter") for g in lay.getters)  # the direct path
        docs = list(range(s.doc_count_all()))
        got = stored.stored_fields(s, docs[::-1])
        assert got == [s.stored_fields(d) for d in docs[::-1]]
        assert {f["path"] for f in got} >= {"a0.txt", "a2.txt", "b0.txt"}
    finally:
        lib.close()
