"""Snippets as character spans (not HTML), from the character positions of the words each hit
matched (:mod:`.hit_words`): Whoosh's fragmenter, fragment scorer and choice of the best fragments.
"""

from __future__ import annotations

import heapq
import re
from itertools import groupby, islice
from operator import itemgetter

from whoosh import highlight
from whoosh.analysis import Token

from ..models import Snippet

CHARLIMIT = 1_000_000
"""Matches beyond this many characters of a body are not highlighted."""


MAXCHARS, SURROUND, TOP = 180, 60, 2
"""Whoosh's ``PinpointFragmenter(maxchars=180, surround=60, autotrim=True)`` and the best two fragments."""


class SpanFormatter(highlight.Formatter):
    """Turn Whoosh fragments into ``Snippet`` models with absolute body offsets (the reference for :func:`make_snippets`)."""

    def format_fragment(self, fragment, replace=False):  # noqa: D401 - Whoosh API
        return _snippet(fragment.text, fragment.startchar, fragment.endchar,
                        [(t.startchar, t.endchar) for t in fragment.matches])

    def format(self, fragments, replace=False):
        return [self.format_fragment(f) for f in fragments]


_FRAGMENTER = highlight.PinpointFragmenter(maxchars=MAXCHARS, surround=SURROUND, autotrim=True, charlimit=CHARLIMIT)
_SCORER = highlight.BasicFragmentScorer()
_FORMATTER = SpanFormatter()


def _snippet(text: str, start: int, end: int, matches: list[tuple[int, int]]) -> Snippet:
    """A fragment as a ``Snippet``, widened to whole words (at most 20 characters each side)."""
    return Snippet.model_validate(_snippet_record(text, start, end, matches))


_WORD_TAIL = re.compile(r"\S*\Z")
"""The non-space characters at the end of a stretch (the regex class of spaces is ``str.isspace``)."""
_WORD_HEAD = re.compile(r"\S*")


def _snippet_record(text: str, start: int, end: int, matches: "list[tuple[int, int]]") -> dict:
    """:func:`_snippet` as the dict a ``Snippet`` validates from (a page of hits is validated in one call)."""
    start = _WORD_TAIL.search(text, start - 20 if start > 20 else 0, start).start()  # back to a space, 20 at most
    end = _WORD_HEAD.match(text, end, end + 20).end()  # on to a space, 20 characters at most
    spans: list[dict] = []
    last = -1
    for s, e, *_ in matches:
        if s < e and s >= last:
            spans.append({"start": s, "end": e})
            last = e
    return {"start": start, "end": end, "text": text[start:end], "highlights": spans}


def whoosh_snippets(body: str, positions: list[tuple], top: int = TOP) -> list[Snippet]:
    """:func:`make_snippets` done by Whoosh's highlighter objects (slower; the reference in tests).

    The tokens are built as Whoosh's ``Highlighter.highlight_hit`` builds them from the index's
    characters: each with its indexed word as its text (``(start, end, word)`` positions; the written
    form for ``(start, end)`` ones), sorted by start, the longest kept where several start together.
    """
    if not positions:
        return [fallback_snippet(body)]
    tokens = [Token(startchar=p[0], endchar=p[1], matched=True, text=p[2] if len(p) > 2 else body[p[0]:p[1]])
              for p in sorted(set(positions)) if p[1] <= CHARLIMIT]
    tokens = [max(group, key=lambda t: t.endchar - t.startchar)
              for _, group in groupby(tokens, lambda t: t.startchar)]
    frags = list(_FRAGMENTER.fragment_matches(body, tokens))
    best = highlight.top_fragments(frags, top, _SCORER, highlight.SCORE, minscore=1)
    snips = _FORMATTER.format(best)
    return sorted(snips, key=lambda s: s.start) or [fallback_snippet(body)]


class _Ranked:
    """A fragment as ``top_fragments`` compares it: by its key (score, start) only, ties neither less nor equal."""

    __slots__ = ("frag",)

    def __init__(self, frag: tuple) -> None:
        self.frag = frag

    def __lt__(self, other: "_Ranked") -> bool:
        return self.frag[0] < other.frag[0]


def _best(frags: "list[tuple]", top: int) -> "list[tuple]":
    """``heapq.nlargest(top, ...)`` over the fragments (``(key, ...)`` tuples) compared as :class:`_Ranked`
    compares them: the same fragments in the same order. The usual two best are picked by a loop
    that makes heapq's moves on a heap of two (no object or method call per comparison)."""
    if top != 2 or len(frags) < 2:
        # an iterator, as Whoosh passes a generator: given a list of at most ``top`` items, nlargest would
        # sort it instead, which orders tied fragments the other way
        return [r.frag for r in heapq.nlargest(top, iter([_Ranked(f) for f in frags]))]
    root, other = (frags[0], frags[1]) if frags[0][0] < frags[1][0] else (frags[1], frags[0])  # heapify
    for f in islice(frags, 2, None):
        if root[0] < f[0]:  # heapreplace: the new one sinks below the other unless it is smaller
            if f[0] < other[0]:
                root = f
            else:
                root, other = other, f
    return [other, root] if root[0] < other[0] else [root, other]  # result.sort(reverse=True), stable on ties


