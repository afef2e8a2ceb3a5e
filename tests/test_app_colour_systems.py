"""On a terminal of 256 or 16 colours (TERM=xterm-256color without COLORTERM, or a plain xterm) Rich
rounds every colour to its palette; every list's cursor row and every footer key still reads at 4.5:1
or more once text and ground are both rounded, in every one of Textual's themes (on xterm-256color the
story's cursor row read at 2.8:1)."""

from __future__ import annotations

import pytest
import textual.constants
from rich.color import ColorSystem
from textual.color import Color
from textual.filter import ANSIToTruecolor, DimFilter

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.widgets.footer import KeyHint

from app_helpers import drawing, contrast, settle, walk_cursor_lists


def shown(colour, system: ColorSystem, terminal, foreground: bool) -> Color:
    """A colour as the terminal shows it: rounded by Rich to ``system``'s palette."""
    return Color(*colour.downgrade(system).get_truecolor(terminal, foreground))


def worst(app, widget, system: ColorSystem) -> tuple[float, str]:
    """The lowest contrast of any visible character of ``widget`` once its colours are rounded."""
    terminal = app.ansi_theme
    to_rgb, dim = ANSIToTruecolor(terminal), DimFilter()
    ground = widget.background_colors[1]
    low = (21.0, "")
    for y in range(widget.size.height):
        for seg in widget.render_line(y).apply_filter(to_rgb, ground).apply_filter(dim, ground):
            if not "".join(c for c in seg.text if not drawing(c)).strip() or seg.style is None \
                    or seg.style.color is None:  # (a border, a rule, a bar: a line, not text)
                continue
            bg = seg.style.bgcolor
            bg = bg if bg is not None and bg.triplet else ground.rich_color
            ratio = contrast(shown(seg.style.color, system, terminal, True), shown(bg, system, terminal, False))
            if ratio < low[0]:
                low = (ratio, f"#{widget.id} line {y}: {seg.text.strip()[:30]!r}")
    return low


SYSTEMS = {"256": ColorSystem.EIGHT_BIT, "standard": ColorSystem.STANDARD}
"""The colour systems that round, by the name the console gives them."""


@pytest.fixture
def rounding_app(story_dirs, monkeypatch):
    """The app on a 256-colour terminal (what TERM would make it); :func:`worst_in_each` switches it to 16."""
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "256")
    corpus, index = story_dirs
    return make_app(corpus=corpus, index_dir=index,
                    config=AppConfig(debounce_ms=0, show_timing=False), restore=False)


async def worst_in_each(app, pilot, widgets) -> dict[str, list[tuple[float, str]]]:
    """:func:`worst` of each of ``widgets`` on a terminal of each rounding colour system, in one app: the
    app reads its console's colour system as it draws, so the widgets are drawn again in each."""
    out = {}
    for name, system in SYSTEMS.items():
        app.console._color_system = system
        assert app.console.color_system == name
        for widget in widgets:
            widget.refresh()
        await pilot.pause()
        out[name] = [worst(app, widget, system) for widget in widgets]
    return out


async def test_every_cursor_reads_once_rounded(rounding_app):
    app = rounding_app
    failures: dict[str, list[tuple]] = {name: [] for name in SYSTEMS}

    async def each_theme(where: str, widget, before=None) -> None:
        for theme in themes:
            app.theme = theme
            await settle(app, pilot, rounds=1)
            if before is not None:
                before()
                await pilot.pause()
            for name, [(ratio, what)] in (await worst_in_each(app, pilot, [widget])).items():
                if ratio < 4.5:
                    failures[name].append((theme, where, round(ratio, 2), what))

    async with app.run_test(size=(120, 36)) as pilot:
        assert app.console.color_system == "256"
        await settle(app, pilot)
        themes = sorted(app.available_themes)
        assert len(themes) >= 21
        await walk_cursor_lists(app, pilot, each_theme)
    for name in SYSTEMS:
        assert failures[name] == [], f"{name} colours:\n" + "\n".join(map(str, failures[name]))


async def test_footer_keys_read_once_rounded(rounding_app):
    app = rounding_app
    failures: dict[str, list[tuple]] = {name: [] for name in SYSTEMS}
    async with app.run_test(size=(160, 36)) as pilot:
        assert app.console.color_system == "256"
        await settle(app, pilot)
        app.action_focus_results()
        await settle(app, pilot)
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(app, pilot, rounds=1)
            hints = [h for h in app.screen.query(KeyHint) if h.can_press]
            assert hints
            for name, lows in (await worst_in_each(app, pilot, hints)).items():
                for hint, (ratio, what) in zip(hints, lows):
                    if ratio < 4.5:
                        failures[name].append((theme, round(ratio, 2), what, hint.key))
    for name in SYSTEMS:
        assert failures[name] == [], f"{name} colours:\n" + "\n".join(map(str, failures[name]))


def cell_contrast(app, x: int, y: int, system: "ColorSystem | None") -> tuple[float, str]:
    """The contrast of the character drawn at ``x, y`` as the terminal shows it: reverse swaps text and
    ground, dim fades the text toward its ground (reversed: the worse of fading the letter or the colour
    that becomes the block), then both are rounded to ``system``'s palette (None: as they are)."""
    from rich.color import Color as RichColor
    from textual.constants import DIM_FACTOR
    from textual.strip import Strip

    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens, simplify=True)
    [seg] = list(Strip.join(update.strips[y]).crop(x, x + 1))
    style, terminal = seg.style, app.ansi_theme
    text = Color(*style.color.get_truecolor(terminal, True))
    ground = Color(*style.bgcolor.get_truecolor(terminal, False))
    if style.reverse:
        text, ground = ground, text
    pairs = [(text, ground)]
    if style.dim:
        pairs = [(ground.blend(text, DIM_FACTOR), ground)]
        if style.reverse:
            pairs.append((text, text.blend(ground, DIM_FACTOR)))

    def rounded(colour: Color, foreground: bool) -> Color:
        return colour if system is None else shown(RichColor.from_triplet(colour.rich_color.triplet), system,
                                                   terminal, foreground)

    return min(contrast(rounded(t, True), rounded(g, False)) for t, g in pairs), f"{seg.text!r} {style}"


async def test_the_text_cursor_reads_in_the_note_and_speaker_boxes(rounding_app):
    """On an empty box the cursor is drawn on the placeholder's first letter, dim as the placeholder is;
    ansi-light's cursor is reversed, and on 16 colours its faded block read at 4.18:1."""
    from rich.color import ColorSystem as CS
    from textual.widgets import Input

    app = rounding_app
    failures = []
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.action_focus_quotes()
        await settle(app, pilot)
        themes = sorted(app.available_themes)
        assert "ansi-light" in themes and len(themes) >= 21
        for key in ("a", "s"):
            await pilot.press(key)
            await settle(app, pilot)
            box = app.screen.query_one(Input)
            box.cursor_blink = False  # (the cursor drawn, as half the time)
            for value in ("", "Quay"):
                box.value, box.cursor_position = value, 0
                for theme in themes:
                    app.theme = theme
                    await settle(app, pilot, rounds=1)
                    x, y = box.content_region.x, box.content_region.y
                    for name, system in (("truecolor", None), *SYSTEMS.items()):
                        app.console._color_system = system or CS.TRUECOLOR
                        box.refresh()
                        await pilot.pause()
                        ratio, what = cell_contrast(app, x, y, system)
                        if ratio < 4.5:
                            failures.append((key, value, theme, name, round(ratio, 2), what))
                app.console._color_system = CS.EIGHT_BIT
            await pilot.press("escape")
            await settle(app, pilot)
    assert failures == []
