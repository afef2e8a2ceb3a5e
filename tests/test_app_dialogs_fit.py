"""Dialogs over the main screen: their own keys in the footer, and every field reachable on 80×24."""

from __future__ import annotations

from textual.widgets import Footer
from briefing.tui.widgets.footer import KeyHint

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import search, settle


def footer_keys(screen) -> list[str]:
    return [k.description for k in screen.query_one(Footer).query(KeyHint)]


async def test_a_dialog_s_footer_shows_the_dialog_s_keys_not_the_pane_s_below(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(app, pilot, "Nvidia")
        app.action_focus_quotes()
        await settle(app, pilot)
        below = footer_keys(app.screen)
        assert "Select" in below and "Annotate" in below  # the quote pane's keys
        for key, wanted in (("s", "Back"), ("a", "Cancel"), ("question_mark", "Close"), ("e", "Export")):
            await pilot.press(key)
            await settle(app, pilot)
            shown = footer_keys(app.screen)
            assert len(app.screen_stack) == 2 and wanted in shown, (key, shown)
            assert "Select" not in shown and "Annotate" not in shown, (key, shown)
            await pilot.press("escape")
            await settle(app, pilot)
        assert len(app.screen_stack) == 1 and footer_keys(app.screen) == below


async def test_the_export_dialog_scrolls_to_its_buttons_on_an_80x24_terminal(seeds_index, tmp_path):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "Nvidia")
        app.action_focus_quotes()
        await pilot.press("x", "j", "x", "j", "x", "e")  # three quotes: the preview takes more lines
        await settle(app, pilot)
        dialog = app.screen.query_one("#export")
        assert dialog.virtual_size.height > dialog.scrollable_content_region.height  # more than fits
        assert app.focused.id == "export-format"
        for _ in range(4):  # Tab to the Cancel button, the last field
            await pilot.press("tab")
            await settle(app, pilot)
        assert app.focused.id == "export-cancel"
        box, button = dialog.scrollable_content_region, app.focused.region
        assert box.y <= button.y and button.bottom <= box.bottom, (box, button)  # the whole button is in view
        await pilot.press("enter")  # Enter on Cancel cancels
        await settle(app, pilot)
        assert len(app.screen_stack) == 1
