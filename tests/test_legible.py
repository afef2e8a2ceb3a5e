"""legible(): colours under 4.5:1 on their ground are moved until they read, worked out once per pair of
colour and ground (not again for every line drawn), and drawn afresh when the ground changes."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.terminal_theme import DEFAULT_TERMINAL_THEME
from textual.color import Color
from textual.strip import Strip

from briefing.tui.legible import LegibleLines, _fixed, legible, styles_on
from briefing.tui.theme_ink import contrast

PALE = Color(235, 235, 228)
DARK = Color(20, 22, 30)


def line(*pieces: tuple[str, str | None]) -> Strip:
    segments = [Segment(text, Style(color=colour) if colour else Style()) for text, colour in pieces]
    return Strip(segments)


def ratios(strip: Strip, ground: Color) -> list[float]:
    return [contrast(Color.from_rich_color(s.style.color), ground) for s in strip
            if s.text.strip() and s.style is not None and s.style.color is not None]


def test_a_faint_colour_is_moved_and_a_readable_one_kept():
    strip = line(("Maple ", "#e0d060"), ("said ", None), ("Ostrow", "#202080"))
    out = legible(strip, PALE, DEFAULT_TERMINAL_THEME)
    assert min(ratios(out, PALE)) >= 4.5
    assert out.text == strip.text
    assert list(out)[2].style == list(strip)[2].style  # dark blue on pale: as chosen
    on_dark = legible(strip, DARK, DEFAULT_TERMINAL_THEME)
    assert min(ratios(on_dark, DARK)) >= 4.5
    assert list(on_dark)[0].style == list(strip)[0].style  # yellow on dark: as chosen


def test_each_style_is_worked_out_once_per_ground():
    ground = Color(240, 238, 200)
    strips = [line((f"row {i} ", "#d8d070"), ("by ", None), (f"Speaker {i}", "#70d8d0")) for i in range(40)]
    first = [legible(s, ground, DEFAULT_TERMINAL_THEME) for s in strips]
    table = styles_on(ground.rich_color, DEFAULT_TERMINAL_THEME)
    worked_out, misses = len(table), _fixed.cache_info().misses
    assert worked_out == 3  # two colours and the plain text: not one entry per line
    again = [legible(s, ground, DEFAULT_TERMINAL_THEME) for s in strips]  # a repaint
    assert [list(s) for s in again] == [list(s) for s in first]
    assert len(table) == worked_out and _fixed.cache_info().misses == misses


def test_a_list_line_is_made_legible_again_when_the_ground_changes():
    lines = LegibleLines()
    strip = line(("unread", "#c0c040"))
    on_pale = lines(strip, PALE, DEFAULT_TERMINAL_THEME)
    assert lines(strip, PALE, DEFAULT_TERMINAL_THEME) is on_pale  # the same line, the same drawing
    assert min(ratios(on_pale, PALE)) >= 4.5
    on_dark = lines(strip, DARK, DEFAULT_TERMINAL_THEME)  # a theme change
    assert min(ratios(on_dark, DARK)) >= 4.5
    assert list(on_dark)[0].style.color != list(on_pale)[0].style.color
    other = line(("unread", "#c0c040"))  # an equal line, another object: drawn too, the same way
    assert list(lines(other, DARK, DEFAULT_TERMINAL_THEME)) == list(on_dark)
