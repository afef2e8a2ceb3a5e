"""The footer: every key the focused pane or screen shows, whatever the terminal's width.

Textual's footer lists the keys in one row and cuts it at the right edge: on 80 columns the quote
pane's last keys ("e Export") and every app-wide one ("? Help", "q Quit") fell off. This footer lays
the keys out compactly when they do not fit otherwise, puts the focused pane's (or the screen's) own
keys first, always keeps the help key (which lists every key), and adds the other app-wide keys, then
the command palette's, while they fit. It is built again only when the keys that fit change. A pane
key that an app-wide priority binding hides from Textual's footer (the quote pane's "s Speaker") is
shown as the pane declares it.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS = frozenset({"help"})
"""App-wide actions shown whatever the width: the help lists all the others."""


def declared_bindings(node) -> list[Binding]:
    """The bindings the classes of ``node`` declare (their ``BINDINGS``), a subclass's over its bases'."""
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(type(node).__mro__):
        declared: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", ())):
            declared.setdefault(binding.key, []).append(binding)
        by_key.update(declared)
    return [b for group in by_key.values() for b in group]


def pane_shown_actions(screen: Screen) -> dict[str, Binding]:
    """action -> the binding the focused widget, its ancestors or the screen declare to show for it (by the
    action's own name: a pane's ``app.speaker_filter`` is ``speaker_filter``), nearest first."""
    focused = screen.focused
    nodes = list(focused.ancestors_with_self) if focused is not None else [screen]
    out: dict[str, Binding] = {}
    for node in nodes:
        if isinstance(node, App):
            break
        for binding in declared_bindings(node):
            if binding.show:
                out.setdefault(binding.action.split(".")[-1], binding)
    return out


class FittingFooter(Footer):
    """A footer (compact when it must be) that drops app-wide keys that do not fit, never Help, and the
    pane's own only when even they do not fit the width (40 columns)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._laid_out_for = 0
        self._built: tuple | None = None  # what the keys shown were built from (see _signature)
        self._rebuild_pending = False

    def keys(self) -> list[tuple[Binding, bool, str, bool]]:
        """(binding, enabled, tooltip, own) of each action shown, one per action, in footer order."""
        app = self.app
        shown_by_pane = pane_shown_actions(self.screen)
        at: dict[str, int] = {}  # action -> its place in out
        out: list[tuple[Binding, bool, str, bool]] = []
        for key, (node, binding, enabled, tooltip) in self.screen.active_bindings.items():
            own = not isinstance(node, App)
            pane = shown_by_pane.get(binding.action) if isinstance(node, App) and not binding.show else None
            if pane is not None:  # the pane's key, its action run app-wide (priority), on the key that runs it
                binding, own = pane.with_key(key, key_display=binding.key_display), True
            if not binding.show or key == app.COMMAND_PALETTE_BINDING:
                continue
            if binding.action in at:
                # another key of the same action: a short one rather than a word ("x", not "space")
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

    def plan(self) -> tuple[bool, list[tuple[Binding, bool, str, str]]]:
        """(compact, [(binding, enabled, tooltip, classes)]): the keys that fit the terminal's width now."""
        width = self.app.size.width
        keys = self.keys()
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        roomy = sum(self._width(b, roomy=True) for b, *_ in keys)
        roomy += self._width(palette[1], True) + 2 if palette else 0
        room = width - sum(self._width(b) for b, *_ in keys if b.action in ALWAYS)
        chosen = {b.action for b, *_ in keys if b.action in ALWAYS}
        for mine in (True, False):  # the pane's own keys first (on 40 columns not all fit: Help lists the rest)
            for binding, _enabled, _tooltip, own in keys:
                if own == mine and binding.action not in chosen and self._width(binding) <= room:
                    room -= self._width(binding)
                    chosen.add(binding.action)
        kept = [(binding, enabled, tooltip, "") for binding, enabled, tooltip, _own in keys if binding.action in chosen]
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette is not None:
            _node, binding, enabled, tooltip = palette
            if self._width(binding) + 1 <= room:  # (its border takes a cell)
                kept.append((binding, enabled, binding.tooltip or binding.description, "-command-palette"))
        return roomy > width, kept  # the spacious layout while everything fits in it

    @staticmethod
    def _signature(plan: tuple[bool, list[tuple[Binding, bool, str, str]]]) -> tuple:
        compact, kept = plan
        return compact, tuple((b.key, b.key_display, b.description, b.action, e, t, c) for b, e, t, c in kept)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._laid_out_for = self.app.size.width
        plan = self.plan()
        self._built = self._signature(plan)
        compact, kept = plan
        self.compact = compact
        for binding, enabled, tooltip, classes in kept:
            key = FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                            classes=classes, disabled=not enabled, tooltip=tooltip)
            yield key if classes else key.data_bind(compact=Footer.compact)

    def bindings_changed(self, screen: Screen) -> None:
        """Build the keys again after the refresh, once however many changes came before it (a focus
        change sends two), and only when what the footer shows changes."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_soon()

    def _rebuild_soon(self) -> None:
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self._signature(self.plan()) != self._built:
            await self.recompose()

    def on_resize(self) -> None:
        if self._bindings_ready and self.app.size.width != self._laid_out_for:
            self._laid_out_for = self.app.size.width
            self._rebuild_soon()
