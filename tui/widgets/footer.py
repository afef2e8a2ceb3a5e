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
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from ..keymap import declared_bindings
from ..legible import LegibleFilter, colour_system, legible_style

ALWAYS = frozenset({"help"})
"""App-wide actions shown whatever the width: the help lists all the others."""


class KeyHint(Widget):
    """One key of the footer: the key and what it does (a click presses the key)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-hint--key", "key-hint--description"}
    DEFAULT_CSS = """
    KeyHint {
        width: auto;
        height: 1;
        text-wrap: nowrap;
        background: $footer-item-background;
        .key-hint--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
            padding: 0 1;
        }
        .key-hint--description {
            padding: 0 1 0 0;
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        &:hover {
            pointer: pointer;
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        &.-disabled { text-style: dim; }
        &.-compact {
            .key-hint--key { padding: 0; }
            .key-hint--description { padding: 0 0 0 1; }
        }
    }
    """

    compact = reactive(True)

    def __init__(self, binding: Binding, key_display: str, enabled: bool = True, tooltip: str = "",
                 classes: str = "") -> None:
        super().__init__(classes=f"{classes} -disabled" if not enabled else classes)
        self.key, self.key_display, self.description, self.action = binding.key, key_display, binding.description, binding.action
        self.can_press = enabled
        self.set_reactive(Widget.shrink, False)
        if tooltip:
            self.tooltip = tooltip

    def render(self) -> Text:
        key_pad = self.get_component_styles("key-hint--key").padding
        text_pad = self.get_component_styles("key-hint--description").padding
        key_style = self.get_component_rich_style("key-hint--key")
        text_style = self.get_component_rich_style("key-hint--description")
        if self.can_press:  # (a disabled key stays faint) the theme's key colours at 4.5:1 on the footer
            ground, terminal = self.background_colors[1], self.app.ansi_theme
            system = colour_system(self.app)
            key_style, text_style = (legible_style(key_style, ground, terminal, system),
                                     legible_style(text_style, ground, terminal, system))
        parts = [(" " * key_pad.left + self.key_display + " " * key_pad.right, key_style)]
        if self.description:
            parts.append((" " * text_pad.left + self.description + " " * text_pad.right, text_style))
        text = Text.assemble(*parts)
        text.stylize_before(self.rich_style)
        return text

    def get_line_filters(self):
        if self.can_press:
            return super().get_line_filters()
        return [f for f in super().get_line_filters() if not isinstance(f, LegibleFilter)]  # stays faint

    def on_mouse_down(self) -> None:
        if self.can_press:
            self.app.simulate_key(self.key)
        else:
            self.app.bell()

    def _watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")


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

    DEFAULT_CSS = """
    FittingFooter {
        KeyHint.-command-palette {
            dock: right;
            padding-right: 1;
            border-left: vkey $foreground 20%;
        }
        &.-compact {
            KeyHint { margin-right: 1; }
            KeyHint.-command-palette { padding-right: 0; }
        }
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._laid_out_for = 0
        self._built: tuple | None = None  # what the keys shown were built from (see _signature)
        self._rebuild_pending = False
        self._keys_ready = False  # the screen's bindings are known (built on its first bindings update)

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
        if not self._keys_ready:
            return
        self._laid_out_for = self.app.size.width
        plan = self.plan()
        self._built = self._signature(plan)
        compact, kept = plan
        self.compact = compact
        for binding, enabled, tooltip, classes in kept:
            key = KeyHint(binding, self.app.get_key_display(binding), enabled, tooltip, classes)
            yield key if classes else key.data_bind(compact=Footer.compact)

    def bindings_changed(self, screen: Screen) -> None:
        """Build the keys again after the refresh, once however many changes came before it (a focus
        change sends two), and only when what the footer shows changes."""
        self._keys_ready = True
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
        if self._keys_ready and self.app.size.width != self._laid_out_for:
            self._laid_out_for = self.app.size.width
            self._rebuild_soon()
