"""Where the rules for unnamed people, given names, relatives, groups and firms named like people must not fire, on
passages written for these tests: two people of one given name, a given name that is a country's or a firm's, a
wife with her own surname, a resident and then residents, someone harmed who is no speaker, an occupation before
a body's name, a reply that names the speaker, firms whose names open with a first name ("Merrill Lynch",
"Morgan Stanley", "Marks & Spencer") that the text writes of as firms, and long runs of each shape."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def _speaker(text: str, words: str) -> str | None:
    """The speaker of the one quote that holds ``words``; fails when no quote does."""
    got = [q for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}"
    return got[0].speaker


NOT_RESOLVED = [
    # (passage, words of the quote, a speaker it must not be given)
    ("two_samirs", "Samir Haddad, the mayor, said the road would open.\n\nSamir Khoury, a shop owner, said trade was "
     "down.\n\nSamir said he would wait.", "he would wait", {"Samir Haddad", "Samir Khoury"}),
    ("country_jordan", "Jordan Pike, the club captain, said the season was over.\n\nJordan has refused aid from its "
     "neighbours for years.\n\n\"We will not bend,\" Jordan said.", "We will not bend", {"Jordan Pike"}),
    ("club_chelsea", "Chelsea Clinton said she was proud.\n\nChelsea said it would sign a new striker.",
     "sign a new striker", {"Chelsea Clinton"}),
    ("firm_chase", "Chase Miller, a trader, said prices fell.\n\nChase said it would raise rates for its customers "
     "next year.", "raise rates", {"Chase Miller"}),
    ("brand_wendys", "Wendy Pratt, a cook, said the menus changed.\n\nWendy's said it would close 40 restaurants.",
     "close 40 restaurants", {"Wendy Pratt"}),
    ("state_georgia", "Georgia Roe said the bill was unfair. Georgia said it would appeal the ruling.",
     "appeal the ruling", {"Georgia Roe"}),
    ("city_paris", "Paris Hilton said she was happy.\n\nParis said the city would bid again.", "bid again",
     {"Paris Hilton"}),
    ("harmed_not_speaker", "Jo Roe said the plan was bad. A teenager was hurt. \"He was lucky,\" she said.",
     "He was lucky", {"A teenager"}),
    ("died_not_speaker", "Amy Cole said the ward was full. A patient died overnight. \"We did all we could,\" she "
     "said.", "all we could", {"A patient"}),
    ("they_not_one_resident", "A resident said the water was brown.\n\nResidents have complained for months. "
     "\"It is a disgrace,\" they said.", "a disgrace", {"A resident"}),
    ("she_not_a_placed_group", "A local farmer said crops had failed.\n\nFarmers in the region say prices are too "
     "low.\n\n\"We cannot survive,\" she said.", "cannot survive", {"Farmers in the region"}),
    ("cherie_not_mr", "Cherie Blair said she was pleased. Mr Blair said the figures were good.", "figures were good",
     {"Cherie Blair"}),
]


@pytest.mark.parametrize("text,words,wrong", [p[1:] for p in NOT_RESOLVED], ids=[p[0] for p in NOT_RESOLVED])
def test_rule_does_not_fire(text: str, words: str, wrong: set[str]) -> None:
    assert _speaker(text, words) not in wrong


RESOLVED = [
    ("wife_own_surname", "Imran Qureshi said the factory would close.\n\nHis wife, Nadia Begum, who runs a bakery, "
     "said she was worried.", "she was worried", "Nadia Begum"),
    ("wife_given_only", "Imran Qureshi said the factory would close.\n\nHis wife, Nadia, who runs a bakery, said she "
     "was worried.", "she was worried", "Nadia Qureshi"),
    ("husband_own_surname", "Mary Lee said the school would close. Her husband, David Park, said the family would "
     "move.", "family would move", "David Park"),
    ("namesake_after_wife", "Tom Reilly said the vote was lost. His wife, Sarah, said the family would move. Sarah "
     "Jenkins, a neighbour, said she was sad.", "she was sad", "Sarah Jenkins"),
    ("residents_councillors", "A resident said the water was brown. Councillors voted against the plan. \"It is a "
     "disgrace,\" they said.", "a disgrace", "Councillors"),
    ("one_resident_convinced", "Mayor Jo Roe said the plan would work. One resident was not convinced. \"It will "
     "flood again,\" she said.", "flood again", "One resident"),
    ("occupation_known_first", "Student Emma Watson said the exam was hard.", "exam was hard", "Emma Watson"),
    ("occupation_unknown_first", "Farmer Gurpreet Sandhu said the rain was late.", "rain was late",
     "Gurpreet Sandhu"),
    ("body_after_occupation", "Student Finance England said the payments were late.", "payments were late",
     "Student Finance England"),
    ("firm_after_occupation", "Farmer Brown Estates said the land was sold.", "land was sold",
     "Farmer Brown Estates"),
    ("merrill_offices", "A former trader at the London offices of Merrill Lynch has lost her case.\n\nMerrill Lynch "
     "said she was removed for poor results.\n\nThe firm said her unit had been losing money.",
     "losing money", "Merrill Lynch"),
    ("morgan_shares", "Morgan Stanley's shares fell 3%. Morgan Stanley said it was confident.\n\nThe bank said it "
     "would buy back stock.", "buy back stock", "Morgan Stanley"),
    ("merrill_shares_in_it", "Merrill Lynch said its profits rose.\n\nShares in Merrill Lynch fell. It said it would "
     "hire 500 staff.", "hire 500 staff", "Merrill Lynch"),
    ("broker_beside", "Dean Witter, the broker, said markets were calm on Monday.\n\nIt said it expected a rally.",
     "expected a rally", "Dean Witter"),
    ("ampersand_firm", "Johnson & Johnson said the recall was voluntary.\n\nThe company said it would pay costs.",
     "pay costs", "Johnson & Johnson"),
    ("airline_it", "Redwing Airlines said flights would resume. Pilot Jo Roe said she was relieved. It said "
     "passengers would be refunded.", "refunded", "Redwing Airlines"),
    ("industries_it", "Apex Industries said output rose last year.\n\nIt said prices would fall.", "prices would fall",
     "Apex Industries"),
    ("murdoch_stays_a_man", "Rupert Murdoch's shares in the broadcaster were sold. Rupert Murdoch said he was "
     "content.\n\n\"It was time,\" he said.", "It was time", "Rupert Murdoch"),
    ("mr_surname_stays_a_man", "Morgan Davies said the deal was done. Mr Davies's shares rose.\n\n\"I am delighted,\" "
     "he said.", "I am delighted", "Morgan Davies"),
]


@pytest.mark.parametrize("text,words,want", [p[1:] for p in RESOLVED], ids=[p[0] for p in RESOLVED])
def test_rule_fires_where_it_should(text: str, words: str, want: str) -> None:
    assert _speaker(text, words) == want


def test_reply_naming_the_speaker_is_not_hers() -> None:
    text = ("Jo Roe, an information officer, said the blaze had grown.\n\n\"We are expecting another difficult "
            "day.\"\n\n\"Jo Roe does not speak for us.\"")
    assert [q.speaker for q in extract_quotes(text, "t") if "speak for us" in q.text] in ([], [None])


def test_quote_going_on_from_the_speaker_is_hers() -> None:
    text = ("Jo Roe, an information officer, said the blaze had grown.\n\n\"We are expecting another difficult "
            "day.\"\n\n\"Next time we might not be so lucky.\"")
    assert _speaker(text, "not be so lucky") == "Jo Roe"


# Long runs of each shape the rules read: every quote keeps its own speaker and nothing is lost or doubled.

_SYLLABLES = ("ba", "ke", "lo", "mi", "nu", "ra", "so", "ti")
_SURNAMES = [(a + b + c).capitalize() for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES]
"""512 made-up family names ("Babaka", "Tititi")."""


def test_many_wives_named_by_given_name() -> None:
    unit = "Imran {0} said the plan was bad. His wife, Nadia, said the family would move.\n\n"
    text = "".join(unit.format(name) for name in _SURNAMES)
    quotes = extract_quotes(text, "t")
    assert len(quotes) == 1024
    assert [q.speaker for q in quotes if "would move" in q.text] == [f"Nadia {name}" for name in _SURNAMES]


def test_many_unnamed_neighbours_and_farmers() -> None:
    text = ("A neighbour said the house was empty.\n\n\"It was quiet,\" she added.\n\n"
            "About 300 farmers marched. They said prices were low.\n\n") * 500
    quotes = extract_quotes(text, "t")
    assert len(quotes) == 1500
    assert {q.speaker for q in quotes} == {"A neighbour", "300 farmers"}


def test_many_quote_only_paragraphs_after_a_floating_one() -> None:
    text = "Jo Roe, an information officer, said the blaze had grown.\n\n" + "".join(
        f"\"Line {i} of what she said.\"\n\n" for i in range(2000))
    quotes = extract_quotes(text, "t")
    assert {q.speaker for q in quotes} <= {"Jo Roe"}


def test_relative_clause_run_without_a_full_stop() -> None:
    text = "Jo Roe, who wrote the plan, " * 3000 + "disagreed."
    assert extract_quotes(text, "t") == []


def test_many_firms_named_like_people() -> None:
    text = "".join(f"Morgan {name}'s shares fell. Morgan {name} said profits rose by 3% this year. The bank said it "
                   f"was fine.\n\n" for name in _SURNAMES)
    quotes = extract_quotes(text, "t")
    assert [q.speaker for q in quotes if "was fine" in q.text] == [f"Morgan {name}" for name in _SURNAMES]


def test_firm_evidence_is_read_near_its_words_in_any_text():
    """Each sign of a firm is found where its words are, also after a letter whose lower case is longer ('İ')."""
    from briefing.index.quotes.org_evidence import org_names

    text = ("İstanbul traders watched. Merrill Lynch's shares fell. Staff at the London offices of Dean Witter "
            "left. Morgan Stanley, the investment bank, said so. Apex Holdings, which makes vans, grew. "
            "Mr Hale's shares in Coe Brothers rose.")
    got = org_names(text)
    assert {"Merrill Lynch", "Dean Witter", "Morgan Stanley", "Apex Holdings", "Coe Brothers"} <= got
    assert "Hale" not in got and "İstanbul traders" not in got
    assert org_names("Mr Lynch said. Merrill Lynch's shares fell.") == frozenset()  # Lynch is a person's name
