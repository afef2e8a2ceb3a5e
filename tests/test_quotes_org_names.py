"""Organisations keep their whole names, and people whose surname is also an organisation's word stay people."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.speakers import entity_kind, split_role


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in extract_quotes(text, "t")]


def test_an_organisation_named_with_of_keeps_its_whole_name():
    text = ("The University of Manitoba said the clinic would reopen in March.\n\n"
            "The Prairie Union of Bus Drivers said its members would vote on Friday.\n\n"
            "Royal Society of Botany officials said the survey was late.\n")
    assert [s for s, _ in _speakers(text)] == [
        "The University of Manitoba", "The Prairie Union of Bus Drivers", "Royal Society of Botany officials"]


def test_a_capitalised_organisation_word_makes_an_organisation():
    for name in ("General Motors", "Lakeside Hospital", "The Pew Research Center", "Hill Valley College",
                 "The Daily Times", "Sky News", "US Senate"):
        assert entity_kind(name) == "org", name
    # lower case, the same words describe one ("the airline" is whichever airline the story is about)
    assert entity_kind("the airline") != "org"
    assert split_role("General Motors") == ("General Motors", None)


def test_a_surname_that_is_an_organisation_word_is_still_a_person():
    for name in ("Liam Fox", "Jim Press", "Emily Post", "Tony Banks"):
        assert entity_kind(name) == "person", name
    text = ("Defence minister Liam Fox visited the base on Monday.\n\n"
            "He said the new ships would be ready by the spring.\n")
    assert _speakers(text) == [("Liam Fox", "Defence minister")]


def test_a_title_after_an_organisation_starts_the_person():
    assert entity_kind("Foreign Policy Centre Mr Straw") == "person"
    assert split_role("The Attorney General Lord Goldsmith") == ("Lord Goldsmith", "Attorney General")
    assert split_role("The claims about Lord Falconer") == ("Lord Falconer", None)
    assert split_role("Lord Falconer") == ("Lord Falconer", None)


def test_function_words_are_no_first_names():
    text = "The Canadian Union of Postal Workers said the strike would end on Monday.\n"
    assert _speakers(text) == [("The Canadian Union of Postal Workers", None)]


def test_an_aside_owned_by_a_place_after_the_name_is_the_role():
    text = "Dr. Amara Osei, Ghana's chief public health officer, urged people to get vaccinated before winter.\n"
    assert _speakers(text) == [("Amara Osei", "Ghana's chief public health officer")]


def test_occupations_before_a_name_are_roles():
    text = ("Actress Nadia Fontaine said the role changed her life.\n\n"
            "Detective Inspector Rhys Carver said officers had searched the flat twice.\n\n"
            "Labour MP Ann Pryce said the vote was close.\n")
    assert _speakers(text) == [("Nadia Fontaine", "Actress"), ("Rhys Carver", "Detective Inspector"),
                               ("Ann Pryce", "Labour MP")]


def test_the_company_is_never_the_union_that_spoke_before():
    text = ("Harbour Freight Ltd locked out 300 dock workers on Monday.\n\n"
            "The dockers' union said talks had broken down. The company acknowledged that no new offer had been made.\n")
    assert [s for s, _ in _speakers(text)] == ["The dockers' union", "Harbour Freight Ltd"]  # the firm named, not the union


def test_an_aside_naming_a_post_without_an_article_is_the_role():
    text = ("Priya Nair, executive director of the Lakeshore Food Bank, said demand had doubled since spring.\n\n"
            "Tom Reed, speaking at a rally in Halifax, said taxes would fall.\n")
    assert _speakers(text) == [("Priya Nair", "executive director of the Lakeshore Food Bank"), ("Tom Reed", None)]
