"""The cheap gates of the speaker shape checks: each skips a test only where that test cannot fire, so the
checks answer as before on phrases written for these tests; a mention's faults are the speaker's without the
one fault that depends on the use."""

from __future__ import annotations

import pytest

from briefing.index.quotes import speakers
from briefing.index.quotes.np_shape import _ALLCAPS, _CAPS3, shape_faults

PHRASES = [
    ("Jo Roe's report", ["possessed-document"]),
    ("Dana Lee's remarks", ["nominalisation"]),
    ("the mayor's", ["ends-possessive"]),
    ("McDonald's", []),
    ("They're", ["finite-verb"]),
    ("That's the point of", ["ends-preposition", "finite-verb"]),
    ("That's Life", []),
    ("The Ottawa Sun's reporting", ["nominalisation"]),
    ("The Ottawa Sun's calling it", ["participle"]),
    ("The Ottawa Sun's mocking of", ["ends-preposition", "participle"]),
    ("the long meeting", []),
    ("the fiscal year starting", ["participle"]),
    ("STORM WARNING ISSUED", ["headline-caps"]),
    ("CHIEF ROE", []),
    ("the council upheld Roe's", ["ends-possessive", "finite-verb"]),
    ("Tom \"Tiny\" Weir", []),
    ("Tom Weir \"said", ["quote-mark"]),
    ("those who voted early", []),
    ("Jo Roe of the Parks Board in", ["ends-preposition"]),
    ("the fiscal year sayING", ["participle"]),
]


@pytest.mark.parametrize("phrase,faults", PHRASES)
def test_shape_faults_of_written_phrases(phrase, faults):
    assert shape_faults(phrase) == faults


@pytest.mark.parametrize("phrase,faults", PHRASES)
def test_a_mention_has_the_speaker_faults_but_a_document(phrase, faults):
    assert shape_faults(phrase, mention=True) == [f for f in faults if f != "possessed-document"]


@pytest.mark.parametrize("word", ["NDP", "ROE'S", "A.B.C.", "R&D", "Roe", "ROE", "O’NEIL", "X-RAY", "AB", "ÉCOLE"])
def test_capital_run_found_wherever_a_capitals_word_is(word):
    for w in (word, word + ",", "(" + word):
        if _ALLCAPS.match(w.strip(",.;:")):
            assert _CAPS3.search(w)


@pytest.mark.parametrize("word", ["union’s,", "times'", "Roe's", "Roe", ".Roe.", "it's'", "'s", "’", "", "mayor,"])
def test_bare_word_as_the_pattern_strips_it(word):
    assert speakers._bare(word) == speakers._POSSESSIVE.sub("", word.strip(".,")).strip(".,’'")
