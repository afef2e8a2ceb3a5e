"""The app's view of the user's marks: selection, notes, tags and stars, saved by the core's store.

Until the library is open there is no corpus to save for, so marks are held in memory and written
to the corpus's annotation store (``briefing.index.annotations``) as soon as it is bound.
"""

from __future__ import annotations

from briefing.index.models import Quote


class SelectionStore:
    """Selected and annotated quotes of the open corpus, persisted across runs and processes."""

    def __init__(self) -> None:
        self.store = None  # briefing.index.annotations.AnnotationStore once bound
        self._pending: list[tuple[str, Quote, object]] = []

    def bind(self, store) -> None:
        """Start saving to ``store`` (and write what was marked before it was open)."""
        self.store = store
        for op, quote, arg in self._pending:
            self._apply(op, quote, arg)
        self._pending.clear()

    def _apply(self, op: str, quote: Quote, arg=None):
        if self.store is None:
            self._pending.append((op, quote, arg))
            return None
        if op == "toggle":
            return self.store.toggle_selected(quote)
        if op == "note":
            return self.store.set_note(quote, arg or "")
        if op == "star":
            return self.store.toggle_star(quote)
        return None

    def toggle(self, quote: Quote) -> bool:
        """Flip the selection of a quote; True if it is now selected."""
        result = self._apply("toggle", quote)
        return bool(result) if result is not None else True

    def toggle_star(self, quote: Quote) -> bool:
        result = self._apply("star", quote)
        return bool(result)

    def _ann(self, quote_id: str):
        return self.store.get(quote_id) if self.store is not None else None

    def is_selected(self, quote_id: str) -> bool:
        a = self._ann(quote_id)
        return bool(a and a.selected) or any(op == "toggle" and q.id == quote_id for op, q, _ in self._pending)

    def selected(self) -> list[str]:
        """Selected quote ids."""
        if self.store is None:
            return [q.id for op, q, _ in self._pending if op == "toggle"]
        return self.store.selected_ids()

    def note(self, quote_id: str) -> str:
        a = self._ann(quote_id)
        return a.note if a else ""

    def set_note(self, quote: Quote, text: str) -> None:
        """Attach a note (an empty note removes it)."""
        self._apply("note", quote, text)

    def marks(self, quote_id: str) -> str:
        """What the user marked on a quote, to show on its row: "★ ✎ the note #tag" ("" for nothing)."""
        a = self._ann(quote_id)
        if not a:
            return ""
        parts = ["★"] if a.starred else []
        if a.note and a.note.strip():
            parts.append("✎ " + " ".join(a.note.split()))
        parts += [f"#{t}" for t in a.tags]
        return " ".join(parts)
