"""Speakers are noun phrases: never a clause fragment, role words split off into the role, roles that
are role phrases. The sentences are written for these tests."""

from __future__ import annotations

import json

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.entities import is_fragment
from briefing.index.quotes.name_forms import parse_name
from briefing.index.quotes.noun_phrase import is_alias, is_role_phrase, role_or_none, speaker_np
from cli_inprocess import briefing_main as briefing


def _only(text: str):
    quotes = extract_quotes(text, "t")
    assert quotes, text
    return quotes[-1]


def _assert_np(q) -> None:
    """The speaker and the mention are noun phrases, and the mention is where the offsets say."""
    assert q.speaker and not is_fragment(q.speaker)
    if q.speaker_mention is not None:
        assert not is_fragment(q.speaker_mention) or q.speaker_mention.lower() in ("he", "she", "they", "it")
    if q.speaker_start is not None:
        assert q.speaker_mention == q.speaker_mention.strip()


@pytest.mark.parametrize("text, speaker, role, mention", [
    # a name that keeps role words: the role words go to the role
    ("Attorney Joshua Levy said the filing was late.", "Joshua Levy", "Attorney", None),
    ("Engineer Karl Weber told reporters the bridge was safe.", "Karl Weber", "Engineer", None),
    ("Labour MP Ruth Okafor said the vote “settles nothing.”", "Ruth Okafor", "Labour MP", None),
    ("Former party speechwriter Jon Favreau said the speech “was a disaster.”", "Jon Favreau",
     "Former party speechwriter", None),
    ("“It's something she has always wanted,” her brother Tom Ridley said.", "Tom Ridley", "her brother", None),
    # a place after the name is no part of it
    ("“The river is rising,” Councillor Amir Haddad of Riverside said.", "Amir Haddad", "Councillor", None),
    # a clause after the name: the mention is the name, not the clause
    ("Governor Ellen Park praised the plan. Park beamed as she said “this is a great day for the city.”",
     "Ellen Park", None, "Park"),
    ("Candidate Rosa Delgado picked up from her sister by phone and said “we are winning.”", "Rosa Delgado",
     "Candidate", "Candidate Rosa Delgado"),
    # a subordinator before the name
    ("Although Senator Pat Quinlan voted for the bill, Quinlan said the cuts “go too far”.", "Pat Quinlan", None,
     "Quinlan"),
    # a dateline before the role: the role is the role phrase
    ("NEW YORK - Republican candidate Jo Whitmore said on Tuesday that taxes would fall.", "Jo Whitmore",
     "Republican candidate", "Republican candidate Jo Whitmore"),
])
def test_speaker_and_role_are_noun_phrases(text, speaker, role, mention):
    q = _only(text)
    assert q.speaker == speaker
    assert q.speaker_role == role
    if mention is not None:
        assert q.speaker_mention == mention
        assert text[q.speaker_start:q.speaker_end] == mention
    _assert_np(q)


@pytest.mark.parametrize("phrase, np", [
    ("Although Roe", None),  # a leading subordinator and nothing after the name
    ("Halvorsen must", None),  # a modal after the name
    ("It's something she", None),  # a clause with a subject pronoun
    ("Marchetti pursued food and recipe", "Marchetti"),  # a finite verb after the name
    ("Okafor beamed as she", "Okafor"),  # "as she"
    ("Delgado picked up from her sister by", "Delgado"),  # "picked up"
    ("Ivanova's sharp attack on Brandt", "Ivanova's sharp attack"),  # a possessive with words after it
    ("Keller passionately", "Keller"),  # an adverb after the name
    ("Keller later blamed his critics", "Keller"),
    ("Mayor Jo Whitmore on Thursday", "Mayor Jo Whitmore"),  # a time after the name
    ("BERLIN - Minister Ute Brandt", "Minister Ute Brandt"),  # a dateline
    ("Ms. Brandt - in a long letter", "Ms. Brandt"),  # a dash aside
    ("On Brandt", "Brandt"),  # a preposition before the name
    ("Last month Brandt", "Brandt"),  # a time before the name
    ("No doubt Brandt", "Brandt"),
    ("Having", None),  # a participle that opens a clause is no one
    ("Said Brandt", "Brandt"),  # the cue before its subject
    ("Party insiders believe Brandt", "Party insiders"),  # a verb in its base form
    ("Ute Brandt.", "Ute Brandt"),  # a full stop after the name
    ("Jo Brandt Jr.", "Jo Brandt Jr."),
    ("Asked about Brandt's", None),  # a participle's clause
    ("the company's chief executive", "the company's chief executive"),  # descriptions stay whole
    ("she", "she"),  # pronouns stay themselves
])
def test_speaker_np_of_fragments(phrase, np):
    assert speaker_np(phrase) == np


