"""The base of the app's dialogs: a modal screen with its own footer."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen, ScreenResultType

from ..widgets.footer import FittingFooter


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose footer shows its own keys.

    The screen below stays in view, footer included, and that footer lists the keys of the pane that
    had the focus there ("space Select", "a Annotate"): keys that do nothing, or type into the dialog.
    """

    # (a modal screen hides the app's bindings: Ctrl+C twice quits from a dialog too)
    BINDINGS = [Binding("ctrl+c", "interrupt", show=False, system=True)]

    async def action_interrupt(self) -> None:
        """Copy the selected text if there is some, else what Ctrl+C does in the app (quit when twice)."""
        selected = self.get_selected_text()
        if selected:
            self.app.copy_to_clipboard(selected)
        else:
            await self.app.action_help_quit()

    def on_mount(self) -> None:  # (Textual calls each class's on_mount: subclasses keep theirs)
        self.mount(FittingFooter())
