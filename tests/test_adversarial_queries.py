"""Adversarial query forms answered as plain Whoosh answers them (:mod:`whoosh_reference`), and
``briefing search --json`` over them: exit 0 with JSON lines or 1 with one clear error line.

The corpus is hard text (:mod:`hard_text_corpus`: every script, emoji, ``O'Neill``, ``H20``,
``COVID-19``, ``U.S.``, ``1,000``; a title, source, author and date on each article), indexed and
then edited and pruned (several segments holding deleted documents). The queries are
:func:`~query_form_cases.adversarial_forms` (groups nested three deep, ``NOT``/``-``/``+`` before
groups and phrases, phrases with slop and boost, wildcards anywhere, open ranges, every field of the
schema, unicode and whitespace marks, operator case, very long queries, only operators, unbalanced
marks) and the cases those turned up; the quote search (``briefing quotes --query``) is compared
with plain Whoosh on the quote index the same way (:func:`~whoosh_reference.compare_quotes`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random

import pytest

from briefing.index.errors import QueryError
from hard_text_corpus import segmented_library
from query_form_cases import adversarial_forms
from whoosh_reference import compare, compare_quotes

CASES = [
    # a numeric field given a phrase (Whoosh's Term.matcher finds nothing where the text is no number)
    'sortdate:"a b"', 'minister OR sortdate:"x y"', 'sortdate:(a OR 5)', "sortdate:{5 TO}", "sortdate:*",
    # a fuzzy word's fixed prefix longer than the word (Whoosh fails: a clear error)
    "minister~1/9", "title:(talks~2/8 OR chips)", "minister~1/6",
    # a quoted date Whoosh searches as text (README: a date that cannot be read is an error)
    'date:"a b"', 'date:"2016"',
    # a date or range boosted ^0 on the negated side (NOT, -, ANDNOT, REQUIRE): Whoosh matches it in a
    # boolean context, where it keeps its articles; Briefing negated nothing and listed every article
    "minister OR talks OR NOT date:2016^0", "chips OR NOT date:2016-06^0", "minister -date:2016^0",
    "minister ANDNOT date:2016^0", "minister REQUIRE date:2016^0", "NOT (talks OR date:2016^0)",
    "talks NOT [a TO c]^0", "NOT date:[2016 TO]^0", "date:2016^0", "minister OR date:2016^0",
    # ... and on the optional side of ANDMAYBE, or in an OR: its articles, each scoring 0 (Whoosh's preloaded
    # OR, its own at search time, drops them all; the one it uses on the negated side keeps them)
    "minister ANDMAYBE date:2016^0", "(talks ANDMAYBE date:2016-06^0) chips", "talks OR chips OR title:[a TO c]^0",
    # a date group left open: Whoosh reads its first part as a date and the rest as words; Briefing read
    # every part as a date (and refused a word that is none)
    "date:(2016 OR 2015 OR minister", "date:(2016 OR 2015", "date:((2016 OR 2015", "date:(((2016 OR 2015) talks",
    "date:([2015 TO 2016] OR 2017", "date:(2016 OR 2015 (talks OR chips)", "talks date:(2016-06 AND chips",
    # the forms of each family
    "NOT (minister OR talks) -(chips +market)", "((minister OR (talks AND NOT chips)) prices) OR -rates",
    '-"minister said"~2 talks', '+"the talks" +market', '"the of"~3', '"minister"~4 talks', '"u.s. talks"',
    '"minister said"~1.5', '"minister said"~-1', '"minister said"^2~3', '"talks trade"~2^0',
    "mi*er", "*ing", "?", "?? *", "ma*k*s", "title:*ket", "[a TO c]", "{m TO}", "[TO c]", "{TO d}",
    "title:[m TO]", "source:{a TO m]", "author:[TO j]", "[talks TO talks]", "{talks TO talks}", "[a TO b TO c]",
    "[1 TO 3]", "outlet:reuters OR byline:doe", "headline:(talks OR chips)", "who:smith", "kind:direct",
    "extractor:x", "format:txt", "hash:abc", "foo:(a OR b)", 'foo:"a b"', "foo:a*", "foo:[a TO b]",
    "minister^2^3", "minister^02", "minister ^2", "((talks^2 chips)^3 OR prices)^0.5", "minister~~",
    "the~", "H20~", "COVID-19 OR covid19", "O'Neill -O’Neill", '"1,000 10%"', "U.S. AND u.s.",
    "東京 OR 北京 NOT minister", '"مرحبا القاهرة"~2', "🙂*", "\u202eabc\u202c", "\u200fשלום", "a\u00adb",
    "minister\u3000talks", "minister\u00a0talks", "\ufeffminister", "minister\u2028talks", "ＡＮＤ talks",
    "minister AND not talks", "Not minister", "nOT minister", "(" * 30 + "talks" + ")" * 30,
    "NOT NOT NOT NOT minister", "----talks", "-(-)", "( AND )", "+ -", "[ TO ]", '" "~3', "title:()",
    '"talks (chips"', '(talks "chips)" market', "talks)) ((chips", '"talks" "chips', '"talks "chips" market"',
    "talks )( chips", "\t", "\u3000", "\u2028",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = segmented_library(tmp_path_factory.mktemp("adversarial"), seed=8, edit_seed=2,
                            sentence="The minister said the talks on chips resumed.")
    yield lib
    lib.close()


def test_corpus_has_segments_with_deletions(library):
    s = library._s()
    assert len(s.leaf_searchers()) > 1 and s.doc_count_all() > s.doc_count()


@pytest.mark.parametrize("text", CASES)
def test_adversarial_cases_match_whoosh(library, text):
    assert compare(library, text, page=5) == []


@pytest.mark.parametrize("zero, plain", [
    ("minister OR date:2016^0", "minister OR date:2016"), ("NOT date:2016^0", "NOT date:2016"),
    ("minister -date:2016^0", "minister -date:2016"), ("talks OR [a TO c]^0", "talks OR [a TO c]"),
    ("minister ANDMAYBE date:2016^0", "minister"), ("date:[2016 TO]^0", "date:[2016 TO]"),
])
def test_a_date_or_range_boosted_zero_keeps_its_articles(library, zero, plain):
    """``^0`` on a date or word range keeps its articles, scoring nothing (README: "``^0`` keeps the word's
    articles but ranks by the others"); ``NOT date:2016-06^0`` listed every article, ``x OR date:2016^0``
    only ``x``'s."""
    a, b = library.search(zero, limit=500, snippets=0), library.search(plain, limit=500, snippets=0)
    assert a.total == b.total > 0 and {h.id for h in a.hits} == {h.id for h in b.hits}
    if zero.startswith("date:") or "ANDMAYBE" in zero:  # (alone, or adding nothing to minister's scores)
        scores = {h.id: h.score for h in b.hits}
        assert all(h.score == (0.0 if zero.startswith("date:") else scores[h.id]) for h in a.hits)


@pytest.mark.parametrize("text", ["date:(2016 OR minister", "date:(2016 OR 2015", "date:((2016 OR minister",
                                  "date:(((2016 OR 2015) talks", "date:(2016 OR 2015 (talks OR chips)"])
def test_a_date_group_left_open_is_read_as_whoosh_reads_it(text):
    """Of ``date:(`` left open, only the first part is a date (a value, or a group): the dates normalized
    to the day parse to the query plain Whoosh's parser gives the text as typed."""
    from briefing.index.engine.schema import build_schema
    from briefing.index.query_dates import normalize_dates
    from briefing.index.search import make_parser

    parser = make_parser(build_schema())
    assert repr(parser.parse(normalize_dates(text))) == repr(parser.parse(text))


def _lexicons(library) -> "tuple[list, dict]":
    s = library._s()
    lex = {n: sorted(s.schema[n].from_bytes(b) for b in s.reader().lexicon(n))
           for n in ("body", "title", "source", "author", "speakers")}
    return lex["body"], lex


def test_random_adversarial_forms_match_whoosh(library):
    words, fields = _lexicons(library)
    rng = random.Random(int(os.environ.get("BRIEFING_ADVERSARIAL_SEED", "1")))
    queries = adversarial_forms(words, rng, fields)
    assert [d for q in queries for d in compare(library, q, page=5)] == []


def _run(argv: list[str]) -> "tuple[int, str, str]":
    from briefing.index.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("text", ["minister~1/9", 'sortdate:"a b"', "date:garbage", "url:x", 'date:"a b"',
                                  "(talks OR", '"the talks', "NOT", "!!!", "[a TO c]", "-(talks OR chips) market"])
def test_search_json_answers_or_says_why(library, text):
    """``briefing search --json``: JSON lines with the library's hits, or exit 1 and one
    ``briefing: error:`` line naming no Python exception; never a traceback."""
    argv = ["search", "--corpus", str(library.corpus), "--index-dir", str(library.index_dir), "--json", "--", text]
    code, out, err = _run(argv)
    assert "Traceback" not in err and "Error:" not in err and "Error(" not in err, err
    try:
        want = [h.id for h in library.search(text, limit=10).hits]
    except QueryError as exc:
        assert code == 1 and out == "" and f"briefing: error: {exc}" in err
        return
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [h["id"] for h in hits] == want
    assert all({"id", "rank", "score", "title", "source", "date", "snippets"} <= set(h) for h in hits)


def test_the_corpus_has_quotes(library):
    assert len(library.quotes(limit=None)) >= 20


@pytest.mark.parametrize("text", ["!!!", "-", "--", "“”", "(", "*", "said", "NOT said", "minister~1/9", 'date:"a b"',
                                  "said -minister", '"the minister"~3', "[a TO c]", "sa*d OR talks~"])
def test_quote_search_matches_whoosh(library, text):
    """``!!!`` finds no quote (Whoosh finds none; the quote search listed every quote)."""
    assert compare_quotes(library, text) == []


def test_random_adversarial_forms_match_whoosh_on_quotes(library):
    words, fields = _lexicons(library)
    rng = random.Random(int(os.environ.get("BRIEFING_ADVERSARIAL_SEED", "1")) + 1)
    queries = adversarial_forms(words, rng, fields)
    assert [d for q in queries for d in compare_quotes(library, q) or []] == []


def test_quotes_query_of_only_marks_says_why(library):
    """``briefing quotes --query '!!!'``: no quote, and the reason on stderr (it listed every quote)."""
    code, out, err = _run(["quotes", "--corpus", str(library.corpus), "--index-dir", str(library.index_dir),
                           "--json", "--query", "!!!"])
    assert code == 0 and out == "" and "nothing to search for" in err
    code, out, _ = _run(["quotes", "--corpus", str(library.corpus), "--index-dir", str(library.index_dir),
                         "--json", "--query", "said"])
    assert code == 0 and len(out.splitlines()) == len(library.quotes(query="said", limit=None)) > 0


@pytest.mark.parametrize("text", ["minister~1/9", "date:garbage", "(talks OR", "-talks", "talks~2/4"])
def test_quotes_query_answers_or_says_why(library, text):
    """``briefing quotes --query``: JSON lines, or exit 1 and one clear error line (a fuzzy prefix longer
    than the word raised Whoosh's IndexError as a traceback)."""
    code, out, err = _run(["quotes", "--corpus", str(library.corpus), "--index-dir", str(library.index_dir),
                           "--json", f"--query={text}"])
    assert "Traceback" not in err and "Error" not in err, err
    try:
        want = [x.id for x in library.quotes(query=text)]
    except QueryError as exc:
        assert code == 1 and out == "" and f"briefing: error: {exc}" in err
        return
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == want
