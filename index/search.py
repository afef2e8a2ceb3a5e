"""Searching the index with Whoosh's query language, with results as pydantic models.

Query language: words (AND by default), ``OR``/``NOT``/``ANDNOT``/``ANDMAYBE``, ``"phrases"``,
``field:value`` (title, body, source, author, speaker, date, kind, path), wildcards ``chip*``, fuzzy
``chipz~`` (a one-letter slip of a long word finds it: ``immigraton~``), dates to the day
``date:2025-08``, ``date:[2025-08-01 to 2025-08-15]``, ``date:>2025-08-12`` (:mod:`.query_dates`),
boosts ``word^2``; ``word^0`` keeps the word's documents but adds nothing to their score (alone, its
matches all score 0 and come in index order). A query without a letter or digit (``!!!``, ``£``)
finds nothing and says so (:data:`NOTHING_TO_SEARCH`). Totals are exact for every query shape the
fast evaluator runs (all but prefixes or fuzzy words expanding to more than 5,000 words).
"""

from __future__ import annotations

import datetime as dt
import re
import time

from whoosh import qparser, query as Q
from whoosh.qparser import dateparse

from .engine import fastsearch
from .engine import query_shapes as shapes
from .engine.plain_query import parse_plain
from .correction import correction
from .errors import QueryError
from .query_check import field_prefixes, query_problems
from .query_dates import UNREADABLE, normalize_dates
from .models import SearchHit, SearchResult
from .engine.hit_words import (body_terms, char_positions, ev_body_terms, hit_terms, phrase_positions, query_phrases,
                               range_positions)
from .engine.snippets import fallback_record, snippet_records
from .engine.stored import stored_fields

ARTICLE, QUOTE = "article", "quote"

_PLUGINS = (qparser.FuzzyTermPlugin, qparser.GtLtPlugin)
EXACT_COUNT_UP_TO = 400
"""Above this estimated number of matches the total is Whoosh's estimate (``total_exact`` false)."""


def make_parser(schema, doctype: str = ARTICLE) -> qparser.QueryParser:
    """The query parser for article searches (``title`` + ``body``) or quote searches (``body``)."""
    fields = ["title", "body"] if doctype == ARTICLE else ["body"]
    p = qparser.MultifieldParser(fields, schema, group=qparser.AndGroup,
                                 fieldboosts={"title": 2.0} if doctype == ARTICLE else None)
    for plugin in _PLUGINS:
        p.add_plugin(plugin())
    p.add_plugin(dateparse.DateParserPlugin(free=False))
    alias = {"speakers": ["speaker", "who"]} if doctype == ARTICLE else {"speaker": ["speakers", "who"]}
    alias.update({"source": ["outlet"], "title": ["headline"], "author": ["byline"]})
    p.add_plugin(qparser.FieldAliasPlugin(alias))
    return p


