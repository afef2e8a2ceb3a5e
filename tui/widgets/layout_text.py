"""Reflow of an article body into display lines that keep their character offsets (no Textual)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Line:
    """One display line: ``body[start:end]``; ``start == end`` for a blank separator line."""

    start: int
    end: int


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-blank lines of ``body`` as (start, end) ranges: each is reflowed as one paragraph."""
    out, pos = [], 0
    for raw in body.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return out


def reflow(body: str, width: int) -> list[Line]:
    """Greedy word wrap of every paragraph to ``width`` cells, a blank line between paragraphs."""
    width = max(8, width)
    lines: list[Line] = []
    for n, (ps, pe) in enumerate(paragraphs(body)):
        if n:
            lines.append(Line(ps, ps))
        start = line_end = ps
        used = 0
        for m in _WORD.finditer(body, ps, pe):
            ws, we = m.start(), m.end()
            w = cell_len(m.group())
            gap = cell_len(body[line_end:ws]) if used else 0
            if used and used + gap + w > width:
                lines.append(Line(start, line_end))
                start, used, gap = ws, 0, 0
            if not used and w > width:  # a word longer than the line: hard split
                pos = ws
                while cell_len(body[pos:we]) > width:
                    cut = _fit(body, pos, width)
                    lines.append(Line(pos, cut))
                    pos = cut
                start, used, line_end = pos, cell_len(body[pos:we]), we
                continue
            used += gap + w
            line_end = we
        lines.append(Line(start, line_end))
    return lines


def _fit(body: str, start: int, width: int) -> int:
    """The end offset of the longest run from ``start`` that fits ``width`` cells (at least one char)."""
    used, i = 0, start
    while i < len(body):
        c = cell_len(body[i])
        if used + c > width and i > start:
            break
        used += c
        i += 1
    return i


def line_of(lines: list[Line], offset: int) -> int:
    """Index of the display line holding body ``offset`` (binary search)."""
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return max(0, lo)
