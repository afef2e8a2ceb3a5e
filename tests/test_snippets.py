"""Snippets built on plain tuples are exactly the ones Whoosh's highlighter objects build."""

from __future__ import annotations

import re

import pytest

from hypothesis import given, settings, strategies as st

from briefing.index.engine.snippets import make_snippets, whoosh_snippets

_WORDS = st.lists(st.sampled_from(["chip", "Chip", "chips", "export", "rule", "the", "a", "Beijing", "x" * 30,
                                   "controls,", "(US)", "\u00e9t\u00e9", "\U0001f600"]), min_size=1, max_size=300)


def _spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, seps=st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", "-"]), min_size=1, max_size=5),
       picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=60))
def test_fragments_match_whoosh(words, seps, picks):
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    spans = _spans(text)
    positions = [spans[p % len(spans)] for p in picks]  # repeats included: they are de-duplicated
    assert make_snippets(text, positions) == whoosh_snippets(text, positions)
    for top in (1, 3):
        assert make_snippets(text, positions, top) == whoosh_snippets(text, positions, top)


def test_real_text_with_every_occurrence_of_some_words(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = _spans(text)
        for every in (1, 3, 7, 50):
            positions = spans[::every]
            assert make_snippets(text, positions) == whoosh_snippets(text, positions)
        words = {text[s:e].lower() for s, e in spans}
        for word in sorted(words)[:40]:
            positions = [(s, e) for s, e in spans if text[s:e].lower() == word]
            snips = make_snippets(text, positions)
            assert snips == whoosh_snippets(text, positions)
            assert all(text[h.start:h.end].lower() == word for sn in snips for h in sn.highlights)


def test_no_positions_or_only_far_ones_give_the_opening():
    text = "Opening words of the article. " * 20
    assert make_snippets(text, []) == whoosh_snippets(text, []) and make_snippets(text, [])[0].start == 0
    far = [(2_000_000, 2_000_005)]
    assert make_snippets(text, far) == whoosh_snippets(text, far)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab c\n\u00e9"), min_size=1, max_size=2000),
       pairs=st.lists(st.tuples(st.integers(0, 2100), st.integers(0, 40)), max_size=40))
def test_arbitrary_even_overlapping_spans_match_whoosh(text, pairs):
    positions = [(s, s + n) for s, n in pairs if s + n <= len(text)]  # the index's positions are in the body
    assert make_snippets(text, positions) == whoosh_snippets(text, positions)


@settings(max_examples=500, deadline=None)
@given(keys=st.lists(st.tuples(st.integers(1, 3), st.integers(0, 3)), min_size=1, max_size=12))
def test_best_two_fragments_are_heapqs_even_on_ties(keys):
    """The two best fragments are heapq.nlargest's picks over a generator, in its order, ties included."""
    import heapq

    from briefing.index.engine.snippets import _best, _Ranked

    frags = [(k, i) for i, k in enumerate(keys)]  # equal keys: which one heapq keeps depends on its moves
    for top in (1, 2, 3):
        # a generator, as Whoosh's top_fragments passes (nlargest sorts a list of at most ``top`` instead)
        assert _best(frags, top) == [r.frag for r in heapq.nlargest(top, (_Ranked(f) for f in frags))]


@pytest.mark.parametrize("top", [1, 2, 3])
def test_two_fragments_tied_on_score_and_start_come_in_whoosh_s_order(top):
    """Two one-match fragments that autotrim back to the same start tie on (score, start): Whoosh's
    nlargest over a generator keeps them in its heap's order, which a sort of a list would reverse."""
    text = "lead chip " + "y" * 30 + " " + "z" * 30 + " tail"
    positions = [(5, 9), (41, 71)]  # "chip", and the 30 z's: more than 60 characters apart
    assert make_snippets(text, positions, top) == whoosh_snippets(text, positions, top)
