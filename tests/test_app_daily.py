"""Pilot tests of daily use: reading marks, is: filters, saved searches with counts, what's new."""

from __future__ import annotations

from briefing.index.annotations import AnnotationStore
from briefing.index.annotations.saved import SavedSearchStore
from briefing.index.library import open_library
from briefing.index.saved import save_search
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.render import UNREAD_MARK
from briefing.tui.screens.saved import NameDialog, SavedSearchPicker

from app_helpers import option_texts, settle
from test_app_flows import SIZE, app_for, search
from test_saved_searches import NEW_ARTICLE


def titles(app) -> list[str]:
    """The first line of every row of the results list."""
    return [t.split("\n")[0] for t in option_texts(app.query_one("#results"))]


async def test_opening_marks_read_and_u_toggles(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert all(t.startswith(UNREAD_MARK) for t in titles(app)), "everything is unread at first"
        app.action_focus_results()
        first = app.result.hits[0].id
        await pilot.press("enter")
        await settle(app, pilot)
        store = app.selection.store
        assert store.data.articles[first].read
        assert titles(app)[0].startswith(UNREAD_MARK) is False and titles(app)[1].startswith(UNREAD_MARK)
        assert AnnotationStore.open(app.library.corpus).data.articles[first].read  # saved, not only in memory
        await pilot.press("u")  # in the reader: the open article becomes unread again
        assert not store.data.articles[first].read and titles(app)[0].startswith(UNREAD_MARK)
        app.action_focus_results()
        await pilot.press("j", "u", "B")  # in the results: the highlighted one
        second = app.result.hits[1].id
        assert store.data.articles[second].read and store.data.articles[second].bookmarked
        assert "⚑" in option_texts(app.query_one("#results"))[1]


async def test_is_filters_in_the_search_box(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        read_id = app.result.hits[1].id
        app.selection.store.mark_read(read_id)
        await search(app, pilot, "Nvidia is:unread")
        assert [h.id for h in app.result.hits] == [app.result.hits[0].id] and read_id not in app.query_one(
            "#results").row_ids
        await search(app, pilot, "Nvidia is:read")
        assert app.query_one("#results").row_ids == [read_id]
        await search(app, pilot, "is:bookmarked")
        assert app.result.total == 0
        await search(app, pilot, "Nvidia is:nonsense")
        assert "unknown filter is:nonsense" in str(app.query_one("#search-status").render())


async def test_mark_read_on_open_can_be_turned_off(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(mark_read_on_open=False), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.article is not None
        assert app.article.id not in app.selection.store.data.articles


async def test_save_search_from_the_app_and_open_it_from_the_list(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "H20 is:unread")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, NameDialog)
        app.screen.query_one("#saved-name").value = "Chips daily"
        await pilot.press("enter")
        await settle(app, pilot)
        (saved,) = SavedSearchStore.open(app.library.corpus).searches
        assert (saved.name, saved.query, len(saved.seen)) == ("Chips daily", "H20 is:unread", 2)
        told = [n.message for n in app._notifications]
        assert any("Saved 'Chips daily'" in m and "S lists your saved searches" in m for m in told)  # S, not o
        await search(app, pilot, "backdoor")
        await pilot.press("S")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchPicker)
        (row,) = option_texts(app.screen.query_one("#saved-list"))
        assert "Chips daily" in row and "no new articles" in row and "2 articles" in row
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, SavedSearchPicker)
        assert app.query_one("#query").value == "H20 is:unread" and app.result.total == 2
        assert app.focused.id == "results"


