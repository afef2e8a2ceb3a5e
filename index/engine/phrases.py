"""The documents holding every word of a phrase, read from the rarest word up.

Scoring each word's documents and intersecting them (``Evaluator._term`` + ``Evaluator._and``)
reads and scores every posting of a frequent word (``world`` in ``"world cup"``: 2,943 documents for
291 candidates at 10k articles) and decodes the posting blocks twice: the ids and weights, then, for
the position check, the whole block again. Here the words are read rarest first: the rarest word's
blocks give the candidates, each next word decodes only the blocks whose range of document numbers
holds a candidate, with their values at once (the positions of those documents are checked next).
Only the documents holding the phrase are scored (:meth:`Candidates.scores`, once the positions
are checked), with the same BM25F formula, and the words' scores are added in the order
``Evaluator._and`` adds them (by number of documents, then word order), so the scores are the same
to the last bit.
"""

from __future__ import annotations

from bisect import bisect_left

from .whoosh_patches import field_lengths

SNIPPET_FIELD = "body"


class Candidates:
    """The documents holding every word of a phrase (sorted global numbers), each word's (segment
    offset, block)s that hold them, and their scores on demand (:meth:`scores`)."""

    __slots__ = ("docs", "read", "_parts", "_field", "_order", "_consts")

    def __init__(self, read: list, field: str, order: "list[int]", consts: list) -> None:
        self.docs: list[int] = []
        self.read = read
        self._parts: list[tuple] = []  # (segment, its weights per word) of the segments with candidates
        self._field, self._order, self._consts = field, order, consts

    def scores(self, docs: "list[int]") -> "dict[int, float]":
        """The scores of some of the candidates (sorted global numbers), summed as ``Evaluator._and`` does."""
        out: dict[int, float] = {}
        i = 0
        for seg, weights in self._parts:
            j = bisect_left(docs, seg.offset + seg.reader.doc_count_all(), i)
            if j > i:
                offset = seg.offset
                _score(out, [d - offset for d in docs[i:j]], seg, self._field, self._order, weights, self._consts)
            i = j
        return out


def candidates(ev, field: str, words: list) -> "Candidates | None":
    """The documents holding every word (:class:`Candidates`), or None where the caller reads the words
    whole: a field without scores, or 3+ words on segments with deletions (``_and`` orders the sum
    by counts of live documents, which the skipped blocks would have to be read to know)."""
    fobj = ev.searcher.schema[field]
    segments = ev.ctx.segments
    if not fobj.scorable or (len(words) > 2 and any(seg.deleted for seg in segments)):
        return None
    btexts = [fobj.to_bytes(w) if isinstance(w, str) else w for w in words]
    infos = [ev._term_infos(field, b) for b in btexts]
    dfs = [sum(ti._df for ti in inf if ti is not None) for inf in infos]
    if field == SNIPPET_FIELD:
        ev.body_words.update((b, df) for b, df in zip(btexts, dfs) if df)
    order = sorted(range(len(words)), key=dfs.__getitem__)  # as _and sorts its parts (stable)
    read: list[list] = [[] for _ in words]  # per word: (segment offset, block)s decoded
    out = Candidates(read, field, order, [ev._bm25(field, df) for df in dfs] if all(dfs) else [])
    if not all(dfs):
        return out
    fmt = fobj.format
    for si, seg in enumerate(segments):
        want: "list[int] | None" = None  # sorted local candidates (None: every document of the rarest word)
        weights: list[dict] = [{} for _ in words]
        for j in order:
            ti = infos[j][si]
            if ti is None:
                want = []
                break
            blocks = seg.blocks(ti, fmt, True, want)
            found = weights[j]
            for blk in blocks:
                found.update(zip(blk.ids, blk.weights))
            read[j].extend((seg.offset, blk) for blk in blocks)
            if want is None:
                deleted = seg.deleted
                want = [d for d in found if d not in deleted] if deleted else list(found)  # ids ascend
            else:
                want = [d for d in want if d in found]
            if not want:
                break
        if want:
            out._parts.append((seg, weights))
            out.docs.extend(want if not seg.offset else map(seg.offset.__add__, want))
    _keep_for_snippets(ev, field, btexts, order, read, out.docs)
    return out


def _score(out: dict, docs: "list[int]", seg, field: str, order: "list[int]", weights: "list[dict]",
           consts: list) -> None:
    """Each document's words scored as ``Evaluator._term`` scores them, added in ``order``."""
    lengths = field_lengths(seg.reader, field)
    offset = seg.offset
    first, rest = order[0], order[1:]
    if len(rest) == 1:  # two words: the same sums, in one comprehension
        (k, c1, c2), (k2, d1, d2) = consts[first], consts[rest[0]]
        ws = map(weights[first].__getitem__, docs)
        ws2 = map(weights[rest[0]].__getitem__, docs)
        ls = [lengths[d] or 1 for d in docs]
        out.update({d + offset: k * w / (w + c1 + c2 * length) + k2 * w2 / (w2 + d1 + d2 * length)
                    for d, w, w2, length in zip(docs, ws, ws2, ls)})
        return
    for d in docs:
        length = lengths[d] or 1
        k, c1, c2 = consts[first]
        w = weights[first][d]
        total = k * w / (w + c1 + c2 * length)
        for j in rest:
            k, c1, c2 = consts[j]
            w = weights[j][d]
            total += k * w / (w + c1 + c2 * length)
        out[d + offset] = total


def _keep_for_snippets(ev, field: str, btexts: list, order: "list[int]", read: list, found: "list[int]") -> None:
    """Hand the body blocks read to the evaluator for the snippets: the rarest word's whole, the
    others' as covering only the phrase's documents (``Evaluator.values`` reads the rest anew)."""
    if field != SNIPPET_FIELD:
        return
    for j in order:
        btext = btexts[j]
        if btext in ev._read:
            continue
        ev._read[btext] = read[j]
        if j != order[0]:
            ev._partial[btext] = set(found)
