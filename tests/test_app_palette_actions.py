"""Ctrl+P lists every action a key does in the main screen (README: 'Ctrl+P every action')."""

from __future__ import annotations

from textual.binding import Binding

from briefing.tui.app import BriefingApp
from briefing.tui.commands import ACTIONS
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.lists import QuoteList
from briefing.tui.widgets.results import ResultsList

from app_helpers import app_for, search, settle

MOVES = {"back", "copy", "select", "scroll_down", "scroll_up", "scroll_home", "scroll_end", "page_down", "page_up",
         "cursor_down", "cursor_up", "first", "last", "scroll_left", "scroll_right",
         "page_left", "page_right"}
"""Keys of a pane that move in it, open what is under the cursor or copy the selected text: no command."""


def bound_actions() -> set[str]:
    out = set()
    for cls in (BriefingApp, ResultsList, QuoteList, ArticleView):
        for base in cls.__mro__:
            for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", ())):
                action = binding.action.removeprefix("app.")
                if "." not in action and action.split("(")[0] not in MOVES and not binding.system:
                    out.add(action)
    return out


def test_every_key_of_the_main_screen_has_a_command():
    """Star (*), only the selected quotes (v), refresh (Ctrl+R) and the column width (< >) had none."""
    commands = {action for _, action, _ in ACTIONS}
    assert bound_actions() - commands == set()


async def test_the_star_command_stars_the_highlighted_quote(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 35)) as pilot:
        await search(app, pilot, "Nvidia")
        app.action_focus_quotes()
        await settle(app, pilot)
        quote = app.quote_rows[0]
        assert "★" not in app.selection.marks(quote.id)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"star / unstar", "enter")
        await settle(app, pilot)
        assert "★" in app.selection.marks(quote.id)


async def test_a_speaker_of_one_quote_reads_1_quote(seeds_index):
    """The palette's speaker commands said '1 quotes'."""
    from briefing.tui.commands import BriefingCommands

    app = app_for(seeds_index)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        assert app.speakers
        one = next(sp for sp in app.speakers if sp.count == 1)
        many = next(sp for sp in app.speakers if sp.count > 1)
        provider = BriefingCommands(app.screen)
        helps = {}
        for sp in (one, many):
            async for hit in provider.search(sp.name):
                if str(hit.text) == f"Speaker: {sp.name}":
                    helps[sp.name] = hit.help
        assert helps == {one.name: "1 quote", many.name: f"{many.count} quotes"}


async def _offered(app, query: str = "") -> list[str]:
    """What the palette opened over the current screen lists (all commands, or those matching ``query``)."""
    from briefing.tui.commands import BriefingCommands

    provider = BriefingCommands(app.screen)
    hits = provider.discover() if not query else provider.search(query)
    return [str(getattr(hit, "display", None) or hit.text) async for hit in hits]


async def test_over_a_story_the_palette_offers_only_what_runs_there(seeds_index):
    """Over the story screen it listed every pane command: 'Annotate' opened a note on a hidden quote,
    'Star' and 'Select' marked one, 'Open:' loaded an article behind the story."""
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 35)) as pilot:
        await search(app, pilot, "Nvidia")
        on_main = await _offered(app)
        assert "Annotate the highlighted quote" in on_main and "Narrower search column" in on_main
        assert any(name.startswith("Speaker: ") for name in await _offered(app, "speaker"))
        await pilot.press("escape", "o")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "StoryScreen"
        assert sorted(await _offered(app)) == ["Help: keys of the focused pane", "Toggle dark/light theme"]
        assert not [n for n in await _offered(app, "s") if n.startswith(("Speaker: ", "Open: ", "Star"))]


async def test_the_column_width_is_not_offered_when_the_panes_stack(seeds_index):
    """At 80 columns '<' and '>' changed a width nobody sees (the panes take the whole width)."""
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert not [n for n in await _offered(app) if "search column" in n]
        before = app.state.sidebar_width
        app.action_focus_results()
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert app.state.sidebar_width == before
        assert any("stacked" in str(n.message) for n in app._notifications)


async def test_quit_is_listed_once(seeds_index):
    """Textual's 'Quit' and the app's 'Quit' (q) were both in the palette."""
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        assert [c.title for c in app.get_system_commands(app.screen)].count("Quit") == 1
        assert "Quit" not in await _offered(app) + await _offered(app, "quit")
