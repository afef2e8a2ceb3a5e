"""The footer: every key the focused pane or screen shows, whatever the terminal's width.

Textual's footer lists the keys in one row and cuts it at the right edge: on 80 columns the quote
pane's last keys ("e Export") and every app-wide one ("? Help", "q Quit") fell off. This footer lays
the keys out compactly when they do not fit otherwise, puts the focused pane's (or the screen's) own keys first, always keeps the
help key (which lists every key), and adds the other app-wide keys, then the command palette's,
while they fit. A pane key that an app-wide priority binding hides from Textual's footer (the
quote pane's "s Speaker") is shown as the pane declares it.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS = frozenset({"help"})
"""App-wide actions shown whatever the width: the help lists all the others."""


class FittingFooter(Footer):
    """A footer (compact when it must be) that drops app-wide keys (never the pane's own, nor Help) that do not fit."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._laid_out_for = 0

    def keys(self) -> list[tuple[Binding, bool, str, bool]]:
        """(binding, enabled, tooltip, own) of each action shown, one per action, in footer order."""
        app = self.app
        shown_by_pane: dict[str, Binding] = {}
        for node, bindings in self.screen._modal_binding_chain:
            if isinstance(node, App):
                continue
            for key, binding in bindings:
                if binding.show:
                    shown_by_pane.setdefault(key, binding)
        at: dict[str, int] = {}  # action -> its place in out
        out: list[tuple[Binding, bool, str, bool]] = []
        for key, (node, binding, enabled, tooltip) in self.screen.active_bindings.items():
            own = not isinstance(node, App)
            if not binding.show and key in shown_by_pane and shown_by_pane[key].action.split(".")[-1] == binding.action:
                binding, own = shown_by_pane[key], True  # the pane's key, its action run app-wide (priority)
            if not binding.show or key == app.COMMAND_PALETTE_BINDING:
                continue
            if binding.action in at:  # another key of the same action: a short one rather than a word ("x", not "space")
                i = at[binding.action]
                first = cell_len(app.get_key_display(out[i][0]))
                if first > 3 and cell_len(app.get_key_display(binding)) < first:
                    out[i] = (binding, enabled, tooltip, own)
                continue
            at[binding.action] = len(out)
            out.append((binding, enabled, tooltip, own))
        return out

    def _width(self, binding: Binding, roomy: bool = False) -> int:
        """Cells a key takes: key, space, description and a margin (roomy: a space either side of the key)."""
        return cell_len(self.app.get_key_display(binding)) + 1 + cell_len(binding.description) + 1 + 2 * roomy

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self.app.size.width
        self._laid_out_for = width
        keys = self.keys()
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        roomy = sum(self._width(b, roomy=True) for b, *_ in keys) + (self._width(palette[1], True) + 2 if palette else 0)
        self.compact = roomy > width  # the spacious layout while everything fits in it
        room = width - sum(self._width(b) for b, _e, _t, own in keys if own or b.action in ALWAYS)
        kept = []
        for binding, enabled, tooltip, own in keys:
            if not (own or binding.action in ALWAYS):
                need = self._width(binding)
                if need > room:
                    continue
                room -= need
            kept.append((binding, enabled, tooltip))
        for binding, enabled, tooltip in kept:
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                            disabled=not enabled, tooltip=tooltip).data_bind(compact=Footer.compact)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette is not None:
            _node, binding, enabled, tooltip = palette
            if self._width(binding) + 1 <= room:  # (its border takes a cell)
                yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                                classes="-command-palette", disabled=not enabled,
                                tooltip=binding.tooltip or binding.description)

    def on_resize(self) -> None:
        if self._bindings_ready and self.app.size.width != self._laid_out_for:
            self.call_after_refresh(self.recompose)
