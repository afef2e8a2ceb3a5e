"""A federal department named as a list of its fields, with commas, before ``Canada``: ``Immigration, Refugees and
Citizenship Canada``, ``Innovation, Science and Economic Development Canada``; a union or association named by the
trades it gathers: ``Kenya Medical Practitioners, Pharmacists and Dentists Union``. The subject found before a cue
starts after the last comma ("Refugees and Citizenship Canada"); the words before it, capitalised and opening the
sentence, belong to the name."""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS

_LIST_HEAD = re.compile(r"(?:^|(?<=[.!?”\"’\n]\s)|(?<=\n))(?P<head>(?:[A-Z][a-z]+,\s+){1,2})\Z")
_STOP = frozenset("Meanwhile However Still Separately Instead Also Earlier Later Today Yesterday Now Then Indeed "
                  "Similarly Likewise Previously Finally Overall Elsewhere Additionally Furthermore Moreover "
                  "Nevertheless Regardless Again Yet Next First Second Third Last Here There Thus Hence So But And".split()) \
    | frozenset(MONTHS) | frozenset(WEEKDAYS)
"""Words that open a sentence before a list of capitalised words without naming a department: adverbs, days, months."""


_ORG_HEADS = frozenset("Union Association Federation Council Society Alliance Congress Institute Board Commission "
                       "Organisation Organization Services Guild Federation Confederation Chamber".split())
"""Last words of a body's name that may list its members' trades with commas: ``Kenya Medical Practitioners,
Pharmacists and Dentists Union``."""
_ORG_LIST_HEAD = re.compile(r"(?:^|(?<=[.!?”\"’\n]\s)|(?<=\n))(?P<head>(?:The\s+)?(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+,\s+"
                            r"(?:[A-Z][a-z]+,\s+)?)\Z")


def _org_list(np: str) -> bool:
    """Whether ``np`` is ``Word and Word … Union``: the end of a name listing trades before its head word."""
    toks = np.split()
    for i, t in enumerate(toks[:8]):
        if t in _ORG_HEADS:
            return i >= 2 and i == len(toks) - 1 and "and" in toks[1:i]
        if not (t[:1].isupper() or t in ("and", "of", "&")):
            return False
    return False


def listed_name_start(body: str, np: str, start: int) -> int:
    """Where the name ``np`` at ``start`` really starts: earlier, when it is the end of such a list, else ``start``."""
    if " and " not in np or start < 3 or body[start - 2: start] != ", ":
        return start
    if not np.endswith(" Canada"):
        if not _org_list(np):
            return start
        m = _ORG_LIST_HEAD.search(body, max(0, start - 60), start)
        if m is None or any(w.rstrip(",") in _STOP or w.rstrip(",").endswith("ly") for w in m.group("head").split()):
            return start
        return m.start("head")
    m = _LIST_HEAD.search(body, max(0, start - 40), start)
    if m is None or any(w.rstrip(",") in _STOP or w.rstrip(",").endswith("ly") for w in m.group("head").split()):
        return start
    return m.start("head")
