"""A remembered column width (< and >) is the search column's side by side; when the panes stack below
100 columns they take the whole width: the width of its own left a gap beside them (76 of 80 columns)
or cut them (a column wider than the terminal)."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle


async def test_a_remembered_width_gives_way_when_the_panes_stack(story_dirs):
    app = make_app(corpus=story_dirs[0], index_dir=story_dirs[1],
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    app.state.sidebar_width = 76
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        sidebar, reader = app.query_one("#sidebar"), app.query_one("#reader")
        assert sidebar.size.width == 76
        for width in (80, 60):
            await pilot.resize_terminal(width, 30)
            await settle(app, pilot)
            assert sidebar.size.width == width and reader.outer_size.width == width, width
        await pilot.resize_terminal(160, 40)
        await settle(app, pilot)
        assert sidebar.size.width == 76
        app.action_focus_results()
        await pilot.press("greater_than_sign")  # wider, remembered
        await settle(app, pilot)
        assert sidebar.size.width == 80 and app.state.sidebar_width == 80
        await pilot.resize_terminal(90, 30)
        await settle(app, pilot)
        assert sidebar.size.width == 90


async def test_a_width_remembered_at_startup_gives_way_on_a_narrow_terminal(story_dirs):
    app = make_app(corpus=story_dirs[0], index_dir=story_dirs[1],
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    app.state.sidebar_width = 120  # wider than the terminal
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.query_one("#sidebar").size.width == 80
        assert app.query_one("#search-pane").outer_size.width == 80
