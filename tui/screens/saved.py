"""Saved searches: the list with live counts (Enter opens one), and a small dialog for a name."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from briefing.index.sanitize import one_line

from ..widgets.lists import VimList
from .modal import Dialog
from ..render import ink


def saved_prompt(count, width: int = 200) -> Text:
    """A saved search row: name, new count (● and bold when there is news), then query and total.

    The first line fits ``width`` cells: a long name is cut with "…" so the count stays beside it."""
    if count.error:
        status = Text(f"  ⚠ {one_line(count.error, 80)}", style=ink("#f78c6c"))
    elif count.new:
        status = Text(f"  ● {count.new} new", style=f"bold {ink('#4fc1e9')}")
    else:
        status = Text("  no new articles", style="dim")
    t = Text(one_line(count.name, 60), style="bold")
    t.truncate(max(12, width - status.cell_len), overflow="ellipsis")
    t.append_text(status)
    t.append("\n")
    t.append(one_line(count.query, 80) or "(every article)", style="italic")
    t.append(f" · {count.total} article{'s' if count.total != 1 else ''}", style="dim")
    return t


class SavedSearchPicker(Dialog["tuple[str, str] | None"]):
    """Saved searches with total and new counts. Returns ("open"|"rename"|"remove", name) or None."""

    BINDINGS = [
        Binding("escape", "dismiss_none", "Back", id="saved.back"),
        Binding("r", "answer('rename')", "Rename", id="saved.rename"),
        Binding("d,delete", "answer('remove')", "Remove", id="saved.remove"),
    ]

    def __init__(self, counts: list, loading: bool = False) -> None:
        super().__init__()
        self._counts, self._loading = list(counts), loading

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-picker", classes="dialog") as box:
            box.border_title = "Saved searches"
            box.border_subtitle = "Enter open · r rename · d remove · Esc back"
            yield Label("", id="saved-status", markup=False)
            yield VimList(id="saved-list")

    def on_mount(self) -> None:
        self.update(self._counts, self._loading)
        self.query_one("#saved-list").focus()

    def update(self, counts: list, loading: bool = False) -> None:
        """Show ``counts`` (``SavedSearchCount`` models), keeping the cursor on the same search."""
        lst = self.query_one("#saved-list", VimList)
        current = self._current_name()
        self._counts = list(counts)
        lst.clear_options()
        width = lst.scrollable_content_region.width or min(110, self.app.size.width * 8 // 10) - 6
        for i, c in enumerate(self._counts):
            lst.add_option(Option(saved_prompt(c, width - 1), id=str(i)))
        if not self._counts:
            lst.add_option(Option(Text("No saved searches yet: search, then Ctrl+S saves the query.",
                                       style="italic dim"), disabled=True))
        names = [c.name for c in self._counts]
        lst.highlighted = names.index(current) if current in names else (0 if self._counts else None)
        new = sum(c.new for c in self._counts)
        status = "counting…" if loading else f"{len(self._counts)} saved · {new} new since you last opened them"
        self.query_one("#saved-status", Label).update(status)

    def _current_name(self) -> str | None:
        lst = self.query_one("#saved-list", VimList)
        if lst.highlighted is None or lst.highlighted >= len(self._counts):
            return None
        return self._counts[lst.highlighted].name

    @on(OptionList.OptionSelected, "#saved-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(("open", self._counts[int(event.option.id)].name))

    def action_answer(self, what: str) -> None:
        name = self._current_name()
        if name is not None:
            self.dismiss((what, name))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class NameDialog(Dialog["str | None"]):
    """Ask for a name (save or rename a search); returns it, or None on Esc."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="name.cancel")]

    def __init__(self, title: str, detail: str, value: str = "") -> None:
        super().__init__()
        self._title, self._detail, self._value = title, detail, value

    def compose(self) -> ComposeResult:
        with Vertical(id="name-dialog", classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "Enter save · Esc cancel"
            yield Label(self._detail, markup=False, classes="quote-preview")
            yield Input(value=self._value, placeholder="a name…", id="saved-name")
            yield Label("", id="name-error", markup=False)

    @on(Input.Submitted, "#saved-name")
    def _save(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if not name:
            self.query_one("#name-error", Label).update("⚠ Enter a name first.")
            return
        self.dismiss(name)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
