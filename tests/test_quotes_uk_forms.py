"""British news forms, on sentences written for these tests: inverted asides (``Then, say analysts, …``),
age descriptions (``the 29-year-old``), kin names (``Hartley's daughter Joan``), spelled-out acronyms
(``The FCA`` after ``the Financial Conduct Authority``) and pronouns for people of no known gender."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quote text) for every quote of ``text``."""
    return [(q.speaker, q.text) for q in extract_quotes(text, "t")]


def speaker_of(text: str, start: str) -> str | None:
    found = [q for q in extract_quotes(text, "t") if q.text.startswith(start)]
    assert len(found) == 1, quotes(text)
    return found[0].speaker


# ---------------------------------------------------------------- inverted asides

def test_inverted_aside_after_a_lead_in_names_the_speaker_after_the_verb():
    text = ("Then, say economists, there is the question of rising wages in the service sector. "
            "Most importantly, say economists, the fall in oil prices has not reached shop prices yet.")
    got = quotes(text)
    assert got == [("economists", "there is the question of rising wages in the service sector"),
                   ("economists", "the fall in oil prices has not reached shop prices yet")]


def test_inverted_aside_after_a_subject_keeps_both_parts_of_the_content():
    q = extract_quotes("The pound, says Mr Hardcastle, will keep falling against the dollar this year.", "t")
    assert [(x.speaker_mention, x.text) for x in q] == [
        ("Mr Hardcastle", "The pound … will keep falling against the dollar this year")]


def test_a_lowercase_word_after_the_verb_is_no_aside_speaker():
    # "said" followed by a clause, not by a speaker: nothing is attributed to "recently"
    got = quotes("Prices, the minister said, recently rose by two per cent in the north of the country.")
    assert [s for s, _ in got] == ["the minister"] or all(s != "recently" for s, _ in got)


# ---------------------------------------------------------------- descriptions of a person

def test_age_description_is_the_person_just_named():
    text = ("Tavita Sopoaga, a wing, is likely to be picked by the coach, Sir Alan Pardew. "
            "\"It will be a hard game for us, but we are ready for it,\" Sopoaga said. "
            "The 29-year-old admitted the pressure on the side was huge.")
    assert speaker_of(text, "the pressure") == "Tavita Sopoaga"


def test_age_description_prefers_the_person_named_over_an_earlier_speaker():
    text = ("\"The vote is a formality now,\" said Paul Hendry, the party's chairman.\n\n"
            "Then the singer Maria Valdes took the stage to a standing ovation.\n\n"
            "\"He has always been a loyal friend to this town,\" said the 46-year-old.")
    assert speaker_of(text, "He has always") == "Maria Valdes"


def test_kin_name_takes_the_family_name_and_his_daughter_resolves_to_her():
    text = ("The old letters belonged to a printer who died in 1990.\n\n"
            "\"We kept them in the attic for decades and never thought about them,\" Hartley's daughter Joan, 61, "
            "said. \"He called it his paper mountain,\" his daughter said.")
    got = extract_quotes(text, "t")
    assert [q.speaker for q in got] == ["Joan Hartley", "Joan Hartley"]
    assert got[0].speaker_role == "Hartley's daughter"


# ---------------------------------------------------------------- acronyms

def test_acronym_speaker_is_spelled_out_when_the_article_does():
    text = ("The Financial Conduct Authority has fined the bank.\n\n"
            "The FCA said the firm had failed to protect its customers from fraud over many years.")
    assert speaker_of(text, "the firm") == "Financial Conduct Authority (FCA)"


def test_acronym_the_article_never_spells_out_stays_as_written():
    text = "The ABC said the programme would return in the spring with a new presenter and a new set."
    assert speaker_of(text, "the programme") == "The ABC"


# ---------------------------------------------------------------- pronouns, people of no known gender

def test_he_after_a_speaker_of_unknown_gender_is_not_a_man_only_named():
    # "Umaga"-style: the speaker's first name says nothing about gender; Pardew is only named
    text = ("Coach Sir Alan Pardew will name the squad next week, and Tavita Sopoaga is sure to be in it. "
            "\"We are ready for anyone,\" Sopoaga said. "
            "He added: \"We just need to keep our heads and play our own game for eighty minutes.\"")
    assert speaker_of(text, "We just need") == "Tavita Sopoaga"


def test_he_after_a_sentence_about_a_speaker_of_unknown_gender_is_that_speaker():
    text = ("\"We are ready for anyone,\" Tavita Sopoaga said. "
            "Sopoaga admitted the charity game featured big names including Andrew Hale and David Crane. "
            "But he admitted the cause of the match had easily won him over.")
    assert speaker_of(text, "the cause") == "Tavita Sopoaga"


def test_he_still_skips_a_speaker_known_to_be_a_woman():
    text = ("Coach Sir Alan Pardew will name the squad next week. "
            "\"We are ready for anyone,\" said Maria Sopoaga, the captain. "
            "He added that the squad would be announced on Thursday morning at the club.")
    assert speaker_of(text, "the squad") != "Maria Sopoaga"
