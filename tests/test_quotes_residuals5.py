"""Speakers whose first name the name table gives to one gender though other countries give it to the other
("Sasha", "Nicola"), or does not list at all ("Wairaka", "Sreeja"), where the article says who the person is ("Mr",
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


@pytest.mark.parametrize("first", ["Wairaka", "Sreeja", "Tshiamo"])
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


# ---------------------------------------------------------------- a person named with a role of no known gender

@pytest.mark.parametrize("before", ["Tom Lal, a partner at the fund, said on Monday that it still backed the company.\n"
                                    "\"We think it was the right call,\" he said.\n",
                                    pytest.param(
                                        "Jean Hoang, a partner at the fund, said on Monday that it still backed the "
                                        "company.\n\"We think it was the right call,\" she said.\n",
                                        marks=pytest.mark.xfail(strict=True, reason=(
                                            "a woman the text called 'she' two sentences back outweighs a person of "
                                            "no known gender named since: the gap in the table still costs salience")))])
def test_she_after_a_woman_whose_first_name_the_table_lacks_named_with_a_lower_case_role(before: str):
    text = (before +
            "One of those laid off, senior engineer Wairaka Whitmore, posted a photo of her pass online.\n"
            "\"Four years and one very nice mug,\" she wrote.\n")
    assert _speaker_of(text, "Four years and one very nice mug") == "Wairaka Whitmore"


def test_guard_an_ordinal_before_a_name_is_no_role():
    text = ("Kelly Holmes is still undecided about her first European Indoors in Madrid.\n"
            "If she runs, she has already indicated that the 1500m will be her favoured distance.\n")
    assert all(q.speaker != "European Indoors" for q in extract_quotes(text, "t"))


# ---------------------------------------------------------------- a spokesperson for a body named before

def test_a_spokesperson_for_the_ministry_named_before_is_the_description_with_the_name_in_full():
    text = ("The Ministry of Health closed the ward on Monday after three patients fell ill.\n"
            "A spokesperson for the ministry said the ward would reopen next week.\n")
    assert _speaker_of(text, "the ward would reopen next week") == "A spokesperson for the Ministry of Health"


@pytest.mark.parametrize("sentence, speaker", [
    ("A spokesperson for the Ministry of Health said the ward would reopen next week.",
     "A spokesperson for the Ministry of Health"),
    ("The ward would reopen next week, said a spokeswoman for the Home Office.", "a spokeswoman for the Home Office"),
])
def test_a_spokesperson_for_a_named_body_is_the_whole_description(sentence: str, speaker: str):
    assert _speaker_of(sentence + "\n", "ward would reopen next week") == speaker


def test_guard_a_department_is_not_a_body_whose_name_lacks_the_word():
    text = ("The Home Office issued new rules on Monday.\n"
            "\u201cThey will apply from May,\u201d said a spokeswoman for the department.\n")
    assert _speaker_of(text, "They will apply from May") == "a spokeswoman for the department"


# ---------------------------------------------------------------- party tags after a title and a name

@pytest.mark.parametrize("sentence", [
    "Rep. Jo Ames, R-Texas, said the tax plan was doomed from the start.",
    "\u201cThe tax plan was doomed from the start,\u201d said Rep. Jo Ames, R-Texas.",
    "\u201cThe tax plan was doomed from the start,\u201d Rep. Jo Ames, R-Texas, said.",
    "Sen. Jo Ames, D-N.Y., said the tax plan was doomed from the start.",
    "The bill passed 220-210 on Tuesday, but Rep. Jo Ames, R-Texas, said the tax plan was doomed from the start.",
    "The bill passed on Tuesday, but Jo Ames, 45, said the tax plan was doomed from the start.",
])
def test_a_party_tag_after_the_name_leaves_the_name(sentence: str):
    assert _speaker_of(sentence + "\n", "doomed from the start") == "Jo Ames"


def test_guard_two_people_joined_by_and_keep_the_first_as_before():
    got = _speaker_of("Jo Roe, 45, and Al Poe, 50, said the tax plan was doomed from the start.\n", "doomed")
    assert got != "Al Poe"


def test_guard_but_before_a_name_and_a_relative_clause_keeps_the_statement():
    text = ("The southern part of the island is a member, but Valdoria, which occupies the north, had previously "
            "insisted it would not bow to demands to recognise the republic, calling the issue a red line.\n")
    assert _speaker_of(text, "it would not bow to demands") == "Valdoria"


# ---------------------------------------------------------------- a lead naming a source, then a speaker

@pytest.mark.parametrize("sentence, speaker", [
    ("According to figures released by the Treasury, Jo Roe said the deficit would double.", "Jo Roe"),
    ("According to court papers, Mr. Roe told investigators the deficit would double.", "Roe"),
])
def test_a_clause_with_its_own_speaker_after_according_to(sentence: str, speaker: str):
    assert _speaker_of(sentence + "\n", "the deficit would double") == speaker


def test_guard_according_to_a_body_before_a_plain_clause():
    text = "According to figures released by the Treasury, the deficit would double by 2030.\n"
    assert _speaker_of(text, "the deficit would double") in ("Treasury", "the Treasury")


# ---------------------------------------------------------------- descriptors and affiliations

@pytest.mark.parametrize("sentence, speaker", [
    ("Tech industry body NZTech said the layoffs reflected a global pullback.", "NZTech"),
    ("Trade union Unite said the layoffs reflected a global pullback.", "Unite"),
    ("Wei Zhang of Lightbox Ventures said the layoffs reflected a global pullback.", "Wei Zhang"),
    ("\u201cThe layoffs reflected a global pullback,\u201d said Wei Zhang of Lightbox Ventures.", "Wei Zhang"),
])
def test_a_descriptor_or_an_affiliation_leaves_the_name(sentence: str, speaker: str):
    assert _speaker_of(sentence + "\n", "reflected a global pullback") == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Royal Bank of Scotland said the layoffs reflected a global pullback.", "Royal Bank of Scotland"),
    ("The European Union said the layoffs reflected a global pullback.", "The European Union"),
])
def test_guard_an_organisation_named_with_of_stays_whole(sentence: str, speaker: str):
    assert _speaker_of(sentence + "\n", "reflected a global pullback") == speaker


def test_a_firm_named_as_a_sites_owner_is_not_the_utility():
    text = ("The Imperial Oil Ltd. refinery in Sarnia was shut on Monday after a power cut.\n"
            "The utility said power would return by the evening.\n")
    assert _speaker_of(text, "power would return") != "Imperial Oil Ltd."


@pytest.mark.parametrize("text, speaker", [
    ("The Imperial Oil Ltd. refinery in Sarnia was shut on Monday.\nThe company said work would resume soon.\n",
     "Imperial Oil Ltd."),
    ("Hydro One Inc. raised its rates on Monday.\nThe utility said costs had risen.\n", "Hydro One Inc."),
    ("The Hydro One Inc. station in Sarnia was shut on Monday.\nThe utility said power would return soon.\n",
     "Hydro One Inc."),
])
def test_guard_a_firm_whose_kind_fits_is_still_the_nominal(text: str, speaker: str):
    assert _speaker_of(text, text.split("said ")[1][:12]) == speaker
