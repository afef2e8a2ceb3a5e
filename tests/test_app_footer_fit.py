"""The footer shows every key of the focused pane or screen, whole, at 80×24 and 100×30."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.widgets import Footer
from briefing.tui.widgets.footer import KeyHint

from app_helpers import app_for, search, settle


def own_shown_actions(screen) -> set[str]:
    """The actions the focused widget, its ancestors and the screen ask the footer to show (their classes'
    ``BINDINGS``, enabled by the ``check_action`` of the node that runs them)."""
    out = set()
    focused = screen.focused
    for node in (focused.ancestors_with_self if focused is not None else [screen]):
        if isinstance(node, App):
            break
        for base in type(node).__mro__:
            for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", ())):
                target, _, action = binding.action.rpartition(".")
                runner = screen.app if target == "app" else screen if target == "screen" else node
                if binding.show and runner.check_action(action.split("(")[0], ()) is not False:
                    out.add(action)
    return out


def test_the_app_reads_bindings_through_textual_public_api():
    """The footer read the keys through Screen._modal_binding_chain, a private attribute that can change
    in any Textual release; it reads Screen.active_bindings and the widgets' declared BINDINGS."""
    import briefing.tui as tui

    root = Path(tui.__file__).parent
    private = re.compile(r"\._(?:modal_binding_chain|binding_chain|check_action_state)\b")
    used = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if private.search(line)]
    assert used == []


def check_footer(app, where: str) -> list[str]:
    """The footer's descriptions, after checking each key is whole on screen and the pane's keys are all there."""
    keys = list(app.screen.query_one(Footer).query(KeyHint))
    width = app.size.width
    for key in keys:
        region = key.region
        assert region.width > 0 and 0 <= region.x and region.right <= width, (where, key.description, region)
    assert wide_scrollbars(app.screen) == [], where  # one-cell scroll bars everywhere
    shown = {k.action.split(".")[-1] for k in keys}
    missing = own_shown_actions(app.screen) - shown
    if width >= 80:  # (narrower, the pane's keys that do not fit are left to Help, which lists every key)
        assert not missing, (where, missing, [k.description for k in keys])
    return [k.description for k in keys]


async def walk(app, pilot) -> dict[str, list[str]]:
    """Visit each pane and screen of the app, checking the footer at each: {where: descriptions}."""
    seen = {}
    await settle(app, pilot)
    seen["search box"] = check_footer(app, "search box")
    await search(app, pilot, "Nvidia")
    app.action_focus_results()
    await settle(app, pilot)
    seen["results"] = check_footer(app, "results")
    await pilot.press("enter")
    await settle(app, pilot)
    app.query_one("#reader").focus()
    await settle(app, pilot)
    seen["reader"] = check_footer(app, "reader")
    for key in ("c", "o"):  # side by side, the story across outlets (from the results)
        app.action_focus_results()
        await settle(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        seen[type(app.screen).__name__] = check_footer(app, type(app.screen).__name__)
        while len(app.screen_stack) > 1:
            await pilot.press("escape")
            await settle(app, pilot)
    app.action_focus_quotes()
    await settle(app, pilot)
    seen["quotes"] = check_footer(app, "quotes")
    for key in ("question_mark", "a", "e", "s", "S"):  # help, annotate, export, speakers, saved searches
        app.action_focus_quotes()
        await settle(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        assert len(app.screen_stack) == 2, key
        seen[type(app.screen).__name__] = check_footer(app, type(app.screen).__name__)
        while len(app.screen_stack) > 1:
            await pilot.press("escape")
            await settle(app, pilot)
    return seen


@pytest.mark.parametrize("size", [(40, 20), (60, 24), (80, 24), (100, 30)])
async def test_every_key_a_pane_shows_is_whole_in_the_footer(seeds_index, size):
    app = app_for(seeds_index)
    async with app.run_test(size=size) as pilot:
        seen = await walk(app, pilot)
    if size[0] >= 80:
        assert {"Go to", "Select", "Annotate", "Speaker", "Export", "Help"} <= set(seen["quotes"])
    else:  # the pane's first keys while they fit, and Help, which lists the rest
        assert {"Go to", "Help"} <= set(seen["quotes"]), seen["quotes"]
    for where in ("results", "reader", "quotes", "SideBySideScreen", "StoryScreen"):
        assert "Help" in seen[where], where  # the key that lists every other one


async def focus_after_search(app, pilot, focus) -> None:
    """Search the seeds for "Nvidia", then focus a pane with ``focus`` (an app action) and settle."""
    await search(app, pilot, "Nvidia")
    focus()
    await settle(app, pilot)


async def test_app_wide_keys_come_back_when_the_terminal_widens(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_after_search(app, pilot, app.action_focus_quotes)
        narrow = check_footer(app, "quotes at 80")
        assert "Quit" not in narrow and "Help" in narrow
        await pilot.resize_terminal(160, 40)
        await settle(app, pilot)
        wide = check_footer(app, "quotes at 160")
        assert {"Search", "Help", "Story", "Saved", "Quit"} <= set(wide)
        assert wide[:len(narrow) - 1] == narrow[:-1]  # the pane's own keys first, in the same order


def wide_scrollbars(screen) -> list[str]:
    """The widgets of ``screen`` showing a vertical scroll bar wider than one cell."""
    return [f"{type(w).__name__}#{w.id}" for w in screen.query("*")
            if w.show_vertical_scrollbar and w.styles.scrollbar_size_vertical != 1]


async def test_the_help_dialog_s_scroll_bar_is_one_cell_wide_as_the_panes(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_after_search(app, pilot, app.action_focus_quotes)
        await pilot.press("question_mark")
        await settle(app, pilot)
        body = app.screen.query_one("#help-body")
        assert body.show_vertical_scrollbar  # the quote pane's keys do not fit in 24 rows
        assert body.vertical_scrollbar.region.width == 1
        assert wide_scrollbars(app.screen) == []


async def test_the_footer_is_built_again_only_when_its_keys_change(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_after_search(app, pilot, app.action_focus_results)
        footer = app.screen.query_one(Footer)
        before = list(footer.query(KeyHint))
        app.screen.refresh_bindings()  # nothing changed: the same keys
        await pilot.resize_terminal(81, 24)  # a column more: no other key fits in it
        await settle(app, pilot)
        assert list(footer.query(KeyHint)) == before
        app.action_focus_quotes()
        await settle(app, pilot)
        assert "Speaker" in check_footer(app, "quotes")  # another pane: its keys
