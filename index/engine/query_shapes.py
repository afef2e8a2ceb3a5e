"""The query shapes beyond words, phrases and prefixes, evaluated exactly for the fast evaluator.

Whoosh runs these through its collector, whose block-skipping drops real matches under ``NOT``
(``music NOT win`` lost its best hit and reported a wrong total as exact). Here every match is
found and scored as Whoosh's matchers score it:

- ``NOT x`` matches every live document without ``x`` and scores 1.0 (Whoosh's ``InverseMatcher``);
  inside an ``AND`` it removes ``x``'s documents and adds that 1.0, as Whoosh's intersection does.
- ``a ANDNOT b`` keeps ``a``'s documents without ``b``, with ``a``'s scores; ``a ANDMAYBE b`` adds
  ``b``'s score where both match.
- Ranges, dates and anything else Whoosh can match (:func:`whoosh_scores`) run Whoosh's own
  matcher over every segment without a collector, so every match is counted.
- A listing (filters only, such as ``speaker:blair``) takes the filter's documents from the fast
  evaluator and orders them newest first as Whoosh's sorting collector does (:func:`newest`),
  instead of Whoosh walking every document of the index through the filter.
- Fuzzy words and wildcards expand to indexed words (:mod:`.expansion`) scored as the sum of the
  words, like a prefix (Whoosh gives constant scores that depend on the segment layout).
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh import query as Q
from whoosh import sorting

from .postings import Unsupported

NOT_SCORE = 1.0
"""What a ``NOT`` clause adds to a document's score (Whoosh's ``InverseMatcher`` weight)."""


def live_docs(ev) -> "dict[int, float]":
    """Every live (not deleted) document of the searcher, with score 0.0."""
    out: dict[int, float] = {}
    for seg in ev.ctx.segments:
        n, offset, deleted = seg.reader.doc_count_all(), seg.offset, seg.deleted
        out.update(dict.fromkeys(range(offset, offset + n), 0.0))
        for d in deleted:
            out.pop(d + offset, None)
    return out


def doc_set(ev, q) -> "set[int] | dict[int, float]":
    """The documents matching ``q`` (the fast evaluator's, else Whoosh's matchers')."""
    try:
        return ev.scores(q)
    except Unsupported:
        return whoosh_scores(ev.searcher, q, scored=False)


def negation(ev, q) -> "dict[int, float]":
    """``NOT x`` alone: the live documents without ``x``, each scored :data:`NOT_SCORE`."""
    drop = doc_set(ev, q.query)
    return {d: NOT_SCORE for d in live_docs(ev) if d not in drop}


def and_with_nots(ev, q) -> "dict[int, float]":
    """An ``AND`` with ``NOT`` clauses: the other clauses' documents minus each negated query's, + 1.0 per NOT."""
    nots = [c for c in q.subqueries if type(c) is Q.Not]
    rest = [c for c in q.subqueries if type(c) is not Q.Not]
    if rest:
        out = ev._and([ev.scores(c) for c in rest])
    else:
        out = live_docs(ev)
    for c in nots:
        if not out:
            return out
        drop = doc_set(ev, c.query)
        out = {d: s + NOT_SCORE for d, s in out.items() if d not in drop}
    return _boosted(out, q.boost)


def and_not(ev, q) -> "dict[int, float]":
    """``a ANDNOT b``: ``a``'s documents and scores, without ``b``'s documents."""
    positive, negative = q.subqueries
    out = ev.scores(positive)
    if out:
        drop = doc_set(ev, negative)
        out = {d: s for d, s in out.items() if d not in drop}
    return _boosted(out, q.boost)


def and_maybe(ev, q) -> "dict[int, float]":
    """``a ANDMAYBE b``: ``a``'s documents, plus ``b``'s score where ``b`` matches too."""
    required, optional = q.subqueries
    out = ev.scores(required)
    if out:
        extra = ev.scores(optional)
        out = {d: s + extra[d] if d in extra else s for d, s in out.items()}
    return _boosted(out, q.boost)


def require(ev, q) -> "dict[int, float]":
    """``a REQUIRE b``: ``a``'s documents that ``b`` matches too, with ``a``'s scores (Whoosh's
    ``RequireMatcher``, which its limited collector cannot run: it stops on an assertion)."""
    required, needed = q.subqueries
    out = ev.scores(required)
    if out:
        keep = doc_set(ev, needed)
        out = {d: s for d, s in out.items() if d in keep}
    return _boosted(out, q.boost)


def _boosted(scores: "dict[int, float]", boost: float) -> "dict[int, float]":
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


def every(ev, q) -> "dict[int, float]":
    """``*`` / ``field:*`` (Whoosh's ``Every``): the live documents with anything indexed in the field (all of
    them without a field), each scored the query's boost, as Whoosh's ``ListMatcher`` does. Whoosh finds them
    by reading the postings of every word of the field (seconds on a few thousand articles); a scored field's
    stored length says the same at once. A field without lengths goes to Whoosh."""
    field = q.fieldname
    if field is None:
        return dict.fromkeys(live_docs(ev), q.boost)
    schema = ev.searcher.schema
    if field not in schema or not schema[field].scorable:
        return whoosh_scores(ev.searcher, q) if field in schema else {}
    out: dict[int, float] = {}
    for seg in ev.ctx.segments:
        reader, offset, deleted = seg.reader, seg.offset, seg.deleted
        length = reader.doc_field_length
        out.update((d + offset, q.boost) for d in range(reader.doc_count_all())
                   if d not in deleted and length(d, field, 0))  # (0 comes back as None)
    return out


def whoosh_scores(searcher, q, scored: bool = True) -> "dict[int, float]":
    """Every match of ``q`` with Whoosh's own score, segment by segment (no collector, no skipping)."""
    out: dict[int, float] = {}
    context = searcher.context() if scored else searcher.boolean_context()
    for sub, offset in searcher.leaf_searchers():
        m = q.matcher(sub, context)
        while m.is_active():  # (deleted documents are filtered out by Whoosh's own matchers)
            out[m.id() + offset] = m.score() if scored else 0.0
            m.next()
    return out


def newest(searcher, docs, limit: int, field: str = "sortdate") -> "list[tuple[int, float]]":
    """The first ``limit`` of ``docs`` (global numbers) by ``field``'s sort key, highest first, as
    (docnum, 0.0): the order of Whoosh's ``search(..., sortedby=field, reverse=True)`` (ties: the
    higher document number first), with the keys of the same categorizer."""
    cat = sorting.MultiFacet.from_sortedby(field).categorizer(searcher)
    if cat.needs_current:
        raise Unsupported(f"sorting by {field} needs a matcher")
    wanted = sorted(docs)
    keyed: list[tuple] = []
    for sub, offset in searcher.leaf_searchers():
        lo, hi = bisect_left(wanted, offset), bisect_left(wanted, offset + sub.reader().doc_count_all())
        if lo < hi:
            cat.set_searcher(sub, offset)
            key = cat.key_for
            keyed.extend((key(None, d - offset), d) for d in wanted[lo:hi])
    keyed.sort(reverse=True)
    return [(d, 0.0) for _, d in keyed[:limit]]
