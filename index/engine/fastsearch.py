"""Article queries evaluated straight from Whoosh's posting blocks.

Whoosh matches a query by walking a tree of Python matcher objects one document at a time (about
8 microseconds per matching document here, more with a title field and deletions), so a frequent
word at 10k articles costs 20 ms and a phrase 40-60 ms. The common query shapes (words, AND, OR,
phrases, prefixes, ``field:word``) are evaluated here instead: each term's posting list is read from
the segment's postings file in one piece and its blocks decoded whole (no matcher objects), scored
with the same BM25F formula and statistics as Whoosh, and combined as dictionaries. Words, AND and
OR give exactly Whoosh's scores; a phrase scores as the sum of its words. NOT, ANDNOT, ANDMAYBE, REQUIRE
and ranges/dates are exact too (:mod:`.query_shapes`: every match counted, Whoosh's scores). Where the
scores differ from Whoosh's, on purpose: a prefix, wildcard or fuzzy word scores as the sum of the
indexed words it expands to (:mod:`.expansion`; Whoosh gives constant scores that depend on the
segment layout), and a fuzzy word also matches the stems of the words one edit away. Any other
query raises :class:`Unsupported` and the caller lets Whoosh run it.

Posting blocks are read by :mod:`.postings`, values decoded only when needed: by a phrase (for the
blocks holding candidate documents) and by the snippets of the hits shown. An :class:`Evaluator`
keeps the blocks of the body words it read for that (:meth:`Evaluator.values`), so snippets do not
read the postings again. Per-searcher facts (segments, average field lengths) are kept on the
searcher itself, so they never outlive it (a refreshed searcher is a new object).
"""

from __future__ import annotations

import copy
import heapq
import pickle
from bisect import bisect_left
from itertools import accumulate
from math import log
from operator import itemgetter

from whoosh import query as Q
from whoosh import scoring
from whoosh.formats import Characters, Positions

from . import expansion, phrases, positions
from . import query_shapes as shapes
from .postings import Block, Segment, Unsupported, pieces_of, values_of
from .whoosh_patches import field_lengths

MAX_PREFIX_TERMS = 5000
"""A prefix expanding to more indexed words than this is left to Whoosh."""
SNIPPET_FIELD = "body"
"""The field whose posting values (character positions) an evaluator keeps for snippets."""

Scores = dict[int, float]

_SHAPES = {Q.Not: shapes.negation, Q.AndNot: shapes.and_not, Q.AndMaybe: shapes.and_maybe, Q.Require: shapes.require,
           Q.Every: shapes.every}
_WHOOSH_EXACT = (Q.DateRange, Q.NumericRange, Q.TermRange)


def _unboosted(q):
    """A copy of the range ``q`` with boost 1."""
    q = copy.copy(q)
    q.boost = 1.0
    return q


class _Context:
    """Per-searcher facts that do not change while the searcher is open (segments, field statistics)."""

    def __init__(self, searcher) -> None:
        self.segments = [Segment(s.reader(), offset) for s, offset in searcher.leaf_searchers()
                         if s.reader().doc_count_all()]
        self.doc_count_all = searcher.doc_count_all()
        self.avgfl: dict[str, float] = {}

    def avg_field_length(self, searcher, field: str) -> float:
        v = self.avgfl.get(field)
        if v is None:
            v = self.avgfl[field] = searcher.avg_field_length(field) or 1
        return v


def _context(searcher) -> _Context:
    """The searcher's :class:`_Context` (made once per searcher; a refreshed searcher is a new object)."""
    ctx = searcher.__dict__.get("_briefing_fast")
    if ctx is None:
        ctx = searcher.__dict__["_briefing_fast"] = _Context(searcher)
    return ctx


