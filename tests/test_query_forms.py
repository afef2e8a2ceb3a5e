"""Every query form answered as plain Whoosh answers it: the library's search against
:mod:`whoosh_reference` (Whoosh's parser, searcher and highlighter on the same index).

A generated corpus (two files, then updated: several segments with deleted documents) holds
accents, apostrophes, hyphens, ``U.S.``, ``3.5%``, ``£20m``, CJK, case variants and dates with
ties; the queries are :data:`~query_form_cases.FIXED_FORMS` and random ones of every form
(:func:`~query_form_cases.query_forms`). ``python benchmarks/diff_queries.py CORPUS`` runs the same
comparison over a real corpus.
"""

from __future__ import annotations

import datetime as dt
import os
import random

import pytest
from hypothesis import given, settings, strategies as st

from briefing.index.engine.snippets import make_snippets, whoosh_snippets
from briefing.index.library import open_library
from corpus_factory import write_jsonl_parts
from query_form_cases import FIXED_FORMS, field_forms, query_forms
from whoosh_reference import compare, compare_listing

_VOCAB = ("music musical musicians Music MUSIC win wins winning economy economic Economy growth bank banks "
          "film films election elected vote the of and a don't people's state-of-the-art U.S. 3.5% £20m "
          "café cafe naïve Zürich 東京 straße año 2016 h20 O'Neill e-mail Blair Brown said").split()
_SOURCES = ["BBC News", "Reuters", "Le Monde", "Agence France-Presse"]
_AUTHORS = ["Jane Doe", "John Smith", None]


def _docs(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        paras = ["\n".join(" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(5, 40))) for _ in range(2))
                 for _ in range(rng.randint(1, 4))]
        doc = {"id": f"d{i:03d}", "title": " ".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, 5))),
               "body": "\n\n".join(paras), "source": rng.choice(_SOURCES)}
        if rng.random() < 0.8:  # dates with ties, some undated
            doc["date"] = f"2016-{rng.randint(1, 3):02d}-{rng.choice([1, 15]):02d}"
        if (author := rng.choice(_AUTHORS)) is not None:
            doc["author"] = author
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("forms")
    docs = _docs(60, seed=7)
    write_jsonl_parts(tmp / "corpus", docs, 2)
    lib = open_library(tmp / "corpus", tmp / "ix")
    changed = [dict(d, body=d["body"] + " music growth") for d in docs[:20]]  # a second segment, deletions
    write_jsonl_parts(tmp / "corpus", changed + docs[20:], 2)
    lib.update()
    yield lib
    lib.close()


@pytest.mark.parametrize("text", FIXED_FORMS)
def test_fixed_forms_match_whoosh(library, text):
    assert compare(library, text, page=5) == []


def test_random_forms_match_whoosh(library):
    rng = random.Random(3)
    s = library._s()
    words = sorted(s.schema["body"].from_bytes(b) for b in s.reader().lexicon("body"))
    queries = [q for _ in range(2) for q in query_forms(words, rng)]
    assert [d for q in queries for d in compare(library, q, page=5)] == []


def test_field_forms_on_hard_text_match_whoosh(tmp_path):
    """Every field and alias, NOT inside field groups, date words and ranges, ``?``, phrases with slop
    in groups, boosts on fields, numbers, other scripts, punctuation, backslashes, unicode quotes and
    dashes, over articles of hard text (:mod:`hard_text_corpus`) with a title, source, author and date."""
    from hard_text_corpus import make_hard_corpus

    make_hard_corpus(tmp_path / "corpus", 40, seed=3)
    lib = open_library(tmp_path / "corpus", tmp_path / "ix")
    try:
        s, rng = lib._s(), random.Random(5)
        lex = {n: sorted(s.schema[n].from_bytes(b) for b in s.reader().lexicon(n))
               for n in ("body", "title", "source", "author", "speakers")}
        queries = [q for _ in range(2) for q in field_forms(lex["body"], rng, lex)]
        assert [d for q in queries for d in compare(lib, q, page=5)] == []
    finally:
        lib.close()


