"""The Whoosh schemas: an article index and a quote index, side by side in one folder.

Quote documents put their text in ``body`` too, so one query language serves both:
``speaker:trump``, ``kind:direct``, ``source:reuters``, ``date:[2025-01-01 to 2025-12-31]``.
Keeping quotes in their own index means article searches never walk quote postings.
"""

from __future__ import annotations

from whoosh import fields

from .analysis import WORDS as _WORDS, body_analyzer, name_analyzer  # noqa: F401 (re-exported)

SCHEMA_VERSION = 8
"""Bump when the schema or what is stored changes: existing indexes are rebuilt with a message.

4: content hashes (and a quote's article path) are stored, no longer indexed (nothing searches them).
5: the analyzers live in ``briefing.index.engine.analysis`` (Whoosh pickles them into the index).
6: short stored-field records (a quote's) are written uncompressed (``compression.STORED_RAW_MAX``),
   which an older Briefing cannot read.
7: an article stores how its text was read (``extractor``: a feed item's summary only is "feed summary").
8: an article stores whether its text is only part of the story (``partial``: "paywall", a teaser).
"""

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
        extractor=fields.STORED(),  # how the text was read ("feed summary": the feed gave only a summary)
        partial=fields.STORED(),  # "paywall": the page showed a subscriber's teaser
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
