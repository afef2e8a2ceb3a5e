"""One name per person at corpus scale: name structure, role phrases and corpus evidence in the speaker
table (rows as the index keeps them: ``[article, speaker, role, mention, n(, names)]``)."""

from __future__ import annotations

import pytest

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.name_forms import clean_role, parse_name, validity
from briefing.index.quotes.role_hygiene import alias_form, listed, role_as_written


def _names(table) -> dict[str, int]:
    return {s.name: s.count for s in table.speakers}


def _speaker(table, name):
    return next(s for s in table.speakers if s.name == name)


@pytest.mark.parametrize("text, plain, role", [
    ("Tory co-chairman Liam Fox", "Liam Fox", "Tory co-chairman"),  # a compound role word; 'Fox' is a surname here
    ("Labour MP Jo Whitmore", "Jo Whitmore", "Labour MP"),  # a member of parliament
    ("Tory Liam Fox", "Liam Fox", None),  # a party word, then a known first name
    ("Defiant Matt Okafor", "Matt Okafor", None),
    ("Wisconsin Trump", "Trump", None),  # a place glued to a surname
    ("Endorsed Trump", "Trump", None),
    ("Both the prime minister and Chancellor Gordon Brown", "Gordon Brown", "Chancellor"),
    ("Donald Trump and House Speaker Paul Ryan", "Paul Ryan", "House Speaker"),
    ("Attorney Joshua Levy", "Joshua Levy", "Attorney"),
    ("Andrew Tyrie MP", "Andrew Tyrie", "MP"),  # letters after the name
])
def test_the_name_starts_where_the_person_does(text, plain, role):
    f = parse_name(text)
    assert (f.plain, f.role) == (plain, role)
    assert f.person


@pytest.mark.parametrize("text", ["John Paul Jones", "Mary Ann Smith", "Trade and Industry Secretary Jo Whitmore",
                                  "British and Irish Lions coach Clive Woodward"])
def test_names_and_roles_that_stay_whole(text):
    f = parse_name(text)
    assert f.plain in text and (f.role is None or " and " in f.role or f.plain.count(" ") == 2)
    assert parse_name("John Paul Jones").identity == "john jones"
    assert parse_name("Trade and Industry Secretary Jo Whitmore").role == "Trade and Industry Secretary"


def test_organisation_words_and_first_names():
    assert not parse_name("Fox News").person and not parse_name("White House").person
    assert parse_name("Dr Fox").single and parse_name("Dr Fox").surname == "fox"
    assert not parse_name("Sir Howard").single  # 'Sir' takes a first name, not a surname


def test_roles_are_role_phrases_never_clauses_places_or_modifiers():
    assert clean_role("Both the prime minister and Chancellor") == "Chancellor"
    assert clean_role("The priority for Finance Minister") == "Finance Minister"
    for bad in ("Harrogate", "aides say", "In describing fellow billionaire", "Former", "like Republican front-runner",
                "''I hope so,''", "the younger"):
        assert role_as_written(bad) is None, bad
    for good in ("Councillor", "analyst with Acme Research", "Franz Ferdinand frontman", "England forward"):
        assert role_as_written(good) == good
    assert listed("Earlier Foreign Secretary") is None and listed("Just look at House Speaker") is None
    assert listed("Convince supporters of Sen.") is None and listed("Foreign Secretary") == "Foreign Secretary"


def test_aliases_start_at_the_title_or_role():
    assert alias_form("Tanzania Mr Brown") == "Mr Brown"
    assert alias_form("Mr Howard nor Mr Letwin") == "Mr Letwin"
    assert alias_form("Harrogate Charles Kennedy") == "Charles Kennedy"
    assert alias_form("Franz Ferdinand frontman Alex Kapranos") == "Franz Ferdinand frontman Alex Kapranos"
    rows = [["p1", "Gordon Brown", "Chancellor", "Chancellor Gordon Brown", 4],
            ["p2", "Gordon Brown", "", "Tanzania Mr Brown", 1],
            ["p3", "Charles Kennedy", "Harrogate", "Harrogate Mr Kennedy", 2],
            ["p4", "Gordon Brown", "Both the prime minister and Chancellor",
             "Both the prime minister and Chancellor Gordon Brown", 1]]
    t = build_table(rows)
    brown, kennedy = _speaker(t, "Gordon Brown"), _speaker(t, "Charles Kennedy")
    assert "Mr Brown" in brown.aliases and not any("Tanzania" in a or "Both" in a for a in brown.aliases)
    assert brown.roles == ["Chancellor"]
    assert kennedy.roles == [] and kennedy.aliases == ["Mr Kennedy"]


