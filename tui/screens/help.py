"""Help: every binding of the focused pane (and the app-wide ones), with its id for remapping."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..keymap import user_bindings
from .modal import Dialog
from ..render import ink


_NOISE = {"scroll_left", "scroll_right", "page_left", "page_right"}


def _keys(key: str) -> str:
    names = {"space": "Space", "escape": "Esc", "enter": "Enter", "pagedown": "PgDn", "pageup": "PgUp",
             "question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]",
             "less_than_sign": "<", "greater_than_sign": ">", "shift+tab": "Shift+Tab", "tab": "Tab",
             "asterisk": "*", "number_sign": "#"}
    return " ".join(names.get(k.strip(), _modifiers(k.strip())) for k in key.split(","))


def _modifiers(key: str) -> str:
    """``ctrl+t`` as ``Ctrl+T``, ``down`` as ``Down`` (as the README writes keys); ``g`` and ``G`` stay."""
    *mods, last = key.split("+")
    if not mods:
        return key.capitalize() if len(key) > 1 else key
    return "+".join([*(m.capitalize() for m in mods), last.upper() if len(last) == 1 else last.capitalize()])


class BindingsTable:
    """The bindings as a table laid out for the width it is drawn at: keys, what it does, binding id.

    Wide (``WIDE`` cells or more): three columns by ratio. Narrower: keys and ids keep their whole
    width (an id is what a user copies into config.json) and the descriptions wrap; below that the
    id goes on its own line under the description."""

    WIDE = 90

    def __init__(self, rows: list[tuple[str, Binding]]) -> None:
        self.rows = rows

    def __rich_console__(self, console, options):
        yield self.table(options.max_width)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement(options.max_width, options.max_width)

    def table(self, width: int) -> Table:
        table = Table(box=None, expand=True, pad_edge=False, show_header=True, header_style="bold")
        if width >= self.WIDE:
            table.add_column("keys", style=f"bold {ink('#e5c07b')}", no_wrap=True, ratio=1)
            table.add_column("action", ratio=3)
            table.add_column("binding id (config.json keymap)", style="dim", ratio=2, no_wrap=True)
            columns = 3
        else:
            keys_w = max((len(_keys(b.key)) for _p, b in self.rows), default=4)
            ids_w = max((len(b.id or "") for _p, b in self.rows), default=2)
            columns = 3 if width - keys_w - ids_w - 2 >= 16 else 2
            table.add_column("keys", style=f"bold {ink('#e5c07b')}", min_width=min(keys_w, 10 if columns == 2 else width // 3),
                             max_width=keys_w)
            table.add_column("action", ratio=1, overflow="fold")  # an id under its description is never cut
            if columns == 3:
                table.add_column("binding id", style="dim", no_wrap=True, width=ids_w)
        last = None
        for pane, b in self.rows:
            if pane != last:
                table.add_row(Text(pane, style="bold underline"), *[Text("")] * (columns - 1))
                last = pane
            description = b.description or b.action
            action = Text(description[:1].upper() + description[1:])
            if columns == 2 and b.id:
                action.append(f"\n{b.id}", style="dim")
            table.add_row(Text(_keys(b.key)), action, *([Text(b.id or "")] if columns == 3 else []))
        return table


def bindings_table(rows: list[tuple[str, Binding]]) -> BindingsTable:
    """A table of (pane, binding) rows: keys, what it does, binding id; laid out for its width."""
    return BindingsTable(rows)


class HelpScreen(Dialog[None]):
    """A scrollable list of the bindings the user can press right now."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
        Binding("down,j", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("up,k", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, title: str, rows: list[tuple[str, Binding]]) -> None:
        super().__init__()
        self._title, self._rows = title, rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = f"Help — {self._title}"
            body.border_subtitle = "Esc to close · remap keys by id in config.json"
            self.table = bindings_table(self._rows)
            yield Static(self.table, id="help-table")

    def plain_text(self, width: int = 110) -> str:
        """The help table as plain text (for tests and copy)."""
        console = self.app.console
        return "".join(seg.text for seg in console.render(self.table, console.options.update_width(width)))

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        (body.scroll_down if direction == "down" else body.scroll_up)(animate=False)


def collect_bindings(screen) -> tuple[str, list[tuple[str, Binding]]]:
    """The focused widget's bindings and its ancestors' (app last), deduplicated by id."""
    focused = screen.focused
    nodes = list(focused.ancestors_with_self) if focused is not None else [screen, screen.app]
    title = _pane_name(focused) if focused is not None else "Briefing"
    seen: set[str] = set()
    rows: list[tuple[str, Binding]] = []
    keymap = getattr(getattr(screen.app, "config", None), "keymap", None)
    for node in nodes:
        for _key, b in user_bindings(node, keymap):
            ident = f"{b.id or b.action}:{b.key}"
            if ident in seen or b.system or b.action in _NOISE:
                continue
            seen.add(ident)
            rows.append((_pane_name(node), b))
    palette = screen.active_bindings.get(screen.app.COMMAND_PALETTE_BINDING)
    if palette is not None and not any(b.action == palette.binding.action for _pane, b in rows):
        rows.append((_pane_name(screen.app), palette.binding))  # (Textual binds it when the app starts)
    return title, _merge_keys(rows)


def _merge_keys(rows: list[tuple[str, Binding]]) -> list[tuple[str, Binding]]:
    """One row per binding id with all its keys (key_to_bindings splits 'down,j' apart); a binding with
    no id (Textual's Ctrl+Q) joins the row of the same action in its pane, after that row's keys."""
    named = {(pane, b.action): b.id for pane, b in rows if b.id}
    rows = sorted(rows, key=lambda row: row[1].id is None and (row[0], row[1].action) in named)  # (stable)
    by_id: dict[tuple[str, str], tuple[str, Binding]] = {}
    for pane, b in rows:
        k = (pane, b.id or named.get((pane, b.action)) or b.action)
        if k in by_id:
            prev = by_id[k][1]
            keys = prev.key.split(",")
            if b.key not in keys:  # (a keymap may give briefing.quit Textual's own Ctrl+Q)
                by_id[k] = (pane, Binding(",".join([*keys, b.key]), prev.action, prev.description, id=prev.id))
        else:
            by_id[k] = (pane, b)
    return list(by_id.values())


def _pane_name(node) -> str:
    names = {"query": "Search box", "results": "Results", "reader": "Reader", "quotes": "Quotes",
             "left": "Left column", "right": "Right column"}
    if getattr(node, "id", None) in names:
        return names[node.id]
    from textual.app import App

    if isinstance(node, App):
        return "Everywhere"
    return type(node).__name__
