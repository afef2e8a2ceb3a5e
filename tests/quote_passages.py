"""Helpers of the quote tests that read whole passages: each quote as (speaker, text), and the check of a passage
against the quotes it should give."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quote text) for every quote of ``text``."""
    return [(q.speaker, q.text) for q in extract_quotes(text, "t")]


def check_passage(text: str, expected: list[tuple[str | None, str]]) -> None:
    """Each fragment of ``expected`` is in a quote of ``text`` given to its speaker, and no quote is beyond them."""
    got = quotes(text)
    for speaker, fragment in expected:
        hits = [s for s, q in got if fragment in q]
        assert hits, f"no quote holds {fragment!r}: {got}"
        assert hits[0] == speaker, f"{fragment!r}: {hits[0]!r} != {speaker!r}"
    assert len(got) <= len(expected), f"quotes beyond those expected: {got}"