def field_names(parser) -> frozenset:
    """The ``field:`` names a parser reads: the schema's fields and their aliases (``headline``, ``who``)."""
    names = set(parser.schema.names())
    for plugin in parser.plugins:
        if isinstance(plugin, qparser.FieldAliasPlugin):
            names.update(a for aliases in plugin.fieldmap.values() for a in aliases)
    return frozenset(names)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_query(text: str | None) -> str | None:
    """A query or filter value Whoosh can encode: lone surrogates become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if text else text


def parse_query(parser, text: str):
    """Parse ``text``; a string Whoosh cannot parse becomes a :class:`QueryError`."""
    typed, text = text, normalize_dates(text)
    try:
        q = parse_plain(parser, text)  # (words, phrases, prefixes, field:word: the same query, faster)
        if q is None:
            q = parser.parse(text)
    except Exception as exc:
        if "date:" in typed.lower():  # Whoosh's own date errors name Python internals ("invalid literal for int()")
            raise QueryError(UNREADABLE.format(query=typed)) from None
        stored = _stored_only(parser, typed)
        if stored:  # Whoosh says "STORED(format=None, …) field has no format": name the field instead
            raise QueryError(f"cannot search the field {stored!r} in {typed!r}: it is kept with each article but "
                             f"not indexed; fields you can search: {', '.join(_searchable(parser))}") from None
        raise QueryError(_unreadable(typed, exc)) from None
    if q is None or q is Q.NullQuery or isinstance(q, type(Q.NullQuery)):
        return None
    try:
        return q.accept(_tame)
    except QueryError as exc:
        raise QueryError(f"cannot search {typed!r}: {exc}") from None


_OPERATOR_PAIR = re.compile(r"(?<!\S)(AND|OR|NOT|ANDNOT|ANDMAYBE|REQUIRE)\s+(AND|OR|NOT|ANDNOT|ANDMAYBE|REQUIRE)(?!\S)")


def _unreadable(typed: str, exc: Exception) -> str:
    """The message of a query Whoosh's parser fails on: its own words, or, where it fails with Python's
    (``NOT OR x``: "list index out of range"; ``x ANDNOT ANDNOT y``: nothing), what is wrong with it."""
    if type(exc).__module__ != "builtins" and str(exc).strip():
        return f"cannot understand the query {typed!r}: {exc}"
    pair = _OPERATOR_PAIR.search(typed)
    if pair:
        return (f"cannot understand the query {typed!r}: two operators in a row ({pair.group(1)} {pair.group(2)}): "
                "put a word between them or leave one out")
    return f"cannot understand the query {typed!r}: its operators and brackets cannot be read together"


def _searchable(parser) -> list[str]:
    """The schema's indexed field names, sorted."""
    return sorted(n for n, f in parser.schema.items() if f.format is not None and not n.startswith("sort"))


def _stored_only(parser, text: str) -> str | None:
    """The first ``field:`` of ``text`` that names a stored-only field of the schema (``url:``), or None."""
    return next((name for name in field_prefixes(text)
                 if name in parser.schema and parser.schema[name].format is None), None)


_HAS_WORD = re.compile(r"[^\W_]")
NOTHING_TO_SEARCH = "nothing to search for: the query has no words, only punctuation or symbols, which are not indexed"
"""The note of a result whose query has no letter or digit (``!!!``, ``--``, ``£``, ``🙂``; a lone ``*`` lists all)."""


def nothing_to_search(text: str, q) -> bool:
    """Whether ``text`` (parsed as ``q``) holds nothing to search: no letter or digit and no ``*``,
    or nothing Whoosh's parser keeps; plain Whoosh finds nothing for it (:data:`NOTHING_TO_SEARCH`)."""
    return bool(text.strip()) and (q is None or ("*" not in text and not _HAS_WORD.search(text)))


MAX_FUZZY_EDITS = 2
"""``word~N`` allows at most this many edits: Whoosh's edit automaton explodes beyond (minutes, GBs)."""


def _tame(node):
    """Clamp what a query could make Whoosh do without bound (fuzzy edit distances); refuse a fuzzy
    word whose fixed prefix (``word~1/9``) is longer than the word as indexed, which Whoosh cannot run."""
    if isinstance(node, Q.FuzzyTerm):
        if node.maxdist > MAX_FUZZY_EDITS:
            node.maxdist = MAX_FUZZY_EDITS
        if node.prefixlength > len(node.text):
            raise QueryError(f"a fuzzy word's fixed prefix (/{node.prefixlength}) is longer than the word as "
                             f"indexed ({node.text!r}, {len(node.text)} letters): use /{len(node.text)} or less")
    return node


