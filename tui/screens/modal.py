"""The base of the app's dialogs: a modal screen with its own footer."""

from __future__ import annotations

from textual.screen import ModalScreen, ScreenResultType

from ..widgets.footer import FittingFooter


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose footer shows its own keys.

    The screen below stays in view, footer included, and that footer lists the keys of the pane that
    had the focus there ("space Select", "a Annotate"): keys that do nothing, or type into the dialog.
    """

    def on_mount(self) -> None:  # (Textual calls each class's on_mount: subclasses keep theirs)
        self.mount(FittingFooter())