class Evaluator:
    """Scores of matching documents (global document numbers) for a parsed query."""

    def __init__(self, searcher) -> None:
        w = searcher.weighting
        if type(w) is not scoring.BM25F:
            raise Unsupported("not BM25F")
        self.searcher = searcher
        self.weighting = w
        self.ctx = _context(searcher)
        self._infos: dict[tuple[str, bytes], list] = {}
        self._read: dict[bytes, list[tuple[int, Block]]] = {}  # body word -> its (segment offset, block)s
        self._partial: dict[bytes, set[int]] = {}  # body word -> the documents its blocks in _read cover (a phrase's)
        self.body_words: dict[bytes, int] = {}
        """Body words the query looked up that exist in the index, with their document frequency."""
        self.matched: dict[int, Scores] = {}
        """The documents each part of the query (by ``id``) matched, words aside: which words a hit
        matched (:func:`.hit_words.hit_terms`) follows from them."""
        self.expanded: dict[int, list[bytes]] = {}
        """The indexed words each prefix, wildcard and fuzzy word of the query (by ``id``) expanded to."""

    # ------------------------------------------------------------------ queries
    def scores(self, q) -> Scores:
        t = type(q)
        if t is Q.Term:
            return self._term(q.fieldname, q.text, q.boost)
        out = self.matched[id(q)] = self._scores(q, t)
        return out

    def _scores(self, q, t) -> Scores:
        if t is Q.And:
            if any(type(c) is Q.Not for c in q.subqueries):
                return shapes.and_with_nots(self, q)
            return self._and([self.scores(c) for c in q.subqueries], q.boost)
        if t is Q.Or and not getattr(q, "scale", None) and not getattr(q, "minmatch", 0):
            return self._or([self.scores(c) for c in q.subqueries], q.boost)
        if t is Q.Phrase:
            return self._phrase(q)
        if t is Q.Prefix:
            return self._prefix(q)
        if t is type(Q.NullQuery) or q is Q.NullQuery:
            return {}
        if t in _SHAPES:
            return _SHAPES[t](self, q)
        if t is Q.FuzzyTerm or t is Q.Wildcard:
            return self._expanded(q)
        if t in _WHOOSH_EXACT:  # ranges, dates, every: Whoosh's matcher over every match
            if q.boost == 0:  # ^0: its documents, scoring 0 (Whoosh's preloaded OR of a small index drops them)
                return dict.fromkeys(shapes.whoosh_scores(self.searcher, _unboosted(q), scored=False), 0.0)
            return shapes.whoosh_scores(self.searcher, q)
        raise Unsupported(t.__name__)

    def _expanded(self, q) -> Scores:
        """A fuzzy word or wildcard: the sum of the scores of the indexed words it expands to."""
        field = q.fieldname
        if field not in self.searcher.schema:
            return {}
        try:
            if type(q) is Q.FuzzyTerm:
                words = expansion.fuzzy_words(self.searcher, field, q.text, q.maxdist, q.prefixlength)
            else:
                words = expansion.wildcard_words(self.searcher, field, q)
        except expansion.TooMany as exc:
            raise Unsupported(str(exc)) from None
        fobj = self.searcher.schema[field]
        self.expanded[id(q)] = [fobj.to_bytes(w) if isinstance(w, str) else w for w in words]
        return self._or([self._term(field, w) for w in words], q.boost)

    def _term_infos(self, field: str, btext: bytes) -> list:
        """The term's info in each segment (None where absent), looked up once per query."""
        key = (field, btext)
        infos = self._infos.get(key)
        if infos is None:
            infos = self._infos[key] = [seg.term_info(field, btext) for seg in self.ctx.segments]
        return infos

    def _term(self, field: str, text, boost: float = 1.0, blocks: "list | None" = None, infos=None) -> Scores:
        """BM25F scores of a word's documents; ``blocks`` (if given) receives its (segment offset, block)s."""
        schema = self.searcher.schema
        if field not in schema:
            return {}
        fobj = schema[field]
        try:
            btext = fobj.to_bytes(text) if isinstance(text, str) else text
        except ValueError:  # not a number on a numeric field (sortdate:"a b"): no match, as Whoosh's Term.matcher
            return {}
        if infos is None:
            infos = self._term_infos(field, btext)
        out: Scores = {}
        df = sum(ti._df for ti in infos if ti is not None)
        if not df:
            return out
        keep = field == SNIPPET_FIELD
        if keep:
            self.body_words[btext] = df
        kept = None
        if keep and (btext not in self._read or btext in self._partial):  # (a phrase read only some blocks)
            self._partial.pop(btext, None)
            kept = self._read[btext] = []
        scorable = fobj.scorable
        if scorable:
            k, c1, c2 = self._bm25(field, df)
        fmt = fobj.format
        for seg, ti in zip(self.ctx.segments, infos):
            if ti is None:
                continue
            offset, deleted = seg.offset, seg.deleted
            lengths = field_lengths(seg.reader, field) if scorable else None
            for blk in seg.blocks(ti, fmt, False):
                ids, ws = blk.ids, blk.weights
                if kept is not None:
                    kept.append((offset, blk))
                if blocks is not None:
                    blocks.append((offset, blk))
                if scorable:
                    if boost == 1.0:  # (1.0 * x == x: the same scores without the multiplication)
                        out.update({d + offset: k * w / (w + c1 + c2 * (lengths[d] or 1))
                                    for d, w in zip(ids, ws) if d not in deleted})
                    else:
                        out.update({d + offset: boost * (k * w / (w + c1 + c2 * (lengths[d] or 1)))
                                    for d, w in zip(ids, ws) if d not in deleted})
                else:
                    out.update({d + offset: boost * w for d, w in zip(ids, ws) if d not in deleted})
        return out

    def _bm25(self, field: str, df: int) -> "tuple[float, float, float]":
        """(k, c1, c2) of a word with ``df`` documents: its BM25F score for weight w and field length
        L is ``k * w / (w + c1 + c2 * L)``, Whoosh's formula and statistics."""
        idf = log(self.ctx.doc_count_all / (df + 1)) + 1  # Whoosh's WeightingModel.idf
        avgfl = self.ctx.avg_field_length(self.searcher, field)
        b = self.weighting._field_B.get(field, self.weighting.B)
        k1 = self.weighting.K1
        return idf * (k1 + 1), k1 * (1 - b), k1 * b / avgfl

    @staticmethod
    def _and(parts: list[Scores], boost: float = 1.0) -> Scores:
        if not parts or any(not p for p in parts):
            return {}
        parts = sorted(parts, key=len)
        first, rest = parts[0], parts[1:]
        out: Scores = {}
        if len(rest) == 1 and boost == 1.0:
            other = rest[0]
            for d, s in first.items():
                v = other.get(d)
                if v is not None:
                    out[d] = s + v
            return out
        for d, s in first.items():
            total = s
            for p in rest:
                v = p.get(d)
                if v is None:
                    break
                total += v
            else:
                out[d] = total * boost if boost != 1.0 else total
        return out

    @staticmethod
    def _or(parts: list[Scores], boost: float = 1.0) -> Scores:
        parts = [p for p in parts if p]
        if not parts:
            return {}
        parts.sort(key=len, reverse=True)
        out = dict(parts[0])
        get = out.get
        for p in parts[1:]:
            for d, s in p.items():
                out[d] = get(d, 0.0) + s
        if boost != 1.0:
            out = {d: s * boost for d, s in out.items()}
        return out

    def _phrase(self, q) -> Scores:
        """Documents with the words in order within ``slop`` positions; scored as the sum of the words."""
        field, words = q.fieldname, list(q.words)
        if not words:
            return {}
        if len(words) == 1:
            return self._term(field, words[0], q.boost)
        schema = self.searcher.schema
        if field not in schema or not schema[field].format.supports("positions"):
            raise Unsupported("phrase on a field without positions")
        got = phrases.candidates(self, field, words)
        if got is not None:
            docs, read, score = got.docs, got.read, got.scores  # (scored once the positions are checked)
        else:
            read = [[] for _ in words]
            each = [self._term(field, w, blocks=read[i]) for i, w in enumerate(words)]  # one pass per word
            both = self._and(each)
            docs = sorted(both)

            def score(found: "list[int]") -> Scores:
                return {d: both[d] for d in found}
        if not docs:
            return {}
        fmt = schema[field].format
        slop = max(1, q.slop)
        out: Scores = {}
        boost = q.boost
        lists = _decode_all(read, docs) if type(fmt) is Characters else None
        if lists is not None:  # every candidate's values loaded at once (one pickle.loads per word)
            if slop == 1 and len(lists) == 2:  # the common case: two words next to each other
                found = positions.adjacent(docs, *lists)
            elif slop == 1:
                found = [d for d, *each in zip(docs, *lists) if positions.consecutive(list(map(positions.deltas, each)))]
            else:
                at = [dict(zip(docs, map(positions.positions, ls))) for ls in lists]
                found = [d for d in docs if _in_order(d, at, slop)]
            return {d: s * boost for d, s in score(found).items()}
        candidates = score(docs)
        raw = [values_of(r, docs) for r in read]  # values decoded only for blocks holding candidates
        deltas = _position_deltas(fmt)
        if slop == 1 and deltas is not None:
            for d, s in candidates.items():
                if _consecutive([r[d] for r in raw], deltas):
                    out[d] = s * boost
            return out
        decode = _position_decoder(fmt)
        decoders = [_Decoded(r, decode) for r in raw]  # only the candidates' positions are decoded
        for d, s in candidates.items():
            if _in_order(d, decoders, slop):
                out[d] = s * boost
        return out

    def _prefix(self, q) -> Scores:
        field = q.fieldname
        schema = self.searcher.schema
        if field not in schema:
            return {}
        prefix = schema[field].to_bytes(q.text)
        found: dict[bytes, list] = {}
        nseg = len(self.ctx.segments)
        for i, seg in enumerate(self.ctx.segments):
            for btext, ti in seg.prefix_terms(field, prefix, MAX_PREFIX_TERMS):
                infos = found.get(btext)
                if infos is None:
                    if len(found) >= MAX_PREFIX_TERMS:
                        raise Unsupported("prefix expands to too many words")
                    infos = found[btext] = [None] * nseg
                infos[i] = ti
        parts = []
        self.expanded[id(q)] = sorted(found)
        for btext in sorted(found):  # Whoosh's expansion order: the sum is added up in the same order
            self._infos.setdefault((field, btext), found[btext])
            parts.append(self._term(field, btext, infos=found[btext]))
        return self._or(parts, q.boost)

    # ------------------------------------------------------------------ snippets
    def values(self, btext: bytes, docnums: "list[int]") -> "dict[int, bytes] | None":
        """Raw body posting values of a word this evaluator read, for some documents; None if not read."""
        kept = self._read.get(btext)
        if kept is None:
            return None
        cover = self._partial.get(btext)
        if cover is not None and not cover.issuperset(docnums):
            return None  # a phrase read this word's blocks for its own documents only
        out: dict[int, bytes] = {}
        kept = [(offset, blk) for offset, blk in kept if blk.ids]
        lasts = [offset + blk.ids[-1] for offset, blk in kept]  # (ascending: blocks in document order)
        for d in docnums:
            i = bisect_left(lasts, d)
            if i == len(lasts):
                continue
            offset, blk = kept[i]
            ids, local = blk.ids, d - offset
            if ids[0] <= local:
                k = bisect_left(ids, local)
                if ids[k] == local:
                    v = blk.value_at(k)  # (only this value decoded where the block's pickle allows)
                    if v is not None:
                        out[d] = v
        return out


