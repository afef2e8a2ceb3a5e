"""The query families of :mod:`query_grammar_wide` answered as plain Whoosh answers them
(:func:`whoosh_reference.compare`, a saved search's ids, the reader's highlights) and through
``briefing search --json``, on a hard-text corpus updated into several segments with deleted articles:
many fields at once with group boosts, operators nested in field groups, wildcards in phrases, ``*``,
``OR`` lists of 200 words, numbers and abbreviations, folding, pasted text, spaces around a colon."""

from __future__ import annotations

import os
import random

import pytest

from hard_text_corpus import segmented_library
from query_grammar import Vocabulary
from query_grammar_wide import FOLDED, TOKENS, WideGrammar, fold
from whoosh_reference import compare, compare_matching_ids, compare_reader_highlights, compare_search_json

CASES = [
    # many fields at once, boosts on groups
    "title:minister body:talks source:reuters author:doe date:2016", "(title:minister body:talks)^3 OR chips^2",
    "title:(minister OR talks)^2 headline:chips outlet:reuters byline:doe", "(title:x OR body:y OR source:z)^0",
    # operators nested in field groups
    "title:(minister ANDNOT (talks OR chips))", "body:(minister ANDMAYBE (talks REQUIRE chips))",
    "author:(NOT doe)", "title:(minister REQUIRE NOT talks)", "-body:((minister ANDNOT talks) OR chips)^2",
    "minister REQUIRE title:(talks ANDMAYBE chips)", "source:(NOT NOT reuters)", "body:(minister AND NOT talks)",
    # wildcards in phrases, * alone
    '"mini* talks"', '"te?t chips"~2', '"*"', '"* minister"', 'title:"chi*"', "*", "* AND minister", "NOT *",
    "title:*", "*^2", "(*)", "* *", "-*", "minister OR *", "*:*", "date:*", "minister ANDNOT *",
    # numbers, abbreviations, hyphens, apostrophes
    "U.S.", "u.s. talks", "don't", "don’t stop", "COVID-19", "covid19", "COVID‑19", "COVID–19", "5G", "£1.2bn",
    '"£1.2bn deal"', "AT&T", "C++", "C#", ".NET", "Covid-19's", "COVID-*", "don'*", "U.S.~", "[1990s TO 2000s]",
    # folding
    "cafe", "CAFÉ", "cafe\u0301", "Zurich", "ZÜRICH", "strasse", "STRASSE", "istanbul", "İSTANBUL", "ﬁnance",
    "ＣＯＶＩＤ", "Ｏ’Ｎｅｉｌｌ", "москва", "МОСКВА", "αθηνα", "Αθήνα", "東京*", "dvorak", "lodz",
    # pasted from a word processor
    "“minister talks”", "„minister talks“", "‘minister’", "«talks»", "minister\u00a0talks", "minister\u2009talks",
    "mini\u00adster", "minister – talks", "minister—talks", "\ufeffminister", "minister\u2028talks", "talks…",
    "“minister talks\"", "\"minister talks”", "title:“minister talks”", "minister′s", "minister\r\ntalks",
    # spaces around a field's colon
    "date: 2016", "date:> 2016", "date: (2015 OR 2016)", "title: minister", "title :minister", "title : minister",
    "source:\treuters", "(title: minister)", 'date: "2016"',
    # Briefing's own fields with a space: Whoosh's words, no filter (is: read was refused)
    "is: read", "minister is:\tunread", "NOT is: starred talks", "is:", "speaker: minister", "who: (talks OR chips)",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = segmented_library(tmp_path_factory.mktemp("wide"), seed=11, edit_seed=3,
                            sentence="The minister said the talks on chips resumed in the U.S. today.")
    yield lib
    lib.close()


def test_corpus_has_segments_with_deletions(library):
    s = library._s()
    assert len(s.leaf_searchers()) > 1 and s.doc_count_all() > s.doc_count()


@pytest.mark.parametrize("text", CASES)
def test_wide_cases_match_whoosh(library, text):
    assert compare(library, text, page=5) == []


def test_a_long_or_list_matches_whoosh(library):
    words = sorted({w for h in library.search("minister OR talks OR chips", limit=50).hits for w in h.title.split()})
    text = " OR ".join((words * 200)[:200])
    assert text.count(" OR ") == 199
    assert compare(library, text, page=5) == [] and compare(library, f"title:({text})", page=5) == []
    assert library.search(text).total > 0


def test_case_is_folded_and_accents_are_kept(library):
    """The analyzer folds case (``CAFÉ`` finds ``café``) and keeps accents (``cafe`` is another word), as plain
    Whoosh's does; an accent typed decomposed (``cafe`` + U+0301) is a mark apart, so the word is ``cafe``."""
    for word in ("café", "Zürich", "naïve", "Αθήνα", "Москва"):
        want = {h.id for h in library.search(word, limit=200, snippets=0).hits}
        assert want and {h.id for h in library.search(fold(word, "upper"), limit=200, snippets=0).hits} == want
        assert compare(library, fold(word, "NFD"), page=5) == [] and compare(library, fold(word, "strip"), page=5) == []
    cafe = {h.id for h in library.search("cafe", limit=200, snippets=0).hits}
    assert {h.id for h in library.search(fold("café", "NFD"), limit=200, snippets=0).hits} == cafe


@pytest.fixture(scope="module")
def grammar(library):
    rng = random.Random(int(os.environ.get("BRIEFING_WIDE_SEED", "3")))
    return WideGrammar(Vocabulary(library._s(), rng), rng)


@pytest.mark.parametrize("family", WideGrammar.FAMILIES)
def test_random_queries_of_each_family_match_whoosh(library, grammar, family):
    queries = [getattr(grammar, family)() for _ in range(6 if family == "long_or" else 15)]
    found = []
    for q in queries:
        found += compare(library, q, page=5) + compare_matching_ids(library, q)
        found += compare_reader_highlights(library, q, page=3)
    assert found == []


@pytest.mark.parametrize("text", CASES[::3] + [" OR ".join(TOKENS), " ".join(FOLDED[:12])])
def test_search_json_answers_wide_queries(library, text):
    assert compare_search_json(library, text) == []
