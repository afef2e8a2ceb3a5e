"""A long-lived Library (the app's) picks up what later updates commit."""

from __future__ import annotations

from briefing.index.library import open_library


def test_quote_searcher_refreshes_after_an_index_without_quotes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Plain headline\n\nNothing anyone said here.\n")
    lib = open_library(corpus, tmp_path / "ix")
    assert lib.quotes() == []  # the quote searcher is open on an index with no segments
    (corpus / "b.txt").write_text('Second headline\n\n"We will build the plant," said Jane Doe, the mayor.\n')
    summary = lib.update()
    assert summary.added == 1
    quotes = lib.quotes()
    assert [q.speaker for q in quotes] == ["Jane Doe"]
    assert lib.search("plant").total == 1
