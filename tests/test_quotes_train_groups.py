"""Quotes of four shapes that annotated political news marks and the extractor used to miss, on passages written for
these tests, with guards where the rules must not fire: a promise in the progressive or as a participle (``is vowing
to …``, ``…, pledging to …``; an adverb between: ``are quietly saying``), a participle after a quotation's comma
(``defended “local values,” saying …``); where a clause ends: at a second subject that is a share of a poll (``…, and
nearly three in five said …``, ``…, 41 have said …``) or a second cue of the same speaker after ``but``, ``while`` or
a comma closed by two apostrophes (``… but warning that …``, ``…,'' adding that …``); an attribution after the clause
with an adjunct or a party tag (``…, Jo Roe said at the time``, ``…, she told a Senate panel Wednesday``, ``“…,” said
Sen. Jo Roe (D-Nev.).``). Each passage comes with the quotes an annotator marks: (speaker, words the quote holds);
``""`` is a quote without a speaker."""

from __future__ import annotations

import pytest

from quote_passages import passage_errors, passage_params, quotes

PASSAGES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------ promises in the progressive
    ("prog_vowing",
     "Governor Alma Quist is vowing to restore every rural bus route cut during the last budget.",
     [("Alma Quist", "to restore every rural bus route cut during the last budget")]),
    ("prog_pledging_adverb",
     "Councillor Ted Barrow is now pledging to vote against the stadium deal when it returns next month.",
     [("Ted Barrow", "to vote against the stadium deal when it returns next month")]),
    ("prog_promising_ly",
     "Senator Joan Pike is suddenly promising not to raise the gas tax before the election.",
     [("Joan Pike", "not to raise the gas tax before the election")]),
    ("prog_were_promising",
     "The two unions were promising to strike on Monday if the province refused to return to the table.",
     [("The two unions", "to strike on Monday if the province refused to return to the table")]),
    ("prog_quietly_saying",
     "Some donors are quietly saying the campaign has run out of money for television ads.",
     [("Some donors", "the campaign has run out of money for television ads")]),
    # ------------------------------------------------------------ participles of promise after a comma
    ("part_pledging_comma",
     "Mayor Ruth Ambler opened the new clinic on Friday, pledging to open two more in the east end by spring.",
     [("Ruth Ambler", "to open two more in the east end by spring")]),
    ("part_vowing_not_to",
     "The premier toured the flooded towns, vowing not to leave a single family without shelter this winter.",
     [("The premier", "not to leave a single family without shelter this winter")]),
    # ------------------------------------------------------------ a participle after a quotation's comma
    ("quote_comma_saying",
     "Premier Lyle Dorsey defended what he called “prairie common sense,” saying the new rules would cost farmers "
     "too much.",
     [("Lyle Dorsey", "prairie common sense"), ("Lyle Dorsey", "the new rules would cost farmers too much")]),
    ("quote_comma_promising",
     "Hana Ortiz talked up her “every county” plan, promising to visit all 99 counties before the caucuses.",
     [("Hana Ortiz", "to visit all 99 counties before the caucuses")]),
    ("quote_comma_straight_marks",
     'The minister praised the "quiet heroes" of the ward, adding that the nurses had worked double shifts for weeks.',
     [("The minister", "the nurses had worked double shifts for weeks")]),
    # ------------------------------------------------------------ a second cue of the same speaker ends the clause
    ("but_warning",
     "Councillor Ida Marsh acknowledged that the transit plan had broad support but warning that its cost would "
     "double by 2030.",
     [("Ida Marsh", "the transit plan had broad support"), ("Ida Marsh", "its cost would double by 2030")]),
    ("while_insisting",
     "The coach said the team had trained hard all week while insisting that the referee had cost them the game.",
     [("The coach", "the team had trained hard all week"), ("The coach", "the referee had cost them the game")]),
    ("two_apostrophes_adding",
     "Fund manager Otto Brandt told clients that fears about the miner were ''overdone,'' adding that its new "
     "mine would open on time.",
     [("Otto Brandt", "fears about the miner were"), ("Otto Brandt", "its new mine would open on time")]),
    # ------------------------------------------------------------ the attribution after the clause, and its adjuncts
    ("after_at_the_time",
     "Most of the union's board voted to back the governor, Lena Okafor said at the time.",
     [("Lena Okafor", "Most of the union's board voted to back the governor")]),
    ("after_recent_interview",
     "The refinery will not reopen before 2027, chief executive Paul Dane said in a recent interview.",
     [("Paul Dane", "The refinery will not reopen before 2027")]),
    ("after_told_capital_listener",
     "The new patrols include divers from the coast guard, Interior Minister Sara Voss told a Senate panel Wednesday.",
     [("Sara Voss", "The new patrols include divers from the coast guard")]),
    ("after_told_commons_inquiry",
     "Rules for visiting preachers could also be tightened, the minister told a Commons inquiry.",
     [("the minister", "Rules for visiting preachers could also be tightened")]),
    ("after_said_party_tag",
     "“Nothing in this bill helps a single family in my state,” said Senate Minority Leader Maria J. Lund (D-Nev.). "
     "“It is a disgrace,” said Rep. Tom Akers (R-Ky.), who chairs the panel.",
     [("Maria J. Lund", "Nothing in this bill helps a single family in my state"),
      ("Tom Akers", "It is a disgrace")]),
    # ------------------------------------------------------------ a second subject: a share of a poll
    ("poll_three_in_five",
     "In the survey, two in three said they trusted the mayor less than a year ago, and nearly three in five said "
     "the city was headed in the wrong direction.",
     [("two in three", "they trusted the mayor less than a year ago"),
      ("three in five", "the city was headed in the wrong direction")]),
]

