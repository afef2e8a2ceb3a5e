"""Quote extraction and speaker attribution (pure Python, rule-based, no models to download).

>>> quotes = extract_quotes('“We are ready,” Smith said.', "a1")
>>> (quotes[0].text, quotes[0].speaker, quotes[0].kind)
('We are ready', 'Smith', 'direct')
"""

from __future__ import annotations

from ..models import Quote, Span
from .extract import run_extraction
from .ids import quote_id
from .grouping import merge_speakers
from .speakers import speaker_names

EXTRACTOR_VERSION = "7"
"""Bump whenever the rules change: indexes re-extract quotes on the next update."""

MAX_CHARS = 2_000_000
"""Text beyond this many characters of a body is not searched for quotes."""

__all__ = ["extract_quotes", "merge_speakers", "speaker_names", "quote_id", "EXTRACTOR_VERSION"]


def extract_quotes(body: str, article_id: str = "") -> list[Quote]:
    """Every quotation and reported statement in ``body``, sorted by position.

    Never raises: text that defeats the rules gives fewer quotes, not an error.
    ``body[q.start:q.end] == q.text`` for every quote.
    """
    if not body or not isinstance(body, str):
        return []
    try:
        found = run_extraction(body[:MAX_CHARS])
    except (RecursionError, ValueError, IndexError, KeyError, TypeError, AttributeError):
        return []
    quotes: list[Quote] = []
    seen: dict[str, int] = {}
    for f in found:
        text = body[f.start:f.end]
        qid = quote_id(article_id, text)
        seen[qid] = seen.get(qid, 0) + 1
        if seen[qid] > 1:
            qid = f"{qid}-{seen[qid]}"
        mention_ok = f.m_start is not None and f.mention is not None and body[f.m_start:f.m_end] == f.mention
        quotes.append(Quote(
            id=qid, article_id=article_id, text=text, start=f.start, end=f.end, kind=f.kind,  # type: ignore
            cue=f.cue.lower() if f.cue else None, speaker=f.speaker, speaker_mention=f.mention,
            speaker_start=f.m_start if mention_ok else None, speaker_end=f.m_end if mention_ok else None,
            speaker_role=f.role, floating=f.floating,
            fragments=[Span(start=a, end=b) for a, b in f.fragments] if f.fragments else []))
    return quotes
