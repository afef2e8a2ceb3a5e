"""Where the whole-article rules must not reach: "to say" after a march or inside a sentence another speaker closes,
a surname particle written with a capital where it opens a sentence, a time stamp with AM/PM before a live-blog
entry, and words that look like the rules' cues but are not ("the van driver", "took the stand"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_helpers import well_formed


def _said(text: str) -> list[tuple[str | None, str, str]]:
    quotes = extract_quotes(text)
    well_formed(text, quotes)
    return [(q.speaker, q.kind, q.text) for q in quotes]


@pytest.mark.parametrize("text, speaker, said", [
    ("Thousands took to the streets to say no to the war, organiser Mia Grant said.", "Mia Grant",
     "Thousands took to the streets to say no to the war"),
    ("Kim Tran took to Twitter to say the vote was rigged, her lawyer Sam Lee said.", "Sam Lee",
     "Kim Tran took to Twitter to say the vote was rigged"),
    ("Kim Tran went on to say the vote was rigged, her lawyer Sam Lee said.", "Sam Lee",
     "Kim Tran went on to say the vote was rigged"),
    ("Kim Tran wrote to say the deal was off, said her agent Sam Lee.", "Sam Lee",
     "Kim Tran wrote to say the deal was off"),
])
def test_a_to_say_inside_a_sentence_another_speaker_closes_is_what_they_report(text, speaker, said):
    """'X took to Twitter to say …, her lawyer said': the lawyer reports the whole sentence; a march ("took to the
    streets to say") is no one's words."""
    assert _said(text) == [(speaker, "indirect", said)]


@pytest.mark.parametrize("text, speaker, said", [
    ("Kim Tran took to Twitter to say the vote was rigged.", "Kim Tran", "the vote was rigged"),
    ("Kim Tran emailed to say the deal was off, and that she was sorry.", "Kim Tran",
     "the deal was off … she was sorry"),  # (the clause after "and that" joined as a fragment)
])
def test_a_to_say_with_no_other_speaker_is_the_subjects(text, speaker, said):
    assert _said(text) == [(speaker, "indirect", said)]


def test_a_march_alone_gives_no_speaker_of_words():
    assert _said("Farmers took to the roads to say their tractors were too slow for the new rules.") == []


@pytest.mark.parametrize("first, later, full", [
    ("Ingrid van Dijk", "Van Dijk", "Ingrid van Dijk"),
    ("Kevin de Bruyne", "De Bruyne", "Kevin de Bruyne"),
    ("Jan van der Berg", "Van der Berg", "Jan van der Berg"),
    ("Ana da Costa", "Da Costa", "Ana da Costa"),
])
def test_a_particle_capitalised_at_a_sentence_opening_is_the_full_name(first, later, full):
    """'Van Dijk added' after 'Ingrid van Dijk': the capital is the sentence's, the surname the same."""
    text = f"{first} said the launch had worked. {later} added that the team was relieved."
    assert _said(text) == [(full, "indirect", "the launch had worked"),
                           (full, "indirect", "the team was relieved")]


def test_a_first_name_like_a_particle_is_not_taken_for_a_surname():
    """'Van Morrison' is no 'van Morrison' of someone named before."""
    text = "Ingrid van Dijk said the launch had worked. Van Morrison said the song was new."
    assert [s for s, _, _ in _said(text)] == ["Ingrid van Dijk", "Van Morrison"]


@pytest.mark.parametrize("stamp", ["7:30 PM - ", "7:30 PM — ", "10:05 GMT - ", "10:05 - "])
def test_a_live_blog_time_stamp_is_not_part_of_the_speaker(stamp):
    text = stamp + "The mayor said “Stay at home tonight.”"
    assert _said(text) == [("The mayor", "direct", "Stay at home tonight")]


@pytest.mark.parametrize("text, speaker", [
    ("The van driver said “I never saw the cyclist.”", "The van driver"),
    ("The operator of the crane said he felt the wind pick up.", "The operator of the crane"),
    ("Investigators said the source of the leak was a contractor.", "Investigators"),
    ("Police said the van Dijk owned was stolen.", "Police"),
])
def test_words_that_look_like_the_rules_cues_keep_their_plain_reading(text, speaker):
    assert [s for s, _, _ in _said(text)] == [speaker]


def test_a_stand_taken_to_say_is_no_cue():
    assert _said("Kim Tran took the stand to say she was innocent.") == []


def test_many_to_say_clauses_closed_by_other_speakers_give_one_quote_each():
    """A long run of 'X took to Twitter to say …, her lawyer said.': each sentence read near its cues."""
    unit = "Kim Tran took to Twitter to say the vote was rigged, her lawyer Sam Lee said. "
    text = unit * 300
    got = _said(text)
    assert len(got) == 300 and all(g == ("Sam Lee", "indirect", unit.split(", her")[0]) for g in got)
