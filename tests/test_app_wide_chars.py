"""Emoji and CJK titles, sources and speakers: rows keep the pane's width on every terminal."""

from __future__ import annotations

from rich.cells import cell_len

from briefing.index.sanitize import display_char_map, display_text, one_line
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle

VS16 = "\ufe0f"


def test_the_emoji_variation_selector_is_not_shown():
    """tmux draws "🗳️" in one cell where Rich counts two: the pane's border moved a column."""
    assert one_line(f"Ballot 🗳{VS16} day") == "Ballot 🗳 day"
    assert display_text(f"Space 🛰{VS16} Desk\nnext") == "Space 🛰 Desk\nnext"
    body = f"Vote 🗳{VS16} now"
    shown = display_char_map(body)
    assert len(shown) == len(body) and VS16 not in shown and cell_len(shown) == cell_len("Vote 🗳 now")


def _corpus(root):
    root.mkdir()
    (root / "a.md").write_text(
        "---\ntitle: \"選挙の候補者が立候補を表明 🗳\ufe0f — 長い見出しが続くとどうなるか確認するための記事\"\n"
        "source: \"日報 🛰\ufe0f International Edition\"\ndate: 2024-05-01\n---\n"
        "The race drew a new entrant on Monday. \"We will rebuild the waterfront before the storms,\" said "
        "Margarethe Oduya-Castellanos von Rieneck-Whitfield, deputy director of the flood office.\n",
        encoding="utf-8")
    (root / "b.md").write_text(
        "---\ntitle: \"🚀🚀 Launch delayed ❤\ufe0f as engineers check a valve\"\nsource: \"Space Desk\"\n"
        "date: 2024-05-02\n---\nThe launch slipped. \"We found a valve reading we did not like,\" said "
        "Priya Raman, flight director.\n", encoding="utf-8")


async def test_rows_with_emoji_and_cjk_fill_the_pane_exactly(tmp_path):
    _corpus(tmp_path / "corpus")
    app = make_app(corpus=tmp_path / "corpus", index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0),
                   restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        results = app.query_one("#results")
        for y in range(results.size.height):
            line = results.render_line(y)
            assert VS16 not in line.text and line.cell_length == results.scrollable_content_region.width, (y, line.text)
        app.query_one("#results").highlighted = [h.source for h in app.result.hits].index(
            "日報 🛰\ufe0f International Edition")
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader")
        assert VS16 not in str(reader.border_title)
        width = reader.scrollable_content_region.width  # (less the scroll bar's gutter)
        for y in range(4):
            line = reader.render_line(y)
            assert VS16 not in line.text, (y, line.text)
            assert line.cell_length == width, (y, line.text)
        quotes = app.query_one("#quotes")
        for y in range(quotes.size.height):
            assert quotes.render_line(y).cell_length == quotes.scrollable_content_region.width
