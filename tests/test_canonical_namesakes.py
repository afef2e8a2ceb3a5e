"""Namesakes, parties, firms and roles in the speaker table: a peer with the place of the title, father and son
told apart by middle initials, one party under its several names, a firm never a person of its name, no party
tag as a name or alias, and a role only where the text ties it to its speaker.
Rows written for these tests: (article, speaker, role, mention, quotes[, full names the article writes])."""

from __future__ import annotations

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.name_forms import parse_name, party_tag_alone, strip_party_tag
from briefing.index.quotes.name_merge import middle_initials


def _table(rows):
    return {s.name: s for s in build_table(rows).speakers}


def _names(rows) -> dict[str, int]:
    return {n: s.count for n, s in _table(rows).items()}


# 1. a peer and a namesake quoted in one article
def test_a_peer_written_with_the_place_of_the_title_is_not_the_namesake_quoted_beside_him():
    rows = [["a", "Lord Pellow", "", "Lord Pellow of Kirkby", 2, ["Tom Pellow"]], ["a", "Tom Pellow", "", "Tom Pellow", 1],
            ["b", "Lord Pellow", "", "Lord Pellow", 1]]
    names = _names(rows)
    assert names["Tom Pellow"] == 1 and sum(names.values()) == 4 and len(names) == 2
    # (without the place, one article naming both is the peer's title and his name: one person)
    assert _names([["a", "Lord Pellow", "", "Lord Pellow", 2, ["Tom Pellow"]], ["a", "Tom Pellow", "", "Tom Pellow", 1]]) \
        == {"Tom Pellow": 3}
    # (with the place, a post in common still makes them one)
    one = _names([["a", "Lord Pellow", "minister", "minister Lord Pellow of Kirkby", 2, ["Tom Pellow"]],
                  ["a", "Tom Pellow", "minister", "minister Tom Pellow", 1]])
    assert list(one.values()) == [3]


def test_a_peer_quoted_without_the_title_is_named_with_it():
    names = _names([["a", "Pellow of Kirkby", "", "Lord Pellow of Kirkby", 2], ["b", "Pellow of Kirkby", "", "Lord Pellow of Kirkby", 1]])
    assert names == {"Lord Pellow of Kirkby": 3}


# 2. an organisation word never joins a person
def test_a_firm_described_as_one_never_joins_the_person_with_its_name():
    rows = [["a", "Grocea", "", "it", 2], ["b", "the rival Grocea", "", "the rival Grocea", 1],
            ["c", "the supermarket chain Grocea", "", "the supermarket chain Grocea", 1], ["d", "Ann Grocea", "", "Ann Grocea", 1]]
    assert _names(rows) == {"Grocea": 4, "Ann Grocea": 1}
    # 'the firm' said: the firm, though one person of the corpus has the name as a surname
    assert _names([["a", "Grocea", "", "the firm", 2], ["d", "Ann Grocea", "", "Ann Grocea", 1]]) == {"Grocea": 2, "Ann Grocea": 1}
    # a person 'the rival' of someone, with a possessive or a party: still the person
    assert _names([["a", "Ann Grocea", "", "Ann Grocea", 2], ["b", "Kent's rival Grocea", "", "Kent's rival Grocea", 1]]) \
        == {"Ann Grocea": 3}
    # a name the corpus calls a firm ('the rival Grocea') is the firm where nothing says he or she
    assert _names([["a", "Grocea", "", "Grocea", 2], ["b", "the rival Grocea", "", "the rival Grocea", 1],
                   ["c", "Ann Grocea", "", "Ann Grocea", 1]]) == {"Grocea": 3, "Ann Grocea": 1}
    assert _names([["a", "Grocea", "", "he", 2], ["b", "the rival Grocea", "", "the rival Grocea", 1],
                   ["c", "Dan Grocea", "", "Dan Grocea", 1]]) == {"Dan Grocea": 3, "the rival Grocea": 1}
    # a firm described before its name lists no post and no described alias
    sony = _table([["a", "Grocea", "", "Grocea", 3], ["b", "Rival Grocea", "", "Rival Grocea", 1]])["Grocea"]
    assert sony.count == 4 and sony.roles == [] and sony.aliases == []
    # 'it' of a person the corpus calls he or she is the extractor's slip, not a firm
    assert _names([["a", "Ann Grocea", "", "she", 3], ["b", "Grocea", "", "it", 1]]) == {"Ann Grocea": 4}


