"""The export dialog: Enter exports from any field, an existing file asks first, a bad path says why.

Also the reader's bottom line after opening another article (it showed the previous one's counts).
"""

from __future__ import annotations

import pytest

from briefing.tui.screens.confirm import ConfirmDialog
from briefing.tui.screens.dialogs import ExportDialog

from app_helpers import settle
from test_app_flows import SIZE, app_for, search


async def open_dialog(app, pilot, path: str) -> ExportDialog:
    await pilot.press("e")
    await settle(app, pilot)
    assert isinstance(app.screen, ExportDialog)
    app.screen.query_one("#export-path").value = path
    return app.screen


async def select_one(app, pilot) -> None:
    await settle(app, pilot)
    await search(app, pilot, "Blackwell")
    if not app.quote_rows:
        pytest.skip("no quotes")
    app.action_focus_quotes()
    await pilot.press("x")
    assert len(app.selection.selected()) == 1


@pytest.mark.parametrize("field", ["#export-preview", "#export-format", "#export-path", "#export-go"])
async def test_enter_exports_from_every_field(seeds_index, tmp_path, field):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        target = tmp_path / "brief.md"
        dialog = await open_dialog(app, pilot, str(target))
        dialog.query_one(field).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ExportDialog)
    assert target.read_text(encoding="utf-8").startswith("# Briefing")


async def test_space_picks_a_format_and_enter_exports_it(seeds_index, tmp_path):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        dialog = await open_dialog(app, pilot, str(tmp_path / "brief.md"))
        dialog.query_one("#export-format").focus()
        await pilot.press("down", "space")  # CSV
        assert isinstance(app.screen, ExportDialog), "Space picks, it does not export"
        await pilot.press("enter")
        await settle(app, pilot)
    assert not (tmp_path / "brief.md").exists()
    assert (tmp_path / "brief.csv").read_text(encoding="utf-8").splitlines()[0].startswith("quote_id")


async def test_the_dialog_opens_on_the_formats_so_down_and_space_pick_one(seeds_index, tmp_path):
    """The focus started on the preview of the selected quotes: Down moved through the preview and Space
    did nothing, so 'e', Down, Space, Enter wrote Markdown, not CSV."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        await open_dialog(app, pilot, str(tmp_path / "brief.md"))
        assert app.focused.id == "export-format"
        await pilot.press("down", "space", "enter")
        await settle(app, pilot)
    assert not (tmp_path / "brief.md").exists()
    assert (tmp_path / "brief.csv").read_text(encoding="utf-8").splitlines()[0].startswith("quote_id")


@pytest.mark.parametrize("path, message", [("", "no file name"), ("   ", "no file name"), ("{tmp}", "is a folder"),
                                           ("{tmp}/f.txt/x.md", "is a file, not a folder")])
async def test_empty_or_bad_path_gets_a_clear_message(seeds_index, tmp_path, path, message):
    (tmp_path / "f.txt").write_text("keep", encoding="utf-8")
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        dialog = await open_dialog(app, pilot, path.format(tmp=tmp_path))
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is dialog, "the dialog stays open to fix the path"
        error = str(dialog.query_one("#export-error").render())
        assert message in error and "--force" not in error and "Export failed" not in error
    assert (tmp_path / "f.txt").read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("where", ["cannot be made", "read-only"])
async def test_a_folder_that_cannot_be_written_keeps_the_dialog_open(seeds_index, tmp_path, where):
    """A folder that could not be made closed the dialog with 'Export failed: [Errno 2] No such file or
    directory: '/proc/…''; the dialog now stays open and names the folder and the reason."""
    import os

    if where == "cannot be made":
        if not os.path.isdir("/proc/self"):
            pytest.skip("needs Linux's /proc, where no folder can be made")
        folder, message = "/proc/no-such-briefing-folder", "cannot create the folder /proc/no-such-briefing-folder"
    else:
        folder, message = str(tmp_path / "locked"), "is read-only"
        os.mkdir(folder, 0o555)
        if os.access(folder, os.W_OK):
            pytest.skip("this user writes in read-only folders (root)")
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        dialog = await open_dialog(app, pilot, f"{folder}/sub/brief.md" if where == "read-only" else f"{folder}/brief.md")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is dialog, "the dialog stays open to fix the path"
        error = str(dialog.query_one("#export-error").render())
        assert message in error and "Errno" not in error, error


