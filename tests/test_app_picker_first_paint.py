"""The speaker picker's rows are built before the list is laid out, at the width it will have: at 80
columns they were built one cell too wide and the first rows drawn wrapped a long role onto a second
line ("Republican presidential" / "c…") until the list was laid out and they were built again."""

from __future__ import annotations

import pytest

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.pickers import SpeakerPicker, estimated_row_width

from app_helpers import settle


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 35), (200, 50)])
async def test_rows_are_built_at_the_width_the_list_takes(story_dirs, size):
    app = make_app(corpus=story_dirs[0], index_dir=story_dirs[1],
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await pilot.press("s")
        await settle(app, pilot)
        picker = app.screen
        assert isinstance(picker, SpeakerPicker)
        laid_out = picker.query_one("#speaker-list").scrollable_content_region.width
        assert laid_out > 0 and estimated_row_width(size[0]) == laid_out
        rows = picker.query_one("#speaker-list")
        for i in range(1, rows.option_count):  # every row one line of the list's width
            prompt = rows.get_option_at_index(i).prompt
            assert prompt.cell_len <= laid_out and "\n" not in prompt.plain
