"""Text that reads on what it is drawn on, whatever the theme: a line's colours under 4.5:1 on their
ground (a speaker's colour on a list's cursor, a mark on a theme's pale or mid-tone cursor) are moved
toward black or white until they read (``theme_ink.readable``), their hue kept.

Textual's 21 themes pick their own cursor colours; no one colour for marks, speakers and text reads
on all of them (with 8 themes the story's cursor row was under 4.5:1). The lists pass each line they
draw through :func:`legible`.

On a terminal of 256 or 16 colours Rich rounds every colour (text and ground) to the nearest of its
palette (``Color.downgrade``), which can undo a fix (a story cursor row read at 2.8:1 on
xterm-256color): given the app's colour system (:func:`colour_system`), a colour reads only if it also
reads once both are rounded.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color as RichColor, ColorSystem
from rich.console import COLOR_SYSTEMS
from rich.segment import Segment
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.filter import LineFilter
from textual.strip import Strip
from textual.widgets import RadioButton

from .theme_ink import MIN_CONTRAST, contrast, luminance, readable


def _rgb(colour: RichColor, terminal: TerminalTheme, foreground: bool) -> Color:
    return Color.from_rich_color(RichColor.from_triplet(colour.get_truecolor(terminal, foreground)))


ROUNDED = (ColorSystem.EIGHT_BIT, ColorSystem.STANDARD)
"""The colour systems whose rounding :func:`legible` allows for (truecolor draws colours as they are)."""


def colour_system(app) -> "ColorSystem | None":
    """The colour system the app's terminal is drawn in, if one that rounds colours (else None)."""
    system = COLOR_SYSTEMS.get(getattr(app.console, "color_system", None) or "")
    return system if system in ROUNDED else None


def rounded(colour: Color, system: "ColorSystem | None", terminal: TerminalTheme, foreground: bool) -> Color:
    """``colour`` as a terminal of ``system`` shows it: rounded to its palette (the ANSI colours as
    ``terminal`` draws them); itself in truecolor."""
    if system is None:
        return colour
    return _rgb(colour.rich_color.downgrade(system), terminal, foreground)


def _worst(fg: Color, bg: Color, system: "ColorSystem | None", terminal: TerminalTheme) -> float:
    """The contrast of ``fg`` on ``bg`` as the terminal shows them (rounded to ``system``'s palette)."""
    if system is None:
        return contrast(fg, bg)
    return contrast(rounded(fg, system, terminal, True), rounded(bg, system, terminal, False))


def _moved(colour: Color, ground: Color, system: "ColorSystem | None", terminal: TerminalTheme) -> Color:
    """``colour`` moved toward black or white until it reads on ``ground`` (rounded too, with ``system``)."""
    moved = readable(colour, [ground])
    if system is None or _worst(moved, ground, system, terminal) >= MIN_CONTRAST:
        return moved
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    for target in sorted((black, white), key=lambda t: -_worst(t, ground, system, terminal)):  # the better first
        for step in range(1, 21):
            c = colour.blend(target, step / 20)
            if _worst(c, ground, system, terminal) >= MIN_CONTRAST:
                return c
    return max((black, white), key=lambda c: _worst(c, ground, system, terminal))


@lru_cache(maxsize=4096)
def _fixed(fg: RichColor, bg: RichColor, dim: bool, terminal: TerminalTheme,
           system: "ColorSystem | None" = None) -> "Style | None":
    """The style that makes ``fg`` (dimmed: blended toward the ground) read on ``bg``; None if it does."""
    ground = _rgb(bg, terminal, False)
    colour = _rgb(fg, terminal, True)
    shown = ground.blend(colour, DIM_FACTOR) if dim else colour
    if _worst(shown, ground, system, terminal) >= MIN_CONTRAST:
        return None
    moved = _moved(shown, ground, system, terminal)
    if system is None or _worst(moved, ground, system, terminal) >= MIN_CONTRAST:
        return Style(color=moved.rich_color, dim=False)
    # a ground no text reads on once rounded (a mid-tone red of a 16-colour palette): the ground moves
    # away from the text, black or white, until it reads
    back = Color(255, 255, 255) if luminance(moved) < 0.18 else Color(0, 0, 0)
    for step in range(1, 21):
        under = ground.blend(back, step / 20)
        if _worst(moved, under, system, terminal) >= MIN_CONTRAST:
            break
    return Style(color=moved.rich_color, bgcolor=under.rich_color, dim=False)


def _drawn(style: Style, base: RichColor, terminal: TerminalTheme, system: "ColorSystem | None" = None) -> Style:
    """``style`` as :func:`legible` draws it on ``base`` (where it has no ground of its own)."""
    if style.reverse and style.dim and style.color is not None:
        return _undimmed(style, base, terminal, system)
    if style.color is None or style.reverse:
        return style
    bg = style.bgcolor if style.bgcolor is not None and not style.bgcolor.is_default else base
    fix = _fixed(style.color, bg, bool(style.dim), terminal, system)
    return style if fix is None else style + fix


@lru_cache(maxsize=1024)
def _undimmed(style: Style, base: RichColor, terminal: TerminalTheme, system: "ColorSystem | None") -> Style:
    """A reversed, dimmed piece (a text box's cursor on its dim placeholder; ansi-light's cursor is
    reversed) loses the dim where it would not read. Terminals fade the letter or the colour that
    becomes the block: both must read (on 16 colours ansi-light's faded block was 4.18:1)."""
    block = _rgb(style.color, terminal, True)  # (reversed: the text's colour is the block)
    letter = _rgb(style.bgcolor if style.bgcolor is not None and not style.bgcolor.is_default else base,
                  terminal, False)
    if min(_worst(block.blend(letter, DIM_FACTOR), block, system, terminal),
           _worst(letter, letter.blend(block, DIM_FACTOR), system, terminal)) >= MIN_CONTRAST:
        return style
    return style + Style(dim=False)


