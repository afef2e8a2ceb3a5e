"""Sentence similarity: TF-IDF cosine over the index's stemmed terms plus a word-overlap score."""

from __future__ import annotations

import math
from collections import Counter

from ..engine.analysis import body_analyzer

STOP = set("""a an the and or but of to in on at for with by from as is are was were be been being it its this
that these those he she they we i you his her their our its not no will would could should may might has have
had do does did than then so such also which who whom what when where while said says say told""".split())
NEGATIONS = {"not", "no", "never", "n't", "without", "neither", "nor", "none", "nothing", "deny", "denied",
             "denies", "refused", "refuses", "rejected", "false"}

FUNCTION_WORDS = STOP | set("""if him them me my your there here about into over out up can just now only very some any all
more most other how why because still even whose each both either few many much own same too
i'm it's he's she's we're you're they're that's there's i've we've i'll we'll he'll""".split())
"""Words too common to make two sentences about the same thing: stop words and other function words."""

_ANALYZER = None
_STEMMED_STOPS: frozenset[str] | None = None


def analyzer():
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = body_analyzer()
    return _ANALYZER


def stemmed_stops() -> frozenset[str]:
    """The function words as the analyzer stems them ("was" -> "wa", "this" -> "thi")."""
    global _STEMMED_STOPS
    if _STEMMED_STOPS is None:
        an = analyzer()
        _STEMMED_STOPS = frozenset(FUNCTION_WORDS | {t.text for w in FUNCTION_WORDS for t in an(w)})
    return _STEMMED_STOPS


def terms(text: str) -> list[str]:
    """Stemmed content terms of a sentence (function words dropped, stemmed or not), as the index sees them."""
    stops = stemmed_stops()
    return [t.text for t in analyzer()(text) if t.text not in stops]


def tfidf_vectors(docs: list[list[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors for a list of term lists (idf over this list)."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    n = len(docs) or 1
    vecs = []
    for d in docs:
        tf = Counter(d)
        v = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    return vecs


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def overlap(a: list[str], b: list[str]) -> float:
    """Jaccard overlap of two term sets."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0
