"""The limits of the rules that find no speech in headlines, signs, anybody's words, pull-quotes and labels: real
speech that starts like a headline or stands in a list of points, signs that are a person's words, "You might say"
inside a speaker's quotation, a pull-quote that is the only copy, a dash that is an aside, "labelled" on a thing,
and "is expected to say" in a forecast. Every passage was written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def well_formed(text: str, quotes) -> None:
    """Each quote's text is the text at its offsets (these quotes are each one piece)."""
    for q in quotes:
        assert text[q.start:q.end] == q.text, (q.start, q.end, q.text)


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text, "t")]


# ---------------------------------------------------------------- lines that look like headlines and are not
SPOKEN_LINES = [
    # a numbered list of the points a speaker made, in the past tense (a headline says "says")
    ("The minister listed her points.\n1. The minister said schools would reopen in March\n2. She said exams "
     "would go ahead\n3. She said teachers would be paid more\nThe unions welcomed the plan.",
     ["schools would reopen in March", "exams would go ahead", "teachers would be paid more"]),
    # the same points in the present tense, after a line that ends in a colon
    ("The minister set out her plan:\n1. The minister says schools will reopen in March\n2. She says exams will "
     "go ahead\n3. She says teachers will be paid more\nThe unions welcomed it.",
     ["schools will reopen in March", "exams will go ahead", "teachers will be paid more"]),
    ("Key points of the budget speech:\n- Chancellor says fuel duty will be frozen\n- Borrowing to fall by "
     "£12bn\n\nThe speech lasted an hour.", ["fuel duty will be frozen"]),
    # bullets of what a speaker said, each a line with no full stop
    ("- The chancellor said fuel duty would be frozen\n- She said borrowing would fall\n- She said the pension "
     "age would rise to 68", ["borrowing would fall", "the pension age would rise to 68"]),
]


@pytest.mark.parametrize("text, words", SPOKEN_LINES)
def test_points_of_speech_in_lines_are_kept(text, words):
    got = quotes_of(text)
    for w in words:
        assert sum(w in t for t, _ in got) == 1, (w, got)


def test_a_line_that_goes_on_from_the_line_before_is_no_headline():
    """A list item in lower case goes on from its sentence: '2. she said …' is reported speech."""
    got = quotes_of("Ms Okafor told the meeting:\n1. the levy would raise £3m;\n2. she said the ferry would run "
                    "all year\nThe vote follows.")
    assert [t for t, _ in got] == ["the ferry would run all year"]


@pytest.mark.parametrize("text", [
    "Related stories\nCouncil says bins will be collected fortnightly\nResidents say parking plan is unfair",
    "Most read\n1. Man says he was chased by geese\n2. Council says roadworks will end in May",
    "Minister warns ferry fares will rise\n\nFares on island routes have doubled since 2015.",
])
def test_headlines_in_the_present_still_give_no_quote(text):
    assert quotes_of(text) == []


# ---------------------------------------------------------------- labels on things, judgements of people's acts
@pytest.mark.parametrize("text", [
    "The nurse labelled the blood bags “urgent” and sent them to the lab.",
    "Workers labelled the crates “fragile” before loading them onto the lorry.",
    "Scientists labelled the protein “K12” and tracked it through the cell.",
    "The firm branded its new tablet “the Orbit” at a launch in Milan.",
    "Critics branded him “Mr Nobody” during the campaign.",
    "Pharmacists labelled the capsules “take with food” after the mix-up.",
])
def test_a_label_or_a_name_put_on_a_thing_is_no_judgement(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Ms Okafor labelled the cuts “cruel and unnecessary”.", "the cuts “cruel and unnecessary”", "Ms Okafor"),
    ("Labour branded the council's plans “a con” on Tuesday.", "the council's plans “a con”", "Labour"),
    ("Okafor labelled the minister's remarks “deeply offensive” and walked out of the chamber.",
     "the minister's remarks “deeply offensive”", "Okafor"),
])
def test_a_labelled_judgement_is_quoted_with_its_closing_mark(text, words, speaker):
    """The quote of a bare judgement ends with its quotation, closing mark and all."""
    quotes = extract_quotes(text, "t")
    well_formed(text, quotes)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [(words, speaker, "mixed")]


# ---------------------------------------------------------------- signs and things named like them
@pytest.mark.parametrize("text, want", [
    ("Signs say the towpath is closed until June.", []),
    ("A poster in the window says the shop has closed for good.", []),
    ("The Banner, a weekly paper in Leeds, says the council misled readers.",
     [("the council misled readers", "The Banner")]),
    ("Sticker, the Leeds design firm, says it will hire 40 staff.", [("it will hire 40 staff", "Sticker")]),
    ("Banner Homes says sales rose 12% in the year to March.", [("sales rose 12% in the year to March", "Banner Homes")]),
])
def test_a_sign_is_no_speaker_and_a_name_like_one_is(text, want):
    assert quotes_of(text) == want


# ---------------------------------------------------------------- speech beside the other rules
@pytest.mark.parametrize("text, want", [
    ("“You might say we were lucky, but we worked for it,” said coach Ines Varga.",
     [("You might say we were lucky, but we worked for it", "Ines Varga")]),
    ("Ines Varga said: “You could say the town has been forgotten.”",
     [("You could say the town has been forgotten", "Ines Varga")]),
    ("As you might say, the plan was a failure, Varga said.", [("As you might say, the plan was a failure", "Varga")]),
    ("Tomas Reid held a placard that read “Save our pier”, and said he had fished from it since 1970.",
     [("he had fished from it since 1970", "Tomas Reid")]),
    ("Reid runs the café.\n\n“Nobody comes to the pier in winter” — Tomas Reid\n\nThe café shuts in October.",
     [("Nobody comes to the pier in winter", "Tomas Reid")]),
    ("“We will fight on,” said one striker — Tomas Reid, a driver for 20 years.", [("We will fight on", "Tomas Reid")]),
    ("Inflation is expected to ease, and the Bank is expected to say that rates have peaked.",
     [("rates have peaked", "the Bank")]),
])
def test_speech_beside_the_rules_is_kept(text, want):
    assert quotes_of(text) == want


# ---------------------------------------------------------------- a long sentence of one mixed quote again and again
def test_a_mixed_quote_again_and_again_in_one_sentence_gives_one_quote_each():
    """'Roe said the plan was the new “threat” and' with no full stop, in a sentence short enough to be read whole
    and in a long one read near each quotation: one mixed quote per fragment, never two over the same words."""
    unit = "Roe said the plan was the new “threat” and "
    for n in (60, 300):
        text = unit * n + "done."
        quotes = extract_quotes(text)
        well_formed(text, quotes)
        assert len(quotes) == n, n
        assert all(q.text == "the plan was the new “threat”" and q.speaker == "Roe" for q in quotes[:-1]), n
        spans = sorted((q.start, q.end) for q in quotes)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), n
