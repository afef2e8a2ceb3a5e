"""Peers told apart by the places of their titles, a firm's descriptor, an event's country, a cut given name, a
royal's given name, kin and possessives in the speaker table. Rows and articles written for these tests: rows are
(article, speaker, role, mention, quotes[, names the article writes])."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_helpers import write_texts

from briefing.index.quotes.canonical import surname_names
from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.namesakes import split_namesakes
from briefing.index.quotes.role_hygiene import listed
from test_cli import briefing


def _table(rows):
    return {s.name: s for s in build_table(rows).speakers}


def _names(rows) -> dict[str, int]:
    return {n: s.count for n, s in _table(rows).items()}


def _peer(aid: str, name: str, n: int = 1, role: str = ""):
    return [aid, name, role, name, n]


def test_peers_of_one_title_and_two_places_never_join():
    assert _names([_peer("a", "Baroness Smith of Basildon", 2), _peer("b", "Baroness Smith of Gilmorehill")]) == {
        "Baroness Smith of Basildon": 2, "Baroness Smith of Gilmorehill": 1}
    assert _names([_peer("a", "Lord Jones of Cheltenham", 2), _peer("b", "Lord Jones of Birmingham")]) == {
        "Lord Jones of Cheltenham": 2, "Lord Jones of Birmingham": 1}


def test_a_bare_title_joins_a_peer_with_a_place_only_when_the_corpus_says_which():
    two = [_peer("a", "Baroness Smith of Basildon", 2), _peer("b", "Baroness Smith of Gilmorehill")]
    # its article quotes one of them: that one
    t = _table(two + [_peer("a", "Baroness Smith")])
    assert {n: s.count for n, s in t.items()} == {"Baroness Smith of Basildon": 3, "Baroness Smith of Gilmorehill": 1}
    assert "Baroness Smith" in t["Baroness Smith of Basildon"].aliases
    # an article of neither: either of them, a row of its own
    assert _names(two + [_peer("c", "Baroness Smith")]) == {
        "Baroness Smith of Basildon": 2, "Baroness Smith": 1, "Baroness Smith of Gilmorehill": 1}
    # one place in the corpus: that peer, wherever the bare title is
    assert _names(two[:1] + [_peer("c", "Baroness Smith")]) == {"Baroness Smith of Basildon": 3}
    # a bare title with a post the peer never has is someone else ('judge Lady Smith')
    assert _names(two[:1] + [["c", "Lady Smith", "judge", "judge Lady Smith", 1]]) == {
        "Baroness Smith of Basildon": 2, "Lady Smith": 1}


def test_a_descriptor_before_a_firms_name_is_no_alias():
    t = _table([["a", "Sony", "Rival", "Rival Sony", 2], ["b", "Sony", "", "Sony", 1]])
    assert {n: s.count for n, s in t.items()} == {"Sony": 3} and t["Sony"].aliases == [] and t["Sony"].roles == []
    t = _table([["a", "Sony", "", "rival Sony", 1], ["b", "Sony", "", "Sony", 1]])
    assert t["Sony"].aliases == []
    t = _table([["a", "Rival Sony", "Rival", "Rival Sony", 1], ["a", "Rival Sony", "Rival", "Sony", 1], ["b", "Sony", "", "Sony", 2]])
    assert {n: s.count for n, s in t.items()} == {"Sony": 4} and t["Sony"].aliases == []
    # a name that people of the corpus have as a surname too: still no alias
    t = _table([["a", "Rival Sony", "", "Rival Sony", 1], ["b", "Sony", "", "Sony", 2], ["c", "Ann Sony", "", "Ann Sony", 1],
                ["d", "Tom Sony", "", "Tom Sony", 1]])
    assert t["Sony"].count == 3 and t["Sony"].aliases == []
    # a firm's name with a possessive is listed without it
    t = _table([["a", "Bank of England's", "", "The Bank's latest report", 1], ["b", "the Bank of England", "", "the Bank of England", 2]])
    assert len(t) == 1 and not [a for a in next(iter(t.values())).aliases if a.endswith("'s")]


@pytest.mark.parametrize("event", ["France visit organiser", "Iraq war veteran", "Japan trade mission head",
                                   "Wales match referee"])
def test_a_country_that_names_an_event_is_no_side_of_the_person(event):
    rows = [["a", "Tom Ravel", event, f"{event} Tom Ravel", 2], ["b", "Tom Ravel", "England striker", "England striker Tom Ravel", 1]]
    assert _names(rows) == {"Tom Ravel": 3}, event
    # two posts of two sides still tell namesakes apart
    assert len(split_namesakes([("tom ravel", "France coach", ["a"]), ("tom ravel", "England striker", ["b"])],
                               lambda r: r.split()[-1])) == 1


_CUT = ("Labour MSP Christine Marr said the clerk had been asked to rule. \u201cIt is wrong,\u201d said Labour MSP "
        "Christine. Christine Marr added that members would vote.")


def test_a_cut_given_name_after_a_post_joins_the_full_name_its_article_writes():
    names = surname_names(_CUT, "Labour MSP Christine", "Labour MSP Christine")
    assert "Christine Marr" in names
    t = _table([["a", "Labour MSP Christine", "", "Labour MSP Christine", 2, names],
                ["b", "Christine Grahame", "", "Christine Grahame", 1]])
    assert {n: s.count for n, s in t.items()} == {"Christine Marr": 2, "Christine Grahame": 1}
    assert t["Christine Marr"].roles == ["Labour MSP"]
    # quoted in full elsewhere: one person
    assert _names([["a", "Labour MSP Christine", "", "Labour MSP Christine", 2, names],
                   ["c", "Christine Marr", "", "Christine Marr", 1]]) == {"Christine Marr": 3}
    # an article that writes two Christines: neither
    two = _names([["a", "Labour MSP Christine", "", "Labour MSP Christine", 2, ["Christine Marr", "Christine Dow"]],
                  ["c", "Christine Marr", "", "Christine Marr", 1]])
    assert two["Christine Marr"] == 1 and sum(two.values()) == 3


def test_a_cut_given_name_no_full_name_opens_ranks_with_the_fragments():
    t = build_table([["a", "Labour MSP Christine", "", "Labour MSP Christine", 2, []], ["b", "Ann Roe", "", "Ann Roe", 1],
                     ["c", "Labour MSP Christine", "", "Labour MSP Christine", 1, ["Christine Marr"]]]).speakers
    assert [(s.name, s.count, s.kind) for s in t] == [("Ann Roe", 1, "named"), ("Christine Marr", 1, "named"),
                                                       ("Christine", 2, "other")]
    # a given name alone, without a post, is still the person the corpus knows by it; so are kin, royals and a
    # surname after its connector
    for sp in ("Bob", "His brother Anil", "Mr Eavis' daughter Emily", "Prince Frederik", "President da Silva"):
        t = build_table([["a", sp, "", sp, 3, []]]).speakers
        assert [s.kind for s in t] == ["named"], sp


def test_a_given_name_in_an_article_of_a_royal_so_named_is_not_the_other_person():
    body = "Prince Charles will marry in April. Liberal Democrat leader Charles Kennedy sent his best wishes."
    names = surname_names(body, "Charles", "Charles")
    assert _names([["a", "Charles", "", "Charles", 1, names], ["b", "Charles Kennedy", "", "Charles Kennedy", 3]]) == {
        "Charles Kennedy": 3, "Charles": 1}
    assert _names([["a", "Charles", "", "Charles", 1, ["Charles Kennedy"]],
                   ["b", "Charles Kennedy", "", "Charles Kennedy", 3]]) == {"Charles Kennedy": 4}


@pytest.mark.parametrize("role", ["his son", "her chief of staff", "their campaign manager", "His captain"])
def test_a_role_of_kin_or_of_someone_the_sentence_names_is_not_listed(role):
    assert listed(role) is None
    t = _table([["a", "Eli Stone", role, f"{role} Eli Stone", 2], ["b", "Eli Stone", "campaign manager", "", 1]])
    assert t["Eli Stone"].roles == ["campaign manager"]


def test_a_post_of_her_majesty_is_listed():
    assert listed("Her Majesty's Chief Inspector of Prisons")


_ARTICLES = {
    "lords1": "Peers vow to amend bill\n\n\u201cThe bill will not pass in this form,\u201d said Baroness Smith of "
              "Basildon.\n\nBaroness Smith said peers would table amendments next week.",
    "lords2": "Holyrood row\n\n\u201cScotland deserves better from this government,\u201d said Baroness Smith of "
              "Gilmorehill.",
    "lords3": "Trade figures\n\n\u201cThe figures speak for themselves,\u201d said Lord Jones of Birmingham.\n\n"
              "\u201cWe are watching the courts closely,\u201d said Lord Jones of Cheltenham.",
    "lords4": "Peers divided\n\n\u201cThis is a matter for the whole House,\u201d said Baroness Smith.",
}


@pytest.fixture()
def corpus_dir(tmp_path):
    (tmp_path / "c").mkdir()
    return write_texts(tmp_path / "c", _ARTICLES), tmp_path / "ix"


def test_peers_with_places_are_the_same_rows_in_every_view(corpus_dir):
    from briefing.index.library import open_library

    corpus, ix = corpus_dir
    with open_library(corpus, ix) as lib:
        table = {s.name: s.count for s in lib.speakers()}
        assert table == {"Baroness Smith of Basildon": 2, "Baroness Smith of Gilmorehill": 1,
                         "Lord Jones of Birmingham": 1, "Lord Jones of Cheltenham": 1, "Baroness Smith": 1}
        for name, n in table.items():
            assert len(lib.quotes(speaker=name)) == n, name
    args = ["--corpus", str(corpus), "--index-dir", str(ix)]
    listed_rows = {json.loads(line)["name"]: json.loads(line)["count"]
                   for line in briefing("speakers", *args, "--json", check=0).stdout.splitlines()}
    assert listed_rows == table
    for name, n in table.items():
        rows = list(csv.DictReader(io.StringIO(briefing("export", *args, "--speaker", name, "--format", "csv", "-o", "-",
                                                        check=0).stdout)))
        assert len(rows) == n and {r["speaker"] for r in rows} == {name}, name
        items = json.loads(briefing("export", *args, "--speaker", name, "--format", "json", "-o", "-", check=0).stdout)["items"]
        assert len(items) == n, name


@pytest.mark.parametrize("name", ["Analysts at Beaumont Partners", "Lawyers for Harcastle Mining", "Aides to the Mayor",
                                  "Researchers at Kellner University"])
def test_people_of_a_firm_or_a_person_are_a_description_not_a_name(name):
    t = build_table([["a", name, "", name, 2], ["b", "Ann Roe", "", "Ann Roe", 1]]).speakers
    assert [(s.name, s.kind) for s in t] == [("Ann Roe", "named"), (name, "group")]


def test_a_name_opening_with_a_plural_is_still_a_name():
    t = build_table([["a", "Friends of the Earth", "", "Friends of the Earth", 1],
                     ["b", "Doctors Without Borders", "", "Doctors Without Borders", 1]]).speakers
    assert {s.kind for s in t} == {"named"}


def test_a_role_cut_before_the_name_it_opens_is_not_listed():
    assert listed("nurse manager in the ICU at St") is None and listed("director of New") is None
    assert listed("nurse manager at St Luke's") == "nurse manager at St Luke's"
    t = _table([["a", "Rosa Quill", "nurse manager at St", "Rosa Quill", 2], ["b", "Rosa Quill", "nurse", "", 1]])
    assert t["Rosa Quill"].roles == ["nurse"]
