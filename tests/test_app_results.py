"""The results list (tui/widgets/results.py) in the running app: rows, cursor, Enter, mouse, paging, hostile text."""

from __future__ import annotations

import json

import pytest
from rich.text import Text
from textual import events
from textual.geometry import Region

from briefing.tui.config import AppConfig
from briefing.tui.handlers import FRAME_HOLD
from briefing.tui.main import make_app
from briefing.tui.widgets.results import ROW_LINES, ResultsList, Row

from app_helpers import settle
from hostile import ANSI, BIDI, C1, MARKUP, OSC52, OSC_TITLE

SIZE = (120, 40)


def shown(results: ResultsList) -> list[str]:
    """The text of every line the list paints now (padding and scrollbar included)."""
    width, height = results.outer_size
    return [strip.text for strip in results.render_lines(Region(0, 0, width, height))]


def app_on(corpus):
    return make_app(corpus=corpus, config=AppConfig(debounce_ms=0), restore=False)


async def search(app, pilot, query: str) -> None:
    app.action_focus_search()
    box = app.query_one("#query")
    box.value = query
    await pilot.press("enter")
    await settle(app, pilot)


def wafer_corpus(root, n: int = 130):
    root.mkdir()
    for i in range(n):
        (root / f"a{i:03d}.txt").write_text(f"Report {i} on wafers\n\nThe wafer supply story, part {i}.\n")
    return root


