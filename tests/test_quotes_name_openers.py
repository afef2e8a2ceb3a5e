"""A speech word inside a noun phrase reports nothing, and a verb opening a sentence opens no one's name."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def _quotes(text: str):
    return [(q.speaker, q.kind, q.cue, q.text) for q in extract_quotes(text, "t")]


def test_a_participle_modifying_a_noun_is_no_cue():
    got = _quotes("Dana Pruitt, a technical writing instructor, said she tells clients to cut every draft by half.\n")
    assert got == [("Dana Pruitt", "indirect", "said", "she tells clients to cut every draft by half")]


def test_a_participle_modifying_a_noun_in_a_mixed_quote():
    text = ("Omar Reyes, a creative writing tutor, said he keeps his first drafts “locked in a drawer for a year.”\n")
    (q,) = extract_quotes(text, "t")
    assert (q.speaker, q.kind, q.cue) == ("Omar Reyes", "mixed", "said")
    assert q.text.startswith("he keeps his first drafts")


def test_a_participle_after_a_noun_with_its_agent_still_reports():
    got = _quotes("The talks ended early, with the mayor warning that the strike could last weeks.\n")
    assert got == [("the mayor", "indirect", "warning", "the strike could last weeks")]


def test_a_verb_opening_a_sentence_is_no_first_name():
    text = ("The cartoonist Ellen Marsh drew the strip for the county paper for thirty years.\n\n"
            "(See Marsh’s sketches from the trial below.)\n\n"
            "Marsh, a former court artist, said the judge once asked to keep a drawing.\n")
    speakers = {q.speaker for q in extract_quotes(text, "t")}
    assert speakers == {"Ellen Marsh"}
