"""Speakers are noun phrases even where a headline capitalises every word: a title-cased line's verb ends
the name before it, and an initial after a word that is no first name ends a phrase, not a name. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.title_names import after_stray_initial, title_lines, title_parts


def _speakers(text: str) -> list[str | None]:
    quotes = extract_quotes(text, "t")
    assert quotes, text
    return [q.speaker for q in quotes]


def test_headline_verb_ends_the_name():
    # the headline's run "Nadia Korrel Compares Osgood" is no full name for "Osgood"
    text = ("Nadia Korrel Compares Osgood’s Housing Plan To A Weather Vane.\n\n"
            "Councillor Nadia Korrel on Tuesday criticised the mayor's housing plan.\n\n"
            "Osgood said the plan would cut costs for every family in the town.")
    assert _speakers(text) == ["Osgood"]


def test_headline_noun_phrase_is_no_one_a_pronoun_stands_for():
    # a short title-cased first line ending in a full stop is a headline: "Mayor During Budget Hearing" and the
    # like are no one "she" can be
    for headline in ("Oakley Resident Shouts At Mayor During Budget Hearing.", "Anger Grows Over School Closures."):
        text = (f"{headline}\n\nA woman at the back of the hall interrupted the mayor twice on Thursday evening.\n\n"
                "“We are paying for this and nobody listens,” she said after the hearing.")
        assert _speakers(text) == [None], headline


def test_name_never_runs_past_a_stray_initial_or_a_line_break():
    text = ("Anger Grows Over School Closures.\n\nParents gathered outside the town hall on Friday, and the "
            "mayor left by a side door. It is time for Plan B.\n\nMarsh said the schools would stay open until "
            "the summer.")
    assert _speakers(text) == ["Marsh"]
    text = ("Anger Grows Over School Closures.\n\nAfter a long night the council agreed on Plan B. Marsh had "
            "argued for it for months.\n\nShe said the schools would stay open until the summer.")
    assert "Plan B. Marsh" not in _speakers(text)


def test_speaker_named_in_a_headline_keeps_the_name_before_the_verb():
    text = ("Clara Venn Warns Council Over Bus Cuts.\n\nThe transport campaigner spoke at a packed meeting.\n\n"
            "Venn said the cuts would leave villages without a service.")
    assert _speakers(text) == ["Clara Venn"]


def test_real_names_stay_whole():
    text = ("Schools Stay Open For Now.\n\nMartin Luther King Jr. was quoted by the head teacher on Monday.\n\n"
            "John F. Kennedy was quoted too, and Tony Blair sent a message to the pupils.\n\n"
            "Blair said the pupils should be proud of their school.\n\n"
            "Kennedy said “ask not what your country can do for you.”")
    assert _speakers(text) == ["Tony Blair", "John F. Kennedy"]


@pytest.mark.parametrize("run, kept", [
    ("Plan B. Sanders", "Sanders"),
    ("Plan B.", ""),
    ("John F. Kennedy", "John F. Kennedy"),
    ("George H. W. Bush", "George H. W. Bush"),
    ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ("Tony Blair", "Tony Blair"),
])
def test_stray_initial(run, kept):
    assert after_stray_initial(run) == kept


def test_verb_of_a_title_cased_line():
    body = ("Bernie Sanders Wins Backing Of Plan International Staff.\n\n"
            "Sanders spoke to Plan International volunteers, and James Williams said he was glad.\n\n"
            "Sanders Endorsed By Union Leaders In Vermont Primary")
    spans = title_lines(body)
    assert [body[s:e][:6] for s, e in spans] == ["Bernie", "Sander"]
    assert title_parts("Bernie Sanders Wins Backing", body, spans) == ["Bernie Sanders", "Backing"]  # "Sanders" is
    # in the story, "Wins" is not
    assert title_parts("Plan International Staff", body, spans) == ["Plan International Staff"]
    assert title_parts("Sanders Endorsed By Union", body, spans) == ["Sanders", "By Union"]
    assert title_parts("James Williams", body, spans) == ["James Williams"]
    assert title_parts("Chuck Grassley Compares Trump", "Chuck Grassley Compares Trump’s Remarks.\n\nTrump spoke.",
                       ((0, 38),)) == ["Chuck Grassley", "Trump"]
