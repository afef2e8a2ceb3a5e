"""Quotes as people read them: an uncued quotation after a person's introduction, attributions with a verb of
manner, reported speech in participle and relative clauses, adjuncts and asides around a cue, and lines and
phrases that are not speech. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def read(text):
    """(kind, text, speaker, floating) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker, q.floating) for q in extract_quotes(text, "t")]


@pytest.mark.parametrize("text, want", [
    # a person named in a paragraph of narration, their words in the next one, with no cue
    ("Jane Roe runs the shelter on Main Street.\n\n“We are full every night.”",
     [("direct", "We are full every night", "Jane Roe", True)]),
    # the person just introduced, not the speaker quoted before the introduction
    ("“We asked for this for years,” union leader Tom Hill said.\n\n"
     "Karen Oldfield is the chief executive of the ambulance service.\n\n"
     "“We will put the new crews where the gaps are biggest. That means the north first.”",
     [("direct", "We asked for this for years", "Tom Hill", False),
      ("direct", "We will put the new crews where the gaps are biggest. That means the north first", "Karen Oldfield",
       True)]),
    # the introduction's last sentence opens with a pronoun for the person named before it
    ("Ann Bell lost her job in March. She now works two shifts at a warehouse.\n\n"
     "“I barely see my kids any more, and the rent still goes up.”",
     [("direct", "I barely see my kids any more, and the rent still goes up", "Ann Bell", True)]),
    # a second uncued paragraph goes on with the same person
    ("Jane Roe runs the shelter on Main Street.\n\n“We are full every night.”\n\n"
     "“Some nights we turn away twenty people at the door.”",
     [("direct", "We are full every night", "Jane Roe", True),
      ("direct", "Some nights we turn away twenty people at the door", "Jane Roe", True)]),
])
def test_uncued_quotation_after_an_introduction(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    # a title in a paragraph of its own: no sentence mark, no verb
    "Tom Ball's new novel is out this week.\n\n“The Long Road Home”",
    "Tom Ball leads the school choir.\n\n“Home Sweet Home.”",
    # a slogan with no verb, however it ends
    "Councillor Amy Chen voted against the plan.\n\n“Too little, too late.”",
    # a paragraph between the introduction and the quotation: the words may be anyone's
    "Paul Kerr is the head of the local food bank.\n\nDemand has doubled since January.\n\n"
    "“We have never seen anything like it in thirty years.”",
    # a thing, not a person, opens the paragraph before
    "The sign on the shelter's door was new.\n\n“Closed until further notice for repairs.”",
])
def test_uncued_quotation_with_no_one_introduced_is_not_speech(text):
    assert read(text) == []


def test_a_title_cased_line_inside_a_body_is_not_prose():
    # a subheading or linked title, capitalised word by word, verbs too, with or without a full stop
    body = ("The council met on Tuesday to vote on the housing plan.\n\n"
            "Mayor Answers Critics By Saying We Will Build More Homes.\n\n"
            "Council leader Jo Hart said the vote would be held in March.")
    assert read(body) == [("indirect", "the vote would be held in March", "Jo Hart", False)]


@pytest.mark.parametrize("text, want", [
    ("After saying he would not run, Mayor Tom Hill changed his mind on Friday.",
     [("indirect", "he would not run", "Tom Hill", False)]),
    ("Since announcing in October that she would retire, Senator Ruth Vance has kept a low profile.",
     [("indirect", "she would retire", "Ruth Vance", False)]),
    # the main clause's own reported speech is read too
    ("While insisting that the budget was sound, Finance Minister Omar Reid said on Monday that taxes would rise.",
     [("indirect", "the budget was sound", "Omar Reid", False),
      ("indirect", "taxes would rise", "Omar Reid", False)]),
    # no statement after the participle: a farewell, not speech
    ("After saying goodbye to the players, the crowd left the stadium.", []),
])
def test_a_speech_participle_opening_the_sentence_is_said_by_its_subject(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    ('"Get out of my house!" the officer yelled.', [("direct", "Get out of my house!", "the officer", False)]),
    ('"Stop the cuts," protesters chanted outside the hall.', [("direct", "Stop the cuts", "protesters", False)]),
    ('"I have waited ten years for this," Ruth Vance sighed.',
     [("direct", "I have waited ten years for this", "Ruth Vance", False)]),
    # a full stop inside the marks ends the quotation's sentence: what follows is not its attribution
    ('Jo Hart read out the result.\n\n"The motion is carried." The crowd cheered.', []),
])
def test_a_verb_of_manner_after_a_quotation_attributes_it(text, want):
    assert read(text) == want