def _decode_all(read: "list[list[tuple[int, Block]]]", docs: "list[int]") -> "list[list] | None":
    """Each word's decoded ``Characters`` values for ``docs`` (sorted, every one holding every word),
    one ``pickle.loads`` per word: from the texts split out of the blocks' pickles
    (:func:`.postings.pieces_of`), else from the raw values; None where they do not load that way."""
    lists = []
    for blocks in read:
        ls = positions.load_pieces(pieces_of(blocks, docs))
        if ls is None:
            raw = values_of(blocks, docs)
            if any(d not in raw for d in docs):
                return None
            ls = positions.load_many([raw[d] for d in docs])
            if ls is None:
                return None
        lists.append(ls)
    return lists


def _position_decoder(fmt):
    """A function from a raw posting value to its positions: Whoosh's, or a faster one for Characters."""
    if type(fmt) is not Characters:
        return fmt.decode_positions
    loads = pickle.loads

    def positions(v: bytes) -> list[int]:  # Characters.decode_positions, with the sum done in C
        return list(accumulate(code[0] for code in loads(v[4:] if v.endswith(b".") else v[4:] + b".")))

    return positions


def _position_deltas(fmt):
    """A function from a raw posting value to its position deltas, for Whoosh's Positions and Characters; else None."""
    loads = pickle.loads
    if type(fmt) is Characters:  # [(position delta, start delta, length), ...]
        return lambda v: map(_FIRST, loads(v[4:] if v.endswith(b".") else v[4:] + b"."))
    if type(fmt) is Positions:  # [position delta, ...]
        return lambda v: loads(v[4:] if v.endswith(b".") else v[4:] + b".")
    return None


