"""Guards on the quote boundaries of the seventh set of whole articles: a writer's gloss ends a reported clause only
when it reports how the claim was met (``…, a charge the minister denied``), never the speaker's own apposition nor
words inside a quotation; ``but declined to say`` ends a clause only outside quotation marks; link lines and colon
datelines stay out of transcripts and spans, and real transcripts stay whole."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.speakers import split_role


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text + "\n", "x")]


KEPT_WHOLE = [  # (text, the reported words, speaker): the words after the comma are the speaker's
    ("The minister said the law was a response to a real danger, a threat the country could not ignore.",
     "the law was a response to a real danger, a threat the country could not ignore", "The minister"),
    ("The envoy said the ceasefire had saved lives, a fact that nobody in the region could deny.",
     "the ceasefire had saved lives, a fact that nobody in the region could deny", "The envoy"),
    ("The treasurer said the fund had lost money on the deal, a fact she would explain to the members on Friday.",
     "the fund had lost money on the deal, a fact she would explain to the members on Friday", "The treasurer"),
    ("The chairman said the sale was a mistake, a claim the directors can no longer afford to ignore.",
     "the sale was a mistake, a claim the directors can no longer afford to ignore", "The chairman"),
]


@pytest.mark.parametrize("text,words,speaker", KEPT_WHOLE)
def test_the_speakers_own_apposition_stays_in_the_clause(text: str, words: str, speaker: str) -> None:
    assert (words, speaker) in _found(text)


CUT_AT_GLOSS = [  # (text, the reported words, speaker): the gloss says how the claim was met
    ("The mayor said the contract had been rigged, a claim she repeated at a news conference on Tuesday.",
     "the contract had been rigged", "The mayor"),
    ("The senator said the bill would cost farm jobs, a reference she later withdrew in a statement.",
     "the bill would cost farm jobs", "The senator"),
    ("The police chief said officers had acted lawfully, a claim that witnesses dispute.",
     "officers had acted lawfully", "The police chief"),
    ("The coach said the referee had been unfair, a criticism he repeated after the match on Sunday.",
     "the referee had been unfair", "The coach"),
    ("Ms Patel said the hospital was understaffed, a fact that the health board has acknowledged.",
     "the hospital was understaffed", "Ms Patel"),
    ("Mr Oduya said the delay was caused by the weather, a reference to the storms that hit the coast last month.",
     "the delay was caused by the weather", "Oduya"),
]


@pytest.mark.parametrize("text,words,speaker", CUT_AT_GLOSS)
def test_the_writers_gloss_ends_the_clause(text: str, words: str, speaker: str) -> None:
    assert (words, speaker) in _found(text)


def test_a_gloss_inside_a_quotation_stays_in_it() -> None:
    got = _found('The councillor said the council "had ignored the warnings, a fact the residents know too well", '
                 "and called for an inquiry.")
    assert [t for t, _ in got if t.startswith("the council")] == [
        'the council "had ignored the warnings, a fact the residents know too well"']


def test_declined_to_say_inside_a_quotation_stays_in_it() -> None:
    got = _found('The spokesman said staff had been told the firm "would be open with them but declined to say '
                 'anything more until the audit ends".')
    assert [t for t, _ in got] == ['staff had been told the firm "would be open with them but declined to say '
                                   'anything more until the audit ends"']


@pytest.mark.parametrize("text,words,speaker", [
    ("The company said the leak was contained, but declined to say how much oil had spilled.",
     "the leak was contained", "The company"),
    ("The union said members had voted to strike but refused to be drawn on dates.",
     "members had voted to strike", "The union"),
])
def test_declined_to_say_outside_quotation_ends_the_clause(text: str, words: str, speaker: str) -> None:
    assert _found(text) == [(words, speaker)]


def test_a_transcript_whose_labels_are_capitals_keeps_its_speakers() -> None:
    got = _found("MAYOR: We will reopen the library next month.\n\nREPORTER: When will the pool reopen?\n\n"
                 "MAYOR: Not before the summer, I am afraid.")
    assert got == [("We will reopen the library next month", "Mayor"), ("When will the pool reopen?", "Reporter"),
                   ("Not before the summer, I am afraid", "Mayor")]


def test_link_lines_among_a_story_are_no_speakers() -> None:
    got = _found("READ MORE: Floods hit the north again\n\nThe council said roads would stay closed until Friday.\n\n"
                 "ALSO READ: Train strike called off\n\n\"We are doing all we can,\" said council leader Jo Ames.")
    assert got == [("roads would stay closed until Friday", "The council"), ("We are doing all we can", "Jo Ames")]


def test_a_headline_in_capitals_is_no_dateline_nor_quote() -> None:
    got = _found("FLOODS FORCE THOUSANDS FROM HOMES\n\nThousands of people have left their homes after the river "
                 "burst its banks, police said.")
    assert got == [("Thousands of people have left their homes after the river burst its banks", "police")]


@pytest.mark.parametrize("text,speaker", [
    ("The prosecutor Jo Roe said the defendant had lied to the court.", "Jo Roe"),
    ("Prosecutor Jo Roe said the defendant had lied to the court.", "Jo Roe"),
    ("A former commander said the troops had not been properly trained.", "A former commander"),
    ("The prosecutor said the evidence was overwhelming.", "The prosecutor"),
])
def test_a_post_before_a_name_and_as_a_plain_noun(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_and_that_inside_a_noun_phrase_is_no_second_clause() -> None:
    got = _found("The judge said the evidence and that presented by the defence were both weak.")
    assert got == [("the evidence and that presented by the defence were both weak", "The judge")]


@pytest.mark.parametrize("text,speaker", [
    ("The bank will raise rates next week, two people familiar with the decision said.",
     "two people familiar with the decision"),
    ("The bank will raise rates next week, two officials in the finance ministry said.",
     "two officials in the finance ministry"),
    ("The bank will raise rates next week, according to three people familiar with the talks who were not "
     "authorised to speak publicly.", "three people familiar with the talks"),
    ("The bank will raise rates next week, people familiar with the matter said.", "people familiar with the matter"),
])
def test_a_counted_unnamed_source_keeps_its_description(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("The Kenya Medical Practitioners, Pharmacists and Dentists Union said the strike would go on.",
     "The Kenya Medical Practitioners, Pharmacists and Dentists Union"),
    ("Roads were shut overnight. Police, Fire and Rescue Services said the bridge would stay closed.",
     "Police, Fire and Rescue Services"),
    ("Roads were shut overnight. Meanwhile, Fire and Rescue Services said the bridge would stay closed.",
     "Fire and Rescue Services"),
])
def test_a_comma_inside_a_bodys_name_keeps_the_name_whole(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Member of Parliament Anita Roe, who sits on the transport committee, said she would raise the faults in the "
     "House.", "Anita Roe"),
    ("In sentencing, Justice Aedit Abdullah said deterrence was the main consideration.", "Aedit Abdullah"),
    ("Justice Ann Mills said the appeal had no merit.", "Ann Mills"),
    ("Justice Minister Jo Roe said the bill would be tabled next week.", "Jo Roe"),
])
def test_a_judges_or_members_title_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize("phrase,name", [
    ("Justice For All", "Justice For All"),
    ("Justice And Development", "Justice And Development"),
    ("Justice Department", "Justice Department"),
])
def test_a_body_named_justice_keeps_its_name(phrase: str, name: str) -> None:
    assert split_role(phrase)[0] == name


@pytest.mark.parametrize("text,words", [
    ("The board said the plan and that of its rival were both under review by the regulator.",
     "the plan and that of its rival were both under review by the regulator"),
    ("The minister said voters and that party's members would decide the question.",
     "voters and that party's members would decide the question"),
])
def test_that_standing_for_a_noun_opens_no_clause(text: str, words: str) -> None:
    assert [t for t, _ in _found(text)] == [words]
