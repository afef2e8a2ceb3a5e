"""The app runs the same query language: dates to the day, and a query of symbols says why it finds nothing."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle
from test_app_flows import search as _search

DATED = "000_921a5942b13cbaba"  # the seed dated 2025-08-12


async def test_dates_to_the_day_and_symbol_queries_in_the_app(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for query, found in (("date:[2025-08-01 to 2025-08-31]", True), ("date:2025-08-12", True),
                             ("date:>=2025-08-12", True), ("date:>2025-08-12", False),
                             ("date:<2025-08-12", False), ("date:[2025-08-13 to 2025-12-31]", False)):
            await _search(app, pilot, query)
            assert [h.id for h in app.result.hits] == ([DATED] if found else []), query
        await _search(app, pilot, "!!!")
        status = str(app.query_one("#search-status").render())
        assert app.result.total == 0 and status == "No results for '!!!'"
        from app_helpers import option_texts
        from briefing.index.search import NOTHING_TO_SEARCH

        # the status line is cut at the pane's width: the list says why, whole, where the results would be
        assert option_texts(app.query_one("#results")) == [NOTHING_TO_SEARCH]


async def test_a_query_error_shows_whole_where_the_results_were(seeds_index):
    """The status line cuts a long error at the pane's width: the list shows all of it, and no stale results."""
    from app_helpers import option_texts

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await _search(app, pilot, "H20")
        assert app.result.total == 2
        await _search(app, pilot, "H20 date:>garbage")
        results = app.query_one("#results")
        (text,) = option_texts(results)
        assert "cannot understand the date in the query 'H20 date:>garbage'" in text and "date:YYYY-MM-DD" in text
        assert app.result is None
        await pilot.press("enter")  # Enter on the message opens nothing
        await settle(app, pilot)
        await _search(app, pilot, "H20")
        assert app.result.total == 2 and len(option_texts(results)) == 2


async def test_the_reader_highlights_a_phrase_only_where_it_is(seeds_index):
    """``"h20 chips"``: the reader marks each "H20 chips" as one match (n/N go phrase by phrase), never a
    lone "chips" or "H20" ("H20 AI chips"); ``"h20 chips"~2`` takes in "H20 AI chips" too."""
    import re

    from briefing.tui.widgets.article_view import ArticleView

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for query, pattern in (('"h20 chips"', r"\b(H20) (chips?)\b"), ('"h20 chips"~2', r"\b(H20) (?:\w+ )?(chips?)\b")):
            await _search(app, pilot, query)
            for hit in app.result.hits:
                for s in hit.snippets:
                    assert all(s.text[h.start - s.start:h.end - s.start] in ("H20", "chips", "chip") for h in s.highlights)
            await pilot.press("enter")
            await settle(app, pilot)
            reader = app.query_one("#reader", ArticleView)
            body = reader.article.body
            want = [(m.start(1), m.end(2)) for m in re.finditer(pattern, body, re.IGNORECASE)]  # one match a phrase
            assert len(want) >= 2 and body.lower().count("chips") > len(want), "lone chips are in the text"
            assert reader.matches == want, query
            await pilot.press("escape")
            await settle(app, pilot)