async def test_palette_lists_saved_searches_and_keys_are_in_help(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        save_search(app.library, app.saved_store, "Beijing", "Beijing")
        app.saved_worker()
        await settle(app, pilot)
        from briefing.tui.commands import BriefingCommands

        provider = BriefingCommands(app.screen)
        hits = [h async for h in provider.search("saved search")]
        labels = [str(getattr(h.text, "plain", h.text)) for h in hits]
        assert any("Saved search: Beijing" in t for t in labels) and any("Saved searches" in t for t in labels)
        app.action_focus_results()
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = app.screen.plain_text(140)
        for needle in ("briefing.saved_searches", "briefing.save_search", "results.toggle_read", "results.bookmark"):
            assert needle in text


async def test_remapped_save_key(seeds_index):
    app = make_app(index_dir=seeds_index, restore=False,
                   config=AppConfig(keymap={"briefing.saved_searches": "f6"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await pilot.press("f6")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchPicker)


async def test_whats_new_counts_follow_an_update_without_restart(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    with open_library(seeds_copy, index_dir) as lib:
        store = SavedSearchStore.open(lib.corpus)
        save_search(lib, store, "Nvidia", "Nvidia")
        save_search(lib, store, "Huawei", "Huawei")
    app = make_app(seeds_copy, index_dir, config=AppConfig(), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = titles(app)
        assert rows[0].startswith("▸ Nvidia") and rows[0].endswith(" · nothing new")
        assert "What's new: 0 new" in str(app.query_one("#search-status").render())
        (seeds_copy / "audit.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        await pilot.press("ctrl+r")  # picks up the new file; the counts follow
        await settle(app, pilot)
        rows = titles(app)
        assert rows[0].startswith("▸ Nvidia") and rows[0].endswith(" · 1 new")
        assert rows[1] == UNREAD_MARK + "Nvidia chips face a new audit in Shanghai"
        assert rows[2].startswith("▸ Huawei") and "nothing new" in rows[2]
        assert "What's new: 1 new in 1 of 2 saved searches" in str(app.query_one("#search-status").render())
        app.action_focus_results()
        await pilot.press("S")
        await settle(app, pilot)
        picker_rows = option_texts(app.screen.query_one("#saved-list"))
        assert "● 1 new" in picker_rows[0] and "3 articles" in picker_rows[0]
        await pilot.press("escape")
        await pilot.press("g", "r", "c", "u", "m")  # on a heading, article keys say so and change nothing
        await settle(app, pilot)
        assert app.selection.store.data.articles == {} and app.screen is app.screen_stack[0]
        await pilot.press("enter")  # Enter on the heading opens the search and records the visit
        await settle(app, pilot)
        assert app.query_one("#query").value == "Nvidia" and app.result.total == 3
        await pilot.press("u")  # not on a heading: on the highlighted article
        assert app.selection.store.data.articles[app.result.hits[0].id].read
        assert [n.search.new for n in app.saved_news] == [0, 0]
    # the next start: no query, so what's new again, and the visit was kept
    again = make_app(seeds_copy, index_dir, config=AppConfig(), restore=False)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert "nothing new" in titles(again)[0]
    # a start on a remembered search says what is new in a notification
    (seeds_copy / "more.txt").write_text(NEW_ARTICLE.replace("Shanghai", "Shenzhen"), encoding="utf-8")
    third = make_app(seeds_copy, index_dir, config=AppConfig(), restore=False)
    third.query_text = "Huawei"
    async with third.run_test(size=SIZE) as pilot:
        await settle(third, pilot)
        assert third.result.query == "Huawei"
        said = [n.message for n in third._notifications]
        assert any(m.startswith("What's new: 1 new article in 1 saved search") for m in said), said
        assert any("(S lists them;" in m for m in said), "the key of the saved searches (o is the story view)"


async def test_rename_and_remove_from_the_list(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        save_search(app.library, app.saved_store, "one", "H20")
        save_search(app.library, app.saved_store, "two", "Huawei")
        app.action_focus_results()
        await pilot.press("S")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, NameDialog)
        app.screen.query_one("#saved-name").value = "two"  # taken: said, nothing changes
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchPicker)
        assert [s.name for s in SavedSearchStore.open(app.library.corpus).searches] == ["one", "two"]
        await pilot.press("r")
        await settle(app, pilot)
        app.screen.query_one("#saved-name").value = "H20 chips"
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("j", "d")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchPicker)
        assert ["H20 chips" in t for t in option_texts(app.screen.query_one("#saved-list"))] == [True]
    assert [s.name for s in SavedSearchStore.open(app.library.corpus).searches] == ["H20 chips"]


async def test_one_saved_search_and_one_article_read_in_the_singular(seeds_copy, tmp_path):
    """The start screen said 'of 1 saved searches' and 'All 1 articles'."""
    for extra in seeds_copy.glob("*.txt"):
        if extra.name != sorted(p.name for p in seeds_copy.glob("*.txt"))[0]:
            extra.unlink()
    index_dir = tmp_path / "index"
    with open_library(seeds_copy, index_dir) as lib:
        save_search(lib, SavedSearchStore.open(lib.corpus), "Nvidia", "Nvidia")
    app = make_app(seeds_copy, index_dir, config=AppConfig(), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        status = str(app.query_one("#search-status").render())
        assert "in 0 of 1 saved search" in status and "searches" not in status, status
        assert "All 1 article, newest first" in titles(app)
