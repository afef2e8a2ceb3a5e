"""The panes of the main screen: search (query + results) and quotes (scope + list)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.widgets import Input, Static

from briefing.index.sanitize import one_line

from ..keymap import keys_of, runs
from .lists import QuoteList
from .results import ResultsList

QUERY_MAX = 1000
"""Characters a query may have. Each key costs the text box time in proportion to its length: typed
one by one, 15,000 characters took the box about 30 s of CPU; 1,000 are far beyond any query."""


class QueryInput(Input):
    """The search box: letters type; Enter runs the search now; Esc leaves for the results.

    ``typed`` says whether a key has reached the box since it took the focus: until one has, ``/``
    is the search key, not text (the box holds the focus from start-up, so a habitual ``/`` typed
    first — before the index is even open — must not become the query's first character).
    """

    BINDINGS = [
        Binding("escape", "leave", "Results", id="search.leave"),
        Binding("down", "leave", "Results", show=False, id="search.down"),
    ]

    typed = False
    _said_too_long = False

    def __init__(self, **kwargs) -> None:
        super().__init__(max_length=QUERY_MAX, **kwargs)

    def restricted(self) -> None:
        """A key past QUERY_MAX characters: said once while the box is full (not a bell per key)."""
        if not self._said_too_long:
            self._said_too_long = True
            self.app.bell()
            self.app.notify(f"A query is at most {QUERY_MAX:,} characters; the keys after that were not added.",
                            severity="warning", markup=False)

    def action_leave(self) -> None:
        self.app.action_focus_results()

    async def action_submit(self) -> None:
        """Search now and go to the results, while this key is handled (a ``Submitted`` message
        reached the app after the next key of a burst: ``query`` Enter Enter searched twice)."""
        self.app.submit_query(self.value)

    def _on_focus(self, event) -> None:
        if not event.from_app_focus:  # (the terminal regaining focus is no new visit to the box)
            self.typed = False
        super()._on_focus(event)

    async def _on_key(self, event) -> None:
        if not self.typed and self._is_search_key(event.key, event.character):
            event.stop()
            event.prevent_default()
            self.app.action_focus_search()  # selects the text: the keys that follow replace it
            return
        self.typed = True  # any other key: a character, a cursor move, a deletion
        await super()._on_key(event)

    def _is_search_key(self, key: str, character: "str | None") -> bool:
        """Whether the key is (one of) the app's search key(s): "/" unless the keymap says otherwise."""
        keymap = getattr(getattr(self.app, "config", None), "keymap", None)
        return any(runs(b, key, character) for b in keys_of(self.app, keymap, "focus_search"))

    def _on_paste(self, event) -> None:
        # (Textual then calls Input's _on_paste itself, which pastes the first line through replace;
        # calling it here too pasted everything twice)
        self.typed = True

    def replace(self, text: str, start: int, end: int) -> None:
        """Input's replace, within QUERY_MAX: of a paste too long for the box, as much as fits, and the
        user told what was left out; a query already longer (a saved search or last query of an older
        version) loads whole and takes any edit that does not lengthen it (deletions, a shorter paste)."""
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        kept = len(value) - (end - start)
        if kept + len(text) <= max(QUERY_MAX, len(value)):
            limit, self.max_length = self.max_length, 0
            try:
                super().replace(text, start, end)
            finally:
                self.max_length = limit
            return
        if len(text) < 2:  # a key typed into a full box
            self.restricted()
            return
        room = max(QUERY_MAX - kept, 0)
        self.replace(text[:room], start, end)
        self.app.bell()
        cut = one_line(text[room:room + 200], 60)
        self.app.notify(f"A query is at most {QUERY_MAX:,} characters: the last {len(text) - room:,} of the "
                        f"{len(text):,} pasted were left out, from {cut!r}.", severity="warning", markup=False,
                        timeout=8)

    def _watch_value(self, value: str) -> None:
        if len(value) < QUERY_MAX:
            self._said_too_long = False
        # Input's watcher sets virtual_size, a reactive that lays out the whole screen when it
        # changes (every key). This box has a fixed size: the new width needs a repaint only.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        hold = getattr(self.app, "hold_frame", None)
        if hold is not None:
            hold()  # the key and its results in one frame (see HandlersMixin.hold_frame)
        super()._watch_value(value)


class Status(Static):
    """A one-line status under a pane title; always plain text (markup=False)."""

    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(text, markup=False, **kwargs)

    def say(self, text: "str | Text") -> None:
        """Show ``text``; a status of fixed height repaints itself only (no layout of the screen)."""
        text = text if isinstance(text, Text) else Text(text)
        if text == getattr(self, "_said", None):
            return
        self._said = text
        height = self.styles.height
        self.update(text, layout=not (height is not None and height.is_cells))


class SearchPane(Vertical):
    """Query input, result status (count, time, did-you-mean, errors) and the results list."""

    def compose(self) -> ComposeResult:
        yield QueryInput(placeholder="Search: words, \"phrases\", field:value",
                         id="query")
        yield Status("", id="search-status")
        yield ResultsList(id="results")

    def on_mount(self) -> None:
        self.border_title = "Search"


class QuotePane(Vertical):
    """The quotes in scope (search, article or speaker), with speaker tags and selection marks."""

    def compose(self) -> ComposeResult:
        yield Status("", id="quote-status")
        yield QuoteList(id="quotes")

    def on_mount(self) -> None:
        self.border_title = "Quotes"
