"""What two sentences must share to make the same claim, beyond a similarity score.

One shared word is no evidence ("I'm not there right now" / "I'm saying the right thing"). A claim
is something said about someone: two sentences that share only names ("Republican National
Committee Chairman Reince Priebus") are about the same people, not the same claim, so a pair must
share a word that is not a name. Two sentences whose speakers are both named and differ ("Pence
said …" / "… Trump told a crowd") report two people's words, however alike. A pair below the usual
score is kept only when the two sentences are each other's best match and share uncommon words that
are not names (see :func:`shared_weight`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .similarity import analyzer, stemmed_stops

_CUE = r"(?:said|says|told|tells|wrote|writes|added|adds|tweeted|stated|declared|insisted|argued)"
_SPEAKER_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)(?:,\s*\d+,)?\s+" + _CUE + r"\b")
_SPEAKER_AFTER = re.compile(r"\b" + _CUE + r"\s+(?:[A-Z][\w.'’-]*\s+)*([A-Z][\w'’-]+)[\s.,;:!?\"”’)]*$")


class SentenceInfo:
    """A sentence's content terms, those that come from names, and the named speakers it cites."""

    __slots__ = ("terms", "names", "speakers")

    def __init__(self, text: str) -> None:
        self.terms, names, self.speakers = _analyse(text)
        self.names = frozenset(names)


@lru_cache(maxsize=65536)
def _analyse(text: str) -> tuple[list[str], set[str], frozenset[str]]:
    stops = stemmed_stops()
    out: list[str] = []
    names: set[str] = set()
    lower: set[str] = set()
    toks = [(t.text, text[t.startchar:t.startchar + 1].isupper()) for t in analyzer()(text, chars=True)]
    for k, (term, upper) in enumerate(toks):
        if term in stops:
            continue
        out.append(term)
        if not upper:
            lower.add(term)
        elif k > 0 or (len(toks) > 1 and toks[1][1]):  # a first word is capitalised anyway: a name if the next is too
            names.add(term)
    names -= lower  # a word also written in lower case is not only a name
    speakers = {m.group(1).lower().rstrip("’'s") for rx in (_SPEAKER_BEFORE, _SPEAKER_AFTER) for m in rx.finditer(text)}
    return out, names, frozenset(speakers)


def sentence_info(text: str) -> SentenceInfo:
    """The :class:`SentenceInfo` of a sentence (analysed once per text)."""
    return SentenceInfo(text)


def shares_claim_words(a: SentenceInfo, b: SentenceInfo) -> bool:
    """True when the two share two content words or more, one of them not a name, and their named
    speakers agree."""
    if a.speakers and b.speakers and not (a.speakers & b.speakers):
        return False
    shared = set(a.terms) & set(b.terms)
    return len(shared) >= 2 and any(t not in a.names and t not in b.names for t in shared)


def shared_weight(a: SentenceInfo, b: SentenceInfo, df: dict[str, int], n: int) -> float:
    """Summed idf (``log(n / df)``, over the ``n`` sentences compared) of the non-name words both share."""
    shared = {t for t in set(a.terms) & set(b.terms) if t not in a.names and t not in b.names}
    return sum(math.log(n / df[t]) for t in shared if df.get(t))
