"""The article's names read in parts give what one full read gives: the full names a surname asked for stands for,
read from the runs of capitalised words that hold it, and the firms the text shows, read with one pass for the
words after honorifics and for the words a firm's shares or offices are named with."""

from __future__ import annotations

import re

import pytest

from briefing.index.quotes import org_evidence
from briefing.index.quotes.org_evidence import org_names
from briefing.index.quotes.resolve import SpeakerMemory

ARTICLE = ("Harbour Council Backs Plan, Says Mayor\n"
           "Mayor Ines Okafor said on Monday the council would back the plan. Okafor, who was elected in 2022, "
           "spoke after Councillor Tomas da Costa and Dr Helen Marsh met residents.\n\n"
           "Costa said the vote was close. Marsh said she agreed. Luiz da Costa, his brother, disagreed.\n\n"
           "Boxer Darnell \"The Hammer\" Booker watched. Booker said nothing. Okafor said Helen Marsh would lead.\n\n"
           "(See Okafor's timeline.) Ines Okafor and Ana Okafor left; Kim Jong-un was not mentioned again.\n")


def _all_words(text: str) -> list[str]:
    return sorted(set(re.findall(r"[A-Za-z’'-]+", text)))


@pytest.mark.parametrize("reads", [1, 8, 1000])
def test_a_surname_read_from_its_runs_gives_the_names_of_a_full_read(reads, monkeypatch):
    import briefing.index.quotes.people as people
    monkeypatch.setattr(people, "_RUN_READS", reads)
    whole = SpeakerMemory(ARTICLE)
    whole._text_names()
    for word in _all_words(ARTICLE):
        parts = SpeakerMemory(ARTICLE)
        assert parts.surname(word.lower()) == whole.surname(word.lower()), word
        assert parts._names_opening_with(word) == whole._names_by_first_words().get(word, []), word


def test_the_names_read_in_parts_are_those_the_text_gives():
    mem = SpeakerMemory(ARTICLE)
    assert mem.surname("okafor") == ["Ines Okafor", "Ana Okafor"]
    assert mem.surname("costa") == ["Tomas da Costa"]  # (a name opening a sentence, no known first name, yields)
    assert mem.surname("luiz") == ["Luiz da Costa"]  # (found from the name before its particle too)
    assert mem.surname("booker") == ["Darnell Booker"]
    assert mem._text_full is None  # (no full read was needed)


def test_a_surname_after_an_honorific_is_no_firm():
    text = ("Mr Sir Ann Murdoch said Ann Murdoch’s shares fell. The London offices of Tate Mills closed; "
            "shares in Bell Partners rose.")
    got = org_names(text)
    assert "Ann Murdoch" not in got and "Murdoch" not in got  # "Murdoch" follows "Sir Ann", itself after "Mr"
    assert {"Tate Mills", "Bell Partners"} <= got


@pytest.mark.parametrize("text", [
    "shares in Acme rose", "xshares in Acme", "the chief  executive of Acme", "stakeover of Bell",
    "offices of\nAcme, shares in Bell, a stake in Core", "subsidiary at Dune and takeover of Eve", ""])
def test_the_shares_and_offices_words_are_found_where_the_pattern_finds_them(text):
    low = text.lower()
    assert [m.span() for m in org_evidence._of_firm_at(low)] == [m.span() for m in org_evidence._OF_FIRM_AT.finditer(low)]
