"""Selected and annotated quotes for this session.

An in-memory stand-in with the interface the app uses; the annotation store of the core
(``briefing.index.annotations``) replaces it when it lands, keeping selections across runs.
"""

from __future__ import annotations


class SelectionStore:
    """Quote ids the user selected, and notes by quote id."""

    def __init__(self) -> None:
        self._selected: list[str] = []
        self._notes: dict[str, str] = {}

    def toggle(self, quote_id: str) -> bool:
        """Flip the selection of a quote; True if it is now selected."""
        if quote_id in self._selected:
            self._selected.remove(quote_id)
            return False
        self._selected.append(quote_id)
        return True

    def is_selected(self, quote_id: str) -> bool:
        return quote_id in self._selected

    def selected(self) -> list[str]:
        """Selected quote ids in the order they were selected."""
        return list(self._selected)

    def note(self, quote_id: str) -> str:
        return self._notes.get(quote_id, "")

    def set_note(self, quote_id: str, text: str) -> None:
        """Attach a note (an empty note removes it)."""
        if text.strip():
            self._notes[quote_id] = text.strip()
        else:
            self._notes.pop(quote_id, None)

    def is_annotated(self, quote_id: str) -> bool:
        return quote_id in self._notes