async def test_rows_show_title_meta_and_snippet_and_the_cursor_moves(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        results = app.query_one("#results", ResultsList)
        hits = app.result.hits
        assert results.option_count == len(hits) == 2 and results.highlighted == 0
        assert app.focused is results
        lines = shown(results)
        for row, hit in enumerate(hits):
            block = " ".join(line.strip() for line in lines[row * ROW_LINES:(row + 1) * ROW_LINES])
            assert block.startswith("● " + hit.title.split()[0]) and "score" in block  # ● unread
            assert (hit.date.isoformat() if hit.date else "undated") in block
        assert all(len(line) == results.outer_size.width for line in lines)
        await pilot.press("j")
        assert results.highlighted == 1
        await pilot.press("j")  # wraps, like OptionList
        assert results.highlighted == 0
        await pilot.press("k")
        assert results.highlighted == 1
        await pilot.press("g")
        assert results.highlighted == 0
        await pilot.press("G", "enter")
        await settle(app, pilot)
        assert app.article is not None and app.article.id == hits[1].id
        assert app.focused is app.query_one("#reader")


async def test_click_opens_the_row_under_the_mouse_and_the_wheel_scrolls(tmp_path):
    app = app_on(wafer_corpus(tmp_path / "corpus", 30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        assert results.option_count == 30
        before = shown(results)
        await pilot.hover("#results", offset=(5, 1))
        await pilot.mouse_down("#results", offset=(5, 1))  # not the scrollbar: nothing is dragged
        await pilot.mouse_up("#results", offset=(5, 1))
        results.post_message(events.MouseScrollDown(results, 5, 1, 0, 1, 0, False, False, False))
        await pilot.pause()
        after = shown(results)
        assert after != before and after[0] == before[ROW_LINES]  # one row further down
        await pilot.click("#results", offset=(5, 1))  # the first row now shown is the second result
        await settle(app, pilot)
        assert app.article is not None and app.article.id == app.result.hits[1].id


async def test_paging_keys_and_the_next_page_loads_near_the_end(tmp_path):
    app = app_on(wafer_corpus(tmp_path / "corpus"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        assert app.result.total == 130 and results.option_count == 50
        page = results.size.height // ROW_LINES
        await pilot.press("space")
        assert results.highlighted == page
        await pilot.press("b")
        assert results.highlighted == 0
        for _ in range(45):  # down to the last rows of the first page
            await pilot.press("j")
        await settle(app, pilot)
        assert results.option_count == 100 and results.highlighted == 45
        assert results.row_ids == [h.id for h in app.result.hits]
        assert len(set(results.row_ids)) == 100
        await pilot.press("G")
        await settle(app, pilot)
        assert results.option_count == 130 and results.highlighted == 129  # the last result, not the last loaded
        # the highlighted row is on screen, and so is its title
        assert any(app.result.hits[129].title[:12] in line for line in shown(results))


async def test_end_goes_to_the_last_result_through_several_pages(tmp_path):
    app = app_on(wafer_corpus(tmp_path / "corpus", 620))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        assert app.result.total == 620 and results.option_count == 50
        await pilot.press("end")
        await settle(app, pilot)
        assert results.option_count == 620 and results.highlighted == 619
        assert results.row_ids == [h.id for h in app.result.hits] and len(set(results.row_ids)) == 620
        assert "first" not in str(app.query_one("#search-status").render())  # every result is loaded now
        assert any(app.result.hits[619].title[:12] in line for line in shown(results))
        await pilot.press("g")
        assert results.highlighted == 0


async def test_hostile_titles_and_sources_are_shown_literally(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    title = f"Headline 中文标题 {MARKUP} {ANSI} {OSC_TITLE} {C1} {BIDI} end"
    (corpus / "evil.txt").write_text(f"{title}\n\nThe zebra [b]bold[/b] {OSC52} {C1} story.\n", encoding="utf-8")
    (corpus / "evil.meta.json").write_text(json.dumps({"source": "[@click=app.quit]Wire[/]"}), encoding="utf-8")
    app = app_on(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "zebra")
        results = app.query_one("#results", ResultsList)
        assert results.option_count == 1
        lines = shown(results)
        text = " ".join(line.strip() for line in lines)  # the rows wrap: join their lines
        assert "Headline 中文标题 [bold]x[/bold] [/ [@click=app.quit]click[/]" in text
        assert "[@click=app.quit]Wire[/] · " in text and "[b]bold[/b]" in text
        assert not any(ch in text for ch in "\x1b\x07\x9b\x9d\x9c\u202e")
        assert "中文" in text
        width = results.outer_size.width
        strips = results.render_lines(Region(0, 0, width, results.outer_size.height))
        assert all(strip.cell_length == width for strip in strips)  # wide characters keep rows aligned
        assert "\x1b" not in app.export_screenshot().replace("\x1b[", "")  # nothing from the article escapes
        for x in (3, 10, 20):
            await pilot.click("#results", offset=(x, 2))  # the would-be link opens the article, nothing else
        await settle(app, pilot)
        assert app.is_running and app.article is not None


async def test_a_held_frame_is_released_by_the_results_or_by_time(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"chips")
        await settle(app, pilot)
        assert app._frame_hold is None and app.result.query == "chips"
        assert "chips" in app.query_one("#query").value
        app.hold_frame()  # nothing answers this one: it lets go by itself
        assert app._frame_hold is not None
        await pilot.pause(FRAME_HOLD * 3)
        assert app._frame_hold is None


async def test_quote_rows_are_built_as_the_cursor_needs_them(seeds_index):
    """The quote list builds a screenful at once and the rest on demand (never in the background)."""
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "H20 backdoor")
        total = len(app.quote_rows)
        quotes = app.query_one("#quotes")
        if total < 25:
            pytest.skip("too few quotes in this build")
        built = quotes.option_count
        assert 6 <= built < total
        app.action_focus_quotes()
        for _ in range(built - 1):
            await pilot.press("j")
        assert built < quotes.option_count <= total and quotes.highlighted == built - 1
        await pilot.press("G")
        assert quotes.option_count == total and quotes.highlighted == total - 1
        last = quotes.get_option_at_index(total - 1).prompt.plain
        assert app.quote_rows[-1].text[:20] in last.replace("\n", " ")


async def test_a_short_best_snippet_leaves_its_lines_to_the_next(tmp_path):
    """A hit whose best passage is short fills its snippet lines with the next passages (after "…"),
    so two articles that begin alike are told apart, rather than leaving a blank line."""
    root = tmp_path / "corpus"
    root.mkdir()
    filler = " ".join(f"Paragraph {i} is about harbour cranes and shipping schedules." for i in range(12))
    (root / "a.txt").write_text("Port report\n\nThe turbine order was signed.\n\n" + filler
                                + "\n\nEngineers said the second turbine arrives in spring.\n", encoding="utf-8")
    app = app_on(root)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "turbine")
        hit = app.result.hits[0]
        assert len(hit.snippets) >= 2 and len(hit.snippets[0].text) < 90
        block = " ".join(line.strip(" │▐▌█") for line in shown(app.query_one("#results", ResultsList))[:ROW_LINES])
        second = " ".join(hit.snippets[1].text.split()[:3])
        assert "turbine order was signed" in block and f"… {second}" in block, block


async def test_the_list_never_starts_with_a_row_cut_in_half(tmp_path):
    """Paging, moving down row by row and going to the end leave a whole row at the top: its title
    first (the pane's height is rarely a multiple of a row's)."""
    app = app_on(wafer_corpus(tmp_path / "corpus", 60))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        assert results.size.height % ROW_LINES, "a height that is not whole rows"
        def top_line() -> str:
            return shown(results)[0].strip().removeprefix("● ")

        for keys in (["space"], ["space"], ["j"] * 3, ["G"], ["k"] * 7):
            await pilot.press(*keys)
            await settle(app, pilot)
            assert top_line() in {h.title for h in app.result.hits}, (keys, top_line())
            cursor = results.highlighted * ROW_LINES - results._top  # the cursor's row is whole on screen
            assert 0 <= cursor <= results.size.height - ROW_LINES


async def test_a_list_lower_than_a_row_scrolled_to_the_end_shows_the_last_row(tmp_path):
    """A short terminal leaves the list fewer lines than a row: the wheel stops at the last row's title."""
    app = app_on(wafer_corpus(tmp_path / "corpus", 12))
    async with app.run_test(size=(100, 14)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        assert 0 < results.size.height < ROW_LINES
        for _ in range(results.option_count + 2):
            results.post_message(events.MouseScrollDown(results, 5, 1, 0, 1, 0, False, False, False))
            await pilot.pause()
        last = app.result.hits[-1].title
        assert shown(results)[0].strip().removeprefix("● ") == last, shown(results)
        await pilot.click("#results", offset=(5, 0))
        await settle(app, pilot)
        assert app.article is not None and app.article.title == last


async def test_rows_of_text_between_results_take_their_own_height(tmp_path):
    """Headings (as the what's-new view shows) wrap to their own height: clicks, the end, paging and a
    narrower terminal find the rows where they are drawn."""
    app = app_on(wafer_corpus(tmp_path / "corpus", 12))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results", ResultsList)
        hits = app.result.hits
        heading = Text("Wafer news from every supplier we follow, " * 3)
        results.show_rows([Row("\x00a", text=Text("Short heading")), *[Row(h.id, hit=h) for h in hits[:3]],
                           Row("\x00b", text=heading), *[Row(h.id, hit=h) for h in hits[3:]]])
        await pilot.pause()
        wide = results.row_lines(4)
        assert results.row_lines(0) == (0, 1) and results.row_lines(1) == (1, ROW_LINES)
        assert 1 < wide[1] < ROW_LINES
        for row in (1, 4, 5):  # a click on a row's last line selects that row
            first, lines = results.row_lines(row)
            results.scroll_to_line(first)
            await pilot.click("#results", offset=(5, first + lines - 1 - results._top))
            assert results.highlighted == row
        await settle(app, pilot)
        results.focus()  # (a click opens the article in the reader)
        await pilot.press("G")
        assert results.highlighted == results.option_count - 1
        first, lines = results.row_lines(results.option_count - 1)
        assert results._top <= first and first + lines <= results._top + results.size.height
        assert shown(results)[first - results._top].strip().removeprefix("● ") == hits[-1].title
        await pilot.press("pageup", "pageup", "pageup", "pagedown")
        top = shown(results)[0].strip().removeprefix("● ")
        assert top in {h.title for h in hits} | {"Short heading"} or top.startswith("Wafer news"), top
        await pilot.resize_terminal(100, 40)  # a narrower pane: the heading wraps to more lines
        await settle(app, pilot)
        first, lines = results.row_lines(4)
        assert lines > wide[1] and results.row_lines(5)[0] == first + lines  # the rows after it move down
        cursor, lines = results.row_lines(results.highlighted)
        assert results._top <= cursor and cursor + lines <= results._top + results.size.height
        results.show([])  # no rows: keys and clicks do nothing
        results.focus()
        await pilot.press("j", "G", "pagedown", "enter")
        await pilot.click("#results", offset=(5, 2))
        assert results.highlighted is None and set(shown(results)[0]) == {" "}


async def test_the_listing_of_every_article_says_how_many_are_loaded(tmp_path):
    app = app_on(wafer_corpus(tmp_path / "corpus", 60))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert str(app.query_one("#search-status").render()) == "60 articles, newest first · first 50 shown"
        assert app.sub_title == "corpus · 60 articles"
        await pilot.press("escape", "G")
        await settle(app, pilot)
        assert str(app.query_one("#search-status").render()) == "60 articles, newest first"


async def test_a_status_cut_by_a_narrow_pane_ends_with_an_ellipsis(tmp_path):
    app = app_on(wafer_corpus(tmp_path / "corpus", 60))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        await pilot.press("less_than_sign", "less_than_sign", "less_than_sign", "less_than_sign")  # narrower
        await settle(app, pilot)
        status = app.query_one("#search-status")
        full = str(status.render())
        assert full.startswith("60 results · first 50 shown · ") and len(full) > status.content_size.width
        line = status.render_line(0).text.rstrip()
        assert line.endswith("…") and len(line) <= status.content_size.width + 2, line
