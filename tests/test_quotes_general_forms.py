"""Reported speech in the forms general news writes it (courts, business, sport, politics): one test per form,
with sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def read(text):
    """(kind, text, speaker) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, "t")]


@pytest.mark.parametrize("text, want", [
    # a possessive before the role starts the appositive: the name before it speaks
    ("Lena Frost, Norway's envoy to the talks since 2019, said the deal must include fishing rights.",
     [("indirect", "the deal must include fishing rights", "Lena Frost")]),
    # a participle is not an inverted speaker ("said having X …" is the content)
    ("Quebec Sen. Paul Ng, head of the transit committee, said having Ottawa at the table gives even small towns such "
     "as Perth a voice.",
     [("indirect", "having Ottawa at the table gives even small towns such as Perth a voice", "Paul Ng")]),
    # the speaker after a subordinating conjunction when the main clause's subject cannot speak
    ("Few traders were surprised by the cut as several economists had already said it was likely.",
     [("indirect", "it was likely", "several economists")]),
    # "with X saying": the noun after 'with' speaks
    ("The vote was delayed again, with the committee chair saying the report was not ready.",
     [("indirect", "the report was not ready", "the committee chair")]),
])
def test_who_speaks_a_reported_clause(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    # a bare clause whose subject is a name, after a cue that mostly takes 'that'
    ("Residents claim Harbour Holdings has ignored the flooding for a decade.",
     [("indirect", "Harbour Holdings has ignored the flooding for a decade", "Residents")]),
    ("The suit claims the Riverside Clinic had lost the records twice.",
     [("indirect", "the Riverside Clinic had lost the records twice", "The suit")]),
    # "warned" with no listener: the words before the auxiliary are the clause's subject
    ("The governor said the figures were grim and warned unemployment would rise to 9 per cent.",
     [("indirect", "the figures were grim", "The governor"),
      ("indirect", "unemployment would rise to 9 per cent", "The governor")]),
    # the second verb of "X said C and added C2" reports C2, by the same speaker, in the article's first sentence too
    ("The coach said the pitch was frozen and added that the game would be moved to Sunday.",
     [("indirect", "the pitch was frozen", "The coach"),
      ("indirect", "the game would be moved to Sunday", "The coach")]),
    # the clause ends at "but"; the second verb reports a clause of its own
    ("Hewitt argued that the rules had failed, but suggested nobody was to blame.",
     [("indirect", "the rules had failed", "Hewitt"), ("indirect", "nobody was to blame", "Hewitt")]),
])
def test_reported_clauses_without_that(text, want):
    assert read(text) == want


def test_a_later_noun_cue_does_not_take_the_sentence_from_its_own_verb():
    # "claims by X that …" after the sentence's own "said": the sentence is the speaker's, cut before the aside
    assert read("Judge Mara Quint said the jury had been properly instructed, despite claims by the defence that "
                "the evidence was tainted.") == [
        ("indirect", "the jury had been properly instructed", "Mara Quint")]


def test_a_noun_cue_alone_still_reports_its_source():
    assert read("The ruling follows claims by the tenants' union that the landlord ignored repeated warnings.") == [
        ("indirect", "the landlord ignored repeated warnings", "the tenants' union")]
