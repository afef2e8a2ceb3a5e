"""A story claim by claim: the sentences of N articles aligned into claims, with the pairwise
comparison's machinery (the same candidate pairs and scores, word diffs, and contradictions).

A claim holds at most one sentence per article. Sentence pairs of two articles are joined from the
most similar down, and two claims merge only if no article would then hold two of their sentences.
"""

from __future__ import annotations

import time
from collections import defaultdict

from ..compare.align import SIMILAR, candidate_scores, frequent_terms, second_pass
from ..compare.contradictions import Side, find_contradictions
from ..compare.diff import Features, as_tokens, diff_ops
from ..compare.evidence import sentence_info
from ..compare.sentences import split_sentences
from ..models import Article, Quote
from .models import Claim, ClaimSentence, Story, StoryClaims, StoryContradiction
from .speakers import outlet_speakers, story_quotes


class _Doc:
    __slots__ = ("article", "outlet", "sentences", "infos", "terms")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.outlet = article.source or article.id
        self.sentences = [s for s in split_sentences(article.body) if not s.boilerplate]
        self.infos = [sentence_info(s.text) for s in self.sentences]
        self.terms = [x.terms for x in self.infos]


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


def _cluster(docs: list[_Doc], owner: list[int], scored: dict[tuple[int, int], float]) -> list[list[int]]:
    """Claims: the pairs of at least ``SIMILAR`` joined from the most similar down, then, for each two
    articles, the comparison's second pass over the sentences not yet in a claim with the other."""
    cands = sorted(((sc, g, h) for (g, h), sc in scored.items()), key=lambda t: (-t[0], t[1], t[2]))
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
    infos = [x for d in docs for x in d.infos]
    groups = _cluster(docs, owner, candidate_scores(infos, owner))
    claims: list[Claim] = []
    keyed = []
    for g in groups:
        members = sorted(where[x] for x in g)  # the most central article's sentence first
        pos = sum(j / max(1, len(docs[k].sentences)) for k, j in members) / len(members)
        keyed.append((pos, members))
    keyed.sort(key=lambda t: (t[0], t[1]))
    claim_of: dict[tuple[int, int], int] = {}
    for n, (_, members) in enumerate(keyed):
        (k0, j0), rest = members[0], members[1:]
        ref = docs[k0].sentences[j0]
        sents = [_claim_sentence(docs[k0], j0)]
        flagged: list[str] = []
        for k, j in rest:
            _, ops_b, diff = diff_ops(ref, docs[k].sentences[j])
            sents.append(_claim_sentence(docs[k], j, as_tokens(ops_b, changed_only=True)))
            flagged.extend(diff)
        for k, j in members:
            claim_of[(k, j)] = n
        claims.append(Claim(id=n, sentences=sents, outlets=sorted({docs[k].outlet for k, _ in members}),
                            differing_terms=list(dict.fromkeys(flagged))))
    shared = [c for c in claims if len(c.outlets) > 1]
    only = [c for c in claims if len(c.outlets) == 1]
    return StoryClaims(story=story, claims=shared, only=only, contradictions=_contradictions(docs, where, claim_of),
                       speakers=outlet_speakers(articles, quotes or []), quotes=story_quotes(articles, quotes or []),
                       seconds=round(time.perf_counter() - t0, 4))


def _contradictions(docs: list[_Doc], where: list[tuple[int, int]], claim_of: dict[tuple[int, int], int]
                    ) -> list[StoryContradiction]:
    """Possible contradictions between outlets (:mod:`..compare.contradictions`, as the comparison finds them)."""
    sides = [Side(docs[k].article.id, docs[k].sentences[j].index, docs[k].outlet, docs[k].sentences[j],
                  Features(docs[k].sentences[j])) for k, j in where]
    by_claim: dict[int, list[int]] = defaultdict(list)
    for g, kj in enumerate(where):
        by_claim[claim_of[kj]].append(g)
    same = {(gs[0], h) for gs in by_claim.values() for h in gs[1:]}  # each against the claim's first sentence
    found = find_contradictions(sides, same, frequent_terms([t for d in docs for t in d.terms]))
    return [StoryContradiction(a=_claim_sentence(docs[where[g][0]], where[g][1]),
                               b=_claim_sentence(docs[where[h][0]], where[h][1]), reasons=reasons,
                               claim_a=claim_of[where[g]], claim_b=claim_of[where[h]]) for g, h, reasons in found]


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
