"""The results' cursor stays on its article when the same search comes back with other rows."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle


def _article(root, name: str, title: str, day: int) -> None:
    (root / name).write_text(f"---\ntitle: \"{title}\"\nsource: \"Ledger\"\ndate: 2024-03-{day:02d}\n---\n"
                             f"{title}. The committee met on the {day}th to discuss the harbour.\n", encoding="utf-8")


async def test_a_refresh_that_adds_a_newer_article_keeps_the_cursor_on_the_article_read(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for day, title in ((3, "Harbour dredging approved"), (2, "Ferry timetable changes"), (1, "Pier lights repaired")):
        _article(root, f"{day}.md", title, day)
    app = make_app(corpus=root, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "j", "enter")  # the second row, newest first: the ferry story
        await settle(app, pilot)
        results = app.query_one("#results")
        assert app.article.title == "Ferry timetable changes" and results.highlighted == 1
        _article(root, "9.md", "Harbour tolls to rise", 9)  # newer: it comes first
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert results.row_ids[0].endswith("9") and results.option_count == 4
        assert results.row_ids[results.highlighted] == app.article.id, "still on the article being read"
        shown = " ".join(results.render_line(y).text for y in range(results.size.height))
        assert "Ferry timetable changes" in shown, "the pane's glimpse shows the article read"
