"""Where the newer speaker rules must not fire: a message that "reads like" something says nothing, and a
detective constable's rank is no given name; on sentences written for these tests."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(text)]


def test_reads_quotes_a_message_only_before_its_words():
    assert _said("The letter reads: “We are sorry for the delay.”") == [("The letter", "We are sorry for the delay")]
    assert _said("The statement read in part, “We regret the error in full.”")[0][0] == "The statement"
    # "reads like", "reads as": a judgement on the message, whose speaker is the one who judges
    for text in ("The council's statement reads like a confession of failure, critics said.",
                 "The letter reads as a plea for help from the staff, said Jo Roe."):
        got = _said(text)
        assert got and all(sp in ("critics", "Jo Roe") for sp, _ in got), got
        assert all("reads" in t for _, t in got), got


def test_a_detective_constable_is_a_rank_before_the_name():
    got = extract_quotes("Det Con Mark Ryan said the stolen car was found near the station.")
    assert [(q.speaker, q.speaker_role) for q in got] == [("Mark Ryan", "Det Con")]
    assert [q.speaker for q in extract_quotes("Con O’Neill said the stolen car was found near the station.")] \
        == ["Con O’Neill"]
