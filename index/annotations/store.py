"""A crash-safe, multi-process annotation store (one JSON file per corpus).

Every change re-reads the file under an exclusive lock, applies itself to what is on disk and writes
atomically (see :mod:`.locked`): two processes never lose each other's changes, and a corrupt or
newer-version file is moved aside (never deleted) with a message in :attr:`AnnotationStore.warning`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Callable, Iterable

from ..models import ANNOTATIONS_VERSION, AnnotationFile, ArticleMark, Quote, QuoteAnnotation
from .locked import LockedJsonStore

FILE_NAME = "annotations.json"


def fingerprint(text: str) -> str:
    """A hash of a quote's words, to find it again when its id changed."""
    norm = " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())
    return hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class AnnotationStore(LockedJsonStore):
    """Annotations of one corpus. Reads use the last loaded state; every change merges with the disk."""

    MODEL = AnnotationFile
    VERSION = ANNOTATIONS_VERSION
    WHAT = "annotations"
    FILE_NAME = FILE_NAME
    data: AnnotationFile

    # ------------------------------------------------------------------ quotes
    def get(self, quote_id: str) -> QuoteAnnotation | None:
        """The annotation of a quote, or None."""
        return self.data.quotes.get(quote_id)

    def _edit(self, quote: Quote, edit: Callable[[QuoteAnnotation], None]) -> QuoteAnnotation:
        result: dict[str, QuoteAnnotation] = {}

        def apply(data: AnnotationFile) -> None:
            ann = data.quotes.get(quote.id) or QuoteAnnotation(quote_id=quote.id, article_id=quote.article_id,
                                                                text=quote.text)
            edit(ann)
            ann.text, ann.updated_at = quote.text, _now()
            if ann.is_empty():
                data.quotes.pop(quote.id, None)
            else:
                data.quotes[quote.id] = ann
            result["a"] = ann

        self.change(apply)
        return result["a"]

    def toggle_selected(self, quote: Quote) -> bool:
        """Select or unselect a quote; returns the new state."""
        return self._edit(quote, lambda a: setattr(a, "selected", not a.selected)).selected

    def set_selected(self, quotes: Iterable[Quote], selected: bool = True) -> None:
        """Select (or unselect) several quotes in one write."""
        qs = list(quotes)

        def apply(data: AnnotationFile) -> None:
            for q in qs:
                ann = data.quotes.get(q.id) or QuoteAnnotation(quote_id=q.id, article_id=q.article_id, text=q.text)
                ann.selected, ann.text, ann.updated_at = selected, q.text, _now()
                if ann.is_empty():
                    data.quotes.pop(q.id, None)
                else:
                    data.quotes[q.id] = ann

        self.change(apply)

    def clear_selection(self) -> int:
        """Unselect every quote (notes, tags and stars stay); returns how many were selected."""
        count = {"n": 0}

        def apply(data: AnnotationFile) -> None:
            for qid, ann in list(data.quotes.items()):
                if ann.selected:
                    count["n"] += 1
                    ann.selected = False
                    if ann.is_empty():
                        del data.quotes[qid]

        self.change(apply)
        return count["n"]

    def set_note(self, quote: Quote, note: str) -> QuoteAnnotation:
        return self._edit(quote, lambda a: setattr(a, "note", note.strip()))

    def add_tags(self, quote: Quote, tags: Iterable[str]) -> QuoteAnnotation:
        new = [t.strip() for t in tags if t.strip()]
        return self._edit(quote, lambda a: setattr(a, "tags", list(dict.fromkeys(a.tags + new))))

    def remove_tags(self, quote: Quote, tags: Iterable[str]) -> QuoteAnnotation:
        gone = {t.strip() for t in tags}
        return self._edit(quote, lambda a: setattr(a, "tags", [t for t in a.tags if t not in gone]))

    def toggle_star(self, quote: Quote) -> bool:
        return self._edit(quote, lambda a: setattr(a, "starred", not a.starred)).starred

    def set_star(self, quote: Quote, starred: bool) -> QuoteAnnotation:
        return self._edit(quote, lambda a: setattr(a, "starred", starred))

    def selected_ids(self) -> list[str]:
        return [qid for qid, a in self.data.quotes.items() if a.selected]

    # ------------------------------------------------------------------ orphans
    def orphans(self, current: Iterable[Quote]) -> list[QuoteAnnotation]:
        """Annotations whose quote is no longer in the index (kept, never dropped)."""
        ids = {q.id for q in current}
        return [a for qid, a in self.data.quotes.items() if qid not in ids]

    def reattach(self, current: Iterable[Quote]) -> int:
        """Move orphaned annotations to the quote with the same words (same article first)."""
        quotes = list(current)
        ids = {q.id for q in quotes}
        by_print: dict[str, list[Quote]] = {}
        for q in quotes:
            by_print.setdefault(fingerprint(q.text), []).append(q)
        moved = {"n": 0}

        def apply(data: AnnotationFile) -> None:
            for qid, ann in list(data.quotes.items()):
                if qid in ids:
                    continue
                cands = by_print.get(fingerprint(ann.text), [])
                same = [q for q in cands if q.article_id == ann.article_id] or (cands if len(cands) == 1 else [])
                if same and same[0].id not in data.quotes:
                    q = same[0]
                    del data.quotes[qid]
                    data.quotes[q.id] = ann.model_copy(update={"quote_id": q.id, "article_id": q.article_id,
                                                               "updated_at": _now()})
                    moved["n"] += 1

        if any(qid not in ids for qid in self.data.quotes):
            self.change(apply)
        return moved["n"]

    # ------------------------------------------------------------------ speakers and articles
    def speaker_overrides(self) -> dict[str, str]:
        """User merges and renames: ``{name or alias: canonical name}``."""
        return dict(self.data.speakers)

    def merge_speakers(self, names: Iterable[str], into: str) -> None:
        """Treat every name in ``names`` as ``into`` from now on (survives re-indexing)."""
        ns = [n for n in names if n.strip()]

        def apply(data: AnnotationFile) -> None:
            for n in ns:
                data.speakers[n] = into
            for k, v in list(data.speakers.items()):
                if v in ns:
                    data.speakers[k] = into

        self.change(apply)

    def rename_speaker(self, old: str, new: str) -> None:
        self.merge_speakers([old], new)

    def mark_read(self, article_id: str, read: bool = True) -> None:
        def apply(data: AnnotationFile) -> None:
            m = data.articles.get(article_id) or ArticleMark(article_id=article_id)
            m.read = read
            data.articles[article_id] = m

        self.change(apply)

    def toggle_bookmark(self, article_id: str) -> bool:
        def apply(data: AnnotationFile) -> None:
            m = data.articles.get(article_id) or ArticleMark(article_id=article_id)
            m.bookmarked = not m.bookmarked
            data.articles[article_id] = m

        return self.change(apply).articles[article_id].bookmarked
