"""Reported speech the rules used to miss: what is denied ("denied the allegations", "denies that …"), "said this is …",
a cue after being quick or careful to speak ("was quick to point out that …"), "But according to X, …" and an
aside in brackets, a participle after a short object ("called for an inquiry, saying …"); and the guards where those
readings must not reach. Every passage was written for these tests."""

from __future__ import annotations

import pytest

from quote_passages import check_passage, quotes

DENIED = [
    ("Councillor Ana Reyes denied the allegations at a hearing on Tuesday.", [("Ana Reyes", "the allegations")]),
    ("The haulage firm denies any wrongdoing.", [("The haulage firm", "any wrongdoing")]),
    ("The striker denied having spoken to the rival club before the transfer window opened.",
     [("The striker", "having spoken to the rival club")]),
    ("The Ministry of Health denies that the tender was rigged in favour of a donor.",
     [("The Ministry of Health", "the tender was rigged in favour of a donor")]),
    ("Ministers deny they have been pushed into the reform by the opposition.",
     [("Ministers", "they have been pushed into the reform by the opposition")]),
    # a noun before its own clause leaves the clause to be read
    ("Tomas Weir denied reports that he had agreed to sell the newspaper group.",
     [("Tomas Weir", "he had agreed to sell the newspaper group")]),
    ("The singer denied reports of a rift with her band but says she needs a long rest.",
     [("The singer", "reports of a rift with her band"), ("The singer", "she needs a long rest")]),
]


@pytest.mark.parametrize("text,expected", DENIED, ids=[t[:40] for t, _ in DENIED])
def test_what_is_denied_is_reported(text, expected):
    check_passage(text, expected)


@pytest.mark.parametrize("text,denied,after", [
    ("Dr Lena Ostrova denied the charges through her solicitor, saying they were politically motivated.",
     "the charges", "they were politically motivated"),
    ("The chain denied the claims in a short statement and said its suppliers had been audited twice.",
     "the claims", "its suppliers had been audited twice"),
])
def test_the_charge_denied_is_the_noun_phrase_alone(text, denied, after):
    got = [t for _, t in quotes(text)]
    assert denied in got, got
    assert any(t.startswith(after) for t in got), got


def test_having_done_it_ends_at_the_comma():
    got = [t for _, t in quotes("The foundation denies having any role in the protests, but its offices have closed.")]
    assert got == ["having any role in the protests"], got


@pytest.mark.parametrize("text", [
    "The winger was denied a penalty in the final minute.",
    "The council denied the request for a new car park behind the library.",
    "The embassy denied them entry to the building on Friday.",
    "The board denied the club its licence for a second season.",
])
def test_what_is_withheld_is_no_statement(text):
    assert quotes(text) == []


THIS_SUBJECT = [
    ("Opponents say this is a tax on the poorest households.", [("Opponents", "this is a tax on the poorest households")]),
    ("The inspector said this was the worst case of neglect she had seen.",
     [("The inspector", "this was the worst case of neglect")]),
    ("The club said this week that the stadium would reopen in April.",
     [("The club", "the stadium would reopen in April")]),
]


@pytest.mark.parametrize("text,expected", THIS_SUBJECT, ids=[t[:40] for t, _ in THIS_SUBJECT])
def test_this_opens_the_reported_clause(text, expected):
    check_passage(text, expected)
    assert not any(q.startswith(("was ", "is ")) for _, q in quotes(text))


@pytest.mark.parametrize("text", [
    "The coach said this in an interview with a local radio station.",
    "She said this to the crowd before the rally ended.",
    "He said this, then left the room without another word.",
])
def test_this_as_the_words_said_is_no_clause(text):
    assert quotes(text) == []


QUICK_TO_SAY = [
    ("Aides to the governor were quick to point out that the deficit had shrunk for a third year.",
     [("Aides to the governor", "the deficit had shrunk for a third year")]),
    ("The curator was at pains to point out that no painting had left the building.",
     [("The curator", "no painting had left the building")]),
    ("Priya Nair went out of her way to say that the merger would cost no jobs in the north.",
     [("Priya Nair", "the merger would cost no jobs in the north")]),
    ("Even after the verdict, Joel Harte continued to say he had never seen the letter.",
     [("Joel Harte", "he had never seen the letter")]),
]


@pytest.mark.parametrize("text,expected", QUICK_TO_SAY, ids=[t[:40] for t, _ in QUICK_TO_SAY])
def test_a_cue_after_being_quick_or_careful_to_speak(text, expected):
    check_passage(text, expected)


@pytest.mark.parametrize("text", [
    "The flood water continued to rise through the night.",
    "The mayor was quick to leave the hall after the vote.",
    "She was right to worry about the weather on the coast.",
    "The team went out of its way to train in the heat.",
])
def test_being_quick_to_act_is_no_speech(text):
    assert quotes(text) == []


ACCORDING = [
    ("But according to the port authority, the cranes will be replaced by the spring.",
     [("the port authority", "the cranes will be replaced by the spring")]),
    ("And according to the district nurse, three patients were moved overnight.",
     [("the district nurse", "three patients were moved overnight")]),
    ("The bridge was closed. (According to the city engineer, it cannot carry lorries any more.) Traffic was diverted.",
     [("the city engineer", "it cannot carry lorries any more")]),
]


@pytest.mark.parametrize("text,expected", ACCORDING, ids=[t[:40] for t, _ in ACCORDING])
def test_according_to_after_a_conjunction_or_a_bracket(text, expected):
    check_passage(text, expected)
    assert not any(q.endswith(")") for _, q in quotes(text))


@pytest.mark.parametrize("text,first,second", [
    ("The nurses' union called for a public inquiry, saying the deaths could have been avoided.",
     "a public inquiry", "the deaths could have been avoided"),
    ("The charity urged donors to give early, warning that stocks would run out before Christmas.",
     "donors to give early", "stocks would run out before Christmas"),
])
def test_a_participle_after_a_short_object_is_read_on_its_own(text, first, second):
    got = [t for _, t in quotes(text)]
    assert first in got, got
    assert any(t.startswith(second) for t in got), got
