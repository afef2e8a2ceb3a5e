"""A story claim by claim: the sentences of N articles aligned into claims, with the pairwise
comparison's machinery (index terms, TF-IDF cosine plus term overlap, word diffs, contradiction signs).

A claim holds at most one sentence per article. Sentence pairs of two articles are joined from the
most similar down, and two claims merge only if no article would then hold two of their sentences.
"""

from __future__ import annotations

import time
from collections import defaultdict

from ..compare.align import CANDIDATE, MAX_CONTRADICTIONS, SECOND, SIMILAR, frequent_terms, score, second_pass
from ..compare.diff import Features, as_tokens, contradiction_reasons, diff_ops, numbers, tokens
from ..compare.evidence import shares_claim_words, sentence_info
from ..compare.sentences import split_sentences
from ..compare.similarity import cosine, overlap, tfidf_vectors
from ..models import Article, Quote, Sentence
from .models import Claim, ClaimSentence, Story, StoryClaims, StoryContradiction
from .speakers import outlet_speakers, story_quotes


RELATED = 0.25
"""Term overlap above which two sentences of different claims are checked for a contradiction."""


class _Doc:
    __slots__ = ("article", "outlet", "sentences", "infos", "terms", "features")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.outlet = article.source or article.id
        self.sentences = [s for s in split_sentences(article.body) if not s.boilerplate]
        self.infos = [sentence_info(s.text) for s in self.sentences]
        self.terms = [x.terms for x in self.infos]
        self.features: list[Features | None] = [None] * len(self.sentences)

    def feature(self, k: int) -> Features:
        if self.features[k] is None:
            self.features[k] = Features(self.sentences[k])
        return self.features[k]  # type: ignore[return-value]


COMMON = 0.10
"""Terms in more than this share of a story's sentences find no candidates (they still count in the cosine)."""
RELATED_COS = 0.15
"""Cosine from which two sentences of different articles are compared at all."""


def _related_pairs(docs: list[_Doc]) -> dict[tuple[int, int], tuple[float, float]]:
    """``{(global sentence a, global sentence b): (cosine, score)}`` for cross-article pairs with a cosine
    of at least ``RELATED_COS``. Candidates share a term that is not common to the whole story; their
    cosine is then computed in full."""
    flat_terms = [t for d in docs for t in d.terms]
    vecs = tfidf_vectors(flat_terms)
    owner = [k for k, d in enumerate(docs) for _ in d.sentences]
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
    floor = 0.5 * min(RELATED_COS, CANDIDATE)  # common terms weigh little: the rare ones decide
    out = {}
    for (g, h), part in partial.items():
        if part < floor:
            continue
        cos = cosine(vecs[g], vecs[h])
        if cos >= min(RELATED_COS, CANDIDATE):
            out[(g, h)] = (cos, score(cos, overlap(flat_terms[g], flat_terms[h])))
    return out


def _candidate_pairs(related: dict[tuple[int, int], tuple[float, float]], infos: list
                     ) -> list[tuple[float, int, int]]:
    """(score, a, b) of the pairs that may make the same claim (``SECOND`` and up, sharing a claim word,
    as in ``compare``), the most similar first."""
    out = [(sc, g, h) for (g, h), (cos, sc) in related.items()
           if cos >= CANDIDATE and sc >= SECOND and shares_claim_words(infos[g], infos[h])]
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


class _Claims:
    """Claims as groups of global sentence numbers, at most one sentence per article in a group."""

    def __init__(self, owner: list[int]) -> None:
        self.owner = owner
        self.group = list(range(len(owner)))
        self.members = {g: [g] for g in range(len(owner))}
        self.articles = {g: {owner[g]} for g in range(len(owner))}

    def join(self, g: int, h: int) -> None:
        """Put ``g`` and ``h`` in one claim unless an article would then have two sentences in it."""
        a, b = self.group[g], self.group[h]
        if a == b or self.articles[a] & self.articles[b]:
            return
        for x in self.members[b]:
            self.group[x] = a
        self.members[a].extend(self.members.pop(b))
        self.articles[a] |= self.articles.pop(b)

    def has(self, g: int, article: int) -> bool:
        """True if ``g``'s claim already holds a sentence of ``article``."""
        return article in self.articles[self.group[g]]


