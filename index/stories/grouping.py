"""Group articles that report the same event into stories.

Two articles are linked when their key-term vectors (TF-IDF over the corpus) are similar, their
publication dates are close and, as extra evidence, they quote the same named people. Linked
articles are merged by average linkage (a story joins another only if their articles are similar on
average), so one shared theme does not chain a season of coverage into one story.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict

from .features import ArticleFeatures
from .models import Story, StoryArticle

WINDOW_DAYS = 3
"""Articles further apart than this many days are never linked."""
LINK = 0.10
"""Average similarity at or above which two groups are one story."""
KEY_TERMS = 150
"""Terms kept per article vector."""
CANDIDATE_TERMS = 40
"""An article's strongest terms, through which candidates are found."""
MAX_DF = 0.10
"""Terms in more than this share of the articles never make candidates (they still count in the score)."""
SPEAKER_BONUS = 0.04
"""Added per shared named speaker (at most two)."""
DAY_PENALTY = 0.01
"""Subtracted per day between the two articles."""
PARTIAL_FLOOR = 0.01
"""Candidates whose dot product over their strong rare terms is below this are not scored."""


def document_frequencies(feats: list[ArticleFeatures]) -> tuple[Counter[str], int]:
    """How many articles hold each key term, and the number of articles."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.counts.keys())
    return df, len(feats)


def _vectors(feats: list[ArticleFeatures], dfn: tuple[Counter[str], int] | None = None
             ) -> tuple[list[dict[str, float]], Counter[str]]:
    """Unit TF-IDF vectors of the articles' strongest ``KEY_TERMS`` terms (idf over ``dfn``, default these)."""
    df, n = dfn or document_frequencies(feats)
    n = max(1, n)
    idf = {t: math.log((n + 1) / d) for t, d in df.items() if d > 1}
    logtf = [0.0] + [1 + math.log(c) for c in range(1, 64)]
    vecs = []
    for f in feats:
        v = [(logtf[c if c < 64 else 63] * w, t) for t, c in f.counts.items() if (w := idf.get(t))]
        top = heapq.nlargest(KEY_TERMS, v)
        norm = math.sqrt(sum(x * x for x, _ in top)) or 1.0
        vecs.append({t: x / norm for x, t in top})
    return vecs, df


def _days(a: dt.date | None, b: dt.date | None) -> int:
    return abs((a - b).days) if a and b else 0


def pair_scores(feats: list[ArticleFeatures], dfn: tuple[Counter[str], int] | None = None
                ) -> tuple[dict[tuple[int, int], float], list[dict[str, float]]]:
    """Scores of the linked pairs ``(i, j)``, ``i < j``, and the article vectors.

    Candidates are the pairs within ``WINDOW_DAYS`` that share one of their ``CANDIDATE_TERMS`` strongest
    terms that are not too common; their dot product over those terms picks the pairs whose full cosine is
    computed.
    """
    vecs, df = _vectors(feats, dfn)
    n = max(1, dfn[1] if dfn else len(feats))
    limit = MAX_DF * n if n >= 40 else n
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vecs):
        for t in heapq.nlargest(CANDIDATE_TERMS, v, key=v.__getitem__):
            if df[t] <= limit:
                postings[t].append(i)
    far = 10 ** 9
    ordinal = [f.date.toordinal() if f.date else None for f in feats]
    partial: dict[tuple[int, int], float] = defaultdict(float)
    for t, ids in postings.items():
        if len(ids) < 2:
            continue
        ids.sort(key=lambda i: ordinal[i] if ordinal[i] is not None else -far)
        for k, i in enumerate(ids):
            oi, wi = ordinal[i], vecs[i][t]
            for j in ids[k + 1:]:
                if oi is not None and ordinal[j] - oi > WINDOW_DAYS:
                    break
                partial[(i, j) if i < j else (j, i)] += wi * vecs[j][t]
    scores: dict[tuple[int, int], float] = {}
    for (i, j), part in partial.items():
        if part < PARTIAL_FLOOR:
            continue
        a, b = vecs[i], vecs[j]
        if len(a) > len(b):
            a, b = b, a
        cos = sum(x * b.get(t, 0.0) for t, x in a.items())
        shared = len(feats[i].speakers & feats[j].speakers)
        sc = cos + SPEAKER_BONUS * min(2, shared) - DAY_PENALTY * _days(feats[i].date, feats[j].date)
        if sc >= LINK * 0.5:
            scores[(i, j)] = sc
    return scores, vecs


