"""The fused analyzer yields exactly what the Whoosh filter chain it replaces yields."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, RegexTokenizer

from briefing.index.engine.analysis import FusedAnalyzer
from briefing.index.engine.analysis import WORDS as _WORDS, CachedStemFilter, NormalizeFilter, body_analyzer, name_analyzer

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"

HOSTILE = ("People’s U.S. h20 don't 'quoted' rock’n’roll e.g. U.S.A. A.I.’s x's ’s ''' o'neill's "
           "co-operate 3.141 big-time under_score ÉCOLE Straße İstanbul ǅemal ﬁnance naïve 日本語 "
           "fish'n'chips J.R.R. a.b.c.d.e's it’s.  \t\n end.")

CALLS = [
    {},
    {"positions": True, "chars": True, "boosts": True, "mode": "index"},
    {"positions": True, "boosts": True, "mode": "index"},
    {"boosts": True, "mode": "index"},
    {"mode": "query"},
    {"positions": True, "chars": True, "start_pos": 7, "start_char": 100, "keeporiginal": True},
    {"chars": True},
    {"tokenize": False, "mode": "query"},
    {"no_morph": True},
]


def _chain(stem: bool):
    a = RegexTokenizer(_WORDS) | LowercaseFilter() | NormalizeFilter()
    return a | CachedStemFilter() if stem else a


def _run(analyzer, text, kw):
    return [(t.text, getattr(t, "pos", None), getattr(t, "startchar", None), getattr(t, "endchar", None),
             t.boost, getattr(t, "original", None), t.stopped) for t in analyzer(text, **kw)]


def _texts(seeds_dir) -> list[str]:
    texts = [HOSTILE, "", "   ", "'s", "a", "The U.S. and the U.K.’s chips"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    if BBC.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.rglob("*.txt"))[::7]]
    return texts


@pytest.mark.parametrize("stem", [True, False])
def test_fused_equals_chain(seeds_dir, stem):
    fused, chain = (body_analyzer(), _chain(True)) if stem else (name_analyzer(), _chain(False))
    assert isinstance(fused, FusedAnalyzer) and fused._fast
    texts = _texts(seeds_dir)
    assert len(texts) >= 8  # the texts above and the two seeds (more when the shared BBC corpus is there)
    for text in texts:
        for kw in CALLS:
            assert _run(fused, text, kw) == _run(chain, text, kw), (text[:60], kw)
        # the second pass comes from the per-word cache
        assert _run(fused, text, CALLS[1]) == _run(chain, text, CALLS[1])


@pytest.mark.parametrize("stem", [True, False])
def test_word_maps_give_each_words_chain_text(seeds_dir, stem):
    """A new written form's text comes from the filters' word functions: what the chain makes of it."""
    import re

    fused, chain = (body_analyzer(), _chain(True)) if stem else (name_analyzer(), _chain(False))
    assert fused._maps is not None and len(fused._maps) == len(fused.items) - 1
    words = set(re.findall(_WORDS, " ".join(_texts(seeds_dir)))) | {"'s", "’s", "s's", "U.S.", "a.b", "''"}
    assert len(words) > 500
    for word in words:  # (no cache here: the word functions run for every word)
        want = [t.text for t in chain(word, tokenize=False)]
        assert fused._chain(word) == (want[0] if want else None), word
    copy = pickle.loads(pickle.dumps(fused))
    assert copy._maps is not None and copy._split is not None


def test_fused_keeps_analyzer_interface():
    a = body_analyzer()
    assert isinstance(a, CompositeAnalyzer) and a.has_morph() and len(a.items) == 4
    assert not name_analyzer().has_morph()
    b = pickle.loads(pickle.dumps(a))
    assert type(b) is FusedAnalyzer and b._fast and b == a and "_cache" not in a.__getstate__()
    assert [t.text for t in b("Chips’ makers")] == ["chip", "maker"]


def test_unknown_filter_falls_back_to_the_chain():
    from whoosh.analysis import StopFilter

    a = FusedAnalyzer(RegexTokenizer(_WORDS), LowercaseFilter(), StopFilter())
    assert not a._fast
    chain = RegexTokenizer(_WORDS) | LowercaseFilter() | StopFilter()
    text = "The chips are here, and so are we"
    assert _run(a, text, CALLS[1]) == _run(chain, text, CALLS[1])


def _whoosh_values(fmt, analyzer, text) -> list:
    """Whoosh's own ``(term, frequency, value bytes)`` for a text: the format class's original word_values."""
    word_values = getattr(type(fmt).word_values, "__wrapped__", type(fmt).word_values)
    return sorted((w, freq, v) for w, freq, _, v in word_values(fmt, text, analyzer, mode="index"))


@pytest.mark.parametrize("stem", [True, False])
def test_term_values_are_the_formats_encoding(seeds_dir, stem):
    """``term_values`` (words, groups and pickles built in C) gives Whoosh's exact value bytes."""
    from whoosh import formats

    from briefing.index.engine.analysis import _term_values_slow, term_values

    fused, chain = (body_analyzer(), _chain(True)) if stem else (name_analyzer(), _chain(False))
    assert fused._split is not None
    long_text = ("word " * 14000) + "far away offsets " + "x" * 70000 + " the end said, end"  # ints > 65535
    repeats = " ".join(f"w{k}" for n in range(2, 60) for k in range(n, 60))  # 2 to 58 occurrences, offsets past 255
    texts = _texts(seeds_dir) + [long_text, "a " * 300 + "b", "x " * 255 + "y " * 256 + "z", repeats]
    for text in texts:
        for fmt, chars in ((formats.Characters(), True), (formats.Positions(), False)):
            want = _whoosh_values(fmt, chain, text)
            assert sorted(term_values(fused, text, chars)) == want, (text[:60], chars)
            assert sorted(_term_values_slow(fused, text, chars)) == want, (text[:60], chars)