def test_a_relative_clause_in_the_attribution_is_the_speakers_own_statement():
    text = ('"The candidates do not understand the army," said Capt. Chris Pardo, who said he would not vote for '
            'either of them.')
    assert read(text) == [("direct", "The candidates do not understand the army", "Chris Pardo", False),
                          ("indirect", "he would not vote for either of them", "Chris Pardo", False)]


@pytest.mark.parametrize("text, want", [
    # the relative clause's noun opens the sentence: its statement ends where the main clause's verb comes
    ("Mayor Tom Hill, who said last week that he would run again, lost the vote on Tuesday.",
     [("indirect", "he would run again", "Tom Hill", False)]),
    # a relative clause at the end of its sentence runs to the end
    ("The seat was won by Ruth Vance, who said the result showed the city wanted change.",
     [("indirect", "the result showed the city wanted change", "Ruth Vance", False)]),
])
def test_a_statement_in_a_relative_clause_ends_with_the_clause(text, want):
    assert read(text) == want


@pytest.mark.parametrize("tail", ["in a statement", "at a news conference in Ottawa on Monday",
                                  "during a visit to Halifax", "Tuesday in Paris", "in an interview with CBC News"])
def test_adjuncts_after_a_closing_attribution_are_not_the_statement(tail):
    assert read(f"The ferry will run all winter, the minister said {tail}.") == [
        ("indirect", "The ferry will run all winter", "the minister", False)]


def test_an_infinitive_after_the_cue_is_still_its_complement():
    # "urged X to …": the infinitive is what was urged, not an adjunct of a closing attribution
    assert read("After the vote, union leader Jo Hart urged members to reject the offer.") == [
        ("indirect", "members to reject the offer", "Jo Hart", False)]


@pytest.mark.parametrize("text, want", [
    ("Finance Minister Omar Reid said, however, that taxes would not rise.",
     [("indirect", "taxes would not rise", "Omar Reid", False)]),
    ("The minister said, in a statement released on Friday, that the ferry would run all winter.",
     [("indirect", "the ferry would run all winter", "The minister", False)]),
])
def test_an_aside_between_the_cue_and_that(text, want):
    assert read(text) == want


def test_a_participle_after_a_conjunction_in_the_attribution_is_a_second_statement():
    text = "“We will win,” Jo Hart said, before adding that the vote would be close."
    assert read(text) == [("direct", "We will win", "Jo Hart", False),
                          ("indirect", "the vote would be close", "Jo Hart", False)]


@pytest.mark.parametrize("text", [
    # hearsay with no speaker: the subject of "is said to" is talked about, not quoted
    "The firm was said to be considering a sale of its French arm.",
    "Some advisers are said to be urging the governor to pay on time.",
    # refusing to speak is not speech
    "The minister would not say when the report would be published.",
    "He declined to say how much the deal was worth.",
])
def test_not_speech(text):
    assert read(text) == []


def test_a_statement_before_a_participle_that_introduces_a_quoted_phrase():
    text = ('Ruth Vance will lead the team in Auckland.\n\n'
            'The 31-year-old admitted interest in the tour was immense, calling it "the biggest thing to hit the city".')
    got = read(text)  # (the description stands for the person the paragraph before names)
    assert ("indirect", "interest in the tour was immense", "Ruth Vance", False) in got
    assert any(k == "mixed" and "biggest thing to hit the city" in t and who == "Ruth Vance" for k, t, who, _ in got)