def filters_query(*, doctype: str, source: str | None = None, speaker: str | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  kind: str | None = None, article_id: "str | list[str] | None" = None,
                  analyzer=None) -> Q.Query | None:
    """A filter query for the optional facets of an article (or quote) search; None without facets."""
    parts: list[Q.Query] = []

    def phrase(field: str, text: str) -> Q.Query | None:
        from .engine.analysis import name_analyzer  # (only for a name facet: most searches have none)

        toks = [t.text for t in (analyzer or name_analyzer())(text)]
        if not toks:
            return None
        return Q.Term(field, toks[0]) if len(toks) == 1 else Q.Phrase(field, toks)

    if source:
        q = phrase("source", source)
        parts.append(q if q is not None else Q.NullQuery)
    if speaker:
        q = phrase("speaker" if doctype == QUOTE else "speakers", speaker)
        parts.append(q if q is not None else Q.NullQuery)
    if date_from or date_to:
        start = dt.datetime.combine(date_from, dt.time.min) if date_from else None
        end = dt.datetime.combine(date_to, dt.time.max) if date_to else None
        parts.append(Q.DateRange("date", start, end))
    if kind:
        parts.append(Q.Term("kind", kind))
    if isinstance(article_id, str) and article_id:
        parts.append(Q.Term("article_id", article_id))
    elif article_id:  # several articles: any of them
        parts.append(Q.Or([Q.Term("article_id", a) for a in dict.fromkeys(article_id)]))
    if not parts:
        return None
    return Q.And(parts) if len(parts) > 1 else parts[0]


def query_words(q) -> list[str]:
    """The plain words a query searches the text for (for highlighting in the reader)."""
    out: list[str] = []
    if q is None:
        return out
    for fieldname, text in q.iter_all_terms(phrases=True) if hasattr(q, "iter_all_terms") else []:
        if fieldname in ("body", "title") and isinstance(text, str) and text not in out:
            out.append(text)
    return out


def _ranked(searcher, q, filter_q, limit: int, offset: int, sort_by_date: bool):
    """(page of (docnum, score), total, exact, evaluator or None): the fast evaluator where it applies, else Whoosh."""
    if q is not None:
        try:
            ev = fastsearch.Evaluator(searcher)
            scores = ev.scores(q)
            if filter_q is not None:
                allowed = fastsearch.evaluate(searcher, filter_q)
                scores = {d: v for d, v in scores.items() if d in allowed}
            return fastsearch.top(scores, offset + limit)[offset:], len(scores), True, ev
        except fastsearch.Unsupported:
            pass
    if q is None and filter_q is not None and sort_by_date:
        try:  # a listing of a filter's articles: the filter's documents, newest first
            docs = fastsearch.evaluate(searcher, filter_q)
            return shapes.newest(searcher, docs, offset + limit)[offset:], len(docs), True, None
        except fastsearch.Unsupported:
            pass
    if q is None:
        results = searcher.search(Q.Every(), filter=filter_q, limit=offset + limit,
                                  sortedby="sortdate" if sort_by_date else None, reverse=True)
        total, exact = len(results), True
    elif _negates(q):  # Whoosh's limited collector drops real matches under NOT: rank them all
        results = searcher.search(q, filter=filter_q, limit=None)
        total, exact = len(results), True
    else:
        results = searcher.search(q, filter=filter_q, limit=offset + limit)
        total, exact = results.estimated_length(), True
        if total <= EXACT_COUNT_UP_TO:
            total = len(results)  # exact counting walks every match: only when that is cheap
        else:
            exact = False
    # a listing (no query words: only filters, such as ``is:unread``) has no relevance score; the
    # sort key Whoosh reports for it is a date, never shown as a score
    return [(hit.docnum, hit.score if q is not None else 0.0) for hit in results[offset: offset + limit]], \
        total, exact, None


def stored_speakers(fields: dict) -> list[str]:
    """The speakers an article quotes, from its stored ``speakers`` field (each once, at most 12)."""
    return list(dict.fromkeys(s for s in (fields.get("speakers") or "").split(" ; ") if s))[:12]


def _matched_positions(positions: list, matched: set, searcher) -> list:
    """The positions of the words a hit matched (``bytes`` in ``matched``) and of its phrases' words
    where each phrase is (``Phrase`` queries in ``matched``)."""
    kept = [p for p in positions if p[2] in matched]
    phrases = [w for w in matched if type(w) is Q.Phrase]
    if phrases:
        to_bytes = searcher.schema["body"].to_bytes
        kept = sorted(set(kept).union(*(phrase_positions(positions, ph, to_bytes) for ph in phrases)))
    return kept


