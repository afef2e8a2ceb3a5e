"""The "/" key and the search box: "/" starts a new search wherever the focus is, text only mid-query."""

from __future__ import annotations

from briefing.tui.config import AppConfig, AppState, save_state
from briefing.tui.main import make_app

from app_helpers import settle

SIZE = (120, 40)


async def test_slash_typed_at_start_up_is_the_search_key_not_text(seeds_index):
    """The box has the focus from the first frame: "/" + a query typed at once (before the index is
    open) searches the query, without a leading "/"."""
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"chips")  # no pause: the index is still opening
        await settle(app, pilot)
        box = app.query_one("#query")
        assert box.value == "chips" and app.result.query == "chips" and app.result.total == 2
        await pilot.press("slash", *"ip")  # once something is typed, "/" is text (TCP/IP)
        await settle(app, pilot)
        assert box.value == "chips/ip"


async def test_slash_replaces_a_remembered_query_and_esc_slash_starts_afresh(seeds_index):
    """Started on a remembered search, "/" then a word searches the word (the old query is selected
    and replaced); from the results, "/" does the same."""
    save_state(AppState(corpus=None, query="Huawei"))
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query")
        assert box.value == "Huawei" and app.focused is box
        await pilot.press("slash", *"backdoor")
        await settle(app, pilot)
        assert box.value == "backdoor" and app.result.query == "backdoor"
        await pilot.press("escape")
        assert app.focused is app.query_one("#results")
        await pilot.press("slash", *"H20")
        await settle(app, pilot)
        assert box.value == "H20" and app.result.query == "H20"
        await pilot.press("left", "slash")  # a cursor move is typing too: the "/" goes in where the cursor is
        assert box.value == "H2/0"


async def test_a_remapped_search_key_leaves_slash_to_the_query(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0, keymap={"briefing.focus_search": "ctrl+f"}),
                   restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"x")  # "/" is no key of the app now: text
        assert app.query_one("#query").value == "/x"
        await pilot.press("escape", "ctrl+f", *"H20")
        await settle(app, pilot)
        assert app.query_one("#query").value == "H20" and app.result.query == "H20"
