"""Different people never merge in the speaker table: a surname quoted alone takes a full name only when its
articles write one person's and nothing says otherwise; a first name that spells initials, a peer's title, a
described surname or an abbreviation in brackets join a person or organisation only on evidence that fits.
Rows written for these tests: (article, speaker, role, mention, quotes[, full names the article writes])."""

from __future__ import annotations

from briefing.index.quotes.grouping import build_table


def _names(rows) -> dict[str, int]:
    return {s.name: s.count for s in build_table(rows).speakers}


def test_a_lone_surname_takes_the_full_name_only_where_most_of_its_quotes_are():
    assert _names([["a", "Halloran", "", "Halloran", 3, ["Peter Halloran"]], ["b", "Halloran", "", "Halloran", 1]]) \
        == {"Peter Halloran": 4}
    assert _names([["a", "Halloran", "", "Halloran", 1, ["Peter Halloran"]], ["b", "Halloran", "", "Halloran", 3]]) \
        == {"Halloran": 4}


def test_a_lone_surname_is_not_a_father_whose_son_the_article_names_too():
    assert _names([["a", "Halloran", "", "Mr Halloran", 2, ["Peter Halloran", "Peter Halloran Jr."]]]) == {"Halloran": 2}
    assert _names([["a", "Halloran", "", "Halloran", 2, ["Peter Halloran"]],
                   ["b", "Halloran", "", "Halloran", 2, ["Peter Halloran Jr."]]]) == {"Halloran": 4}


def test_a_lone_place_is_not_the_person_its_article_names_with_that_surname():
    assert _names([["a", "Israel", "", "Israel", 2, ["Tom Israel"]]]) == {"Israel": 2}
    assert _names([["a", "Mr Halloran", "", "Mr Halloran", 2, ["Peter Halloran"]]]) == {"Peter Halloran": 2}



def test_a_firm_named_after_a_person_is_not_the_person_its_article_names():
    assert _names([["a", "Garrity", "", "it", 3, ["Bill Garrity"]]]) == {"Garrity": 3}
    assert _names([["a", "Garrity", "", "Garrity", 2, ["Bill Garrity"]], ["b", "Garrity", "", "the company", 1]]) \
        == {"Garrity": 3}


def test_a_lone_surname_said_by_she_is_not_the_husband_the_article_names():
    assert _names([["a", "Halloran", "", "she", 2, ["Peter Halloran"]]]) == {"Halloran": 2}
    assert _names([["a", "Halloran", "", "he", 2, ["Peter Halloran"]]]) == {"Peter Halloran": 2}


def test_a_first_name_spelling_initials_joins_only_a_full_name_quoted_with_it():
    apart = _names([["a", "Ann Nolan", "", "Ann Nolan", 2], ["b", "Alice Nina Nolan", "", "Alice Nina Nolan", 2]])
    assert apart == {"Ann Nolan": 2, "Alice Nina Nolan": 2}
    together = _names([["a", "Ann Nolan", "", "Ann Nolan", 2], ["b", "Ann Nolan", "", "Ann Nolan", 1],
                       ["b", "Alice Nina Nolan", "", "Alice Nina Nolan", 1]])
    assert sum(together.values()) == 4 and len(together) == 1
    written = _names([["a", "Ann Nolan", "", "Ann Nolan", 2], ["b", "Alice Nina Nolan", "", "she", 1, ["Ann Nolan"]],
                      ["b", "Alice Nina Nolan", "", "Alice Nina Nolan", 1]])  # (an article that writes both)
    assert list(written.values()) == [4]
    # two letters spell no name: 'JR Nolan' and 'J. R. Nolan' stay as written
    assert len(_names([["a", "JR Nolan", "", "JR Nolan", 1], ["b", "John Robert Nolan", "", "John Robert Nolan", 1]])) == 2


def test_a_peer_and_a_namesake_with_other_posts_in_one_article_are_two_people():
    names = _names([["a", "Lord Brannock", "chief executive", "chief executive Lord Brannock", 2, ["Des Brannock"]],
                    ["a", "Des Brannock", "minister", "minister Des Brannock", 1, ["Lord Brannock"]]])
    assert names == {"Lord Brannock": 2, "Des Brannock": 1}
    # (the same person, a post in common: one)
    assert _names([["a", "Lord Brannock", "minister", "minister Lord Brannock", 2, ["Des Brannock"]],
                   ["a", "Des Brannock", "minister", "minister Des Brannock", 1]]) == {"Des Brannock": 3}


def test_a_peer_is_never_the_mp_an_article_names_with_the_title():
    names = _names([["a", "Stephen Garrow", "MP", "MP Stephen Garrow", 1, ["Stephen Garrow", "Lord Garrow"]],
                    ["a", "Lord Garrow", "", "Lord Garrow", 2, ["Stephen Garrow"]]])
    assert names == {"Lord Garrow": 2, "Stephen Garrow": 1}


