"""Virtual lists (OptionList) with vim keys, for results, quotes, speakers and article pickers."""

from __future__ import annotations

from typing import Callable, Sequence

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def vim_bindings(prefix: str) -> list[Binding]:
    """j/k, g/G (vim order: g top, G bottom) and Space/b paging, each with an id under ``prefix``."""
    return [
        Binding("down,j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("home,g", "first", "Top", show=False, id=f"{prefix}.top"),
        Binding("end,G", "last", "Bottom", show=False, id=f"{prefix}.bottom"),
        Binding("pagedown,space", "page_down", "Page", show=False, id=f"{prefix}.page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id=f"{prefix}.page_up"),
    ]


class VimList(OptionList):
    """An OptionList with vim keys. Prompts must be ``rich.text.Text`` (never markup strings)."""

    BINDINGS = vim_bindings("list") + [Binding("enter", "select", "Open", id="list.select")]
    ROW_LINES = 3
    """Lines of the smallest row: the first paint builds as many rows as the list's height can show."""
    CHUNK_ROWS = 40
    """Rows added per later step, so a long list never blocks typing."""

    _fill_generation = 0
    _filling = False

    @property
    def filling(self) -> bool:
        """True while rows of the last :meth:`fill` are still being added."""
        return self._filling

    def fill(self, items: Sequence, make: Callable[[object], Option], highlight: int | None = 0) -> None:
        """Replace the rows with one option per item: the first screenful now, the rest in steps.

        OptionList measures every option it is given; building and measuring hundreds of rows at
        once blocks the app for a noticeable time, so rows past the first screen are added in later
        steps (``call_later``), between which keys and repaints are handled. A newer ``fill`` (or
        ``clear_options``) abandons the steps of an older one.
        """
        self.clear_options()  # abandons the steps of an older fill
        generation = self._fill_generation
        first = max(6, self.size.height // self.ROW_LINES + 2)
        upto = max(first, (highlight or 0) + first)
        self.add_options([make(item) for item in items[:upto]])
        if highlight is not None and items:
            self.highlighted = min(highlight, len(items) - 1)
        if len(items) > upto:
            self._filling = True
            self.call_later(self._fill_more, generation, items, make, upto)

    def _fill_more(self, generation: int, items: Sequence, make: Callable[[object], Option], start: int) -> None:
        if generation != self._fill_generation or not self.is_attached:
            return
        end = start + self.CHUNK_ROWS
        self.add_options([make(item) for item in items[start:end]])
        if end < len(items):
            self.call_later(self._fill_more, generation, items, make, end)
        else:
            self._filling = False

    def clear_options(self):
        self._fill_generation += 1
        self._filling = False
        return super().clear_options()


class ResultsList(VimList):
    """Search results: Enter opens the article."""

    BINDINGS = vim_bindings("results") + [
        Binding("enter", "select", "Open", id="results.open"),
        Binding("r", "app.related", "Related", id="results.related"),
        Binding("c", "app.compare", "Compare", id="results.compare"),
    ]


class QuoteList(VimList):
    """Quotes: Enter jumps to the quote in the reader; Space/x select; a annotate."""

    BINDINGS = [b for b in vim_bindings("quotes") if b.id != "quotes.page_down"] + [
        Binding("pagedown", "page_down", "Page", show=False, id="quotes.page_down"),
        Binding("enter", "select", "Go to", id="quotes.goto"),
        Binding("space,x", "app.toggle_selection", "Select", id="quotes.toggle"),
        Binding("a", "app.annotate", "Annotate", id="quotes.annotate"),
        Binding("s", "app.speaker_filter", "Speaker", id="quotes.speaker_filter"),
        Binding("y", "app.copy_quote", "Copy", id="quotes.copy"),
        Binding("asterisk", "app.toggle_star", "Star", id="quotes.star"),
        Binding("v", "app.show_selected", "Selected", id="quotes.show_selected"),
        Binding("e", "app.export", "Export", id="quotes.export"),
    ]
