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
        assert sorted(await _offered(app)) == ["Back", "Export", "Help: keys of the focused pane", "Open", "Timeline",
                                               "Toggle dark/light theme"]
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


def _footer_actions(screen) -> set[str]:
    from briefing.tui.widgets.footer import FittingFooter

    return {b.action for b, enabled, _t, _own in screen.query_one(FittingFooter).keys() if enabled}


async def _run_command(app, pilot, name: str) -> None:
    await pilot.press("ctrl+p")
    await settle(app, pilot)
    await pilot.press(*name, "enter")
    await settle(app, pilot)


async def test_every_key_in_the_story_and_comparison_footers_has_a_command_there(story_dirs):
    """Over the story screen the palette listed only Help and the theme: not its Timeline (t) or Export (e),
    nor the comparison's Prev/Next diff and Swap; each footer key now has a command that runs it there."""
    from briefing.tui.commands import ANYWHERE, SYSTEM_OFFERED, screen_keys
    from briefing.tui.screens.side_by_side import SideBySideScreen
    from briefing.tui.screens.story import StoryScreen
    from test_app_story import open_story

    app = app_for(story_dirs[1], corpus=story_dirs[0])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(app, pilot)
        for screen_type in (StoryScreen, SideBySideScreen):
            assert isinstance(app.screen, screen_type)
            offered_actions = {a for _, a, _, _ in screen_keys(app, app.screen)} | ANYWHERE | SYSTEM_OFFERED
            assert _footer_actions(app.screen) - offered_actions == set()
            names = await _offered(app)
            assert {"Back", "Help: keys of the focused pane"} <= set(names)
            assert not [n for n in names if n.startswith(("Focus", "Star", "Annotate", "Export selected"))]
            if screen_type is StoryScreen:
                assert {"Timeline", "Export"} <= set(names)
                await _run_command(app, pilot, "timeline")
                assert screen._timeline
                await _run_command(app, pilot, "back")
                assert app.screen is app.screen_stack[0]
                await pilot.press("c")
                await settle(app, pilot)
            else:
                assert {"Prev diff", "Next diff", "Swap"} <= set(names)
                pair = app.screen._pair
                await _run_command(app, pilot, "swap")
                assert app.screen._pair == pair[::-1]
