"""One name per person on small corpora written for these tests: titled, surname-only, given-name-only and
first-of-two-surnames forms join the one person their articles name; a surname two people share stays
apart; party and organisation names written two ways are one speaker, never a person."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_helpers import speakers_by_text, write_texts

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.name_forms import parse_name, validity

from cli_inprocess import briefing_main as briefing

ARTICLES = {
    "senate": "Senate vote\n\n“This bill protects families,” Sen. Elizabeth Warren said on Tuesday.\n\n“We will "
              "not back down,” Warren said.",
    "banks": "Banks\n\n“The banks must pay,” Elizabeth Warren told reporters in Boston.",
    "hearing": "Hearing\n\nElizabeth Warren questioned the bank chief for an hour.\n\n“You broke the law,” Sen. "
               "Warren said.",
    "rally": "Rally\n\n“People are angry,” Warren said at a rally in Lowell.",
    "mayor": "Mayor\n\n“Our roads need money,” Mayor Peter Johnson said in Leeds.",
    "coach": "Coach\n\n“The team played well,” said Mark Johnson, the club's coach.",
    "both": "Two Johnsons\n\nPeter Johnson and Mark Johnson met on Friday.\n\n“It was a good meeting,” Mr. "
            "Johnson said.",
    "tennis": "Final\n\nOdile Marchetti won the final in three sets.\n\n“I played my best tennis,” Odile said.\n\n"
              "“The crowd was wonderful,” Odile added.",
    "press": "Press day\n\n“I am ready for the next one,” Odile Marchetti told reporters.",
    "bank": "Bank chief\n\n“Our debts are large,” said Lucia Ferrer Soto, the president of the bank.\n\n“We need "
            "more time,” Ms. Ferrer said.\n\n“Congress must act,” Ms. Ferrer said on Monday.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_texts(tmp_path_factory.mktemp("audit-corpus"), ARTICLES)


@pytest.fixture
def lib(corpus, tmp_path):
    from briefing.index.library import open_library

    lib = open_library(corpus, tmp_path / "ix")
    yield lib
    lib.close()


def test_titled_and_surname_forms_join_the_one_person(lib):
    said = speakers_by_text(lib)
    warren = {said[t] for t in ("This bill protects families", "We will not back down", "The banks must pay",
                                "You broke the law", "People are angry")}
    assert warren == {"Elizabeth Warren"}
    person = next(s for s in lib.speakers() if s.name == "Elizabeth Warren")
    assert person.count == 5 and {"Warren", "Sen. Warren"} <= set(person.aliases)


def test_a_surname_two_people_share_stays_apart(lib):
    said = speakers_by_text(lib)
    assert said["Our roads need money"] == "Peter Johnson" and said["The team played well"] == "Mark Johnson"
    assert said["It was a good meeting"] not in ("Peter Johnson", "Mark Johnson")  # the article names both


def test_a_given_name_and_a_first_surname_join_the_person_their_article_names(lib):
    said = speakers_by_text(lib)
    assert said["I played my best tennis"] == said["The crowd was wonderful"] == said["I am ready for the next one"] \
        == "Odile Marchetti"
    assert said["We need more time"] == said["Congress must act"] == said["Our debts are large"] == "Lucia Ferrer Soto"


def test_the_joined_forms_count_the_same_in_every_view(lib, corpus):
    ix = str(lib.index_dir)
    for name, n in (("Elizabeth Warren", 5), ("Odile Marchetti", 3), ("Lucia Ferrer Soto", 3)):
        assert next(s for s in lib.speakers() if s.name == name).count == n
        rows = briefing("quotes", "--speaker", name, "--json", "--corpus", str(corpus), "--index-dir", ix,
                        check=0).stdout.splitlines()
        assert len(rows) == n and {json.loads(r)["speaker"] for r in rows} == {name}, name
        common = ["export", "--speaker", name, "--corpus", str(corpus), "--index-dir", ix]
        doc = json.loads(briefing(*common, "--format", "json", check=0).stdout)
        assert len(doc["items"]) == n
        assert len(list(csv.DictReader(io.StringIO(briefing(*common, "--format", "csv", check=0).stdout)))) == n
        md = briefing(*common, "--format", "md", check=0).stdout
        assert md.count("\n> — ") == n and f"## {name}\n" in md


# ---------------------------------------------------------------------------- rows as the index keeps them

def _names(table) -> dict[str, int]:
    return {s.name: s.count for s in table.speakers}


def test_party_names_are_no_person():
    for text in ("Labour", "New Labour", "Scottish Labour", "Liberal Democrats", "Lib Dems", "Tories",
                 "Assembly Conservatives", "Republicans"):
        assert not parse_name(text).person, text
    rows = [["a1", "Labour", "", "Labour", 4], ["a2", "New Labour", "", "New Labour", 1],
            ["a3", "Conservatives", "", "Conservatives", 2], ["a4", "Welsh Conservatives", "", "Welsh Conservatives", 3]]
    # a party word is no surname: 'Labour' never joins 'New Labour' as the one person of that name
    assert _names(build_table(rows)) == {"Labour": 4, "New Labour": 1, "Conservatives": 2, "Welsh Conservatives": 3}


def test_an_organisation_written_with_the_or_in_capitals_is_one_speaker():
    rows = [["a1", "The State Department", "", "The State Department", 3], ["a2", "State Department", "", "", 2],
            ["a3", "the State Department", "", "", 1], ["a4", "Politico", "", "Politico", 4],
            ["a5", "POLITICO", "", "POLITICO", 1], ["a6", "Putin", "", "Mr. Putin", 2], ["a7", "Putin", "", "", 1]]
    t = build_table(rows)
    assert _names(t) == {"The State Department": 6, "Politico": 5, "Putin": 3}
    assert "POLITICO" in next(s for s in t.speakers if s.name == "Politico").aliases


def test_words_written_in_lower_case_are_a_description_not_a_name():
    assert validity("prosecutors") == "group" and validity("the unions") == "group"
    rows = [["a1", "prosecutors", "", "prosecutors", 5], ["a2", "Prosecutors", "", "Prosecutors", 2],
            ["a3", "the unions", "", "the unions", 2], ["a4", "Unions", "", "Unions", 1],
            ["a5", "Acme", "", "Acme", 1]]
    t = build_table(rows)
    kinds = {s.name: s.kind for s in t.speakers}
    assert kinds["prosecutors"] == "group" and "Prosecutors" not in kinds
    assert "the unions" in kinds  # 'the' before a lower-case word is kept: a description, not a name
    assert t.speakers[0].name == "Acme"  # named speakers rank first


def test_a_name_after_a_relative_clause_is_not_the_speaker():
    assert not parse_name("Hollywood Actor Who Endorsed Ted Cruz").person
    rows = [["a1", "Ted Cruz", "", "Ted Cruz", 3], ["a2", "Hollywood Actor Who Endorsed Ted Cruz", "", "", 1]]
    assert _names(build_table(rows))["Ted Cruz"] == 3


def test_a_given_name_stays_apart_when_its_article_names_two_or_nobody():
    rows = [["a1", "Odile Marchetti", "", "Odile Marchetti", 2], ["a2", "Odile Bernard", "", "Odile Bernard", 1],
            ["a3", "Odile Marchetti", "", "", 1], ["a3", "Odile Bernard", "", "", 1], ["a3", "Odile", "", "Odile", 2],
            ["a4", "Odile", "", "Odile", 1]]
    names = _names(build_table(rows))
    assert names["Odile Marchetti"] == 3 and names["Odile Bernard"] == 2 and names["Odile"] == 3
    # the names an article writes (rows' sixth field) are enough: 'Serena' with 'Serena Okoro' in its text
    rows = [["b1", "Serena Okoro", "", "", 4], ["b2", "Serena", "", "Serena", 2, ["Serena Okoro"]]]
    assert _names(build_table(rows)) == {"Serena Okoro": 6}


def test_an_organisation_written_short_is_one_speaker():
    rows = [["a1", "The Lib Dems", "", "The Lib Dems", 3], ["a2", "the Liberal Democrats", "", "", 2],
            ["a3", "UKIP", "", "UKIP", 2], ["a4", "UK Independence Party", "", "", 1],
            ["a5", "The International Monetary Fund", "", "", 2], ["a6", "IMF", "", "IMF", 1],
            ["a7", "the book", "", "the book", 2], ["a8", "The bookmaker", "", "The bookmaker", 1],
            ["a9", "LP", "", "LP", 1], ["a10", "Labour Party", "", "", 1], ["a11", "Liberal Party", "", "", 1],
            ["a12", "GM", "", "GM", 4], ["a13", "Government ministers", "", "", 1]]
    names = _names(build_table(rows))
    # the full name names them, unless it is a rare variant
    assert names["the Liberal Democrats"] == 5 and names["UK Independence Party"] == 3
    assert names["The International Monetary Fund"] == 3
    t = build_table(rows)
    assert [s.name for s in t.find("Lib Dems")] == [s.name for s in t.find("LIB DEMS")] == ["the Liberal Democrats"]
    assert names["the book"] == 2 and names["The bookmaker"] == 1  # descriptions are never clipped names
    assert names["LP"] == 1  # two parties have those initials: it joins neither
    assert names["GM"] == 4 and names["Government ministers"] == 1  # a description has no initials


def test_a_role_word_after_a_first_name_or_title_is_a_surname():
    for text, ident in (("Jason King", "jason king"), ("Paul Bishop", "paul bishop"), ("Tom Judge", "tom judge")):
        assert parse_name(text).identity == ident
    assert parse_name("Ms King").single and parse_name("Ms King").gender == "f"
    assert not parse_name("Burger King").person and not parse_name("The King").person
    rows = [["a1", "Mervyn King", "Bank governor", "Bank governor Mervyn King", 3], ["a2", "King", "", "Mr King", 2]]
    assert _names(build_table(rows)) == {"Mervyn King": 5}