_FIRST = itemgetter(0)


def _consecutive(values: "list[bytes]", deltas) -> bool:
    """True if the words of these posting values occur at consecutive positions (p, p+1, p+2...) somewhere."""
    return positions.consecutive([deltas(v) for v in values])


class _Decoded:
    """Positions of a word per document, decoded from the raw posting value on first use."""

    def __init__(self, raw: dict, decode) -> None:
        self.raw, self.decode = raw, decode

    def get(self, doc: int):
        v = self.raw.get(doc)
        return None if v is None else self.decode(v)


def _in_order(doc: int, positions: "list[_Decoded]", slop: int) -> bool:
    """True if some occurrence of the first word is followed by the others, each within ``slop``."""
    first = positions[0].get(doc)
    if not first:
        return False
    sets = []
    for p in positions[1:]:
        ps = p.get(doc)
        if not ps:
            return False
        sets.append(ps if slop > 1 else set(ps))
    for start in first:
        at, ok = start, True
        for ps in sets:
            if slop == 1:
                if at + 1 not in ps:
                    ok = False
                    break
                at += 1
            else:
                nxt = [x for x in ps if at < x <= at + slop]
                if not nxt:
                    ok = False
                    break
                at = min(nxt)
        if ok:
            return True
    return False


def top(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (docnum, score), highest score first, lower docnum first on ties."""
    if limit <= 0:
        return []
    if len(scores) > limit:
        cut = heapq.nlargest(limit, scores.values())[-1]  # the limit-th best score: only those at or above it
        items = [(d, s) for d, s in scores.items() if s >= cut]
    else:
        items = list(scores.items())
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items[:limit]


def evaluate(searcher, q) -> Scores:
    """Scores of the documents matching ``q`` (raises :class:`Unsupported` for other shapes)."""
    return Evaluator(searcher).scores(q)