# 3. one party under its names
def test_the_names_of_one_party_are_one_speaker_and_its_people_are_not_the_party():
    rows = [["a", "The Tories", "", "The Tories", 5], ["b", "Conservatives", "", "the Conservatives", 2],
            ["c", "the Conservative party", "", "the Conservative party", 1], ["d", "Labour", "", "Labour", 3],
            ["e", "Labour Party", "", "The Labour Party", 1], ["f", "Labour MPs", "", "Labour MPs", 1],
            ["g", "the GOP", "", "the GOP", 2], ["h", "Republicans", "", "Republicans", 2],
            ["i", "Some Democrats", "", "Some Democrats", 1], ["j", "Democrats", "", "Democrats", 1],
            ["k", "the Democratic Party", "", "the Democratic Party", 1]]
    t = _table(rows)
    counts = {n: s.count for n, s in t.items()}
    assert counts["The Tories"] == 8 and t["The Tories"].kind == "named"
    assert {"Conservatives", "the Conservative party"} <= set(t["The Tories"].aliases)
    assert counts["Labour Party"] == 4 and counts["Labour MPs"] == 1
    assert counts["Republicans"] == 4 and "the GOP" in t["Republicans"].aliases
    assert counts["the Democratic Party"] == 2 and counts["Some Democrats"] == 1


# 4. father and son
def test_middle_initials_that_differ_keep_father_and_son_apart():
    rows = [["a", "George Warrick", "", "George Warrick", 2], ["b", "George W. Warrick", "", "George W. Warrick", 3],
            ["c", "George H. W. Warrick", "", "George H. W. Warrick", 1], ["d", "George H.W. Warrick", "", "George H.W. Warrick", 1]]
    names = _names(rows)
    assert names["George W. Warrick"] == 3 and names["George Warrick"] == 2 and sum(names.values()) == 7
    assert len(names) == 3  # ('H.W.' and 'H. W.' are the same initials)
    # one middle initial in the corpus: the name without it is that person
    assert _names(rows[:2]) == {"George W. Warrick": 5}
    assert middle_initials("George H.W. Warrick") == middle_initials("George H. W. Warrick") == "HW"


def test_a_surname_said_in_an_article_that_names_the_father_joins_the_father():
    rows = [["a", "George W. Warrick", "", "George W. Warrick", 3], ["b", "George H. W. Warrick", "", "George H. W. Warrick", 1],
            ["b", "Warrick", "", "Mr. Warrick", 2, ["George H. W. Warrick"]]]
    assert _names(rows) == {"George W. Warrick": 3, "George H. W. Warrick": 3}


# 6. party tags
def test_a_party_tag_is_no_name_and_no_alias():
    t = _table([["a", "Sherrod Dunne (D)", "", "Sherrod Dunne (D)", 1], ["b", "Sherrod Dunne", "", "Sherrod Dunne", 2],
                ["c", "Sherrod Dunne", "", "D", 1], ["d", "Sherrod Dunne", "", "Sen. Sherrod Dunne, D-Ohio", 1],
                ["e", "Ann Roe", "Sen.", "Sen. Ann Roe (R-Ohio)", 1], ["f", "Ann Roe (R-Ohio)", "", "Ann Roe (R-Ohio)", 1]])
    assert {n: s.count for n, s in t.items()} == {"Sherrod Dunne": 5, "Ann Roe": 2}
    aliases = [a for s in t.values() for a in s.aliases]
    assert not any("(" in a or a in ("D", "R") or a.endswith("Ohio") for a in aliases), aliases
    assert strip_party_tag("Ann Roe, R-Fla.") == "Ann Roe" and strip_party_tag("Ann Roe (Ind)") == "Ann Roe"
    assert party_tag_alone("(D)") and party_tag_alone("R-Ohio") and not party_tag_alone("DJ")
    assert parse_name("Sherrod Dunne (D)").identity == "sherrod dunne"


# 7. roles tied by the text
def test_a_role_a_description_carried_to_the_wrong_person_is_not_listed():
    rows = [["a", "Tom Pryde", "", "Tom Pryde", 1], ["a", "Tom Pryde", "", "The home secretary", 1],
            ["a", "Tom Pryde", "Home secretary", "He", 1], ["b", "Tom Pryde", "Prime Minister", "Prime Minister Tom Pryde", 1],
            ["c", "Tom Pryde", "Prime minister", "the prime minister", 1],
            ["d", "Dan Vance", "President", "President Dan Vance", 1], ["e", "Dan Vance", "Prime minister", "the prime minister", 1],
            ["e", "Tom Pryde", "", "Mr Pryde", 1],
            ["f", "Jo Kell", "Newcastle boss", "he", 2], ["f", "Jo Kell", "", "Jo Kell", 1],
            ["g", "Jo Kell", "manager", "Jo Kell", 1]]
    t = _table(rows)
    assert "Home secretary" not in t["Tom Pryde"].roles and "prime minister" in [r.lower() for r in t["Tom Pryde"].roles]
    assert "Prime minister" not in t["Dan Vance"].roles and t["Dan Vance"].roles == ["President"]
    # one role written with other capitals is listed once, as written most
    assert [r.lower() for r in t["Tom Pryde"].roles].count("prime minister") == 1
    assert not any(r.lower().startswith(("the ", "a ")) for s in t.values() for r in s.roles)
    # a role a pronoun carries from the name's own apposition stays
    assert "Newcastle boss" in t["Jo Kell"].roles
    assert parse_name("Tom Pryde").person


