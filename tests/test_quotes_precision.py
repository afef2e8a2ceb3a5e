"""What is no speech stays out of the quotes, on sentences written for these tests: ``called`` that gives a
name ("a charity called Open Doors"), titles of works in quotation marks, and adverbials read as a reported
clause ("told reporters during a visit"); the real quotations next to them stay."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def texts(source: str) -> list[str]:
    return [q.text for q in extract_quotes(source, "t")]


# ---------------------------------------------------------------- "called" that names

def test_an_organisation_called_by_its_name_is_no_quote():
    source = ("A small charity called Harbour Lights has opened three shelters in the town this winter. "
              "The council welcomed the move.")
    assert not any("Harbour Lights" in t for t in texts(source))


def test_a_thing_named_after_a_verb_is_no_quote():
    source = ("Engineers at the plant designed the protocol called Quickstep, which lets sensors report every "
              "second.")
    assert not any("Quickstep" in t for t in texts(source))


def test_its_called_is_no_quote():
    source = "The mayor repeated the slogan at every stop. It's called Forward Together, and it is on every poster."
    assert not any("Forward Together" in t for t in texts(source))


def test_called_with_a_judgement_is_still_a_quote():
    source = "Opposition leader Maria Keller called the budget reckless and promised to vote against it."
    assert any(t.startswith("the budget reckless") for t in texts(source))


def test_a_role_called_it_is_still_a_quote():
    source = 'A spokesman for the hospital called it "a difficult week for everyone".'
    assert any("a difficult week for everyone" in t for t in texts(source))


def test_an_apposition_before_called_is_still_a_quote():
    source = 'Tom Ruiz, a director of the firm, called the ruling "deeply unfair" on Monday.'
    assert any("deeply unfair" in t for t in texts(source))


def test_a_speaker_after_a_phrase_with_one_is_still_a_quote():
    source = 'The two rivals traded insults for weeks. Nolan called Pryce "a fraud" in a late-night post.'
    assert any("a fraud" in t for t in texts(source))


# ---------------------------------------------------------------- titles of works

def test_a_book_title_in_quotation_marks_is_no_quote():
    source = ('In her 2019 memoir, "Rivers of Salt," Ms Okafor described growing up by the coast. '
              '"I never wanted to leave," she said.')
    got = texts(source)
    assert "Rivers of Salt" not in got
    assert "I never wanted to leave" in got


def test_a_report_titled_is_no_quote():
    source = 'The campaign released a memo titled "Where the Numbers Really Stand" on Sunday night.'
    assert not any("Where the Numbers Really Stand" in t for t in texts(source))


def test_a_short_quotation_after_a_show_that_is_no_title_stays():
    source = 'After the show, the host said: "We loved every minute of it."'
    assert "We loved every minute of it." in texts(source) or "We loved every minute of it" in texts(source)


# ---------------------------------------------------------------- adverbials read as what was said

def test_when_a_statement_was_made_is_no_quote():
    source = ("The minister told reporters during a visit to the port on Friday. "
              "The agency said earlier this week. She testified voluntarily in 2011.")
    assert texts(source) == []


def test_an_adverb_of_manner_after_the_cue_is_no_quote():
    source = ("\"Is that a promise?\" the mayor asked reporters teasingly after the vote. "
              "The coach said angrily. The chair replied calmly at the end of the meeting.")
    assert texts(source) == ["Is that a promise?"]


def test_a_noun_in_ly_after_the_cue_stays():
    source = "The premier told family members of the victims the inquiry would begin in June."
    assert any("the inquiry would begin in June" in t for t in texts(source))


def test_a_reported_clause_after_told_stays():
    source = "The minister told reporters during a visit that the port would reopen by spring."
    assert any("the port would reopen by spring" in t for t in texts(source))


def test_a_request_for_something_stays():
    source = "The state's attorney general asked the court for a swift ruling."
    assert any("a swift ruling" in t for t in texts(source))


# ---------------------------------------------------------------- an attribution closing a reported clause

def test_a_second_attribution_at_the_end_is_not_part_of_the_reported_clause():
    source = ("The regulator's guidance said old files should be kept for six years, a lawyer for the firm said. "
              "Nobody disputed it.")
    got = texts(source)
    assert "old files should be kept for six years" in got
    assert not any(t.endswith("said") for t in got)


def test_a_newspaper_reported_at_the_end_is_cut_from_a_mixed_quote():
    source = ('The coach said the squad had been "shaken but not broken" by the defeat, the Daily Courier reported.')
    got = texts(source)
    assert any(t.endswith('"shaken but not broken" by the defeat') for t in got), got


def test_a_clause_with_a_relative_before_said_is_kept_whole():
    source = "Ms Patel said the scheme would go ahead next year, which the council had not said before."
    got = texts(source)
    assert any(t.endswith("which the council had not said before") for t in got), got


# ---------------------------------------------------------------- a name read as what was said

def test_the_speaker_after_a_quotation_is_not_a_reported_clause():
    from briefing.index.quotes.not_speech import _name_as_clause
    body = '"They grow up here and go to school here," said Sen. Joan Whitfield (D-Maine), who wrote the bill.'
    start = body.index("Sen.")
    assert _name_as_clause(body, start, body.index(", who"))
    assert not _name_as_clause(body, 1, body.index(","))  # the quotation itself is no name


def test_whom_someone_told_is_not_what_was_said():
    source = "Ana Ruiz, head of the new unit, told the Cloud Services Summit."
    assert not any(t.startswith("Cloud Services Summit") for t in texts(source))


# ---------------------------------------------------------------- a cue word inside a name

def test_a_cue_word_inside_a_name_is_no_cue():
    source = ("The standard was drafted with the Global Reporting Initiative, an independent body, which plans "
              "to publish new rules in May. Critics said the rules were too weak.")
    got = texts(source)
    assert not any(t.startswith("Initiative") for t in got), got
    assert "the rules were too weak" in got


def test_a_film_title_ending_in_a_cue_word_gives_no_quote():
    source = ("Lee joined the cast in 2001.\n\nShe has since become one of the busiest actors in Europe, with parts "
              "in films such as Silent Report, Night Train and Glasshouse. She lives in Rome.")
    assert texts(source) == []
