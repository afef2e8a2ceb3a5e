"""Where the rules for quote spans must not reach: capitals that are no names (agencies, headlines, initials), manner
and posting verbs in narration, "called “…”" as speech and as a name, "according to" with a name or a description,
ages before descriptions, co- words, surnames that are cue words, a blank line before the next paragraph; and long
hostile paragraphs of the shapes those rules read, whose quotes stay right. Every passage was written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import FRAGMENT_JOIN, extract_quotes

J = FRAGMENT_JOIN


def read(text):
    """(kind, text, speaker) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, "t")]


def D(text, speaker):
    return ("direct", text, speaker)


def I(text, speaker):
    return ("indirect", text, speaker)


def M(text, speaker):
    return ("mixed", text, speaker)


CAPITALS = [
    ("NASA said the launch would go ahead on Friday.", [I("the launch would go ahead on Friday", "NASA")]),
    ("“We are ready,” NASA SAID in a statement.", [D("We are ready", "NASA")]),
    ("COVID CASES RISE AGAIN\n\nHealth officials said on Monday that infections had doubled.",
     [I("infections had doubled", "Health officials")]),
    ("FLOODS HIT TOWN\n\nMayor Jo Roe said the river had burst its banks.", [I("the river had burst its banks", "Jo Roe")]),
    ("BREAKING NEWS: “We will not resign,” said the prime minister.", [D("We will not resign", "the prime minister")]),
    ("“No comment,” said a spokesman for the NHS.", [D("No comment", "a spokesman for the NHS")]),
    # a club whose name opens like a first name keeps its initials as written
    ("“We won,” said CHELSEA FC in a statement.", [D("We won", "Chelsea FC")]),
    ("“We will strike,” said UNITE, the union.", [D("We will strike", "UNITE")]),
    ("“It is over,” said the BBC NEWS presenter.", [D("It is over", "the BBC NEWS presenter")]),
    ("“We lost,” said coach MARK DAVIES.", [D("We lost", "Mark Davies")]),
    # two blanks between the words of a name in capitals: read as a name all the same
    ("“We are thrilled,” said organiser KAREN  DOYLE.", [D("We are thrilled", "Karen Doyle")]),
]

NARRATION = [
    ("Nadia Rahman sighed and looked out of the window at the rain.", []),
    ("Tom Hill laughed, then walked away from the podium.", []),
    ("The crowd fumed as the train was cancelled again.", []),
    ("The video was posted online on Monday.", []),
    ("“Never,” vowed union leader Jo Roe.", [D("Never", "Jo Roe")]),
]

CALLED = [
    # calling something a name in quotation marks is speech (the annotators' reading) …
    ("Jo Roe called the plan “a disaster.”", [M("the plan “a disaster.”", "Jo Roe")]),
    ("Senator Ann Lee called the bill “a betrayal of working families,” and voted against it.",
     [M("the bill “a betrayal of working families,” and voted against it", "Ann Lee")]),
    ("Jo Roe called the decision “outrageous”, adding: “We will appeal.”",
     [M("the decision “outrageous”", "Jo Roe"), D("We will appeal", "Jo Roe")]),
    # … a thing called by its name is not
    ("The group, called “Mothers Against Noise,” was founded in 2019.", []),
    ("A new film called “The Long Road” opens on Friday.", []),
    ("The scheme, called “Fresh Start”, will cost £2m, the council said.",
     [M("The scheme, called “Fresh Start”, will cost £2m", "the council")]),
]

ACCORDING = [
    ("Profits rose, according to its manager, Dean Fox.", [I("Profits rose", "Dean Fox")]),
    ("Profits rose, according to Dean Fox, its manager.", [I("Profits rose", "Dean Fox")]),
    # one word before the source: an adverb is no part of the clause, a subject whose verb opens it is
    ("Overall, according to the survey, sales fell.", [I("sales fell", "the survey")]),
    ("Officials, according to the memo, knew about the fault for months.",
     [I("Officials" + J + "knew about the fault for months", "the memo")]),
    ("Sales fell by 5%, according to the company's annual report.", [I("Sales fell by 5%", "the company")]),
]

