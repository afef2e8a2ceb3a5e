"""Queries of the grammar fuzzer (``benchmarks/fuzz_queries.py``, :mod:`query_grammar`) answered as
plain Whoosh answers them (:mod:`whoosh_reference`): the total, the hits in order, scores, snippets and
highlights, and a clear refusal where Whoosh cannot parse or run a query; ``briefing search --json``
gives the library's hits or one clear error line.

The corpus is hard text (:mod:`hard_text_corpus`: every script, emoji, ``O'Neill``, ``H20``,
``COVID-19``; a title, source, author and date on each article), indexed, then edited and pruned
(segments holding deleted documents). ``CASES`` are the queries the fuzzer found answered
differently, with what differed; a seeded short run of the fuzzer follows.
"""

from __future__ import annotations

import random

import pytest

from briefing.index.annotations.saved import SavedSearchStore
from briefing.index.highlight import highlight_spans
from briefing.index.errors import QueryError
from briefing.index.library import open_library
from briefing.index.saved import save_search, saved_counts
from hard_text_corpus import edit_and_prune, make_hard_corpus
from query_grammar import QueryGrammar, Vocabulary
from whoosh_reference import (compare, compare_matching_ids, compare_quotes, compare_reader_highlights,
                              compare_search_json)

CASES = [
    # only marks: matching_ids (a saved search's count) listed every article
    "!!!", "(", '"', "“”", ")(", "-- ++",
    # word ranges and fuzzy slips: the snippets highlight their words, the reader highlighted none
    "[a TO c]", "{TO d]", "{m TO}", "[mi TO mo] talks", "title:[a TO m] OR [s TO t}", "NOT [a TO b] minister",
    "ministr~", "Liu~", "talks~2 OR chips~", "minister~1/2", "minsiter~", "(tlaks~ market) OR [x TO z]",
    # a date with a trailing separator (typed on the way to a day): Whoosh reads the date, Briefing refused it
    "date:2016-10-", "date:2016-", "date:2016.", "date:>=2016-10-", 'date:<=2016-02-"11 OR talks', "date:(2015- OR 2016-03-)",
    "date:[2015- to 2016-10-]", "date:2016-10-^2 minister",
    # a wildcard over a field's every word: hits whose scores differ in the last digits, ordered apart
    "source:?*?", "-outlet:?*?", "author:*?",
    # two operators in a row, which Whoosh's parser fails on: the refusal said "list index out of range" or nothing
    "NOT OR talks", "talks NOT AND chips", "talks ANDNOT ANDNOT chips", "REQUIRE ANDMAYBE talks", "NOT NOT talks",
    "(minister NOT OR (talks", "talks ANDMAYBE REQUIRE chips",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    corpus = tmp / "corpus"
    paths = make_hard_corpus(corpus, 50, seed=21)
    lib = open_library(corpus, tmp / "ix")
    edit_and_prune(paths, random.Random(5), 10, 3, "The minister's e-mail on COVID-19 talks was read.")
    lib.update()
    yield lib
    lib.close()


def test_grammar_is_seeded_and_draws_every_kind_of_word(library):
    """The same seed gives the same queries; the corpus's words of every kind are drawn."""
    def queries(seed: int) -> list[str]:
        rng = random.Random(seed)
        grammar = QueryGrammar(Vocabulary(library._s(), rng), rng)
        return [grammar.query() for _ in range(300)]

    a, b = queries(3), queries(3)
    assert a == b != queries(4)
    vocab = Vocabulary(library._s(), random.Random(0))
    for kind in ("common", "rare", "accented", "hyphenated", "apostrophe", "numeric", "cjk", "script"):
        assert vocab.counts[kind] > 0, kind
    text = "\n".join(a)
    for form in (" OR ", " AND ", " ANDNOT ", " ANDMAYBE ", "NOT ", "(", '"', "*", "~", "^", "date:", "title:",
                 "source:", "author:", "speaker:", "[", " TO "):
        assert form in text, form


def test_grammar_types_what_users_type(library):
    """Every indexed field, field groups, open date ranges, double negation, empty groups, stray marks,
    mixed-case operators, full-width and decomposed words and queries near 1,000 characters are drawn."""
    import unicodedata

    rng = random.Random(7)
    grammar = QueryGrammar(Vocabulary(library._s(), rng), rng)
    typed = [grammar.typed(1) for _ in range(3000)]
    text = "\n".join(typed)
    for form in ("path:", "id:", "title:(", "author:(", "source:(", "date:[", " TO]", "date:>", "date:<=", "^0",
                 "NOT NOT ", "- -", "-(-", "()", "(())", "::", " Or ", " aNd ", "nOT ", "~100"):
        assert form in text, form
    assert any(any(0xFF01 <= ord(c) <= 0xFF5E for c in q) for q in typed)  # full-width letters
    words = [grammar.variant(w) for w in ["café", "Zürich", "naïve"] * 60]
    assert any(w != unicodedata.normalize("NFC", w) for w in words)  # accents decomposed
    long = [grammar.long_query() for _ in range(20)]
    assert max(map(len, long)) > 900 and all(len(q) <= 1000 for q in long)


@pytest.mark.parametrize("text", CASES)
def test_fuzzer_cases_match_whoosh(library, text):
    assert compare(library, text, page=5) == []
    assert compare_matching_ids(library, text) == []
    assert compare_reader_highlights(library, text) == []
    assert compare_quotes(library, text) in (None, [])
    assert compare_search_json(library, text) == []


NOTHING = ["!!!", "(", '"', "“”", "‘’ «", ")(", "£", "--"]
"""Queries with no letter or digit: the search finds nothing and says why; ``matching_ids`` (a saved
search's count) listed every article for them."""


@pytest.mark.parametrize("text", NOTHING)
def test_matching_ids_of_nothing_to_search_is_empty(library, text):
    assert library.search(text).total == 0
    assert library.matching_ids(text) == [] and compare_matching_ids(library, text) == []


def test_saved_search_of_only_marks_counts_nothing(library):
    store = SavedSearchStore.open(library.corpus)
    save_search(library, store, "marks", "!!!")
    save_search(library, store, "bracket", "(")
    save_search(library, store, "minister", "minister")
    counts = {c.name: c.total for c in saved_counts(library, store)}
    assert counts["marks"] == counts["bracket"] == 0
    assert counts["minister"] == library.search("minister").total > 0


TEXT = "Cattle grazed by the river while Luis Liu counted the immigration papers for Zara."


def _marked(query: str) -> list[str]:
    return [TEXT[s.start:s.end] for s in highlight_spans(TEXT, query)]


@pytest.mark.parametrize("query, marked", [
    ("[ca TO cb]", ["Cattle"]), ("{cattl TO d}", ["counted"]), ("[cattl TO d}", ["Cattle", "counted"]),
    ("{TO cattl]", ["Cattle", "by"]), ("{z TO}", ["Zara"]), ("[zara TO zara]", ["Zara"]), ("{zara TO zara}", []),
    ("title:[gr TO gs]", ["grazed"]),
    ("Liu~", ["Luis", "Liu"]), ("Liu~0", ["Liu"]), ("immigraton~", ["immigration"]), ("grazd~", ["grazed"]),
    ("NOT [a TO z]", []), ("source:[a TO z]", []),
])
def test_reader_highlights_ranges_and_fuzzy_slips(query, marked):
    """The reader marks a word range's words and a fuzzy word's one-edit slips, as the search finds
    and its snippets highlight them (it marked neither)."""
    assert _marked(query) == marked


@pytest.mark.parametrize("text, pair", [("NOT OR talks", "NOT OR"), ("talks ANDNOT ANDNOT chips", "ANDNOT ANDNOT"),
                                        ("a NOT NOT b", "NOT NOT")])
def test_two_operators_in_a_row_are_named(library, text, pair):
    with pytest.raises(QueryError, match=f"two operators in a row \\({pair}\\): put a word between them"):
        library.search(text)
    with pytest.raises(QueryError, match="two operators in a row"):
        library.quotes(query=text)


def test_seeded_fuzz_run_matches_whoosh(library):
    """A short seeded run of the fuzzer: every query answered as plain Whoosh answers it."""
    rng = random.Random(17)
    grammar = QueryGrammar(Vocabulary(library._s(), rng), rng)
    diffs = []
    for i in range(30):
        text = grammar.query()
        diffs += compare(library, text, page=5) + compare_matching_ids(library, text)
        diffs += compare_reader_highlights(library, text)
        if i % 4 == 0:
            diffs += compare_search_json(library, text)
    assert diffs == []


def test_a_near_tie_of_three_hits_is_no_difference():
    """Scores that differ in the last digits (``source:?*?``: a sum added in another order) may order three
    hits differently; hits whose scores are equal on both sides still come in Whoosh's order."""
    from whoosh_reference import _ties_only

    whoosh = [("top", 2.0), ("c", 0.9000000000000001), ("a", 0.9), ("b", 0.9)]
    assert _ties_only([("top", 2.0), ("a", 0.9), ("b", 0.9), ("c", 0.9)], whoosh)
    assert not _ties_only([("top", 2.0), ("b", 0.9), ("a", 0.9)], [("top", 2.0), ("a", 0.9), ("b", 0.9)])
    assert not _ties_only([("top", 2.0), ("a", 0.9), ("b", 0.9), ("c", 0.5)], whoosh)


def test_reader_reads_the_query_without_its_speaker_filter(library):
    """``NOT speaker:x`` searches the word "not" (the filter taken out, a lone NOT is a word, as Whoosh
    reads it) and its snippets mark it; the reader marked nothing."""
    text = "It was not the minister who spoke, said Ms Pryce."
    marked = lambda q: [text[s.start:s.end] for s in highlight_spans(text, q)]  # noqa: E731
    assert marked("NOT speaker:Pryce") == ["not"]
    assert marked("minister -speaker:Pryce") == marked("minister speaker:Pryce") == ["minister"]
    speaker = library.speakers()[0].name
    for query in (f"NOT speaker:{speaker.split()[-1]}", f"minister OR speaker:{speaker.split()[-1]}"):
        assert compare_reader_highlights(library, query) == []
