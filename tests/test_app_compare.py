"""Pilot tests and a snapshot of the comparison screen on the bundled seeds."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.filter import ANSIToTruecolor

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.compare_details import CompareDetails
from briefing.tui.screens.side_by_side import SideBySideScreen
from briefing.tui.widgets.compare_view import CompareView, is_difference

from app_helpers import contrast, settle

SIZE = (120, 36)


def app_for(seeds_index):
    return make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0, show_timing=False), restore=False)


async def open_compare(app, pilot) -> CompareView:
    """Search the seeds, open the first hit, ``c``: the compare screen with the most similar article."""
    await settle(app, pilot)
    app.action_focus_search()
    box = app.query_one("#query")
    box.value = "Nvidia"
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("c")  # no article marked: the most similar one
    await settle(app, pilot)
    assert isinstance(app.screen, SideBySideScreen)
    view = app.screen.query_one(CompareView)
    assert view.comparison is not None and view.comparison.rows
    return view


def visible(view: CompareView) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


def band_text(view: CompareView, row: int) -> tuple[str, str]:
    """The first words of the left and right sentence of ``row`` (as displayed)."""
    cmp = view.comparison
    r = cmp.rows[row]
    a = cmp.sentences_a[r.a].text.split()[:2] if r.a is not None else []
    b = cmp.sentences_b[r.b].text.split()[:2] if r.b is not None else []
    return " ".join(a), " ".join(b)


async def test_scrolling_moves_both_columns_together(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_compare(app, pilot)
        cmp = view.comparison
        pairs = [i for i, r in enumerate(cmp.rows) if r.kind == "pair"]
        assert len(pairs) >= 5
        half = view.size.width // 2
        for row in (pairs[-1], pairs[0], pairs[len(pairs) // 2]):
            view.go_to(row)
            await pilot.pause()
            top = view.band_start[row] - int(view.scroll_offset.y)
            assert 0 <= top < view.size.height
            line = view.render_line(top).text
            left, right = band_text(view, row)
            # both sentences of the pair start on the same screen line: one scroll drives both columns
            assert left in line[:half] and right in line[half:]
        before = int(view.scroll_offset.y)
        await pilot.press("pagedown")
        await pilot.pause()
        assert int(view.scroll_offset.y) > before
        y0 = int(view.scroll_offset.y)
        row = next(i for i, start in enumerate(view.band_start) if start >= y0)
        left, right = band_text(view, row)
        line = visible(view)[view.band_start[row] - y0]
        assert left in line[:half] and right in line[half:]
        other = {"only_a": line[half + 2:], "only_b": line[:half - 2]}.get(cmp.rows[row].kind)
        if other is not None and other.strip():  # a unique sentence stands against a blank or a unique one
            unique = [cmp.sentences_b[r.b].text if r.kind == "only_b" else cmp.sentences_a[r.a].text
                      for r in cmp.rows if r.kind in ("only_a", "only_b") and r.kind != cmp.rows[row].kind]
            assert any(" ".join(t.split()).startswith(other.split("│")[-1].strip()[:20]) for t in unique)


async def test_brackets_walk_the_differences_and_enter_shows_details(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_compare(app, pilot)
        cmp = view.comparison
        diffs = [i for i in range(len(cmp.rows)) if is_difference(cmp, i)]
        assert len(diffs) >= 3
        view.go_to(0)
        seen = []
        for _ in range(3):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            seen.append(view.cursor)
        assert seen == [d for d in diffs if d > 0][:3]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.cursor == seen[1]
        top = view.band_start[view.cursor] - int(view.scroll_offset.y)
        assert 0 <= top < view.size.height  # the difference is on screen
        pair_row = next(i for i in diffs if cmp.rows[i].kind == "pair")
        view.go_to(pair_row)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareDetails)
        body = str(app.screen.query_one("#compare-details-body").render())
        assert "similarity" in body
        await pilot.press("escape")
        assert isinstance(app.screen, SideBySideScreen)


async def test_the_seed_contradiction_is_visible(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_compare(app, pilot)
        cmp = view.comparison
        assert "contradiction" in str(app.screen.query_one("#compare-status").render())
        for needle, word in (("not instructed to halt", "instructed"), ("to suspend their purchases", "suspend")):
            row = next(i for i, r in enumerate(cmp.rows) if r.contradiction and any(
                needle in s.text for s in ([cmp.sentences_a[r.a]] if r.a is not None else [])
                + ([cmp.sentences_b[r.b]] if r.b is not None else [])))
            view.go_to(row)
            await pilot.pause()
            shown = " ".join(t.strip() for t in visible(view))
            assert "‼" in shown
            assert word in shown  # one word: the sentence is wrapped over several lines


async def test_mark_then_c_compares_with_the_marked_article(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        ids = app.library.article_ids()
        app.open_article(ids[0])
        await settle(app, pilot)
        app.action_focus_reader()
        await pilot.press("m")
        app.open_article(ids[1])
        await settle(app, pilot)
        app.action_focus_reader()
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, SideBySideScreen)  # no picker: the marked article is the other side
        cmp = app.screen.query_one(CompareView).comparison
        assert (cmp.a_id, cmp.b_id) == (ids[1], ids[0])


def test_snapshot_compare(snap_compare, seeds_index):
    async def run(pilot) -> None:
        app = pilot.app
        app.query_one("#query").cursor_blink = False
        await open_compare(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)

    assert snap_compare(app_for(seeds_index), terminal_size=SIZE, run_before=run)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_summary_and_footer_are_whole_at_120_and_80_columns(seeds_index, size):
    """The summary line wraps instead of being cut; the footer shows the comparison's keys, not the panes'."""
    from briefing.tui.screens.side_by_side import summary_text

    app = app_for(seeds_index)
    async with app.run_test(size=size) as pilot:
        await open_compare(app, pilot)
        status = app.screen.query_one("#compare-status")
        shown = " ".join(status.render_line(y).text.strip() for y in range(status.size.height))
        shown = " ".join(shown.split())
        parts = summary_text(app.screen.comparison).plain.split(" · ")
        assert len(parts) >= 4 and all(part in shown for part in parts)  # every part whole, none cut
        keys = {b.binding.action for b in app.active_bindings.values() if b.binding.show}
        assert {"difference(1)", "swap", "quit"} <= keys
        assert not keys & {"speaker_filter", "story", "saved_searches", "refresh_index", "focus_search"}
        await pilot.press("s")  # a pane's key does nothing under the comparison
        await settle(app, pilot)
        assert isinstance(app.screen, SideBySideScreen)


@pytest.mark.parametrize("theme, light", [("textual-light", True), ("textual-dark", False)])
async def test_the_comparison_takes_the_theme_s_background(seeds_index, theme, light):
    """In a light theme the columns, their unique-sentence bands and the cursor are light; in a dark one, dark."""
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        app.theme = theme
        view = await open_compare(app, pilot)
        await settle(app, pilot)
        backgrounds = set()
        for y in range(view.size.height):
            for seg in view.render_line(y):
                if seg.style and seg.style.bgcolor:
                    backgrounds.add(seg.style.bgcolor.get_truecolor())
        assert len(backgrounds) >= 3  # the column background, both sides' bands, the cursor
        for r, g, b in backgrounds:
            assert ((r + g + b) / 3 > 150) == light, (theme, (r, g, b))


async def test_with_no_similar_article_c_offers_the_results_to_pick_from(tmp_path):
    """Nothing like the open article (no word in common): the comparison screen, opened at once, gives
    way to a picker of the other results; the one picked is compared."""
    from briefing.tui.screens.pickers import ArticlePicker

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour cranes idle\n\nDockers walked out at dawn over pay.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Orchard frost\n\nApple growers fear a late cold snap.\n", encoding="utf-8")
    app = make_app(corpus=str(corpus), index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        first = app.query_one("#results").row_ids[0]
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticlePicker)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and screen.comparison is not None
        assert screen._left[0].id == first and {screen._left[0].id, screen._right[0].id} == {"a", "b"}


async def test_the_column_titles_tell_two_versions_of_one_story_apart(tmp_path):
    """Two plain-text files filed under one headline, no source: the titles read 'unknown source:
    <same headline>' on both sides; each column is now named by its article's id."""
    corpus = tmp_path / "corpus"
    for folder, verb in (("politics", "warned"), ("archive", "said")):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "349.txt").write_text(
            "Chancellor rallies Labour voters\n\nGordon Brown has issued a rallying cry to supporters.\n\n"
            f"The chancellor {verb} the stakes were too high to stay at home.\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        app.compare_with("politics/349", "archive/349")
        await settle(app, pilot)
        titles = str(app.screen.query_one("#compare-titles").render())
        left, right = titles.split(" │ ")
        assert left.startswith("politics/349: Chancellor") and right.startswith("archive/349: Chancellor"), titles


async def test_without_a_source_the_column_titles_are_the_headlines_at_80_columns(tmp_path):
    """Files with no outlet named: each column is titled by its headline, not by a file name that
    leaves no room for it on an 80-column terminal."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "outlet-one_2016-03-01_council-budget-vote-delayed-again.txt").write_text(
        "Council budget vote delayed\n\nThe council delayed its budget vote on Tuesday, the mayor said.\n",
        encoding="utf-8")
    (corpus / "outlet-two_2016-03-01_mayor-says-budget-will-pass-soon.txt").write_text(
        "Mayor expects budget to pass\n\nThe mayor said the budget vote would pass next week.\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ids = sorted(h.id for h in app.result.hits)
        app.compare_with(ids[0], ids[1])
        await settle(app, pilot)
        titles = str(app.screen.query_one("#compare-titles").render())
        left, right = titles.split(" │ ")
        assert left.strip() == "Council budget vote delayed", titles
        assert right.strip() == "Mayor expects budget to pass", titles


async def test_row_details_are_framed_like_the_other_dialogs(seeds_index):
    """The details had a thick border of their own; they now wear the dialogs' round accent frame."""
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_compare(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareDetails)
        frame = app.screen.query_one("#compare-details")
        assert frame.has_class("dialog") and frame.styles.border_top[0] == "round"
        assert frame.border_title == "Row details" and frame.region.right <= 80
        await pilot.press("escape")
        assert isinstance(app.screen, SideBySideScreen) and view.has_focus


UNIQUE = {"only_b": "Right: ", "only_a": "Left: "}
"""A sentence only one side has, by the row kind, and the label the row details give it."""


async def test_a_unique_sentence_is_readable_in_the_row_details_in_every_theme(seeds_index):
    """A sentence only one article has was dim grey on its band (2.2:1 in dark themes): now 4.5:1 or more,
    on either side (both walked in one app, theme by theme)."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_compare(app, pilot)
        cmp = view.comparison
        rows, sentences = {}, {}
        for kind in UNIQUE:
            rows[kind] = row = next(i for i, r in enumerate(cmp.rows) if r.kind == kind and not r.contradiction)
            idx = cmp.rows[row].b if kind == "only_b" else cmp.rows[row].a
            sentences[kind] = (cmp.sentences_b if kind == "only_b" else cmp.sentences_a)[idx].text
        seen: dict[str, dict[str, float]] = {kind: {} for kind in UNIQUE}
        for theme in app.available_themes:
            app.theme = theme
            for kind, label in UNIQUE.items():
                view.go_to(rows[kind])
                await pilot.press("enter")
                await settle(app, pilot)
                assert isinstance(app.screen, CompareDetails)
                body = app.screen.query_one("#compare-details-body")
                to_rgb = ANSIToTruecolor(app.ansi_theme)  # what the screen shows of ANSI colours, dim blended
                ratios, on_sentence = [], False
                for y in range(body.size.height):
                    strip = body.render_line(y)
                    on_sentence = on_sentence or strip.text.startswith(label)
                    if not on_sentence:
                        continue
                    for seg in strip.apply_filter(to_rgb, body.background_colors[1]):
                        if seg.text.strip() and seg.text.strip() in sentences[kind] and seg.text != label:
                            style = seg.style
                            assert style.color.triplet and style.bgcolor.triplet, (kind, theme, style)
                            ratios.append(contrast(Color.from_rich_color(style.color),
                                                   Color.from_rich_color(style.bgcolor)))
                assert ratios, (kind, theme)
                seen[kind][theme] = min(ratios)
                await pilot.press("escape")
                await settle(app, pilot)
    for kind, by_theme in seen.items():
        assert len(by_theme) >= 20, kind
        assert min(by_theme.values()) >= 4.5, (kind, {t: round(r, 2) for t, r in by_theme.items() if r < 4.5})
