"""Snippets as character spans (not HTML): a Whoosh formatter that returns :class:`Snippet` models."""

from __future__ import annotations

from whoosh import highlight

from .models import Snippet, Span

CHARLIMIT = 1_000_000
"""Matches beyond this many characters of a body are not highlighted (Whoosh's default is 32k)."""


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
        spans = []
        for t in fragment.matches:
            if t.startchar < t.endchar and (not spans or t.startchar >= spans[-1].end):
                spans.append(Span(start=t.startchar, end=t.endchar))
        return Snippet(start=start, end=end, text=text[start:end], highlights=spans)

    def format(self, fragments, replace=False):
        return [self.format_fragment(f) for f in fragments]


def make_highlighter(maxchars: int = 180, surround: int = 60) -> highlight.Highlighter:
    """Pinpoint highlighting: positions come from the index, the body is not re-analysed."""
    return highlight.Highlighter(
        fragmenter=highlight.PinpointFragmenter(maxchars=maxchars, surround=surround, autotrim=True,
                                                charlimit=CHARLIMIT),
        formatter=SpanFormatter(),
    )


def fallback_snippet(body: str, length: int = 200) -> Snippet:
    """The opening of a body, for hits whose match is not in the body (title-only matches)."""
    text = body[:length]
    if len(body) > length and " " in text:
        text = text.rsplit(" ", 1)[0]
    return Snippet(start=0, end=len(text), text=text)
