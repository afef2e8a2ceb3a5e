"""A feed item that gave only its summary says so in the reader; one with its whole text does not."""

from __future__ import annotations

from app_helpers import app_for, settle
from html_pages_inbody import rss_double_escaped, rss_summary_only

from briefing.index.library import open_library
from briefing.tui.widgets.article_view import SUMMARY_ONLY


async def _reader_header(corpus, index, query: str) -> str:
    app = app_for(index, corpus=corpus)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *query, "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one("#reader")
        assert view.article is not None and query in view.article.body.lower()
        return "\n".join(line.plain for line in view._header)


async def test_a_summary_only_feed_item_says_so_under_its_header(tmp_path):
    corpus, index = tmp_path / "feeds", tmp_path / "ix"
    corpus.mkdir()
    for saved in (rss_summary_only(), rss_double_escaped()):
        (corpus / f"{saved.name}.{saved.ext}").write_bytes(saved.data)
    lib = open_library(corpus, index)
    kinds = sorted(a.extractor for a in lib.articles())  # stored in the index and read back
    lib.close()
    assert kinds == ["feed", "feed summary"]
    summary = await _reader_header(corpus, index, "parking")
    assert SUMMARY_ONLY in " ".join(summary.split())
    whole = await _reader_header(corpus, index, "boil")
    assert "summary" not in whole.lower()
