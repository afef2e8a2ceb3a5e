"""Guards for the rules of promises, participles after a quotation, second cues, poll shares and attributions with
adjuncts (tests/test_quotes_train_groups.py), on sentences written for these tests in the styles of other outlets
(British, Canadian, Australian, wire, sport, business): where those rules must not fire, and where they must still
read real speech."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_helpers import well_formed
from quote_passages import quotes


# ---------------------------------------------------------------- "promising to": a promise or a likelihood
@pytest.mark.parametrize("text", [
    "Shares in the miner rose, promising to end a miserable quarter on a high.",
    "The sky was clearing, promising to make Saturday's final a dry one.",
    "The new stand, promising to seat 12,000 fans, will open in August.",
    "The weather is promising to hold for the weekend's test at Headingley.",
    "He was promising to be one of the best of his generation before injury struck.",
    "The 20-year-old is promising to become a regular in the side by Christmas.",
])
def test_promising_as_a_likelihood_reports_nothing(text):
    assert not [q for q in quotes(text) if q[1].startswith(("to ", "not to "))], quotes(text)


@pytest.mark.parametrize("text,speaker,words", [
    ("Coalition MPs are promising to cross the floor if the bill is not changed.", "Coalition MPs",
     "to cross the floor if the bill is not changed"),
    ("The Liberal leader spent Sunday in Perth, promising to cut fuel excise by 20 cents a litre.",
     "The Liberal leader", "to cut fuel excise by 20 cents a litre"),
    ("Residents are vowing to fight the quarry all the way to the High Court.", "Residents",
     "to fight the quarry all the way to the High Court"),
    ("The union is promising to strike on Monday unless the offer improves.", "The union",
     "to strike on Monday unless the offer improves"),
])
def test_a_promise_by_people_or_a_body_is_still_read(text, speaker, words):
    assert (speaker, words) in quotes(text)


# ---------------------------------------------------------------- a participle after a quotation's comma
def test_a_participle_after_a_quotation_set_off_as_an_aside_is_not_the_subjects_speech():
    # the card in the window says the owner is out, not the shop
    text = "The shop had a card in the window, “Back in five minutes,” saying the owner had gone to lunch."
    assert not [q for q in quotes(text) if "owner had gone" in q[1]]


def test_a_participle_after_a_quotation_the_subject_wrote_is_still_read():
    text = "The chancellor thanked the hospital’s “quiet heroes,” adding that nurses would get a rise in April."
    assert ("The chancellor", "nurses would get a rise in April") in quotes(text)


# ---------------------------------------------------------------- "warning" before a noun
@pytest.mark.parametrize("text", [
    "The Reserve Bank held rates at 4.1 per cent, but warning signs in the housing market persist.",
    "Manchester United beat City 2-1, but warning lights are still flashing at Old Trafford.",
])
def test_warning_before_its_noun_reports_nothing(text):
    assert quotes(text) == []


def test_warning_as_a_participle_of_speech_is_still_read():
    got = quotes("The Bank of England held rates, warning that inflation would rise again in the spring.")
    assert ("The Bank of England", "inflation would rise again in the spring") in got


# ---------------------------------------------------------------- numbers: a second subject or a passive
@pytest.mark.parametrize("text,words", [
    ("Officials said the fire destroyed 40 homes, 12 said to be holiday lets.",
     "the fire destroyed 40 homes, 12 said to be holiday lets"),
    ("He said the festival drew 5,000 people, 300 said to be from abroad.",
     "the festival drew 5,000 people, 300 said to be from abroad"),
])
def test_a_number_then_said_to_be_is_no_second_speaker(text, words):
    assert [q for q in quotes(text) if q[1] == words], quotes(text)


def test_a_number_that_speaks_still_ends_the_clause():
    got = quotes("The club said 40 players had tested positive, 12 have said they will not play.")
    assert ("The club", "40 players had tested positive") in got


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


# ---------------------------------------------------------------- brackets after a name and adjuncts in quotations
@pytest.mark.parametrize("text,speaker", [
    ("“We will vote against this bill,” said Jo Roe (Lab).", "Jo Roe"),
    ("“The plan is a shambles,” said Jane Smith (pictured), who chairs the committee.", "Jane Smith"),
    ("“It was a great day,” said Tom Brown (right) after the ceremony.", "Tom Brown"),
    ("“We will keep fighting,” said Jo Roe (Lab, Hull North).", "Jo Roe"),
    ("“We'll fight on,” said Mike Stone (C-Ont.) on Tuesday.", "Mike Stone"),
])
def test_a_bracket_after_the_name_keeps_the_speaker(text, speaker):
    got = quotes(text)
    assert len(got) == 1 and got[0][0] == speaker and "(" not in got[0][1], got


@pytest.mark.parametrize("text,speaker,words", [
    ("The club will appeal, its chairman told a BBC Radio Leeds phone-in on Sunday.", "its chairman",
     "The club will appeal"),
    ("The plan will fail, the minister told BBC Radio 4's Today programme.", "the minister", "The plan will fail"),
    ("The bill will pass, Senator Amy Vance told a Senate panel Wednesday night.", "Amy Vance", "The bill will pass"),
    ("The team is ready, the coach told a pre-match press conference Friday.", "the coach", "The team is ready"),
    ("The vote was rigged, Tom Hale told a crowd of 3,000 in Derby.", "Tom Hale", "The vote was rigged"),
])
def test_a_listener_with_no_verb_after_told_leaves_the_clause_before_it(text, speaker, words):
    assert quotes(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Set in her native Dartford, the film tells the story of a young mum who leaves her daughters outside a pub.",
    "But while that passage of play showed a side's swelling self-belief, the final quarter told us a whole lot more.",
    "In his stump speech, an optimistic spiel on how free markets can fix the country, he tells one joke about taxes.",
])
def test_what_is_told_after_told_is_no_listener(text):
    assert not [q for q in quotes(text) if text.startswith(q[1][:20])], quotes(text)


def test_a_clause_after_told_is_still_what_was_told():
    got = quotes("The deal was dead, Jo Roe told reporters the board had voted against it.")
    assert not [q for q in got if q[1] == "The deal was dead"]


def test_said_at_the_time_inside_a_quotation_stays_in_it():
    got = quotes("“I said at the time that it was a mistake,” Mr Jones told the BBC.")
    assert got == [("Jones", "I said at the time that it was a mistake")]


# ---------------------------------------------------------------- hostile: quotations set off as asides
def test_quotations_set_off_as_asides_again_and_again_give_no_reported_clause():
    unit = "a card in the window, “Back soon,” saying "
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    got = extract_quotes(text, "t")
    well_formed(text, got)
    assert not [q for q in got if q.kind == "indirect"]
