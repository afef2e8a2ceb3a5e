"""Pilot tests of the app's flows on the bundled seeds: search, read, n/N, quotes, help, palette, quit."""

from __future__ import annotations

import pytest

from briefing.tui.config import AppConfig, load_state
from briefing.tui.main import make_app
from briefing.tui.widgets.article_view import ArticleView

from app_helpers import app_for, option_texts, search, settle

SIZE = (120, 40)


async def test_start_lists_the_seeds(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one("#results")
        assert results.option_count == 2
        assert "2 articles" in str(app.query_one("#search-status").render())
        assert app.focused.id == "query"


async def test_search_as_you_type_then_open(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(*"backdoor")  # no Enter: the debounced search runs by itself
        await settle(app, pilot)
        assert app.result.query == "backdoor" and app.result.total == 2
        texts = option_texts(app.query_one("#results"))
        assert any("H20" in t for t in texts)
        await pilot.press("enter")  # leaves the box for the results
        assert app.focused.id == "results"
        await pilot.press("j", "enter")
        await settle(app, pilot)
        reader = app.query_one("#reader", ArticleView)
        assert app.focused is reader
        assert reader.article is not None and reader.article.id == app.result.hits[1].id
        assert reader.article.title.split()[0] in reader.visible_text()
        assert reader.matches, "the search words are highlighted in the article"


async def test_malformed_and_empty_queries_say_so(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "zebraxylophone")
        assert "No results" in str(app.query_one("#search-status").render())
        await search(app, pilot, "date:[zz to yy]")
        status = str(app.query_one("#search-status").render())
        assert status.startswith("⚠") and "zz" in status


async def test_did_you_mean(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "regulatrs")
        assert "did you mean" in str(app.query_one("#search-status").render())
        assert app.focused.id == "results"
        await pilot.press("enter")  # the suggestion row runs the corrected search
        await settle(app, pilot)
        assert app.result.query == app.query_one("#query").value != "regulatrs"
        assert app.result.total >= 1


async def test_the_did_you_mean_line_is_one_line_high(seeds_index):
    """The suggestion is one line of text: its highlight covers that line, not a result's five."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "regulatrs")
        results = app.query_one("#results")
        assert results.option_count == 1 and results.highlighted == 0
        cursor = results.get_component_rich_style("results--cursor").bgcolor
        lit = [y for y in range(results.size.height)
               if any(seg.style and seg.style.bgcolor == cursor for seg in results.render_line(y))]
        assert lit == [0], lit
        assert "Did you mean" in results.render_line(0).text
        assert results.row_lines(0) == (0, 1)
        for theme in app.available_themes:  # the suggested word is bold in the cursor's own colours
            app.theme = theme
            await pilot.pause()
            line = list(results.render_line(0))
            word = next(seg.style for seg in line if seg.text == "regulators")
            lead = next(seg.style for seg in line if seg.text.startswith("Did you mean"))
            # (it was cyan on the cursor's blue, 2.2:1 in textual-dark)
            assert word.bold and (word.color, word.bgcolor) == (lead.color, lead.bgcolor), theme
        await pilot.click(results, offset=(5, 1))  # below the line: no row there
        await settle(app, pilot)
        assert app.result.query == "regulatrs"


async def test_n_and_N_walk_the_matches(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "H20")
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader", ArticleView)
        body = reader.article.body
        assert len(reader.matches) >= 3
        await pilot.press("n")
        assert reader.current == 0
        await pilot.press("n", "n")
        assert reader.current == 2
        a, b = reader.matches[2]
        assert body[a:b].lower() == "h20"
        await pilot.press("N")
        assert reader.current == 1
        await pilot.press("G")
        await pilot.press("n")  # wraps to the first match and scrolls back to it
        await settle(app, pilot)
        assert reader.current == 2
        assert body[reader.matches[2][0]:reader.matches[2][1]] in reader.visible_text()


async def test_speaker_filter_type_to_narrow(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        if not app.speakers:
            pytest.skip("no quote extractor in this build")
        await pilot.press("escape")  # leave the search box so 's' is a key, not a letter
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"nvidi")
        picker = app.screen.query_one("#speaker-list")
        names = option_texts(picker)
        assert names and all("nvidia" in n.lower() for n in names)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.speaker_filter_name == "Nvidia"
        assert app.quote_rows and all(q.speaker == "Nvidia" for q in app.quote_rows)
        assert app.focused.id == "quotes"
        # Enter jumps to the quote in the reader
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader", ArticleView)
        q = app.quote_rows[0]
        assert reader.article.id == q.article_id and reader.focus_quote.id == q.id
        assert q.text.split()[0] in reader.visible_text()
        await pilot.press("escape")  # drops the filter
        await settle(app, pilot)
        assert app.speaker_filter_name is None


async def test_selection_is_toggled_and_kept(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "chips")
        if not app.quote_rows:
            pytest.skip("no quote extractor in this build")
        app.action_focus_quotes()
        first, second = app.quote_rows[0].id, app.quote_rows[1].id
        await pilot.press("space", "j", "x")
        assert app.selection.selected() == [first, second]
        assert option_texts(app.query_one("#quotes"))[0].startswith("●")
        await pilot.press("x")
        assert app.selection.selected() == [first]
        # another search and back: the selection is still there and still marked
        await search(app, pilot, "Reuters")
        await search(app, pilot, "chips")
        assert app.selection.selected() == [first]
        rows = option_texts(app.query_one("#quotes"))
        idx = [q.id for q in app.quote_rows].index(first)
        assert rows[idx].startswith("●")


async def test_help_lists_the_focused_pane(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_quotes()
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = app.screen.plain_text()
        assert "quotes.toggle" in text and "Space x" in text and "briefing.quit" in text
        await pilot.press("escape")
        app.action_focus_reader()
        await pilot.press("f1")
        await settle(app, pilot)
        text = app.screen.plain_text()
        assert "reader.next_match" in text and "quotes.toggle" not in text


async def test_palette_runs_an_action(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        dark = app.current_theme.dark
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"toggle dark")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_theme.dark is not dark


async def test_keymap_from_config(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(keymap={"briefing.quit": "ctrl+q"}), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_quit_remembers_where_you_were(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "backdoor")
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.article.id
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    state = load_state()
    assert state.query == "backdoor" and state.article_id == opened
    again = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.query_one("#query").value == "backdoor"
        assert again.article is not None and again.article.id == opened


async def test_narrow_terminal_stacks_panes(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        search, reader = app.query_one("#search-pane"), app.query_one("#reader")
        assert reader.region.y > search.region.y and reader.region.width >= 76
        await pilot.resize_terminal(200, 60)
        await settle(app, pilot)
        assert reader.region.x > search.region.x and reader.region.y == search.region.y


async def test_unindexed_corpus_is_indexed_with_progress(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"a{i:02d}.txt").write_text(f"Headline {i} on chips\n\nBody about chips number {i}.\n")
    app = make_app(corpus=corpus, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.library.last_summary is not None and app.library.last_summary.added == 30
        assert app.library is not None and app.library.document_count() == 30
        assert app.query_one("#results").option_count == 30
        assert not app.query_one("#indexing").display


async def test_side_by_side(seeds_index):
    """c on an open article compares it with its most similar (details in test_app_compare)."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("c")  # compares with the most similar article
        await settle(app, pilot)
        cmp = app.screen.query_one("#compare").comparison
        assert {cmp.a_id, cmp.b_id} == {h.id for h in app.result.hits}
        await pilot.press("x")  # swap the columns
        await settle(app, pilot)
        swapped = app.screen.query_one("#compare").comparison
        assert (swapped.a_id, swapped.b_id) == (cmp.b_id, cmp.a_id)
        await pilot.press("escape")
        assert app.query_one("#reader").article is not None


async def test_annotate_marks_the_quote(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "backdoor")
        if not app.quote_rows:
            pytest.skip("no quote extractor in this build")
        app.action_focus_quotes()
        qid = app.quote_rows[0].id
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press(*"check with Nvidia", "enter")
        await settle(app, pilot)
        assert app.selection.note(qid) == "check with Nvidia"
        assert "✎ check with Nvidia" in option_texts(app.query_one("#quotes"))[0].splitlines()[0]
        await pilot.press("j", "asterisk")  # a star alone is a star, not a note
        await settle(app, pilot)
        head = option_texts(app.query_one("#quotes"))[1].splitlines()[0]
        assert " ★" in head and "✎" not in head, head


async def test_related_is_one_key_away(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Tencent")
        await pilot.press("enter")
        await settle(app, pilot)
        first = app.article.id
        await pilot.press("r")
        await settle(app, pilot)
        picker = app.screen.query_one("#picker-list")
        assert picker.option_count >= 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.article.id != first
        from textual import events

        for key in ("r", "enter"):  # in one burst: the Enter waits for the list, found in a worker
            app.post_message(events.Key(key, None if key == "enter" else key))
        await settle(app, pilot)
        assert app.article.id == first and len(app.screen_stack) == 1


async def test_results_page_in_as_the_cursor_nears_the_end(tmp_path):
    """A long result list shows the first page at once and fetches the next pages on the way down."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(130):
        (corpus / f"a{i:03d}.txt").write_text(f"Report {i} on wafers\n\nThe wafer supply story, part {i}.\n")
    app = make_app(corpus=corpus, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "wafer")
        results = app.query_one("#results")
        assert app.result.total == 130 and len(app.result.hits) == 50 and results.option_count == 50
        results.focus()
        await pilot.press("G")  # to the last result: the pages not loaded yet load first
        await settle(app, pilot)
        assert results.option_count == 130 and len({h.id for h in app.result.hits}) == 130
        assert results.highlighted == 129
        assert [h.rank for h in app.result.hits] == list(range(1, 131))


async def test_typing_fast_searches_only_the_newest_text(seeds_index):
    """Keys typed while a search runs never queue stale searches; the newest text is searched next."""
    import threading

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        gate, searched = threading.Event(), []
        real_search = app.library.search

        def slow_first_search(query, **kw):  # the real search, held back until the keys are in
            searched.append(query)
            if len(searched) == 1:
                gate.wait(10)
            return real_search(query, **kw)

        app.library.search = slow_first_search
        app.query_one("#query").focus()
        await pilot.press(*"remote shutdown")
        assert searched == ["r"]  # one search running, none queued behind it
        gate.set()
        await settle(app, pilot)
        assert searched == ["r", "remote shutdown"]
        assert app.result.query == "remote shutdown" and app.result.total == 1


async def test_files_changed_since_last_run_are_indexed_after_the_first_screen(seeds_copy, tmp_path):
    from briefing.index.library import open_library

    ix = tmp_path / "ix"
    open_library(seeds_copy, ix).close()  # indexed by an earlier run
    (seeds_copy / "later.txt").write_text('Later headline\n\n"Exports resume next week," said Jane Doe.\n')
    app = make_app(corpus=str(seeds_copy), index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.library.document_count() == 3
        assert app.library.last_summary.added == 1
        assert any(s.name == "Jane Doe" for s in app.speakers)  # loaded after the catch-up
        assert app.result.total == 3  # the list was searched again


async def test_escape_always_ends_on_the_results_where_q_quits(seeds_index):
    """Esc from the reader, the quotes or the search box goes to the results (never into the search
    box), so Esc, Esc, q quits from anywhere; q typed in the search box is a letter."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one("#results")
        for start in (app.action_focus_reader, app.action_focus_quotes, app.action_focus_search,
                      app.action_focus_results):
            start()
            await pilot.press("escape")
            assert app.focused is results, start.__name__
            await pilot.press("escape")
            assert app.focused is results, start.__name__
        app.action_focus_search()
        box = app.query_one("#query")
        await pilot.press("q")
        assert app.is_running and box.value.endswith("q")
        app.action_focus_reader()
        await pilot.press("escape", "escape", "q")
        await pilot.pause()
        assert not app.is_running


async def test_help_says_esc_goes_to_the_results_and_it_does(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "chips")
        await pilot.press("escape", "enter")  # to the results, open the first article
        await settle(app, pilot)
        app.action_focus_reader()
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = app.screen.plain_text()
        row = next(line for line in text.splitlines() if "briefing.back" in line)
        assert row.split()[0] == "Esc" and "results" in row and "Back" not in row, row
        assert "Ctrl+T" in text and "ctrl+t" not in text and "Down j" in text  # keys written one way, as in the README
        await pilot.press("escape")  # closes the help
        await settle(app, pilot)
        await pilot.press("escape")  # what the help said: the results
        await settle(app, pilot)
        assert app.focused is app.query_one("#results")


async def test_keys_typed_in_one_burst_after_slash_or_s_go_into_the_box(seeds_index):
    """A busy app (start-up) or a fast typist delivers "/chips" as one burst of keys: the query lands in
    the search box, and "s" + a name in the speaker picker, not on the results ('c' would compare)."""
    from textual import events

    from briefing.tui.screens.pickers import SpeakerPicker

    def burst(text: str) -> None:
        for ch in text:
            app.post_message(events.Key("slash" if ch == "/" else ch, ch))

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        burst("/chips")
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and app.focused is app.query_one("#query")
        assert app.query_one("#query").value == "chips" and app.result.query == "chips"
        burst("/s")  # in the search box both are text
        await settle(app, pilot)
        assert app.query_one("#query").value == "chips/s" and len(app.screen_stack) == 1
        await pilot.press("escape")
        burst("snvid")
        await settle(app, pilot)
        assert isinstance(app.screen, SpeakerPicker) and app.screen.query_one("#speaker-filter").value == "nvid"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.speaker_filter_name == "Nvidia" and len(app.screen_stack) == 1


async def test_a_quote_row_names_the_speaker_with_the_role_the_article_gives(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        rows = option_texts(app.query_one("#quotes"))
        with_role = [(q, r) for q, r in zip(app.quote_rows, rows) if q.speaker_role]
        assert with_role and all(r.splitlines()[0].startswith(f"○ {q.speaker}, {q.speaker_role}") for q, r in with_role)
        heads = [(q, r.splitlines()[0].replace(" ◆ match", "")) for q, r in zip(app.quote_rows, rows)]
        assert all(head == f"○ {q.speaker}" for q, head in heads if not q.speaker_role)


async def test_keys_typed_in_one_burst_after_an_opener_go_to_what_it_opens(seeds_index):
    """``m``, ``c``, ``o`` and ``e`` act in the order the keys were typed, and the keys typed right
    after them go to the screen they open, even when all come in one burst (a paste, tmux send-keys)."""
    from textual import events

    from briefing.tui.screens.dialogs import ExportDialog
    from briefing.tui.screens.side_by_side import SideBySideScreen
    from briefing.tui.screens.story import StoryScreen

    def burst(*keys: str) -> None:
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else None))

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "H20")
        first, second = (h.id for h in app.result.hits[:2])
        assert app.focused is app.query_one("#results") and app.query_one("#results").highlighted == 0
        burst("m", "j", "c", "x")  # mark the first, compare the second with it, swap the columns
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and app.marked_article_id == first
        assert screen.comparison is not None and (screen._left[0].id, screen._right[0].id) == (first, second)
        burst("escape", "k", "o", "t")  # back, up to the first result, its story, the timeline
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen) and app.screen._ref == first and app.screen._timeline
        burst("escape", "e", "enter")  # the Enter is the dialog's: nothing selected, it says so
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "Nothing to export" in str(app.screen.query_one("#export-error").render())
        burst("escape", "c", "escape")
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and app.focused is app.query_one("#results")
        assert app.query_one("#results").highlighted == 0 and app.article is None


