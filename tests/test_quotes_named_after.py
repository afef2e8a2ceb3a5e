"""Speaker phrases that name a person or a body only in part while the text around them gives the rest (see
index/quotes/named_after.py). Passages written for these tests."""

from __future__ import annotations

from quote_helpers import quote_with, speaker_of


def test_an_indefinite_description_named_in_the_aside_after_it():
    text = ("More than 700 people signed up to speak during the hearing.\n\n"
            "Another speaker, retired engineer Harold Beaton, warned that the change would overwhelm aging pipes.\n")
    q = quote_with(text, "would overwhelm aging pipes")
    assert (q.speaker, q.speaker_role) == ("Harold Beaton", "retired engineer")
    text = "One longtime resident, Gail Summerside, said she could see the glow from her kitchen window.\n"
    assert speaker_of(text, "could see the glow") == "Gail Summerside"


def test_the_older_and_the_younger_of_two_who_share_a_surname():
    text = ("Amir Haddadi took over the bakery that his father, Youssef Haddadi, opened in 1991.\n\n"
            "“I was an accountant,” Amir Haddadi said.\n\n"
            "“He doesn’t listen to me about the dough,” the older Haddadi said with a laugh.\n\n"
            "The younger Haddadi said he has raised prices twice.\n")
    assert speaker_of(text, "listen to me about the dough") == "Youssef Haddadi"
    assert speaker_of(text, "raised prices twice") == "Amir Haddadi"


def test_a_spokesperson_for_a_short_form_of_a_name_given_before():
    text = ("The consortium building the line, Crosslink Transit Partners, blamed the signalling system.\n\n"
            "A spokesperson for Crosslink said in an email that testing was progressing.\n")
    assert speaker_of(text, "testing was progressing") == "A spokesperson for Crosslink Transit Partners"
    text = ("Chelsea and West Ham met on Saturday.\n\n"
            "A spokeswoman for Chelsea said the club would await the referee's report.\n")
    assert speaker_of(text, "await the referee") == "A spokeswoman for Chelsea"


def test_the_crown_is_the_crown_attorney_the_story_names():
    text = ("In a notice of appeal filed Monday, the Crown argued that the trial judge erred in her charge to the "
            "jury.\n\n"
            "Crown attorney Joanne Fitzwilliam said the office did not take the decision lightly.\n\n"
            "The Crown said it would ask the court to order a new trial.\n")
    assert speaker_of(text, "the trial judge erred") == "Joanne Fitzwilliam"
    assert speaker_of(text, "order a new trial") == "Joanne Fitzwilliam"
    two = text + "\nCrown prosecutor Daniel Ashcombe will argue the appeal.\n"
    assert speaker_of(two, "the trial judge erred") == "the Crown"  # two Crown lawyers: not one of them
