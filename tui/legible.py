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


def legible(strip: Strip, ground: Color, terminal: TerminalTheme) -> Strip:
    """``strip`` with every coloured piece of text at 4.5:1 or more on its background (``ground`` where
    it has none of its own); ``terminal``: the colours of the ANSI palette (``App.ansi_theme``)."""
    out: list[Segment] = []
    changed = False
    base = ground.rich_color
    for seg in strip:
        style = seg.style
        if style is None or style.color is None or seg.control or not seg.text.strip() or style.reverse:
            out.append(seg)
            continue
        bg = style.bgcolor if style.bgcolor is not None and not style.bgcolor.is_default else base
        fix = _fixed(style.color, bg, bool(style.dim), terminal)
        if fix is None:
            out.append(seg)
        else:
            out.append(Segment(seg.text, style + fix))
            changed = True
    return Strip(out, strip.cell_length) if changed else strip
