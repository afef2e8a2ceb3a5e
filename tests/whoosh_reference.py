"""Briefing's article search against plain Whoosh on the same index and query string.

The reference parses the query with Briefing's parser setup (:func:`~briefing.index.search.make_parser`:
``title`` and ``body``, AND by default, ``title`` boosted 2, fuzzy, ``>``/``<`` and English dates,
field aliases) through Whoosh's own ``QueryParser.parse`` (not Briefing's fast parser), searches with
``limit=None, terms=True`` and highlights each hit with Whoosh's ``Highlighter`` (Briefing's
fragmenter settings) from the terms Whoosh says matched in that hit. The differences README.md
documents are written into the reference, each by name (see ``tests/test_differential.py``):

- dates to the day (``date:2016-10``, ``date:>2016-10-15``): :func:`~briefing.index.query_dates.normalize_dates`
  runs first, as README's date row says;
- ``word~N`` allows at most 2 edits (README: "``~2`` for two, the most allowed");
- a prefix, wildcard or fuzzy word scores as the sum of the words it expands to, and a fuzzy word
  also matches the stems of the words one edit away (README, "Scores are Whoosh's BM25F, except");
- ``a ANDNOT b`` never keeps a match of ``b`` (Whoosh's matcher can keep its first one);
- ``NOT b`` never returns a deleted document (Whoosh's can return the one after ``b``'s last match);
- a query with no letter or digit finds nothing and says why (README: "finds nothing and says why");
- a hit with no match in the body shows the opening of its body (Whoosh's highlighter gives nothing).

:func:`compare` reports every other difference: totals, the ids of the first page and of every hit
in order, scores, the snippets of every hit and their highlights, and later pages.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
import re
from dataclasses import dataclass, field

from whoosh import highlight
from whoosh import query as Q

from briefing.index.engine import snippets as sn
from briefing.index.errors import QueryError
from briefing.index.query_dates import normalize_dates
from briefing.index.search import MAX_FUZZY_EDITS, NOTHING_TO_SEARCH, _HAS_WORD

from test_differential import _reference

TOL = 1e-6
WHOOSH_HIGHLIGHTS_UNMATCHED_BRANCH_WORDS = "Whoosh highlights the words of any matcher that stopped on the hit"
"""Whoosh's ``hit.matched_terms()`` are the words whose leaf matchers sit on the hit when it is
collected: in ``"o'neil 東京" OR state-of-the-art`` the phrase's matcher can rest on a hit holding
both words (not as the phrase) and ``東京`` is highlighted there, or not, as its matchers moved.
Briefing highlights the words of the parts of the query that match the hit; the reference drops
the words of the branches that do not (:func:`_branch_parts`), found by Whoosh's own search."""


WHOOSH_SPLIT_UNION_DROPS_ZERO_SCORES = "Whoosh's split OR matcher drops the documents only a ^0 word finds"
"""Whoosh matches an ``OR`` of three or more clauses with its ``ArrayUnionMatcher`` (in an index of at
most 5,000 documents, searched without ``terms=True``), which leaves out a document whose score is 0:
``musicians OR music^0`` loses the articles only ``music`` finds; its ``UnionMatcher`` (more
documents, two clauses, or ``terms=True``) keeps them. Briefing keeps them (README: "``^0`` keeps the
word's articles but ranks by the others"); the reference asks for Whoosh's ``UnionMatcher``. A date or
word range boosted ``^0`` (``date:2025-06^0``) is such an ``OR`` of its own, made at search time, which
drops every article (and keeps them all on the negated side of ``NOT``, matched without scores): the
reference gives its articles, each scoring 0."""


WHOOSH_LONG_OR_HAS_NO_MATCHED_WORDS = "Whoosh's highlighter finds no words in an OR of 1,024 words or more"
"""Whoosh matches an ``OR`` of ``Or.TOO_MANY_CLAUSES`` (1,024) clauses or more, and a word range or
prefix expanding to that many words, with its ``ArrayUnionMatcher``, which reports no matched words:
``[a TO m]`` highlights nothing in a large index (every one of its words in a small one). Briefing
highlights a hit's words of the range whatever their number; the reference searches for the matched
words with Whoosh's ``UnionMatcher`` (the range as the ``OR`` of its words), as a smaller index does."""


