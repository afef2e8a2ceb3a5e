"""Every piece of text on every screen reads at 4.5:1 or more on what it is drawn on, in every one of
Textual's 21 themes, measured on the screen as drawn (widgets, border titles, the title bar, status
lines, dialogs): with light themes the search box's title read at 1.5:1, the title bar's subtitle at
2.5:1 and the search time at 2.8-3.7:1."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.pickers import SpeakerPicker
from briefing.tui.screens.side_by_side import SideBySideScreen
from briefing.tui.screens.story import StoryScreen

from app_helpers import screen_contrasts, settle


async def test_every_screen_reads_in_every_theme(story_dirs):
    corpus, index = story_dirs
    app = make_app(corpus=corpus, index_dir=index,
                   config=AppConfig(debounce_ms=0, show_timing=True), restore=False)
    failures: set[tuple] = set()

    async def each_theme(where: str) -> None:
        for theme in themes:
            app.theme = theme
            await settle(app, pilot, rounds=1)
            for ratio, _y, text, fg, bg in screen_contrasts(app):
                failures.add((where, theme, ratio, text, fg, bg))

    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        themes = sorted(app.available_themes)
        assert len(themes) >= 21
        app.action_focus_search()
        app.query_one("#query").value = "Harbor bridge"
        await pilot.press("enter")
        await settle(app, pilot)
        assert " ms" in str(app.query_one("#search-status").render())  # the search time is shown
        await each_theme("main, search box focused")
        app.action_focus_results()
        await pilot.press("enter")  # the article in the reader
        await settle(app, pilot)
        await each_theme("main, an article read")
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        await each_theme("help")
        for key, screen, where in (("s", SpeakerPicker, "speaker picker"), ("o", StoryScreen, "story"),
                                   ("c", SideBySideScreen, "side by side")):
            await pilot.press("escape")
            app.action_focus_results()
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen), where
            await each_theme(where)
        await pilot.press("escape")
        app.action_focus_quotes()
        await pilot.press("space", "e")  # a quote selected, the export dialog
        await settle(app, pilot)
        assert "Export" in str(app.screen.query_one("#export").border_title)
        await each_theme("export dialog")
    assert sorted(failures) == []


async def test_an_unchosen_format_stays_faint(story_dirs):
    """Made legible like the rest, an unchosen radio button's dot looked chosen (every format in the
    export dialog showed a dot): it keeps the theme's faint colour, the chosen one its own."""
    from textual.color import Color
    from textual.widgets import RadioButton

    from app_helpers import contrast

    corpus, index = story_dirs
    app = make_app(corpus=corpus, index_dir=index,
                   config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.action_focus_quotes()
        await pilot.press("space", "e")
        await settle(app, pilot)
        buttons = list(app.screen.query("#export-format RadioButton"))
        assert len(buttons) == 4 and [b.value for b in buttons] == [True, False, False, False]
        for theme in ("textual-dark", "textual-light", "nord", "solarized-light"):
            app.theme = theme
            await settle(app, pilot, rounds=1)
            dots = []
            for button in buttons:
                for strip in button.render_lines(button.size.region):
                    for seg in strip:
                        if seg.text == RadioButton.BUTTON_INNER:
                            fg, bg = seg.style.color, seg.style.bgcolor
                            dots.append(contrast(Color.from_rich_color(fg), Color.from_rich_color(bg)))
            assert len(dots) == 4, theme
            assert dots[0] >= 3 and max(dots[1:]) < 2, (theme, [round(d, 2) for d in dots])
