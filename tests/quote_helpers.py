"""Helpers shared by the quote tests."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes


def one(source: str, **want):
    """The only quote of ``source``, checked against ``want`` (attribute -> value)."""
    quotes = extract_quotes(source, "t")
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    q = quotes[0]
    for k, v in want.items():
        assert getattr(q, k) == v, (k, getattr(q, k), v)
    return q