def test_a_peer_whose_surname_two_people_have_stays_apart():
    names = _names([["a", "Stephen Garrow", "", "Stephen Garrow", 1, ["Stephen Garrow", "Lord Garrow"]],
                    ["a", "Lord Garrow", "", "Lord Garrow", 2, ["Stephen Garrow"]], ["b", "Neil Garrow", "", "Neil Garrow", 1]])
    assert names == {"Lord Garrow": 2, "Stephen Garrow": 1, "Neil Garrow": 1}
    # one person of the surname, named with the title: the peer is them
    assert _names([["a", "Neil Garrow", "", "Neil Garrow", 1, ["Lord Garrow"]], ["a", "Lord Garrow", "", "Lord Garrow", 2]]) \
        == {"Neil Garrow": 3}


def test_a_lone_surname_a_person_and_a_peer_share_joins_the_person_only_where_named():
    rows = [["a", "Lord Brannock", "", "Lord Brannock", 2], ["b", "Des Brannock", "", "Des Brannock", 2],
            ["c", "Brannock", "", "Brannock", 1, ["Des Brannock"]], ["d", "Brannock", "", "Brannock", 1]]
    table = build_table(rows)
    assert {s.name: s.count for s in table.speakers} == {"Des Brannock": 3, "Lord Brannock": 2, "Brannock": 1}
    assert table.speaker_of("c", "Brannock", "Brannock") == "Des Brannock"
    assert table.speaker_of("d", "Brannock", "Brannock") == "Brannock"
    # without the peer, the one person of that surname
    assert _names(rows[1:]) == {"Des Brannock": 4}


def test_a_plural_before_a_surname_describes_a_firm_not_the_person():
    names = _names([["a", "analysts Quarrick", "", "analysts Quarrick", 1], ["b", "Kim Quarrick", "", "Kim Quarrick", 1]])
    assert names == {"analysts Quarrick": 1, "Kim Quarrick": 1}
    assert _names([["a", "the veteran Quarrick", "", "the veteran Quarrick", 1],
                   ["b", "Kim Quarrick", "", "Kim Quarrick", 1]]) == {"Kim Quarrick": 2}


def test_a_relative_or_a_plural_before_a_name_is_not_the_person_of_that_surname():
    names = _names([["a", "Duncan Hollis", "", "Duncan Hollis", 2], ["b", "his son Hollis", "", "his son Hollis", 1],
                    ["c", "the wife Hollis", "", "the wife Hollis", 1], ["d", "sources close Hollis", "", "sources close Hollis", 1]])
    assert names["Duncan Hollis"] == 2 and sum(names.values()) == 5


def test_a_description_with_an_abbreviation_in_brackets_is_no_name_of_it():
    table = build_table([["a", "the committee (EU)", "", "the committee (EU)", 1],
                         ["b", "European Union", "", "European Union", 1], ["c", "EU", "", "EU", 1]])
    by = {s.name: s for s in table.speakers}
    assert by["European Union"].count == 2 and "EU" in by["European Union"].aliases
    assert "EU" not in by["the committee"].aliases and by["the committee"].count == 1


CORPUS = {
    "oil": "Oil\n\n“Oil prices will fall,” BP chief executive Lord Brannock said on Monday.\n\n“The market is calm,” Lord "
           "Brannock added.",
    "visas": "Visas\n\n“The rules are fair,” immigration minister Des Brannock said.\n\n“We will not change course,” "
             "Mr Brannock said.",
    "talk": "Talk\n\n“Nobody asked us,” Brannock said in a statement.",
    "poll": "Poll\n\n“Demand is weak,” analysts Quarrick said.\n\n“I disagree,” Kim Quarrick said.",
}


def test_every_view_keeps_a_peer_a_namesake_and_a_described_firm_apart(tmp_path):
    import csv
    import io
    import json

    from quote_helpers import write_texts
    from cli_inprocess import briefing_main as briefing

    (tmp_path / "c").mkdir()
    corpus = write_texts(tmp_path / "c", CORPUS)
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    env = {"BRIEFING_DATA_DIR": str(tmp_path / "data")}
    briefing(*base, "index", env=env, check=0)
    rows = [json.loads(x) for x in briefing(*base, "speakers", "--json", env=env, check=0).stdout.splitlines()]
    counts = {r["name"]: r["count"] for r in rows}
    assert {k: counts.get(k) for k in ("Des Brannock", "Lord Brannock", "Brannock", "Kim Quarrick", "analysts Quarrick")} \
        == {"Des Brannock": 2, "Lord Brannock": 2, "Brannock": 1, "Kim Quarrick": 1, "analysts Quarrick": 1}
    for name in ("Des Brannock", "Lord Brannock", "Brannock", "Kim Quarrick"):
        quotes = [json.loads(x) for x in briefing(*base, "quotes", "--speaker", name, "--json", env=env,
                                                 check=0).stdout.splitlines()]
        exported = json.loads(briefing(*base, "export", "--speaker", name, "--format", "json", env=env,
                                       check=0).stdout)["items"]
        table = list(csv.DictReader(io.StringIO(briefing(*base, "export", "--speaker", name, "--format", "csv",
                                                         env=env, check=0).stdout)))
        assert len(quotes) == len(exported) == len(table) == counts[name], name
        assert {q["speaker"] for q in quotes} == {i["quote"]["speaker"] for i in exported} == \
            {r["speaker"] for r in table} == {name}