def legible_style(style: Style, ground: Color, terminal: TerminalTheme,
                  system: "ColorSystem | None" = None) -> Style:
    """``style`` with its colour at 4.5:1 or more on its background (``ground`` where it has none),
    rounded to ``system``'s palette too (see :func:`colour_system`)."""
    return _drawn(style, ground.rich_color, terminal, system)


LINES = "".join(chr(c) for c in range(0x2500, 0x25A0)) + " \t\n\r\u00a0\u3000"
"""Box-drawing and block characters (borders, rules, bars) and spaces: drawn lines, not text, left as drawn."""


_STYLES: "dict[tuple[RichColor, TerminalTheme, ColorSystem | None], dict[Style, Style]]" = {}
"""By (ground, palette, colour system): each style met on it and the style drawn for it; worked out once per pair of
colour and ground, not per line drawn (a repaint draws every line of every list)."""


def styles_on(base: RichColor, terminal: TerminalTheme, system: "ColorSystem | None" = None
              ) -> "dict[Style, Style]":
    """The styles drawn so far on ``base`` with ``terminal``'s palette (what :func:`legible` reuses)."""
    key = (base, terminal, system)
    known = _STYLES.get(key)
    if known is None or len(known) > 4096:
        if len(_STYLES) > 64:
            _STYLES.clear()
        known = _STYLES[key] = {}
    return known


def legible(strip: Strip, ground: Color, terminal: TerminalTheme, system: "ColorSystem | None" = None) -> Strip:
    """``strip`` with every coloured piece of text at 4.5:1 or more on its background (``ground`` where
    it has none of its own); ``terminal``: the colours of the ANSI palette (``App.ansi_theme``);
    ``system``: the terminal's colour system when it rounds colours (:func:`colour_system`)."""
    out = _segments(list(strip), ground, terminal, system)
    return strip if out is None else Strip(out, strip.cell_length)


def _segments(segments: "list[Segment]", ground: Color, terminal: TerminalTheme,
              system: "ColorSystem | None") -> "list[Segment] | None":
    """:func:`legible` of a line's segments; None if none changes."""
    base = ground.rich_color
    known = styles_on(base, terminal, system)
    out: "list[Segment] | None" = None
    for i, seg in enumerate(segments):
        style = seg.style
        if style is not None:
            drawn = known.get(style)
            if drawn is None:
                drawn = known[style] = _drawn(style, base, terminal, system)
            if drawn is not style and not seg.control and seg.text.strip(LINES):  # (lines, spaces: as drawn)
                if out is None:
                    out = segments[:i]
                out.append(Segment(seg.text, drawn))
                continue
        if out is not None:
            out.append(seg)
    return out


class LegibleLines:
    """:func:`legible` for a list whose lines are the same ``Strip`` objects paint after paint (an
    OptionList keeps each option's lines): each line is made legible once per ground and palette."""

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._for: "tuple[Color, int, ColorSystem | None] | None" = None
        self._lines: "dict[int, tuple[Strip, Strip]]" = {}

    def __call__(self, strip: Strip, ground: Color, terminal: TerminalTheme,
                 system: "ColorSystem | None" = None) -> Strip:
        if self._for != (ground, id(terminal), system) or len(self._lines) >= self._size:
            self._for, self._lines = (ground, id(terminal), system), {}
        known = self._lines.get(id(strip))
        if known is not None and known[0] is strip:  # (the strip kept: its id is not reused)
            return known[1]
        out = legible(strip, ground, terminal, system)
        self._lines[id(strip)] = (strip, out)
        return out


class LegibleFilter(LineFilter):
    """:func:`legible` as a line filter, for every widget's lines (the app adds it to Textual's): the title
    bar, border titles, status lines and dialogs take the theme's colours, and with light themes some of
    those read at 1.5-3.5:1 (the search box's title, the search time)."""

    def __init__(self, app, enabled: bool = True) -> None:
        super().__init__(enabled)
        self._app = app

    def apply(self, segments: "list[Segment]", background: Color) -> "list[Segment]":
        app = self._app
        out = _segments(segments, background, app.ansi_theme, colour_system(app))
        return segments if out is None else out


class KeepsFaint:
    """A toggle whose faint dot means something (a radio button not chosen): its button (the dot and
    its ends) is drawn in the theme's colours as they are, its label made legible like all text."""

    def get_line_filters(self):
        return [_LabelOnly(f) if isinstance(f, LegibleFilter) else f for f in super().get_line_filters()]


class _LabelOnly(LineFilter):
    """``legible`` for what follows a toggle's button on its line (the button left as drawn)."""

    def __init__(self, legible_filter: LegibleFilter) -> None:
        super().__init__(legible_filter.enabled)
        self._legible = legible_filter

    def apply(self, segments: "list[Segment]", background: Color) -> "list[Segment]":
        for i, seg in enumerate(segments):
            if TOGGLE_INNER in seg.text:
                rest = segments[i + 1:]
                return segments[:i + 1] + self._legible.apply(rest, background) if rest else segments
        return self._legible.apply(segments, background)


TOGGLE_INNER = RadioButton.BUTTON_INNER
"""The dot of Textual's radio buttons (and checkboxes)."""
