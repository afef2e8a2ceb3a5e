"""Which words of a query each hit matched, and where they are in its body (for snippets).

The search itself runs without ``terms=True`` (which makes Whoosh examine every matching document
instead of skipping to the top hits). For the few hits shown, the query's body words are looked up
(:func:`ev_body_terms`: those the fast evaluator read; :func:`body_terms` after a Whoosh search),
kept per hit as Whoosh's ``hit.matched_terms()`` keeps them (:func:`hit_terms`: none of a ``NOT``,
of an ``OR`` the branches that match the hit) and their character positions read from the postings
(:func:`char_positions`, ``chars=True`` on the body field), so no body is re-analysed (except for a
word range, :func:`range_positions`). A phrase's words are highlighted only where the phrase is
(:func:`phrase_positions`): ``"gordon brown"`` marks no lone ``Brown``.
"""

from __future__ import annotations

from whoosh import query as Q

MAX_EXPANSIONS = 24
"""A query Whoosh runs (not the fast evaluator) whose wildcards expand to more indexed words
highlights only the most frequent of them."""


def body_terms(q, reader) -> list[bytes]:
    """The indexed body words a query looks for (wildcards expanded, most frequent first)."""
    if q is None:
        return []
    try:
        terms = q.existing_terms(reader, phrases=True, expand=True, fieldname="body")
    except Exception:
        return []
    words = sorted({t for f, t in terms if f == "body"}, key=lambda t: -reader.doc_frequency("body", t))
    return words[:MAX_EXPANSIONS]


def ev_body_terms(ev) -> list[bytes]:
    """:func:`body_terms` from what a fast evaluator looked up (no second prefix expansion), every one
    of them: their posting blocks are in memory (:meth:`~.fastsearch.Evaluator.values`), so each hit
    highlights every word it matched, as Whoosh's highlighter does (``pos*``: ``position`` too)."""
    return sorted(ev.body_words, key=lambda t: (-ev.body_words[t], t))


_LEAVES = (Q.Term, Q.Prefix, Q.Wildcard, Q.FuzzyTerm, Q.TermRange, Q.DateRange, Q.NumericRange, Q.Every)
"""Parts whose words are each in a hit or not: a word's positions in the hit are its match."""


def hit_terms(ev, q, docnums: "list[int]") -> "dict[int, set]":
    """The body words of ``q`` each hit (all matching ``q``) matched, as Whoosh's ``hit.matched_terms()``
    has them: none of a ``NOT``, and of an ``OR`` (or the optional side of ``ANDMAYBE``) only the words
    of the branches that match the hit (``"a b" OR c`` does not highlight ``a`` where ``c`` matched alone).
    ``ev`` is the fast evaluator that ran ``q`` (its :attr:`~.fastsearch.Evaluator.matched` documents).
    A word range on the body (``body:[a TO c]``) is in the set itself: :func:`range_positions` finds its
    words; so is a phrase of two or more words: :func:`phrase_positions` finds where it is."""
    out: dict[int, set[bytes]] = {d: set() for d in docnums}
    _collect(ev, q, set(docnums), out)
    return out


def _collect(ev, q, docs: "set[int]", out: "dict[int, set[bytes]]") -> None:
    t = type(q)
    if not docs or t is Q.Not:
        return
    if t is Q.And or t is Q.Require:  # (REQUIRE: both sides match every hit)
        for c in q.subqueries:
            _collect(ev, c, docs, out)
    elif t is Q.AndNot:
        _collect(ev, q.subqueries[0], docs, out)
    elif t is Q.AndMaybe:
        _collect(ev, q.subqueries[0], docs, out)
        _collect(ev, q.subqueries[1], _where(ev, q.subqueries[1], docs), out)
    elif t is Q.Or:
        for c in q.subqueries:
            _collect(ev, c, _where(ev, c, docs), out)
    elif (t is Q.TermRange or (t is Q.Phrase and len(q.words) > 1)) and q.fieldname == "body":
        for d in docs:  # a range's words are read from the hit's text, a phrase's from its positions
            out[d].add(q)
    else:
        words = _words(ev, q)
        if words:
            for d in docs:
                out[d].update(words)


def _where(ev, q, docs: "set[int]") -> "set[int]":
    """The documents of ``docs`` that ``q`` matches (a word's own positions say it for a leaf)."""
    if type(q) in _LEAVES:
        return docs
    matched = ev.matched.get(id(q))
    return docs if matched is None else {d for d in docs if d in matched}


