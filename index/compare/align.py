"""Align the sentences of two articles one-to-one (reordering allowed) and classify them."""

from __future__ import annotations

from ..models import AlignedPair, CompareRow, Contradiction, Sentence
from .diff import Features, contradiction_reasons, word_diff
from .similarity import cosine, overlap, terms, tfidf_vectors

SIMILAR = 0.30
"""Combined score above which two sentences make the same claim."""
SHARED = 0.75
"""Term overlap above which two aligned sentences say it in nearly the same words."""
CANDIDATE = 0.12
"""Cosine below which a pair is not scored at all (cheap filter)."""
MAX_CONTRADICTIONS = 3
"""A sentence is flagged against at most this many sentences of the other article (the strongest)."""


def score(cos: float, jac: float) -> float:
    return 0.7 * cos + 0.3 * jac


def align(sa: list[Sentence], sb: list[Sentence]) -> tuple[list[AlignedPair], list[Contradiction]]:
    """Greedy one-to-one alignment by descending similarity, then word diffs and contradictions."""
    ta, tb = [[] if s.boilerplate else terms(s.text) for s in sa], [[] if s.boilerplate else terms(s.text) for s in sb]
    vecs = tfidf_vectors(ta + tb)
    va, vb = vecs[: len(sa)], vecs[len(sa):]
    cands: list[tuple[float, float, int, int]] = []
    for i, x in enumerate(va):
        if not x:
            continue
        for j, y in enumerate(vb):
            if not y:
                continue
            c = cosine(x, y)
            if c < CANDIDATE:
                continue
            sc = score(c, overlap(ta[i], tb[j]))
            if sc >= SIMILAR:
                cands.append((sc, c, i, j))
    cands.sort(key=lambda t: (-t[0], t[2], t[3]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[AlignedPair] = []
    for sc, c, i, j in cands:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        toks_a, toks_b, flagged = word_diff(sa[i], sb[j])
        status = "shared" if overlap(ta[i], tb[j]) >= SHARED else "similar"
        pairs.append(AlignedPair(a=i, b=j, similarity=round(sc, 3), status=status, a_tokens=toks_a, b_tokens=toks_b,
                                 differing_terms=flagged))
    pairs.sort(key=lambda p: p.a)
    contradictions = find_contradictions(sa, sb, ta, tb)
    return pairs, contradictions


def frequent_terms(term_lists: list[list[str]]) -> set[str]:
    """Terms in more than a fifth of these sentences (too common to make two sentences about the same thing)."""
    from collections import Counter

    df = Counter(t for terms_ in term_lists for t in set(terms_))
    n = max(1, len(term_lists))
    return {t for t, c in df.items() if c / n > 0.2}


def find_contradictions(sa: list[Sentence], sb: list[Sentence], ta: list[list[str]], tb: list[list[str]],
                        fa: list[Features | None] | None = None, fb: list[Features | None] | None = None,
                        frequent: set[str] | None = None) -> list[Contradiction]:
    """At most a few possible contradictions per sentence: the candidates sharing the most terms.

    ``fa``/``fb`` (sentence features) and ``frequent`` may be given when they are already known.
    """
    from collections import Counter

    if fa is None:
        fa = [None if s.boilerplate else Features(s) for s in sa]
    if fb is None:
        fb = [None if s.boilerplate else Features(s) for s in sb]
    if frequent is None:
        frequent = frequent_terms(ta + tb)
    cands = []
    for i, x in enumerate(fa):
        if x is None or not (x.pct_units or x.actions):
            continue
        for j, y in enumerate(fb):
            if y is None:
                continue
            if (x.pct_units and y.pct_units) or any(x.actions[c] != y.actions[c] for c in x.actions.keys() & y.actions.keys()):
                reasons = contradiction_reasons(x, y, frequent)
                if reasons:
                    opposite = sum(x.actions[c] != y.actions[c] for c in x.actions.keys() & y.actions.keys())
                    cands.append((opposite, len(x.stems & y.stems), i, j, reasons))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_a: Counter[int] = Counter()
    used_b: Counter[int] = Counter()
    out = []
    for _, _, i, j, reasons in cands:
        if used_a[i] >= MAX_CONTRADICTIONS or used_b[j] >= MAX_CONTRADICTIONS:
            continue
        used_a[i] += 1
        used_b[j] += 1
        out.append(Contradiction(a=i, b=j, reasons=reasons))
    return sorted(out, key=lambda c: (c.a, c.b))


def build_rows(n_a: int, n_b: int, pairs: list[AlignedPair], contradictions: list[Contradiction],
               skip_a: frozenset[int] = frozenset(), skip_b: frozenset[int] = frozenset()) -> list[CompareRow]:
    """Rows for a two-column view in the first article's order, the second's unique sentences slotted
    after the row of their nearest preceding aligned sentence; ``skip_a``/``skip_b`` (boilerplate) get no row."""
    by_a = {p.a: k for k, p in enumerate(pairs)}
    flagged_a = {c.a for c in contradictions}
    flagged_b = {c.b for c in contradictions}
    rows: list[CompareRow] = []
    row_of_b: dict[int, int] = {}
    for i in range(n_a):
        if i in by_a:
            p = pairs[by_a[i]]
            row_of_b[p.b] = len(rows)
            rows.append(CompareRow(kind="pair", a=i, b=p.b, pair=by_a[i],
                                   contradiction=i in flagged_a or p.b in flagged_b))
        elif i not in skip_a:
            rows.append(CompareRow(kind="only_a", a=i, contradiction=i in flagged_a))
    aligned_b = {p.b for p in pairs}
    inserts: dict[int, list[int]] = {}
    anchor = -1
    for j in range(n_b):
        if j in aligned_b:
            anchor = row_of_b[j]
        elif j not in skip_b:
            inserts.setdefault(anchor, []).append(j)
    out: list[CompareRow] = [CompareRow(kind="only_b", b=j, contradiction=j in flagged_b) for j in inserts.get(-1, [])]
    for k, row in enumerate(rows):
        out.append(row)
        out.extend(CompareRow(kind="only_b", b=j, contradiction=j in flagged_b) for j in inserts.get(k, []))
    return out
