"""One name per person and organisation on a small corpus written for these tests: a surname after words
that describe the person, an owner's possessive or a peer's title joins the person; an organisation written
with its abbreviation in brackets is the organisation; some of a party is a description, never the party;
words only shaped like a post are no role; every view gives the same speakers and counts."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_helpers import speakers_by_text, write_texts

from briefing.index.quotes.name_forms import validity
from briefing.index.quotes.role_hygiene import alias_form, role_as_written

from cli_inprocess import briefing_main as briefing

ARTICLES = {
    "strike": "Strike\n\nThe Ostrava Freight Union (OFU) called a strike on Monday.\n\n“The pay offer is an insult,” "
              "the OFU said.",
    "talks": "Talks\n\n“We are ready to talk,” the Ostrava Freight Union said on Friday.",
    "vote": "Vote\n\n“The bill is dead,” Democrats said.\n\n“We need a new plan,” some Democrats said on Tuesday.",
    "poll": "Poll\n\n“Taxes are too high,” 40 percent of Democrats said in the poll.\n\n“The count was fair,” Several "
            "Democrats said.",
    "governor": "Governor\n\n“Our schools come first,” Gov. Tomas Halvorsen said in Columbus.",
    "debate": "Debate\n\n“I will not quit,” the more moderate Halvorsen said.",
    "fares": "Fares\n\n“Fares must fall,” Ruth Pemberton said at the launch.",
    "budget": "Budget\n\n“The budget is a mess,” Labour's Pemberton said.",
    "lords": "Lords\n\n“Europe needs reform,” Neil Ashgrove said on Monday.\n\n“The law must change,” Lord Ashgrove "
             "said.",
    "peers": "Peers\n\n“The vote was a farce,” Lord Ashgrove told peers.",
    "oil": "Oil\n\n“Oil prices will fall,” BP chief executive Lord Kellbrook said.",
    "visas": "Visas\n\n“The rules are fair,” immigration minister Des Kellbrook said.",
    "campaign": "Campaign\n\n“The campaign starts now,” Lord Rennick said.",
    "gains": "Gains\n\n“We expect gains,” Rennick said.",
    "nurses": "Nurses\n\n“Our hospitals need nurses,” Baroness Thornbury said.\n\n“The plan is late,” Lady Thornbury "
              "said.\n\n“We must act,” Betty Thornbury said.",
    "rugby": "Rugby\n\n“We are ready,” Defiant Matt Okafor said.",
    "city": "City\n\n“We won,” Mayor Lena de Varga said.\n\n“The city is safe,” De Varga added.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_texts(tmp_path_factory.mktemp("described-corpus"), ARTICLES)


@pytest.fixture(scope="module")
def lib(corpus, tmp_path_factory):
    from briefing.index.library import open_library

    lib = open_library(corpus, tmp_path_factory.mktemp("ix"))
    yield lib
    lib.close()


def _speaker(lib, name):
    return next(s for s in lib.speakers() if s.name == name)


def test_an_organisation_written_with_its_abbreviation_is_one_speaker(lib):
    said = speakers_by_text(lib)
    union = {said["The pay offer is an insult"], said["We are ready to talk"]}
    assert len(union) == 1 and "(" not in union.pop()
    s = next(s for s in lib.speakers() if "Ostrava Freight Union" in s.name)
    assert s.count == 2 and "OFU" in s.aliases and not any("(" in a for a in s.aliases)


def test_some_of_a_party_is_a_description_not_the_party(lib):
    party = _speaker(lib, "Democrats")
    assert party.count == 1 and party.kind == "named"
    assert not any(a.lower() != "democrats" for a in party.aliases), party.aliases
    for name in ("some Democrats", "40 percent of Democrats", "Several Democrats"):
        s = next(s for s in lib.speakers() if s.name == name)
        assert s.kind == "group" and s.count == 1
    names = [s.name for s in lib.speakers()]
    assert names.index("Democrats") < names.index("some Democrats")  # descriptions rank after names


def test_a_described_surname_joins_the_person(lib):
    said = speakers_by_text(lib)
    assert said["I will not quit"] == said["Our schools come first"] == "Tomas Halvorsen"
    person = _speaker(lib, "Tomas Halvorsen")
    assert person.count == 2 and "Halvorsen" in person.aliases
    assert not any("moderate" in a for a in person.aliases)


def test_an_owner_possessive_is_no_first_name(lib):
    said = speakers_by_text(lib)
    assert said["The budget is a mess"] == said["Fares must fall"] == "Ruth Pemberton"
    assert _speaker(lib, "Ruth Pemberton").count == 2


def test_a_peer_joins_the_person_an_article_names_with_the_title(lib):
    said = speakers_by_text(lib)
    assert said["Europe needs reform"] == said["The law must change"] == said["The vote was a farce"] == "Neil Ashgrove"
    person = _speaker(lib, "Neil Ashgrove")
    assert person.count == 3 and "Lord Ashgrove" in person.aliases
    # a peer and a namesake no article meets stay two people
    assert said["Oil prices will fall"] == "Lord Kellbrook" and said["The rules are fair"] == "Des Kellbrook"
    # a surname nobody else has joins the peer
    assert said["We expect gains"] == said["The campaign starts now"] == "Lord Rennick"
    # the first name names the person before the title
    assert {said[t] for t in ("Our hospitals need nurses", "The plan is late", "We must act")} == {"Betty Thornbury"}


def test_words_shaped_like_a_post_are_no_role(lib):
    okafor = _speaker(lib, "Matt Okafor")
    assert okafor.roles == [] and not any("Defiant" in a for a in okafor.aliases)
    assert role_as_written("Defiant") is None and role_as_written("committee") is None
    assert role_as_written("Backbencher") == "Backbencher" and role_as_written("Councillor") == "Councillor"
    assert alias_form("DJ Norman Cole") == "DJ Norman Cole"


def test_a_surname_keeps_its_particle_as_an_alias(lib):
    varga = _speaker(lib, "Lena de Varga")
    assert "De Varga" in varga.aliases and "Varga" not in varga.aliases


def test_descriptions_are_no_named_speakers():
    for text in ("A spokesman for the Home Office", "the president of Judicial Watch", "Some Democrats",
                 "a significant number of Republicans", "Half of Vermont Democrats", "Most Tories"):
        assert validity(text) == "group", text
    for text in ("the Tories", "The Liberal Democrats", "Democrats", "The Bank of England", "the more moderate Halvorsen"):
        assert validity(text) == "named", text


def test_every_view_gives_the_same_speakers_and_counts(corpus, tmp_path):
    ix = str(tmp_path / "ix")
    base = ["--corpus", str(corpus), "--index-dir", ix]
    env = {"BRIEFING_DATA_DIR": str(tmp_path / "data")}
    briefing(*base, "index", env=env, check=0)
    rows = [json.loads(x) for x in briefing(*base, "speakers", "--json", env=env, check=0).stdout.splitlines()]
    counts = {r["name"]: r["count"] for r in rows}
    union = next(n for n in counts if "Ostrava Freight Union" in n)
    for name in ("Tomas Halvorsen", "Neil Ashgrove", "Ruth Pemberton", union):
        quotes = [json.loads(x) for x in briefing(*base, "quotes", "--speaker", name, "--json", env=env,
                                                 check=0).stdout.splitlines()]
        exported = json.loads(briefing(*base, "export", "--speaker", name, "--format", "json", env=env,
                                       check=0).stdout)["items"]
        table = list(csv.DictReader(io.StringIO(briefing(*base, "export", "--speaker", name, "--format", "csv",
                                                         env=env, check=0).stdout)))
        assert len(quotes) == len(exported) == len(table) == counts[name], name
        assert {q["speaker"] for q in quotes} == {i["quote"]["speaker"] for i in exported} == \
            {r["speaker"] for r in table} == {name}


def test_a_first_name_that_spells_the_initials_is_the_person():
    from briefing.index.quotes.grouping import build_table

    rows = [["a", "Jeb Barlow", "Gov.", "Gov. Jeb Barlow", 5], ["a", "Jeb Barlow", "", "he", 2],
            ["b", "John Ellis Barlow", "", "John Ellis Barlow", 1], ["b", "Jeb Barlow", "", "Jeb Barlow", 1],
            ["c", "Mary Barlow", "", "Mary Barlow", 1], ["d", "George Barlow", "Senator", "Senator George Barlow", 2],
            ["e", "Joan Emma Barlow", "", "Joan Emma Barlow", 1], ["e", "Joan Emma Barlow", "", "she", 2],
            ["f", "Jim Barlow", "", "Jim Barlow", 1]]
    table = build_table(rows)
    names = {s.name: s for s in table.speakers}
    assert names["Jeb Barlow"].count == 9 and "John Ellis Barlow" in names["Jeb Barlow"].aliases
    assert {"Joan Emma Barlow", "Jim Barlow", "Mary Barlow", "George Barlow"} <= set(names)  # she; no initials


def test_a_place_or_a_described_organisation_is_no_surname():
    from briefing.index.quotes.grouping import build_table

    rows = [["a", "Helen Parker", "", "Helen Parker", 2], ["b", "the car buying website Parker", "", "it", 1],
            ["c", "Ruth France", "ombudsman", "ombudsman Ruth France", 1], ["d", "France", "", "France", 1],
            ["g", "Tom Oduya", "", "Tom Oduya", 1], ["h", "the veteran Oduya", "", "the veteran Oduya", 1]]
    table = build_table(rows)
    names = {s.name: s.count for s in table.speakers}
    assert names["Helen Parker"] == 2 and names["Ruth France"] == 1 and names["France"] == 1
    assert names["Tom Oduya"] == 2
    assert table.speaker_of("b", "the car buying website Parker", "it") != "Helen Parker"


def test_a_surname_quoted_alone_goes_by_the_full_name_its_articles_write():
    from briefing.index.quotes.grouping import build_table

    rows = [["a", "Orlov", "", "he", 3, ["President Vladimir K. Orlov", "Mr. Orlov"]], ["b", "Orlov", "", "Orlov", 1],
            ["c", "Zentrax", "", "Zentrax", 2, ["Maria Lopez Says Zentrax"]],
            ["d", "Brandt", "", "Brandt", 1, ["Anna Brandt"]], ["e", "Brandt", "", "Brandt", 1, ["Peter Brandt"]]]
    table = build_table(rows)
    names = {s.name: s for s in table.speakers}
    assert names["Vladimir K. Orlov"].count == 4 and "Orlov" in names["Vladimir K. Orlov"].aliases
    assert table.find("Orlov") == [names["Vladimir K. Orlov"]]
    assert "Zentrax" in names and names["Brandt"].count == 2  # no person's name; two people's names
