"""Who each outlet quotes in a story, under the corpus's canonical speaker names.

The names are the corpus-wide speaker table's (:meth:`Library.speaker_table`, the one ``briefing
speakers`` counts with), so "James Comey", "Comey" and "FBI Director James Comey" are one speaker in
a story exactly when they are one speaker in the corpus.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..models import Article, Quote
from .models import OutletSpeakers, StoryQuote


def canonical_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotes as extracted (outside a library) with the speaker names the corpus rule gives them: a
    speaker table built from these quotes alone (:func:`..quotes.grouping.build_table`)."""
    from ..quotes.grouping import build_table

    quotes = list(quotes)
    rows: Counter = Counter()
    for q in quotes:
        if q.speaker:
            rows[(q.article_id, q.speaker, q.speaker_role or "", q.speaker_mention or "")] += 1
    table = build_table([*k, n] for k, n in rows.items())
    return [table.canonical(q) for q in quotes]


def outlet_speakers(articles: list[Article], quotes: list[Quote]) -> list[OutletSpeakers]:
    """For each outlet, the speakers it quotes and how many quotes each (``quotes`` carry canonical
    speakers, as :meth:`Library.quotes` gives them)."""
    outlet = {a.id: a.source or a.id for a in articles}
    counts: dict[str, Counter[str]] = {o: Counter() for o in dict.fromkeys(outlet.values())}
    for q in quotes:
        if q.speaker and q.article_id in outlet:
            counts[outlet[q.article_id]][q.speaker] += 1
    return [OutletSpeakers(source=o, speakers=dict(c.most_common())) for o, c in sorted(counts.items())]


def story_quotes(articles: list[Article], quotes: list[Quote]) -> list[StoryQuote]:
    """The story's attributed quotes by canonical speaker, then outlet."""
    src = {a.id: a.source for a in articles}
    out = [StoryQuote(article_id=q.article_id, source=src.get(q.article_id), speaker=q.speaker, text=q.text,
                      start=q.start, end=q.end) for q in quotes if q.speaker and q.article_id in src]
    return sorted(out, key=lambda q: (q.speaker, q.source or "", q.article_id, q.start))
