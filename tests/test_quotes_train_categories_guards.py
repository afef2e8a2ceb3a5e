"""Guards for reported speech held by a noun of saying that a possessive owns ("his claim that …"): whose words a
pronoun owner stands for when the clause answers them, when the sentence names the owner, when a described person
stands nearer than the last name; where the clause ends; the one the promise is made to; and "state" as a noun.
Sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from briefing.index.quotes import extract_quotes


def read(text):
    """(kind, text, speaker) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, "t")]


@pytest.mark.parametrize("text, want", [
    # a verb answering the words: the possessive is someone else's, not the answering subject's
    ("Senator Tom Hale spoke on Monday. Councillor Pete Lorne rejected his claim that the vote was rigged.",
     [("indirect", "the vote was rigged", "Tom Hale")]),
    ("Governor Ann Moss spoke on Monday. Mayor Jane Dorr dismissed her suggestion that the talks had failed.",
     [("indirect", "the talks had failed", "Ann Moss")]),
    ("Senator Tom Hale spoke on Monday. Mayor Jane Dorr laughed off his warning that the party would split.",
     [("indirect", "the party would split", "Tom Hale")]),
])
def test_answered_words_belong_to_the_one_named_before(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    # the only person named is the one who answers, and of the other gender: nobody the pronoun can stand for
    "Mayor Mary Smith laughed off his warning that the party would split.",
    # the answering subject is the only candidate of the pronoun's gender
    "Councillor Pete Lorne rejected his claim that the vote was rigged.",
    # a person described by a role is the subject nearer than the last name: "he" may be that person
    "Prime Minister Tony Vance and Chancellor Gordon Hale met MPs on Monday. Mr Hale said nothing. Even as the MPs "
    "spoke, while Mr Hale is in Africa for a week, the prime minister is to deliver a speech on schools. And he is "
    "expected to repeat his recent insistence that the manifesto will be bold.",
])
def test_no_owner_the_pronoun_can_safely_stand_for(text):
    assert read(text) == []


def test_a_man_opening_a_sentence_since_the_last_speaker_leaves_his_unread():
    """"Vance departs Rome today. But he leaves behind anger over his warning …": the last man quoted (an aide) is
    not the one "his" stands for; the sentence's own subject, a surname the text gave before, may be."""
    text = ("Vance urges Italy to stay in the pact.\n\nPresident Vance has urged Italy to stay in the pact, and "
            "threatened it with the loss of trade.\n\nIn a statement, his adviser, Jack Reed, said: “The pact is "
            "strong.”\n\nVance departs Rome for Paris today. But he leaves behind anger over his warning that Italy "
            "would pay a price.")
    assert [q for q in read(text) if "pay a price" in q[1]] == []
    assert ("direct", "The pact is strong", "Jack Reed") in read(text)


@pytest.mark.parametrize("text, want", [
    # a man the owner's own sentence names is the one "his" stands for, not the man of the sentence before
    ("Sprinter Tom Hale is serving a ban. Singer Ann Moss has sued Carl Vetter over his allegations that she took drugs.",
     [("indirect", "she took drugs", "Carl Vetter")]),
    ("Coach Ben Ross was sacked in May. Ann Moss has filed a lawsuit against Carl Vetter following his claim that "
     "she cheated.",
     [("indirect", "she cheated", "Carl Vetter")]),
    # (guard) a man named inside the subject's relative aside is not the one "his" stands for
    ("Senator Tom Hale spoke on Monday. Mayor Ann Moss, who met Carl Vetter in May, dismissed his claim that the vote "
     "was rigged.",
     [("indirect", "the vote was rigged", "Tom Hale")]),
    # (guard) the subject of the owner's clause still owns a repeated claim, past a man named as its object
    ("Tom Hale met Carl Vetter on Monday and repeated his claim that the deal was dead.",
     [("indirect", "the deal was dead", "Tom Hale")]),
])
def test_person_named_in_the_owners_sentence(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    # the subject's participle of saying and a relative clause end the clause
    ("Peter Lee mocked Jo Roe's pledge to cut taxes, calling it absurd.",
     [("indirect", "to cut taxes", "Jo Roe")]),
    ("Tom Hale repeated his argument that the war was illegal, which critics rejected.",
     [("indirect", "the war was illegal", "Tom Hale")]),
    # the one the call or the promise is made to stands before the infinitive
    ("Peter Lee repeated his call to police to investigate the fire.",
     [("indirect", "to investigate the fire", "Peter Lee")]),
    ("Peter Lee kept his promise to himself to run a marathon.",
     [("indirect", "to run a marathon", "Peter Lee")]),
])
def test_clause_of_the_owned_noun(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    # nouns that are not speech in context
    "Fans still remember his promise as a player to win the league for the city.",
    "The dispute centred on her claim to the throne of Castile.",
    "Drivers ignored their warning lights to the very end.",
    "Jo Roe wore Roe's statement jacket to the gala that night.",
    "Volunteers ran the company's pledge drive to raise money for the hospital.",
    "The imam led their call to prayer at dawn.",
    "Fans answered his call to arms before the final.",
    # "its", and an owner in quotation marks: left alone
    "Regulators scrutinised its claim that the drug was safe.",
    "Critics mocked the \"Leader's\" promise to build a wall.",
])
def test_nouns_and_owners_left_alone(text):
    assert read(text) == []


@pytest.mark.parametrize("text, want", [
    ("The state said it would appeal the ruling.", [("indirect", "it would appeal the ruling", "The state")]),
    ("State officials said the water was safe.", [("indirect", "the water was safe", "State officials")]),
    ("States say they cannot afford the cost.", [("indirect", "they cannot afford the cost", "States")]),
    ("Officials in the state that borders Mexico said the wall was useless.",
     [("indirect", "the wall was useless", "Officials in the state")]),
    ("The two states say they will sue.", [("indirect", "they will sue", "The two states")]),
])
def test_state_as_a_noun_in_the_subject(text, want):
    assert read(text) == want


@pytest.mark.parametrize("unit, least", [
    ("his claim that ", 0),
    ("Tom Hale spoke. Jo Roe rejected his claim that the deal was dead. ", 1),
    ("Tom Hale met Carl Vetter and Jo Roe and Ann Moss and dismissed his claim that the deal was dead. ", 0),
    ("Tom Hale spoke. The prime minister is to speak. And he is expected to repeat his insistence that taxes fall.\n\n", 0),
    ("Jo Roe's ", 0),
    ("Tom Hale repeated his call to police to ", 0),
])
def test_hostile_runs_are_read_in_linear_time(unit, least):
    """200 KB of one owned noun, pronoun or possessive after another: each sentence looks back a bounded stretch."""
    text = "Critics noted " + unit * (200_000 // len(unit)) + "."
    t0 = time.process_time()
    got = extract_quotes(text, "t")
    assert time.process_time() - t0 < 10
    assert len(got) >= least * (200_000 // len(unit)) // 2
