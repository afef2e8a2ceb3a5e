"""Dialogs on an 80-column terminal: help keeps ids whole, the export path shows its file name, the
confirmation is framed like the other dialogs, and the export dialog fits 80×24 without scrolling."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.confirm import ConfirmDialog
from briefing.tui.screens.dialogs import ExportDialog
from briefing.tui.screens.help import HelpScreen, bindings_table, collect_bindings
from briefing.tui.widgets.path_input import path_tail

from app_helpers import app_for, search, settle


async def test_help_at_80_columns_shows_every_binding_id_and_key_whole(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.action_focus_reader()
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        width = app.screen.query_one("#help-body").scrollable_content_region.width
        assert width < 70
        text = app.screen.plain_text(width)
        ids = [b.id for _pane, b in app.screen._rows if b.id]
        assert "reader.previous_match" in ids and "briefing.sidebar_narrower" in ids
        for ident in ids:
            assert ident in text, ident
        assert "…" not in text  # no key, description or header cut
        assert "Ctrl+C Super+C" in text and "Palette" in text


async def test_help_narrower_puts_each_id_under_its_description_uncut(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.action_focus_quotes()
        await settle(app, pilot)
        _title, rows = collect_bindings(app.screen)
        console = app.console
        text = "".join(s.text for s in console.render(bindings_table(rows), console.options.update_width(40)))
        lines = text.splitlines()
        assert max(len(line) for line in lines) <= 40
        assert "…" not in text
        joined = "".join(text.split())  # an id longer than the column folds onto the next line
        for _pane, b in rows:
            if b.id:
                assert b.id in joined, b.id
        assert any(line.strip() == "quotes.toggle" for line in lines)  # on its own line, under "Select"


def test_path_tail_keeps_the_end():
    path = "/home/someone/.local/share/briefing/corpora/polnear-c384e1e90b39/exports/briefing-20261207-0309.md"
    assert path_tail(path, 200) == path
    tail = path_tail(path, 30)
    assert len(tail) == 30 and tail.startswith("…") and tail.endswith("briefing-20261207-0309.md")
    assert path_tail("/a/東京の記事.md", 8) == "…記事.md"  # wide characters counted in cells


async def _dialog_with_one_quote(app, pilot) -> ExportDialog:
    await search(app, pilot, "Nvidia")
    app.action_focus_quotes()
    await pilot.press("x", "e")
    await settle(app, pilot)
    assert isinstance(app.screen, ExportDialog)
    return app.screen


async def test_a_long_export_path_shows_its_file_name_with_an_ellipsis_at_the_start(seeds_index, tmp_path):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _dialog_with_one_quote(app, pilot)
        box = dialog.query_one("#export-path")
        long_path = str(tmp_path / ("a-long-folder-name-" * 5) / "my-briefing.md")
        box.value = long_path
        await settle(app, pilot)
        assert app.focused is not box
        shown = box.render_line(0).text.strip()
        assert shown.startswith("…") and shown.endswith("my-briefing.md"), shown
        box.focus()  # editing: the whole value, as typed
        await settle(app, pilot)
        assert box.value == long_path and "…" not in box.render_line(0).text
        await pilot.press("end", "backspace", "backspace", "t", "x", "t")
        assert box.value.endswith("my-briefing.txt")


async def test_the_export_dialog_fits_80x24_with_a_quote(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _dialog_with_one_quote(app, pilot)
        box = dialog.query_one("#export")
        assert box.virtual_size.height <= box.scrollable_content_region.height, "no scrolling to the buttons"
        assert not dialog.query_one("#export-error").display, "no blank error line"
        labels = [str(b.label) for b in dialog.query("#export-group RadioButton")]
        group = dialog.query_one("#export-group")
        assert "as read" in labels
        assert all(b.region.right <= group.region.right for b in dialog.query("#export-group RadioButton"))


async def test_replacing_a_file_asks_in_a_dialog_framed_like_the_others(seeds_index, tmp_path):
    target = tmp_path / ("a-long-folder-name-" * 4) / "brief.md"
    target.parent.mkdir()
    target.write_text("old notes", encoding="utf-8")
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _dialog_with_one_quote(app, pilot)
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        frame = app.screen.query_one("#confirm")
        export_frame = dialog.query_one("#export")
        assert frame.has_class("dialog")
        assert frame.styles.border_top == export_frame.styles.border_top  # round, the accent colour
        assert frame.border_title == "Replace the file?" and "Enter" in frame.border_subtitle
        question = app.screen.query_one("#confirm-question").render().plain
        assert question.startswith("brief.md already exists in")
        assert frame.region.right <= 80 and frame.region.x >= 0
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is dialog and app.focused.id == "export-path"
    assert target.read_text(encoding="utf-8") == "old notes"


async def test_a_damaged_index_s_message_wraps_whole_above_the_panes(tmp_path):
    """'Cannot open the corpus: the index in … cannot be opened (…); run …' was one line cut at the edge."""
    from briefing.index.indexer import update_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour tolls rise\n\nThe port raised its tolls on Monday.\n", encoding="utf-8")
    ix = tmp_path / ("an-index-folder-with-a-long-name-" * 2)
    update_index(corpus, ix)
    for seg in ix.glob("MAIN_*.seg"):
        seg.write_bytes(seg.read_bytes()[:64])
    app = make_app(corpus=corpus, index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        label = app.screen_stack[0].query_one("#indexing-label")
        text = str(label.render())
        assert len(text) > 80 and "rebuild" in text
        assert label.region.height >= 2 and label.region.right <= 80
        await pilot.press("enter")  # rebuild: the line is the progress line again
        await settle(app, pilot, rounds=6)
        assert app.library is not None and not app.query_one("#indexing").has_class("-failed")


async def test_the_export_notice_gives_the_file_name_on_its_own_line(seeds_index, tmp_path):
    folder = tmp_path / ("a-long-folder-name-" * 4)
    folder.mkdir()
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await _dialog_with_one_quote(app, pilot)
        dialog.query_one("#export-path").value = str(folder / "harbour-brief.md")
        await pilot.press("enter")
        await settle(app, pilot)
        told = [n.message for n in app._notifications if n.message.startswith("Wrote")]
        assert told == [f"Wrote 1 quote to harbour-brief.md\nin {folder}"]
    assert (folder / "harbour-brief.md").exists()


async def test_a_long_saved_search_name_is_cut_beside_its_count_at_80_columns(seeds_index):
    """The name and 'no new articles' wrapped onto a third line; the name is now cut with '…'."""
    from briefing.tui.screens.saved import NameDialog, SavedSearchPicker

    from app_helpers import option_texts

    name = "Chip export controls and every reply from Beijing — 輸出規制 — the long watch"
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "H20")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, NameDialog)
        app.screen.query_one("#saved-name").value = name
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("escape", "S")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchPicker)
        lst = app.screen.query_one("#saved-list")
        (row,) = option_texts(lst)
        first, second = row.split("\n")
        assert first.startswith("Chip export controls") and "…" in first and first.endswith("no new articles")
        assert second.startswith("H20") and lst.virtual_size.height == 2, "two lines: no wrapped name"