KNOWN_ERRORS: dict[str, str] = {}


@pytest.mark.parametrize("name,text,want", passage_params(PASSAGES, KNOWN_ERRORS))
def test_train_group_passage(name, text, want):
    assert passage_errors(text, want) == []


def test_known_errors_name_passages():
    assert set(KNOWN_ERRORS) <= {n for n, _, _ in PASSAGES}


# ---------------------------------------------------------------- guards: where the rules must not fire
@pytest.mark.parametrize("text", [
    "The early results from the new treatment were promising to the doctors at the clinic.",
    "The soil data is promising to researchers who study drought-resistant wheat.",
    "She has a promising career in law ahead of her, her mentor's letter notes nothing else.",
    "The forecast looks promising to the farmers who planted early this year.",
])
def test_promising_as_an_adjective_reports_nothing(text):
    assert not [q for q in quotes(text) if q[1].startswith(("to ", "not to "))]


def test_a_promise_to_someone_is_not_a_to_clause():
    # "promising to the voters" names who is promised, not what will be done
    got = quotes("The mayor is promising to the voters of the east end a new library.")
    assert not [q for q in got if q[1].startswith("to the voters")]


def test_a_quotation_then_a_participle_without_a_subject_gives_no_speaker_from_its_words():
    # the words before the participle are a quotation of their own, not a clause whose subject speaks
    got = quotes("“We will not back down,” saying nothing more, the crowd turned away.")
    assert not [q for q in got if q[1].startswith("nothing more")]


def test_the_first_share_keeps_only_its_own_clause():
    text = ("Asked about the budget, two in three said taxes were too high, and nearly three in five said services "
            "had got worse.")
    got = quotes(text)
    first = [q for s, q in got if q.startswith("taxes were too high")]
    assert first and "services had got worse" not in first[0]


@pytest.mark.parametrize("name", ["but_warning", "while_insisting", "two_apostrophes_adding"])
def test_the_second_cue_starts_a_quote_of_its_own(name):
    text, want = next((t, w) for n, t, w in PASSAGES if n == name)
    got = [q for _, q in quotes(text)]
    first, second = want[0][1], want[1][1]
    assert [q for q in got if first in q and second not in q], got
    assert [q for q in got if second in q and first not in q], got


def test_a_participle_inside_a_noun_phrase_does_not_end_the_clause():
    # "while" and "but" before a participle end a clause; a participle that modifies a noun does not
    got = quotes("Mayor Ida Marsh said the rules on parking and building near the river would change in May.")
    assert ("Ida Marsh", "the rules on parking and building near the river would change in May") in got


@pytest.mark.parametrize("subject", ["three in five", "two out of three voters", "one in four of them"])
def test_a_share_written_in_words_is_a_speaker(subject):
    got = quotes(f"In the new survey, {subject} said the city was headed in the wrong direction.")
    assert (subject, "the city was headed in the wrong direction") in got


def test_a_share_inside_a_clause_is_not_cut_out_of_it():
    got = quotes("Joan Pike said one in four of the buses broke down last winter.")
    assert ("Joan Pike", "one in four of the buses broke down last winter") in got


def test_a_listener_then_a_clause_is_still_a_clause_after_told():
    got = quotes("Sara Voss told a Senate panel Wednesday the new patrols would start in June.")
    assert ("Sara Voss", "the new patrols would start in June") in got


def test_a_number_after_a_comma_that_is_not_a_subject_does_not_cut_the_clause():
    text = "Joan Pike said the plant employs 1,200 workers, 300 of them in the city, and will not close."
    got = quotes(text)
    assert ("Joan Pike", "the plant employs 1,200 workers, 300 of them in the city, and will not close") in got