def test_a_role_alone_takes_the_person_its_mention_names():
    rows = [["a", "Gordon Brown", "", "Gordon Brown", 5],
            ["b", "UK Chancellor", "", "UK Chancellor of the Exchequer Gordon Brown", 1]]
    t = build_table(rows)
    assert _names(t) == {"Gordon Brown": 6}
    assert t.speaker_of("b", "UK Chancellor", "UK Chancellor of the Exchequer Gordon Brown") == "Gordon Brown"
    assert "UK Chancellor of the Exchequer" in _speaker(t, "Gordon Brown").roles


def test_a_surname_its_article_leaves_open_goes_to_the_person_who_has_nearly_all_its_quotes():
    rows = [["g1", "Gordon Brown", "Chancellor", "Chancellor Gordon Brown", 12],
            ["i1", "Ian Brown", "singer", "singer Ian Brown", 1],
            ["x", "Brown", "", "he", 2, ["Mr Brown"]],  # the article writes only "Mr Brown"
            ["y", "Brown", "", "Brown", 1, ["Ian Brown"]]]  # this one names Ian Brown
    t = build_table(rows)
    assert t.speaker_of("x", "Brown", "he") == "Gordon Brown"
    assert t.speaker_of("y", "Brown", "Brown") == "Ian Brown"
    assert _names(t) == {"Gordon Brown": 14, "Ian Brown": 2}
    # two people quoted nearly as often: the surname stays apart
    # "Sir Howard" is someone's first name, never the surname of the corpus's Michael Howard
    sir = build_table([["h1", "Michael Howard", "", "Michael Howard", 20], ["s", "Howard", "", "Sir Howard", 2]])
    assert sir.speaker_of("s", "Howard", "Sir Howard") != "Michael Howard"
    even = build_table([["g1", "Gordon Brown", "", "Gordon Brown", 6], ["i1", "Ian Brown", "", "Ian Brown", 4],
                        ["x", "Brown", "", "Brown", 2]])
    assert even.speaker_of("x", "Brown", "Brown") == "Brown"


def test_a_role_before_a_surname_picks_the_person_who_holds_it():
    rows = [["b1", "Barack Obama", "President", "President Barack Obama", 6],
            ["m1", "Michelle Obama", "First Lady", "First Lady Michelle Obama", 5],
            ["x", "President Obama", "", "President Obama", 2]]
    t = build_table(rows)
    assert t.speaker_of("x", "President Obama", "President Obama") == "Barack Obama"
    assert _names(t) == {"Barack Obama": 8, "Michelle Obama": 5}


def test_a_titled_surname_of_an_organisation_word_is_a_person():
    rows = [["p1", "Tory co-chairman Liam Fox", "", "Tory co-chairman Liam Fox", 4],
            ["p2", "Fox", "", "Dr Fox", 3],  # no full name in this article; nobody else is quoted as a Fox
            ["e1", "Fox", "", "Fox", 2]]  # the network
    t = build_table(rows)
    assert t.speaker_of("p2", "Fox", "Dr Fox") == "Liam Fox"
    assert t.speaker_of("e1", "Fox", "Fox") == "Fox"
    assert _names(t) == {"Liam Fox": 7, "Fox": 2}
    assert "Tory co-chairman" in _speaker(t, "Liam Fox").roles


def test_documents_and_groups_rank_after_named_speakers():
    assert validity("reports") == "other" and validity("MPs") == "group"
    assert validity("Aral Sea") == validity("Nova Scotia") == validity("Edmonton") == "other"
    assert validity("China") == validity("Acme Holdings") == "named"  # a country speaks by metonymy
    t = build_table([["a", "reports", "", "reports", 9], ["b", "MPs", "", "MPs", 8], ["c", "Jo Whitmore", "", "", 1]])
    assert [s.name for s in t.speakers] == ["Jo Whitmore", "MPs", "reports"]


def _person_rows(first: str, surname: str, n: int, article: str, role: str = "", mention: str = "") -> list:
    full = f"{first} {surname}"
    return [[f"{article}{k}", full, role, mention or (f"{role} {full}" if role else full), 1] for k in range(n)]


@pytest.mark.parametrize("nick, formal", [("Joe", "Joseph R."), ("Bob", "Robert"), ("Mike", "Michael T."),
                                          ("Bill", "William"), ("Tom", "Thomas")])
def test_a_nickname_and_the_given_name_are_one_person(nick, formal):
    rows = _person_rows(nick, "Okonkwo", 3, "n") + _person_rows(formal, "Okonkwo", 4, "f") + \
        [["f0", "Okonkwo", "", "Mr. Okonkwo", 2], ["n0", "Okonkwo", "", "he", 1]]
    t = build_table(rows)
    person = _speaker(t, f"{formal} Okonkwo")  # the fullest form names the person
    assert person.count == 10 and f"{nick} Okonkwo" in person.aliases
    assert t.find(f"{nick} Okonkwo") == t.find(f"{formal} Okonkwo") == [person]
    assert t.speaker_of("n1", f"{nick} Okonkwo", f"{nick} Okonkwo") == person.name
    assert t.speaker_of("f0", "Okonkwo", "Mr. Okonkwo") == person.name
    stored = type(t).from_file(t.to_file([1, 1]))  # what every view reads from the index
    assert stored.speaker_of("n1", f"{nick} Okonkwo", f"{nick} Okonkwo") == person.name