def cluster(n: int, scores: dict[tuple[int, int], float], link: float | None = None) -> list[list[int]]:
    """Average-linkage groups: merge the best pair of groups while their mean pair score >= ``link``.

    A pair without a score counts as 0, so a group only joins another that most of its articles match.
    Sparse: a heap of group pairs with a score, stale entries skipped when their mean has changed.
    """
    link = LINK if link is None else link
    nbr: dict[int, dict[int, float]] = defaultdict(dict)  # group -> {neighbour group: summed scores}
    for (i, j), sc in scores.items():
        nbr[i][j] = sc
        nbr[j][i] = sc
    size = [1] * n
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    heap = [(-sc, i, j) for (i, j), sc in scores.items() if sc >= link]
    heapq.heapify(heap)
    while heap:
        neg, g, h = heapq.heappop(heap)
        if g not in members or h not in members or h not in nbr[g]:
            continue
        if nbr[g][h] / (size[g] * size[h]) != -neg:
            continue  # stale: one of the groups has grown since
        if len(nbr[g]) < len(nbr[h]):
            g, h = h, g  # fold the group with fewer neighbours into the other
        members[g].extend(members.pop(h))
        size[g] += size[h]
        del nbr[g][h]
        for x, total in nbr.pop(h).items():
            if x == g:
                continue
            del nbr[x][h]
            nbr[g][x] = nbr[g].get(x, 0.0) + total
            nbr[x][g] = nbr[g][x]
        for x, total in nbr[g].items():
            avg = total / (size[g] * size[x])
            if avg >= link:
                heapq.heappush(heap, (-avg, min(g, x), max(g, x)))
    return [sorted(m) for m in members.values()]


def story_id(first_article_id: str) -> str:
    """A story's stable id: it keeps it as later articles join."""
    return "st-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:10]


def make_story(feats: list[ArticleFeatures], idx: list[int], scores: dict[tuple[int, int], float]) -> Story:
    """A :class:`Story` of these articles: centrality, the central headline, outlets and dates."""
    cent = {}
    for i in idx:
        others = [scores.get((min(i, j), max(i, j)), 0.0) for j in idx if j != i]
        cent[i] = sum(others) / len(others) if others else 0.0
    order = sorted(idx, key=lambda i: (feats[i].date or dt.date.max, feats[i].id))
    central = max(idx, key=lambda i: (cent[i], -order.index(i)))
    dates = [feats[i].date for i in idx if feats[i].date]
    arts = [StoryArticle(id=feats[i].id, title=feats[i].title, source=feats[i].source or None, date=feats[i].date,
                         centrality=round(cent[i], 3)) for i in order]
    return Story(id=story_id(feats[order[0]].id), title=feats[central].title or feats[central].id,
                 outlets=sorted({feats[i].source for i in idx if feats[i].source}),
                 first=min(dates) if dates else None, last=max(dates) if dates else None, articles=arts)


def group_stories(feats: list[ArticleFeatures], *, since: dt.date | None = None, until: dt.date | None = None,
                  min_articles: int = 2, keep_undated: bool = False) -> list[Story]:
    """Stories of at least ``min_articles`` articles, the most recent first.

    ``since``/``until`` keep the articles published in that range (articles without a date are kept
    when no range is given, or with ``keep_undated``).
    """
    dfn = document_frequencies(feats)  # term weights from the whole corpus, whatever the date range
    if since or until:
        feats = [f for f in feats if (f.date is None and keep_undated)
                 or (f.date and (not since or f.date >= since) and (not until or f.date <= until))]
    scores, _ = pair_scores(feats, dfn)
    groups = cluster(len(feats), scores)
    stories = [make_story(feats, g, scores) for g in groups if len(g) >= min_articles]
    stories.sort(key=lambda s: (s.last or dt.date.min, len(s.articles), s.id), reverse=True)
    return stories


def assignments(feats: list[ArticleFeatures]) -> dict[str, int]:
    """``{article id: group number}`` for every article (singletons included), for evaluation."""
    scores, _ = pair_scores(feats)
    out = {}
    for k, g in enumerate(cluster(len(feats), scores)):
        for i in g:
            out[feats[i].id] = k
    return out
