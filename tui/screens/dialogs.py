"""Small dialogs: annotate a quote; export the selected quotes (plug-in point for the export issue)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from briefing.index.models import Quote
from briefing.index.sanitize import one_line

from ..legible import KeepsFaint
from ..render import speaker_tag
from ..widgets.path_input import PathInput
from .modal import Dialog


class Choice(KeepsFaint, RadioButton):
    """A radio button whose dot stays faint until chosen (made legible, every dot looked chosen)."""


class AnnotateDialog(Dialog["str | None"]):
    """Write a note for a quote; returns the note (empty removes it) or None on Esc."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="annotate.cancel")]

    def __init__(self, quote: Quote, note: str = "") -> None:
        super().__init__()
        self._quote, self._note = quote, note

    def compose(self) -> ComposeResult:
        with Vertical(id="annotate", classes="dialog") as box:
            box.border_title = "Annotate quote"
            box.border_subtitle = "Enter save · Esc cancel"
            t = speaker_tag(self._quote.speaker, 40)
            t.append(": ")
            t.append(one_line(self._quote.text, 240))
            yield Static(t, markup=False, classes="quote-preview")
            yield Input(value=self._note, placeholder="your note…", id="note")

    @on(Input.Submitted, "#note")
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


FORMATS = (("markdown", "Markdown briefing note"), ("csv", "CSV (spreadsheet-safe)"), ("json", "JSON records"),
           ("txt", "Plain text (to paste into a document or an e-mail)"))
GROUPS = (("speaker", "by speaker"), ("article", "by article"), ("reading", "as read"))
"""How the Markdown briefing orders its quotes (``briefing export --group``; "as read": in the order read)."""


class ExportDialog(Dialog["dict | None"]):
    """Choose format and file for the selected quotes; returns {"format", "path", "force"} or None.

    Enter exports from any field (Space picks a format); an empty path or a folder gets a message in
    the dialog, an existing file a confirmation before it is replaced. The writing itself belongs
    to ``briefing.index.export``; the app calls it with the dialog's answer.
    """

    AUTO_FOCUS = "#export-format"  # the first choice to make: Down and Space pick a format at once

    BINDINGS = [
        Binding("enter", "export", "Export", priority=True, id="export.go"),
        Binding("escape", "dismiss_none", "Cancel", id="export.cancel"),
    ]

    def __init__(self, quotes: list[Quote], titles: dict[str, str], default_path: str) -> None:
        super().__init__()
        self._quotes, self._titles, self._path = quotes, titles, default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog") as box:
            box.border_title = f"Export {len(self._quotes)} selected quote" + ("" if len(self._quotes) == 1 else "s")
            box.border_subtitle = "Tab move · Space pick a format · Enter export · Esc cancel"
            preview = OptionList(id="export-preview")
            for q in self._quotes:
                t = speaker_tag(q.speaker, 30)
                t.append(f": {one_line(q.text, 200)}")
                preview.add_option(Option(t))
            if not self._quotes:
                preview.add_option(Option(Text("No quotes selected: select some with Space or x in the "
                                               "quote pane.", style="italic dim"), disabled=True))
            yield preview
            yield Label("Format")
            with RadioSet(id="export-format"):
                for i, (_key, label) in enumerate(FORMATS):
                    yield Choice(label, value=i == 0)
            yield Label("Quotes in the Markdown note")
            with RadioSet(id="export-group"):
                for i, (_key, label) in enumerate(GROUPS):
                    yield Choice(label, value=i == 0)
            yield Label("File")
            yield PathInput(value=self._path, id="export-path")
            yield Label("", id="export-error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-go", disabled=not self._quotes)
                yield Button("Cancel", id="export-cancel")

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        """The file name follows the format (briefing.md -> briefing.csv), so the dialog shows what is written."""
        from pathlib import Path

        from briefing.index.export import EXTENSIONS

        box = self.query_one("#export-path", Input)
        path = Path(box.value.strip())
        fmt = {"markdown": "md"}.get(FORMATS[event.index][0], FORMATS[event.index][0])
        if box.value.strip() and path.suffix.lower() in EXTENSIONS:
            box.value = str(path.with_suffix(f".{fmt}"))

    def _answer(self) -> dict:
        idx = self.query_one("#export-format", RadioSet).pressed_index
        group = self.query_one("#export-group", RadioSet).pressed_index
        return {"format": FORMATS[max(0, idx)][0], "group": GROUPS[max(0, group)][0],
                "path": self.query_one("#export-path", Input).value}

    def action_export(self) -> None:
        """Enter, wherever the focus is (on Cancel it cancels)."""
        if getattr(self.focused, "id", None) == "export-cancel":
            self.dismiss(None)
        else:
            self._go()

    @on(Button.Pressed, "#export-go")
    @on(Input.Submitted, "#export-path")
    def _go(self) -> None:
        from briefing.index.export import ExportError, export_target, make_folder

        error = self.query_one("#export-error", Label)
        error.add_class("-said")  # shown from the first message on
        if not self._quotes:
            error.update("⚠ Nothing to export: select quotes with Space or x in the quote pane first.")
            return
        answer = self._answer()
        fmt = {"markdown": "md"}.get(answer["format"], answer["format"])
        try:
            target = export_target(answer["path"], fmt)
            make_folder(target)  # a folder that cannot be made or written in is said here, the dialog kept
        except ExportError as exc:
            error.update(f"⚠ {exc}")
            self.query_one("#export-path", Input).focus()
            return
        answer["path"] = str(target)
        if not target.exists():
            self.dismiss(answer)
            return
        from .confirm import ConfirmDialog

        def replace(yes: bool | None) -> None:
            if yes:
                self.dismiss({**answer, "force": True})
            else:
                error.update(f"⚠ {target} was kept: choose another file name.")
                self.query_one("#export-path", Input).focus()

        self.app.push_screen(ConfirmDialog(f"{target.name} already exists in {target.parent}.\n\n"
                                           "Replace it with this export?",
                                           "Enter or y: replace · Esc or n: keep it", title="Replace the file?"),
                             replace)

    @on(Button.Pressed, "#export-cancel")
    def action_dismiss_none(self) -> None:
        self.dismiss(None)
