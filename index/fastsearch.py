"""Article queries evaluated straight from Whoosh's posting blocks.

Whoosh matches a query by walking a tree of Python matcher objects one document at a time (about
8 microseconds per matching document here, more with a title field and deletions), so a frequent
word at 10k articles costs 20 ms and a phrase 40-60 ms. The common query shapes (words, AND, OR,
phrases, prefixes, ``field:word``) are evaluated here instead: each posting list is read a block
at a time (ids and weights decoded by Whoosh's own block reader), scored with the same BM25F
formula and statistics as Whoosh, and combined as dictionaries. Words, AND and OR give exactly
Whoosh's scores; a phrase scores as the sum of its words; a prefix as the sum of the words it
expands to. Any other query (NOT, fuzzy, ranges, dates...) raises :class:`Unsupported` and the
caller lets Whoosh run it.
"""

from __future__ import annotations

import heapq
from typing import Iterator

from whoosh import query as Q
from whoosh import scoring
from whoosh.codec.whoosh3 import W3LeafMatcher

from .whoosh_patches import field_lengths

MAX_PREFIX_TERMS = 5000
"""A prefix expanding to more indexed words than this is left to Whoosh."""


class Unsupported(Exception):
    """The query has a shape this evaluator does not handle."""


Scores = dict[int, float]


def _leaf(m):
    """The on-disk matcher under Whoosh's wrappers (a deletion filter), or None."""
    while not isinstance(m, W3LeafMatcher) and hasattr(m, "child"):
        m = m.child
    return m if isinstance(m, W3LeafMatcher) else None


def _blocks(reader, field: str, text, values: bool = False) -> Iterator[tuple]:
    """(ids, weights, values or None) of each posting block of a term in one segment."""
    try:
        m = reader.postings(field, text)
    except Exception:  # TermNotFound
        return
    leaf = _leaf(m)
    if leaf is None:  # few postings, stored inline: the plain matcher interface
        ids, ws, vs = [], [], []
        while m.is_active():
            ids.append(m.id())
            ws.append(m.weight())
            if values:
                vs.append(m.value())
            m.next()
        yield ids, ws, (vs if values else None)
        return
    while True:
        leaf._read_ids()
        leaf._read_weights()
        if values:
            leaf._read_values()
        yield leaf._ids, leaf._weights, (leaf._values if values else None)
        if leaf._lastblock:
            return
        leaf._next_block()


def values_for(searcher, field: str, btext: bytes, docnums: "set[int]") -> dict[int, bytes]:
    """Raw posting values of a word for a few documents (global numbers), reading only their blocks."""
    out: dict[int, bytes] = {}
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        wanted = sorted(d - offset for d in docnums if offset <= d < offset + reader.doc_count_all())
        if not wanted:
            continue
        try:
            m = reader.postings(field, btext)
        except Exception:
            continue
        leaf = _leaf(m)
        if leaf is None:
            while m.is_active():
                if m.id() in wanted:
                    out[m.id() + offset] = m.value()
                m.next()
            continue
        i = 0
        while i < len(wanted):
            if leaf._maxid >= wanted[i]:  # this block may hold wanted documents: decode it
                leaf._read_ids()
                leaf._read_values()
                ids = leaf._ids
                at = {d: k for k, d in enumerate(ids)}
                while i < len(wanted) and wanted[i] <= leaf._maxid:
                    k = at.get(wanted[i])
                    if k is not None:
                        out[wanted[i] + offset] = leaf._values[k]
                    i += 1
            if leaf._lastblock or i >= len(wanted):
                break
            leaf._next_block()
    return out


