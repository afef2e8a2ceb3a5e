"""The start-up page: the first page of the last search, shown while the index opens."""

from __future__ import annotations

import os
import threading

from briefing.index.first_page import index_stamp, load_first_page, save_first_page
from briefing.index.library import open_library
from briefing.tui import work as W
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle

SIZE = (120, 40)


def test_saved_page_is_loaded_only_for_the_same_query_and_commit(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    lib = open_library(seeds_copy, ix)
    result = lib.search("chips")
    assert result.hits
    assert save_first_page(ix, result)
    assert load_first_page(ix, "chips") == result
    assert load_first_page(ix, "chip") is None  # another query
    stamp = index_stamp(ix)
    (seeds_copy / "later.txt").write_text("Later headline\n\nChips are back on the agenda.\n")
    lib.update()
    assert index_stamp(ix) != stamp
    assert load_first_page(ix, "chips") is None  # computed from an older commit: never shown
    fresh = lib.search("chips")
    assert fresh.total == result.total + 1
    assert save_first_page(ix, fresh, limit=1)
    assert [h.id for h in load_first_page(ix, "chips").hits] == [fresh.hits[0].id]
    lib.close()


def test_a_damaged_or_unwritable_cache_is_ignored(seeds_copy, tmp_path, isolated_env):
    ix = tmp_path / "ix"
    lib = open_library(seeds_copy, ix)
    result = lib.search("")
    lib.close()
    assert load_first_page(ix, "") is None  # nothing saved yet
    assert save_first_page(ix, result)
    (page,) = (isolated_env / "cache").iterdir()
    page.write_text('{"format": 1, "stamp": ')  # torn by hand
    assert load_first_page(ix, "") is None
    page.unlink()
    os.chmod(isolated_env / "cache", 0o500)
    try:
        if os.access(isolated_env / "cache", os.W_OK):  # root ignores permissions
            return
        assert save_first_page(ix, result) is False
    finally:
        os.chmod(isolated_env / "cache", 0o700)
    assert load_first_page(tmp_path / "no-index-here", "") is None


async def test_app_shows_the_saved_page_before_the_index_is_open(seeds_copy, tmp_path, monkeypatch):
    ix = tmp_path / "ix"
    lib = open_library(seeds_copy, ix)
    everything = lib.search("")
    assert everything.total == 2
    save_first_page(ix, everything, limit=1)  # a shorter page than the real one, to tell them apart
    lib.close()

    gate, real_open = threading.Event(), W.open_library

    def slow_open(*args, **kw):  # the real opening, held back until the test has looked
        gate.wait(10)
        return real_open(*args, **kw)

    monkeypatch.setattr(W, "open_library", slow_open)
    app = make_app(corpus=str(seeds_copy), index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        results = app.query_one("#results")
        assert app.library is None
        assert results.option_count == 1  # the saved page, before any search could run
        first_id = everything.hits[0].id
        results.focus()
        await pilot.press("enter")  # opened as soon as the index is
        assert app.article is None
        gate.set()
        await settle(app, pilot)
        assert app.library is not None
        assert results.option_count == 2  # replaced by the real search
        assert app.article is not None and app.article.id == first_id
        assert app.first_page is None


async def test_app_saves_its_first_page_and_ignores_a_stale_one(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    app = make_app(corpus=str(seeds_copy), index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        shown = app.result
    saved = load_first_page(ix, "")
    assert saved is not None and [h.id for h in saved.hits] == [h.id for h in shown.hits]

    (seeds_copy / "later.txt").write_text("Later headline\n\nA third article.\n")
    lib = open_library(seeds_copy, ix)  # another process indexes the new file
    lib.close()
    app = make_app(corpus=str(seeds_copy), index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.first_page is None  # the saved page is of an older commit
        await settle(app, pilot)
        assert app.result.total == 3
