"""Virtual lists (OptionList) with vim keys, for quotes, speakers and article pickers (results: results.py)."""

from __future__ import annotations

from typing import Callable, Sequence

from textual.binding import Binding
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..legible import LegibleLines, colour_system


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
    """Lines of the smallest row: a fill builds as many rows as the list's height can show."""
    CHUNK_ROWS = 20
    """Rows added at a time as the cursor or the scroll nears the last row built."""

    _source: "tuple[Sequence, Callable[[object], Option]] | None" = None
    _legible: "LegibleLines | None" = None
    _paint: "tuple | None" = None  # (ground, ANSI palette) of the paint under way

    def render_lines(self, crop):
        # what every line of this paint shares, looked up once (background_colors walks the ancestors)
        self._paint = (self.background_colors[1], self.app.ansi_theme, colour_system(self.app))
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """A line with every colour readable on its ground (the cursor's included), in every theme."""
        if self._legible is None:
            self._legible = LegibleLines()
        ground, terminal, system = self._paint or (self.background_colors[1], self.app.ansi_theme,
                                                   colour_system(self.app))
        return self._legible(super().render_line(y), ground, terminal, system)

    def fill(self, items: Sequence, make: Callable[[object], Option], highlight: int | None = 0,
             first: int | None = None) -> None:
        """Replace the rows with one option per item: the first screenful now, the rest on demand.

        OptionList builds and measures every option it is given, which takes milliseconds a row;
        so only the rows the list can show are built, and more as the cursor or the scroll comes
        near the last one built (all of them for End/G). Nothing is built in the background.
        ``first``: how many rows to build now, for a list that sizes itself to its rows.
        """
        self.clear_options()
        self._source = (items, make)
        first = first or max(6, self.size.height // self.ROW_LINES + 2)
        self._grow(max(first, (highlight or 0) + first))
        if highlight is not None and items:
            self.highlighted = min(highlight, len(items) - 1)

    def _grow(self, upto: int) -> None:
        """Build the rows of the last fill up to index ``upto`` (exclusive)."""
        if self._source is None:
            return
        items, make = self._source
        start = self.option_count
        if upto > start:
            self.add_options([make(item) for item in items[start:upto]])
        if self.option_count >= len(items):
            self._source = None

    def _grow_near(self, index: int) -> None:
        if self._source is not None and index >= self.option_count - 3:  # the cursor nears the last row
            self._grow(index + self.CHUNK_ROWS)

    def watch_highlighted(self, highlighted: int | None) -> None:
        if highlighted is not None:
            self._grow_near(highlighted)
        super().watch_highlighted(highlighted)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._source is not None and new_value + 2 * self.size.height >= self.virtual_size.height:
            self.call_later(self._grow, self.option_count + self.CHUNK_ROWS)

    def action_last(self) -> None:
        if self._source is not None:
            self._grow(len(self._source[0]))
        super().action_last()

    def action_cursor_up(self) -> None:
        if self.highlighted == 0 and self._source is not None:  # wraps to the very last row
            self._grow(len(self._source[0]))
        super().action_cursor_up()

    def clear_options(self):
        self._source = None
        return super().clear_options()


class QuoteList(VimList):
    """Quotes: Enter jumps to the quote in the reader; Space/x select; a annotate; r, c and o act on the
    highlighted quote's article."""

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
        Binding("r", "app.related", "Related", show=False, id="quotes.related"),  # of the quote's article
        Binding("c", "app.compare", "Compare", show=False, id="quotes.compare"),
    ]