class Evaluator:
    """Scores of matching documents (global document numbers) for a parsed query."""

    def __init__(self, searcher) -> None:
        w = searcher.weighting
        if type(w) is not scoring.BM25F:
            raise Unsupported("not BM25F")
        self.searcher = searcher
        self.weighting = w
        self.leaves = [(s.reader(), offset) for s, offset in searcher.leaf_searchers()]

    # ------------------------------------------------------------------ queries
    def scores(self, q) -> Scores:
        t = type(q)
        if t is Q.Term:
            return self._term(q.fieldname, q.text, q.boost)
        if t is Q.And:
            return self._and([self.scores(c) for c in q.subqueries], q.boost)
        if t is Q.Or and not getattr(q, "scale", None) and not getattr(q, "minmatch", 0):
            return self._or([self.scores(c) for c in q.subqueries], q.boost)
        if t is Q.Phrase:
            return self._phrase(q)
        if t is Q.Prefix:
            return self._prefix(q)
        if t is type(Q.NullQuery) or q is Q.NullQuery:
            return {}
        raise Unsupported(t.__name__)

    def _term(self, field: str, text, boost: float = 1.0, values: "dict | None" = None) -> Scores:
        """BM25F scores of a word's documents; ``values`` (if given) receives each document's raw posting value."""
        schema = self.searcher.schema
        if field not in schema:
            return {}
        btext = schema[field].to_bytes(text) if isinstance(text, str) else text
        out: Scores = {}
        if not self.searcher.doc_frequency(field, btext):
            return out
        top = self.searcher
        scorable = schema[field].scorable
        if scorable:
            idf = top.idf(field, btext)
            avgfl = top.avg_field_length(field) or 1
            b = self.weighting._field_B.get(field, self.weighting.B)
            k1 = self.weighting.K1
            c1, c2, k = k1 * (1 - b), k1 * b / avgfl, idf * (k1 + 1)
        for reader, offset in self.leaves:
            deleted = reader.deleted_docs_set if reader.has_deletions() else ()
            lengths = field_lengths(reader, field) if scorable else None
            for ids, ws, vs in _blocks(reader, field, btext, values=values is not None):
                if vs is not None:
                    for d, v in zip(ids, vs):
                        values[d + offset] = v
                if scorable:
                    for d, w in zip(ids, ws):
                        if d not in deleted:
                            out[d + offset] = boost * (k * w / (w + c1 + c2 * (lengths[d] or 1)))
                else:
                    for d, w in zip(ids, ws):
                        if d not in deleted:
                            out[d + offset] = boost * w
        return out

    @staticmethod
    def _and(parts: list[Scores], boost: float = 1.0) -> Scores:
        if not parts or any(not p for p in parts):
            return {}
        parts = sorted(parts, key=len)
        first, rest = parts[0], parts[1:]
        out: Scores = {}
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
        for p in parts[1:]:
            for d, s in p.items():
                out[d] = out.get(d, 0.0) + s
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
        raw: list[dict] = [{} for _ in words]
        each = [self._term(field, w, values=raw[i]) for i, w in enumerate(words)]  # one pass per word
        candidates = self._and(each)
        if not candidates:
            return {}
        decode = _position_decoder(schema[field].format)
        positions = [_Decoded(r, decode) for r in raw]  # only the candidates' positions are decoded
        slop = max(1, q.slop)
        out: Scores = {}
        for d, s in candidates.items():
            if _in_order(d, positions, slop):
                out[d] = s * q.boost
        return out

    def _prefix(self, q) -> Scores:
        field = q.fieldname
        reader = self.searcher.reader()
        if field not in self.searcher.schema:
            return {}
        terms = []
        for t in reader.expand_prefix(field, q.text):
            terms.append(t)
            if len(terms) > MAX_PREFIX_TERMS:
                raise Unsupported("prefix expands to too many words")
        return self._or([self._term(field, t) for t in terms], q.boost)


def _position_decoder(fmt):
    """A function from a raw posting value to its positions: Whoosh's, or a faster one for Characters."""
    from itertools import accumulate
    from pickle import loads

    from whoosh.formats import Characters

    if type(fmt) is not Characters:
        return fmt.decode_positions

    def positions(v: bytes) -> list[int]:  # Characters.decode_positions, with the sum done in C
        return list(accumulate(code[0] for code in loads(v[4:] if v.endswith(b".") else v[4:] + b".")))

    return positions


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
    return heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))


def evaluate(searcher, q) -> Scores:
    """Scores of the documents matching ``q`` (raises :class:`Unsupported` for other shapes)."""
    return Evaluator(searcher).scores(q)
