"""Speakers whose first name the name table gives to one gender though other countries give it to the other
("Sasha", "Nicola"), or does not list at all ("Ngaio", "Sreeja"), where the article says who the person is ("Mr",
"she", "a mother of two"); surnames that are common words after an honorific ("Dr Who", "Mr Can"); an honorific
cut from its surname by a line break. Passages written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.gender import first_name_gender, person_gender
from briefing.index.quotes.resolve import _HONORIFICS
from quote_passages import check_passage


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {[(q.speaker, q.text) for q in extract_quotes(text, 't')]}"
    return got[0]


# ---------------------------------------------------------------- first names whose gender differs by country

@pytest.mark.parametrize("first", ["Sasha", "Nicola", "Andrea", "Jean", "Kim", "Jordan"])
def test_a_first_name_that_countries_give_to_both_genders_is_only_mostly_one(first: str):
    assert first_name_gender(first) is not None and first_name_gender(first).endswith("?")
    assert person_gender(f"{first} Petrova", strict=True) is None  # strict: such a name says nothing


@pytest.mark.parametrize("first", ["Anna", "John", "Margaret", "Robert"])
def test_a_name_every_country_gives_to_one_gender_stays_sure(first: str):
    assert first_name_gender(first) in ("m", "f")


@pytest.mark.parametrize("first", ["Sasha", "Nicola"])
def test_he_after_a_man_whose_first_name_britain_gives_to_women(first: str):
    text = (f"{first} Petrov, the coach, spoke after the match on Sunday.\n"
            "\"We played well and we deserved the points,\" he said.\n")
    check_passage(text, [(f"{first} Petrov", "We played well")])


def test_mr_before_the_surname_joins_it_to_the_full_name_the_table_gives_to_women():
    text = ("Sasha Petrov coached the side for six seasons before the club let him go.\n"
            "Mr Petrov said the board had never backed him.\n")
    assert _speaker_of(text, "the board had never backed him") == "Sasha Petrov"


def test_the_article_outranks_the_table_against_another_candidate():
    text = ("Nicola Rossi, the coach, spoke after the match. Anna Roe, the captain, was injured.\n"
            "\"We played well,\" he said.\n")
    assert _speaker_of(text, "We played well") == "Nicola Rossi"


@pytest.mark.parametrize("first", ["Ngaio", "Sreeja", "Tshiamo"])
def test_a_first_name_the_table_lacks_does_not_block_she(first: str):
    assert first_name_gender(first) is None
    text = (f"{first} Marsh runs the clinic in the old town hall. Tom Roe, the manager, was away on Monday.\n"
            "\"We need more staff before the winter,\" she said.\n")
    assert _speaker_of(text, "We need more staff") == f"{first} Marsh"


def test_a_mother_of_two_is_she_whatever_the_first_name():
    text = ("Jordan Smith, a mother of two, runs the clinic. Tom Roe, the manager, was away.\n"
            "\"We need more staff,\" she said.\n")
    assert _speaker_of(text, "We need more staff") == "Jordan Smith"


def test_guard_the_table_still_keeps_he_from_a_woman_named_with_a_sure_name():
    text = ("Anna Roe, the captain, was injured in the first half. John Bell, the coach, spoke after the match.\n"
            "\"We played well,\" he said.\n")
    assert _speaker_of(text, "We played well") == "John Bell"


def test_guard_mr_before_the_surname_of_a_woman_the_text_calls_she_is_another_person():
    text = ("Hillary Clinton spoke in Iowa on Monday, where she promised new jobs.\n"
            "Mr Clinton said the plan was good.\n")
    assert _speaker_of(text, "the plan was good") != "Hillary Clinton"


# ---------------------------------------------------------------- surnames that are common words

@pytest.mark.parametrize("sentence, speaker", [
    ("Mr Can said the plan was doomed from the start.", "Mr Can"),
    ("Dr Who told reporters the plan was doomed from the start.", "Dr Who"),
    ("\u201cThe plan was doomed from the start,\u201d said Dr Who.", "Dr Who"),
    ("Dr What said the plan was doomed from the start.", "Dr What"),
    ("\u201cThe plan was doomed from the start,\u201d said Mr. Will.", "Mr. Will"),
    ("Ms May said the plan was doomed from the start.", "Ms May"),
])
def test_a_surname_that_is_a_common_word_is_a_speaker_after_an_honorific(sentence: str, speaker: str):
    assert _speaker_of(sentence + "\n", "doomed from the start") == speaker


def test_mr_long_is_a_speaker():
    assert _speaker_of("Mr Long said the plan was doomed from the start.\n", "doomed from the start") in (
        "Long", "Mr Long")


@pytest.mark.parametrize("sentence, speaker", [
    ("Voters who said they were tired of the campaign stayed at home.", "Voters"),
    ("The nurse, who said she was tired of the shifts, resigned on Friday.", "The nurse"),
])
def test_guard_who_opening_a_relative_clause_is_no_surname(sentence: str, speaker: str):
    assert all(q.speaker != "Who" and "Dr Who" not in (q.speaker or "") for q in extract_quotes(sentence + "\n", "t"))


def test_guard_a_plain_surname_loses_its_honorific_as_before():
    assert _speaker_of("Dr Smith said the plan was doomed from the start.\n", "doomed from the start") == "Smith"


# ---------------------------------------------------------------- an honorific cut from its surname

def test_one_honorific_set_written_as_the_text_writes_them():
    assert {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov"} <= _HONORIFICS
    assert all(h[:1].isupper() for h in _HONORIFICS)


@pytest.mark.parametrize("hon", ["Mrs.", "Ms."])
def test_said_and_an_honorific_at_a_line_break_reads_the_surname_on_the_next_line(hon: str):
    text = f"The levy would curb speculators and cool the market, said {hon}\nOrtiz.\n"
    assert _speaker_of(text, "The levy would curb speculators") == f"{hon} Ortiz"
