"""Workers (thread, exclusive) that call the core, and the handlers that own what they return."""

from __future__ import annotations

from contextlib import ExitStack

from rich.text import Text
from textual import work
from textual.widgets import Input, OptionList, ProgressBar
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.index.sanitize import counted, one_line

from . import messages as M
from . import work as W
from .daily import SAVED_ROW
from .render import ink, quote_prompt, skipped_notice
from .widgets.article_view import ArticleView
from .widgets.panes import Status
from .widgets.results import ROW_LINES, ResultsList, Row

RESULT_PAGE = 50
"""Results fetched at a time; the next page loads when the cursor nears the end of the list."""
END_PAGE = 500
"""Results fetched at a time on the way to the last result (G/End on a longer list)."""
QUOTE_ARTICLES = 50
"""The quote pane lists the quotes of this many top results."""
QUOTES_DELAY = 0.25
"""Seconds of no new search before the quote pane follows the results."""
SEARCHING_NOTICE = 0.2
"""A search still running after this many seconds says "searching…"."""
CATCH_UP_DELAY = 0.3
"""Seconds after the first results before changed files are indexed and the speakers loaded."""
SUGGESTION = "\x00suggestion"
QUERY_ERROR = "\x00error"
FRAME_HOLD = 0.05
"""Seconds a typed key may wait for its results to be painted with it (then it is painted alone)."""