def _cluster(docs: list[_Doc], owner: list[int], cands: list[tuple[float, int, int]]) -> list[list[int]]:
    """Claims: the pairs of at least ``SIMILAR`` joined from the most similar down, then, for each two
    articles, the comparison's second pass over the sentences not yet in a claim with the other."""
    claims = _Claims(owner)
    for sc, g, h in cands:
        if sc >= SIMILAR:
            claims.join(g, h)
    base = [0]
    for d in docs:
        base.append(base[-1] + len(d.sentences))
    by_articles: dict[tuple[int, int], dict[tuple[int, int], float]] = defaultdict(dict)
    for sc, g, h in cands:
        if sc < SIMILAR:
            x, y = owner[g], owner[h]
            by_articles[(x, y)][(g - base[x], h - base[y])] = sc
    for (x, y), scored in sorted(by_articles.items()):
        used_a = {i for i in range(len(docs[x].sentences)) if claims.has(base[x] + i, y)}
        used_b = {j for j in range(len(docs[y].sentences)) if claims.has(base[y] + j, x)}
        for i, j in second_pass(scored, used_a, used_b, docs[x].infos, docs[y].infos):
            claims.join(base[x] + i, base[y] + j)
    return list(claims.members.values())



def _claim_sentence(d: _Doc, k: int, toks=None) -> ClaimSentence:
    s = d.sentences[k]
    return ClaimSentence(article_id=d.article.id, source=d.article.source, index=s.index, start=s.start, end=s.end,
                         text=s.text, tokens=toks or [])


def _figures(a: Sentence, b: Sentence) -> str | None:
    """'different figures: X vs Y' when two sentences of one claim give different numbers."""
    na, nb = numbers([w for w, _, _ in tokens(a)]), numbers([w for w, _, _ in tokens(b)])
    only_a, only_b = sorted(na - nb), sorted(nb - na)
    if only_a and only_b:
        return f"different figures: {', '.join(only_a)} vs {', '.join(only_b)}"
    return None


def align_story(story: Story, articles: list[Article], quotes: list[Quote] | None = None) -> StoryClaims:
    """The story's articles aligned into claims, contradictions between outlets, and who each outlet quotes.

    ``quotes`` carry their canonical speakers, as :meth:`Library.quotes` (and :func:`find_story`) give
    them; quotes extracted outside a library get theirs from :func:`.speakers.canonical_quotes`.
    """
    t0 = time.perf_counter()
    rank = {a.id: k for k, a in enumerate(sorted(story.articles, key=lambda a: -a.centrality))}
    docs = [_Doc(a) for a in sorted(articles, key=lambda a: (rank.get(a.id, len(rank)), a.id))]
    where = [(k, j) for k, d in enumerate(docs) for j in range(len(d.sentences))]
    owner = [k for k, _ in where]
    related = _related_pairs(docs)
    infos = [x for d in docs for x in d.infos]
    groups = _cluster(docs, owner, _candidate_pairs(related, infos))
    claims: list[Claim] = []
    claim_of: dict[tuple[int, int], int] = {}
    keyed = []
    for g in groups:
        members = sorted(where[x] for x in g)  # the most central article's sentence first
        pos = sum(j / max(1, len(docs[k].sentences)) for k, j in members) / len(members)
        keyed.append((pos, members))
    keyed.sort(key=lambda t: (t[0], t[1]))
    contradictions: list[StoryContradiction] = []
    for n, (_, members) in enumerate(keyed):
        (k0, j0), rest = members[0], members[1:]
        ref = docs[k0].sentences[j0]
        sents = [_claim_sentence(docs[k0], j0)]
        flagged: list[str] = []
        for k, j in rest:
            _, ops_b, diff = diff_ops(ref, docs[k].sentences[j])
            sents.append(_claim_sentence(docs[k], j, as_tokens(ops_b, changed_only=True)))
            flagged.extend(diff)
            reason = _figures(ref, docs[k].sentences[j]) if docs[k].outlet != docs[k0].outlet else None
            if reason:
                contradictions.append(StoryContradiction(a=sents[0], b=sents[-1], reasons=[reason], claim_a=n,
                                                         claim_b=n))
        for k, j in members:
            claim_of[(k, j)] = n
        claims.append(Claim(id=n, sentences=sents, outlets=sorted({docs[k].outlet for k, _ in members}),
                            differing_terms=list(dict.fromkeys(flagged))))
    contradictions.extend(_negations(docs, where, related, claim_of))
    shared = [c for c in claims if len(c.outlets) > 1]
    only = [c for c in claims if len(c.outlets) == 1]
    return StoryClaims(story=story, claims=shared, only=only, contradictions=contradictions,
                       speakers=outlet_speakers(articles, quotes or []), quotes=story_quotes(articles, quotes or []),
                       seconds=round(time.perf_counter() - t0, 4))


