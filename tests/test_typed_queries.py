"""Queries as users type them, answered as plain Whoosh answers them (:mod:`whoosh_reference`).

The corpus is written here: words with marks, numbers and non-ASCII letters of every kind
(``O'Neill``, ``e-mail``, ``2.5bn``, ``10%``, ``straße``, ``ıstanbul``, ``ﬁnance``, ``🙂``, ``東京``,
Arabic, Hebrew), dates in 2004, 2005 and 2016, three files indexed and then edited twice (several
segments holding deleted documents). The queries are :func:`~query_form_cases.typed_forms` and the
cases the comparison over the BBC corpus and generated corpora turned up (``REQUIRE``, ``word~0``).
"""

from __future__ import annotations

import random

import pytest
from whoosh import query as Q

from briefing.index.library import open_library
from briefing.index.search import parse_query
from corpus_factory import write_jsonl_parts
from query_form_cases import _ODD_WORDS, typed_forms
from whoosh_reference import compare

_VOCAB = ("music musical musicians Music win wins winning economy economic growth bank banks film films "
          "election elected vote the of and a said Blair Brown people's state-of-the-art").split() + \
    [w for w in _ODD_WORDS if not any(c in w for c in "\t\n")]

CASES = [
    "music REQUIRE growth", "growth REQUIRE music", "(music REQUIRE bank)^2 OR film", "title:(music REQUIRE win)",
    "music REQUIRE", "REQUIRE music", "music~0", "music~1 2005~0", "growth~0 OR bank",
    "(music ANDNOT growth)^2 film", "(music ANDMAYBE growth)^3 OR film",
    "o'neill", "O'Neill e-mail", "\"o'neill e-mail\"", "2.5bn", "10%", "£5m", "1,000", "ıstanbul", "İstanbul",
    "ﬁnance", "ｍｕｓｉｃ", "🙂music", "中国 经济", "مرحبا OR שלום", "cafe\u0301", "STRASSE", "x\u200by",
    "date:2005", "date:[2004 TO 2005]", "date:[2004 to]", "date:[to 2005]", "NOT date:2005", "music date:>2004",
    "NOT music growth", "-music", "+music", "music and growth", "music or growth", "music not growth",
    '"music"', '"music"~2', "'music growth'", '"music growth', "(music growth", "music growth)", "music: growth",
    ":music", "music:", "music::growth", "title::music", "mu*ic", "*usic", "?usic", "music**", "title:\"\" music",
    '"" music', "music^ growth", "music^-1", "music^abc", "music*^2", "music~^2", "music^2~", "music\tgrowth",
]


def _docs(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        doc = {"id": f"t{i:03d}", "title": " ".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, 5))),
               "body": "\n\n".join(" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(3, 40)))
                                   for _ in range(rng.randint(1, 3))),
               "source": rng.choice(["BBC News", "Reuters", "Le Monde"])}
        if rng.random() < 0.8:
            doc["date"] = f"{rng.choice([2004, 2005, 2016])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("typed")
    rng = random.Random(5)
    docs = _docs(90, seed=11)
    write_jsonl_parts(tmp / "corpus", docs, 3)
    lib = open_library(tmp / "corpus", tmp / "ix")
    for step in range(2):  # edited and removed articles: more segments, deleted documents
        docs = [dict(d, body=d["body"] + " music growth") if rng.random() < 0.2 else d
                for d in docs if rng.random() > 0.05]
        write_jsonl_parts(tmp / "corpus", docs, 3)
        lib.update()
    yield lib
    lib.close()


def test_corpus_has_segments_with_deletions(library):
    s = library._s()
    assert len(s.leaf_searchers()) > 1 and s.doc_count_all() > s.doc_count()


@pytest.mark.parametrize("text", CASES)
def test_typed_cases_match_whoosh(library, text):
    assert compare(library, text, page=5) == []


def test_random_typed_forms_match_whoosh(library):
    rng = random.Random(2)
    s = library._s()
    words = sorted(s.schema["body"].from_bytes(b) for b in s.reader().lexicon("body"))
    queries = [q for _ in range(2) for q in typed_forms(words, rng)]
    assert [d for q in queries for d in compare(library, q, page=5)] == []


def test_require_is_answered_where_whoosh_limited_search_stops(library):
    """``a REQUIRE b``: Whoosh's limited collector stops on an assertion in its ``RequireMatcher``
    (skipping to a block's quality leaves both sides on one document); Briefing answers with Whoosh's
    unlimited search: ``a``'s documents that ``b`` matches, with ``a``'s scores."""
    s = library._s()
    q = parse_query(library._parser("article"), "music REQUIRE growth")
    assert isinstance(q, Q.Require)
    want = {s.stored_fields(h.docnum)["id"]: h.score for h in s.search(q, limit=None)}
    got = library.search("music REQUIRE growth", limit=len(want) + 1, snippets=0)
    assert got.total == len(want) > 0 and {h.id for h in got.hits} == set(want)
    alone = {s.stored_fields(h.docnum)["id"]: h.score for h in s.search(q.a, limit=None)}
    assert all(abs(want[i] - alone[i]) < 1e-9 for i in want)  # the required side's scores


def test_fuzzy_word_with_no_edits_is_the_word(library):
    """``word~0`` finds the word's own articles (no word one edit away), as Whoosh's ``FuzzyTerm`` does."""
    assert library.search("growth~0", limit=1).total == library.search("growth", limit=1).total > 0
