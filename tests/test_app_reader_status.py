"""The status lines of the reader (quote count, the query's matches only when there is a query) and of the
selected-quotes view."""

from __future__ import annotations

from app_helpers import app_for, search, settle

SIZE = (120, 35)


async def test_an_article_opened_without_a_query_counts_no_matches(seeds_index):
    """Opened from the start screen's listing (no query), the line said '0 matches (n/N)'."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader")
        assert app.article is not None
        line = str(reader.border_subtitle)
        assert "match" not in line and "n/N" not in line, line
        assert line.endswith("r related · c compare") and "quote" in line


async def test_a_query_counts_its_matches_and_says_when_the_text_has_none(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "backdoor")
        app.action_focus_results()
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader")
        n = len(reader.matches)
        assert n >= 1 and f"{n} match" in str(reader.border_subtitle)
        await pilot.press("n")
        await settle(app, pilot)
        assert f"match 1/{n} (n/N)" in str(reader.border_subtitle)
        await search(app, pilot, "source:reuters")  # a field of the metadata: no word of the text lights up
        app.action_focus_results()
        await pilot.press("enter")
        await settle(app, pilot)
        assert reader.matches == []
        assert "no match in the text" in str(reader.border_subtitle)


async def test_the_empty_selected_view_says_how_to_select(seeds_index):
    """'v' with nothing selected said '0 selected quotes · e exports them' over 'No quotes here.'"""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        app.action_focus_quotes()
        await pilot.press("v")
        await settle(app, pilot)
        status = str(app.query_one("#quote-status").render())
        assert "exports" not in status and "Space or x selects" in status, status
        await pilot.press("v", "x", "v")  # back, select one, the view again: it offers to export it
        await settle(app, pilot)
        assert "1 selected quote · e exports them" in str(app.query_one("#quote-status").render())