def test_a_suffix_written_on_the_full_formal_name_blocks_nothing():
    rows = _person_rows("Joe", "Baptiste", 3, "a") + _person_rows("Joseph R.", "Baptiste Jr.", 3, "b", "Governor") + \
        _person_rows("Anna M.", "Kovacs III", 2, "c") + _person_rows("Anna M.", "Kovacs", 2, "d")
    names = _names(build_table(rows))
    assert names == {"Joseph R. Baptiste Jr.": 6, "Anna M. Kovacs III": 4}


def test_junior_and_senior_and_the_son_of_a_name_stay_apart():
    rows = _person_rows("Carl D.", "Mbeki Jr.", 2, "a") + _person_rows("Carl D.", "Mbeki Sr.", 2, "b") + \
        _person_rows("Carl", "Mbeki", 2, "c")  # either of them: kept apart too
    assert _names(build_table(rows)) == {"Carl D. Mbeki Jr.": 2, "Carl D. Mbeki Sr.": 2, "Carl Mbeki": 2}
    rows = _person_rows("Ronald", "Pike", 5, "a") + _person_rows("Ronald", "Pike Jr.", 2, "b")
    assert _names(build_table(rows)) == {"Ronald Pike": 5, "Ronald Pike Jr.": 2}  # no middle name: a son


def test_names_that_are_no_nickname_or_could_be_two_people_stay_apart():
    rows = _person_rows("Bill", "Clinton", 3, "a") + _person_rows("Hillary", "Clinton", 3, "b")
    assert _names(build_table(rows)) == {"Bill Clinton": 3, "Hillary Clinton": 3}
    # 'Bill' is a nickname of William and of Robert: with both in the corpus it is neither
    rows = _person_rows("Bill", "Hale", 2, "a") + _person_rows("William", "Hale", 3, "b") + \
        _person_rows("Robert", "Hale", 4, "c")
    assert _names(build_table(rows)) == {"Bill Hale": 2, "William Hale": 3, "Robert Hale": 4}


def test_a_nickname_merge_needs_agreeing_roles_gender_and_articles():
    roles = _person_rows("Joe", "Ferro", 2, "a", "coach") + _person_rows("Joseph", "Ferro", 2, "b", "Senator")
    assert _names(build_table(roles)) == {"Joe Ferro": 2, "Joseph Ferro": 2}
    same_role = _person_rows("Joe", "Ferro", 2, "a", "Senator") + _person_rows("Joseph", "Ferro", 2, "b", "Senator")
    assert _names(build_table(same_role)) == {"Joseph Ferro": 4}
    posts = _person_rows("Jonathan", "Ferro", 2, "a", "Acme chief executive") + \
        _person_rows("John", "Ferro", 2, "b", "chief of counterterrorism")  # a shared word, two posts
    assert _names(build_table(posts)) == {"Jonathan Ferro": 2, "John Ferro": 2}
    assert _names(build_table(posts[:2] + _person_rows("John", "Ferro", 2, "b", "former chief executive"))) == {
        "Jonathan Ferro": 4}
    crowd = _person_rows("Jonathan", "Ferro", 2, "a") + _person_rows("John", "Ferro", 2, "b")
    assert _names(build_table(crowd)) == {"Jonathan Ferro": 4}  # the one Ferro named two ways
    crowd += _person_rows("Alexei", "Ferro", 2, "c")  # a common surname: no post in common, no merge
    assert _names(build_table(crowd)) == {"Jonathan Ferro": 2, "John Ferro": 2, "Alexei Ferro": 2}
    gender = _person_rows("Sam", "Ruiz", 2, "a") + [["a0", "Sam Ruiz", "", "he", 3]] + \
        _person_rows("Samantha", "Ruiz", 2, "b") + [["b0", "Samantha Ruiz", "", "she", 3]]
    assert _names(build_table(gender)) == {"Sam Ruiz": 5, "Samantha Ruiz": 5}
    one_article = [["a", "Mike Oduya", "", "Mike Oduya", 2], ["a", "Michael Oduya", "", "Michael Oduya", 2]]
    assert _names(build_table(one_article)) == {"Mike Oduya": 2, "Michael Oduya": 2}
    assert _names(build_table(one_article[:1] + [["b", *one_article[1][1:]]])) == {"Michael Oduya": 4}
