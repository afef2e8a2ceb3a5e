"""The speaker picker: one aligned line per speaker at any width, and usable before the speakers load."""

from __future__ import annotations

from rich.cells import cell_len

from briefing.index.models import Speaker
from briefing.tui.screens.pickers import SpeakerPicker

from app_helpers import app_for, option_texts, settle

SPEAKERS = [
    Speaker(name="Margarethe Oduya-Castellanos von Rieneck-Whitfield", count=1204,
            roles=["deputy director of the regional office for coastal flood defence and recovery"]),
    Speaker(name="Lin Wei", count=37, roles=["spokesperson"]),
    Speaker(name="陳大文國際事務發言人", count=5, roles=["外交部發言人"]),
    Speaker(name="Dana 🌊 Brook", count=1),
    Speaker(name="analysts", count=12, kind="group"),
]


async def test_rows_are_one_line_in_columns_at_80_columns(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SpeakerPicker(SPEAKERS))
        await settle(app, pilot)
        lst = app.screen.query_one("#speaker-list")
        width = lst.scrollable_content_region.width
        rows = option_texts(lst)[1:]  # after "All speakers"
        assert len(rows) == len(SPEAKERS)
        for row in rows:
            assert "\n" not in row and cell_len(row) <= width, row
        assert lst.option_count == lst.virtual_size.height, "one line per option"
        ends = [row.index(" quote") for row in rows]  # the count ends in one column
        columns = [cell_len(row[:end]) for row, end in zip(rows, ends)]
        assert len(set(columns)) == 1, rows
        long_name = rows[0]
        assert "…" in long_name.split("1204")[0] and "1204 quotes" in long_name
        assert long_name.rstrip().endswith("…"), "the role is cut with an ellipsis, not wrapped"
        assert rows[2].startswith("陳大文") and "5 quotes" in rows[2]
        assert "Dana 🌊 Brook" in rows[3] and "1 quote" in rows[3]
        assert rows[4].rstrip().endswith("description")
        assert not app.screen.query_one("#speaker-picker").allow_vertical_scroll, "one scroll bar: the list's"


async def test_a_picker_opened_before_the_speakers_load_takes_typing_then_fills(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        picker, chosen = SpeakerPicker(None), []
        app.push_screen(picker, chosen.append)
        await settle(app, pilot)
        assert not picker.loading, "the dialog is not covered by a loading indicator"
        assert app.focused.id == "speaker-filter" and picker.query_one("#speaker-filter").region.height > 0
        assert option_texts(picker.query_one("#speaker-list")) == ["Loading the speakers of the corpus…"]
        await pilot.press(*"lin")
        assert picker.query_one("#speaker-filter").value == "lin"
        picker.set_speakers(SPEAKERS)
        await settle(app, pilot)
        rows = option_texts(picker.query_one("#speaker-list"))
        assert [r.split()[0] for r in rows] == ["Lin"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is not picker and chosen == ["Lin Wei"]


async def test_one_long_description_does_not_push_every_count_right(seeds_index):
    """The name column fits the names of nine rows in ten: the odd many-word 'speaker' is cut instead."""
    speakers = [Speaker(name=f"Person {chr(65 + i)} Shaw", count=20 - i) for i in range(11)]
    speakers.insert(5, Speaker(name="Republican hopefuls on the debate stage in the first county of the state",
                               count=15))
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.push_screen(SpeakerPicker(speakers))
        await settle(app, pilot)
        await pilot.press(*"shaw")  # a role or name filter: the description drops out
        rows = option_texts(app.screen.query_one("#speaker-list"))
        assert rows[0].index(" quotes") < 24
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        rows = option_texts(app.screen.query_one("#speaker-list"))[1:]
        assert all(row.index(" quote") < 24 for row in rows), rows
        assert any(row.startswith("Republican") and "…" in row for row in rows)
