"""The documents holding every word of a phrase, read from the rarest word up.

Scoring each word's documents and intersecting them (``Evaluator._term`` + ``Evaluator._and``)
reads and scores every posting of a frequent word (``world`` in ``"world cup"``: 2,943 documents for
291 candidates at 10k articles) and decodes the posting blocks twice: the ids and weights, then, for
the position check, the whole block again. Here the words are read rarest first: the rarest word's
blocks give the candidates, each next word decodes only the blocks whose range of document numbers
holds a candidate, with their values at once (the positions of those documents are checked next).
Only the documents holding every word are scored, with the same BM25F formula, and the words'
scores are added in the order ``Evaluator._and`` adds them (by number of documents, then word
order), so the scores are the same to the last bit.
"""

from __future__ import annotations

from .whoosh_patches import field_lengths

SNIPPET_FIELD = "body"


def candidates(ev, field: str, words: list) -> "tuple[dict[int, float], list[list]] | None":
    """(scores of the documents holding every word, summed as ``Evaluator._and`` does, in document
    order; each word's (segment offset, block)s that hold them), or None where the caller reads the words
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
    if not all(dfs):
        return {}, [[] for _ in words]
    order = sorted(range(len(words)), key=dfs.__getitem__)  # as _and sorts its parts (stable)
    fmt = fobj.format
    read: list[list] = [[] for _ in words]  # per word: (segment offset, block)s decoded
    consts = [ev._bm25(field, df) for df in dfs]
    out: dict[int, float] = {}
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
            _score(out, want, seg, field, order, weights, consts)
    _keep_for_snippets(ev, field, btexts, order, read, out)
    return out, read


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


def _keep_for_snippets(ev, field: str, btexts: list, order: "list[int]", read: list, found: dict) -> None:
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