@pytest.mark.parametrize("filters", [{"source": "le monde"}, {"date_from": dt.date(2016, 1, 15), "date_to": dt.date(2016, 2, 15)}])
@pytest.mark.parametrize("text", ['music OR "economy growth"', "mus*", "(film OR h20) -win"])
def test_filtered_searches_match_whoosh(library, text, filters):
    """``--source``, ``--since``, ``--until``: Whoosh's ``filter=`` on the same query."""
    assert compare(library, text, page=5, **filters) == []


@pytest.mark.parametrize("filters", [{}, {"source": "reuters"}, {"author": None}])
def test_listings_match_whoosh_newest_first(library, filters):
    filters = {k: v for k, v in filters.items() if v is not None}
    assert compare_listing(library, page=7, **filters) == []


def test_pinned_whoosh_split_union_drops_zero_scores(library):
    """WHOOSH_SPLIT_UNION_DROPS_ZERO_SCORES: plain Whoosh loses the articles only ``music^0`` finds
    (its ArrayUnionMatcher, on this small index); Briefing keeps them, as Whoosh's UnionMatcher does."""
    text = "musicians OR music^0"
    s = library._s()
    plain = len(s.search(library._parser("article").parse(text), limit=None))
    total = library.search(text).total
    assert total > plain and total == library.search("musicians OR music").total
    assert compare(library, text) == []


def test_a_fragment_counts_a_word_once_whatever_its_case(tmp_path):
    """Whoosh's fragment scorer counts indexed words: "Music … music" is one word twice (200) and
    loses to the two runs of three matches further on (300 each). Counted by written form it won (400)."""
    filler = " ".join(["filler"] * 40)
    body = f"Music and music here. {filler} music music music there. {filler} music music music again. {filler}"
    write_jsonl_parts(tmp_path / "corpus", [{"id": "a", "title": "t", "body": body}], 2)
    with open_library(tmp_path / "corpus", tmp_path / "ix") as lib:
        assert compare(lib, "music") == []
        snips = lib.search("music").hits[0].snippets
        assert [len(s.highlights) for s in snips] == [3, 3] and snips[0].start > 0


def test_a_hit_highlights_only_the_branches_it_matched(tmp_path):
    """``"remote shutdown" OR chips``: a hit found by ``chips`` alone does not highlight ``remote``
    and ``shutdown`` where they are not the phrase; ``chips NOT (remote AND x)`` never a negated word."""
    body = "The remote control. Chips are made here. A shutdown followed."
    write_jsonl_parts(tmp_path / "corpus", [{"id": "a", "title": "t", "body": body},
                                            {"id": "b", "title": "t", "body": "A remote shutdown of chips."}], 2)
    with open_library(tmp_path / "corpus", tmp_path / "ix") as lib:
        for text in ('"remote shutdown" OR chips', "(remote AND chips AND nothing) OR chips", "chips ANDMAYBE \"remote shutdown\""):
            assert compare(lib, text) == [], text
            hit = next(h for h in lib.search(text).hits if h.id.endswith("a"))
            assert [body[h.start:h.end] for s in hit.snippets for h in s.highlights] == ["Chips"], text


@settings(max_examples=120, deadline=None)
@given(words=st.lists(st.sampled_from(["Chip", "chip", "CHIPS", "rule", "x" * 30, "the"]), min_size=1, max_size=200),
       picks=st.lists(st.integers(0, 10_000), max_size=40))
def test_fragments_keyed_by_indexed_word_match_whoosh(words, picks):
    """Positions carrying their indexed word (``chip`` for ``Chip`` and ``CHIPS``) score as Whoosh's highlighter scores them."""
    text = " ".join(words)
    spans, at = [], 0
    for w in words:
        spans.append((at, at + len(w), w.lower().rstrip("s")))
        at += len(w) + 1
    positions = [spans[p % len(spans)] for p in picks]
    assert make_snippets(text, positions) == whoosh_snippets(text, positions)
    assert make_snippets(text, positions, 3) == whoosh_snippets(text, positions, 3)