def _words(ev, q) -> "list[bytes]":
    """The body words a leaf (or phrase) of the query looks for."""
    if getattr(q, "fieldname", None) != "body":
        return []
    t = type(q)
    to_bytes = ev.searcher.schema["body"].to_bytes
    if t is Q.Term:
        return [to_bytes(q.text)]
    if t is Q.Phrase:  # (one word: a plain word)
        return [to_bytes(w) for w in q.words]
    return ev.expanded.get(id(q), [])


def range_positions(body: str, ranges: list) -> "list[tuple[int, int, bytes]]":
    """``(startchar, endchar, word)`` of the body's words inside any of these ``TermRange`` queries
    (the body analyzed again, as it was indexed: a range can span thousands of indexed words)."""
    from .analysis import body_analyzer

    def inside(w: str, r) -> bool:
        if r.start is not None and (w < r.start or (r.startexcl and w == r.start)):
            return False
        return r.end is None or not (w > r.end or (r.endexcl and w == r.end))

    return [(t.startchar, t.endchar, t.text.encode("utf-8")) for t in body_analyzer()(body, chars=True)
            if any(inside(t.text, r) for r in ranges)]


def char_positions(searcher, docnums: list[int], terms: list[bytes], ev=None) -> "dict[int, list[tuple[int, int, bytes, int]]]":
    """``{docnum: [(startchar, endchar, term, position), ...]}`` of the terms in each document, from the postings.

    The posting values come from the evaluator ``ev`` that ran the query where it read the word,
    otherwise only the posting blocks that hold these documents are decoded (``postings.values_for``).
    """
    from .postings import values_for

    wanted = sorted(set(docnums))
    out: dict[int, list[tuple[int, int]]] = {d: [] for d in wanted}
    if not wanted:
        return out
    decode = _char_decoder(searcher.schema["body"].format)
    for term in terms:
        found = ev.values(term, wanted) if ev is not None else None
        if found is None:
            try:
                found = values_for(searcher, "body", term, set(wanted))
            except Exception:
                continue
        for d, v in found.items():
            out[d].extend((s, e, term, p) for p, s, e in decode(v))
    return out


def phrase_spans(at: "dict", words: list, slop: int) -> "list[tuple[int, int]]":
    """The ``(first, last)`` word positions of each stretch where ``words`` are in order, each next one
    at most ``slop`` positions after the last (Whoosh's ``SpanNear2(ordered=True, mindist=1)``);
    ``at`` maps a word to its positions in the text."""
    spans = {(p, p) for p in at.get(words[0], ())}
    for w in words[1:]:
        if not spans:
            break
        nxt = sorted(at.get(w, ()))
        spans = {(a, b) for a, e in spans for b in nxt if 1 <= b - e <= slop}
    return sorted(spans)


def phrase_positions(positions: list, phrase, to_bytes) -> list:
    """The ``positions`` (``(startchar, endchar, word, position)``) of ``phrase``'s words that lie
    inside a stretch where the phrase is (:func:`phrase_spans`)."""
    words = [to_bytes(w) for w in phrase.words]
    wanted = set(words)
    at: dict[bytes, list[int]] = {}
    for p in positions:
        if p[2] in wanted:
            at.setdefault(p[2], []).append(p[3])
    spans = phrase_spans(at, words, max(1, phrase.slop))
    if not spans:
        return []
    return [p for p in positions if p[2] in wanted and any(a <= p[3] <= b for a, b in spans)]


def query_phrases(q, reader) -> "tuple[list, set]":
    """``(the body phrases of two or more words, the body words of every other part)`` of ``q``, none
    under a ``NOT`` (for a query Whoosh ran: :func:`hit_terms` needs the fast evaluator)."""
    phrases: list = []
    free: set[bytes] = set()

    def walk(node) -> None:
        t = type(node)
        if t is Q.Not:
            return
        if t is Q.AndNot:
            walk(node.subqueries[0])
        elif t is Q.Phrase and len(node.words) > 1:
            if node.fieldname == "body":
                phrases.append(node)
        elif node.is_leaf():
            try:
                free.update(w for f, w in node.existing_terms(reader, expand=True) if f == "body")
            except Exception:
                pass
        else:
            for c in node.children():
                walk(c)

    walk(q)
    return phrases, free


def _char_decoder(fmt):
    """A function from a raw posting value to its ``(pos, startchar, endchar)`` list (Whoosh's, faster for Characters)."""
    from pickle import loads

    from whoosh.formats import Characters

    if type(fmt) is not Characters:
        return fmt.decode_characters

    def decode(v: bytes) -> list[tuple[int, int, int]]:  # Characters.decode_characters
        out, pos, end = [], 0, 0
        for dp, ds, dl in loads(v[4:] if v.endswith(b".") else v[4:] + b"."):
            pos += dp
            start = ds + end
            end = dl + start
            out.append((pos, start, end))
        return out

    return decode