WHOOSH_HIGHLIGHTS_PHRASE_WORDS_ANYWHERE = "Whoosh highlights a phrase's words wherever they are in the hit"
"""Whoosh's highlighter marks every ``Brown`` of a hit for ``"gordon brown"``; Briefing marks a
phrase's words only inside the stretches where the phrase is (README: "a phrase's words only where
the phrase is"). The reference keeps, of a word that only a phrase looks for, the positions inside
the spans Whoosh's own phrase matcher (``SpanNear2``) reports for the hit."""


WHOOSH_NOT_KEEPS_A_DELETED_DOCUMENT = "Whoosh's NOT returns the deleted document right after its last negated match"
"""Whoosh's ``InverseMatcher`` skips deleted documents, except one: when its child's last match is
document N and N + 1 was deleted (an article changed or removed since the segment was written), the
child runs out as the matcher steps to N + 1 and it stops there without checking: ``NOT madblackthot``
on PolNeAR after an update lists 815 articles, one of them a deleted copy of a changed one. Briefing
never returns a deleted document; the reference drops them from Whoosh's hits."""


def _highlight_query(searcher, q):
    """``q`` with every ``OR`` matched by Whoosh's ``UnionMatcher`` and word ranges as the ``OR`` of their words."""
    if isinstance(q, Q.TermRange):
        fobj = searcher.schema[q.fieldname]
        words = sorted({fobj.from_bytes(b) for sub, _ in searcher.leaf_searchers() for b in q._btexts(sub.reader())})
        q = Q.Or([Q.Term(q.fieldname, w) for w in words], boost=q.boost) if words else Q.NullQuery
    elif isinstance(q, Q.BinaryQuery):  # (ANDNOT, ANDMAYBE, REQUIRE)
        q = q.__class__(*(_highlight_query(searcher, c) for c in q.subqueries))
    elif isinstance(q, Q.CompoundQuery):
        q = q.__class__([_highlight_query(searcher, c) for c in q.subqueries], boost=q.boost)
    elif isinstance(q, Q.Not):
        q = Q.Not(_highlight_query(searcher, q.query))
    return _union_matchers(q)


def _long_or(q) -> bool:
    return (isinstance(q, Q.Or) and len(q.subqueries) >= Q.Or.TOO_MANY_CLAUSES) or any(_long_or(c) for c in q.children())


def _zero_boost(q) -> bool:
    return getattr(q, "boost", 1.0) == 0 or any(_zero_boost(c) for c in q.children())


def _union_matchers(q):
    """``q`` with every ``OR`` matched by Whoosh's ``UnionMatcher`` and a range or date boosted ``^0``
    as its documents scoring 0 (its own ``OR``, made at search time, is Whoosh's preloaded one in an
    index of at most 5,000 documents, which drops them all in a scored search)."""
    if isinstance(q, (Q.TermRange, Q.NumericRange)) and q.boost == 0:
        from test_differential import _ZeroScore

        q = copy.copy(q)
        q.boost = 1.0
        return _ZeroScore(q)
    if isinstance(q, Q.Or) and q is not Q.NullQuery:
        q.matcher_type = Q.Or.DEFAULT_MATCHER
    if isinstance(q, Q.CompoundQuery):
        q.subqueries = [_union_matchers(c) for c in q.subqueries]
    elif isinstance(q, Q.BinaryQuery):
        q.a, q.b = _union_matchers(q.a), _union_matchers(q.b)
        q.subqueries = (q.a, q.b)
    elif isinstance(q, Q.Not):
        q.query = _union_matchers(q.query)
    elif isinstance(q, Q.WrappingQuery):
        q.child = _union_matchers(q.child)
    return q


def reference_query(parser, text: str):
    """The query plain Whoosh runs for ``text`` (None: nothing to search; QueryError: cannot be read)."""
    try:
        q = parser.parse(normalize_dates(text))
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(str(exc)) from None
    if q is None or q is Q.NullQuery or isinstance(q, type(Q.NullQuery)):
        return None
    return _clamp(q)


def _clamp(q):
    if isinstance(q, Q.FuzzyTerm) and q.maxdist > MAX_FUZZY_EDITS:
        q.maxdist = MAX_FUZZY_EDITS
    for c in q.children():
        _clamp(c)
    return q