def _negations(docs: list[_Doc], where: list[tuple[int, int]], related: dict[tuple[int, int], tuple[float, float]],
               claim_of: dict[tuple[int, int], int]) -> list[StoryContradiction]:
    """Signs of contradiction (a denied action, different percentages) between related sentences of two
    outlets: the same claim, or sharing enough terms. The comparison's tests, on the story's pairs."""
    from collections import Counter

    frequent = frequent_terms([t for d in docs for t in d.terms])
    cands = []
    for (g, h) in related:
        (x, i), (y, j) = where[g], where[h]
        da, db = docs[x], docs[y]
        if da.outlet == db.outlet:
            continue
        ca, cb = claim_of.get((x, i)), claim_of.get((y, j))
        if ca != cb and overlap(da.terms[i], db.terms[j]) < RELATED:
            continue
        fa, fb = da.feature(i), db.feature(j)
        opposite = sum(fa.actions[c] != fb.actions[c] for c in fa.actions.keys() & fb.actions.keys())
        if not ((fa.pct_units and fb.pct_units) or opposite):
            continue
        reasons = contradiction_reasons(fa, fb, frequent)
        if reasons:
            cands.append((-opposite, -len(fa.stems & fb.stems), g, h, reasons, ca, cb))
    cands.sort(key=lambda c: c[:4])
    used: Counter[int] = Counter()
    out = []
    for _, _, g, h, reasons, ca, cb in cands:
        if used[g] >= MAX_CONTRADICTIONS or used[h] >= MAX_CONTRADICTIONS:
            continue
        used[g] += 1
        used[h] += 1
        (x, i), (y, j) = where[g], where[h]
        out.append(StoryContradiction(a=_claim_sentence(docs[x], i), b=_claim_sentence(docs[y], j), reasons=reasons,
                                      claim_a=ca, claim_b=cb))
    return out


def find_story(lib, ref: str) -> tuple[Story, list[Article], list[Quote]]:
    """The story with id ``ref`` or holding the article ``ref``, its articles and their quotes (with the
    corpus's canonical speakers).

    An article that no other article reports on is a story of one article. Raises ``NotFoundError``.
    """
    from ..errors import NotFoundError
    from .grouping import make_story, pair_scores, story_id
    from .incremental import library_grouping

    g, _ = library_grouping(lib)
    # a story id is its first article's: an article id, or the story id of one of its articles
    aid = ref if ref in g.feats else next((i for i in g.feats if story_id(i) == ref), None)
    if aid is None:
        raise NotFoundError(f"no story or article with id {ref!r} (see 'briefing stories')")
    sub = [g.feats[i] for i in g.members[g.group_of[aid]]]
    scores, _ = pair_scores(sub, (g.df, max(1, g.n)))
    story = make_story(sub, list(range(len(sub))), scores)
    articles = [lib.article(a.id) for a in story.articles]
    quotes = lib.quotes(article_ids=[a.id for a in articles])
    return story, articles, quotes