def _negates(q) -> bool:
    return isinstance(q, (Q.Not, Q.AndNot)) or any(_negates(c) for c in q.children())


def ranked(searcher, q, filter_q=None, limit: "int | None" = None) -> "list[tuple[int, float]]":
    """The best ``limit`` (all without) (docnum, score) of a parsed query, exact on the fast path."""
    return _ranked(searcher, q, filter_q, limit or max(1, searcher.doc_count_all()), 0, False)[0]


def run_search(searcher, parser, text: str, *, limit: int = 20, offset: int = 0, filter_q=None,
               snippets: int | None = None, correct: bool = True, sort_by_date: bool = False) -> SearchResult:
    """Run an article search on an open searcher and build the result model."""
    t0 = time.perf_counter()
    text = text or ""
    q = parse_query(parser, text) if text.strip() else None
    if nothing_to_search(text, q):
        return SearchResult(query=text, total=0, note=NOTHING_TO_SEARCH,
                            took_ms=round((time.perf_counter() - t0) * 1000, 2),
                            warnings=query_problems(text, field_names(parser)))
    try:
        page, total, exact, ev = _ranked(searcher, q, filter_q, limit, offset, sort_by_date)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"cannot run the query {text!r}: {type(exc).__name__}: {exc}") from None
    want = len(page) if snippets is None else max(0, snippets)
    stored = stored_fields(searcher, [docnum for docnum, _ in page])
    positions, ranges_of = {}, {}
    if q is not None and want:
        terms = body_terms(q, searcher.reader()) if ev is None else ev_body_terms(ev)
        positions = char_positions(searcher, [docnum for docnum, _ in page[:want]], terms, ev)
        if ev is not None:  # only the words each hit matched (not a NOT's, not an unmatched branch's)
            matched = hit_terms(ev, q, list(positions))
            ranges_of = {d: [r for r in ws if type(r) is Q.TermRange] for d, ws in matched.items()}
        else:
            phrases, free = query_phrases(q, searcher.reader())
            matched = {d: free | set(phrases) for d in positions} if phrases else None
        if matched is not None:  # a phrase's words only where the phrase is
            positions = {d: _matched_positions(ps, matched[d], searcher) for d, ps in positions.items()}
    hits: list[SearchHit] = []
    validate = SearchHit.model_validate  # (from dicts: one validation per hit, snippets included)
    for rank, ((docnum, score), fields) in enumerate(zip(page, stored), start=offset + 1):
        snips: list[dict] = []
        if rank - offset <= want:
            body = fields.get("body", "")
            ranges = ranges_of.get(docnum)
            if ranges:  # a word range's words in this hit (see hit_terms)
                positions[docnum] = positions.get(docnum, []) + range_positions(body, ranges)
            found = positions.get(docnum) if q is not None else None
            # no match in the body (a title-only match, a listing): its opening, after a repeated title
            snips = snippet_records(body, found) if found else [fallback_record(body, title=fields.get("title", ""))]
        date = fields.get("date")
        hits.append(validate({
            "id": fields["id"], "path": fields.get("path", ""), "title": fields.get("title", ""),
            "source": fields.get("source") or None,
            "date": date.date() if isinstance(date, dt.datetime) else None,
            "score": round(float(score or 0.0), 4), "rank": rank, "snippets": snips,
            "speakers": stored_speakers(fields), "partial": fields.get("partial") or None,
        }))
    corrected = None
    if q is not None and correct and total == 0:
        corrected = correction(searcher, text)
    return SearchResult(query=text, total=total, total_exact=exact,
                        took_ms=round((time.perf_counter() - t0) * 1000, 2), corrected=corrected, terms=query_words(q),
                        warnings=query_problems(text, field_names(parser)) if q is not None else [],
                        hits=hits)
