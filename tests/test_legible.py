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


def rounded_ratios(strip: Strip, ground: Color, system, terminal) -> list[float]:
    """Contrasts once Rich rounds text and ground to ``system``'s palette."""
    def shown(c, fg):
        return Color(*c.downgrade(system).get_truecolor(terminal, fg))
    out = []
    for s in strip:
        if s.text.strip() and s.style is not None and s.style.color is not None:
            bg = s.style.bgcolor if s.style.bgcolor is not None else ground.rich_color
            out.append(contrast(shown(s.style.color, True), shown(bg, False)))
    return out


def test_colours_read_once_rounded_to_256_and_16_colours():
    from rich.color import ColorSystem
    from textual._ansi_theme import MONOKAI

    violet = Color(136, 57, 239)  # white reads on it (5.4:1); rounded to 256 colours, 4.1:1
    strip = line(("Riverton", "#ffffff"), (" said", "#f0f0f0"))
    assert min(ratios(legible(strip, violet, MONOKAI), violet)) >= 4.5
    assert legible(strip, violet, MONOKAI) is strip  # truecolor: as chosen
    assert min(rounded_ratios(strip, violet, ColorSystem.EIGHT_BIT, MONOKAI)) < 4.5
    for system in (ColorSystem.EIGHT_BIT, ColorSystem.STANDARD):
        out = legible(strip, violet, MONOKAI, system)
        assert min(rounded_ratios(out, violet, system, MONOKAI)) >= 4.5, system
        assert out.text == strip.text


def test_a_chip_no_text_reads_on_gets_a_ground_that_reads():
    """A mark on a mid-tone red (the flag's) that rounds to a 16-colour red nothing reads on."""
    from rich.color import ColorSystem
    from textual._ansi_theme import MONOKAI

    flag = Style(color="#000000", bgcolor="#b93c5b", bold=True)
    strip = Strip([Segment("!", flag), Segment(" The claim", Style(color="#e0e0e0"))])
    dark = Color(18, 18, 18)
    assert min(rounded_ratios(strip, dark, ColorSystem.STANDARD, MONOKAI)) < 4.5
    out = legible(strip, dark, MONOKAI, ColorSystem.STANDARD)
    assert min(rounded_ratios(out, dark, ColorSystem.STANDARD, MONOKAI)) >= 4.5
    assert list(out)[0].style.bold  # the mark keeps its weight
