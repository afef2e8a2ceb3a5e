"""Problems found by using the app as a reader would, each fixed and held here."""

from __future__ import annotations

from textual import events

from app_helpers import app_for, settle

SIZE = (120, 35)


def burst(app, *keys: str) -> None:
    """Keys delivered as a terminal delivers a fast typist's or ``tmux send-keys``'s: all at once."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_a_query_enter_enter_in_one_burst_opens_the_first_result(seeds_index):
    """Enter in the search box goes to the results; an Enter typed right after it opens the first
    result (it went to the search box again, searched twice and opened nothing)."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        burst(app, *"backdoor", "enter", "enter")
        await settle(app, pilot)
        assert app.result.query == "backdoor"
        assert app.article is not None and app.article.id == app.result.hits[0].id
        assert app.focused is app.query_one("#reader")


async def test_enter_on_the_results_while_the_query_is_searched_opens_its_first_result(seeds_index):
    """The list still shows the last search's rows while a slow search of the new query runs: Enter
    opens the new query's first result once it is in, not the stale row under the cursor."""
    import threading

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one("#query").focus()
        burst(app, *"summoned", "enter")
        await settle(app, pilot)
        stale = app.result.hits[0].id
        await pilot.press("escape", "slash")
        gate = threading.Event()
        real_search = app.library.search

        def held_search(query, **kw):  # the real search, answering only once the keys are in
            gate.wait(10)
            return real_search(query, **kw)

        app.library.search = held_search
        burst(app, *"backdoor", "enter", "enter")
        # the search held, until both Enters are handled: the second asks for the new query's first
        # result (a stale row opened instead would be an article already)
        for _ in range(3000):
            if app._open_wanted == "backdoor" or app.article is not None:
                break
            await pilot.pause(0.01)
        assert app.article is None and app._open_wanted == "backdoor"  # (asked while searching: no stale row)
        gate.set()
        await settle(app, pilot)
        assert app.result.query == "backdoor"
        assert app.article is not None and app.article.id == app.result.hits[0].id != stale
        assert app.focused is app.query_one("#reader")


async def test_a_speaker_only_query_shows_its_results_not_the_start_screen(seeds_index):
    """``speaker:Nvidia`` alone is a search like any other: its count in the status, the articles in the
    list, never the what's-new screen of an empty search box (with 'All N articles, newest first')."""
    from briefing.index.saved import save_search

    from app_helpers import option_texts, search

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        save_search(app.library, app.saved_store, "Chips", "H20")
        app.saved_worker()
        await settle(app, pilot)
        await search(app, pilot, "speaker:Nvidia")
        status = str(app.query_one("#search-status").render())
        assert app.result.query == "speaker:Nvidia"
        assert "result" in status and "What's new" not in status and "newest first" not in status, status
        rows = option_texts(app.query_one("#results"))
        assert not any("newest first" in r or "Enter opens it" in r for r in rows), rows
        assert len(rows) == app.result.total >= 1


async def test_speaker_colours_read_on_the_light_theme(seeds_index):
    """Speaker names and quotes in their colours had a 1.0–2.1:1 contrast on the light theme's grey
    (the palette is made for dark backgrounds): on a light theme they are darkened to 4.5:1, in the
    quote rows and the reader, also after Ctrl+T; the dark theme keeps the palette's colours."""
    from rich.style import Style
    from textual.color import Color

    from briefing.index.palette import PALETTE
    from app_helpers import contrast

    def colours(text) -> set[str]:
        out = set()
        for span in text.spans:
            style = Style.parse(span.style) if isinstance(span.style, str) else span.style
            if style.color is not None and style.color.triplet is not None and style.bgcolor is None:
                out.add(style.color.triplet.hex.upper())
        return out

    def shown() -> set[str]:
        rows = app.query_one("#quotes")
        found = set()
        for i in range(rows.option_count):
            found |= colours(rows.get_option_at_index(i).prompt)
        return found | colours(app.query_one("#reader")._styled)

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search_and_open(app, pilot, "Nvidia")
        palette = {c.upper() for c in PALETTE}
        assert shown() & palette  # dark: the palette itself
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert not app.current_theme.dark
        system = app.current_theme.to_color_system().generate()
        grounds = [Color.parse(str(system[k])) for k in ("background", "surface")]
        light = shown()
        speakers = light - {"#98C379", "#1B1B1B", "#FFFFFF"}  # (the selection mark, the match styles)
        assert speakers and not speakers & palette
        worst = min(contrast(Color.parse(c), g) for c in speakers for g in grounds)
        assert worst >= 4.5, worst