def test_the_rival_of_a_story_that_quotes_a_person_of_that_surname_is_the_person():
    rows = [["f", "The rival Harlow", "", "The rival Harlow", 1], ["f", "Lleyton Harlow", "", "Lleyton Harlow", 1],
            ["g", "Harlow", "", "Harlow", 2], ["h", "Lleyton Harlow", "", "he", 1]]
    t = _table(rows)
    assert {n: s.count for n, s in t.items()} == {"Lleyton Harlow": 5}
    # two people of that surname in the story: the rival is neither
    two = _names(rows[:2] + [["f", "Ann Harlow", "", "Ann Harlow", 1]])
    assert two == {"Lleyton Harlow": 1, "Ann Harlow": 1, "The rival Harlow": 1}
    # a rival in a story that quotes no person of the name stays the firm (see the Grocea corpus above)
    assert _names([["a", "Grocea", "", "Grocea", 2], ["b", "the rival Grocea", "", "the rival Grocea", 1],
                   ["c", "Ann Grocea", "", "Ann Grocea", 1]]) == {"Grocea": 3, "Ann Grocea": 1}


def test_a_british_party_tag_is_no_part_of_a_name_but_a_partys_initials_stay():
    t = _table([["a", "Ann Roe (Lab)", "", "Ann Roe (Lab)", 1], ["b", "Ann Roe", "", "Ann Roe", 2],
                ["c", "Ann Roe (SNP)", "", "Ann Roe (SNP)", 1], ["d", "Tom Vane (Con)", "", "Tom Vane (Con)", 1],
                ["e", "Tom Vane", "", "Tom Vane", 1], ["f", "Kay Ross (Lib Dem)", "", "Kay Ross (Lib Dem)", 1]])
    assert {n: s.count for n, s in t.items()} == {"Ann Roe": 4, "Tom Vane": 2, "Kay Ross": 1}
    assert not any(a in ("Lab", "Con", "SNP") or "(" in a for s in t.values() for a in s.aliases)
    for name in ("Ann Roe (Lab)", "Jo Kerr (SNP)", "Cal Vane (LD)", "Ann Roe (Lab/Co-op)", "Bo Penn (DUP)"):
        assert strip_party_tag(name) == name.split(" (")[0] and parse_name(name).plain == name.split(" (")[0], name
    assert party_tag_alone("(Lab)") and not party_tag_alone("Green")
    for org in ("Scottish National Party (SNP)", "Democratic Unionist Party (DUP)"):
        assert strip_party_tag(org) == org  # a party's initials after its name are its abbreviation
    snp = _table([["a", "Scottish National Party (SNP)", "", "Scottish National Party (SNP)", 1], ["b", "SNP", "", "SNP", 1]])
    assert {n: s.count for n, s in snp.items()} == {"Scottish National Party": 2} and "SNP" in snp["Scottish National Party"].aliases


def test_a_peer_named_without_the_place_of_the_title_is_the_one_peer_written_with_it():
    rows = [["a", "Nicholls of Birkenhead", "", "Lord Nicholls of Birkenhead", 3], ["b", "Lord Nicholls", "", "Lord Nicholls", 1],
            ["c", "Richard Nicholls", "lawyer", "lawyer Richard Nicholls", 2]]
    t = _table(rows)
    assert {n: s.count for n, s in t.items()} == {"Lord Nicholls of Birkenhead": 4, "Richard Nicholls": 2}
    assert "Lord Nicholls" in t["Lord Nicholls of Birkenhead"].aliases
    # two places for one title: the title alone is either peer
    two = _names(rows[:2] + [["d", "Lord Nicholls of Pimlico", "", "Lord Nicholls of Pimlico", 1]])
    assert two == {"Lord Nicholls of Birkenhead": 3, "Lord Nicholls": 1, "Lord Nicholls of Pimlico": 1}
