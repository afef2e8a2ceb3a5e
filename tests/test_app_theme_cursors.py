"""Every list with a cursor reads at 4.5:1 or more in every one of Textual's themes: the story's claim
matrix, the results, the quote pane, the speaker picker and the comparison, cursor row included (with
8 of the 21 themes the story's cursor row was under 4.5:1, with most the results' unread mark was)."""

from __future__ import annotations

from textual.color import Color
from textual.filter import ANSIToTruecolor, DimFilter

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import contrast, settle, walk_cursor_lists


def worst(app, widget) -> tuple[float, str]:
    """The lowest contrast of any visible character of ``widget`` as the screen shows it (ANSI colours
    as the theme's, dim blended toward the ground)."""
    to_rgb, dim = ANSIToTruecolor(app.ansi_theme), DimFilter()
    ground = widget.background_colors[1]
    low = (21.0, "")
    for y in range(widget.size.height):
        for seg in widget.render_line(y).apply_filter(to_rgb, ground).apply_filter(dim, ground):
            if not seg.text.strip() or seg.style is None or seg.style.color is None:
                continue
            bg = seg.style.bgcolor
            ratio = contrast(Color.from_rich_color(seg.style.color),
                             Color.from_rich_color(bg) if bg is not None and bg.triplet else ground)
            if ratio < low[0]:
                low = (ratio, f"#{widget.id} line {y}: {seg.text.strip()[:30]!r}")
    return low


async def test_every_cursor_reads_in_every_theme(story_dirs):
    corpus, index = story_dirs
    app = make_app(corpus=corpus, index_dir=index,
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    failures: list[tuple] = []

    async def each_theme(where: str, widget, before=None) -> None:
        for theme in themes:
            app.theme = theme
            await settle(app, pilot, rounds=1)
            if before is not None:
                before()
                await pilot.pause()
            ratio, what = worst(app, widget)
            if ratio < 4.5:
                failures.append((theme, where, round(ratio, 2), what))

    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        themes = sorted(app.available_themes)
        assert len(themes) >= 21
        await walk_cursor_lists(app, pilot, each_theme, results_with_quotes=True)
    assert failures == []


async def test_speaker_colours_stay_distinct_on_the_cursor_in_every_theme(story_dirs):
    """Made to read on a focused list's cursor, the speakers' colours stay apart: none is drawn as
    black or white, and no two different colours of the palette become one."""
    from rich.segment import Segment
    from rich.style import Style
    from textual.strip import Strip

    from briefing.index.palette import PALETTE
    from briefing.tui.legible import legible

    corpus, index = story_dirs
    app = make_app(corpus=corpus, index_dir=index,
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    merged: list[tuple] = []
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        quotes = app.query_one("#quotes")
        app.action_focus_quotes()
        await settle(app, pilot)
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(app, pilot, rounds=1)
            style = quotes.get_component_rich_style("option-list--option-highlighted")
            ground = Color.from_rich_color(style.bgcolor) if style.bgcolor and style.bgcolor.triplet else None
            if ground is None:  # an ANSI theme: the terminal's colours
                continue
            ground = quotes.background_colors[1] + ground.with_alpha(1) if ground.a < 1 else ground
            line = Strip([Segment(f"name{i} ", Style(color=c, bold=True)) for i, c in enumerate(PALETTE)])
            drawn = [s.style.color.get_truecolor() for s in legible(line, ground, app.ansi_theme)]
            if len(set(drawn)) < len(PALETTE) or {(0, 0, 0), (255, 255, 255)} & set(drawn):
                merged.append((theme, ground.hex, len(set(drawn))))
    assert merged == []


async def test_footer_keys_read_in_every_theme(story_dirs):
    """The footer's keys and what they do, in the theme's footer colours, at 4.5:1 or more (light themes
    drew their keys at 2.9:1, solarized-light its descriptions at 3.4:1)."""
    from briefing.tui.widgets.footer import KeyHint

    corpus, index = story_dirs
    app = make_app(corpus=corpus, index_dir=index,
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    failures: list[tuple] = []
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await settle(app, pilot)
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(app, pilot, rounds=1)
            hints = [h for h in app.screen.query(KeyHint) if h.can_press]
            assert hints
            for hint in hints:
                ratio, what = worst(app, hint)
                if ratio < 4.5:
                    failures.append((theme, round(ratio, 2), what, hint.key))
    assert failures == []