def test_analyzers_with_one_chain_share_their_word_cache():
    from briefing.index.engine.schema import build_quote_schema, build_schema

    a, q = build_schema(), build_quote_schema()
    assert a["body"].analyzer._cache is a["title"].analyzer._cache is q["body"].analyzer._cache
    assert a["source"].analyzer._cache is q["speaker"].analyzer._cache
    assert a["body"].analyzer._cache is not a["source"].analyzer._cache  # stemmed vs not
    copy = pickle.loads(pickle.dumps(a["body"].analyzer))
    assert copy._cache is a["body"].analyzer._cache


def test_pieces_of_a_text_are_analysed_from_its_words(seeds_dir):
    """Within ``pieces_of(body)``, the body and any value found in it (a quote, a title, a slice cut
    anywhere, even inside a word) give exactly the values of analysing them alone."""
    from whoosh import formats

    from briefing.index.engine.analysis import _CONTEXT, pieces_of, term_values

    fused, chain = body_analyzer(), _chain(True)
    names = name_analyzer()
    for body in _texts(seeds_dir) + ["U.S.-based firm's “quoted” words—cut here.", "don't stop-gap 3.5"]:
        pieces = [(body, True), (body[:40], True), (body.split("\n")[0], False)]
        pieces += [(body[i:i + k], False) for i in range(0, min(len(body), 60), 3) for k in (1, 4, 9, 30, 200)]
        pieces += [("not in the body at all", False), ("", False)]
        alone = [term_values(fused, v, c) for v, c in pieces]
        with pieces_of(body, fused):
            within = [term_values(fused, v, c) for v, c in pieces]
            assert term_values(names, body[:50], False) == sorted(_whoosh_values(formats.Positions(), _chain(False),
                                                                                 body[:50]))
        assert within == alone
        for (v, c), got in zip(pieces, within):
            fmt = formats.Characters() if c else formats.Positions()
            assert sorted(got) == _whoosh_values(fmt, chain, v), (v[:40], c)
    assert _CONTEXT.text is None
