"""Virtual lists (OptionList) with vim keys, for results, quotes, speakers and article pickers."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


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
