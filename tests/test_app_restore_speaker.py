"""Reopening the app brings back the quote pane's speaker filter with the query and the article."""

from __future__ import annotations

from briefing.tui.config import AppConfig, load_state
from briefing.tui.main import make_app

from app_helpers import app_for, search, settle

SIZE = (120, 35)


async def test_the_speaker_filter_is_back_after_a_restart(seeds_index):
    """The filter was lost: the pane came back with the article's quotes."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.article.id
        name = next(sp.name for sp in app.speakers if sp.count > 1)
        app.apply_speaker_filter(name)
        await settle(app, pilot)
        shown = [q.id for q in app.quote_rows]
        assert shown and all(q.speaker == name for q in app.quote_rows)
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker == name
    again = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.article is not None and again.article.id == opened
        assert again.speaker_filter_name == name and again.quote_scope == "speaker"
        assert [q.id for q in again.quote_rows] == shown
        assert again.focused is again.query_one("#query")  # start-up's focus: typing searches
        await pilot.press("escape", "escape")  # out of the box, then the filter is cleared
        await settle(again, pilot)
        assert again.speaker_filter_name is None
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker is None


async def test_no_filter_is_remembered_when_there_was_none(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker is None
