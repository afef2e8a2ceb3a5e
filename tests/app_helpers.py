"""Helpers shared by the app tests (not a test module)."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.legible import TOGGLE_INNER


def app_for(index_dir, **kw):
    """The app on ``index_dir`` with no search debounce and no restored session."""
    return make_app(index_dir=index_dir, config=AppConfig(debounce_ms=0), restore=False, **kw)


async def settle(app, pilot, rounds: int = 3, timeout: float = 20.0) -> None:
    """Let timers fire, workers finish, lists fill and the screen repaint (no fixed sleeps).

    Waits until the app says it is settled (no search, quote list or list filling on its way), up
    to ``timeout`` seconds, polling in small steps.
    """
    import time

    deadline = time.monotonic() + timeout
    for _ in range(rounds):
        await pilot.pause()
        await workers_done(app)
    while not getattr(app, "settled", True) and time.monotonic() < deadline:
        await pilot.pause(0.02)
        await workers_done(app)
    await pilot.pause()


async def workers_done(app) -> None:
    """Wait for the app's workers; one cancelled on the way (an exclusive worker started again) is
    no failure: the wait goes on for the ones left."""
    from textual.worker import WorkerCancelled

    for _ in range(20):
        try:
            return await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
    await app.workers.wait_for_complete()


def contrast(fg, bg) -> float:
    """The WCAG contrast ratio of two ``textual.color.Color`` values (1 to 21)."""
    def luminance(c) -> float:
        def channel(v: int) -> float:
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def option_texts(option_list) -> list[str]:
    """The plain text of every option of an OptionList."""
    out = []
    for i in range(option_list.option_count):
        prompt = option_list.get_option_at_index(i).prompt
        out.append(getattr(prompt, "plain", str(prompt)))
    return out


async def search(app, pilot, query: str) -> None:
    """Put ``query`` in the search box (as a paste would) and press Enter."""
    app.action_focus_search()
    box = app.query_one("#query")
    box.value = query
    box.cursor_position = len(query)
    await pilot.press("enter")
    await settle(app, pilot)


def screen_contrasts(app, below: float = 4.5) -> list[tuple[float, int, str, str, str]]:
    """Every piece of text on the screen as the terminal draws it (every widget, border titles, the
    header, dialogs over their screen) whose contrast on its ground is under ``below``:
    ``(ratio, line, text, colour, ground)``, ANSI colours as the theme's, dim blended toward the ground."""
    from textual.color import Color
    from textual.filter import ANSIToTruecolor, DimFilter

    screen = app.screen
    update = screen._compositor.render_update(full=True, screen_stack=app._background_screens, simplify=True)
    ground = screen.background_colors[1]
    to_rgb, dim = ANSIToTruecolor(app.ansi_theme), DimFilter()
    out = []
    for y, strips in enumerate(update.strips):
        for strip in strips:
            for seg in strip.apply_filter(to_rgb, ground).apply_filter(dim, ground):
                style = seg.style
                text = "".join(c for c in seg.text if not drawing(c)).strip()
                if text == TOGGLE_INNER:  # a radio button's dot: its state, faint until chosen (test_an_unchosen_format_stays_faint)
                    continue
                if not text or style is None or style.color is None or not style.color.triplet:
                    continue
                bg = Color.from_rich_color(style.bgcolor) if style.bgcolor and style.bgcolor.triplet else ground
                fg = Color.from_rich_color(style.color)
                if style.reverse:
                    fg, bg = bg, fg
                ratio = contrast(fg, bg)
                if ratio < below:
                    out.append((round(ratio, 2), y, text[:30], fg.hex, bg.hex))
    return out


def drawing(c: str) -> bool:
    """Box-drawing and block characters (borders, scroll bars, rules): lines, not text to read."""
    return "\u2500" <= c <= "\u259f" or c in "\u2800"


async def walk_cursor_lists(app, pilot, each_theme, *, results_with_quotes: bool = False) -> None:
    """Open every list with a cursor on the story corpus (:mod:`story_factory`) and call
    ``await each_theme(where, widget, before=None)`` on each: the results, the quote pane, the speaker
    picker, the story's claims and the comparison (``results_with_quotes``: the results again, unfocused)."""
    from briefing.tui.screens.pickers import SpeakerPicker
    from briefing.tui.screens.side_by_side import SideBySideScreen
    from briefing.tui.screens.story import StoryScreen

    app.action_focus_search()
    app.query_one("#query").value = "Harbor bridge"
    await pilot.press("enter", "down")  # the cursor on an unread result
    await settle(app, pilot)
    results, quotes = app.query_one("#results"), app.query_one("#quotes")
    assert results.option_count > 2 and quotes.option_count > 2
    await each_theme("results (focused)", results, app.action_focus_results)
    if results_with_quotes:
        await each_theme("results and quotes", results, app.action_focus_quotes)
    await each_theme("quotes (focused)", quotes, app.action_focus_quotes)
    await pilot.press("s")
    await settle(app, pilot)
    assert isinstance(app.screen, SpeakerPicker)
    picker = app.screen.query_one("#speaker-list")
    picker.focus()
    picker.highlighted = 1
    await each_theme("speaker picker", picker)
    await pilot.press("escape")
    await settle(app, pilot)
    app.action_focus_results()
    await pilot.press("enter", "o")
    await settle(app, pilot)
    assert isinstance(app.screen, StoryScreen)
    claims = app.screen.query_one("#story-claims")
    claims.focus()
    await each_theme("story claims", claims)
    await pilot.press("escape", "c")
    await settle(app, pilot)
    assert isinstance(app.screen, SideBySideScreen)
    view = app.screen.query_one("#compare")
    await each_theme("comparison", view, lambda: view.go_to(1))
