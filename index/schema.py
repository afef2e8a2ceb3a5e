"""The Whoosh schemas: an article index and a quote index, side by side in one folder.

Quote documents put their text in ``body`` too, so one query language serves both:
``speaker:trump``, ``kind:direct``, ``source:reuters``, ``date:[2025-01-01 to 2025-12-31]``.
Keeping quotes in their own index means article searches never walk quote postings.
"""

from __future__ import annotations

from whoosh import fields
import functools
import re

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter

SCHEMA_VERSION = 4
"""Bump when the schema or what is stored changes: existing indexes are rebuilt with a message.

4: content hashes (and a quote's article path) are stored, no longer indexed (nothing searches them).
"""

# Words with inner apostrophes/dots/hyphens stay whole ("people's", "u.s", "h20").
_WORDS = r"\w+(?:[.'’-]\w+)*"


_ACRONYM = re.compile(r"(?:\w\.)+\w\.?")


class NormalizeFilter(Filter):
    """Curly apostrophes -> straight, possessive 's dropped, dotted acronyms joined (u.s -> us).

    Token character offsets are left alone, so highlighting still covers the whole written word.
    """

    def __eq__(self, other):
        return isinstance(other, NormalizeFilter)

    def __call__(self, tokens):
        for t in tokens:
            text = t.text.replace("\u2019", "'")
            if text.endswith("'s"):
                text = text[:-2]
            text = text.strip("'")
            if "." in text and _ACRONYM.fullmatch(text):
                text = text.replace(".", "")
            if text:
                t.text = text
                yield t


class CachedStemFilter(StemFilter):
    """Whoosh's stemmer with ``functools.lru_cache`` instead of its slower pure-Python LFU cache."""

    def clear(self):
        self._stem = functools.lru_cache(maxsize=200000)(self.stemfn)


def body_analyzer():
    """Stemming analyzer for article text (shared with comparison so terms agree)."""
    from .analysis import FusedAnalyzer  # the same chain, run as one loop with a per-word cache

    return FusedAnalyzer(RegexTokenizer(_WORDS), LowercaseFilter(), NormalizeFilter(), CachedStemFilter())


def name_analyzer():
    """Lower-cased words, no stemming: sources, speakers, authors."""
    from .analysis import FusedAnalyzer

    return FusedAnalyzer(RegexTokenizer(_WORDS), LowercaseFilter(), NormalizeFilter())


def build_schema() -> fields.Schema:
    """The schema of the article index."""
    names = name_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.ID(stored=True),
        title=fields.TEXT(analyzer=body_analyzer(), stored=True, field_boost=2.0),
        source=fields.TEXT(analyzer=names, stored=True),
        date=fields.DATETIME(stored=True),
        sortdate=fields.NUMERIC(int, bits=32, sortable=True),
        url=fields.STORED(),
        author=fields.TEXT(analyzer=names, stored=True),
        body=fields.TEXT(analyzer=body_analyzer(), stored=True, chars=True),
        hash=fields.STORED(),  # read from stored fields only (manifest rebuild), never searched
        mtime_ns=fields.STORED(),
        size=fields.STORED(),
        format=fields.STORED(),
        speakers=fields.TEXT(analyzer=names, stored=True),
    )


def build_quote_schema() -> fields.Schema:
    """The schema of the quote index: the quote text is its ``body``, plus speaker and kind."""
    names = name_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        article_id=fields.ID(stored=True),
        article_hash=fields.STORED(),  # stored only: read when stale quotes are found, never searched
        path=fields.STORED(),
        source=fields.TEXT(analyzer=names),
        date=fields.DATETIME(),
        body=fields.TEXT(analyzer=body_analyzer()),
        speaker=fields.TEXT(analyzer=names),
        kind=fields.ID(),
        cue=fields.ID(),
        quote=fields.STORED(),
    )


ARTICLES = "MAIN"
QUOTES = "QUOTES"
