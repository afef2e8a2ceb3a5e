"""Split an article into sentences with offsets (shared splitter: abbreviations, initials, quotes)."""

from __future__ import annotations

from ..models import Sentence
from .boilerplate import is_boilerplate, is_short_line, on_own_line
from ..quotes.marks import paragraphs
from ..quotes.sentences import split_sentences as _split


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, paragraph by paragraph; ``text[s.start:s.end] == s.text``.

    Menu, share and subscription lines are kept (offsets stay whole) but marked ``boilerplate``; so are
    runs of short lines (a menu), while a short line alone (a subheading) is not.
    """
    out: list[Sentence] = []
    for ps, pe in paragraphs(text or ""):
        for s, e in _split(text, ps, pe):
            t = text[s:e]
            out.append(Sentence(index=len(out), start=s, end=e, text=t, boilerplate=is_boilerplate(t)))
    short = [on_own_line(text, x.start, x.end) and is_short_line(x.text) for x in out]
    for k, x in enumerate(out):  # two short lines in a row or more: a menu, not a subheading
        if short[k] and ((k > 0 and short[k - 1]) or (k + 1 < len(out) and short[k + 1])):
            x.boilerplate = True
    return out
