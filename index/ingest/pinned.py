"""Pinned copies: a live blog pins an entry (or a summary of one) above its timeline, and a site sets a
'featured' or 'sticky' copy of a story's passage at the top. The same words stand again further down,
where they belong; the copy on top is left out, so the entry is read once and in its place.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_NAMED = re.compile(r"""\b(?:class|id)\s*=\s*["'][^"']*\b(?:pinned|sticky|is-pinned|pinned-post|pinned-entry)\b""",
                    re.IGNORECASE)
"""A page that names a block pinned or sticky: only such a page is parsed again."""
_PINNED_NAME = re.compile(r"(?:^|[\s_-])(?:pinned|sticky)(?:$|[\s_-])", re.IGNORECASE)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen"}
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_WORDS = 5
"""A pinned block with fewer words of its own (a 'Pinned' label alone) is left as it is."""


class _Spans(HTMLParser):
    """Where each pinned block starts and ends in the page, and its text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.lines = [0]
        for m in re.finditer("\n", html):
            self.lines.append(m.end())
        self.stack: list[str] = []
        self.open: list[tuple[int, int, list[str]]] = []  # (depth, start offset, text) of open pinned blocks
        self.spans: list[tuple[int, int, list[str]]] = []
        self.code = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        self.stack.append(tag)
        self.code += tag in ("script", "style", "template")
        if _PINNED_NAME.search(names) and not self.open:
            self.open.append((len(self.stack), self._offset(), []))

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            self.code -= t in ("script", "style", "template")
            if self.open and len(self.stack) < self.open[-1][0]:
                depth, start, text = self.open.pop()
                end = self.html.find(">", self._offset())
                if end >= 0:
                    self.spans.append((start, end + 1, text))
            if t == tag:
                break

    def handle_data(self, data):
        if self.open and not self.code:
            self.open[-1][2].append(data)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def without_pinned_copies(html: str) -> str:
    """``html`` without each block named pinned or sticky whose text stands again elsewhere on the page
    (after the block is taken out): each of its runs of text of three words or more, one of them of
    :data:`MIN_WORDS` or more (its labels, 'Pinned', 'Key event', '10:15', need not). A pinned block found
    nowhere else is the only copy and stays."""
    if not _NAMED.search(html):
        return html
    parser = _Spans(html)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the page is read as it is
        return html
    for start, end, text in sorted(parser.spans, reverse=True):
        if not (html.startswith("<", start) and html.endswith(">", 0, end)):  # (not where the parser said)
            continue
        runs = [w for w in (_words(t) for t in text) if len(w.split()) >= 3]
        if not any(len(w.split()) >= MIN_WORDS for w in runs):
            continue
        rest = html[:start] + html[end:]
        elsewhere = f" {_words(_visible(rest))} "
        if all(f" {w} " in elsewhere for w in runs):
            html = rest
    return html


_TAGS = re.compile(r"<(script|style|template)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _visible(html: str) -> str:
    """The page's words without markup, scripts and styles (entities are words too, as written)."""
    from html import unescape

    return unescape(_TAGS.sub(" ", html))
