"""Align the sentences of two articles one-to-one (reordering allowed) and classify them."""

from __future__ import annotations

from ..models import AlignedPair, CompareRow, Contradiction, Sentence
from .diff import Features, contradiction_reasons, word_diff
from .evidence import SentenceInfo, sentence_info, shared_weight, shares_claim_words
from .similarity import cosine, overlap, tfidf_vectors

SIMILAR = 0.30
"""Combined score above which two sentences make the same claim."""
SHARED = 0.75
"""Term overlap above which two aligned sentences say it in nearly the same words."""
CANDIDATE = 0.12
"""Cosine below which a pair is not scored at all (cheap filter)."""
SECOND = 0.20
"""Score from which two sentences left over by the first pass align, if each is the other's best match…"""
SECOND_WEIGHT = 7.5
"""…and the non-name words they share weigh this much (summed idf: two or three uncommon words)."""
MAX_CONTRADICTIONS = 3
"""A sentence is flagged against at most this many sentences of the other article (the strongest)."""


def score(cos: float, jac: float) -> float:
    return 0.7 * cos + 0.3 * jac


def align(sa: list[Sentence], sb: list[Sentence]) -> tuple[list[AlignedPair], list[Contradiction]]:
    """One-to-one alignment: greedy by descending similarity over the pairs that share a claim word,
    then a second pass over the sentences left (mutual best matches, see :func:`second_pass`); word
    diffs and contradictions."""
    ia = [None if s.boilerplate else sentence_info(s.text) for s in sa]
    ib = [None if s.boilerplate else sentence_info(s.text) for s in sb]
    ta, tb = [x.terms if x else [] for x in ia], [x.terms if x else [] for x in ib]
    vecs = tfidf_vectors(ta + tb)
    va, vb = vecs[: len(sa)], vecs[len(sa):]
    scored: dict[tuple[int, int], float] = {}
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
            if sc >= SECOND and shares_claim_words(ia[i], ib[j]):  # type: ignore[arg-type]
                scored[(i, j)] = sc
    matched = first_pass(scored)
    matched += second_pass(scored, {i for i, _ in matched}, {j for _, j in matched}, ia, ib)
    pairs: list[AlignedPair] = []
    for i, j in matched:
        toks_a, toks_b, flagged = word_diff(sa[i], sb[j])
        status = "shared" if overlap(ta[i], tb[j]) >= SHARED else "similar"
        pairs.append(AlignedPair(a=i, b=j, similarity=round(scored[(i, j)], 3), status=status, a_tokens=toks_a,
                                 b_tokens=toks_b, differing_terms=flagged))
    pairs.sort(key=lambda p: p.a)
    contradictions = find_contradictions(sa, sb, ta, tb)
    return pairs, contradictions


def first_pass(scored: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs of at least ``SIMILAR``, the most similar first, each sentence used once."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for (i, j), sc in sorted(scored.items(), key=lambda t: (-t[1], t[0])):
        if sc < SIMILAR:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j))
    return out


def second_pass(scored: dict[tuple[int, int], float], used_a: set[int], used_b: set[int],
                ia: list[SentenceInfo | None], ib: list[SentenceInfo | None]) -> list[tuple[int, int]]:
    """Among the sentences the first pass left (not in ``used_a``/``used_b``), the pairs of at least ``SECOND`` where each is the
    other's best match and the non-name words they share weigh ``SECOND_WEIGHT`` (idf over both
    articles' sentences): a rewording that keeps the claim's uncommon words."""
    from collections import Counter

    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), sc in scored.items():
        if i in used_a or j in used_b:
            continue
        if (sc, -j) > best_a.get(i, (-1.0, 0)):
            best_a[i] = (sc, -j)
        if (sc, -i) > best_b.get(j, (-1.0, 0)):
            best_b[j] = (sc, -i)
    mutual = [(i, -nj) for i, (_, nj) in best_a.items() if -best_b[-nj][1] == i]
    if not mutual:
        return []
    infos = [x for x in ia + ib if x is not None]
    df = Counter(t for x in infos for t in set(x.terms))
    return [(i, j) for i, j in mutual if shared_weight(ia[i], ib[j], df, len(infos)) >= SECOND_WEIGHT]  # type: ignore[arg-type]


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
