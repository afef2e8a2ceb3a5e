"""Helpers shared by the quote tests."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes, quote_text


def one(source: str, **want):
    """The only quote of ``source``, checked against ``want`` (attribute -> value)."""
    quotes = extract_quotes(source, "t")
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    q = quotes[0]
    for k, v in want.items():
        assert getattr(q, k) == v, (k, getattr(q, k), v)
    return q


def quote_with(text: str, words: str):
    """The one quote of ``text`` whose text holds ``words``."""
    quotes = [q for q in extract_quotes(text, "t") if words in q.text]
    assert len(quotes) == 1, [(q.text, q.speaker) for q in extract_quotes(text, "t")]
    return quotes[0]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the one quote of ``text`` whose text holds ``words``."""
    return quote_with(text, words).speaker


def quote_starting(text: str, start: str):
    """The one quote of ``text`` whose text starts with ``start``."""
    quotes = [q for q in extract_quotes(text, "t") if q.text.startswith(start)]
    assert len(quotes) == 1, [(q.text, q.speaker) for q in extract_quotes(text, "t")]
    return quotes[0]


def speaker_starting(text: str, start: str) -> str | None:
    """The speaker of the one quote of ``text`` whose text starts with ``start``."""
    return quote_starting(text, start).speaker


def well_formed(text: str, quotes) -> None:
    """Each quote lies in ``text``, its text is what its offsets and fragments give, and its speaker's mention is the
    text at the speaker's offsets."""
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments] or None)
        if q.speaker_start is not None:
            assert text[q.speaker_start: q.speaker_end] == q.speaker_mention


def write_texts(root, articles: dict[str, str]):
    """A corpus folder of one ``NAME.txt`` per article (``articles``: name -> text); ``root``."""
    for name, text in articles.items():
        (root / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return root


def speakers_by_text(lib) -> dict[str, str | None]:
    """Each quote's text in an indexed library -> its speaker."""
    return {q.text: q.speaker for q in lib.quotes()}