def _whoosh_snippets(hit, body: str, title: str) -> list[dict]:
    """Whoosh's fragments of one hit (its matched body terms, pinpointed from the index's characters)."""
    hl = highlight.Highlighter(fragmenter=sn._FRAGMENTER, scorer=sn._SCORER, formatter=sn._FORMATTER,
                               order=highlight.SCORE)
    snips = hl.highlight_hit(hit, "body", text=body, top=sn.TOP, minscore=1)
    if not snips:
        return [sn.fallback_snippet(body, title=title).model_dump()]
    return [s.model_dump() for s in sorted(snips, key=lambda s: s.start)]


@dataclass
class Reference:
    """Plain Whoosh's answer: every hit in order, with scores, and each hit's snippets on demand."""

    hits: list = field(default_factory=list)  # (id, score)
    query: object = None
    searcher: object = None
    nothing: bool = False
    pinned: list = field(default_factory=list)
    filter_q: object = None
    _terms: dict = field(default_factory=dict)
    _docs: dict = field(default_factory=dict)

    def snippets(self, docid: str) -> list[dict]:
        """Whoosh's snippets of a hit, from a search with ``terms=True`` (which records the matched
        terms; it also changes how Whoosh scores some ``Or`` queries, so it is not the ranking)."""
        if not self._terms:
            q = _highlight_query(self.searcher, self.query)
            if _long_or(q):
                self.pinned.append(WHOOSH_LONG_OR_HAS_NO_MATCHED_WORDS)
            self._terms.update((h["id"], h) for h in self.searcher.search(q, limit=None, terms=True, filter=self.filter_q))
        hit = self._terms[docid]
        fields = hit.fields()
        body, title = fields.get("body", ""), fields.get("title", "")
        whoosh = {t for f, t in hit.matched_terms() if f == "body"}
        free, phrases = _branch_parts(self.searcher, self.query, hit.docnum, self._docs)
        in_phrases = {w for ph, _ in phrases for w in ph}
        words = whoosh & (free | in_phrases)
        alone = words & in_phrases - free  # words only a phrase looks for
        spans = _phrase_spans(self.searcher, phrases, hit.docnum) if alone else []
        if words == whoosh and not alone:
            return _whoosh_snippets(hit, body, title)
        if words != whoosh:
            self.pinned.append(WHOOSH_HIGHLIGHTS_UNMATCHED_BRANCH_WORDS)  # its matchers' words, less those
        if alone:
            self.pinned.append(WHOOSH_HIGHLIGHTS_PHRASE_WORDS_ANYWHERE)
        positions = []
        for word in sorted(words):
            m = self.searcher.postings("body", word)
            m.skip_to(hit.docnum)
            if m.is_active() and m.id() == hit.docnum:
                positions.extend((a, b, word) for pos, a, b in m.value_as("characters")
                                 if word not in alone or any(x <= pos <= y and word in ph for ph, x, y in spans))
        return [x.model_dump() for x in sn.whoosh_snippets(body, positions)] if positions else \
            [sn.fallback_snippet(body, title=title).model_dump()]


def reference(searcher, parser, text: str, filter_q=None) -> Reference:
    """Plain Whoosh's hits for ``text`` (raises QueryError where it cannot parse it)."""
    q = reference_query(parser, text) if text.strip() else None
    if text.strip() and (q is None or ("*" not in text and not _HAS_WORD.search(text))):
        return Reference(nothing=True)
    if q is None:
        return Reference()
    ref_q = _reference(searcher, q)
    if ref_q is Q.NullQuery:
        return Reference()
    pinned = []
    if _zero_boost(ref_q):
        ref_q = _union_matchers(ref_q)
        pinned.append(WHOOSH_SPLIT_UNION_DROPS_ZERO_SCORES)
    results = searcher.search(ref_q, limit=None, filter=filter_q)
    hits = [(h["id"], h.score) for h in results if not _deleted(searcher, h.docnum)]
    if len(hits) < len(results):
        pinned.append(WHOOSH_NOT_KEEPS_A_DELETED_DOCUMENT)
    return Reference(hits, ref_q, searcher, pinned=pinned, filter_q=filter_q)


def _deleted(searcher, docnum: int) -> bool:
    reader = searcher.reader()
    return reader.has_deletions() and reader.is_deleted(docnum)


