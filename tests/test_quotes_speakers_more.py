"""Speaker attribution on sentences written for these tests: possessive owners, inverted and appositive forms,
names in capitals, court posts, shared surnames and the agent of a trailing participle."""

from __future__ import annotations

from briefing.index.quotes.entities import trim_time
from briefing.index.quotes.speakers import split_role
from quote_helpers import quote_starting


# ---------------------------------------------------------------- a possessive owner is not the sentence's subject

def test_owner_of_a_claim_does_not_take_the_next_pronoun():
    text = ("Governor Chris Christie spoke in Trenton on Monday. Christie rejected Donald Trump's claim that the "
            "state was broke. \"We are fine,\" he said.")
    assert quote_starting(text, "the state was broke").speaker == "Donald Trump"
    assert quote_starting(text, "We are fine").speaker == "Chris Christie"


def test_owner_of_a_claim_after_a_pronoun_subject():
    text = ("Chris Christie spoke in Trenton on Monday. He dismissed Donald Trump's claim that the state was broke. "
            "\"We are fine,\" he said.")
    assert quote_starting(text, "We are fine").speaker == "Chris Christie"


def test_owner_of_a_claim_after_a_described_subject():
    text = ("Governor Chris Christie spoke in Trenton on Monday. The governor rejected Donald Trump's claim that the "
            "state was broke. \"We are fine,\" he said.")
    assert quote_starting(text, "We are fine").speaker == "Chris Christie"


def test_owner_of_a_claim_does_not_take_the_next_bare_surname():
    text = ("Mary Smith runs the bakery. John Smith owns the mill. Mary Smith rejected John Smith's claim that "
            "flour was scarce. \"We have plenty,\" Smith said.")
    assert quote_starting(text, "flour was scarce").speaker == "John Smith"
    assert quote_starting(text, "We have plenty").speaker == "Mary Smith"


def test_owner_opening_the_sentence_stays_the_antecedent():
    text = "Donald Trump's claim that the state was broke drew anger on Monday. \"We are broke,\" he said."
    assert quote_starting(text, "We are broke").speaker == "Donald Trump"


# ---------------------------------------------------------------- inverted and appositive forms

def test_or_so_says_names_the_speaker():
    q = quote_starting("The new plan will cut crime by half. Or so says Home Secretary Charles Clarke.", "so")
    assert q.speaker == "Charles Clarke" and q.cue == "says" and q.speaker_role == "Home Secretary"


def test_or_so_says_after_its_clause():
    q = quote_starting("The budget is a disaster, or so says Mayor Jo Roe.", "The budget")
    assert q.text == "The budget is a disaster" and q.speaker == "Jo Roe"


def test_one_of_a_group_is_the_role():
    q = quote_starting("Ada Fisher, one of the party's delegates, said she would vote against the plan.", "she would")
    assert q.speaker == "Ada Fisher" and q.speaker_role == "one of the party's delegates"
    q = quote_starting("\"We lost,\" said Tom Reyes, one of the team's coaches.", "We lost")
    assert q.speaker_role == "one of the team's coaches"
    q = quote_starting("Tom Reyes, one of the first to arrive, said the fire was huge.", "the fire")
    assert q.speaker == "Tom Reyes" and q.speaker_role is None  # "the first to arrive" is no role


def test_those_who_speak_as_a_group():
    assert quote_starting("Those who attended the meeting said the plan was flawed.", "the plan").speaker \
        == "Those who attended the meeting"
    assert quote_starting("Those who know him say he is stubborn.", "he is").speaker == "Those who know him"
    assert quote_starting("Those polled said the economy was the top issue.", "the economy").speaker == "Those polled"


# ---------------------------------------------------------------- names written in capitals

def test_word_in_capitals_is_part_of_a_name():
    assert trim_time("USA TODAY") == "USA TODAY"
    assert trim_time("The mayor today") == "The mayor"
    q = quote_starting("The claim was first made in USA TODAY's reporting that the fund was empty.", "the fund")
    assert q.speaker == "USA TODAY"


# ---------------------------------------------------------------- court posts before a judge's name

def test_court_post_is_the_role():
    assert split_role("Ontario Superior Court Justice Jane Roe") == ("Jane Roe", "Ontario Superior Court Justice")
    assert split_role("Court of Appeal Justice Ann Lee") == ("Ann Lee", "Court of Appeal Justice")
    assert split_role("Provincial Court Judge Ann Lee") == ("Ann Lee", "Provincial Court Judge")
    assert split_role("Provincial Court judge Ann Lee") == ("Ann Lee", "Provincial Court judge")
    assert split_role("Crown prosecutor Ann Lee") == ("Ann Lee", "Crown prosecutor")
    assert split_role("Defence lawyer Ann Lee") == ("Ann Lee", "Defence lawyer")
    assert split_role("Supreme Court") == ("Supreme Court", None)
    q = quote_starting("\"The law is clear,\" Superior Court Justice Jane Roe wrote in her decision.", "The law")
    assert q.speaker == "Jane Roe" and q.speaker_role == "Superior Court Justice"


# ---------------------------------------------------------------- shared surnames

def test_bare_surname_goes_to_the_person_the_paragraph_is_about():
    text = ("Sen. Paul Kerrigan spoke for six hours on Tuesday. \"We owe them a vote,\" Kerrigan said.\n\n"
            "Kerrigan's speech ended with a tribute to a school nurse, Rose Ellen Kerrigan, who died protecting "
            "her pupils.\n\n"
            "\"It takes courage to stand in front of a classroom,\" Kerrigan said.")
    assert quote_starting(text, "It takes courage").speaker == "Paul Kerrigan"


def test_bare_surname_after_a_paragraph_opening_with_a_full_name():
    text = ("Navy pilot Sam Ortega died in the crash in 2012.\n\n"
            "Dana Ortega, whose husband, Sam Ortega, flew the plane, met the minister on Friday.\n\n"
            "Ortega said she does not blame the crew for the crash.")
    assert quote_starting(text, "she does not").speaker == "Dana Ortega"


# ---------------------------------------------------------------- the agent of a trailing participle

def test_participle_after_an_event_subject_goes_to_the_clause_subject():
    text = ("Donald Trump spoke to supporters in Iowa. The fracas erupted last summer after the tycoon entered "
            "the race, calling them criminals and rapists.")
    assert quote_starting(text, "them criminals").speaker == "Donald Trump"
    text = "Mayor Jo Roe spoke on Monday. The row started when Jo Roe cancelled the fair, saying the town had no money."
    assert quote_starting(text, "the town had").speaker == "Jo Roe"
    text = "Mayor Jo Roe spoke on Monday. The uproar began after the mayor spoke at the fair, saying the town had no money."
    assert quote_starting(text, "the town had").speaker == "Jo Roe"
