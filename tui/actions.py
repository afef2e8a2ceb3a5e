"""The app's actions (what bindings and the command palette run)."""

from __future__ import annotations

from pathlib import Path

from textual import work

from textual.widgets import Input, OptionList

from briefing.index.config import corpus_data_dir
from briefing.index.sanitize import one_line

from .widgets.article_view import ArticleView


class ActionsMixin:
    """Mixed into the app: every user-facing action."""

    def action_focus_search(self) -> None:
        """Focus the search box with its text selected, so what is typed next is a new query (at once,
        not after the keys already queued: they are the query)."""
        box = self.query_one("#query", Input)
        if self.focused is box:  # no focus event to select the text: select it here
            box.select_all()
        else:
            self.screen.set_focus(box)

    _interrupted_at = -1  # keys_handled at the last Ctrl+C that did not copy

    async def action_help_quit(self) -> None:
        """Ctrl+C (with no selected text to copy): the first says how to quit, a second in a row quits,
        state saved as by ``q``; any other key between the two starts over."""
        if self._interrupted_at == self.keys_handled - 1:
            await self.action_quit()
            return
        self._interrupted_at = self.keys_handled
        self.notify("Press Ctrl+C again to quit (or q, outside a text box).", title="Quit?", timeout=4,
                    markup=False)

    def action_focus_results(self) -> None:
        """Focus the results list."""
        self.focus_now(self.query_one("#results"))

    def action_focus_reader(self) -> None:
        self.focus_now(self.query_one("#reader"))

    def action_focus_quotes(self) -> None:
        self.focus_now(self.query_one("#quotes"))

    def focus_now(self, widget) -> None:
        """Focus ``widget`` at once: ``Widget.focus`` waits a turn of the app's queue, and a key typed
        right behind the one that moved the focus (Enter, Esc in the search box) went to the old place."""
        if widget.screen is self.screen:
            self.screen.set_focus(widget)
        else:
            widget.focus()

    def action_back(self) -> None:
        """Esc: drop the speaker filter, else back to the results list (from the reader or the quotes).

        Esc never enters the search box (``/`` does): Esc, Esc, … always ends on the results, where
        ``q`` quits (the search box's own Esc also leaves it for the results).
        """
        if self.speaker_filter_name is not None:
            self.apply_speaker_filter("")
        else:
            self.action_focus_results()

    def action_accept_suggestion(self) -> None:
        """Search for the 'did you mean' suggestion."""
        if self.result is not None and self.result.corrected:
            box = self.query_one("#query", Input)
            box.value = self.result.corrected
            self.start_search(box.value)

    def action_help(self) -> None:
        """Show the bindings of the focused pane."""
        from .screens.help import HelpScreen, collect_bindings

        title, rows = collect_bindings(self.screen)
        self.push_screen(HelpScreen(title, rows))

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.remember()

    def panes_stacked(self) -> bool:
        """Below 100 columns the panes stack: the search column takes the whole width."""
        return self.size.width < self.HORIZONTAL_BREAKPOINTS[-1][0]

    def action_resize_sidebar(self, delta: int) -> None:
        """Make the search/quote column narrower or wider (remembered)."""
        if self.panes_stacked():
            self.notify(f"The panes are stacked below {self.HORIZONTAL_BREAKPOINTS[-1][0]} columns: "
                        "< and > set the search column's width side by side.", markup=False, timeout=4)
            return
        current = self.state.sidebar_width or self.query_one("#sidebar").size.width
        width = max(24, min(160, current + delta))
        self.state.sidebar_width = width
        self.fit_sidebar()

    def fit_sidebar(self) -> None:
        """The remembered column width side by side; the whole width when the panes stack (below 100
        columns), where a width of its own left a gap beside the stacked panes or cut them."""
        sidebar = self.query_one("#sidebar")
        sidebar.styles.width = None if self.panes_stacked() or not self.state.sidebar_width else self.state.sidebar_width

    # ------------------------------------------------------------------ articles
    def open_article(self, article_id: str) -> None:
        """Open an article in the reader."""
        if self.library is not None:
            self.load_article_worker(article_id)
            self.action_focus_reader()

    def _context_article_id(self) -> str | None:
        """The highlighted result when the results list is focused, the highlighted quote's article when
        the quotes are (so ``o`` from a speaker's quotes opens that quote's story), else the open article
        (also on a heading or a "did you mean" line of the results, which is no article)."""
        results = self.query_one("#results")
        if self.focused is results and results.highlighted is not None:
            row_id = results.row_ids[results.highlighted]
            if not row_id.startswith("\x00"):
                return row_id
        quote = self._current_quote() if self.focused is self.query_one("#quotes") else None
        if quote is not None:
            return quote.article_id
        return self.article.id if self.article is not None else None

    def action_related(self):
        """Articles most like the current one (more like this); returns the picker's mount."""
        aid = self._context_article_id()
        if aid is None or self.library is None:
            self.notify("Open an article first.", markup=False)
            return
        from .screens.pickers import ArticlePicker

        lib = self.library  # more-like-this takes ~0.1 s on 2,000 articles: the picker's worker runs it
        return self.push_screen(ArticlePicker("Related articles", lambda: lib.related(aid, limit=15),
                                              "No related articles.", "Finding related articles…"),
                                lambda chosen: chosen and self.open_article(chosen))

    def action_mark(self) -> None:
        """Mark (or unmark) the current article as the other side of the next comparison."""
        aid = self._context_article_id()
        if aid is None:
            self.notify("Open or highlight an article first.", markup=False)
            return
        if getattr(self, "marked_article_id", None) == aid:
            self.marked_article_id = None
            self.notify("Mark cleared.", markup=False, timeout=2)
            return
        self.marked_article_id = aid
        self.notify("Marked: c on another article compares it with this one.", markup=False, timeout=3)

    def action_compare(self):
        """Compare the current article with the marked one, else with its most similar article (returns
        the screen's mount, which the next key waits for: keyorder.py)."""
        aid = self._context_article_id()
        if aid is None or self.library is None:
            self.notify("Open an article first.", markup=False)
            return None
        marked = getattr(self, "marked_article_id", None)
        # no article marked: the most similar one, found by the comparison screen (the palette offers any other)
        return self.compare_with(aid, marked if marked and marked != aid else None)

    def compare_with(self, aid: str | None, other: str | None):
        """Open the comparison of article ``aid`` (default: the current one) with ``other`` (None: the
        most similar article); the screen opens at once and loads both in a worker."""
        from .screens.side_by_side import SideBySideScreen

        aid = aid or self._context_article_id()
        if aid is None or aid == other or self.library is None:
            self.notify("Open another article first.", markup=False)
            return None
        return self.push_screen(SideBySideScreen(self.library, aid, other, self.query_text))

    def pick_to_compare(self, aid: str) -> None:
        """No article like ``aid``: pick the other side among the results."""
        from .screens.pickers import ArticlePicker

        hits = [h for h in (self.result.hits if self.result else []) if h.id != aid]
        self.push_screen(ArticlePicker("Compare with…", hits, "No other article."),
                         lambda other: other and self.compare_with(aid, other))

    def action_story(self):
        """The story of the current article across outlets, claim by claim (returns the screen's mount)."""
        aid = self._context_article_id()
        if aid is None or self.library is None:
            self.notify("Open an article first.", markup=False)
            return None
        from .screens.story import StoryScreen

        return self.push_screen(StoryScreen(self.library, aid))

    def open_article_at(self, article_id: str, offset: int) -> None:
        """Open an article in the reader scrolled to body ``offset`` (a story's claim sentence)."""
        if self.library is not None:
            self.load_article_worker(article_id, offset)
            self.action_focus_reader()

    # ------------------------------------------------------------------ quotes
    def _current_quote(self):
        lst = self.query_one("#quotes", OptionList)
        if lst.highlighted is None or not self.quote_rows:
            return None
        return self.quote_rows[lst.highlighted] if lst.highlighted < len(self.quote_rows) else None

    def _quote_to_act_on(self):
        """The highlighted quote; with none (an empty quote pane), says so (a palette command does nothing
        silently)."""
        q = self._current_quote()
        if q is None:
            self.notify("No quote to act on: the quote pane is empty." if not self.quote_rows
                        else "Highlight a quote in the quote pane first.", markup=False, timeout=3)
        return q

    def action_toggle_selection(self) -> None:
        """Select or unselect the highlighted quote."""
        q = self._quote_to_act_on()
        if q is not None:
            self.selection.toggle(q)
            self.refresh_quote_rows()
            if self.quote_scope == "selected":  # the row stays (x again takes it back); the count follows
                from rich.text import Text

                from . import work as W
                from .widgets.panes import Status

                count = sum(self.selection.is_selected(r.id) for r in self.quote_rows)
                self.query_one("#quote-status", Status).say(Text(W.selected_label(count), style="dim"))

    def action_annotate(self) -> None:
        """Write a note on the highlighted quote; ``#words`` in it become tags (``-#word`` removes one)."""
        q = self._quote_to_act_on()
        if q is None:
            return

        from .screens.dialogs import AnnotateDialog

        def done(note: str | None) -> None:
            if note is None:
                return
            import re

            tags = re.findall(r"(?<![-\w])#([\w-]+)", note)
            untags = re.findall(r"-#([\w-]+)", note)
            text = " ".join(re.sub(r"-?#[\w-]+", " ", note).split())
            self.selection.set_note(q, text)
            if self.selection.store is not None and (tags or untags):
                self.selection.store.add_tags(q, tags)
                self.selection.store.remove_tags(q, untags)
            self.refresh_quote_rows()

        ann = self.selection.store.get(q.id) if self.selection.store is not None else None
        current = self.selection.note(q.id) + "".join(f" #{t}" for t in (ann.tags if ann else []))
        self.push_screen(AnnotateDialog(q, current.strip()), done)

    def action_copy_quote(self) -> None:
        """Copy the selection as plain text (or, with nothing selected, the highlighted quote)."""
        if self.library is not None and self.selection.selected():
            from briefing.index.export import ExportFilters, build_export_items, make_document, render

            items = build_export_items(self.library, self.selection.store, ExportFilters(selected=True))
            if items:
                self.copy_to_clipboard(render(make_document(str(self.library.corpus), items), "txt"))
                self.notify(f"{len(items)} selected quote{'s' if len(items) != 1 else ''} copied (OSC 52).",
                            markup=False)
                return
        q = self._quote_to_act_on()
        if q is not None:
            self.copy_to_clipboard(f"“{q.text}” — {q.speaker or 'unattributed'}")
            self.notify("Quote copied to the clipboard.", markup=False)

    def action_toggle_star(self) -> None:
        """Star or unstar the highlighted quote."""
        q = self._quote_to_act_on()
        if q is not None:
            self.selection.toggle_star(q)
            self.refresh_quote_rows()

    def action_show_selected(self) -> None:
        """Show only the selected quotes in the quote pane (again: back to the quotes shown before)."""
        if self.library is None:
            return
        if self.quote_scope == "selected":
            self.apply_speaker_filter("")
        else:
            self._leave_quote_scope()
            self.quotes_worker("selected", self.selection.selected())

    _quote_scope_before = "search"
    """The quotes a speaker filter or the selection replaced ("search" or "article"): Esc goes back to them."""

    def _leave_quote_scope(self) -> None:
        if self.quote_scope in ("search", "article"):
            self._quote_scope_before = self.quote_scope

    def action_speaker_filter(self) -> None:
        """Show one speaker's quotes across the corpus (type to narrow the speaker list)."""
        from .screens.pickers import SpeakerPicker

        loading = not self.speakers and self._catch_up != "done"
        if loading:  # the picker opens now (what is typed goes into it) and fills when they are loaded
            self._speaker_picker_wanted = True
            if self.library is not None and self._catch_up != "running":
                self.load_speakers_worker()  # (an index still opening loads them in its catch-up)
        self.push_screen(SpeakerPicker(None if loading else self.speakers, self.speaker_filter_name),
                         lambda name: name is not None and self.apply_speaker_filter(name))

    def apply_speaker_filter(self, name: str) -> None:
        """Filter the quote pane by speaker ("" clears the filter)."""
        if self.library is None:
            return
        if name:
            self._leave_quote_scope()
            self.speaker_filter_name = name
            self.quotes_worker("speaker", [], speaker=name)
            self.action_focus_quotes()
        elif self._quote_scope_before == "article" and self.article is not None:
            self.speaker_filter_name = None  # back to the open article's quotes, as before the filter
            self._show_quotes(self.article_quotes_loaded())
        else:
            self.speaker_filter_name = None
            ids = [h.id for h in (self.result.hits[:50] if self.result else [])]
            self.quotes_worker("search", ids, self.query_text, total=self.result.total if self.result else None)

    def restore_speaker_filter(self, name: str, article: bool = False) -> None:
        """The speaker filter of the last session, the focus left where start-up puts it; Esc goes back
        to the quotes of the ``article`` reopened with it, as in that session."""
        self._quote_scope_before = "article" if article else "search"
        self.speaker_filter_name = name
        self.quotes_worker("speaker", [], speaker=name)

    def refresh_speaker_filter(self) -> None:
        """After the index changed: the filtered speaker's quotes as they are now."""
        if self.speaker_filter_name is not None and self.quote_scope == "speaker":
            self.quotes_worker("speaker", [], speaker=self.speaker_filter_name)

    def speaker_gone(self, name: str) -> None:
        """The filtered speaker has no quotes in the index (the corpus changed since the filter was
        set, or since the last session): the filter is cleared, with a notice, not left as an empty pane."""
        self.notify(f"No quotes by {one_line(name, 60)} in this corpus now: the speaker filter is cleared.",
                    title="Speaker filter", markup=False, timeout=8)
        self.apply_speaker_filter("")

    def action_export(self):
        """Export the selected quotes (Markdown, CSV, JSON, plain text); returns the dialog's mount."""
        if self.library is None:
            return None
        quotes = []
        for qid in self.selection.selected():
            try:
                quotes.append(self.library.quote(qid))
            except Exception:
                continue
        from .screens.dialogs import ExportDialog

        from briefing.index.export import default_file_name

        default = str(corpus_data_dir(self.library.corpus) / "exports" / default_file_name("md"))
        return self.push_screen(ExportDialog(quotes, self.quote_titles, default), self._export_done)

    def _export_done(self, answer: dict | None) -> None:
        if answer is None or self.library is None:
            return
        from briefing.index.errors import BriefingError
        from briefing.index.export import (ExportFilters, build_export_items, export_target, make_document,
                                           make_folder, render, write_export)

        try:
            items = build_export_items(self.library, self.selection.store, ExportFilters(selected=True))
            if not items:
                self.notify("Nothing to export: select quotes with Space or x first.", severity="warning",
                            markup=False)
                return
            fmt = {"markdown": "md"}.get(answer["format"], answer["format"])
            text = render(make_document(str(self.library.corpus), items), fmt, answer.get("group", "speaker"))
            target = export_target(answer["path"], fmt)
            make_folder(target)
            path = write_export(target, text, force=bool(answer.get("force")))
        except (BriefingError, OSError) as exc:
            self.notify(f"Export failed: {exc}", severity="error", markup=False)
            return
        path = Path(path)  # the file's name on a line of its own: a long folder never splits it
        self.notify(f"Wrote {len(items)} quote{'s' if len(items) != 1 else ''} to {path.name}\nin {path.parent}",
                    markup=False)

    def action_refresh_index(self) -> None:
        """Index new and changed files (another process may have committed) and search again."""
        if self.library is not None:
            self.notify("Refreshing the index…", markup=False, timeout=2)
            self.refresh_index_worker()

    @work(thread=True, exclusive=True, group="library")
    def refresh_index_worker(self) -> None:
        from briefing.index.errors import BriefingError

        try:
            summary = self.library.update(wait=5.0)
        except BriefingError:
            summary = None  # another process is writing: its commit is still picked up below
        self.library.refresh()
        self.call_from_thread(self._refreshed, summary)

    def _refreshed(self, summary) -> None:
        self.html_fallback_notice(summary)
        if summary is not None and (summary.added or summary.updated or summary.removed):
            self.notify(f"{summary.added} added, {summary.updated} updated, {summary.removed} removed", markup=False)
        self.show_corpus_title()
        self.start_search(self.query_text)
        self.refresh_speaker_filter()
        self.saved_worker()

    def action_clear_speaker_filter(self) -> None:
        self.apply_speaker_filter("")

    def action_next_match(self) -> None:
        if self._article_open():
            self.query_one("#reader", ArticleView).action_next_match()

    def action_previous_match(self) -> None:
        if self._article_open():
            self.query_one("#reader", ArticleView).action_previous_match()

    def _article_open(self) -> bool:
        if self.article is None:
            self.notify("Open an article first.", markup=False, timeout=3)
        return self.article is not None
