"""Saved searches and is: filters on a real index: counts, new since the last visit, the CLI."""

from __future__ import annotations

import json

import pytest

from briefing.index.annotations import AnnotationStore
from briefing.index.annotations.saved import SavedSearchStore
from briefing.index.cli import main
from briefing.index.errors import BriefingError, NotFoundError, QueryError
from briefing.index.library import open_library
from briefing.index.reading import split_is_terms
from briefing.index.saved import open_saved, save_search, saved_counts, whats_new

NEW_ARTICLE = ("Nvidia chips face a new audit in Shanghai\n\n"
               "Regulators in Shanghai opened an audit of Nvidia chips sold to cloud firms, officials said.\n")


@pytest.fixture
def corpus_lib(seeds_copy, tmp_path):
    lib = open_library(seeds_copy, tmp_path / "index")
    yield lib
    lib.close()


def test_split_is_terms():
    assert split_is_terms("H20 is:unread") == ("H20", [("unread", False)])
    assert split_is_terms("is:READ  chips NOT is:bookmarked") == ("chips", [("read", False), ("bookmarked", True)])
    assert split_is_terms('"is:read" chips') == ('"is:read" chips', [])  # a phrase is left alone
    assert split_is_terms("chips -is:starred") == ("chips", [("starred", True)])
    with pytest.raises(QueryError, match="is:unread, is:read"):
        split_is_terms("chips is:later")


def test_is_filters_follow_the_annotation_file(corpus_lib):
    every = {h.id for h in corpus_lib.search("Nvidia").hits}
    assert len(every) == 2
    assert {h.id for h in corpus_lib.search("Nvidia is:unread").hits} == every
    assert corpus_lib.search("is:read").total == 0
    store = AnnotationStore.open(corpus_lib.corpus)
    first = sorted(every)[0]
    store.mark_read(first)
    assert {h.id for h in corpus_lib.search("Nvidia is:unread").hits} == every - {first}
    assert [h.id for h in corpus_lib.search("Nvidia is:read").hits] == [first]
    assert {h.id for h in corpus_lib.search("Nvidia NOT is:read").hits} == every - {first}
    assert corpus_lib.search("is:bookmarked").total == 0
    store.toggle_bookmark(first)
    assert [h.id for h in corpus_lib.search("is:bookmarked is:read").hits] == [first]
    quotes = corpus_lib.quotes(article_id=first)
    assert corpus_lib.quotes(query="is:starred") == [] and corpus_lib.search("is:starred").total == 0
    store.toggle_star(quotes[0])
    assert [q.id for q in corpus_lib.quotes(query="is:starred")] == [quotes[0].id]
    assert [h.id for h in corpus_lib.search("is:starred").hits] == [first]
    assert {q.article_id for q in corpus_lib.quotes(query="is:read")} == {first}
    assert all(q.article_id != first for q in corpus_lib.quotes(query="is:unread"))


