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


def test_catch_up_in_another_process(tmp_path, seeds_copy, monkeypatch):
    """Large indexes catch up in a spawned process; the caller's searchers see the result."""
    from briefing.index import background

    lib = open_library(seeds_copy, tmp_path / "ix")
    assert lib.search("plant").total == 0
    (seeds_copy / "later.txt").write_text('Later headline\n\n"We will build the plant," said Jane Doe.\n')
    monkeypatch.setattr(background, "SUBPROCESS_MIN_BYTES", 0)  # the seeds' manifest counts as large
    summary, speakers = lib.catch_up()
    assert summary.added == 1 and lib.last_summary is summary
    assert any(s.name == "Jane Doe" for s in speakers) and any(s.name == "Donald Trump" for s in speakers)
    assert lib.search("plant").total == 1  # refreshed
    summary, _ = lib.catch_up()
    assert summary.added == summary.updated == summary.removed == 0