AGES = [
    ("“I am delighted,” said the 28-year-old Morientes.", [D("I am delighted", "the 28-year-old Morientes")]),
    ("“It was hard,” said the 55-year-old Frenchman.", [D("It was hard", "the 55-year-old Frenchman")]),
    # an age before a description, not a name: the description stays whole
    ("“I'm happy,” said the 30-year-old Leeds United striker.", [D("I'm happy", "the 30-year-old Leeds United striker")]),
    ("The 81-year-old Edna Pratt said she had lived there all her life.",
     [I("she had lived there all her life", "Edna Pratt")]),
    ("A 19-year-old man was arrested, police said.", [I("A 19-year-old man was arrested", "police")]),
]

WORDS = [
    ("“We are a family,” said co-owner Jo Roe.", [D("We are a family", "Jo Roe")]),
    ("The co-operative said its profits had risen.", [I("its profits had risen", "The co-operative")]),
    ("The co-chair of the committee, Jo Roe, said the vote would be held on Monday.",
     [I("the vote would be held on Monday", "Jo Roe")]),
    # a surname that is a cue word, in prose
    ("Omar Said ran the company for ten years.", []),
    ("Edward Said wrote about the Middle East.", []),
    # what one tells that is no statement, and a truth commission that hears one
    ("He told the truth about the money.", []),
    ("She told the truth commission that she had been beaten.", [I("she had been beaten", None)]),
]

CLAUSES = [
    ("“The vote is final,”\nsaid the Speaker.", [D("The vote is final", "the Speaker")]),
    # a blank line: the next paragraph is no attribution of the quotation before it
    ("“The vote is final,”\n\nthe chamber emptied.", []),
    ("“The vote is final,”\n\nthe chamber emptied quickly after the result was read.", []),
    ("The claim was denied by a spokesman, who said: “It is false.”", [D("It is false", "a spokesman")]),
    ("Jo Roe and Al Poe, who said: “We agree.”", [D("We agree", "Jo Roe and Al Poe")]),
    ("Mr Blair is saying: “We must act.”", [D("We must act", "Blair")]),
    ("“We will win,” the banner read, but Jo Roe said: “We will lose.”", [D("We will lose", "Jo Roe")]),
]


@pytest.mark.parametrize("text,want", CAPITALS + NARRATION + CALLED + ACCORDING + AGES + WORDS + CLAUSES)
def test_span_rule_guards(text, want):
    assert read(text) == want


# ---------------------------------------------------------------- long hostile paragraphs of the same shapes

def test_many_cues_after_quotations_in_one_sentence_keep_the_last_speaker():
    """Hundreds of '“Yes,” tweeted the mayor,' in one sentence with no full stop, then a speaker's own quotation:
    each cue is read near itself, and the last quotation is its speaker's."""
    text = "Jo Roe spoke. " + "“Yes,” tweeted the mayor, " * 300 + "and Jo Roe said: “We will.”"
    assert read(text)[-1] == D("We will", "Jo Roe")


def test_unclosed_quotation_marks_after_colons_give_one_quote():
    """'He said: “' again and again, never closed: one quotation, from the last mark to the end."""
    assert read("Jo Roe spoke. " + "He said: “" * 2000 + "We won.") == [D("We won", None)]


def test_a_sentence_of_many_cues_reads_the_first_clauses():
    """'co-chair Jo Roe and co-host Al Poe said …' repeated with no full stop: the clauses near its start are read,
    each said by the speaker right before its cue."""
    text = "co-chair Jo Roe and co-host Al Poe said " * 2000
    quotes = extract_quotes(text, "t")
    assert quotes and all(len(q.text) <= 3000 for q in quotes)
    assert quotes[0].speaker == "Al Poe"


def test_a_colon_and_single_marks_inside_a_quotation_leave_the_next_quotation_alone():
    """'saying: 'before …'' inside a quotation in straight double marks: the single marks are no quotation of their
    own read by the marks, and the quotation after it is still found."""
    text = ("Jo Roe runs the campaign.\n\nShe is scathing of the council. \"It is like promising a party and saying: "
            "'before we start I want to make clear there is no cake'\". A fair point. \"The basic problem is that the "
            "council never listens to the people who live here\".")
    assert D("The basic problem is that the council never listens to the people who live here", None) in read(text)