def _branch_parts(searcher, q, docnum: int, cache: dict) -> "tuple[set, list]":
    """``(body words, body phrases)`` of the parts of ``q`` that match ``docnum``: none of a ``NOT``,
    of an ``OR`` (and of ``ANDMAYBE``'s optional side) the branches Whoosh finds the document with.
    A phrase (of two or more words) is the tuple of its words, kept apart from the other words."""
    def matches(sub) -> bool:
        key = repr(sub)
        if key not in cache:
            cache[key] = {h.docnum for h in searcher.search(sub, limit=None)}
        return docnum in cache[key]

    to_bytes = searcher.schema["body"].to_bytes
    phrases: list = []

    def walk(node) -> set:
        if isinstance(node, Q.Not):
            return set()
        if isinstance(node, Q.WrappingQuery):  # (a ANDNOT b written as a AND NOT b, the NOT scoring 0)
            return walk(node.child)
        if isinstance(node, Q.AndNot):
            return walk(node.subqueries[0])
        if isinstance(node, Q.AndMaybe):
            a, b = node.subqueries
            return walk(a) | (walk(b) if matches(b) else set())
        if isinstance(node, Q.Or):
            return set().union(*(walk(c) for c in node.subqueries if matches(c)))
        if isinstance(node, Q.CompoundQuery):
            return set().union(*(walk(c) for c in node.subqueries))
        if isinstance(node, Q.Phrase) and len(node.words) > 1:
            if node.fieldname == "body":
                phrases.append((tuple(to_bytes(w) for w in node.words), node.slop))
            return set()
        return {t for f, t in node.iter_all_terms(phrases=True) if f == "body"} | \
            ({t for f, t in node.existing_terms(searcher.reader(), expand=True) if f == "body"}
             if isinstance(node, Q.MultiTerm) else set())

    free = {to_bytes(t) if isinstance(t, str) else t for t in walk(q)}
    return free, phrases


def _phrase_spans(searcher, phrases: list, docnum: int) -> list:
    """``(words, first, last)`` of each span Whoosh's phrase matcher (``SpanNear2``, as ``Phrase.matcher``
    builds it) reports for ``docnum``, per phrase."""
    from whoosh.query.spans import SpanNear2

    out = []
    for sub, offset in searcher.leaf_searchers():
        if not offset <= docnum < offset + sub.reader().doc_count_all():
            continue
        for words, slop in phrases:
            if any(("body", w) not in sub.reader() for w in words):
                continue
            m = SpanNear2([Q.Term("body", w) for w in words], slop=slop, ordered=True, mindist=1).matcher(sub)
            m.skip_to(docnum - offset)
            if m.is_active() and m.id() == docnum - offset:
                out.extend((words, sp.start, sp.end) for sp in m.spans())
    return out


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOL, abs_tol=TOL)


