"""Untrusted article text is shown literally: no markup, no actions, no escape sequences."""

from __future__ import annotations

import json

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.widgets.article_view import ArticleView

from app_helpers import option_texts, settle

EVIL_TITLE = "Markup [bold]x[/bold] and [/ in a headline"
EVIL_SOURCE = "[@click=app.quit]Evil[/] [b]Wire"
EVIL_BODY = (
    'The minister said "[@click=app.quit]click[/]" about chips and left.\n\n'
    "Red \x1b[31mALERT\x1b[0m text about chips. Clipboard \x1b]52;c;aGVsbG8=\x07 grab.\n\n"
    "A [link=https://example.com]link[/link] and [bold]x[/bold] in the body.\n"
)


def write_corpus(root):
    root.mkdir()
    (root / "evil.txt").write_text(f"{EVIL_TITLE}\n\n{EVIL_BODY}", encoding="utf-8")
    (root / "evil.meta.json").write_text(json.dumps({"source": EVIL_SOURCE}), encoding="utf-8")
    (root / "plain.txt").write_text("A plain headline on chips\n\nNothing to see about chips here.\n")
    return root


async def test_markup_and_escapes_are_literal_and_clicks_do_nothing(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    app = make_app(corpus=corpus, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.action_focus_search()
        await pilot.press(*"minister", "enter")
        await settle(app, pilot)
        rows = option_texts(app.query_one("#results"))
        assert rows and rows[0].startswith("● " + EVIL_TITLE)  # ● unread
        assert "[@click=app.quit]click[/]" in rows[0]
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader", ArticleView)
        shown = reader.visible_text()
        assert reader.border_title == EVIL_SOURCE or str(reader._border_title) == EVIL_SOURCE
        assert EVIL_SOURCE in shown  # the header's meta line
        for literal in ("[bold]x[/bold]", "[/ in a headline", "[@click=app.quit]click[/]",
                        "[link=https://example.com]link[/link]"):
            assert literal in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "␛[31mALERT␛[0m" in shown and "␛]52;c;aGVsbG8=␇" in shown
        # what reaches the terminal carries no escape from the article either
        svg = app.export_screenshot()
        assert "ALERT" in svg and "\x1b" not in svg
        # click right on the would-be links in the reader and the results: nothing quits
        lines = shown.splitlines()
        row = next(i for i, ln in enumerate(lines) if "[@click=app.quit]" in ln)
        col = lines[row].index("[@click=app.quit]")
        for dx in (1, 8, 18, 20):
            await pilot.click("#reader", offset=(2 + col + dx, 1 + row))  # border + padding
        for x in (2, 10, 20, 30, 40):
            await pilot.click("#results", offset=(x, 1))
        await pilot.pause()
        assert app.is_running and app.return_code is None
