"""Fuzzy words and wildcards expanded to the indexed words they match, from an in-memory word list.

Whoosh expands ``word~`` by stepping a Levenshtein automaton through the segment's term file, one
seek and read per step (slow without memory maps: ``film~2`` took a second at 10k articles). Here a
field's words are read once per searcher into one sorted list (:class:`Lexicon`, shared by all
segments; each segment's run of words read from its terms file in one piece) and the same
automaton steps through it with ``bisect``. The list is built only when a
fuzzy or wildcard query first needs that field, and it lives as long as the searcher.

Index words are stems (``immigration`` is indexed as ``immigr``), so Whoosh's rule -- the typed text
within N edits of a stem -- misses one-letter slips of long words: ``immigraton~`` is five edits from
``immigr``. A fuzzy word therefore also matches the stem of every word one edit from it (the word
itself included): ``immigraton`` -> ``immigration`` -> ``immigr``. Whoosh's own matches are kept, so
the expansion is a superset of Whoosh's.
"""

from __future__ import annotations

import fnmatch
import re
import struct
from bisect import bisect_left

from whoosh import fields
from whoosh.automata import lev
from whoosh.automata.fsa import find_all_matches

MAX_EXPANSION = 5000
"""A fuzzy word or wildcard matching more indexed words than this is refused (see :class:`TooMany`)."""
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


class TooMany(Exception):
    """The expansion matched more than :data:`MAX_EXPANSION` words."""


class Lexicon:
    """The sorted, distinct words of one field across the searcher's segments."""

    def __init__(self, searcher, field: str) -> None:
        fobj = searcher.schema[field]
        words: set[str] = set()
        for sub, _ in searcher.leaf_searchers():
            reader = sub.reader()
            if field in reader.indexed_field_names():
                try:
                    if not isinstance(fobj, (fields.TEXT, fields.ID, fields.KEYWORD)):
                        raise TypeError("words that are not UTF-8 text")
                    words.update(_segment_words(reader, field))
                except Exception:  # not a Whoosh 3 terms file: Whoosh's own (slower) iteration
                    words.update(fobj.from_bytes(b) for b in reader.lexicon(field))
        self.words = sorted(words)
        self.known = frozenset(self.words)

    def first_at_or_after(self, key: str) -> "str | None":
        i = bisect_left(self.words, key)
        return self.words[i] if i < len(self.words) else None

    def with_prefix(self, prefix: str) -> "list[str]":
        i = bisect_left(self.words, prefix)
        out = []
        for w in self.words[i:]:
            if not w.startswith(prefix):
                break
            out.append(w)
        return out


_LENGTHS = struct.Struct("!ii")


def _segment_words(reader, field: str) -> "list[str]":
    """A segment's words of ``field``, read from its terms file in one piece.

    Whoosh 3 keeps terms in an ordered hash file of ``(key length, value length, key, value)``
    records, keys being a 2-byte field number and the word, sorted: the field's words are one run
    of records (Whoosh's ``lexicon`` reads each with two seeks; 61k words took 0.5 s).
    """
    terms = reader._terms
    table, fnum = terms._tindex, terms._fieldmap[field]
    start = table.closest_key_pos(struct.pack("!H", fnum))
    if start is None:
        return []
    end = table.closest_key_pos(struct.pack("!H", fnum + 1)) if fnum < 65535 else None
    end = table.endofdata if end is None else end
    data = table.dbfile.get(start, end - start)
    out, pos, n, unpack, size = [], 0, len(data), _LENGTHS.unpack_from, _LENGTHS.size
    while pos < n:
        keylen, datalen = unpack(data, pos)
        key = data[pos + size + 2:pos + size + keylen]
        out.append(key.decode("utf-8"))
        pos += size + keylen + datalen
    return out


def lexicon(searcher, field: str) -> Lexicon:
    """The field's :class:`Lexicon`, made once per searcher (a refreshed searcher is a new object)."""
    cache = searcher.__dict__.setdefault("_briefing_lexicons", {})
    lex = cache.get(field)
    if lex is None:
        lex = cache[field] = Lexicon(searcher, field)
    return lex


MAX_SLIP_WORD = 40
"""A fuzzy word longer than this finds Whoosh's words only, not the stems of the words one edit from it
(its one-edit strings grow with the square of its length)."""


def one_edit(word: str) -> "set[str]":
    """Every string one insertion, deletion, substitution or transposition from ``word`` (and itself)."""
    letters = set(_ALPHABET) | set(word)
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {word}
    out.update(a + b[1:] for a, b in splits if b)
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in letters)
    out.update(a + c + b for a, b in splits for c in letters)
    return out


def one_edit_stems(analyzer, word: str, frequency, spelling=None) -> "dict[str, tuple[str, int]]":
    """``{stem: (written word, frequency)}`` for the words one edit from ``word`` whose single analyzed
    term has a non-zero ``frequency(term)`` (the word itself is left out). Where several of those words
    share a stem (``sandres``: ``sanders``, ``sanderes``), ``spelling(stem, words)`` picks the one
    shown (without it, the alphabetically first)."""
    by_stem: dict[str, list[str]] = {}
    if not word or len(word) > MAX_SLIP_WORD:
        return {}
    for cand in sorted(one_edit(word) - {word}):
        toks = [t.text for t in analyzer(cand)]
        if len(toks) == 1:
            by_stem.setdefault(toks[0], []).append(cand)
    out: dict[str, tuple[str, int]] = {}
    for stem, cands in by_stem.items():
        n = frequency(stem)
        if n:
            out[stem] = ((spelling(stem, cands) if spelling is not None and len(cands) > 1 else None) or cands[0], n)
    return out


def fuzzy_words(searcher, field: str, text: str, maxdist: int, prefix: int = 0) -> "list[str]":
    """Indexed words of ``field`` matching ``text~maxdist``: Whoosh's (within ``maxdist`` edits of a
    stem) plus the stems of the words one edit from ``text``; sorted."""
    lex = lexicon(searcher, field)
    found: set[str] = set()
    if lex.words:
        dfa = lev.levenshtein_automaton(text, maxdist, prefix).to_dfa()
        found.update(find_all_matches(dfa, lex.first_at_or_after))
    analyzer = getattr(searcher.schema[field], "analyzer", None)
    if analyzer is not None and maxdist >= 1 and text:
        for word in one_edit(text.lower()) if len(text) <= MAX_SLIP_WORD else (text.lower(),):
            toks = [t.text for t in analyzer(word)]
            if len(toks) == 1 and toks[0] in lex.known:
                found.add(toks[0])
    if len(found) > MAX_EXPANSION:
        raise TooMany(f"{text}~{maxdist} matches {len(found)} words")
    return sorted(found)


def wildcard_words(searcher, field: str, q) -> "list[str]":
    """Indexed words of ``field`` matching a Whoosh :class:`~whoosh.query.Wildcard`, sorted."""
    lex = lexicon(searcher, field)
    exp = re.compile(fnmatch.translate(q.text))
    prefix = q._find_prefix(q.text)
    candidates = lex.with_prefix(prefix) if prefix else lex.words
    found = [w for w in candidates if exp.match(w)]
    if len(found) > MAX_EXPANSION:
        raise TooMany(f"{q.text} matches {len(found)} words")
    return found
