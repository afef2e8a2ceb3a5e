"""Split an article into sentences with offsets (shared splitter: abbreviations, initials, quotes)."""

from __future__ import annotations

from ..models import Sentence
from .boilerplate import is_boilerplate, on_own_line
from ..quotes.marks import paragraphs
from ..quotes.sentences import split_sentences as _split


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, paragraph by paragraph; ``text[s.start:s.end] == s.text``.

    Menu, share and subscription lines are kept (offsets stay whole) but marked ``boilerplate``.
    """
    out: list[Sentence] = []
    for ps, pe in paragraphs(text or ""):
        for s, e in _split(text, ps, pe):
            t = text[s:e]
            out.append(Sentence(index=len(out), start=s, end=e, text=t,
                                boilerplate=is_boilerplate(t, on_own_line(text, s, e))))
    return out
