"""A fused analyzer: Whoosh's tokenizer + per-word filters in one loop, with the same output.

``RegexTokenizer | LowercaseFilter | NormalizeFilter | StemFilter`` runs four chained generators per
token and re-derives every word's lowercase, normalized and stemmed form each time it occurs. Those
filters only map one word's text to another text (or drop it), independently of its neighbours and
position, so :class:`FusedAnalyzer` runs the real filter objects once per distinct written form,
caches the final text, and yields the tokens from a single ``finditer`` loop. Positions, character
offsets, boosts and dropped words are exactly as in the chain (a dropped word still uses up its
position, as it does there).

It stays a :class:`~whoosh.analysis.CompositeAnalyzer` with the same ``items``, so anything that
looks inside the analyzer (``has_morph``, ``items``, ``no_morph=True`` for spelling) behaves as
before; calls the fast loop does not cover (``tokenize=False``, ``no_morph``, a filter that is not a
pure word map) simply run the chain.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from contextlib import contextmanager
from collections import Counter, _count_elements  # Counter's C loop, without Counter's Python layers
from itertools import accumulate as _accumulate
from operator import sub as _sub
from pickle import dumps as _dumps

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.analysis.acore import Token
from whoosh.system import pack_uint as _pack_uint

CACHE_LIMIT = 300_000
"""Distinct written forms remembered per analyzer (the cache is emptied when it grows past this)."""

_WORD_MAPS = {"LowercaseFilter", "NormalizeFilter", "CachedStemFilter", "StemFilter"}
"""Filters known to map each token's text on its own (no state, no look at other tokens)."""


def _is_word_map(item) -> bool:
    if isinstance(item, StemFilter):
        return type(item).__name__ in _WORD_MAPS  # not PyStemmerFilter & co. (they are too, but untested)
    if type(item) is LowercaseFilter:
        return True
    return type(item).__name__ == "NormalizeFilter" and type(item).__module__ == __name__


_UNPICKLED = ("_cache", "_fast", "_split", "_maps")
"""What a fused analyzer derives from its items (remade when it is unpickled)."""


def _word_maps(filters) -> list | None:
    """Each filter as a function of one word's text (None: dropped), or None if one has none.

    The same text as running a token through the filter: ``LowercaseFilter`` lowers it, a stem
    filter stems it unless it is in ``ignore`` (with the filter's own, cached stemming function),
    :class:`NormalizeFilter` applies :meth:`NormalizeFilter.word`.
    """
    maps = []
    for f in filters:
        if type(f) is LowercaseFilter:
            maps.append(str.lower)
        elif type(f) is NormalizeFilter:
            maps.append(f.word)
        elif isinstance(f, StemFilter) and type(f).__name__ in _WORD_MAPS:
            maps.append(lambda text, f=f: text if text in f.ignore else f._stem(text))
        else:
            return None
    return maps


_CACHES: dict[tuple, dict] = {}
"""Word caches shared by the fused analyzers of one process that have the same chain (the article
title and body and the quote text use the same one, and an index opened twice makes new objects)."""


def _chain_key(items) -> tuple | None:
    """What makes two chains give the same words: each item's type and public settings."""
    key = []
    for item in items:
        settings = []
        for name, value in sorted(vars(item).items()):
            if name.startswith("_"):
                continue
            if isinstance(value, re.Pattern):
                value = ("re", value.pattern, value.flags)
            elif callable(value):
                value = ("fn", getattr(value, "__module__", None), getattr(value, "__qualname__", None))
            try:
                hash(value)
            except TypeError:
                return None
            settings.append((name, value))
        key.append((type(item).__module__, type(item).__qualname__, tuple(settings)))
    return tuple(key)


def _shared_cache(items) -> dict:
    key = _chain_key(items)
    if key is None:
        return {}
    return _CACHES.setdefault(key, {})


