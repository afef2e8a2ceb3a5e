"""Speakers hidden by a name's form: a club or a place whose name opens with a first name ("Aston Villa", "Jordan
Valley"), a lawyer a statement goes through, a document whose author the text names, the Chinese family name "He", a
surname that is a common word ("Ben Still", "Will Roe"), a claim a speaker denies. Passages written for these tests;
the guards are where each rule must not fire."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.club_evidence import club_or_place
from briefing.index.quotes.family_he import STAND_IN, mark_family_he
from quote_passages import check_passage, quotes


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {quotes(text)}"
    return got[0]


# ---------------------------------------------------------------- clubs and places opened by a first name

def test_he_after_a_match_against_a_club_is_the_player_named_before():
    text = ("Dale Hemmings has been linked with a move to the north-east in recent weeks.\n"
            "Hemmings impressed in the games against West Brom and Aston Villa last month.\n"
            "\"The fans have been brilliant with me all season,\" he said.\n")
    check_passage(text, [("Dale Hemmings", "The fans have been brilliant")])


@pytest.mark.parametrize("evidence", [
    "The Aston Villa manager was sacked in May.",
    "They drew at Aston Villa's stadium in March.",
    "Last week Aston Villa beat Leeds 2-1 at home.",
    "It was a 3-0 win over Aston Villa.",
])
def test_what_the_text_says_of_a_club_keeps_it_from_he(evidence: str):
    text = (f"Dale Hemmings trained with the first team on Friday. {evidence}\n"
            "\"I feel fit and ready,\" he said.\n")
    assert club_or_place(text, "Aston Villa")
    assert _speaker_of(text, "I feel fit and ready") == "Dale Hemmings"


@pytest.mark.parametrize("text, name", [
    ("Farmers in the Jordan Valley, near the river, lost their crops.", "Jordan Valley"),
    ("Jordan Valley residents lost their crops.", "Jordan Valley"),
    ("She studied engineering on Georgia Tech's campus.", "Georgia Tech"),
    ("Commuters waited outside the Victoria Station for hours.", "Victoria Station"),
])
def test_a_place_shows_by_how_the_text_writes_of_it(text: str, name: str):
    assert club_or_place(text, name)


def test_she_after_a_place_named_like_a_woman_is_the_woman_named_before():
    text = ("Ruth Alder, a farmer, has grown dates for twenty years.\n"
            "This spring the Jordan Valley, where her farm lies, had no rain at all.\n"
            "\"We have never seen a year like it,\" she said.\n")
    check_passage(text, [("Ruth Alder", "We have never seen a year like it")])


# guards: the rules need what only a club or a place has

@pytest.mark.parametrize("text", [
    "Roger Halvard beat Tomas Brenk 6-4 in the final set.",         # a tennis set
    "Roger Halvard beat Tomas Brenk 6-4 6-3 in the final.",         # sets
    "Supporters cheered for Jordan Henderson and his team-mates.",  # a person in a list
    "The Briton Jordan Henderson, who won in 2019, spoke.",          # "the" before a description, not the name
    "Jordan Henderson's fans sang all night.",                       # fans are any star's
    "He played against Jordan Henderson and Ann Roe last week.",     # sides that are people
])
def test_a_person_stays_a_person(text: str):
    assert not any(club_or_place(text, n) for n in ("Jordan Henderson", "Roger Halvard", "Tomas Brenk"))


def test_a_name_the_text_writes_after_an_honorific_is_a_persons():
    assert not club_or_place("Mr Villa spoke. They lost against West Brom and Aston Villa.", "Aston Villa")


def test_the_name_must_stand_whole():
    assert not club_or_place("The Aston Villager, a pub, is near.", "Aston Villa")


def test_a_person_named_like_a_club_is_still_he():
    text = ("Jordan Henderson scored twice for the side on Saturday.\n"
            "\"It was a special day for all of us,\" he said.\n")
    check_passage(text, [("Jordan Henderson", "It was a special day")])


# ---------------------------------------------------------------- "through his lawyer"

@pytest.mark.parametrize("lawyer", ["His lawyer, Mark Hill, filed an appeal on Friday.",
                                    "Mark Hill, his lawyer, filed an appeal on Friday.",
                                    "Lawyer Mark Hill filed an appeal on Friday."])
@pytest.mark.parametrize("name", ["Wang Lei", "Kim Min-jun", "Tom Reed"])
def test_what_he_said_through_his_lawyer_is_his_not_the_lawyers(lawyer: str, name: str):
    text = (f"{name} was detained in Shanghai in May. {lawyer}\n"
            "In a statement through his lawyer, he said he had done nothing wrong.\n")
    check_passage(text, [(name, "he had done nothing wrong")])


def test_he_said_through_his_lawyer_after_the_quotation():
    text = ("Wang Lei was detained in Shanghai in May. Lawyer Mark Hill filed an appeal on Friday.\n"
            "\"I did nothing wrong,\" he said through his lawyer.\n")
    check_passage(text, [("Wang Lei", "I did nothing wrong")])


def test_a_family_name_first_person_keeps_the_fullest_name_through_his_lawyer():
    text = ("Kim Min-jun, a former minister, was charged with bribery on Monday.\n"
            "Through his lawyer, Kim said he would fight the charges.\n")
    check_passage(text, [("Kim Min-jun", "he would fight the charges")])


def test_guard_a_lawyer_who_speaks_for_himself_is_still_he():
    text = ("Mark Hill, a lawyer for the family, spoke outside the court.\n"
            "He said the case against his client was weak.\n")
    check_passage(text, [("Mark Hill", "the case against his client was weak")])


# ---------------------------------------------------------------- a document whose author the text names

@pytest.mark.parametrize("text, author", [
    ("Jo Roe, a local resident, wrote to the council in May. The letter said the plan was reckless.", "Jo Roe"),
    ("In a letter to the mayor, Jo Roe set out her fears. The letter said the plan was reckless.", "Jo Roe"),
    ("The letter, signed by Jo Roe, said the plan was reckless.", "Jo Roe"),
    ("A letter from Jo Roe reached the council. The letter said the plan was reckless.", "Jo Roe"),
    ("Judge Anna Bell ruled on Monday. The ruling said the plan was reckless.", "Anna Bell"),
    ("The Audit Office published a report on Monday. The report said the plan was reckless.", "Audit Office"),
])
def test_the_document_speaks_for_the_author_the_text_names(text: str, author: str):
    assert _speaker_of(text, "the plan was reckless") == author


@pytest.mark.parametrize("text", [
    "The council met on Monday. The letter said the plan was reckless.",
    "The judge ruled on Monday. The ruling said the plan was reckless.",
    "In March, Jo Roe visited the site. The report said the plan was reckless.",
])
def test_guard_no_author_named_the_document_stays(text: str):
    assert _speaker_of(text, "the plan was reckless").split()[-1] in ("letter", "ruling", "report")


# ---------------------------------------------------------------- the family name "He"

@pytest.mark.parametrize("text, mention", [
    ("China's envoy, He Yafei, said the talks had been useful.", "He Yafei"),
    ("\"The talks were useful,\" said He Yafei, China's envoy.", "He Yafei"),
    ("The vice-premier, He Lifeng, met the delegation. Mr He said the talks had been useful.", "Mr He"),
    ("He Lifeng, the vice-premier, said the talks had been useful.", "He Lifeng"),
    ("He Yafei said the talks had been useful.", "He Yafei"),
])
def test_he_as_a_family_name_is_a_person(text: str, mention: str):
    got = [q for q in extract_quotes(text, "t") if "useful" in q.text]
    assert got and got[0].speaker in ("He Yafei", "He Lifeng"), quotes(text)
    assert got[0].speaker_mention == mention
    assert text[got[0].speaker_start: got[0].speaker_end] == mention


def test_he_after_the_family_name_he_is_the_person_he():
    text = ("He Yafei, China's envoy, arrived in Geneva on Monday.\n"
            "He said the talks had been useful.\n")
    check_passage(text, [("He Yafei", "the talks had been useful")])


@pytest.mark.parametrize("text", [
    "He said the talks had been useful.",
    "\"We won,\" He said.",
    "After the match He Told Reporters",  # a headline's capitals: no lower-case word after
    "He, too, said the talks had been useful.",
])
def test_guard_the_pronoun_stays_a_pronoun(text: str):
    assert mark_family_he(text) == (text, False)


def test_guard_a_text_that_holds_the_stand_in_is_not_marked():
    text = f"Mr He met {STAND_IN} on Monday."
    assert mark_family_he(text) == (text, False)


# ---------------------------------------------------------------- common-word surnames and first names

@pytest.mark.parametrize("name", ["Ben Still", "Kate Still", "Will Roe", "Grace Long", "May Roe"])
@pytest.mark.parametrize("form", ["{n} said the plan would fail.", "\"The plan will fail,\" said {n}.",
                                  "The council met on Monday. {n}, a farmer, said the plan would fail."])
def test_a_common_word_in_a_name_is_the_name(name: str, form: str):
    text = form.format(n=name)
    got = [q.speaker for q in extract_quotes(text, "t")]
    assert got == [name], quotes(text)


def test_will_before_a_name_after_a_quotation():
    text = "The council met on Monday. \"It will fail,\" Will Roe said."
    check_passage(text, [("Will Roe", "It will fail")])


@pytest.mark.parametrize("text", ["Will Roe say that he lost the vote?", "Did Ann Roe say that the vote was lost?"])
def test_guard_a_question_opened_by_an_auxiliary_is_no_statement(text: str):
    assert quotes(text) == []


def test_guard_an_adverb_after_a_surname_still_goes():
    text = "Roe still said the plan would fail."
    check_passage(text, [("Roe", "the plan would fail")])


# ---------------------------------------------------------------- a claim that a speaker denies

@pytest.mark.parametrize("claim", ["his claim", "the claim", "an earlier report", "the allegation", "the notion"])
def test_a_denied_claim_is_not_the_deniers_words(claim: str):
    text = f"Jo Roe denied {claim} that the money was gone."
    assert all(s != "Jo Roe" for s, _ in quotes(text)), quotes(text)


def test_a_denied_claim_is_its_owners():
    text = ("Tom Hale said on Monday that the accounts were wrong.\n"
            "Jo Roe denied his claim that the money was gone.\n")
    check_passage(text, [("Tom Hale", "the accounts were wrong"), ("Tom Hale", "the money was gone")])


@pytest.mark.parametrize("text", ["Jo Roe denied that the money was gone.",
                                  "Jo Roe denied on Monday that the money was gone."])
def test_guard_a_denial_of_a_clause_is_the_deniers(text: str):
    check_passage(text, [("Jo Roe", "the money was gone")])


# ---------------------------------------------------------------- a modal before the cue (annotated as a statement)

def test_a_modal_before_the_cue_is_still_a_statement():
    text = "Officials would say only that the talks had stalled."
    check_passage(text, [("Officials", "the talks had stalled")])
