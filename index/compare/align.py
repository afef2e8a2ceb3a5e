"""Align the sentences of two articles one-to-one (reordering allowed) and classify them."""

from __future__ import annotations

from collections import defaultdict

from ..models import AlignedPair, CompareRow, Contradiction, Sentence
from .contradictions import MAX_CONTRADICTIONS, Side, find_contradictions
from .diff import Features, word_diff
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
COMMON = 0.10
"""Terms in more than this share of the sentences find no candidates (they still count in the cosine)."""

__all__ = ["SIMILAR", "SHARED", "CANDIDATE", "SECOND", "SECOND_WEIGHT", "COMMON", "MAX_CONTRADICTIONS", "align",
           "candidate_scores", "first_pass", "second_pass", "frequent_terms", "score", "build_rows"]


def score(cos: float, jac: float) -> float:
    return 0.7 * cos + 0.3 * jac


def candidate_scores(infos: list[SentenceInfo], owner: list[int]) -> dict[tuple[int, int], float]:
    """``{(g, h): score}`` (``g < h``) for the sentence pairs of different articles (``owner``) that may make
    the same claim: a cosine of at least ``CANDIDATE``, a score of at least ``SECOND``, a claim word in
    common (:func:`.evidence.shares_claim_words`). Used by the comparison of two articles and the story
    of many, so both find the same pairs.

    Candidates share a term that is not common to the whole set (``COMMON``); their cosine (TF-IDF over
    these sentences) is then computed in full.
    """
    terms = [x.terms for x in infos]
    vecs = tfidf_vectors(terms)
    postings: dict[str, list[int]] = defaultdict(list)
    for g, v in enumerate(vecs):
        for t in v:
            postings[t].append(g)
    limit = max(12, COMMON * len(vecs))
    partial: dict[tuple[int, int], float] = defaultdict(float)
    for t, plist in postings.items():
        if len(plist) > limit:
            continue
        for x, g in enumerate(plist):
            wg = vecs[g][t]
            for h in plist[x + 1:]:
                if owner[g] != owner[h]:
                    partial[(g, h)] += wg * vecs[h][t]
    floor = 0.5 * CANDIDATE  # common terms weigh little: the rare ones decide
    out = {}
    for (g, h), part in partial.items():
        if part < floor:
            continue
        cos = cosine(vecs[g], vecs[h])
        if cos < CANDIDATE:
            continue
        sc = score(cos, overlap(terms[g], terms[h]))
        if sc >= SECOND and shares_claim_words(infos[g], infos[h]):
            out[(g, h)] = sc
    return out


def align(sa: list[Sentence], sb: list[Sentence], ids: tuple[str, str] = ("a", "b")
          ) -> tuple[list[AlignedPair], list[Contradiction]]:
    """One-to-one alignment: greedy by descending similarity over the pairs that share a claim word,
    then a second pass over the sentences left (mutual best matches, see :func:`second_pass`); word
    diffs and contradictions (:mod:`.contradictions`; ``ids``, the two articles' ids, order equal
    candidates as the story view does). Boilerplate sentences take no part."""
    ka = [s.index for s in sa if not s.boilerplate]
    kb = [s.index for s in sb if not s.boilerplate]
    ia = [None if s.boilerplate else sentence_info(s.text) for s in sa]
    ib = [None if s.boilerplate else sentence_info(s.text) for s in sb]
    infos = [ia[i] for i in ka] + [ib[j] for j in kb]
    flat = candidate_scores(infos, [0] * len(ka) + [1] * len(kb))  # type: ignore[arg-type]
    scored = {(ka[g], kb[h - len(ka)]): sc for (g, h), sc in flat.items()}
    matched = first_pass(scored)
    matched += second_pass(scored, {i for i, _ in matched}, {j for _, j in matched}, ia, ib)
    pairs: list[AlignedPair] = []
    for i, j in matched:
        toks_a, toks_b, flagged = word_diff(sa[i], sb[j])
        status = "shared" if overlap(ia[i].terms, ib[j].terms) >= SHARED else "similar"  # type: ignore[union-attr]
        pairs.append(AlignedPair(a=i, b=j, similarity=round(scored[(i, j)], 3), status=status, a_tokens=toks_a,
                                 b_tokens=toks_b, differing_terms=flagged))
    pairs.sort(key=lambda p: p.a)
    sides = [Side(ids[0], i, "A", sa[i], Features(sa[i])) for i in ka] \
        + [Side(ids[1], j, "B", sb[j], Features(sb[j])) for j in kb]
    pos_a, pos_b = {i: g for g, i in enumerate(ka)}, {j: len(ka) + h for h, j in enumerate(kb)}
    found = find_contradictions(sides, {(pos_a[p.a], pos_b[p.b]) for p in pairs},
                                frequent_terms([x.terms for x in infos]))  # type: ignore[union-attr]
    contradictions = [Contradiction(a=sides[g].index, b=sides[h].index, reasons=r) for g, h, r in found]
    return pairs, sorted(contradictions, key=lambda c: (c.a, c.b))


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
