"""Text that reads on what it is drawn on, whatever the theme: a line's colours under 4.5:1 on their
ground (a speaker's colour on a list's cursor, a mark on a theme's pale or mid-tone cursor) are moved
toward black or white until they read (``theme_ink.readable``), their hue kept.

Textual's 21 themes pick their own cursor colours; no one colour for marks, speakers and text reads
on all of them (with 8 themes the story's cursor row was under 4.5:1). The lists pass each line they
draw through :func:`legible`.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.strip import Strip

from .theme_ink import MIN_CONTRAST, contrast, readable


def _rgb(colour: RichColor, terminal: TerminalTheme, foreground: bool) -> Color:
    return Color.from_rich_color(RichColor.from_triplet(colour.get_truecolor(terminal, foreground)))


@lru_cache(maxsize=4096)
def _fixed(fg: RichColor, bg: RichColor, dim: bool, terminal: TerminalTheme) -> "Style | None":
    """The style that makes ``fg`` (dimmed: blended toward the ground) read on ``bg``; None if it does."""
    ground = _rgb(bg, terminal, False)
    colour = _rgb(fg, terminal, True)
    shown = ground.blend(colour, DIM_FACTOR) if dim else colour
    if contrast(shown, ground) >= MIN_CONTRAST:
        return None
    return Style(color=readable(shown, [ground]).rich_color, dim=False)


def _drawn(style: Style, base: RichColor, terminal: TerminalTheme) -> Style:
    """``style`` as :func:`legible` draws it on ``base`` (where it has no ground of its own)."""
    if style.color is None or style.reverse:
        return style
    bg = style.bgcolor if style.bgcolor is not None and not style.bgcolor.is_default else base
    fix = _fixed(style.color, bg, bool(style.dim), terminal)
    return style if fix is None else style + fix


def legible_style(style: Style, ground: Color, terminal: TerminalTheme) -> Style:
    """``style`` with its colour at 4.5:1 or more on its background (``ground`` where it has none)."""
    return _drawn(style, ground.rich_color, terminal)


_STYLES: "dict[tuple[RichColor, TerminalTheme], dict[Style, Style]]" = {}
"""By (ground, palette): each style met on it and the style drawn for it; worked out once per pair of
colour and ground, not per line drawn (a repaint draws every line of every list)."""


def styles_on(base: RichColor, terminal: TerminalTheme) -> "dict[Style, Style]":
    """The styles drawn so far on ``base`` with ``terminal``'s palette (what :func:`legible` reuses)."""
    key = (base, terminal)
    known = _STYLES.get(key)
    if known is None or len(known) > 4096:
        if len(_STYLES) > 64:
            _STYLES.clear()
        known = _STYLES[key] = {}
    return known


def legible(strip: Strip, ground: Color, terminal: TerminalTheme) -> Strip:
    """``strip`` with every coloured piece of text at 4.5:1 or more on its background (``ground`` where
    it has none of its own); ``terminal``: the colours of the ANSI palette (``App.ansi_theme``)."""
    base = ground.rich_color
    known = styles_on(base, terminal)
    out: list[Segment] = []
    changed = False
    for seg in strip:
        style = seg.style
        if style is None or seg.control or not seg.text.strip():
            out.append(seg)
            continue
        drawn = known.get(style)
        if drawn is None:
            drawn = known[style] = _drawn(style, base, terminal)
        if drawn is style:
            out.append(seg)
        else:
            out.append(Segment(seg.text, drawn))
            changed = True
    return Strip(out, strip.cell_length) if changed else strip


class LegibleLines:
    """:func:`legible` for a list whose lines are the same ``Strip`` objects paint after paint (an
    OptionList keeps each option's lines): each line is made legible once per ground and palette."""

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._for: "tuple[Color, int] | None" = None
        self._lines: "dict[int, tuple[Strip, Strip]]" = {}

    def __call__(self, strip: Strip, ground: Color, terminal: TerminalTheme) -> Strip:
        if self._for != (ground, id(terminal)) or len(self._lines) >= self._size:
            self._for, self._lines = (ground, id(terminal)), {}
        known = self._lines.get(id(strip))
        if known is not None and known[0] is strip:  # (the strip kept: its id is not reused)
            return known[1]
        out = legible(strip, ground, terminal)
        self._lines[id(strip)] = (strip, out)
        return out
