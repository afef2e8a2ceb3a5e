"""Snippets as character spans (not HTML), from character positions stored in the index.

The search itself runs without ``terms=True`` (which makes Whoosh examine every matching document
instead of skipping to the top hits); the positions of the query's words in the few hits that are
shown are then read from the postings (``chars=True`` on the body field), so no body is re-analysed.
"""

from __future__ import annotations

from whoosh import highlight
from whoosh.analysis import Token

from .models import Snippet, Span

CHARLIMIT = 1_000_000
"""Matches beyond this many characters of a body are not highlighted."""
MAX_EXPANSIONS = 24
"""A wildcard that expands to more indexed words highlights only the most frequent of them."""


class SpanFormatter(highlight.Formatter):
    """Turn Whoosh fragments into ``Snippet`` models with absolute body offsets."""

    def format_fragment(self, fragment, replace=False):  # noqa: D401 - Whoosh API
        text = fragment.text
        start, end = fragment.startchar, fragment.endchar
        # Widen to whole words so a snippet never starts or ends mid-word.
        while start > 0 and not text[start - 1].isspace() and start > fragment.startchar - 20:
            start -= 1
        while end < len(text) and not text[end].isspace() and end < fragment.endchar + 20:
            end += 1
        spans: list[Span] = []
        for t in fragment.matches:
            if t.startchar < t.endchar and (not spans or t.startchar >= spans[-1].end):
                spans.append(Span(start=t.startchar, end=t.endchar))
        return Snippet(start=start, end=end, text=text[start:end], highlights=spans)

    def format(self, fragments, replace=False):
        return [self.format_fragment(f) for f in fragments]


_FRAGMENTER = highlight.PinpointFragmenter(maxchars=180, surround=60, autotrim=True, charlimit=CHARLIMIT)
_SCORER = highlight.BasicFragmentScorer()
_FORMATTER = SpanFormatter()


def body_terms(q, reader) -> list[bytes]:
    """The indexed body words a query looks for (wildcards expanded, most frequent first)."""
    if q is None:
        return []
    try:
        terms = q.existing_terms(reader, phrases=True, expand=True, fieldname="body")
    except Exception:
        return []
    words = sorted({t for f, t in terms if f == "body"}, key=lambda t: -reader.doc_frequency("body", t))
    return words[:MAX_EXPANSIONS]


def char_positions(searcher, docnums: list[int], terms: list[bytes]) -> dict[int, list[tuple[int, int]]]:
    """``{docnum: [(startchar, endchar), ...]}`` of the terms in each document, from the postings.

    Only the posting blocks that hold these documents are decoded (see ``fastsearch.values_for``).
    """
    from .fastsearch import values_for

    wanted = set(docnums)
    out: dict[int, list[tuple[int, int]]] = {d: [] for d in sorted(wanted)}
    if not wanted:
        return out
    decode = searcher.schema["body"].format.decode_characters
    for term in terms:
        try:
            found = values_for(searcher, "body", term, wanted)
        except Exception:
            continue
        for d, v in found.items():
            out[d].extend((s, e) for _, s, e in decode(v))
    return out


def make_snippets(body: str, positions: list[tuple[int, int]], top: int = 2) -> list[Snippet]:
    """The best ``top`` excerpts of ``body`` around the given word positions, in reading order."""
    if not positions:
        return [fallback_snippet(body)]
    tokens = [Token(startchar=s, endchar=e, matched=True, text=body[s:e]) for s, e in sorted(set(positions))
              if e <= CHARLIMIT]
    frags = list(_FRAGMENTER.fragment_matches(body, tokens))
    best = highlight.top_fragments(frags, top, _SCORER, highlight.SCORE, minscore=1)
    snips = _FORMATTER.format(best)
    return sorted(snips, key=lambda s: s.start) or [fallback_snippet(body)]


def fallback_snippet(body: str, length: int = 200) -> Snippet:
    """The opening of a body, for hits whose match is not in the body (title-only matches)."""
    text = body[:length]
    if len(body) > length and " " in text:
        text = text.rsplit(" ", 1)[0]
    return Snippet(start=0, end=len(text), text=text)