def compare(lib, text: str, *, page: int = 10, snippets: bool = True, pinned: "dict | None" = None,
            **filters) -> list[str]:
    """Every difference between ``lib.search(text, **filters)`` and plain Whoosh (empty when identical);
    ``filters`` (``source``, ``date_from``, ``date_to``) are Whoosh's ``filter=`` on the reference side;
    ``pinned`` counts the hits where a pinned difference was written into the reference."""
    from briefing.index.search import filters_query
    from briefing.index.quotes.canonical import split_speaker_terms

    s = lib._s()
    parser = lib._parser("article")
    typed = text
    filter_q = filters_query(doctype="article", **filters)
    text, names = split_speaker_terms(text)
    if names:  # speaker: is the speaker table's filter (its canonical speakers' articles), not a word
        speakers = lib._speaker_articles(names)
        filter_q = speakers if filter_q is None else Q.And([filter_q, speakers])
    try:
        ref = reference(s, parser, text, filter_q)
    except QueryError:
        try:
            lib.search(typed, limit=page, correct=False, **filters)
        except QueryError as exc:
            if _plain_whoosh_reads(parser, text) and not _pinned_refusal(str(exc), text):
                return [f"{typed!r}: Briefing refused it ({exc}), plain Whoosh reads every part of it"]
            if names_python(str(exc), typed):
                return [f"{typed!r}: Briefing's refusal names Python internals: {exc}"]
            return []
        return [f"{typed!r}: Whoosh cannot parse it, Briefing searched it"]
    except Exception as crash:  # plain Whoosh's search fails (word~1/9 on a shorter stem): a clear refusal
        try:
            lib.search(typed, limit=page, correct=False, **filters)
        except QueryError as exc:
            if names_python(str(exc), typed):
                return [f"{typed!r}: Briefing's refusal names Python internals: {exc}"]
            return []
        return [f"{typed!r}: Whoosh fails ({type(crash).__name__}: {crash}), Briefing searched it"]
    try:
        everything = lib.search(typed, limit=max(1, len(ref.hits) + 5), snippets=0, correct=False, **filters)
        first = lib.search(typed, limit=page, correct=False, **filters)
    except QueryError as exc:
        if _pinned_refusal(str(exc), text) and not names_python(str(exc), typed):
            return []  # (documented: README)
        return [f"{typed!r}: Briefing refused it ({exc}), Whoosh found {len(ref.hits)}"]
    out: list[str] = []
    if ref.nothing:
        if first.total or first.note != NOTHING_TO_SEARCH:
            out.append(f"{typed!r}: nothing to search, Briefing found {first.total}")
        return out
    if not text.strip():
        return out  # the empty query is a listing (compared by compare_listing)
    if first.total != len(ref.hits) or not first.total_exact:
        out.append(f"{typed!r}: total {first.total} (exact {first.total_exact}), Whoosh {len(ref.hits)}")
    ours_all = [(h.id, h.score) for h in everything.hits]
    ours_scores = _scores(lib, typed, len(ref.hits), filters)
    if [i for i, _ in ours_all] != [i for i, _ in ref.hits]:
        if not _ties_only(ours_scores, ref.hits):
            out.append(f"{typed!r}: order {[i for i, _ in ours_all][:8]} vs Whoosh {[i for i, _ in ref.hits][:8]}")
    ref_score = dict(ref.hits)
    for hit in first.hits:  # the score shown (4 decimals)
        if hit.id in ref_score and abs(hit.score - ref_score[hit.id]) > 5e-5 + TOL:
            out.append(f"{typed!r}: score shown for {hit.id} {hit.score} vs Whoosh {ref_score[hit.id]!r}")
            break
    for i, sc in ours_scores:
        if i in ref_score and not _close(sc, ref_score[i]):
            out.append(f"{typed!r}: score of {i} {sc!r} vs Whoosh {ref_score[i]!r}")
            break
    if [h.id for h in first.hits] != [i for i, _ in ref.hits[:page]] and not _ties_only(ours_scores[:page], ref.hits[:page]):
        out.append(f"{typed!r}: first page differs")
    if len(ref.hits) > page:  # page 2 and the last page
        for offset in (page, (len(ref.hits) - 1) // page * page):
            got = lib.search(typed, limit=page, offset=offset, snippets=0, correct=False, **filters)
            want = [i for i, _ in ref.hits[offset:offset + page]]
            if [h.id for h in got.hits] != want and not _ties_only(ours_scores[offset:offset + page], ref.hits[offset:offset + page]):
                out.append(f"{typed!r}: page at offset {offset} differs")
            if got.total != len(ref.hits):
                out.append(f"{typed!r}: total {got.total} at offset {offset}, Whoosh {len(ref.hits)}")
    if snippets:
        found = dict(ref.hits)
        for hit in first.hits:
            if hit.id not in found:
                continue
            want = ref.snippets(hit.id)
            got = [sn.model_dump() for sn in hit.snippets]
            if got != want:
                out.append(f"{typed!r}: snippets of {hit.id}: {_brief(got)} vs Whoosh {_brief(want)}")
                break
        if pinned is not None:
            for name in ref.pinned:
                pinned[name] = pinned.get(name, 0) + 1
    return out


def _plain_whoosh_reads(parser, text: str) -> bool:
    """Whether plain Whoosh's parser (no date rewriting) reads ``text`` with no part dropped: no
    exception, no ``NullQuery`` where a date could not be read."""
    try:
        q = parser.parse(text)
    except Exception:
        return False

    def whole(node) -> bool:
        return node is not Q.NullQuery and not isinstance(node, type(Q.NullQuery)) and all(whole(c) for c in node.children())

    return q is not None and whole(q)


_PYTHON_WORDS = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b|index out of range|has no attribute|NoneType|Traceback"
                           r"|<[\w.]+ object at 0x[0-9a-f]+>|\bself\.\w+")
