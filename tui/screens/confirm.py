"""A yes/no question in a small modal dialog, framed like the app's other dialogs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from .modal import Dialog


class ConfirmDialog(Dialog[bool]):
    """Ask ``question`` under ``title``; Enter or ``y`` answers yes, Esc or ``n`` no (the keys in the frame)."""

    BINDINGS = [
        Binding("enter,y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("escape,n", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, hint: str = "Enter: yes · Esc: no", title: str = "Confirm") -> None:
        super().__init__()
        self._question, self._hint, self._title = question, hint, title

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm", classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = self._hint
            yield Static(self._question, markup=False, id="confirm-question")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