def test_saved_search_counts_new_articles_until_opened(corpus_lib, seeds_copy):
    store = SavedSearchStore.open(corpus_lib.corpus)
    save_search(corpus_lib, store, "chips", "Nvidia chips")
    save_search(corpus_lib, store, "unread", "is:unread")
    (c1, c2) = saved_counts(corpus_lib, store)
    assert (c1.name, c1.total, c1.new) == ("chips", 2, 0) and (c2.total, c2.new) == (2, 0)
    (seeds_copy / "audit.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    corpus_lib.update()
    c1, c2 = saved_counts(corpus_lib, store)
    assert (c1.total, c1.new) == (3, 1) and (c2.total, c2.new) == (3, 1)
    news = whats_new(corpus_lib, store)
    assert [h.id for h in news[0].hits] == ["audit"]
    open_saved(corpus_lib, store, "CHIPS")  # names are matched case-insensitively
    c1, c2 = saved_counts(corpus_lib, store)
    assert (c1.total, c1.new) == (3, 0) and c2.new == 1
    corpus_lib.update(rebuild=True)  # a rebuild keeps the searches and what was seen
    assert [(c.name, c.total, c.new) for c in saved_counts(corpus_lib, store)] == [("chips", 3, 0), ("unread", 3, 1)]


def test_whats_new_lists_newest_first(corpus_lib, seeds_copy):
    store = SavedSearchStore.open(corpus_lib.corpus)
    save_search(corpus_lib, store, "all", "")
    for name, date in (("old", "2020-01-02"), ("recent", "2026-01-02")):
        (seeds_copy / f"{name}.md").write_text(f"---\ntitle: {name} story\ndate: {date}\n---\n{name} text here.\n",
                                               encoding="utf-8")
    corpus_lib.update()
    (news,) = whats_new(corpus_lib, store)
    assert news.search.new == 2 and [h.id for h in news.hits] == ["recent", "old"]


def test_rename_remove_and_errors(corpus_lib):
    store = SavedSearchStore.open(corpus_lib.corpus)
    save_search(corpus_lib, store, "a", "H20")
    with pytest.raises(BriefingError, match="exists"):
        save_search(corpus_lib, store, "A", "chips")
    with pytest.raises(BriefingError, match="needs a name"):
        save_search(corpus_lib, store, "  ", "chips")
    with pytest.raises(QueryError):
        save_search(corpus_lib, store, "b", "chips is:nope")
    store.rename("a", "b")
    assert [s.name for s in SavedSearchStore.open(corpus_lib.corpus).searches] == ["b"]
    with pytest.raises(NotFoundError, match="saved: b"):
        store.get("a")
    store.remove("b")
    assert SavedSearchStore.open(corpus_lib.corpus).searches == []


def test_damaged_file_is_kept_aside(corpus_lib):
    store = SavedSearchStore.open(corpus_lib.corpus)
    store.path.write_text("{not json", encoding="utf-8")
    again = SavedSearchStore.open(corpus_lib.corpus)
    assert again.searches == [] and "damaged" in again.warning
    assert list(store.path.parent.glob("saved-searches.json.corrupt-*.bak"))


def test_cli_saved_commands(seeds_copy, tmp_path, capsys):
    base = ["--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "ix")]
    assert main([*base, "saved", "add", "H20", "H20 is:unread"]) == 0
    assert main([*base, "saved", "add", "H20", "chips"]) == 1
    assert "exists" in capsys.readouterr().err
    assert main([*base, "saved", "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["name"], row["query"], row["total"], row["new"]) == ("H20", "H20 is:unread", 2, 0)
    for args in (["list", "--json"], ["--json", "list"]):  # `saved list` is plain `saved`
        assert main([*base, "saved", *args]) == 0
        assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == [row]
    (seeds_copy / "audit.txt").write_text(NEW_ARTICLE.replace("Nvidia", "Nvidia H20"), encoding="utf-8")
    assert main([*base, "index", "-q"]) == 0
    assert main([*base, "saved"]) == 0
    out = capsys.readouterr().out
    assert "H20 is:unread" in out and "│     3 │   1 │" in out
    assert main([*base, "saved", "open", "h20", "--json"]) == 0
    (hit,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hit["id"] == "audit" and hit["speakers"] == ["officials"]  # as a search hit lists them
    assert main([*base, "saved", "rename", "H20", "chips"]) == 0
    assert main([*base, "saved", "remove", "nope"]) == 1
    assert "no saved search named 'nope'" in capsys.readouterr().err
    assert main([*base, "saved", "remove", "chips"]) == 0
    assert main([*base, "saved"]) == 0
    assert "No saved searches yet" in capsys.readouterr().out


def test_cli_search_and_quotes_filter_on_reading_state(seeds_copy, tmp_path, capsys):
    base = ["--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "ix")]
    assert main([*base, "search", "H20", "--json"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    AnnotationStore.open(seeds_copy).mark_read(ids[0])
    assert main([*base, "search", "H20 is:unread", "--json"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ids[1:]
    assert main([*base, "quotes", "--query", "is:read", "--json"]) == 0
    assert {json.loads(line)["article_id"] for line in capsys.readouterr().out.splitlines()} == {ids[0]}
    assert main([*base, "search", "H20 is:soon"]) == 1
    assert "unknown filter is:soon" in capsys.readouterr().err


def test_index_on_unchanged_corpus_reports_totals(seeds_copy, tmp_path, capsys):
    base = ["--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "ix")]
    assert main([*base, "index"]) == 0
    first = capsys.readouterr().out
    quotes = open_library(seeds_copy, tmp_path / "ix").quotes()
    assert f"{len(quotes)}" in first and f"{len(quotes)} quotes extracted" in " ".join(first.split())
    assert main([*base, "index"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Nothing changed" in out
    assert f"2 articles and {len(quotes)} quotes in the index" in out and "quotes 0" not in out


def test_matching_ids_after_an_article_changed(corpus_lib, seeds_copy):
    """An updated article (its old document deleted, a new one in another segment) is matched once."""
    path = sorted(seeds_copy.glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nA late paragraph on Qualcomm modems.\n", encoding="utf-8")
    corpus_lib.update()
    ids = corpus_lib.matching_ids("Nvidia")
    assert sorted(ids) == sorted(h.id for h in corpus_lib.search("Nvidia", limit=50).hits) and len(set(ids)) == 2
    assert corpus_lib.matching_ids("Qualcomm") == [path.stem]
    assert sorted(corpus_lib.matching_ids("")) == corpus_lib.article_ids()


def test_a_filter_only_search_has_no_score(corpus_lib, seeds_copy, tmp_path, capsys):
    """``is:unread`` alone lists articles newest first: no relevance score (not Whoosh's date sort key)."""
    listed = corpus_lib.search("is:unread")
    assert listed.total == 2 and [h.score for h in listed.hits] == [0.0, 0.0]
    assert [h.date for h in listed.hits] == sorted((h.date for h in listed.hits), key=lambda d: (d is not None, d),
                                                   reverse=True)
    assert all(h.score > 0 for h in corpus_lib.search("H20 is:unread").hits)  # words keep their scores
    assert main(["--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "index"), "search", "is:unread"]) == 0
    ranks = [line for line in capsys.readouterr().out.splitlines() if line.strip()[:2] in ("1.", "2.")]
    assert [line.split()[-1] for line in ranks] == [h.id for h in listed.hits]  # "  1. <id>", no score after it
