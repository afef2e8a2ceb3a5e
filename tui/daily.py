"""Daily use: reading marks (read, bookmarked), saved searches with live counts, and "what's new".

Counts are computed by a worker on the index as it is (after opening, after every update); the
saved-search list and the start screen show them when they arrive.
"""

from __future__ import annotations

from rich.text import Text
from textual import work

from briefing.index.sanitize import counted, one_line

from . import messages as M
from .keymap import keys_of
from .render import ink
from .widgets.panes import Status
from .widgets.results import ResultsList, Row

SAVED_ROW = "\x00saved:"
"""Row id prefix of a saved search's heading in the what's-new list (Enter opens the search)."""


class DailyMixin:
    """Mixed into the app: reading marks, saved searches, what's new."""

    saved_store = None  # briefing.index.annotations.saved.SavedSearchStore once the library is open
    saved_news: list | None = None  # SavedNews models, once counted

    # ------------------------------------------------------------------ reading marks
    def article_marks(self, article_id: str) -> tuple[bool, bool] | None:
        """(unread, bookmarked) of an article; None until the annotation store is open."""
        store = self.selection.store
        if store is None:
            return None
        mark = store.data.articles.get(article_id)
        return (not (mark and mark.read), bool(mark and mark.bookmarked))

    def mark_opened_read(self, article_id: str) -> None:
        """An article opened in the reader becomes read (unless ``mark_read_on_open`` is off)."""
        store = self.selection.store
        if store is None or not self.config.mark_read_on_open:
            return
        marks = self.article_marks(article_id)
        if marks is not None and marks[0]:
            store.mark_read(article_id, True)
            self.query_one("#results", ResultsList).refresh_marks(article_id)

    def _marks_target(self):
        """(article id, annotation store) for u / B: the highlighted result or the open article."""
        aid = self._context_article_id()
        if aid is None or self.selection.store is None:
            self.notify("Highlight or open an article first.", markup=False)
            return None, None
        return aid, self.selection.store

    def action_toggle_read(self) -> None:
        """Mark the highlighted result (or the open article) read or unread."""
        aid, store = self._marks_target()
        if aid is None:
            return
        unread = self.article_marks(aid)[0]
        store.mark_read(aid, unread)
        self.query_one("#results", ResultsList).refresh_marks(aid)
        self.notify("Marked read." if unread else "Marked unread.", markup=False, timeout=2)

    def action_toggle_bookmark(self) -> None:
        """Bookmark the highlighted result (or the open article), or remove its bookmark."""
        aid, store = self._marks_target()
        if aid is None:
            return
        on = store.toggle_bookmark(aid)
        self.query_one("#results", ResultsList).refresh_marks(aid)
        self.notify("Bookmarked (is:bookmarked finds it)." if on else "Bookmark removed.", markup=False, timeout=2)

    # ------------------------------------------------------------------ saved searches
    def bind_saved_store(self) -> None:
        """Open the corpus's saved searches (called once the library is open)."""
        from briefing.index.annotations.saved import SavedSearchStore
        from briefing.index.errors import BriefingError

        try:
            self.saved_store = SavedSearchStore.open(self.library.corpus)
        except BriefingError as exc:
            self.notify(f"Saved searches are not available: {exc}", severity="error", markup=False)
            return
        if self.saved_store.warning:
            self.notify(self.saved_store.warning, severity="warning", markup=False, timeout=10)

    @work(thread=True, exclusive=True, group="saved")
    def saved_worker(self) -> None:
        """Count every saved search and list what is new (after opening and every index update)."""
        from briefing.index.errors import BriefingError
        from briefing.index.saved import whats_new

        if self.library is None or self.saved_store is None:
            return
        try:
            self._post_if_live(M.SavedLoaded(whats_new(self.library, self.saved_store)))
        except BriefingError as exc:
            self._post_if_live(M.SavedLoaded([], str(exc)))

    def on_saved_loaded(self, msg: M.SavedLoaded) -> None:
        from .screens.saved import SavedSearchPicker

        if msg.error:
            self.notify(f"Saved searches: {msg.error}", severity="error", markup=False)
        before = sum(n.search.new for n in self.saved_news or [])
        self.saved_news = msg.news
        fresh = sum(n.search.new for n in msg.news)
        if fresh > before and self.query_text.strip():  # on a search (a remembered one, at start): say so
            searches = sum(1 for n in msg.news if n.search.new)
            key = next((k for k, b in self.active_bindings.items() if b.binding.id == "briefing.saved_searches"), "S")
            self.notify(f"What's new: {fresh} new article{'s' if fresh != 1 else ''} in {searches} saved "
                        f"search{'es' if searches != 1 else ''} ({key} lists them; an empty search shows them).",
                        markup=False, timeout=8)
        if isinstance(self.screen, SavedSearchPicker):
            self.screen.update([n.search for n in msg.news])
        if self.result is not None and not self.query_text.strip() and not self.result.query.strip():
            self.show_results(self.result)  # the start screen: what is new per saved search

    def action_save_search(self) -> None:
        """Save the current query (is: filters and field filters included) under a name."""
        if self.library is None or self.saved_store is None:
            return
        from .screens.saved import NameDialog

        query = self.query_text.strip()
        detail = f"Query: {one_line(query, 100) or '(every article)'}"
        self.push_screen(NameDialog("Save this search", detail, one_line(query, 40)),
                         lambda name: name and self.save_search_worker(name, query))

    @work(thread=True, group="saved-write")
    def save_search_worker(self, name: str, query: str) -> None:
        from briefing.index.errors import BriefingError
        from briefing.index.saved import save_search

        try:
            s = save_search(self.library, self.saved_store, name, query)
        except BriefingError as exc:
            self.call_from_thread(self.notify, f"Not saved: {exc}", severity="error", markup=False)
            return
        n = len(s.seen)
        key = next((self.get_key_display(b) for b in keys_of(self, self.config.keymap, "saved_searches")),
                   "S")  # the key as remapped in config.json
        self.call_from_thread(self.notify, f"Saved {s.name!r}: {n} article{'s' if n != 1 else ''} now; "
                              f"{key} lists your saved searches.", markup=False)
        self.call_from_thread(self.saved_worker)

    def action_saved_searches(self) -> None:
        """The saved searches with live counts; Enter opens one."""
        if self.library is None or self.saved_store is None:
            return
        from .screens.saved import SavedSearchPicker

        counts = [n.search for n in self.saved_news or []]
        self.push_screen(SavedSearchPicker(counts, loading=True), self._saved_chosen)
        self.saved_worker()  # fresh counts: another window or a fetch may have changed things

    def _saved_chosen(self, answer: "tuple[str, str] | None") -> None:
        if answer is None:
            return
        what, name = answer
        if what == "open":
            self.open_saved_search(name)
        elif what == "rename":
            from .screens.saved import NameDialog

            self.push_screen(NameDialog("Rename saved search", f"New name for {one_line(name, 60)!r}", name),
                             lambda new: self._saved_change("rename", name, new))
        elif what == "remove":
            from .screens.confirm import ConfirmDialog

            self.push_screen(ConfirmDialog(f"Remove the saved search {name!r}?\n\nThe articles are not affected.",
                                           "Enter or y: remove · Esc or n: keep it", title="Remove saved search"),
                             lambda yes: self._saved_change("remove", name) if yes else self.action_saved_searches())

    def _saved_change(self, what: str, name: str, new: str | None = None) -> None:
        from briefing.index.errors import BriefingError

        try:
            if what == "rename" and new:
                self.saved_store.rename(name, new)
            elif what == "remove":
                self.saved_store.remove(name)
        except BriefingError as exc:
            self.notify(str(exc), severity="error", markup=False)
        self.action_saved_searches()

    def open_saved_search(self, name: str) -> None:
        """Search for a saved search's query and record the visit (its new articles become seen)."""
        if self.library is not None and self.saved_store is not None:
            self.open_saved_worker(name)

    @work(thread=True, group="saved-write")
    def open_saved_worker(self, name: str) -> None:
        from briefing.index.errors import BriefingError
        from briefing.index.saved import open_saved

        try:
            self._post_if_live(M.SavedOpened(open_saved(self.library, self.saved_store, name)))
        except BriefingError as exc:
            self._post_if_live(M.SavedOpened(None, str(exc)))

    def on_saved_opened(self, msg: M.SavedOpened) -> None:
        from textual.widgets import Input

        if msg.error or msg.search is None:
            self.notify(f"Cannot open the saved search: {msg.error}", severity="error", markup=False)
            return
        box = self.query_one("#query", Input)
        with box.prevent(Input.Changed):
            box.value = msg.search.query
        self.start_search(msg.search.query)
        self.action_focus_results()
        self.saved_worker()

    # ------------------------------------------------------------------ what's new
    def whats_new_rows(self, r) -> tuple[list[Row], Text] | None:
        """For an empty search with saved searches: their new articles (newest first), then ``r``'s hits."""
        news = self.saved_news
        if not news or r.query.strip():
            return None
        rows: list[Row] = []
        fresh = sum(n.search.new for n in news)
        for n in news:
            s = n.search
            head = Text("▸ ", style=f"bold {ink('#4fc1e9')}")
            head.append(one_line(s.name, 60), style="bold")
            head.append(f" · {s.new} new" if s.new else " · nothing new", style=f"bold {ink('#4fc1e9')}" if s.new else "dim")
            head.append(f"\n  {one_line(s.query, 80) or '(every article)'} · {s.total} article"
                        f"{'s' if s.total != 1 else ''} · Enter opens it",
                        style="dim italic")
            rows.append(Row(SAVED_ROW + s.name, text=head))
            rows.extend(Row(h.id, hit=h) for h in n.hits)
        rows.append(Row("\x00all", text=Text(f"All {counted(r.total, 'article')}, newest first", style="bold dim")))
        rows.extend(Row(h.id, hit=h) for h in r.hits)
        status = Text("What's new: ", style="bold")
        searches = counted(len(news), "saved search", "saved searches")
        status.append(f"{fresh:,} new in {sum(1 for n in news if n.search.new)} of {searches}",
                      style=f"bold {ink('#4fc1e9')}" if fresh else "dim")
        return rows, status

    def show_whats_new(self, r) -> bool:
        """Show the what's-new list for ``r`` (an empty search); False when there is nothing to show."""
        built = self.whats_new_rows(r)
        if built is None:
            return False
        rows, status = built
        self.result = r
        self.query_one("#results", ResultsList).show_rows(rows)
        self.query_one("#search-status", Status).say(status)
        return True
