"""Guards for the rules of promises, participles after a quotation, second cues, poll shares and attributions with
adjuncts (tests/test_quotes_train_groups.py), on sentences written for these tests in the styles of other outlets
(British, Canadian, Australian, wire, sport, business): where those rules must not fire, and where they must still
read real speech."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes
from quote_helpers import well_formed
from quote_passages import quotes


# ---------------------------------------------------------------- "on" and a lower-case word is no time
def test_a_topic_after_the_cue_is_no_time_before_a_clause():
    # "adding on trade matters, “…”": the quotation is what was added, "trade matters" no clause's subject
    text = ("Lena Holt insisted the deal was “premature” while adding on trade matters, “I have no doubt her heart "
            "is in the right place on the issue.”")
    got = extract_quotes(text, "t")
    well_formed(text, got)
    assert not [q for q in got if q.text.startswith("trade matters")]
    assert [q for q in got if q.text.startswith("I have no doubt") and q.speaker == "Lena Holt"], got


def test_a_weekday_after_on_is_still_a_time_before_a_clause():
    got = quotes("Jo Roe said on Tuesday the plant would close by the end of the year.")
    assert ("Jo Roe", "the plant would close by the end of the year") in got
