"""What the quote pane shows, and where Esc and v take it back to."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import search, settle

SIZE = (120, 40)


def pane_title(app) -> str:
    return str(app.query_one("#quote-pane").border_title)


async def test_esc_after_a_speaker_filter_goes_back_to_the_open_article_s_quotes(seeds_index):
    """Reading an article (its quotes in the pane), s picks a speaker; Esc clears the filter and shows
    the article's quotes again, not the search's; v (the selection) and v again do the same."""
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("enter")  # opens the first result: its quotes in the pane
        await settle(app, pilot)
        article_quotes = [q.id for q in app.article_quotes]
        assert pane_title(app) == "Quotes · this article" and [q.id for q in app.quote_rows] == article_quotes
        assert len({q.article_id for q in app.quote_rows}) == 1
        await pilot.press("s", *"nvidia", "enter")
        await settle(app, pilot)
        assert pane_title(app) == "Quotes · Nvidia" and app.focused is app.query_one("#quotes")
        assert {q.article_id for q in app.quote_rows} == {h.id for h in app.result.hits}  # across the corpus
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.speaker_filter_name is None
        assert pane_title(app) == "Quotes · this article" and [q.id for q in app.quote_rows] == article_quotes
        await pilot.press("x", "v")  # select one, show the selection
        await settle(app, pilot)
        assert pane_title(app) == "Quotes · selected" and [q.id for q in app.quote_rows] == article_quotes[:1]
        await pilot.press("v")
        await settle(app, pilot)
        assert pane_title(app) == "Quotes · this article" and [q.id for q in app.quote_rows] == article_quotes


async def test_esc_after_a_speaker_filter_goes_back_to_the_search_s_quotes(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Huawei")
        assert pane_title(app) == "Quotes · search"
        searched = [q.id for q in app.quote_rows]
        await pilot.press("s", *"nvidia", "enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert pane_title(app) == "Quotes · search" and [q.id for q in app.quote_rows] == searched


async def test_quote_and_match_commands_with_nothing_to_act_on_say_so(seeds_index):
    """x, a, y, * on an empty quote pane, and n/N (or their palette commands) with no article open, tell
    the user why nothing happened."""
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "zebraxylophone")
        assert app.quote_rows == []
        app.action_focus_quotes()
        for key in ("x", "a", "y", "asterisk"):
            await pilot.press(key)
            await settle(app, pilot)
            assert len(app.screen_stack) == 1  # no note dialog for no quote
        told = [n.message for n in app._notifications]
        assert told.count("No quote to act on: the quote pane is empty.") == 4, told
        await app.run_action("next_match")
        await app.run_action("previous_match")
        await settle(app, pilot)
        assert [n.message for n in app._notifications].count("Open an article first.") == 2
        assert app.selection.selected() == []


async def test_r_and_c_in_the_quote_pane_act_on_the_highlighted_quote_s_article(seeds_index):
    """Reading one speaker's quotes, r (related) and c (compare) did nothing; o already opened the quote's
    story. Now all three take the highlighted quote's article."""
    from briefing.tui.screens.pickers import ArticlePicker
    from briefing.tui.screens.side_by_side import SideBySideScreen

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("s", *"nvidia", "enter")
        await settle(app, pilot)
        assert app.focused is app.query_one("#quotes") and app.article is None
        await pilot.press("j")
        quote = app.quote_rows[app.query_one("#quotes").highlighted]
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticlePicker)
        related = [o.id for o in app.screen.query_one("#picker-list")._options]
        assert related and quote.article_id not in related  # articles like the quote's, not itself
        await pilot.press("escape", "c")
        await settle(app, pilot)
        assert isinstance(app.screen, SideBySideScreen) and app.screen._left[0].id == quote.article_id
        await pilot.press("escape", "question_mark")  # the help lists them, keys written as typed
        await settle(app, pilot)
        rows = {line.split()[0]: line for line in app.screen.plain_text().splitlines() if "quotes." in line}
        assert "quotes.related" in rows["r"] and "quotes.compare" in rows["c"] and "quotes.star" in rows["*"]