async def search_and_open(app, pilot, query: str) -> None:
    from app_helpers import search

    await search(app, pilot, query)
    await pilot.press("enter")
    await settle(app, pilot)
    app.action_focus_quotes()
    await settle(app, pilot)


async def test_previous_match_first_goes_to_the_last_match(seeds_index):
    """N on a freshly opened article goes to the last match, n to the first (N went to the one before
    the last: 'match 30/31')."""
    from app_helpers import search

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader")
        total = len(reader.matches)
        assert total > 2 and reader.current == -1
        await pilot.press("N")
        assert reader.current == total - 1
        await pilot.press("n")
        assert reader.current == 0
        await pilot.press("escape")
        await pilot.press("enter")  # the article again: no match chosen
        await settle(app, pilot)
        app.action_focus_reader()
        await pilot.press("n")
        assert reader.current == 0


async def test_exporting_a_story_twice_in_one_second_writes_two_files(seeds_index):
    """The story's export names its file by the second: a second ``e`` within it failed with a
    command-line hint ('already exists; use --force to replace it'); it now writes a file of its own."""
    from briefing.index.config import corpus_data_dir

    from briefing.tui.screens.story import StoryScreen
    from app_helpers import search

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "H20")
        await pilot.press("o")
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen) and app.screen.view is not None
        burst(app, "e", "e")
        await settle(app, pilot)
        files = sorted((corpus_data_dir(app.library.corpus) / "exports").glob("story-*.md"))
        assert len(files) == 2 and all(f.read_text().startswith("#") for f in files), files
        said = [(n.message, n.severity) for n in app._notifications]
        assert said and all(s != "error" and "--force" not in m for m, s in said), said


