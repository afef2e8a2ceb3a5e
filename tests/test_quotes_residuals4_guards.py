"""Guards on the forms of tests/test_quotes_residuals4.py where news uses the same words for something else: "fired
back" of gunfire and goals, "chimed in" of bells, "both teams" and "the two sides", a firm's legal name beside another
firm's, "it" in a clause joined to one whose subject is a firm, surnames such as "May" and words such as "Van" in
Western names. Passages written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_passages import quotes


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {quotes(text)}"
    return got[0]


# ---------------------------------------------------------------- particles of movement, gunfire and bells

@pytest.mark.parametrize("sentence", [
    "The Oilers fired back in the third period, scoring twice in four minutes.",
    "The suspect fired at officers and police fired back, killing him.",
    "The Canadiens shot back, tying the game at 2-2.",
    "Markets fired back, with the Dow up 300 points on Friday.",
    "The church bells chimed in the distance as mourners gathered.",
    "Other investors chimed in, with shares rising 4 per cent.",
    "Australia hit back, with Warner scoring a quick fifty.",
    "The striker fired back into the net from close range.",
    "The judge interrupted to ask for quiet in the court.",
    "Police fired back, \"hitting the suspect twice,\" according to the report.",
])
def test_gunfire_goals_and_bells_are_no_speech(sentence: str):
    assert quotes(sentence + "\n") == []


def test_a_quotation_after_fired_back_and_a_comma_is_the_subjects_reply():
    assert _speaker_of("Walsh fired back, \"That is rubbish.\"\n", "That is rubbish") == "Walsh"


# ---------------------------------------------------------------- "both" and "the two" of teams and sides

@pytest.mark.parametrize("lead, said, speaker", [
    ("Coach Andy Reid met coach Kyle Shanahan before the game.", "Both teams said they were ready.", "Both teams"),
    ("Premier Doug Ford met Prime Minister Justin Trudeau in Ottawa.",
     "The two sides said talks would resume next week.", "The two sides"),
    ("Kamala Harris and Donald Trump debated on Tuesday.", "Each of the candidates said they had won.",
     "Each of the candidates"),
    ("Kamala Harris and Donald Trump debated on Tuesday.", "Both campaigns said they had won.", "Both campaigns"),
])
def test_both_teams_or_sides_are_not_the_two_people_named(lead: str, said: str, speaker: str):
    assert _speaker_of(f"{lead} {said}\n", said.split(" said ")[1][:12]) == speaker


# ---------------------------------------------------------------- a firm's legal name and "the company"

@pytest.mark.parametrize("lead", [
    "Hydro Valley Inc. and Lakeshore Hydro both raised their rates on Monday.",
    "Lakeshore Hydro and Hydro Valley Inc. both raised their rates on Monday.",
])
def test_a_legal_name_joined_to_another_firms_name_is_not_the_kind_alone(lead: str):
    text = f"{lead}\n\nThe utility said the change was needed to pay for repairs.\n"
    assert _speaker_of(text, "the change was needed") == "The utility"


def test_a_legal_name_with_two_legal_forms_is_named_whole():
    text = "Kestrel Telecom Corp. Ltd. posted a loss for the year.\n\nThe company said it would cut 500 jobs.\n"
    assert _speaker_of(text, "it would cut 500 jobs") == "Kestrel Telecom Corp. Ltd."


def test_a_firm_that_spoke_since_the_legal_name_is_the_company():
    text = ("Suncor Valley Inc. hired the consulting firm Brightline to review its costs. Brightline said the review "
            "would take a month.\n\nThe firm said it would report in June.\n")
    assert _speaker_of(text, "it would report in June") == "Brightline"


# ---------------------------------------------------------------- "it" in a clause joined to a firm's clause

@pytest.mark.parametrize("sentence, firm", [
    ("The rivals sell their songs as MP3 files while Orchard uses its own format, which it says helps stop copying.",
     "Orchard"),
    ("Shares in the sector fell after Kestrel Mining cut its forecast, which it said reflected lower prices.",
     "Kestrel Mining"),
    ("KLA will now suspend the Orinoco flights - which it says will remain under review - from 27 March.", "KLA"),
])
def test_it_after_which_is_the_firm_of_its_own_sentence(sentence: str, firm: str):
    text = ("Tally Research said on Monday that sales of music players rose 20% last year.\n\n"
            "Lawyers for the buyers say the format locks them in.\n\n" + sentence + "\n")
    got = [q.speaker for q in extract_quotes(text, "t") if q.speaker_mention == "it"]
    assert got == [firm], quotes(text)


def test_it_after_which_keeps_the_firm_that_spoke_when_its_clause_has_a_person():
    text = "Acme Mining said profits fell.\n\nJo Roe quit on Friday, which it said was a surprise.\n"
    assert _speaker_of(text, "was a surprise") == "Acme Mining"


# ---------------------------------------------------------------- surnames that are verbs, "Van" in Western names

@pytest.mark.parametrize("text, speaker, words", [
    ("Theresa May spoke in Parliament.\n\nMs May said the deal was good.\n", "Theresa May", "the deal was good"),
    ("Chancellor Ann Roe will say the budget is balanced.\n", "Ann Roe", "the budget is balanced"),
    ("Ann Roe may say the deal was good.\n", "Ann Roe", "the deal was good"),
    ("Dick Van Dyke turned 99 on Monday.\n\nVan Dyke said he felt great.\n", "Dick Van Dyke", "he felt great"),
    ("Van Morrison played in Belfast on Friday.\n\nMorrison said the crowd was wonderful.\n", "Van Morrison",
     "the crowd was wonderful"),
])
def test_may_will_and_van_are_read_as_the_text_uses_them(text: str, speaker: str, words: str):
    assert _speaker_of(text, words) == speaker