"""An exception's class name or Python's own words in a message (``IndexError: string index out of
range``, ``list index out of range``, a traceback, an object's repr)."""
_SUGGESTION = re.compile(r"(?i)^.*did you mean:? .*$")
"""A line that gives a suggestion (a query, which may end with ``field:``)."""


def names_python(message: str, typed: str = "") -> bool:
    """Whether ``message`` names Python internals (:data:`_PYTHON_WORDS`), or a line of it ends where the
    reason should be (``cannot run the query:``). A line may end with ``:`` where it ends with the query
    as typed or with a suggestion (``did you mean: x HEADLINE:``): that is the user's text, not a leak."""
    for quoted in {repr(typed), f"'{typed}'", f'"{typed}"'} if typed.strip() else ():
        message = message.replace(quoted, "''")
    if _PYTHON_WORDS.search(message):
        return True
    lines = (_SUGGESTION.sub("", line).rstrip() for line in message.splitlines())
    return any(line.endswith(":") and not (typed.strip() and line.endswith(typed.rstrip())) for line in lines)


PINNED_REFUSALS = ("not a date:", "fuzzy word's fixed prefix", "unknown filter is:")
"""Refusals README documents where plain Whoosh reads something else: an ``is:`` value that is no reading
state (``is:read"~1``: Whoosh searches the words "is" and "read"); a day that does not exist
(``date:2016-02-30``, which Whoosh reads as the year 2016 alone); ``date:`` with nothing after
it, which Whoosh searches as the word "date" (``tests/test_query_shapes.py`` pins both as errors);
a fuzzy word's fixed prefix longer than the word as indexed (``minister~1/9``), which Whoosh's edit
automaton fails on (an IndexError) wherever a segment holds the field, and skips where none does."""
_EMPTY_DATE = re.compile(r"(?<![\w:])date:(?:\s|$)", re.IGNORECASE)
UNREADABLE_QUOTED_DATE = "cannot understand the date in the query"
"""README: "a date that cannot be read (``date:garbage``) is an error that says so"; between quotes
(``date:"a b"``) Whoosh's date parser never sees it and Whoosh searches the text as a date, finding nothing."""
_QUOTED_DATE = re.compile(r'(?<![\w:])date:"', re.IGNORECASE)


def _pinned_refusal(message: str, text: str) -> bool:
    return (any(p in message for p in PINNED_REFUSALS) or bool(_EMPTY_DATE.search(text))
            or (UNREADABLE_QUOTED_DATE in message and bool(_QUOTED_DATE.search(text))))


def _brief(snips: list[dict]) -> list:
    return [(s["start"], s["end"], [(h["start"], h["end"]) for h in s.get("highlights", [])]) for s in snips]


def _scores(lib, text: str, n: int, filters: dict) -> list:
    """Briefing's ranked (id, unrounded score) of every hit (of the query as the library reads it)."""
    from briefing.index.search import parse_query, ranked
    from briefing.index.engine.stored import stored_fields

    s = lib._s()
    text, _, filter_q = lib._article_filter(text, filters.get("source"), None, filters.get("date_from"),
                                            filters.get("date_to"))
    q = parse_query(lib._parser("article"), text)
    if q is None:
        return []
    page = ranked(s, q, filter_q, max(1, n))
    return [(f["id"], sc) for f, (_, sc) in zip(stored_fields(s, [d for d, _ in page]), page)]


def _ties_only(ours: list, ref: list) -> bool:
    """The two rankings differ only in the order of hits whose scores differ by rounding (within TOL;
    hits whose scores are equal on both sides come in Whoosh's order, the lower document number first)."""
    if len(ours) != len(ref) or sorted(i for i, _ in ours) != sorted(i for i, _ in ref):
        return False
    mine, whoosh = dict(ours), dict(ref)
    if all(a == b or (_close(sa, sb) and (mine[a] != mine[b] or whoosh[a] != whoosh[b]))
           for (a, sa), (b, sb) in zip(ours, ref)):
        return True
    # three or more hits whose scores differ in the last digits (a sum added in another order): the
    # scores at each rank agree, and two hits whose scores are equal on both sides keep Whoosh's order
    rank = {i: k for k, (i, _) in enumerate(ref)}
    return all(_close(sa, sb) for (_, sa), (_, sb) in zip(ours, ref)) and all(
        rank[a] < rank[b] for (a, sa), (b, sb) in zip(ours, ours[1:]) if sa == sb and whoosh[a] == whoosh[b])