async def test_paging_a_long_article_jumps_at_once(tmp_path):
    """G, g, Space and b in the reader land at once (they scrolled at 50 lines a second: G on a
    900-line article kept moving for over a second, each Space for ~0.7 s)."""
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    corpus = tmp_path / "long"
    corpus.mkdir()
    paras = [f"Paragraph {i} of the long budget report says the council spent {i} thousand on roads "
             f"and {i + 1} thousand on the harbour, the treasurer told the meeting." for i in range(300)]
    (corpus / "budget.txt").write_text("The long budget report\n\n" + "\n\n".join(paras) + "\n")
    app = make_app(corpus=corpus, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        from app_helpers import search

        await search(app, pilot, "budget")
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.query_one("#reader")
        assert app.focused is reader and reader.max_scroll_y > 500
        page = reader.scrollable_content_region.height
        for key, where in (("G", lambda: reader.max_scroll_y), ("g", lambda: 0),
                           ("space", lambda: page), ("space", lambda: 2 * page), ("b", lambda: page)):
            burst(app, key)
            await pilot.pause()
            await pilot.pause()
            assert reader.scroll_y == where(), (key, reader.scroll_y, where())


async def test_the_selected_view_counts_what_is_still_selected(seeds_index):
    """In the selected quotes (v), x on a row unselects it: the row stays (x again takes it back)
    and the status counts the quotes e would export (it kept the count it opened with)."""
    from app_helpers import search

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        app.action_focus_quotes()
        await pilot.press("x", "j", "x", "j", "x")
        await pilot.press("v")
        await settle(app, pilot)
        status = app.query_one("#quote-status")
        assert app.quote_scope == "selected" and str(status.render()).startswith("3 selected quotes")
        await pilot.press("g", "x")
        await settle(app, pilot)
        assert str(status.render()).startswith("2 selected quotes") and len(app.selection.selected()) == 2
        await pilot.press("x")
        await settle(app, pilot)
        assert str(status.render()).startswith("3 selected quotes")


async def test_a_query_error_clears_the_last_searchs_quotes(seeds_index):
    """A query the index refuses (``is:bogus``) shows its error in the results; the quote pane no
    longer shows the quotes of the search before it, as if they matched."""
    from app_helpers import option_texts, search

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        assert app.quote_rows
        await search(app, pilot, "is:bogus Nvidia")
        assert app.result is None
        assert app.quote_rows == [] and "no quotes" in str(app.query_one("#quote-status").render())
        assert option_texts(app.query_one("#quotes")) == ["No quotes here."]
        await search(app, pilot, "Nvidia")  # and back
        assert app.quote_rows


async def test_a_query_typed_while_another_corpus_opens_is_kept(seeds_copy, tmp_path):
    """Opening a corpus other than the remembered one drops the remembered query; a query typed
    while the index opened (a new folder is indexed first) is the user's and stays (the box was
    emptied and every article listed)."""
    from briefing.tui.config import AppConfig, AppState, save_state
    from briefing.tui.main import make_app

    save_state(AppState(corpus=str(tmp_path / "last-week"), query="Huawei"))
    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0))
    async with app.run_test(size=SIZE) as pilot:
        assert app.library is None
        burst(app, *"chips")  # while the new folder is indexed
        await settle(app, pilot)
        box = app.query_one("#query")
        assert box.value == "chips" and app.result.query == "chips" and app.result.total == 2
    save_state(AppState(corpus=str(tmp_path / "last-week"), query="Huawei"))
    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)  # nothing typed: the other corpus's query is not searched here
        assert app.query_one("#query").value == "" and app.result.query == ""


async def test_help_keys_and_the_search_status_read_on_the_light_theme(seeds_index):
    """On the light theme the help's key column (pale gold, 1.5:1) and the status's "No results" and
    warnings (salmon, 2.3:1) are darkened to 4.5:1; the dark theme keeps its colours."""
    from rich.style import Style
    from textual.color import Color

    from app_helpers import contrast, search

    def worst_on_light(colour: str) -> float:
        system = app.current_theme.to_color_system().generate()
        return min(contrast(Color.parse(colour), Color.parse(str(system[k]))) for k in ("background", "surface"))

    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert not app.current_theme.dark
        app.action_focus_results()
        await pilot.press("question_mark")
        await settle(app, pilot)
        keys = app.screen.table.table(120).columns[0].style
        assert worst_on_light(Style.parse(keys).color.triplet.hex) >= 4.5
        from briefing.index.saved import save_search

        save_search(app.library, app.saved_store, "Chips", "H20")
        app.saved_worker()
        await pilot.press("escape", "ctrl+t")
        await search(app, pilot, "")  # the what's-new rows, built on the dark theme
        results = app.query_one("#results")
        results.highlighted = 2
        await pilot.press("ctrl+t")  # to the light one: the rows are built again, the cursor stays
        await settle(app, pilot)
        assert not app.current_theme.dark and results.highlighted == 2
        prompt = results.get_option_at_index(0).prompt
        assert prompt.plain.startswith("▸ Chips")  # a saved search's row: "▸" in the row's own style
        assert worst_on_light(Style.parse(str(prompt.style)).color.triplet.hex) >= 4.5
        await search(app, pilot, "zzqqxx")
        said = app.query_one("#search-status")._said  # the Text the status shows
        assert "No results" in said.plain
        styles = [Style.parse(s.style) if isinstance(s.style, str) else s.style for s in said.spans]
        colours = {st.color.triplet.hex for st in styles if st.color is not None and st.color.triplet is not None}
        assert colours and min(worst_on_light(c) for c in colours) >= 4.5, colours
