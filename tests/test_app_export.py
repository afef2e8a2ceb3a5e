"""The app keeps selections and notes in the corpus's annotation store, and exports them."""

from __future__ import annotations

import pytest

from app_helpers import settle
from test_app_flows import SIZE, app_for, search


async def test_select_annotate_export_and_restart(seeds_index, tmp_path):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Blackwell")
        await settle(app, pilot)
        if not app.quote_rows:
            pytest.skip("no quotes")
        app.action_focus_quotes()
        first, second = app.quote_rows[0], app.quote_rows[1]
        await pilot.press("space", "j", "x")
        assert app.selection.selected() == [first.id, second.id]
        await pilot.press("k", "a")
        await settle(app, pilot)
        note = app.screen.query_one("#note")
        note.value = "matters for the [bold]briefing[/bold] #blackwell #china"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.selection.note(first.id) == "matters for the [bold]briefing[/bold]"
        assert app.selection.store.get(first.id).tags == ["blackwell", "china"]
        await pilot.press("e")
        await settle(app, pilot)
        target = tmp_path / "out" / "brief.md"
        box = app.screen.query_one("#export-path")
        box.value = str(target)
        box.focus()
        await pilot.press("enter")
        await settle(app, pilot)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Briefing") and "Note: matters for the \\[bold\\]briefing\\[/bold\\]" in text
    assert "Tags: blackwell, china" in text
    assert first.text.split()[0] in text and second.text.split()[0] in text
    # a new app on the same corpus finds the selection and the note again
    again = app_for(seeds_index)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.selection.selected() == [first.id, second.id]
        assert again.selection.note(first.id).startswith("matters")


async def test_star_and_show_only_selected(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "chips")
        await settle(app, pilot)
        app.action_focus_quotes()
        rows = list(app.quote_rows)
        await pilot.press("j", "x", "asterisk")
        assert app.selection.selected() == [rows[1].id]
        assert app.selection.store.get(rows[1].id).starred
        await pilot.press("v")
        await settle(app, pilot)
        assert app.quote_scope == "selected" and [q.id for q in app.quote_rows] == [rows[1].id]
        await pilot.press("v")
        await settle(app, pilot)
        assert app.quote_scope == "search" and len(app.quote_rows) == len(rows)
