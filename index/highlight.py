"""The words of a text a search matches, for the reader and the quote rows (:func:`highlight_spans`).

The query is read by the search's own parser (:func:`~.search.make_parser`), so what is highlighted
is what was searched: words by their stem (``chips`` finds ``chip``), prefixes and wildcards, fuzzy
words within their edits (and the stems of the words one edit away, as the search finds them), word
ranges (``[a TO c]``), and a phrase only where it is, as one span from its first word to its last
(``"gordon brown"`` marks no lone ``Brown``; ``"a b"~N`` the stretches where ``b`` follows ``a``
within N words). Words under
``NOT`` (``-word``), other fields (``source:reuters``) and ``is:`` filters are not highlighted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import translate
from functools import lru_cache

from whoosh import query as Q

from .correction import OPERATORS, QUERY_WORD
from .engine.hit_words import phrase_spans
from .errors import QueryError
from .models import Span

TEXT_FIELDS = ("body", "title")


@dataclass
class _Wanted:
    """What a query highlights: stems, prefixes, wildcard patterns, fuzzy words and phrases."""

    exact: set = field(default_factory=set)
    prefixes: list = field(default_factory=list)
    patterns: list = field(default_factory=list)
    fuzzy: list = field(default_factory=list)  # (word, most edits, prefix length)
    phrases: set = field(default_factory=set)  # ((stems...), slop)
    ranges: list = field(default_factory=list)  # (first, last, first left out, last left out); None: open

    def word(self, stem: str, written: str) -> bool:
        """True if a word of the text (its stem and written form) is one the query looks for alone."""
        if stem in self.exact:
            return True
        low = written.lower()
        if any(stem.startswith(p) or low.startswith(p) for p in self.prefixes):
            return True
        if any(p.match(stem) or p.match(low) for p in self.patterns):
            return True
        if any(_in_range(stem, r) for r in self.ranges):
            return True
        return any(stem[:n] == w[:n] and _within(stem, w, k) for w, k, n in self.fuzzy)


def _within(a: str, b: str, k: int) -> bool:
    """True if ``a`` and ``b`` are at most ``k`` edits apart (insert, delete, substitute)."""
    if abs(len(a) - len(b)) > k:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > k:
            return False
    return row[-1] <= k


def _in_range(stem: str, bounds: tuple) -> bool:
    """True if ``stem`` lies in a word range (``[a TO c]``, ``{m TO}``) as Whoosh's ``TermRange`` reads it."""
    first, last, first_out, last_out = bounds
    if first is not None and (stem < first or (first_out and stem == first)):
        return False
    return last is None or stem < last or (not last_out and stem == last)


@lru_cache(maxsize=1)
def _parser():
    from .engine.schema import build_schema
    from .search import make_parser

    return make_parser(build_schema())


@lru_cache(maxsize=64)
def _wanted(query: str) -> _Wanted:
    """What ``query`` highlights, read by the search parser (by its words where it cannot be parsed)."""
    from .quotes.canonical import split_speaker_terms
    from .reading import split_is_terms
    from .search import parse_query

    try:  # (without its speaker: and is: filters, as the search reads it: "NOT speaker:x" is the word "not")
        q = parse_query(_parser(), split_is_terms(split_speaker_terms(query)[0])[0])
    except QueryError:
        return _loose(query)
    out = _Wanted()
    if q is not None:
        _walk(q, out)
    return out


def _walk(node, out: _Wanted) -> None:
    t = type(node)
    if t is Q.Not:
        return
    if t is Q.AndNot:
        _walk(node.subqueries[0], out)
        return
    if not node.is_leaf():
        for c in node.children():
            _walk(c, out)
        return
    if getattr(node, "fieldname", None) not in TEXT_FIELDS:
        return
    if t is Q.Term:
        out.exact.add(node.text)
    elif t is Q.Phrase:
        if len(node.words) > 1:
            out.phrases.add((tuple(node.words), max(1, node.slop)))
        else:
            out.exact.update(node.words)
    elif t is Q.Prefix:
        out.prefixes.append(node.text.lower())
    elif t is Q.Wildcard:
        out.patterns.append(re.compile(translate(node.text.lower())))
    elif t is Q.FuzzyTerm:
        out.fuzzy.append((node.text, node.maxdist, node.prefixlength))
        if node.maxdist >= 1:  # as the search: the stems of the words one edit from it (immigraton~)
            out.exact.update(_one_edit_stems(node.text.lower()))
    elif t is Q.TermRange:
        out.ranges.append((node.start or None, node.end or None, node.startexcl, node.endexcl))


@lru_cache(maxsize=256)
def _one_edit_stems(word: str) -> frozenset:
    """The stems of the words one edit from ``word`` (:func:`~.engine.expansion.fuzzy_words`'s rule)."""
    from .engine.analysis import body_analyzer
    from .engine.expansion import MAX_SLIP_WORD, one_edit

    analyzer = body_analyzer()
    out = set()
    for cand in one_edit(word) if len(word) <= MAX_SLIP_WORD else (word,):
        toks = [t.text for t in analyzer(cand)]
        if len(toks) == 1:
            out.add(toks[0])
    return frozenset(out)


def _loose(query: str) -> _Wanted:
    """The words of a query the parser cannot read (while it is being typed): each word, its
    operators and other fields left out, ``word*`` as a prefix."""
    from .engine.analysis import body_analyzer

    out = _Wanted()
    for word in QUERY_WORD.findall(query):
        if word in OPERATORS:
            continue
        if ":" in word:
            fname, _, word = word.partition(":")
            if fname.lower() not in ("body", "title", "headline"):
                continue
        word = word.strip("+-~^")
        if word.endswith("*") and len(word) > 1:
            stem = word.rstrip("*").lower()
            if stem.isalnum() or stem.replace("-", "").isalnum():
                out.prefixes.append(stem)
            continue
        out.exact.update(t.text for t in body_analyzer()(word))
    return out


def highlight_spans(text: str, query: "str | list[str] | None") -> list[Span]:
    """Spans of the words of ``text`` that match ``query`` (a query string, or stemmed words)."""
    from .engine.analysis import body_analyzer

    if not text or not query:
        return []
    wanted = _wanted(query) if isinstance(query, str) else _Wanted(exact=set(query))
    if not (wanted.exact or wanted.prefixes or wanted.patterns or wanted.fuzzy or wanted.phrases or wanted.ranges):
        return []
    toks = [(t.text, t.startchar, t.endchar) for t in body_analyzer()(text, chars=True)]
    spans = [(a, b) for stem, a, b in toks if wanted.word(stem, text[a:b])]
    for words, slop in wanted.phrases:
        need = set(words)
        at: dict[str, list[int]] = {}
        for i, (stem, _, _) in enumerate(toks):
            if stem in need:
                at.setdefault(stem, []).append(i)
        spans.extend((toks[a][1], toks[b][2]) for a, b in phrase_spans(at, list(words), slop))
    out: list[Span] = []
    for a, b in sorted(spans):  # a phrase is one match, from its first word to its last (n/N go phrase by phrase)
        if out and a < out[-1].end:
            out[-1] = Span(start=out[-1].start, end=max(b, out[-1].end))
        else:
            out.append(Span(start=a, end=b))
    return out
