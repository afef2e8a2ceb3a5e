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

from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.analysis.acore import Token

CACHE_LIMIT = 300_000
"""Distinct written forms remembered per analyzer (the cache is emptied when it grows past this)."""

_WORD_MAPS = {"LowercaseFilter", "NormalizeFilter", "CachedStemFilter", "StemFilter"}
"""Filters known to map each token's text on its own (no state, no look at other tokens)."""


def _is_word_map(item) -> bool:
    if isinstance(item, StemFilter):
        return type(item).__name__ in _WORD_MAPS  # not PyStemmerFilter & co. (they are too, but untested)
    if type(item) is LowercaseFilter:
        return True
    return type(item).__name__ == "NormalizeFilter" and type(item).__module__.endswith("schema")


class FusedAnalyzer(CompositeAnalyzer):
    """``RegexTokenizer(...) | <word-map filters>`` with one loop and a per-word result cache."""

    def __init__(self, *composables):
        super().__init__(*composables)
        self._setup()

    def _setup(self) -> None:
        first = self.items[0] if self.items else None
        self._fast = (isinstance(first, RegexTokenizer) and type(first) is RegexTokenizer and not first.gaps
                      and all(_is_word_map(f) for f in self.items[1:]))
        self._cache: dict[str, str | None] = {}

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("_cache", "_fast")}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._setup()

    def _final(self, raw: str) -> str | None:
        """The text the filter chain makes of one written word (None: the chain drops it)."""
        cache = self._cache
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        t = Token()
        t.text = raw
        t.stopped = False
        gen = iter((t,))
        for f in self.items[1:]:
            gen = f(gen)
        out = None
        for tok in gen:
            out = tok.text
        cache[raw] = out
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