async def test_help_lists_quit_once_with_both_its_keys(seeds_index):
    """'Ctrl+Q Quit' (Textual's, with no id) and 'q Quit' (briefing.quit) were two rows."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for focus in (app.action_focus_results, app.action_focus_quotes):
            focus()
            await pilot.press("question_mark")
            await settle(app, pilot)
            rows = [line.split() for line in app.screen.plain_text().splitlines() if "Quit" in line.split()]
            assert rows == [["q", "Ctrl+Q", "Quit", "briefing.quit"]], rows
            await pilot.press("escape")
            await settle(app, pilot)
    remapped = make_app(index_dir=seeds_index, config=AppConfig(keymap={"briefing.quit": "x,ctrl+q"}), restore=False)
    async with remapped.run_test(size=SIZE) as pilot:
        await settle(remapped, pilot)
        await pilot.press("escape", "question_mark")
        await settle(remapped, pilot)
        rows = [line.split() for line in remapped.screen.plain_text().splitlines() if "Quit" in line.split()]
        assert rows == [["x", "Ctrl+Q", "Quit", "briefing.quit"]], rows


@pytest.mark.parametrize("key, screen", [("c", "SideBySideScreen"), ("o", "StoryScreen")])
async def test_keys_on_the_did_you_mean_line_act_on_the_open_article(seeds_index, key, screen):
    """With an article open and a misspelt search, c and o on the results' "did you mean" line said "Open an
    article first." (the line is no article); they act on the open article, as from the reader."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "regulators")
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.article.id
        await search(app, pilot, "regulatrs")
        assert app.focused.id == "results" and app.query_one("#results").row_ids[0].startswith("\x00")
        await pilot.press(key)
        await settle(app, pilot)
        assert type(app.screen).__name__ == screen
        assert "Open an article first." not in [n.message for n in app._notifications]
        assert opened in (getattr(app.screen, "_pair", None) or (app.screen._ref,))
