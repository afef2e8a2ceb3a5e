"""A quoted judgement of someone or something, said by the sentence's subject:

    Conservative Leader Pierre Delacroix accused the government of “losing control” of the budget.
    Former teammate Wendel Clarkson remembered him as “the toughest guy in the room.”

These verbs take an object and then ``of``/``as`` before the quoted words; they are speech only with the quotation
(``accused the government of waste`` stays narration). The quote runs from the object to the clause's end.
"""

from __future__ import annotations

import re

_JUDGED = re.compile(
    r"\b(?P<cue>accused|accuses|accusing|described|describes|remembered|remembers|praised|praises|branded|brands|"
    r"dismissed|dismisses|labelled|labeled|labels|characterized|characterised|slammed|slams)\s+"
    r"(?P<obj>(?:[\w’'.,-]+\s+){0,7}?)(?:of|as)\s+(?:(?:being|having|a|an|the|its|their|his|her|\w+ing)\s+){0,2}[“\"]$")
_STEMS = (" accus", " describ", " remember", " prais", " brand", " dismiss", " label", " characteri", " slam")
_GATE = re.compile(r"\s(?:of|as)\s+(?:\S+\s+){0,2}[“\"]$")


def judged_object(before: str) -> re.Match | None:
    """The match (groups ``cue``, ``obj``) when ``before`` (the sentence up to and with the quotation's opening mark)
    ends in such a verb, its object and ``of``/``as``, else None."""
    if len(before) > 400 or before[-1:] not in "“\"" or _GATE.search(before, max(0, len(before) - 40)) is None:
        return None
    low = before.lower()
    lo = max(0, len(before) - 140)
    at = max(low.rfind(stem, lo) for stem in _STEMS)
    m = _JUDGED.match(before, at + 1) if at >= 0 else None
    if m is None or not m.group("obj").strip():
        return None
    return m
