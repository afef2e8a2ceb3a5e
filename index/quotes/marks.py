"""Find quotation spans: curly and straight, double and single marks, across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_D, CLOSE_D = "“", "”"
OPEN_S, CLOSE_S = "‘", "’"
_PARA = re.compile(r"[^\n]+")


@dataclass
class QuoteSpan:
    """Marks at ``open``/``close`` (indexes of the mark characters); content is between them."""

    open: int
    close: int  # index of the closing mark, or the paragraph end when the quote runs on
    para_start: int
    para_end: int
    closed: bool = True
    continues: bool = False  # an unclosed quote whose next paragraph reopens it

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (a paragraph in news text)."""
    return [(m.start(), m.end()) for m in _PARA.finditer(text) if m.group().strip()]


def _is_open_single(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-\"“") and (nxt.isalnum() or nxt in "“\"")


def _is_close_single(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    return not nxt.isalnum() and not prev.isspace()


def _straight_double(text: str, i: int) -> str:
    """'open' or 'close' for a straight double quote, from its neighbours."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-:" or i == 0:
        return "open"
    if nxt.isspace() or nxt in ".,;:!?)]}—–-" or i + 1 == len(text):
        return "close"
    return "open" if not prev.isalnum() else "close"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quotation spans per paragraph; an unclosed quote runs to its paragraph's end."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text)
    for pi, (ps, pe) in enumerate(paras):
        stack_open: int | None = None
        kind = ""
        i = ps
        while i < pe:
            ch = text[i]
            if stack_open is None:
                if ch == OPEN_D or (ch == '"' and _straight_double(text, i) == "open"):
                    stack_open, kind = i, "d"
                elif (ch == OPEN_S or ch == "'") and _is_open_single(text, i):
                    stack_open, kind = i, "s" if ch == OPEN_S else "'"
            else:
                if kind == "d" and ch in (CLOSE_D, '"'):
                    if i > stack_open + 1:
                        spans.append(QuoteSpan(stack_open, i, ps, pe))
                    stack_open = None
                elif kind == "d" and ch == OPEN_D and text[stack_open] == OPEN_D:
                    stack_open = i  # a stray opening mark: restart from the later one
                elif kind in ("s", "'") and ch == (CLOSE_S if kind == "s" else "'") and _is_close_single(text, i):
                    if i > stack_open + 1:
                        spans.append(QuoteSpan(stack_open, i, ps, pe))
                    stack_open = None
            i += 1
        if stack_open is not None and kind == "d":
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            reopens = nxt is not None and text[nxt[0]] in (OPEN_D, '"')
            end = pe
            while end > stack_open + 1 and text[end - 1].isspace():
                end -= 1
            if end > stack_open + 1:
                spans.append(QuoteSpan(stack_open, end, ps, pe, closed=False, continues=reopens))
    return spans