def test_roles_are_role_phrases_never_clauses():
    assert not is_role_phrase("Senator Nora Bell of Ohio endorsed")
    assert not is_role_phrase("One pastor supporting")
    assert not is_role_phrase("Leader of the")
    assert not is_role_phrase("A spokesman for Democratic candidate")  # someone else's role
    assert not is_role_phrase("The memory")  # a description's head that is no role
    assert is_role_phrase("Secretary of State") and is_role_phrase("the city finance director")
    assert role_or_none("(Reuters) - President") is None
    assert is_role_phrase("Republican presidential candidate")
    assert is_role_phrase("former party speechwriter")
    assert role_or_none("PARIS - Finance Minister") == "Finance Minister"


def test_aliases_are_names_not_descriptions_or_clauses():
    assert is_alias("Republican candidate Jo Whitmore")
    assert is_alias("Mrs. Whitmore")
    assert not is_alias("Whitmore beamed as she")
    assert not is_alias("Ivanova's sharp attack on Whitmore")
    assert not is_alias("Whitmore on Thursday")
    assert not is_alias("Mr")
    assert not is_alias("Doe's chief of staff")  # someone else than Doe
    assert not is_alias("Voters in North Dakota")  # the name is a place the phrase is about
    assert not is_alias("Neither Ms Roe nor Mr Doe")
    assert not is_alias("Last week Whitmore")
    assert not is_alias("Party insiders believe Whitmore")
    assert is_alias("Trade and Industry Secretary Jo Whitmore")
    assert is_alias("Jo Whitmore of Vermont")


def test_a_name_after_a_preposition_is_not_the_speaker_name():
    assert parse_name("Voters in North Dakota").plain == "Voters in North Dakota"
    assert not parse_name("Voters in North Dakota").person
    assert parse_name("Trade and Industry Secretary Jo Whitmore").plain == "Jo Whitmore"


def test_a_party_tag_is_no_part_of_a_name_and_brackets_stay_closed():
    assert parse_name("Sen. Jo Whitmore (R-Texas)").identity == parse_name("Jo Whitmore").identity
    assert parse_name("Sen. Jo Whitmore (R-Texas").plain == "Jo Whitmore"
    assert parse_name("Harbour Data Association (HDA").plain == "Harbour Data Association (HDA)"


_ARTICLES = [
    "Governor Ellen Park praised the plan on Monday. Park beamed as she said “this is a great day for the city.”\n\n"
    "Park later told reporters that the budget was balanced. Park also mocked her rivals' “fantasy numbers.”",
    "Ellen Park's sharp attack on Dan Keller said nothing new, critics said.\n\n"
    "Dan Keller picked up from his daughter by phone and said “we will win this.”\n\n"
    "NEW YORK - Republican candidate Dan Keller said on Tuesday that taxes would fall.",
    "“The river is rising,” Councillor Amir Haddad of Riverside said.\n\n"
    "Attorney Joshua Levy said the filing was late. Although Keller lost, Keller said “we will be back.”\n\n"
    "Keller passionately rejected the claims, telling reporters that they were “nonsense”.",
]


def test_speakers_listing_has_no_fragment_aliases(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for i, text in enumerate(_ARTICLES):
        (corpus / f"a{i}.txt").write_text(f"Story {i}\n\n{text}\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    briefing("--corpus", str(corpus), "--index-dir", ix, "index", check=0)
    rows = [json.loads(x) for x in briefing("--corpus", str(corpus), "--index-dir", ix, "speakers", "--json",
                                            check=0).stdout.splitlines() if x.strip()]
    by_name = {r["name"]: r for r in rows}
    assert {"Ellen Park", "Dan Keller", "Amir Haddad", "Joshua Levy"} <= set(by_name)
    for r in rows:
        assert not is_fragment(r["name"]), r["name"]
        for alias in r["aliases"]:
            assert not is_fragment(alias), (r["name"], alias)
        for role in r["roles"]:
            assert is_role_phrase(role), (r["name"], role)
    assert "Councillor" in by_name["Amir Haddad"]["roles"]
    assert "Attorney" in by_name["Joshua Levy"]["roles"]
    assert not any(" - " in a or a.startswith("NEW YORK") for a in by_name["Dan Keller"]["aliases"])


@pytest.mark.parametrize("text, speaker", [
    ("Home sales slowed in June, according to figures published on Monday by the Land Registry.", "Land Registry"),
    ("Wages barely moved, according to a survey compiled by Halvorsen Partners.", "Halvorsen Partners"),
])
def test_a_document_described_by_its_author_gives_the_author(text, speaker):
    [q] = extract_quotes(text)
    assert q.speaker == speaker and q.text.split(",")[0] == text.split(",")[0]
    assert text[q.speaker_start:q.speaker_end].endswith(speaker)
