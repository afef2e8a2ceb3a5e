"""The app uses Textual's public API only, and the keys it shows are the keys the user has.

The footer, the help screen, the search box's search key and the "Saved" notice read the bindings
through ``BINDINGS``, ``active_bindings`` and ``get_key_display`` with config.json's keymap applied.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.widgets.footer import KeyHint

from app_helpers import settle

SIZE = (120, 30)
TUI = Path(__file__).resolve().parent.parent / "tui"
PRIVATE = re.compile(r"from textual[\w.]*\._\w+ import|\b(?:app|screen|node|self)\._(?:bindings|keymap)\b"
                     r"|getattr\([^)]*\"_bindings\"")


def test_no_private_textual_name_is_used_by_the_app():
    hits = [f"{p.relative_to(TUI)}:{n}: {line.strip()}" for p in sorted(TUI.rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if PRIVATE.search(line)]
    assert hits == []


def _app(index, keymap):
    return make_app(index_dir=index, config=AppConfig(debounce_ms=0, keymap=keymap), restore=False)


async def test_the_help_screen_and_footer_show_keys_as_remapped_in_config(seeds_index):
    app = _app(seeds_index, {"briefing.story": "ctrl+o", "briefing.help": "f2"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await settle(app, pilot)
        footer = {k.description: k.key_display for k in app.screen.query(KeyHint)}
        assert footer.get("Story") == "^o" and footer.get("Help") == "f2"
        await pilot.press("f2")
        await settle(app, pilot)
        text = app.screen.plain_text()
        story = next(line for line in text.splitlines() if "briefing.story" in line)
        assert "Ctrl+O" in story or "^o" in story, story
        help_row = next(line for line in text.splitlines() if "briefing.help" in line)
        assert "F2" in help_row or "f2" in help_row, help_row
        assert "?" not in help_row.split()[0]


async def test_a_click_on_a_footer_key_runs_it(seeds_index):
    app = _app(seeds_index, {})
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await settle(app, pilot)
        hint = next(k for k in app.screen.query(KeyHint) if k.description == "Help")
        await pilot.click(hint)
        await settle(app, pilot)
        assert type(app.screen).__name__ == "HelpScreen"
