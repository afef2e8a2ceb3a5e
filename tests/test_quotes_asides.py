"""An attribution set off by commas inside the sentence it reports ("This, said the minister, was …")."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def _quotes(text: str):
    return [(q.speaker, q.text) for q in extract_quotes(text, "t")]


def test_a_description_in_an_aside_speaks():
    got = _quotes("That vote, said the minister, was the turning point for the whole coalition.\n")
    assert got == [("the minister", "That vote … was the turning point for the whole coalition")]


def test_a_document_in_an_aside_speaks_and_the_lead_words_are_not_the_content():
    got = _quotes("Most worryingly, argues the review, hospitals are running out of trained nurses.\n")
    assert got == [("the review", "hospitals are running out of trained nurses")]


def test_a_clause_after_the_named_speaker_is_the_content():
    got = _quotes("In the long run, warned Ann Okoro, rents would fall across the whole city.\n")
    assert got == [("Ann Okoro", "In the long run … rents would fall across the whole city")]


def test_a_reason_after_the_aside_keeps_the_content_before_it():
    got = _quotes("It would not be means tested, say the Greens, because that would deter people from saving.\n")
    assert [s for s, _ in got] == ["the Greens"] and got[0][1].startswith("It would not be means tested")


def test_a_company_name_in_a_longer_trading_name_is_not_a_family_first_name():
    text = ("Kestrel, which owns Kestrel Cellar & Vineyard Estates, made a bid on Monday.\n\n"
            "Kestrel said it expects approval for the deal by March.\n")
    assert [s for s, _ in _quotes(text)] == ["Kestrel"]


def test_the_present_tense_inverts_as_the_past_does():
    got = _quotes("Most worryingly, warns the audit, clinics are running out of trained nurses.\n\n"
                  "The rules will change again next year, explains Tom Reid.\n")
    assert got == [("the audit", "clinics are running out of trained nurses"),
                   ("Tom Reid", "The rules will change again next year")]


def test_a_plural_noun_is_no_present_tense_cue(seed_texts):
    """"… follow claims by Chinese state-backed media that C1, adding that C2" (the seed story): two statements."""
    text = next(t for t in seed_texts.values() if "neither advanced, nor safe" in t)
    got = [(q.speaker, q.text) for q in extract_quotes(text, "t") if q.speaker == "Chinese state-backed media"]
    assert [t for _, t in got] == ["the chips were ‘neither advanced, nor safe’",
                                   "domestic firms should avoid purchasing them"]


def test_a_document_credited_at_the_end_of_its_sentence_is_its_author_s():
    got = _quotes("Preliminary findings suggest the blaze was started by a space heater, according to the "
                  "Provincial Fire Marshal.\n")
    assert got == [("the Provincial Fire Marshal", "the blaze was started by a space heater")]
