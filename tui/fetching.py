"""Fetch and index from the app: the feeds of the corpus's feeds.opml and their pages, with progress.

The download runs in a thread worker and posts :class:`FetchProgress`; when it is done the index is
updated and the results refreshed the same way as Ctrl+R (new articles show without a restart).
"""

from __future__ import annotations

from textual import work
from textual.worker import get_current_worker
from textual.widgets import ProgressBar

from briefing.index.sanitize import one_line

from . import messages as M
from .widgets.panes import Status


def fetch_note(summary) -> tuple[str, str]:
    """The notification for a finished fetch: (text, severity); failures name their URLs and reasons."""
    text = (f"Fetched {summary.feeds} feed{'s' if summary.feeds != 1 else ''}: {summary.new} new, "
            f"{summary.updated} updated, {summary.unchanged} unchanged, {summary.failed} failed")
    for warning in summary.warnings:
        text += f"\n{one_line(warning, 100)}"
    failed = [r for r in summary.results if r.status == "failed"]
    for r in failed[:4]:
        text += f"\n{one_line(r.url, 60)}: {one_line(r.reason, 40)}"
    if len(failed) > 4:
        text += f"\n… and {len(failed) - 4} more ('briefing fetch' reports all)"
    return text, "warning" if failed or summary.warnings else "information"


class FetchMixin:
    """Mixed into the app: the fetch action, its worker and the handlers of what it posts."""

    def action_fetch(self) -> None:
        """Download the feeds of feeds.opml and the pages they link to, then index them."""
        from briefing.index.fetch import OPML_NAME

        if self.library is None:
            return
        if not (self.library.corpus / OPML_NAME).is_file():
            self.notify(f"No {OPML_NAME} in {self.library.corpus}: add a feed with 'briefing add URL'",
                        severity="warning", markup=False, timeout=8)
            return
        if any(w.group == "fetch" and not w.is_finished for w in self.workers):
            self.notify("A fetch is already running", markup=False, timeout=3)
            return
        self.notify("Fetching feeds…", markup=False, timeout=2)
        self.fetch_worker()

    @work(thread=True, exclusive=True, group="fetch")
    def fetch_worker(self) -> None:
        from briefing.index.errors import BriefingError
        from briefing.index.fetch import Limits, fetch_corpus

        def progress(phase: str, done: int, total: int) -> None:
            self.call_from_thread(self.post_message, M.FetchProgress(phase, done, total))

        worker = get_current_worker()

        class Stop:  # the worker is cancelled when the app quits: remaining requests are not made
            def is_set(self) -> bool:
                return worker.is_cancelled

        limits = Limits(timeout=self.config.fetch_timeout, delay=self.config.fetch_delay)
        try:
            summary = fetch_corpus(self.library.corpus, limits, progress=progress, cancel=Stop())
            if worker.is_cancelled:
                return
            if summary.new or summary.updated:
                summary.index = self.library.update(progress=progress, wait=5.0)
                self.library.refresh()
        except BriefingError as exc:
            self.call_from_thread(self.post_message, M.FetchDone(None, str(exc)))
            return
        self.call_from_thread(self.post_message, M.FetchDone(summary))

    def on_fetch_progress(self, msg: M.FetchProgress) -> None:
        self.query_one("#indexing").display = True
        verb = "Indexing" if msg.phase in ("scan", "read", "write", "index") else "Fetching"
        self.query_one("#indexing-label", Status).say(f"{verb}: {msg.phase} {msg.done}/{msg.total or '?'}")
        self.query_one("#indexing-bar", ProgressBar).update(total=msg.total or None, progress=msg.done)

    def on_fetch_done(self, msg: M.FetchDone) -> None:
        self.query_one("#indexing").display = False
        if msg.summary is None:
            self.notify(f"Fetch failed: {msg.error}", severity="error", markup=False, timeout=10)
            return
        text, severity = fetch_note(msg.summary)
        self.notify(text, severity=severity, markup=False, timeout=10)
        self._refreshed(None)  # as Ctrl+R: article count and the current search again