class HandlersMixin:
    """Mixed into the app: worker launchers and message handlers."""

    _frame_hold: ExitStack | None = None
    _frame_hold_timer = None

    # ------------------------------------------------------------------ frames
    def hold_frame(self) -> None:
        """Hold repaints until the results of the text just typed are shown (at most FRAME_HOLD).

        The search box calls this as its text changes. Without it a key costs two frames: the
        echo of the key at once, the results one frame period (1/60 s) after it at the earliest.
        Held, a fast search paints both in one frame as soon as it answers; a slow one lets the
        echo through after FRAME_HOLD.
        """
        if self._frame_hold is None and not self.config.debounce_ms and self.library is not None:
            self._frame_hold = ExitStack()
            self._frame_hold.enter_context(self.batch_update())
            self._frame_hold_timer = self.set_timer(FRAME_HOLD, self.release_frame)

    def release_frame(self) -> None:
        """Paint what :meth:`hold_frame` held, now."""
        if self._frame_hold is not None:
            hold, self._frame_hold = self._frame_hold, None
            self._frame_hold_timer.stop()
            hold.close()
            self.screen.check_idle()

    # ------------------------------------------------------------------ library
    @work(thread=True, exclusive=True, group="library")
    def open_library_worker(self, rebuild: bool = False) -> None:
        W.open_library(self.corpus_arg, self.index_dir_arg, self._post_if_live, self.call_from_thread_post,
                       rebuild=rebuild)

    def call_from_thread_post(self, message) -> None:
        self.call_from_thread(self.post_message, message)

    def _post_if_live(self, message) -> None:
        if not get_current_worker().is_cancelled:
            self.post_message(message)

    def on_index_progress(self, msg: M.IndexProgress) -> None:
        self.query_one("#indexing").display = True
        from briefing.index.config import held_corpus

        name = one_line(str(self.corpus_arg or held_corpus(self.index_dir_arg) or "the seeds"), 40)
        self.query_one("#indexing-label", Status).say(f"Indexing {name}: {msg.phase} {msg.done}/{msg.total or '?'}")
        self.query_one("#indexing-bar", ProgressBar).update(total=msg.total or None, progress=msg.done)

    def html_fallback_notice(self, summary) -> None:
        """Say once per session that HTML pages were read without trafilatura (never silently)."""
        from briefing.index.ingest import fallback_notice

        notice = fallback_notice(summary.html_fallback, summary.html_extractor_error) if summary else None
        if notice and not getattr(self, "_html_notice_shown", False):
            self._html_notice_shown = True
            self.notify(notice, severity="warning", markup=False, timeout=20)
        self.charset_notice(summary)

    def charset_notice(self, summary) -> None:
        """Say which pages were read in a guessed encoding (they declare none and are not UTF-8)."""
        from briefing.index.ingest import charset_notice

        notice = charset_notice(getattr(summary, "charset_guessed", None) or {}) if summary else None
        if notice:
            self.notify(notice, severity="warning", markup=False, timeout=20)
        self.quote_failure_notice(summary)

    def quote_failure_notice(self, summary) -> None:
        """Say which articles are indexed without quotes because extraction failed on them (never silently)."""
        from briefing.index.documents import quote_failure_notice

        notice = quote_failure_notice(getattr(summary, "quote_failed", None) or {}) if summary else None
        if notice:
            self.notify(notice, severity="warning", markup=False, timeout=20)

    def codec_fallback_notice(self) -> None:
        """Say once per session that posting blocks take stdlib zlib (zlib-ng missing), never silently."""
        from briefing.index.engine.compression import fallback_notice

        notice = fallback_notice()
        if notice and not getattr(self, "_codec_notice_shown", False):
            self._codec_notice_shown = True
            self.notify(notice, severity="warning", markup=False, timeout=20)

    @work(thread=True, exclusive=True, group="nicknames")
    def nickname_notice(self) -> None:
        """Say once per session that first names merge only when equal (the nicknames package is broken).

        A worker, once the speakers are in: the check imports the quote package (~0.4 s), never on the way
        to the first results."""
        from briefing.index.quotes.name_merge import nickname_table_error

        why = nickname_table_error()
        if why and not getattr(self, "_nickname_notice_shown", False):
            self._nickname_notice_shown = True
            self.call_from_thread(self.notify, f"The nicknames package cannot be used ({why}): 'Joe' and 'Joseph' "
                                  "are not taken for one speaker.", severity="warning", markup=False, timeout=20)

    def on_library_ready(self, msg: M.LibraryReady) -> None:
        first = self.library is None
        self.library = msg.library
        self.html_fallback_notice(msg.summary)
        if msg.summary is not None and msg.summary.rebuilt and msg.summary.rebuild_reason:
            self.notify(f"Rebuilt the index: {msg.summary.rebuild_reason}.", markup=False, timeout=10)
        if notice := skipped_notice(msg.summary):  # bad files are never left out silently
            self.notify(notice, severity="warning", markup=False, timeout=20)
        self.codec_fallback_notice()
        if first:
            from briefing.index.annotations import AnnotationStore
            from briefing.index.errors import BriefingError

            try:
                store = AnnotationStore.open(self.library.corpus)
                self.selection.bind(store)
                if store.warning:
                    self.notify(store.warning, severity="warning", markup=False, timeout=10)
            except BriefingError as exc:
                self.notify(f"Annotations cannot be saved: {exc}", severity="error", markup=False)
            self.query_one("#results", ResultsList).refresh_marks()  # read marks are known now
            self.bind_saved_store()
        self.saved_worker()  # counts of the saved searches, on the index as it is now
        self.query_one("#indexing").display = False
        self.show_corpus_title()
        if first:
            if self.state.corpus and self.state.corpus != str(self.library.corpus):
                self._restore_article = self._restore_speaker = None  # state of another corpus
                if self.query_text == self.state.query:  # (a query typed while the index opened stays)
                    self.query_text = ""
            inp = self.query_one("#query", Input)
            with inp.prevent(Input.Changed):
                inp.value = self.query_text
            self._catch_up = "waiting"  # started once the first results are on screen
            self._catch_up_update = msg.summary is None  # not just indexed: look for changed files
            self.start_search(self.query_text)
            if self._restore_speaker:  # before the article: its quotes then leave the filtered list alone
                self.restore_speaker_filter(self._restore_speaker, article=bool(self._restore_article))
            if self._restore_article:
                self.load_article_worker(self._restore_article)
        else:
            if msg.summary is not None:
                self.notify(f"Index updated: {msg.summary.added} added, {msg.summary.updated} changed, "
                            f"{msg.summary.removed} removed.", markup=False)
            self.start_search(self.query_text)
            self.refresh_speaker_filter()
            self.load_speakers_worker()

    def show_corpus_title(self) -> None:
        """The corpus's name and article count beside the app's title."""
        self.sub_title = f"{one_line(self.library.corpus.name, 60)} · {counted(self.library.document_count(), 'article')}"

    def on_library_failed(self, msg: M.LibraryFailed) -> None:
        self.query_one("#indexing-label", Status).say(f"Cannot open the corpus: {msg.error}")
        self.query_one("#indexing").display = True
        self.query_one("#indexing").add_class("-failed")  # the whole message, wrapped (no bar beside it)
        self.query_one("#indexing-bar").display = False
        if msg.corrupt:
            from .screens.confirm import ConfirmDialog

            def answer(yes: bool | None) -> None:
                if yes:
                    self.query_one("#indexing-label", Status).say("Rebuilding the index…")
                    self.query_one("#indexing-bar").display = True
                    self.query_one("#indexing").remove_class("-failed")
                    self.open_library_worker(rebuild=True)

            self.push_screen(ConfirmDialog("The index of this corpus is damaged and cannot be read.\n\n"
                                           "Rebuild it from the articles now? Your notes and selections are "
                                           "kept separately and are not affected.",
                                           "Enter or y: rebuild · Esc or n: not now", title="Damaged index"), answer)

    # ------------------------------------------------------------------ search
    # Handlers use naming conventions: @on decorators are not collected from a mixin.
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "query":
            return
        value = event.value
        if value != event.input.value:
            return  # keys typed since (a burst): the change of the last one searches, once
        if self._search_timer is not None:
            self._search_timer.stop()
        if not self.config.debounce_ms:
            self.start_search(value)
            return
        self._search_timer = self.set_timer(self.config.debounce_ms / 1000, lambda: self.start_search(value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "query":
            self.submit_query(event.value)

    def submit_query(self, query: str) -> None:
        """Enter in the search box: search ``query`` now and go to the results."""
        if self._search_timer is not None:
            self._search_timer.stop()
        self.start_search(query)
        self.action_focus_results()

    def start_search(self, query: str) -> None:
        """Search for ``query`` now, or as soon as the search already running is done.

        At most one search runs at a time and only the newest text is searched next: typing never
        queues stale searches, and each key shows its results as fast as the index answers.
        """
        self.query_text = query
        self._end_wanted = None
        if self._open_wanted != query:
            self._open_wanted = None
        if self.library is None:
            return
        if self._quotes_timer is not None:
            self._quotes_timer.stop()
            self._quotes_timer = None
        if self._searching:
            return  # on_search_done starts the newest query
        self._searching = True
        self.search_worker(query)
        self.set_timer(SEARCHING_NOTICE, self._say_searching)

    def _say_searching(self) -> None:
        if self._searching:  # only a slow search says so: a status change per key costs a repaint
            self.query_one("#search-status", Status).say(Text("searching…", style="dim italic"))

    @work(thread=True, group="search")
    def search_worker(self, query: str, offset: int = 0, correct: bool = False, limit: int = RESULT_PAGE) -> None:
        self.post_message(W.search(self.library, query, limit, offset, correct))

    @work(thread=True, exclusive=True, group="catch-up")
    def catch_up_worker(self) -> None:
        W.catch_up(self.library, self._post_if_live, update=self._catch_up_update)

    def _start_catch_up(self) -> None:
        self._catch_up = "running"
        self.catch_up_worker()

    def on_search_done(self, msg: M.SearchDone) -> None:
        if msg.offset:
            self._more_done(msg)
            return
        self._searching = False
        if self._catch_up == "waiting":
            self._catch_up = "scheduled"
            self.set_timer(CATCH_UP_DELAY, self._start_catch_up)
        if msg.query != self.query_text:
            self.start_search(self.query_text)  # the text changed while searching: search the newest
            return
        status = self.query_one("#search-status", Status)
        if msg.error:
            status.set_class(False, "-warned")
            status.say(Text(f"⚠ {one_line(msg.error, 200)}", style=f"bold {ink('#f78c6c')}"))
            # the whole message, wrapped, where the results were (the status line cuts it at the pane's width)
            self.result = None
            self.query_one("#results", ResultsList).show_rows([Row(QUERY_ERROR, text=Text(one_line(msg.error, 400)))])
            self.release_frame()
            if self.speaker_filter_name is None and (self.article is None or self.quote_scope == "search"):
                # the last search's quotes no longer match what the box says
                if self._quotes_timer is not None:
                    self._quotes_timer.stop()
                    self._quotes_timer = None
                self._show_quotes(M.QuotesLoaded("search", "No results (the query has an error), so no quotes"))
            return
        r = msg.result
        early, self.first_page = self.first_page, None
        if early is not None and early.query == r.query and [h.id for h in early.hits] == [h.id for h in r.hits]:
            self.result = r  # the start-up page showed these very hits: keep the list (and its cursor)
            status.say(self._status_text(r))
        else:
            before = early or self.result
            self.show_results(r, same_search=before is not None and before.query == r.query)
        self.release_frame()
        if self._open_wanted is not None:
            wanted, self._open_wanted = self._open_wanted, None
            if wanted == r.query and r.hits:
                self.load_article_worker(r.hits[0].id)
        if not self._first_page_saved:
            self._first_page_saved = True
            self.save_first_page_worker(r)
        reader = self.query_one("#reader", ArticleView)
        # after a pause in typing: quotes are for reading, not for every key; "did you mean" likewise
        want_correction = r.total == 0 and r.corrected is None and r.query.strip() and not msg.corrected
        hits = r.hits[:QUOTE_ARTICLES]

        def follow() -> None:
            self._quotes_timer = None
            if self.result is not r:
                return  # a newer search has its own
            # decided now, not when the results came: an article opened meanwhile keeps its quotes
            want_quotes = self.speaker_filter_name is None and (self.article is None or self.quote_scope == "search")
            if reader.highlighted_query != r.query:  # the open article's highlights follow too
                reader.set_query(r.query)
                if reader.article is not None:
                    reader.border_subtitle = self._reader_subtitle(reader)
            if want_correction and not self._searching and r.query == self.query_text:
                self._searching = True
                self.search_worker(r.query, correct=True)
            elif want_quotes:
                self.quotes_worker("search", [h.id for h in hits], msg.query, titles={h.id: h.title for h in hits},
                                   total=r.total)

        if self._quotes_timer is not None:
            self._quotes_timer.stop()
            self._quotes_timer = None
        self._quotes_timer = self.set_timer(QUOTES_DELAY, follow)

    def show_results(self, r, same_search: bool | None = None) -> None:
        """Show ``r`` (a SearchResult) in the results list and the status line.

        The same search again (the start-up page replaced, a refresh, saved counts reloaded;
        ``same_search`` None: ``r`` has the query of the result shown) keeps the cursor on its article."""
        results = self.query_one("#results", ResultsList)
        if same_search is None:
            same_search = self.result is not None and self.result.query == r.query
        cursor = results.highlighted
        keep = results.row_ids[cursor] if same_search and cursor is not None and cursor < results.option_count else None
        if self.show_whats_new(r):
            return
        self.result = r
        hint, note_id, note_lines = None, SUGGESTION, ROW_LINES
        if not r.hits and not r.query.strip():  # an empty folder, or one of files Briefing does not read
            hint, note_id = Text("Briefing reads .txt, .md, .html, .json and .jsonl articles and .rss, .atom "
                                 "and .xml feeds below this folder. Add some, then press Ctrl+R.", style="italic"), \
                QUERY_ERROR
        elif not r.hits and r.note:  # why nothing was found, whole (the status line cuts it at the pane's width)
            hint, note_id = Text(one_line(r.note, 400), style="italic"), QUERY_ERROR
        elif not r.hits and r.corrected:
            hint = Text("Did you mean ", style="italic")  # one line: the status line says it too
            hint.append(one_line(r.corrected, 80), style="bold underline")  # the cursor's colours, any theme
            hint.append("? (Enter)", style="italic")
            note_lines = 1
        results.show(r.hits, show_score=bool(r.query.strip()), note=hint, note_id=note_id, note_lines=note_lines)
        if keep is not None and keep in results.row_ids:
            results.highlighted = results.row_ids.index(keep)
        status = self.query_one("#search-status", Status)
        status.set_class(bool(r.warnings), "-warned")  # (a layout only for a malformed query)
        status.say(self._status_text(r))

    @work(thread=True, group="first-page")
    def save_first_page_worker(self, result) -> None:
        """Keep the first search's page for the next start (a cache: failures are ignored)."""
        from briefing.index.first_page import save_first_page

        if self.library is not None:
            save_first_page(self.library.index_dir, result, limit=RESULT_PAGE)

    @property
    def settled(self) -> bool:
        """True when no search or quote list is still on its way (tests, benchmarks)."""
        return not (self._searching or self._loading_more or self._quotes_timer is not None
                    or self._frame_hold is not None or self._opening
                    or self._catch_up in ("waiting", "scheduled", "running")
                    or any(w.is_running for w in self.workers))

    def more_results(self) -> None:
        """Fetch the next page of results (the cursor is near the end of the list)."""
        r = self.result
        if r is None or self.library is None or self._searching or self._loading_more or len(r.hits) >= r.total:
            return
        self._loading_more = True
        self.search_worker(r.query, offset=len(r.hits), limit=END_PAGE if self._end_wanted else RESULT_PAGE)

    def on_results_list_end_wanted(self, event: ResultsList.EndWanted) -> None:
        """G/End: load the results not loaded yet (a page at a time, in a worker), then go to the last."""
        r = self.result
        if r is None or self.library is None or len(r.hits) >= r.total:
            return
        self._end_wanted = r.query
        self.query_one("#search-status", Status).say(
            Text(f"loading results {len(r.hits) + 1:,}–{r.total:,} to go to the last…", style="dim italic"))
        self.more_results()

    def _more_done(self, msg: M.SearchDone) -> None:
        self._loading_more = False
        r = self.result
        if msg.error or msg.result is None or r is None or msg.query != r.query or msg.offset != len(r.hits):
            return  # a newer search replaced the list meanwhile
        r.hits.extend(msg.result.hits)
        results = self.query_one("#results", ResultsList)
        results.extend(msg.result.hits)
        self.query_one("#search-status", Status).say(self._status_text(r))
        if self._end_wanted != r.query:
            return
        if len(r.hits) < r.total and msg.result.hits:
            self.more_results()
        else:
            self._end_wanted = None
            results.highlighted = results.option_count - 1

    def on_results_list_highlighted(self, event: ResultsList.Highlighted) -> None:
        if self.result is not None and event.index >= len(self.result.hits) - 10:
            self.more_results()

    def on_results_list_selected(self, event: ResultsList.Selected) -> None:
        if self._searching and self.library is not None and (self.result is None or self.result.query != self.query_text):
            # Enter right after a query: the list still shows the last search's rows; open the
            # first result of this one once it is there
            self._open_wanted = self.query_text
            self.action_focus_reader()
            return
        r = self.result
        if r is not None and r.hits and event.row_id != SUGGESTION and not event.row_id.startswith("\x00") \
                and all(h.id != event.row_id for h in r.hits):
            # Enter pressed on the last search's rows, answered after this one's came in: its first result
            self.load_article_worker(r.hits[0].id)
            self.query_one("#reader").focus()
            return
        if event.row_id == SUGGESTION:
            self.action_accept_suggestion()
        elif event.row_id.startswith("\x00"):  # a heading of the what's-new list
            if event.row_id.startswith(SAVED_ROW):
                self.open_saved_search(event.row_id[len(SAVED_ROW):])
        elif self.library is None:  # a start-up page: open it once the index is open
            self._restore_article = event.row_id
            self.query_one("#reader").focus()
        else:
            self.load_article_worker(event.row_id)
            self.query_one("#reader").focus()

    def _status_text(self, r) -> Text:
        t = Text()
        if not r.query.strip() and r.total == 0:  # an empty folder, or one of files Briefing does not read
            t.append("No articles in this folder", style=f"bold {ink('#f78c6c')}")
        elif not r.query.strip():
            t.append(f"{counted(r.total, 'article')}, newest first", style="dim")
            if r.total > len(r.hits):
                t.append(f" · first {len(r.hits):,} shown", style="dim")
        elif r.total == 0:
            t.append("No results", style=f"bold {ink('#f78c6c')}")
            t.append(f" for {one_line(r.query, 60)!r}", style="dim")  # (why: in the list, whole)
        else:
            t.append(f"{'~' if not r.total_exact else ''}{r.total:,} result{'s' if r.total != 1 else ''}", style="bold")
            if r.total > len(r.hits):
                t.append(f" · first {len(r.hits):,} shown", style="dim")
            if self.config.show_timing:
                t.append(f" · {r.took_ms:.0f} ms", style="dim")
        if r.corrected:
            t.append(" · did you mean ", style="dim")
            t.append(one_line(r.corrected, 60), style=f"bold italic {ink('#4fc1e9')}")
            t.append("?", style="dim")
        for warning in r.warnings:  # a malformed query: what was searched instead (the status grows to show it)
            t.append(f"\n⚠ {one_line(warning, 200)}", style=f"bold {ink('#f78c6c')}")
        return t

    # ------------------------------------------------------------------ articles
    @work(thread=True, exclusive=True, group="article")
    def load_article_worker(self, article_id: str, focus_offset: int | None = None, target: str = "main") -> None:
        try:
            self._post_if_live(W.load_article(self.library, article_id, focus_offset, target))
        except Exception as exc:
            self.call_from_thread(self.notify, f"Cannot open {article_id}: {exc}", severity="error", markup=False)

    def on_article_loaded(self, msg: M.ArticleLoaded) -> None:
        reader = self.query_one("#reader", ArticleView)
        self.article, self.article_quotes = msg.article, msg.quotes
        reader.border_title = Text(one_line(msg.article.source or "Reader", 40))  # Text: never markup
        reader.show(msg.article, msg.quotes, self.query_text)
        reader.border_subtitle = self._reader_subtitle(reader)  # after show: this article's counts
        self.mark_opened_read(msg.article.id)
        if msg.focus_offset is not None:
            quote = next((q for q in msg.quotes if q.start == msg.focus_offset), None)
            reader.reveal_quote(quote) if quote else reader.reveal_offset(msg.focus_offset)
        if self.speaker_filter_name is None and msg.focus_offset is None:  # opened from a quote: keep the list
            self._show_quotes(self.article_quotes_loaded())

    def article_quotes_loaded(self) -> M.QuotesLoaded:
        """The open article's quotes, for the quote pane."""
        a = self.article
        return M.QuotesLoaded("article", f"{counted(len(self.article_quotes), 'quote')} in this article",
                              self.article_quotes, {a.id: a.title})

    def _reader_subtitle(self, reader: ArticleView) -> str:
        n = len(reader.matches)
        if not reader.query.strip():  # no search: no matches to count or step through
            where = ""
        elif not n:
            where = " · no match in the text"
        elif reader.current >= 0:
            where = f" · match {reader.current + 1}/{n} (n/N)"
        else:
            where = f" · {counted(n, 'match', 'matches')} (n/N)"
        return f"{counted(len(reader.quotes), 'quote')}{where} · r related · c compare"

    def on_article_view_match_moved(self, msg: ArticleView.MatchMoved) -> None:
        if msg.view.id == "reader":
            msg.view.border_subtitle = self._reader_subtitle(msg.view)

    # ------------------------------------------------------------------ quotes
    @work(thread=True, exclusive=True, group="quotes")
    def quotes_worker(self, scope: str, ids: list[str], query: str = "", speaker: str = "",
                      titles: dict[str, str] | None = None, total: int | None = None) -> None:
        if scope == "speaker":
            done = W.quotes_for_speaker(self.library, speaker)
        elif scope == "selected":
            done = W.quotes_selected(self.library, ids)
        else:
            done = W.quotes_for_search(self.library, query, ids, titles, total)
        self._post_if_live(done)

    def on_quotes_loaded(self, msg: M.QuotesLoaded) -> None:
        if msg.scope == "speaker" and not msg.quotes and self.speaker_filter_name:
            # (a speaker is only offered with quotes): gone, unless the corpus's changes are still coming
            if self._catch_up == "done":
                self.speaker_gone(self.speaker_filter_name)
                return
            self._speaker_recheck = True
            msg = M.QuotesLoaded("speaker", f"No quotes by {one_line(self.speaker_filter_name, 40)} yet: "
                                            "looking for changed files…")
        self._show_quotes(msg)

    def _show_quotes(self, msg: M.QuotesLoaded) -> None:
        self.quote_scope = msg.scope
        self.quote_rows, self.quote_titles, self.quote_matching = msg.quotes, msg.titles, msg.matching
        self.query_one("#quote-status", Status).say(Text(msg.label, style="dim"))
        pane = self.query_one("#quote-pane")
        pane.border_title = Text({"search": "Quotes · search", "article": "Quotes · this article",
                                  "speaker": f"Quotes · {one_line(self.speaker_filter_name, 30)}",
                                  "selected": "Quotes · selected"}.get(msg.scope, "Quotes"))
        self.refresh_quote_rows(keep=False)

    def _quote_option(self, q) -> Option:
        show_title = self.quote_scope != "article"
        return Option(quote_prompt(q, self.quote_titles.get(q.article_id, "") if show_title else "",
                                   selected=self.selection.is_selected(q.id),
                                   marks=self.selection.marks(q.id),
                                   matching=q.id in self.quote_matching, query=self.query_text), id=q.id)

    def refresh_quote_rows(self, keep: bool = True) -> None:
        """Rebuild the quote rows; with ``keep`` only the highlighted row changed (a mark, a note)."""
        lst = self.query_one("#quotes", OptionList)
        at = lst.highlighted if keep else None
        if at is not None and at < min(len(self.quote_rows), lst.option_count):
            lst.replace_option_prompt_at_index(at, self._quote_option(self.quote_rows[at]).prompt)
            return
        if not self.quote_rows:
            lst.clear_options()
            lst.add_option(Option(Text("No quotes here.", style="italic dim"), disabled=True))
            return
        lst.fill(self.quote_rows, self._quote_option, highlight=0)

    @work(thread=True, exclusive=True, group="speakers")
    def load_speakers_worker(self) -> None:
        self._post_if_live(M.SpeakersLoaded(self.library.speakers()))

    def on_speakers_loaded(self, msg: M.SpeakersLoaded) -> None:
        self.speakers = msg.speakers
        if not getattr(self, "_nickname_notice_shown", False):
            self.nickname_notice()
        if self._catch_up == "running":
            self._catch_up = "done"
            from .heap import freeze_long_lived

            freeze_long_lived(self)  # start-up done: the index, its speakers and the main screen stay
        if self._speaker_recheck:  # a restored filter found nothing in the index before its update
            self._speaker_recheck = False
            self.refresh_speaker_filter()
        if self._speaker_picker_wanted:  # a picker opened before they were loaded (if still open)
            from .screens.pickers import SpeakerPicker

            self._speaker_picker_wanted = False
            for screen in self.screen_stack:
                if isinstance(screen, SpeakerPicker) and screen.waiting:
                    screen.set_speakers(self.speakers)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "quotes":
            self._quote_chosen(event)

    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        quote = next((q for q in self.quote_rows if q.id == event.option.id), None)
        if quote is None:
            return
        if self.article is not None and self.article.id == quote.article_id:
            self.query_one("#reader", ArticleView).reveal_quote(quote)
        else:
            self.load_article_worker(quote.article_id, quote.start)
