"""The story and the comparison take their colours from the theme: every piece of text reads at 4.5:1
or more on what it is drawn on, in the light theme and the dark one (and after Ctrl+T)."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.filter import ANSIToTruecolor, DimFilter

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.side_by_side import SideBySideScreen
from briefing.tui.screens.story import StoryScreen

from app_helpers import contrast, settle


def worst_contrast(app, widgets) -> tuple[float, str]:
    """The lowest contrast of any visible character in ``widgets`` as the screen shows it (ANSI colours
    as the theme's, dim blended toward the ground), with the text it was measured on."""
    to_rgb, dim = ANSIToTruecolor(app.ansi_theme), DimFilter()
    worst = (21.0, "")
    for widget in widgets:
        ground = widget.background_colors[1]
        for y in range(widget.size.height):
            strip = widget.render_line(y).apply_filter(to_rgb, ground).apply_filter(dim, ground)
            for seg in strip:
                if not seg.text.strip() or seg.style is None or seg.style.color is None:
                    continue
                style = seg.style
                fg = Color.from_rich_color(style.color)
                bg = Color.from_rich_color(style.bgcolor) if style.bgcolor and style.bgcolor.triplet else ground
                ratio = contrast(fg, bg)
                if ratio < worst[0]:
                    worst = (ratio, f"{type(widget).__name__}#{widget.id}: {seg.text.strip()[:40]!r}")
    return worst


@pytest.fixture
def story_app(story_dirs):
    corpus, index = story_dirs
    return make_app(corpus=corpus, index_dir=index,
                    config=AppConfig(debounce_ms=0, show_timing=False), restore=False)


async def _open(app, pilot, key: str):
    await settle(app, pilot)
    app.action_focus_search()
    app.query_one("#query").value = "Harbor bridge"
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press(key)
    await settle(app, pilot)


@pytest.mark.parametrize("first", ["textual-light", "textual-dark"])
async def test_story_text_reads_in_the_light_and_dark_themes(story_app, first):
    app = story_app
    app.theme = first
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(app, pilot, "o")
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.view is not None
        for theme in (first, "textual-dark" if first == "textual-light" else "textual-light"):
            app.theme = theme
            await settle(app, pilot)
            for timeline in (False, True):  # the claim's sentences, then the timeline and speakers
                if screen._timeline != timeline:
                    await pilot.press("t")
                    await settle(app, pilot)
                parts = [screen.query_one(f"#{i}") for i in ("story-status", "story-head", "story-claims",
                                                             "story-detail-text")]
                ratio, where = worst_contrast(app, parts)
                assert ratio >= 4.5, (theme, timeline, round(ratio, 2), where)


@pytest.mark.parametrize("first", ["textual-light", "textual-dark"])
async def test_comparison_text_reads_in_the_light_and_dark_themes(story_app, first):
    app = story_app
    app.theme = first
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(app, pilot, "c")
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and screen.comparison is not None
        kinds = {r.kind for r in screen.comparison.rows}
        assert {"pair", "only_a", "only_b"} <= kinds, kinds
        for theme in (first, "textual-dark" if first == "textual-light" else "textual-light"):
            app.theme = theme
            await settle(app, pilot)
            view = screen.query_one("#compare")
            for row in range(len(screen.comparison.rows)):  # the cursor over every kind of band
                view.go_to(row)
                await pilot.pause()
                parts = [screen.query_one(f"#{i}") for i in ("compare-status", "compare-titles", "compare",
                                                             "compare-legend")]
                ratio, where = worst_contrast(app, parts)
                assert ratio >= 4.5, (theme, row, round(ratio, 2), where)
