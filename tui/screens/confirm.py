"""A yes/no question in a small modal dialog."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Static

from .modal import Dialog


class ConfirmDialog(Dialog[bool]):
    """Ask ``question``; Enter or ``y`` answers yes, Esc or ``n`` no."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical { width: 70; height: auto; padding: 1 2; border: thick $warning; background: $surface; }
    ConfirmDialog .hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("enter,y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("escape,n", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, hint: str = "Enter: yes · Esc: no") -> None:
        super().__init__()
        self._question, self._hint = question, hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._question, markup=False)
            yield Label(self._hint, markup=False, classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
