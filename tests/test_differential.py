"""Differential test: the fast evaluator and the library's search against plain Whoosh on the same index.

Hypothesis generates small corpora (several files; sometimes updated, so segments hold deleted
documents) and queries of every shape: words, AND, OR, NOT, ANDNOT, ANDMAYBE, phrases, prefixes,
wildcards, fuzzy words, fields, dates, boosts (``^0`` too), symbols and non-Latin words. For each
query the same documents must match, the totals be exact, the scores agree within 1e-9 and the top
hits come in Whoosh's order (ties aside). Plain Whoosh runs without a limit, so its collector's
shortcuts (which drop hits under NOT) play no part.

Where Briefing differs from Whoosh on purpose, the reference query is rewritten and the difference
is pinned by name:

- :data:`EXPANSIONS_SCORE_AS_SUMS`: a prefix, wildcard or fuzzy word scores as the sum of the
  indexed words it expands to, times its boost (Whoosh expands per segment and drops the boost where
  a segment holds one such word, so its scores depend on the segment layout); the reference is
  Whoosh's ``Or`` of those words (Whoosh's own expansion for prefixes and wildcards).
- :data:`FUZZY_MATCHES_ONE_EDIT_WORDS`: a fuzzy word also matches the stems of the words one edit
  from it; the reference adds them, and without negation every document plain Whoosh finds is
  found too.
- :data:`WHOOSH_ANDMAYBE_DROPS_B_AFTER_A_SKIP`: Whoosh's ``AndMaybeMatcher.skip_to`` moves the optional side
  to the target document, not to where the required side lands, so inside an ``AND``
  (``music (musicians ANDMAYBE music)``) it can leave out the optional side's score on a document both hold.
  Briefing adds it wherever both match; the reference is ``(a AND b) OR (a AND NOT b)`` with the NOT scoring 0.
- :data:`WHOOSH_ANDNOT_KEEPS_A_NEGATED_FIRST_MATCH`: Whoosh's ``AndNotMatcher`` only skips its first
  document when both sides start on the same document, so ``a ANDNOT b`` keeps ``a``'s first match
  when ``b`` holds it but starts earlier (``date:<=2016-05 ANDNOT date:<2017``). Briefing removes
  it; the reference is ``a AND NOT b`` with the NOT scoring 0 (the same set and scores, without
  that matcher).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from whoosh import matching, query as Q

from briefing.index.engine import fastsearch
from briefing.index.engine.expansion import MAX_SLIP_WORD
from briefing.index.errors import QueryError
from briefing.index.library import open_library
from briefing.index.search import NOTHING_TO_SEARCH, make_parser, parse_query

from corpus_factory import write_jsonl_parts

EXPANSIONS_SCORE_AS_SUMS = "a prefix, wildcard or fuzzy word scores as the sum of its expanded words"
FUZZY_MATCHES_ONE_EDIT_WORDS = "a fuzzy word also matches the stems of the words one edit away"
WHOOSH_ANDNOT_KEEPS_A_NEGATED_FIRST_MATCH = "Whoosh's ANDNOT keeps a first match the negated side holds"
WHOOSH_ANDMAYBE_DROPS_B_AFTER_A_SKIP = "Whoosh's ANDMAYBE can leave out the optional side's score after a skip"

WORDS = ["music", "musical", "musicians", "win", "wins", "winning", "won", "economy", "economic", "economies",
         "immigration", "immigrants", "growth", "grows", "bank", "banks", "film", "films", "filming",
         "election", "elected", "vote", "the", "of", "café", "naïve", "zürich", "東京", "données", "straße",
         "año", "people's", "u.s.", "2016", "h20"]
SYMBOLS = ["!!!", "-", "--", "...", '""', "£", "🙂", "?!"]
SOURCES = ["BBC News", "Reuters", "Le Monde", "Agence France-Presse"]
TOP = 10
EXAMPLES = int(os.environ.get("BRIEFING_DIFFERENTIAL_EXAMPLES", "60"))
"""Corpora per run (each with up to 10 queries); raise it for a longer hunt."""
PHASES = tuple(Phase) if os.environ.get("BRIEFING_DIFFERENTIAL_SHRINK") else (Phase.explicit, Phase.reuse, Phase.generate)
"""No shrinking unless asked (each step indexes a corpus: minutes); the failure names the query."""

word = st.sampled_from(WORDS)
dates = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2017, 12, 31))
document = st.fixed_dictionaries({
    "title": st.lists(word, min_size=1, max_size=4).map(" ".join),
    "body": st.lists(word | st.sampled_from(SYMBOLS), min_size=2, max_size=30).map(" ".join),
    "source": st.sampled_from(SOURCES),
    "date": st.none() | dates.map(lambda d: d.isoformat()),
})


def _typo(w: str, data: tuple[int, int]) -> str:
    i, kind = data[0] % max(1, len(w)), data[1] % 3
    if kind == 0:
        return w[:i] + w[i + 1:] if len(w) > 3 else w
    if kind == 1:
        return w[:i] + "x" + w[i:]
    return w[:i] + "e" + w[i + 1:]


_date_clause = st.one_of(
    dates.map(lambda d: f"date:{d.isoformat()}"),
    dates.map(lambda d: f"date:{d.isoformat()[:7]}"),
    st.tuples(dates, dates).map(lambda t: f"date:[{min(t).isoformat()} to {max(t).isoformat()}]"),
    st.tuples(st.sampled_from([">", ">=", "<", "<="]), dates).map(lambda t: f"date:{t[0]}{t[1].isoformat()}"),
)
atom = st.one_of(
    word,
    word,
    st.tuples(word, word).map(lambda t: f'"{t[0]} {t[1]}"'),
    word.filter(lambda w: len(w) >= 3 and w.isalpha()).map(lambda w: w[:3] + "*"),
    word.filter(lambda w: len(w) >= 4 and w.isalpha()).map(lambda w: w[0] + "?" + w[2:]),
    st.tuples(word, st.tuples(st.integers(0, 20), st.integers(0, 5)), st.sampled_from(["~", "~2"])).map(
        lambda t: _typo(t[0], t[1]) + t[2]),
    st.tuples(st.sampled_from(["title:", "body:"]), word).map("".join),
    st.sampled_from(["source:reuters", 'source:"le monde"', "source:bbc", "source:presse"]),
    _date_clause,
    st.tuples(word, st.sampled_from(["^0", "^2", "^0.5"])).map("".join),
    st.sampled_from(SYMBOLS),
    st.sampled_from(["*", "title:*", "body:*", "source:*"]),  # Whoosh's Every
)
query_text = st.recursive(
    atom,
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([" ", " AND ", " OR ", " NOT ", " ANDNOT ", " ANDMAYBE "]), inner).map(
            lambda t: f"({t[0]}{t[1]}{t[2]})"),
        inner.map(lambda q: f"NOT {q}"),
    ),
    max_leaves=5,
)


def _one_edit(w: str) -> set[str]:
    letters = set("abcdefghijklmnopqrstuvwxyz0123456789") | set(w)
    cuts = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {w} | {a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    return out | {a + c + b[1:] for a, b in cuts if b for c in letters} | {a + c + b for a, b in cuts for c in letters}


class _ZeroScore(Q.WrappingQuery):
    """The child's matches, each scoring 0 (Whoosh's ConstantScoreQuery takes a score of 0 as 1)."""

    def matcher(self, searcher, context=None):
        return matching.WrappingMatcher(self.child.matcher(searcher, context), boost=0.0)


def _reference(searcher, q):
    """``q`` with the pinned differences written out: prefixes, wildcards and fuzzy words as Whoosh's ``Or``
    of their words, ``a ANDNOT b`` as ``a AND NOT b`` with the NOT scoring 0."""
    reader = searcher.reader()
    if isinstance(q, (Q.Prefix, Q.Wildcard, Q.FuzzyTerm)):
        field = q.fieldname
        if field not in searcher.schema:
            return Q.NullQuery
        fobj = searcher.schema[field]
        if isinstance(q, Q.FuzzyTerm):  # FUZZY_MATCHES_ONE_EDIT_WORDS
            # each segment's expansion, as Whoosh's search makes it (a segment reader steps its
            # automaton through the words; a multi-segment reader's terms_within measures
            # Damerau distance instead: bexign~2 would find bering there, and nowhere in a search)
            words = {w for sub, _ in searcher.leaf_searchers()
                     for w in sub.reader().terms_within(field, q.text, q.maxdist, prefix=q.prefixlength)}
            # (word~0: the word alone; a word of more than MAX_SLIP_WORD characters: itself, not one edit away)
            slips = _one_edit(q.text.lower()) if len(q.text) <= MAX_SLIP_WORD else {q.text.lower()}
            for w in slips if q.maxdist >= 1 else ():
                toks = [t.text for t in fobj.analyzer(w)]
                if len(toks) == 1 and reader.doc_frequency(field, toks[0]):
                    words.add(toks[0])
        else:
            words = {fobj.from_bytes(b) for b in q._btexts(reader)}
        if not words:
            return Q.NullQuery
        if len(words) == 1:  # (Whoosh's one-child Or, like its one-word prefix, would drop the boost)
            return Q.Term(field, words.pop(), boost=q.boost)
        return Q.Or([Q.Term(field, w) for w in sorted(words)], boost=q.boost)  # EXPANSIONS_SCORE_AS_SUMS
    if isinstance(q, Q.AndNot):  # WHOOSH_ANDNOT_KEEPS_A_NEGATED_FIRST_MATCH: the same set and scores, by And + Not
        a, b = (_reference(searcher, c) for c in q.subqueries)
        return Q.And([a, _ZeroScore(Q.Not(b))])
    if isinstance(q, Q.AndMaybe):  # WHOOSH_ANDMAYBE_DROPS_B_AFTER_A_SKIP: a's documents, + b's score where b matches,
        # by And and Or (Whoosh's AndMaybeMatcher.skip_to moves b to the target, not to where a lands, so
        # inside an AND it can miss b on a's next document)
        a, b = (_reference(searcher, c) for c in q.subqueries)
        both = Q.And([a, b])
        alone = Q.And([a, _ZeroScore(Q.Not(b))])
        return Q.Or([both, alone], boost=q.boost)
    if isinstance(q, Q.BinaryQuery):  # (REQUIRE)
        return q.__class__(*(_reference(searcher, c) for c in q.subqueries))
    if isinstance(q, Q.CompoundQuery):
        return q.__class__([_reference(searcher, c) for c in q.subqueries], boost=q.boost)
    if isinstance(q, Q.Not):
        return Q.Not(_reference(searcher, q.query))
    return q


def _negates(q) -> bool:
    return isinstance(q, (Q.Not, Q.AndNot)) or any(_negates(c) for c in q.children())


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _check(lib, parser, text: str) -> None:
    s = lib._s()
    try:
        q = parse_query(parser, text)
    except QueryError:
        return
    result = lib.search(text, limit=TOP, snippets=0, correct=False)
    if result.note == NOTHING_TO_SEARCH or q is None:  # no letter or digit: nothing, and a note says why
        assert result.total == 0 and not result.hits and result.note == NOTHING_TO_SEARCH, text
        return
    ref_q = _reference(s, q)
    from whoosh_reference import _union_matchers, _zero_boost  # it reads this module's _reference

    if _zero_boost(ref_q):  # WHOOSH_SPLIT_UNION_DROPS_ZERO_SCORES: Whoosh's UnionMatcher keeps a ^0 part's documents
        ref_q = _union_matchers(ref_q)
    ref = {h.docnum: h.score for h in s.search(ref_q, limit=None)} if ref_q is not Q.NullQuery else {}
    ours = fastsearch.evaluate(s, q)
    assert set(ours) == set(ref), (text, q, ref_q)
    for d, score in ref.items():
        assert _close(ours[d], score), (text, d, ours[d], score)
    if not _negates(q):  # plain Whoosh's own matches (its expansion) are all found
        assert set(ours) >= {h.docnum for h in s.search(q, limit=None)}, text
    assert result.total == len(ref) and result.total_exact, text
    ranked = sorted(ref.values(), reverse=True)
    by_id = {s.stored_fields(d)["id"]: v for d, v in ref.items()}
    assert len(result.hits) == min(TOP, len(ref)), text
    for i, hit in enumerate(result.hits):  # Whoosh's order: the i-th hit has the i-th best score
        assert _close(by_id[hit.id], ranked[i]), (text, i, hit.id, by_id[hit.id], ranked[i])


@settings(max_examples=EXAMPLES, deadline=None, phases=PHASES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(docs=st.lists(document, min_size=1, max_size=16), files=st.integers(1, 3), update=st.booleans(),
       queries=st.lists(query_text, min_size=1, max_size=10))
def test_fast_search_matches_plain_whoosh(docs, files, update, queries):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_jsonl_parts(corpus, docs, files)
        lib = open_library(corpus, Path(tmp) / "ix")
        try:
            if update and len(docs) > 1:  # a second commit: earlier segments keep deleted documents
                changed = [dict(d, body=d["body"] + " music growth") for d in docs[: len(docs) // 2]]
                write_jsonl_parts(corpus, changed + docs[len(docs) // 2:], files)
                lib.update()
            parser = make_parser(lib._s().schema)
            for text in queries:
                _check(lib, parser, text)
        finally:
            lib.close()


FIXED = [{"title": "Music growth", "body": "musical musicians music immigration immigrants", "source": "BBC News"},
         {"title": "Economy", "body": "economic economies economy growth music", "source": "Reuters"},
         {"title": "Films", "body": "film films filming the music of immigration", "source": "Le Monde"}]


def _fixed_library(tmp_path):
    write_jsonl_parts(tmp_path / "corpus", FIXED, 2)
    return open_library(tmp_path / "corpus", tmp_path / "ix")


def test_pinned_expansions_score_as_sums(tmp_path):
    """EXPANSIONS_SCORE_AS_SUMS: a prefix scores as the ``Or`` of its words, with its boost.

    Whoosh drops the boost in a segment where the prefix expands to one word (``title:music*^2``
    below), so its scores depend on what each segment holds.
    """
    lib = _fixed_library(tmp_path)
    try:
        s = lib._s()
        for field, boost in (("body", 1.0), ("title", 2.0)):
            prefix = Q.Prefix(field, "music", boost=boost)
            ours = fastsearch.evaluate(s, prefix)
            words = sorted(s.schema[field].from_bytes(b) for b in s.reader().expand_prefix(field, "music"))
            summed = {h.docnum: h.score for h in s.search(Q.Or([Q.Term(field, w) for w in words]), limit=None)}
            whoosh = {h.docnum: h.score for h in s.search(prefix, limit=None)}
            assert set(ours) == set(summed) == set(whoosh) != set()
            assert all(_close(ours[d], boost * summed[d]) for d in ours), field
            if field == "title":  # one word ("music") in the titles: Whoosh leaves the boost out
                assert words == ["music"] and all(_close(ours[d], 2 * whoosh[d]) for d in ours)
    finally:
        lib.close()


def test_pinned_whoosh_andnot_keeps_a_negated_first_match(tmp_path):
    """WHOOSH_ANDNOT_KEEPS_A_NEGATED_FIRST_MATCH: the first dated document is in both ranges; Whoosh keeps it."""
    docs = [{"title": "late", "body": "music", "date": "2017-03-01"},
            {"title": "early", "body": "music", "date": "2016-02-10"}]
    write_jsonl_parts(tmp_path / "corpus", docs, 1)
    lib = open_library(tmp_path / "corpus", tmp_path / "ix")
    try:
        s = lib._s()
        q = parse_query(make_parser(s.schema), "date:<=2016-05 ANDNOT date:<2017-06")
        assert {s.stored_fields(h.docnum)["title"] for h in s.search(q, limit=None)} == {"early"}  # Whoosh
        assert fastsearch.evaluate(s, q) == {} and lib.search("date:<=2016-05 ANDNOT date:<2017-06").total == 0
    finally:
        lib.close()


def test_pinned_fuzzy_matches_one_edit_words(tmp_path):
    """FUZZY_MATCHES_ONE_EDIT_WORDS: ``immigraton~`` finds immigration (stem immigr); Whoosh's rule does not."""
    lib = _fixed_library(tmp_path)
    try:
        s = lib._s()
        q = Q.FuzzyTerm("body", "immigraton", maxdist=1, prefixlength=0)
        assert not list(s.search(q, limit=None))
        assert set(fastsearch.evaluate(s, q)) == {h.docnum for h in s.search(Q.Term("body", "immigr"), limit=None)} != set()
    finally:
        lib.close()


def test_a_fuzzy_word_longer_than_the_slip_limit_finds_whooshs_words_only(tmp_path):
    """A word of more than MAX_SLIP_WORD characters looks for no stems one edit away: ``…osis^2~``
    (one edit from ``…osis^``, whose stem is indexed) finds what plain Whoosh finds, nothing; a
    shorter one (``volcanoes^2~``, one edit from ``volcanoes^``) finds the stem."""
    from briefing.index.library import open_library

    long_word = "pneumonoultramicroscopicsilicovolcanoconiosis"
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(f"Lung report\n\nThe miners had {long_word} near the volcanoes.\n")
    lib = open_library(tmp_path / "c", tmp_path / "ix")
    try:
        s = lib._s()
        for text, found in ((long_word + "^2", False), ("volcanoes^2", True)):
            q = Q.FuzzyTerm("body", text, maxdist=1, prefixlength=0)
            assert (len(text) > MAX_SLIP_WORD) != found and not list(s.search(q, limit=None))
            assert bool(fastsearch.evaluate(s, q)) == found, text
            assert lib.search(f"{text}~").total == found, text
    finally:
        lib.close()