def compare_listing(lib, *, page: int = 10, **filters) -> list[str]:
    """An empty query with filters lists articles newest first: against Whoosh's sort by ``sortdate``."""
    from briefing.index.search import filters_query

    s = lib._s()
    f = filters_query(doctype="article", **filters)
    results = s.search(Q.Every(), filter=f, limit=None, sortedby="sortdate", reverse=True)
    want = [h["id"] for h in results]
    out = []
    for offset in (0, page, max(0, (len(want) - 1) // page * page)):
        got = lib.search("", limit=page, offset=offset, correct=False, **filters)
        if [h.id for h in got.hits] != want[offset:offset + page]:
            out.append(f"listing {filters} offset {offset}: {[h.id for h in got.hits]} vs Whoosh {want[offset:offset + page]}")
        if got.total != len(want):
            out.append(f"listing {filters}: total {got.total} vs Whoosh {len(want)}")
    return out


_FILTER_TERM = re.compile(r"(?i)(?<![\w:])(?:speakers?|who|is):")
"""``speaker:``, ``who:`` and ``is:`` are filters (the speaker table, reading state), not Whoosh words."""


def compare_quotes(lib, text: str) -> "list[str] | None":
    """Every difference between the quote search (``lib.quotes(query=text)``, ``briefing quotes
    --query``) and plain Whoosh on the quote index: the same quotes, in Whoosh's order (ties aside), with
    Whoosh's scores; a clear refusal where Whoosh cannot parse or run it. None: a query with a filter term."""
    from briefing.index.search import QUOTE, parse_query, ranked

    if _FILTER_TERM.search(text):
        return None
    s, parser = lib._qs(), lib._parser(QUOTE)

    def refused() -> "list[str] | None":
        try:
            lib.quotes(query=text, limit=None)
        except QueryError as exc:
            if names_python(str(exc), text):
                return [f"{text!r}: the quote search's refusal names Python internals: {exc}"]
            if _plain_whoosh_reads(parser, text) and not _pinned_refusal(str(exc), text):
                return [f"{text!r}: the quote search refused it ({exc}), plain Whoosh reads every part of it"]
            return []
        return None

    try:
        ref = reference(s, parser, text)
    except QueryError:
        out = refused()
        return out if out is not None else [f"{text!r}: Whoosh cannot parse it, the quote search searched it"]
    except Exception as crash:
        out = refused()
        return out if out is not None else [f"{text!r}: Whoosh fails ({type(crash).__name__}), the quote search searched it"]
    try:
        got = [x.id for x in lib.quotes(query=text, limit=None)]
    except QueryError as exc:
        return [f"{text!r}: the quote search refused it ({exc}), Whoosh found {len(ref.hits)}"]
    if not text.strip():
        return []
    if ref.nothing:
        return [f"{text!r}: nothing to search, the quote search listed {len(got)}"] if got else []
    want = [i for i, _ in ref.hits]
    if sorted(got) != sorted(want):
        return [f"{text!r}: quotes {len(got)} vs Whoosh {len(want)} "
                f"(only ours {sorted(set(got) - set(want))[:3]}, only Whoosh's {sorted(set(want) - set(got))[:3]})"]
    q = parse_query(parser, text)
    ours = [(s.stored_fields(d)["id"], sc) for d, sc in ranked(s, q)] if q is not None else []
    ref_score = dict(ref.hits)
    for i, sc in ours:
        if not _close(sc, ref_score[i]):
            return [f"{text!r}: quote score of {i} {sc!r} vs Whoosh {ref_score[i]!r}"]
    if got != want and not _ties_only(ours, ref.hits):
        return [f"{text!r}: quote order {got[:5]} vs Whoosh {want[:5]}"]
    return []


JSON_KEYS = {"id", "rank", "score", "title", "source", "date", "snippets"}


def compare_search_json(lib, text: str) -> list[str]:
    """``briefing search TEXT --json`` in this process against ``lib.search(TEXT, limit=10)``: the same ids,
    ranks and scores (JSON lines, exit 0), or exit 1 and one clear error line where the library refuses."""
    from briefing.index.cli import main
    from briefing.index.errors import QueryError

    try:
        want = lib.search(text, limit=10)
        refusal = None
    except QueryError as exc:
        want, refusal = None, str(exc)
    argv = ["search", "--corpus", str(lib.corpus), "--index-dir", str(lib.index_dir), "--json", "--", text]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException as exc:  # noqa: BLE001 (the point: nothing may escape)
        return [f"search --json: traceback: {type(exc).__name__}: {exc}"]
    problems = []
    if names_python(err.getvalue(), text):
        problems.append(f"search --json: stderr names Python internals: {err.getvalue().strip()[:200]}")
    if code == 0:
        try:
            hits = [json.loads(line) for line in out.getvalue().splitlines()]
        except ValueError:
            return problems + [f"search --json: stdout is not JSON lines: {out.getvalue()[:200]!r}"]
        if want is None:
            problems.append(f"search --json answered, the library refused it ({refusal})")
        else:
            got = [(h.get("id"), h.get("rank"), round(h.get("score", -1), 4)) for h in hits]
            exp = [(h.id, i + 1, round(h.score, 4)) for i, h in enumerate(want.hits)]
            if got != exp:
                problems.append(f"search --json: hits {got[:3]} vs the library's {exp[:3]}")
            if any(not JSON_KEYS <= set(h) for h in hits):
                problems.append("search --json: a hit lacks a key")
    elif code == 1:
        lines = err.getvalue().splitlines()
        if out.getvalue() or not any(x.startswith("briefing: error: ") for x in lines):
            problems.append(f"search --json: exit 1 without one clear error line: {err.getvalue()[:200]!r}")
        if want is not None:
            problems.append(f"search --json failed, the library answered: {err.getvalue().strip()[:200]}")
        elif f"briefing: error: {refusal}" not in err.getvalue():
            problems.append(f"search --json: error {err.getvalue().strip()[:200]!r}, the library's {refusal!r}")
    else:
        problems.append(f"search --json: exit status {code}: {err.getvalue()[:200]!r}")
    return problems


def compare_matching_ids(lib, text: str, **filters) -> list[str]:
    """``lib.matching_ids(text)`` (a saved search's count, the views that count a query's articles)
    against the search's own hits: the same articles, or the same refusal."""
    from briefing.index.errors import QueryError

    try:
        first = lib.search(text, limit=1, snippets=0, correct=False, **filters)
        want = {h.id for h in lib.search(text, limit=max(1, first.total), snippets=0, correct=False, **filters).hits}
        refusal = None
    except QueryError as exc:
        want, refusal = None, str(exc)
    try:
        got = set(lib.matching_ids(text, **filters))
    except QueryError as exc:
        if refusal is None:
            return [f"{text!r}: matching_ids refused it ({exc}), the search found {len(want)}"]
        return [] if str(exc) == refusal else [f"{text!r}: matching_ids refused it ({exc}), the search with {refusal!r}"]
    if want is None:
        return [f"{text!r}: matching_ids found {len(got)}, the search refused it ({refusal})"]
    if got != want:
        return [f"{text!r}: matching_ids found {len(got)}, the search {len(want)} "
                f"(only matching_ids' {sorted(got - want)[:3]}, only the search's {sorted(want - got)[:3]})"]
    return []


def compare_reader_highlights(lib, text: str, *, page: int = 5) -> list[str]:
    """The reader's highlights (:func:`~briefing.index.highlight.highlight_spans` of the whole article)
    cover every highlight of the first page's snippets (which :func:`compare` checks against Whoosh's):
    what the search marks in a hit, the reader marks too. (The reader reads the query alone, not per
    hit, so it may mark more: every branch of an ``OR``.)"""
    from briefing.index.highlight import highlight_spans

    try:
        result = lib.search(text, limit=page, correct=False)
    except QueryError:
        return []
    for hit in result.hits:
        body = lib.article(hit.id).body
        spans = highlight_spans(body, text)
        for snip in hit.snippets:
            for x in snip.highlights:
                if not any(s.start <= x.start and x.end <= s.end for s in spans):
                    return [f"{text!r}: the reader does not highlight {body[x.start:x.end]!r} in {hit.id} "
                            f"({x.start}-{x.end}), the snippet does"]
    return []
