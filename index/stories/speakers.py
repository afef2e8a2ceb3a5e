"""Who each outlet quotes in a story, under one name per person ("James Comey" and "Comey" are one)."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..models import Article, Quote
from .models import OutletSpeakers, StoryQuote


def _words(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in name.split() if w.strip(".,")]


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """``{name: canonical name}`` within one story.

    A name whose words all appear, in order, in a longer name with the same last word is that longer
    name ("Comey" -> "James Comey", "Donald Trump" -> "Donald J. Trump"); when several longer names
    fit, the name is left alone (two people share the surname). The place to call a corpus-wide
    canonical-speaker function once there is one.
    """
    uniq = sorted(set(n for n in names if n and n.strip()), key=lambda n: (-len(_words(n)), n))
    out: dict[str, str] = {}
    for name in uniq:
        w = _words(name)
        fits = []
        for longer in uniq:
            lw = _words(longer)
            if len(lw) <= len(w) or lw[-1] != w[-1]:
                continue
            it = iter(lw)
            if all(x in it for x in w):  # in order
                fits.append(longer)
        roots = {out.get(f, f) for f in fits}
        out[name] = roots.pop() if len(roots) == 1 else name
    return out


def outlet_speakers(articles: list[Article], quotes: list[Quote]) -> list[OutletSpeakers]:
    """For each outlet, the canonical speakers it quotes and how many quotes each."""
    canon = canonical_names(q.speaker for q in quotes if q.speaker)
    outlet = {a.id: a.source or a.id for a in articles}
    counts: dict[str, Counter[str]] = {o: Counter() for o in dict.fromkeys(outlet.values())}
    for q in quotes:
        if q.speaker and q.article_id in outlet:
            counts[outlet[q.article_id]][canon[q.speaker]] += 1
    return [OutletSpeakers(source=o, speakers=dict(c.most_common())) for o, c in sorted(counts.items())]


def story_quotes(articles: list[Article], quotes: list[Quote]) -> list[StoryQuote]:
    """The story's attributed quotes under canonical speakers, by speaker then outlet."""
    canon = canonical_names(q.speaker for q in quotes if q.speaker)
    src = {a.id: a.source for a in articles}
    out = [StoryQuote(article_id=q.article_id, source=src.get(q.article_id), speaker=canon[q.speaker], text=q.text,
                      start=q.start, end=q.end) for q in quotes if q.speaker and q.article_id in src]
    return sorted(out, key=lambda q: (q.speaker, q.source or "", q.article_id, q.start))