async def test_existing_file_is_replaced_only_after_confirming(seeds_index, tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("old notes", encoding="utf-8")
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        dialog = await open_dialog(app, pilot, str(target))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen is dialog and "was kept" in str(dialog.query_one("#export-error").render())
        assert target.read_text(encoding="utf-8") == "old notes"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(app, pilot)
        assert not isinstance(app.screen, (ExportDialog, ConfirmDialog))
    assert target.read_text(encoding="utf-8").startswith("# Briefing")


async def test_reader_line_shows_the_new_articles_counts_at_once(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nvidia")
        lines = []
        for index in (0, 1):
            app.action_focus_results()
            app.query_one("#results").highlighted = index
            await pilot.press("enter")
            await settle(app, pilot)
            reader = app.query_one("#reader")
            assert reader.article.id == app.result.hits[index].id
            lines.append(str(reader.border_subtitle))
            n = len(reader.matches)
            assert lines[-1].startswith(f"{len(app.article_quotes)} quotes · {n} match")
        assert lines[0] != lines[1], "the two seeds differ in quotes: the line must change with the article"


async def test_a_long_message_wraps_inside_the_dialog(seeds_index, tmp_path):
    """"<long path> was kept: choose another file name." wraps; it was cut at the dialog's edge."""
    target = tmp_path / ("a-long-folder-name-" * 4) / "brief.md"
    target.parent.mkdir()
    target.write_text("old notes", encoding="utf-8")
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        dialog = await open_dialog(app, pilot, str(target))
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        error = dialog.query_one("#export-error")
        box = dialog.query_one("#export").content_region
        assert len(str(error.render())) > box.width, "the message is longer than a line"
        assert error.region.right <= box.right and error.region.height >= 2


async def test_plain_text_is_offered_and_carries_the_note(seeds_index, tmp_path):
    """The four formats of ``briefing export`` are all in the dialog; plain text keeps the note."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await select_one(app, pilot)
        app.action_focus_quotes()
        await pilot.press("a", *"why it matters", "enter")
        await settle(app, pilot)
        dialog = await open_dialog(app, pilot, str(tmp_path / "brief.md"))
        dialog.query_one("#export-format").focus()
        await pilot.press("down", "down", "down", "space")
        assert dialog.query_one("#export-path").value.endswith("brief.txt")
        await pilot.press("enter")
        await settle(app, pilot)
        quote = app.library.quote(app.selection.selected()[0])
    text = (tmp_path / "brief.txt").read_text(encoding="utf-8")
    assert " ".join(quote.text.split()) in text and text.rstrip().endswith("Note: why it matters")


async def test_the_markdown_note_can_keep_the_order_read(seeds_index, tmp_path):
    """Grouping as ``briefing export --group``: by speaker (headings) or in the order read (none)."""
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "chips")
        app.action_focus_quotes()
        await pilot.press("x", "j", "x")
        speakers = {app.quote_rows[0].speaker, app.quote_rows[1].speaker}
        dialog = await open_dialog(app, pilot, str(tmp_path / "speaker.md"))
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = await open_dialog(app, pilot, str(tmp_path / "read.md"))
        dialog.query_one("#export-group").focus()
        await pilot.press("down", "down", "space", "enter")
        await settle(app, pilot)
    by_speaker = (tmp_path / "speaker.md").read_text(encoding="utf-8")
    in_order = (tmp_path / "read.md").read_text(encoding="utf-8")
    assert all(f"## {s}" in by_speaker for s in speakers)
    assert not any(f"## {s}" in in_order for s in speakers) and "## Sources" in in_order
