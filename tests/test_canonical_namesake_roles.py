"""Namesakes, peers' titles, organisations' aliases, cut names and roles in the speaker table: two people of one
name told apart by the countries their posts name, a woman's peerage titles one person, an organisation listed
under forms of its name only, 'George Bush' between two Bushes joining neither, and a role only where the
text ties it to its speaker.
Rows written for these tests: (article, speaker, role, mention, quotes[, full names the article writes])."""

from __future__ import annotations

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.name_forms import parse_name
from briefing.index.quotes.namesakes import countries
from briefing.index.quotes.role_hygiene import listed


def _table(rows):
    return {s.name: s for s in build_table(rows).speakers}


def _names(rows) -> dict[str, int]:
    return {n: s.count for n, s in _table(rows).items()}


# 1. two people of one full name
def test_one_name_quoted_with_posts_for_two_countries_is_two_people_and_their_posts_never_share_a_row():
    rows = [["a", "Tom Ravel", "England striker", "England striker Tom Ravel", 2], ["a", "Tom Ravel", "", "he", 1],
            ["b", "Tom Ravel", "Wales flanker", "Wales flanker Tom Ravel", 1], ["b", "Tom Ravel", "", "Ravel", 2],
            ["c", "Tom Ravel", "", "Tom Ravel", 1]]
    t = _table(rows)
    assert {n: s.count for n, s in t.items()} == {"Tom Ravel (England striker)": 3, "Tom Ravel (Wales flanker)": 3,
                                                   "Tom Ravel": 1}
    assert t["Tom Ravel (England striker)"].roles == ["England striker"]
    assert t["Tom Ravel (Wales flanker)"].roles == ["Wales flanker"] and t["Tom Ravel"].roles == []
    assert all(s.kind == "named" for s in t.values())
    # every quote is counted once, under the person its article is about
    table = build_table(rows)
    assert table.speaker_of("b", "Tom Ravel", "Ravel") == "Tom Ravel (Wales flanker)"
    assert table.speaker_of("a", "Tom Ravel", "he") == "Tom Ravel (England striker)"
    assert [s.name for s in table.find("tom ravel (wales flanker)")] == ["Tom Ravel (Wales flanker)"]
    assert [s.name for s in table.find("Tom Ravel")] == ["Tom Ravel"]  # (the row of the bare name: its own count)


def test_posts_one_person_can_hold_keep_one_name_one_person():
    # a country and a state; the UK and one of its nations; one post for two countries (a coach who moved);
    # posts that name no country
    for a, b in (("US president", "Texas governor"), ("UK Chancellor", "Scotland Secretary"),
                 ("England coach", "Wales coach"), ("club captain", "striker")):
        rows = [["a", "Ann Ravel", a, f"{a} Ann Ravel", 2], ["b", "Ann Ravel", b, f"{b} Ann Ravel", 1]]
        assert _names(rows) == {"Ann Ravel": 3}, (a, b)
    # one article that ties both countries to the name: one person
    assert _names([["a", "Ann Ravel", "England striker", "England striker Ann Ravel", 1],
                   ["a", "Ann Ravel", "France coach", "France coach Ann Ravel", 1],
                   ["b", "Ann Ravel", "France coach", "France coach Ann Ravel", 1]]) == {"Ann Ravel": 3}


def test_countries_of_a_role():
    assert countries("England forward") == {"england"} and countries("Republic of Ireland manager") == {"ireland"}
    assert countries("Britain's ambassador") == {"uk"} and countries("forward") == set()


# 3. peers' titles
def test_a_womans_peerage_titles_of_one_surname_are_one_person_and_a_lord_is_not_a_lady():
    rows = [["a", "Lady Pellow", "", "Lady Pellow", 2], ["b", "Baroness Pellow", "", "Baroness Pellow", 1],
            ["c", "Lord Pellow", "", "Lord Pellow", 1]]
    t = _table(rows)
    assert {n: s.count for n, s in t.items()} == {"Baroness Pellow": 3, "Lord Pellow": 1}
    assert t["Baroness Pellow"].aliases == ["Lady Pellow"]
    # with her name written beside one title: all her titles join her (a name the table calls likely a woman's too)
    named = _names([["a", "Lady Pellow", "", "Lady Pellow", 2, ["Jan Pellow"]], ["b", "Baroness Pellow", "", "Baroness Pellow", 1],
                    ["c", "Jan Pellow", "", "Jan Pellow", 1]])
    assert named == {"Jan Pellow": 4}
    # a lord's and a lady's title beside one name of no known sex: neither joins it
    assert _names([["a", "Lord Pellow", "", "Lord Pellow", 2, ["Zorvan Pellow"]], ["b", "Lady Pellow", "", "Lady Pellow", 1, ["Zorvan Pellow"]],
                   ["c", "Zorvan Pellow", "", "Zorvan Pellow", 1]]) == {"Lord Pellow": 2, "Lady Pellow": 1, "Zorvan Pellow": 1}


