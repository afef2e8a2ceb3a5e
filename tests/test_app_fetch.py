"""The app's fetch action (key F, palette "Fetch feeds and index") against a local HTTP server."""

from __future__ import annotations

from briefing.index.indexer import update_index
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import option_texts, search, settle
from feed_server import FeedServer, atom, news_page, opml

SIZE = (120, 40)


async def _wait_fetch(app, pilot) -> list[str]:
    """Wait for the fetch worker to start and then to finish; return the progress lines shown meanwhile.
    (On a busy machine the key may be handled after ``press`` returns: the worker is awaited, not assumed.)"""
    shown: list[str] = []
    for _ in range(500):
        if any(w.group == "fetch" for w in app.workers):
            break
        await pilot.pause(0.01)
    for _ in range(500):
        await pilot.pause(0.01)
        if app.query_one("#indexing").display:
            said = app.query_one("#indexing-label")._said.plain
            if not shown or shown[-1] != said:
                shown.append(said)
        if not any(w.group == "fetch" and not w.is_finished for w in app.workers):
            break
    await settle(app, pilot)
    return shown


async def test_fetch_key_downloads_indexes_and_shows_new_articles(tmp_path, seeds_copy):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    with FeedServer() as srv:
        srv.set("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        srv.set("/a/glacier", news_page("Glacier retreat speeds up",
                                        ["The Vatna glacier lost forty metres this summer, surveyors said."]), delay=0.3)
        srv.set("/a/missing-page", "", status=404)
        srv.set("/feed.atom", atom("Ice Desk", [{"title": "Glacier retreat speeds up", "link": srv.url("/a/glacier")},
                                                {"title": "Gone", "link": srv.url("/a/missing-page")}]),
                content_type="application/atom+xml")
        (seeds_copy / "feeds.opml").write_text(opml([srv.url("/feed.atom")]))
        app = make_app(corpus=str(seeds_copy), index_dir=ix, restore=False,
                       config=AppConfig(debounce_ms=0, fetch_timeout=2, fetch_delay=0))
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(app, pilot)
            before = app.library.document_count()
            await search(app, pilot, "glacier")
            assert app.result.total == 0
            app.query_one("#results").focus()
            await pilot.press("F")
            shown = await _wait_fetch(app, pilot)
            assert any(s.startswith("Fetching: pages") for s in shown), shown
            assert app.library.document_count() == before + 1
            assert f"{before + 1} articles" in app.sub_title
            assert app.result.query == "glacier" and app.result.total == 1  # the search ran again
            assert "Glacier retreat speeds up" in option_texts(app.query_one("#results"))[0]
            notes = [n.message for n in app._notifications]
            assert any("1 new" in m and "1 failed" in m and "http 404" in m for m in notes), notes
            assert not app.query_one("#indexing").display


async def test_fetch_from_the_palette_without_a_feed_list_says_how_to_add_one(tmp_path, seeds_copy):
    app = make_app(corpus=str(seeds_copy), index_dir=tmp_path / "ix", restore=False, config=AppConfig(debounce_ms=0))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"fetch feeds")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        notes = [n.message for n in app._notifications]
        assert any("No feeds.opml" in m and "briefing add URL" in m for m in notes), notes