_WORD = st.sampled_from([w for w in _VOCAB if w.isalpha() and w.isascii()])
_ATOM = st.one_of(
    _WORD, _WORD.map(str.lower),
    st.tuples(_WORD, _WORD).map(lambda t: f'"{t[0]} {t[1]}"'),
    st.tuples(_WORD, _WORD, st.sampled_from(["~2", "~3"])).map(lambda t: f'"{t[0]} {t[1]}"{t[2]}'),
    _WORD.filter(lambda w: len(w) >= 4).map(lambda w: w[:3] + "*"),
    _WORD.filter(lambda w: len(w) >= 4).map(lambda w: w[0] + "?" + w[2:]),
    _WORD.filter(lambda w: len(w) >= 5).map(lambda w: w[:-1] + "~"),
    st.tuples(st.sampled_from(["title:", "body:"]), _WORD).map("".join),
    st.sampled_from(["[a TO e]", "body:{m TO p]", "date:2016-02", "source:reuters", "the", "don't", "U.S.", "3.5%"]),
    st.tuples(_WORD, st.sampled_from(["^0", "^2"])).map("".join),
)
_QUERY = st.recursive(_ATOM, lambda inner: st.one_of(
    st.tuples(inner, st.sampled_from([" ", " AND ", " OR ", " NOT ", " ANDNOT ", " ANDMAYBE ", " -", " +"]), inner).map(
        lambda t: f"({t[0]}{t[1]}{t[2]})"),
    inner.map(lambda q: f"NOT {q}"),
), max_leaves=5)


@settings(max_examples=int(os.environ.get("BRIEFING_FORMS_EXAMPLES", "40")), deadline=None)
@given(text=_QUERY)
def test_any_query_tree_matches_whoosh(library, text):
    """Hits, order, scores, totals, pages and every snippet's highlights of random query trees."""
    assert compare(library, text, page=5) == []


def test_a_phrase_highlights_its_words_only_where_it_is(tmp_path):
    """``"gordon brown" budget`` marks Gordon Brown and the budget, never a lone Brown or Gordon (plain
    Whoosh marks every one: WHOOSH_HIGHLIGHTS_PHRASE_WORDS_ANYWHERE); ``~2`` allows one word between;
    the same word asked for alone is marked everywhere."""
    from whoosh_reference import WHOOSH_HIGHLIGHTS_PHRASE_WORDS_ANYWHERE

    body = ("Gordon Brown set the budget. Mr Brown smiled; brown paper bags. Gordon left. "
            "Later Gordon R. Brown spoke and the budget passed.")
    write_jsonl_parts(tmp_path / "corpus", [{"id": "a", "title": "t", "body": body}], 2)
    with open_library(tmp_path / "corpus", tmp_path / "ix") as lib:
        def marked(text: str) -> list[str]:
            hit = lib.search(text).hits[0]
            return [body[h.start:h.end] for s in hit.snippets for h in s.highlights]

        assert marked('"gordon brown" budget') == ["Gordon", "Brown", "budget", "budget"]
        assert marked('"gordon brown"~2 budget') == ["Gordon", "Brown", "budget", "Gordon", "Brown", "budget"]
        assert marked('"gordon brown" brown').count("Brown") == 3
        pinned: dict = {}
        for text in ('"gordon brown" budget', '"gordon brown"~2 budget', '"gordon brown" brown', '"brown gordon"~3'):
            assert compare(lib, text, pinned=pinned) == [], text
        assert pinned.get(WHOOSH_HIGHLIGHTS_PHRASE_WORDS_ANYWHERE)


def test_pinned_whoosh_andmaybe_drops_b_after_a_skip(library):
    """Inside an AND, Whoosh's ANDMAYBE matcher skips its optional side to the AND's target, not to where its
    required side lands, so plain Whoosh leaves out ``music``'s score on some hits that hold both; Briefing
    adds it wherever both match (the reference writes the query as (a AND b) OR (a AND NOT b))."""
    from whoosh_reference import reference_query
    from test_differential import WHOOSH_ANDMAYBE_DROPS_B_AFTER_A_SKIP

    from briefing.index.search import make_parser

    text = "music (musicians ANDMAYBE music)"
    s = library._s()
    plain = {h["id"]: h.score for h in s.search(reference_query(make_parser(s.schema), text), limit=None)}
    ours = {h.id: h.score for h in library.search(text, limit=len(plain)).hits}
    assert set(ours) == set(plain)
    low = [d for d in plain if plain[d] < ours[d] - 1e-3]
    assert low, WHOOSH_ANDMAYBE_DROPS_B_AFTER_A_SKIP  # the difference the reference writes out
    assert compare(library, text, page=5) == []
