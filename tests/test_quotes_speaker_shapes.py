"""A speaker is a noun phrase naming who spoke, on sentences written for these tests: the shape checks
(``index/quotes/np_shape.py``), the repairs of a phrase cut from the wrong place (a possessive that owns
the cue, a group named after its owner, a trailing preposition, a clause before its subject's second
verb) and quotes left without a speaker when no noun phrase names one; last, the shape checker over
every speaker extracted from a set of sentences."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.np_shape import shape_faults
from quote_helpers import speaker_starting


# ---------------------------------------------------------------- the shape checks

@pytest.mark.parametrize("phrase, fault", [
    ("Jo Roe of Standard & Poor's in", "ends-preposition"),
    ("The number of", "ends-preposition"),
    ("A third of those", "ends-determiner"),
    ("Or", "ends-conjunction"),
    ("Ms Tarrant's", "ends-possessive"),
    ("The panel upheld Ms Tarrant's", "finite-verb"),
    ("The two councils met", "finite-verb"),
    ("That's the gist from", "finite-verb"),
    ("I've", "finite-verb"),
    ("denying Ms Tarrant's", "starts-lower-verb"),
    ("The Courier's reporting", "nominalisation"),
    ("Mr Okafor's remarks", "nominalisation"),
    ("Mr Okafor's report", "possessed-document"),
    ("The squabbling", "participle"),
    ("RIVERS RISING FAST", "headline-caps"),
    ('Okafor "then', "quote-mark"),
    ("one of the many residents of the town who came to the meeting on the bridge", "too-long"),
])
def test_each_fault_is_named(phrase, fault):
    assert fault in shape_faults(phrase)


@pytest.mark.parametrize("phrase", [
    "Jo Roe of Standard & Poor's", "McDonald's", "Scott's family", "leading economists", "managing director Ana Ruiz",
    "sources speaking to the Courier", "Another source familiar with Ms Roe's thinking", "Britain's acting head coach",
    'Marcus "Mack" Bell', "KIRA LANE", "Friends of Mr. Hale", "42% of them", "half (55%) of the respondents",
    "Al From", "the car website Parker's", "27 percent of those who named a candidate", "Even those",
    "That's Life host Ada Lane", "a court filing", "he", "Mr Okafor's statement",
])
def test_noun_phrases_pass(phrase):
    assert shape_faults(phrase, mention=True) == []


# ---------------------------------------------------------------- a possessive and what it owns

def test_a_possessive_that_owns_the_cue_is_the_speaker():
    text = "Lena Okafor's claim that the bridge was unsafe was rejected by the council on Monday."
    assert speaker_starting(text, "the bridge") == "Lena Okafor"


def test_a_possessive_after_an_adjective_and_a_participle_clause():
    text = ("Footage shows the driver standing still, contradicting Harbour police's earlier claim that "
            "he had run at officers.")
    assert speaker_starting(text, "he had run") == "Harbour police"


def test_a_possessive_nominal_cue_with_its_object_after():
    text = "He wanted to answer Dan Pryor's calling him a coward in front of the whole committee."
    assert speaker_starting(text, "him a coward") == "Dan Pryor"


def test_a_possessive_that_owns_a_group_names_the_group():
    text = "Ana Ruiz's family has called on the hospital to publish the full report into her care."
    assert speaker_starting(text, "the hospital") == "Ana Ruiz's family"


def test_friends_named_after_their_owner_speak_as_the_group():
    text = "Friends of Mr. Hale's who have met him this month say that he is as sharp as ever."
    assert speaker_starting(text, "he is as sharp") == "Friends of Mr. Hale"


def test_a_share_of_those_who_did_something_keeps_its_relative_clause():
    text = ("While only 5 percent said they are undecided, 31 percent of those who named a candidate said they "
            "could still switch.")
    assert speaker_starting(text, "they could still") == "31 percent of those who named a candidate"


def test_a_possessive_owning_a_compound_noun_is_no_speaker():
    text = ("Mira Bell joined in 2019 and now runs the Courier's reporting team and frequently reports live "
            "from council meetings.")
    assert all(q.speaker != "Courier's reporting" for q in extract_quotes(text, "t"))


# ---------------------------------------------------------------- phrases cut from the wrong place

def test_a_trailing_preposition_goes_and_the_organisation_stays():
    text = '"Prices will keep rising," said Jo Roe of Standard & Poor\'s in London.'
    assert speaker_starting(text, "Prices will") == "Jo Roe of Standard & Poor's"


def test_a_clause_gives_its_subject_for_a_second_verb():
    text = ("The panel upheld Ms Tarrant's claim of unfair treatment on certain specific issues, including a rota, "
            "but said it found no evidence of \"a macho culture\" at the depot.")
    assert speaker_starting(text, "it found no evidence") == "The panel"


def test_a_quotation_cut_inside_a_name_keeps_the_name():
    text = "The minister Okafor \u201cthen confirmed\u201d that the plan was dead."
    assert all(not q.speaker or '"' not in q.speaker and "\u201c" not in q.speaker
               for q in extract_quotes(text, "t"))


# ---------------------------------------------------------------- no noun phrase, no speaker

def test_a_headline_in_capitals_is_no_speaker():
    text = 'RIVERS RISING FAST \u2014 "The water came up two feet overnight and the road is closed to all traffic."'
    assert all(q.speaker is None or not q.speaker.isupper() for q in extract_quotes(text, "t"))


def test_a_participle_clause_is_no_speaker():
    text = ("Lane and Ruiz have won the regional prize for best new play, boosting their festival hopes "
            "for the summer season.")
    assert all(q.speaker is None or not q.speaker.startswith("boosting") for q in extract_quotes(text, "t"))


# ---------------------------------------------------------------- the checker over extraction

SENTENCES = [
    "Lena Okafor's claim that the bridge was unsafe was rejected by the council on Monday.",
    "Ana Ruiz's family has called on the hospital to publish the full report into her care.",
    "Friends of Mr. Hale's who have met him this month say that he is as sharp as ever.",
    '"Prices will keep rising," said Jo Roe of Standard & Poor\'s in London.',
    "The panel upheld Ms Tarrant's claim of unfair treatment on certain specific issues, including a rota, but said "
    "it found no evidence of \"a macho culture\" at the depot.",
    "Footage shows the driver standing still, contradicting Harbour police's earlier claim that he had run at "
    "officers.",
    "He wanted to answer Dan Pryor's calling him a coward in front of the whole committee.",
    'RIVERS RISING FAST \u2014 "The water came up two feet overnight and the road is closed to all traffic."',
    "Lane and Ruiz have won the regional prize for best new play, boosting their festival hopes for the summer season.",
    "A total of 48% of estate agents reported lower prices in the three months to June.",
    "The city's figures come on the back of fears that the council may raise its rates again.",
    "The foreign minister hit back by saying the plan had kept the party out of power for a decade.",
    "McDonald's said it would close forty restaurants in the north by the end of the year.",
    "While only 5 percent said they are undecided, 31 percent of those who named a candidate said they could "
    "still switch.",
    "Mr Okafor's statement said: \"We will appeal against the ruling as soon as we can.\"",
]


def test_every_extracted_speaker_and_mention_is_a_noun_phrase():
    bad = [(q.speaker, q.speaker_mention, shape_faults(q.speaker), shape_faults(q.speaker_mention, mention=True))
           for text in SENTENCES for q in extract_quotes(text, "t")
           if shape_faults(q.speaker) or shape_faults(q.speaker_mention, mention=True)]
    assert bad == []
