"""Split an article into sentences with offsets (shared splitter: abbreviations, initials, quotes)."""

from __future__ import annotations

from ..models import Sentence
from ..quotes.marks import paragraphs
from ..quotes.sentences import split_sentences as _split


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, paragraph by paragraph; ``text[s.start:s.end] == s.text``."""
    out: list[Sentence] = []
    for ps, pe in paragraphs(text or ""):
        for s, e in _split(text, ps, pe):
            out.append(Sentence(index=len(out), start=s, end=e, text=text[s:e]))
    return out
