"""Thousands of keys typed in one burst into the search box: the box stays responsive, is capped at
QUERY_MAX characters (said once, not a bell per key), and only the final text is searched."""

from __future__ import annotations

import time

from textual import events

from briefing.tui.widgets.panes import QUERY_MAX

from app_helpers import app_for, settle

SIZE = (120, 36)
WORDS = ["harbour", "ferry", "tide", "pilots", "keeper", "beacon", "storm", "lantern"]


def typed_text(n: int) -> str:
    out, i = [], 0
    while sum(len(w) + 1 for w in out) < n:
        out.append(WORDS[i % len(WORDS)] + str(i % 7))
        i += 1
    return " ".join(out)[:n]


async def wait_value(app, pilot, want: str, timeout: float = 60.0) -> None:
    box = app.query_one("#query")
    deadline = time.monotonic() + timeout
    while box.value != want and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert box.value == want, (len(box.value), len(want))


def toasts(app) -> str:
    """The text of the notifications on screen."""
    return " ".join(str(t.render()) for t in app.screen.query("Toast"))


class SearchLog:
    """The queries the library was asked, in order (the real search runs)."""

    def __init__(self, library) -> None:
        self.queries: list[str] = []
        real = library.search

        def search(query, **kw):
            self.queries.append(query)
            return real(query, **kw)

        library.search = search


async def test_a_burst_of_keys_searches_the_final_text_once_and_stops_at_the_cap(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        log = SearchLog(app.library)
        text = typed_text(3 * QUERY_MAX)
        for ch in text:  # as a terminal delivers a fast paste-by-typing: every key queued at once
            app.post_message(events.Key("space" if ch == " " else ch, ch))
        final = text[:QUERY_MAX]
        await wait_value(app, pilot, final)
        await settle(app, pilot)
        assert log.queries and log.queries[-1] == final and app.result.query == final
        # the text changed 1,000 times: the searches in between were skipped, not queued
        assert len([q for q in log.queries if q != final]) <= 5, len(log.queries)
        assert toasts(app).count(f"at most {QUERY_MAX:,} characters") == 1  # one notice, not one per key


async def test_a_long_paste_keeps_what_fits_and_says_so(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query")
        box.value = "tide "
        box.cursor_position = len(box.value)
        text = typed_text(5 * QUERY_MAX)
        box.post_message(events.Paste(text))
        final = ("tide " + text)[:QUERY_MAX]
        await wait_value(app, pilot, final)
        await settle(app, pilot)
        assert app.result.query == final
        assert toasts(app).count(f"at most {QUERY_MAX:,} characters") == 1


async def test_a_long_pasted_query_says_what_was_left_out(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query")
        box.value = ""
        clauses = [f'("harbour pilot{i}" OR ferry{i}) AND NOT storm{i}' for i in range(60)]
        text = " OR ".join(clauses)
        assert len(text) > 2 * QUERY_MAX
        box.post_message(events.Paste(text))
        await wait_value(app, pilot, text[:QUERY_MAX])
        said = toasts(app)
        assert f"the last {len(text) - QUERY_MAX:,} of the {len(text):,} pasted were left out" in said
        assert text[QUERY_MAX:QUERY_MAX + 20].strip() in said  # where the cut began


async def test_a_paste_from_the_app_clipboard_keeps_what_fits(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query")
        box.value = ""
        app.action_focus_search()
        text = typed_text(2 * QUERY_MAX)
        app.copy_to_clipboard(text)
        await pilot.press("ctrl+v")
        await wait_value(app, pilot, text[:QUERY_MAX])  # (it was refused whole: the box stayed empty)
        assert "were left out" in toasts(app)


async def test_a_query_longer_than_the_box_takes_loads_whole_and_can_be_shortened(seeds_index):
    """A saved search or last query from a version without the cap: shown whole, and editable."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        long = typed_text(QUERY_MAX + 300)
        box = app.query_one("#query")
        box.value = long
        app.action_focus_search()
        box.cursor_position = len(long)
        await pilot.press("end", "backspace", "backspace")
        await wait_value(app, pilot, long[:-2])  # (every deletion was refused: the box was stuck)
        await pilot.press("x")  # longer again: refused
        await pilot.pause()
        assert box.value == long[:-2]
        assert f"at most {QUERY_MAX:,} characters" in toasts(app)


async def test_a_paste_is_pasted_once(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query")
        box.value = "tide "
        app.action_focus_search()
        box.cursor_position = len(box.value)
        box.post_message(events.Paste("ferry keeper\nsecond line"))
        await wait_value(app, pilot, "tide ferry keeper")  # (was "tide ferry keeperferry keeper")