def _end(body: str, frag: tuple, toks: list) -> int:
    """Whoosh's autotrim of a fragment's end (back to a space), never before its last match."""
    _, trimmed, wide_end, _, last = frag
    space = body.rfind(" ", trimmed, wide_end)
    end = space if space > 0 else wide_end
    last_end = toks[last][1]
    return end if end > last_end else last_end


def make_snippets(body: str, positions: "list[tuple]", top: int = TOP) -> list[Snippet]:
    """The best ``top`` excerpts of ``body`` around the given word positions, in reading order.

    Exactly Whoosh's ``PinpointFragmenter`` + ``BasicFragmentScorer`` + ``top_fragments`` (see
    :func:`whoosh_snippets`), on plain tuples: a fragment per run of nearby matches, scored by its
    number of matches times 100 per distinct matched word, the best ``top`` kept.
    """
    return [Snippet.model_validate(r) for r in snippet_records(body, positions, top)]


def _tokens(body: str, positions: "list[tuple]") -> "tuple[list[tuple[int, int]], list]":
    """(spans, their words) as Whoosh's ``highlight_hit`` makes its tokens: sorted by start, the
    longest where several start at one character, none past :data:`CHARLIMIT`. A position's word is
    its third item (the indexed word: ``Music`` and ``music`` are one word to the fragment scorer),
    else its written form."""
    toks: list[tuple[int, int]] = []
    words: list = []
    for p in sorted(set(positions)):
        s, e = p[0], p[1]
        if e > CHARLIMIT:
            continue
        if toks and toks[-1][0] == s:
            if e > toks[-1][1]:  # (sorted: a longer span at the same start comes later)
                toks[-1], words[-1] = (s, e), p[2] if len(p) > 2 else body[s:e]
            continue
        toks.append((s, e))
        words.append(p[2] if len(p) > 2 else body[s:e])
    return toks, words


def snippet_records(body: str, positions: "list[tuple]", top: int = TOP) -> "list[dict]":
    """:func:`make_snippets` as the dicts the ``Snippet`` models validate from."""
    if not positions:
        return [fallback_record(body)]
    toks, words_at = _tokens(body, positions)
    n, size = len(toks), len(body)
    frags: list[tuple] = []  # (key, trimmed start, untrimmed end, first token, last token)
    i = 0
    while i < n:
        left, right = toks[i]
        j, length = i, right - left
        while j < n - 1 and length < MAXCHARS:
            s, e = toks[j + 1]
            if e - right <= SURROUND and e - left <= MAXCHARS:
                j += 1
                right = e
                length += e - s
            else:
                break
        start = left - SURROUND if left > SURROUND else 0
        end = right + SURROUND if right + SURROUND < size else size
        space = body.find(" ", start, end)  # Whoosh's autotrim (the end is cut for the best fragments only)
        if space > 0:
            start = space + 1
        words = len(set(words_at[i:j + 1])) if j > i else 1
        frags.append((((j - i + 1) * (words * 100 or 1), start if start < left else left), start, end, i, j))
        i = j + 1
    # Whoosh's top_fragments: heapq.nlargest over the fragments in start order (ties keep the earlier)
    snips = [_snippet_record(body, f[0][1], _end(body, f, toks), toks[f[3]:f[4] + 1]) for f in _best(frags, top)]
    return sorted(snips, key=_START) or [fallback_record(body)]


_START = itemgetter("start")


def fallback_snippet(body: str, length: int = 200, title: str = "") -> Snippet:
    """The opening of a body, for hits whose match is not in the body (title-only matches).

    A body that starts with its ``title`` (a headline line kept in the text) starts after it.
    """
    return Snippet.model_validate(fallback_record(body, length, title))


def fallback_record(body: str, length: int = 200, title: str = "") -> dict:
    """:func:`fallback_snippet` as the dict a ``Snippet`` validates from."""
    start = _after_title(body, title)
    if start:
        snip = fallback_record(body[start:], length)
        return {"start": start, "end": start + snip["end"], "text": snip["text"]}
    text = body[:length]
    if len(body) > length and " " in text:
        text = text.rsplit(" ", 1)[0]
    return {"start": 0, "end": len(text), "text": text}


def _after_title(body: str, title: str) -> int:
    """Where the body goes on after a first line that repeats ``title`` (0 if it does not).

    The line may go on after the title (a headline with its standfirst): it is skipped whole.
    """
    head = " ".join(title.split()).casefold()
    if not head:
        return 0
    line, _, _ = body.lstrip().partition("\n")
    if not " ".join(line.split()).casefold().startswith(head):
        return 0
    start = len(body) - len(body.lstrip()) + len(line)
    while start < len(body) and body[start].isspace():
        start += 1
    return start if start < len(body) else 0