# 2. and 5. organisations' aliases
def test_an_organisations_aliases_are_forms_of_its_name_only():
    rows = [["a", "Quantix", "", "Quantix", 3], ["b", "analysts Quantix", "", "analysts Quantix", 1],
            ["c", "Quantix", "", "Research firm Quantix", 1], ["d", "Quantix", "", "Quantix analyst Jo Roe", 1],
            ["e", "The Quantix", "", "The Quantix", 1], ["f", "Quantix", "", "Rival exchange operator Quantix", 1]]
    q = _table(rows)["Quantix"]
    assert q.count == 8 and q.aliases == ["The Quantix"] and q.roles == []
    # a name another name is part of is no alias of it; the party's other names are
    t = _table([["a", "Labour", "", "Labour", 3], ["b", "New Labour", "", "Labour", 1], ["c", "Labour Party", "", "the Labour Party", 1]])
    assert "Labour" not in t["New Labour"].aliases and "New Labour" not in t["Labour Party"].aliases
    # a person the corpus knows by a surname alone keeps the titled forms of it
    assert _table([["a", "Pellowitz", "", "Mr Pellowitz", 2], ["b", "Pellowitz", "", "President Pellowitz", 1]])["Pellowitz"].aliases \
        == ["Mr Pellowitz", "President Pellowitz"]


# 5. a cut name
def test_a_first_name_after_a_party_and_a_parliament_post_is_a_first_name():
    f = parse_name("Labour MSP Christine")
    assert (f.plain, f.role, f.identity) == ("Christine", "Labour MSP", "")
    assert parse_name("Labour MSP Christine Pellow").identity == "christine pellow"
    assert parse_name("Many Labour MPs").plain != "" or not parse_name("Many Labour MPs").person
    # it joins the one full name of that first name its article quotes, never a namesake elsewhere
    rows = [["a", "Labour MSP Christine", "", "Labour MSP Christine", 1], ["a", "Christine Pellow", "", "Christine Pellow", 2],
            ["b", "Christine Ravel", "", "Christine Ravel", 1]]
    t = _table(rows)
    assert {n: s.count for n, s in t.items()} == {"Christine Pellow": 3, "Christine Ravel": 1}
    assert t["Christine Pellow"].roles == ["Labour MSP"]
    names = _names([["a", "Labour MSP Christine", "", "Labour MSP Christine", 1], ["b", "Christine Ravel", "", "Christine Ravel", 1],
                    ["c", "Christine Pellow", "", "Christine Pellow", 1]])
    assert "Labour MSP Christine" not in names and names["Christine Ravel"] == 1 and names["Christine Pellow"] == 1


# 4. a bare name between father and son
def test_a_name_without_initials_between_two_initialed_people_joins_the_one_its_article_quotes_else_neither():
    rows = [["a", "George W. Pellow", "", "George W. Pellow", 3], ["b", "George H. W. Pellow", "", "George H. W. Pellow", 2],
            ["c", "George Pellow", "", "George Pellow", 1], ["d", "George W. Pellow", "", "George W. Pellow", 1],
            ["d", "George Pellow", "", "George Pellow", 2]]
    names = _names(rows)
    assert names == {"George W. Pellow": 6, "George H. W. Pellow": 2, "George Pellow": 1}
    # the bare name alone in the corpus, or with one initialed form only, is that one person
    assert _names([["a", "George W. Pellow", "", "George W. Pellow", 1], ["c", "George Pellow", "", "George Pellow", 1]]) \
        == {"George W. Pellow": 2}


# 6. roles the text ties to the speaker
def test_a_judgement_is_no_post():
    assert listed("Really Effective Senator") is None and listed("a very good coach") is None
    assert listed("Senator") == "Senator" and listed("newly elected senator") == "newly elected senator"


def test_a_description_a_pronoun_carried_is_not_the_post_of_a_speaker_the_text_gives_other_posts():
    rows = [["a", "Dan Pellow", "Republican candidate", "Republican candidate Dan Pellow", 3],
            ["b", "Dan Pellow", "The federal judge", "He", 1], ["c", "Dan Pellow", "party chairman", "he", 1],
            ["d", "Ann Ravel", "The federal judge", "She", 1]]
    t = _table(rows)
    assert "The federal judge" not in t["Dan Pellow"].roles and "federal judge" not in t["Dan Pellow"].roles
    assert "party chairman" in t["Dan Pellow"].roles  # (a post, not a description: the pronoun's, kept)
    assert t["Ann Ravel"].roles == ["federal judge"]  # (no other post tied to her: what the pronoun gives)