class FusedAnalyzer(CompositeAnalyzer):
    """``RegexTokenizer(...) | <word-map filters>`` with one loop and a per-word result cache."""

    def __init__(self, *composables):
        super().__init__(*composables)
        self._setup()

    def _setup(self) -> None:
        first = self.items[0] if self.items else None
        self._fast = (isinstance(first, RegexTokenizer) and type(first) is RegexTokenizer and not first.gaps
                      and all(_is_word_map(f) for f in self.items[1:]))
        self._cache: dict[str, str | None] = _shared_cache(self.items) if self._fast else {}
        # the words with the gaps between them in one split, as one flat list [gap, word, ..., gap]; only
        # for the schema's word pattern, which matches from every word character on (so a gap is only
        # non-word characters)
        expr = first.expression if self._fast else None
        words = expr is not None and expr.pattern == WORDS and not expr.groups
        self._split = re.compile("(" + _WORDS_POSSESSIVE + ")", expr.flags).split if words else None
        self._maps = _word_maps(self.items[1:]) if self._fast else None

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in _UNPICKLED}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._setup()

    def _chain(self, raw: str) -> str | None:
        """The text the filter chain makes of one written word (None: the chain drops it)."""
        maps = self._maps
        if maps is not None:  # each filter's own word function, in order
            text = raw
            for word_map in maps:
                text = word_map(text)
                if text is None:
                    return None
            return text
        t = Token()
        t.text = raw
        t.stopped = False
        gen = iter((t,))
        for f in self.items[1:]:
            gen = f(gen)
        out = None
        for tok in gen:
            out = tok.text
        return out

    def _final(self, raw: str) -> str | None:
        """:meth:`_chain`, remembered in the cache."""
        cache = self._cache
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        out = cache[raw] = self._chain(raw)
        return out

    def __call__(self, value, no_morph=False, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        if no_morph or not tokenize or not self._fast:
            return CompositeAnalyzer.__call__(
                self, value, no_morph=no_morph, positions=positions, chars=chars, keeporiginal=keeporiginal,
                removestops=removestops, start_pos=start_pos, start_char=start_char, tokenize=tokenize,
                mode=mode, **kwargs)
        return self._tokens(value, positions, chars, keeporiginal, removestops, start_pos, start_char,
                            mode, kwargs)

    def _tokens(self, value, positions, chars, keeporiginal, removestops, start_pos, start_char, mode, kwargs):
        assert isinstance(value, str), "%s is not unicode" % repr(value)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        cache = self._cache
        final = self._final
        for pos, match in enumerate(self.items[0].expression.finditer(value)):
            raw = match.group(0)
            try:
                text = cache[raw]
            except KeyError:
                text = final(raw)
            if text is None:
                continue
            t.text = text
            t.boost = 1.0
            if keeporiginal:
                t.original = raw
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t

    def term_counts(self, value: str) -> dict[str, int]:
        """{term: how many tokens of ``value`` it is}, in first-occurrence order: the analyzer's tokens
        counted, each distinct written word put through the chain once (a word's term is its own)."""
        if not self._fast:
            return dict(Counter(t.text for t in self(value)))
        expr = self.items[0].expression
        written = Counter(expr.findall(value) if not expr.groups else (m.group(0) for m in expr.finditer(value)))
        cache = self._cache
        final = self._final
        out: dict[str, int] = {}
        for raw, n in written.items():
            try:
                text = cache[raw]
            except KeyError:
                text = final(raw)
            if text is not None:
                out[text] = out.get(text, 0) + n
        return out

    def term_positions(self, value: str, chars: bool) -> dict[str, list]:
        """{term: [pos, ...]} (or ``[(pos, startchar, endchar), ...]``) in first-occurrence order.

        What ``Positions``/``Characters.word_values`` collect from the token stream, without tokens.
        """
        cache = self._cache
        final = self._final
        seen: dict[str, list] = {}
        for pos, match in enumerate(self.items[0].expression.finditer(value)):
            raw = match.group(0)
            try:
                text = cache[raw]
            except KeyError:
                text = final(raw)
            if text is None:
                continue
            entry = (pos, match.start(), match.end()) if chars else pos
            lst = seen.get(text)
            if lst is None:
                seen[text] = [entry]
            else:
                lst.append(entry)
        return seen


_PATCHED = False


def apply_format_patches() -> None:
    """Let Whoosh's ``Positions``/``Characters`` formats take the fused analyzer's direct path.

    Only for plain text values analyzed by a :class:`FusedAnalyzer` with no options but ``mode``
    (how ``SegmentWriter.add_document`` calls them); the yielded (text, frequency, weight, bytes)
    tuples are exactly the originals' (every token's boost is 1.0, so a word's weight is its count).
    Anything else goes to the original method. Idempotent.
    """
    global _PATCHED
    if _PATCHED:
        return
    from whoosh import formats

    def patch(cls, chars: bool) -> None:
        original = cls.word_values

        def word_values(self, value, analyzer, **kwargs):
            if (type(analyzer) is not FusedAnalyzer or not analyzer._fast or type(value) is not str
                    or (kwargs and set(kwargs) != {"mode"})):
                return original(self, value, analyzer, **kwargs)
            fb = self.field_boost
            encode = self.encode
            return [(w, len(poslist), float(len(poslist)) * fb, encode(poslist))
                    for w, poslist in analyzer.term_positions(value, chars).items()]

        word_values.__wrapped__ = original
        cls.word_values = word_values

    patch(formats.Characters, True)
    patch(formats.Positions, False)
    _PATCHED = True



_INT_PICKLE = [b"K" + bytes([i]) for i in range(256)] + [b"M" + i.to_bytes(2, "little") for i in range(256, 65536)]
"""Pickle protocol 2 codes of the small non-negative ints (BININT1, BININT2)."""

_ONE_CHARS_HEAD = _pack_uint(1) + b"\x80\x02]q\x00"  # frequency 1; PROTO 2, EMPTY_LIST, BINPUT 0
_ONE_CHARS_TAIL = b"\x87q\x01a."  # TUPLE3, BINPUT 1, APPEND, STOP
_ONE_POS_TAIL = b"a."  # APPEND, STOP


def _pickled_int(x: int) -> bytes:
    if x < 65536:
        return _INT_PICKLE[x]
    return b"J" + x.to_bytes(4, "little", signed=True)  # BININT (x < 2**31 here)


def term_values(analyzer: FusedAnalyzer, value: str, chars: bool) -> list[tuple[str, int, bytes]]:
    """``(term, frequency, encoded value)`` of each term of ``value``, in term order (:func:`term_columns`)."""
    return list(zip(*term_columns(analyzer, value, chars)))


def term_columns(analyzer: FusedAnalyzer, value: str, chars: bool) -> tuple[list[str], list[int], list[bytes]]:
    """``(terms, frequencies, encoded values)`` of ``value``, the terms in order, as three lists.

    The value bytes are exactly what Whoosh's ``Characters.encode`` (``chars``) or
    ``Positions.encode`` give for the term's occurrences (``pack_uint(n) + pickle.dumps(deltas, 2)``).
    Per token, everything runs in C: the words (and, for ``chars``, the gaps between them, whose
    running lengths give every word's offsets) come from one ``split``; their texts from the word
    cache (the filter chain runs only for written forms not seen before); the occurrences are
    grouped by sorting the positions by term, which counts them in term order too. Python code
    runs once per distinct term, and a term that occurs once (most of them) has its pickle
    assembled from precomputed pieces.
    """
    split = analyzer._split
    if split is None or len(value) >= 2**31:
        out = _term_values_slow(analyzer, value, chars)
        return [t for t, _, _ in out], [n for _, n, _ in out], [v for _, _, v in out]
    known = _CONTEXT.words(analyzer, value, chars) if _CONTEXT.text is not None and value else None
    if known is not None:
        texts, starts, ends = known
    elif chars:
        texts, starts, ends = _words(analyzer, value)
    else:
        raws = analyzer.items[0].expression.findall(value)
        texts = _texts(analyzer, raws)
    try:
        order = sorted(range(len(texts)), key=texts.__getitem__)  # stable: positions ascend per term
    except TypeError:  # None (a word the filters drop) met a text
        order = None
    counts: dict = {}
    if order is not None:
        _count_elements(counts, map(texts.__getitem__, order))  # the terms go in in sorted order: no second sort
    if order is None or None in counts:  # words the filters drop (they still use up a position)
        order = [k for k in sorted(range(len(texts)), key=lambda k: texts[k] or "") if texts[k] is not None]
        counts.clear()
        _count_elements(counts, map(texts.__getitem__, order))
    terms = list(counts)
    ns = list(counts.values())
    firsts = list(_accumulate(ns, initial=0))  # the term's positions: order[first:first + n]
    del firsts[-1]
    head = _ONE_CHARS_HEAD
    if len(value) < 65536:  # every position and offset < 65536: their codes are _INT_PICKLE[x]
        I = _INT_PICKLE
        if chars:
            tail = _ONE_CHARS_TAIL
            return terms, ns, [b"".join((head, I[order[f]], I[starts[order[f]]], I[ends[order[f]] - starts[order[f]]], tail))
                               if n == 1 else _chars_value_small(order[f:f + n], starts, ends)
                               for n, f in zip(ns, firsts)]
        tail = _ONE_POS_TAIL
        return terms, ns, [b"".join((head, I[order[f]], tail)) if n == 1 else _positions_value_small(order[f:f + n])
                           for n, f in zip(ns, firsts)]
    pint = _pickled_int
    ps = map(order.__getitem__, firsts)  # its first position (for a term that occurs once, its only one)
    if chars:
        tail = _ONE_CHARS_TAIL
        return terms, ns, [b"".join((head, pint(p), pint(starts[p]), pint(ends[p] - starts[p]), tail))
                           if n == 1 else _chars_value(order[f:f + n], starts, ends)
                           for n, f, p in zip(ns, firsts, ps)]
    tail = _ONE_POS_TAIL
    return terms, ns, [b"".join((head, pint(p), tail)) if n == 1 else _positions_value(order[f:f + n])
                       for n, f, p in zip(ns, firsts, ps)]


def _learn(analyzer: FusedAnalyzer, raws: list[str]) -> None:
    """Put the written forms not seen before into the analyzer's word cache."""
    cache = analyzer._cache
    missing = set(raws).difference(cache)
    if missing:
        if len(cache) + len(missing) >= CACHE_LIMIT:
            cache.clear()
            missing = set(raws)
        chain = analyzer._chain
        for raw in missing:
            cache[raw] = chain(raw)


def _texts(analyzer: FusedAnalyzer, raws: list[str]) -> list:
    """The final text (or None) of each written word, from the word cache (the words not in it are put in first)."""
    cache = analyzer._cache
    try:  # most texts' words are all known: no set of the words to check first
        return list(map(cache.__getitem__, raws))
    except KeyError:
        _learn(analyzer, raws)
        return list(map(cache.__getitem__, raws))


def _words(analyzer: FusedAnalyzer, value: str) -> tuple[list, list[int], list[int]]:
    """(final text of each word, or None, word starts, word ends) of ``value``."""
    flat = analyzer._split(value)  # [gap, word, gap, word, ..., gap]
    offsets = list(_accumulate(map(len, flat), initial=0))
    return _texts(analyzer, flat[1::2]), offsets[1:-1:2], offsets[2::2]  # word i: starts[i]:ends[i]


class _Context:
    """A text whose pieces are analysed next (an article body, then its quotes): see :func:`pieces_of`."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.cache: dict | None = None  # the word cache of the analyzer the text's words are for
        self.known: tuple | None = None  # _words(text)

    def words(self, analyzer: FusedAnalyzer, value: str, chars: bool) -> tuple | None:
        """:func:`_words` of ``value`` (word offsets only for the whole text) from the text's words, or None.

        A piece of the text (its first occurrence) gives the words of the text it spans, as long as
        no word of the text crosses either of its ends: the tokenizer's pattern then finds the same
        words in the piece alone (a match starts at any word character and only looks ahead).
        """
        text, known = self.text, self.known
        if text is None or analyzer._cache is not self.cache:
            return None  # no text, or another chain's words
        if known is None:
            known = self.known = _words(analyzer, text)
        if value is text or value == text:
            return known
        if chars:
            return None
        s = text.find(value)
        if s < 0:
            return None
        e = s + len(value)
        texts, starts, ends = known
        i = _bisect_left(starts, s)  # the first word from s on
        j = _bisect_right(ends, e)  # the words up to e end before word j
        if (i and ends[i - 1] > s) or (j < len(starts) and starts[j] < e) or j < i:
            return None  # a word crosses an end of the piece
        return texts[i:j], None, None


_CONTEXT = _Context()


@contextmanager
def pieces_of(text: str, analyzer):
    """Within this block, :func:`term_values` analyses ``text`` and the values found in it (an article's
    quotes, added with the article) from one split of ``text`` by ``analyzer`` (or an analyzer of the
    same chain): the same terms, positions and offsets. Other analyzers are not affected."""
    fused = type(analyzer) is FusedAnalyzer and analyzer._split is not None
    _CONTEXT.text, _CONTEXT.cache, _CONTEXT.known = (text, analyzer._cache, None) if fused else (None, None, None)
    try:
        yield
    finally:
        _CONTEXT.text = _CONTEXT.cache = _CONTEXT.known = None


def _chars_value(poslist: list[int], starts: list[int], ends: list[int]) -> bytes:
    """``Characters.encode`` of a term's positions (ascending), with word i at ``starts[i]:ends[i]``."""
    deltas = []
    posbase = charbase = 0
    for pos in poslist:
        start = starts[pos]
        end = ends[pos]
        deltas.append((pos - posbase, start - charbase, end - start))
        posbase = pos
        charbase = end
    return _pack_uint(len(poslist)) + _dumps(deltas, 2)


_LIST_HEADS = [_pack_uint(n) + b"\x80\x02]q\x00(" for n in range(256)]
"""``Characters``/``Positions.encode`` of n occurrences up to the first item: frequency, PROTO 2, EMPTY_LIST, BINPUT 0, MARK."""

_TUPLE_PUTS = [b"\x87q" + bytes((k,)) for k in range(256)]
"""TUPLE3 and BINPUT k: the end of the k-th (from 1) ``(pos, start, length)`` tuple of a ``Characters`` value."""


def _chars_value_small(poslist: list[int], starts: list[int], ends: list[int]) -> bytes:
    """:func:`_chars_value` of 2 to 255 occurrences whose positions and offsets are < 65536, built from
    pickle's opcodes (the bytes ``pickle.dumps(deltas, 2)`` writes: ints as BININT1/BININT2, each tuple
    memoized under its number, the items in one MARK ... APPENDS batch)."""
    n = len(poslist)
    if n > 255:
        return _chars_value(poslist, starts, ends)
    I = _INT_PICKLE
    puts = _TUPLE_PUTS
    parts = [_LIST_HEADS[n]]
    posbase = charbase = k = 0
    for pos in poslist:
        start = starts[pos]
        end = ends[pos]
        k += 1
        parts += (I[pos - posbase], I[start - charbase], I[end - start], puts[k])
        posbase = pos
        charbase = end
    parts.append(b"e.")  # APPENDS, STOP
    return b"".join(parts)


def _positions_value_small(poslist: list[int]) -> bytes:
    """:func:`_positions_value` of 2 to 255 positions < 65536, built from pickle's opcodes (as above)."""
    n = len(poslist)
    if n > 255:
        return _positions_value(poslist)
    return b"".join((_LIST_HEADS[n], *map(_INT_PICKLE.__getitem__, map(_sub, poslist, [0] + poslist[:-1])), b"e."))


def _positions_value(poslist: list[int]) -> bytes:
    """``Positions.encode`` of a term's positions (ascending)."""
    return _pack_uint(len(poslist)) + _dumps(list(map(_sub, poslist, [0] + poslist[:-1])), 2)


def _term_values_slow(analyzer: FusedAnalyzer, value: str, chars: bool) -> list[tuple[str, int, bytes]]:
    """:func:`term_values` the plain way (what Whoosh's formats do with the analyzer's tokens)."""
    out = []
    if chars:
        for text, poslist in analyzer.term_positions(value, True).items():
            deltas = []
            posbase = charbase = 0
            for pos, startchar, endchar in poslist:
                deltas.append((pos - posbase, startchar - charbase, endchar - startchar))
                posbase = pos
                charbase = endchar
            out.append((text, len(poslist), _pack_uint(len(deltas)) + _dumps(deltas, 2)))
    else:
        for text, poslist in analyzer.term_positions(value, False).items():
            deltas = []
            base = 0
            for pos in poslist:
                deltas.append(pos - base)
                base = pos
            out.append((text, len(poslist), _pack_uint(len(deltas)) + _dumps(deltas, 2)))
    return out


# The analyzers of the index (and of comparison, so terms agree).

# Words with inner apostrophes/dots/hyphens stay whole ("people's", "u.s", "h20").
WORDS = r"\w+(?:[.'’-]\w+)*"


_WORDS_POSSESSIVE = r"\w++(?:[.'’-]\w++)*+"
""":data:`WORDS` with possessive quantifiers: the same matches (nothing follows the last repeat, so a match
never backtracks into one), found without the regex engine keeping backtracking points (~10% faster)."""


_ACRONYM = re.compile(r"(?:\w\.)+\w\.?")


class NormalizeFilter(Filter):
    """Curly apostrophes -> straight, possessive 's dropped, dotted acronyms joined (u.s -> us).

    Token character offsets are left alone, so highlighting still covers the whole written word.
    """

    def __eq__(self, other):
        return isinstance(other, NormalizeFilter)

    def __call__(self, tokens):
        word = self.word
        for t in tokens:
            text = word(t.text)
            if text is not None:
                t.text = text
                yield t

    @staticmethod
    def word(text: str) -> str | None:
        """One word's normalised text (None: nothing is left of it)."""
        text = text.replace("\u2019", "'")
        if text.endswith("'s"):
            text = text[:-2]
        text = text.strip("'")
        if "." in text and _ACRONYM.fullmatch(text):
            text = text.replace(".", "")
        return text or None


class CachedStemFilter(StemFilter):
    """Whoosh's stemmer with ``functools.lru_cache`` instead of its slower pure-Python LFU cache."""

    def clear(self):
        self._stem = functools.lru_cache(maxsize=200000)(self.stemfn)


def body_analyzer():
    """Stemming analyzer for article text (shared with comparison so terms agree)."""
    return FusedAnalyzer(RegexTokenizer(WORDS), LowercaseFilter(), NormalizeFilter(), CachedStemFilter())


def name_analyzer():
    """Lower-cased words, no stemming: sources, speakers, authors."""
    return FusedAnalyzer(RegexTokenizer(WORDS), LowercaseFilter(), NormalizeFilter())
