"""Error categories of annotated political news, each read by a general rule: reported speech held by a noun of
saying that a possessive owns ("her suggestion that …", "his pledge to …"), with guards for the readings it must
leave alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def read(text):
    """(kind, text, speaker) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, "t")]


@pytest.mark.parametrize("text, want", [
    # a possessive pronoun: the person the text just named
    ("Governor Jane Holt toured the dam on Monday.\n\n"
     "Several lawmakers distanced themselves from her suggestion that the inspectors could not be trusted.",
     [("indirect", "the inspectors could not be trusted", "Jane Holt")]),
    # the subject of the owner's own clause owns the noun, not the last person quoted
    ("“We need the money now,” Senator Peter Vance said.\n\n"
     "Mayor Carl Denby also repeated his claim that the bridge would be closed by winter.",
     [("direct", "We need the money now", "Peter Vance"),
      ("indirect", "the bridge would be closed by winter", "Carl Denby")]),
    # a name's possessive, with a modifier before the noun, and an infinitive after a noun of promising
    ("Critics of the budget pointed to Ruth Amari's recent pledge to cut the fuel tax by half.",
     [("indirect", "to cut the fuel tax by half", "Ruth Amari")]),
    # the next thing owned ends the clause
    ("Voters in the north cheered Tom Brandt's promise to reopen the mill and his attacks on the railway board.",
     [("indirect", "to reopen the mill", "Tom Brandt")]),
    # the main clause's verb ends the clause when the noun sits inside a long subject
    ("Opposition leader Maria Soto spoke for an hour. Her harsh words, including her warning that rents would double, "
     "could cost her votes in the suburbs.",
     [("indirect", "rents would double", "Maria Soto")]),
])
def test_noun_of_saying_owned_by_a_possessive(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    # no owner: nobody to attribute the claim to
    "The council rejected the claim that the bridge was unsafe.",
    # "to" before a noun phrase: a threat to someone, not a threat to do something
    "Minister Ivan Petrov spoke in Riga. Neighbours fear his threat to the region's ports.",
    # the owned noun is the sentence's subject: its clause's end is the main verb, which is not read
    "Jane Holt's suggestion that rents would rise angered landlords across the city.",
    # coordinated after another owned noun, inside a subject
    "His speeches and his promise to build a new port were about more than trade.",
    # a noun that is not of saying
    "Mayor Jane Holt defended her plan to close the library on Sundays.",
])
def test_noun_of_saying_left_alone(text):
    assert read(text) == []


@pytest.mark.parametrize("text, want", [
    # a subordinate clause holding the noun ends at the main clause
    ("If Premier Anna Kiel keeps her promise to serve a full term, she will be the longest-serving premier.",
     [("indirect", "to serve a full term", "Anna Kiel")]),
])
def test_noun_of_saying_in_a_subordinate_clause(text, want):
    assert read(text) == want


def test_noun_of_saying_after_a_sentence_conjunction_is_a_subject():
    text = "Author Lena Park spoke last year. But her argument that prizes should sell books is not shared by everyone."
    assert read(text) == []


@pytest.mark.parametrize("text, want", [
    # "state" as a noun inside the subject's aside is not a cue that ends the sentence's reading
    ("Sen. Tom Grass, facing a spirited challenge in Iowa, a swing state, said he would welcome the governor.",
     [("indirect", "he would welcome the governor", "Tom Grass")]),
    ("Two governors, one from a border state, said the fence would never be finished.",
     [("indirect", "the fence would never be finished", "Two governors")]),
    # (guards) the verb still reports, and a noun "state" in a subject stays out of the way
    ("Officials state that the road will reopen in May.",
     [("indirect", "the road will reopen in May", "Officials")]),
    ("Half of the voters in each state say the race is too close to call.",
     [("indirect", "the race is too close to call", "Half of the voters in each state")]),
])
def test_state_as_a_noun_is_no_cue(text, want):
    assert read(text) == want
