"""Choose the quotes to export (the selection or a filter) and join them with their articles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import ArticleRef, ExportDocument, ExportItem, Quote


@dataclass
class ExportFilters:
    """What to export; with no filter at all, the selection."""

    selected: bool = False
    speaker: str | None = None
    query: str | None = None
    article: str | None = None
    kind: str | None = None
    starred: bool = False
    tag: str | None = None

    def any_filter(self) -> bool:
        return any((self.speaker, self.query, self.article, self.kind, self.starred, self.tag))


def speaker_names(lib, name: str, overrides: dict[str, str] | None = None) -> set[str]:
    """Every name of the speakers one of whose names or aliases contains ``name`` as whole words."""
    words = [re.escape(w) for w in name.split()]
    if not words:
        return set()
    rx = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)
    names: set[str] = set()
    for s in lib.speakers(overrides):
        forms = [s.name, *s.aliases]
        if any(rx.search(f) for f in forms):
            names.update(forms)
    names.update(k for k, v in (overrides or {}).items() if v in names)
    return names


def build_export_items(lib, store, filters: ExportFilters) -> list[ExportItem]:
    """The export items for these filters, in reading order (article, then position)."""
    overrides = store.speaker_overrides() if store is not None else {}
    if filters.query or filters.article or filters.kind:
        quotes = lib.quotes(article_id=filters.article, kind=filters.kind, query=filters.query)
    elif filters.speaker or filters.starred or filters.tag or not filters.selected:
        quotes = lib.quotes()
    else:
        wanted = set(store.selected_ids()) if store is not None else set()
        quotes = []
        for qid in wanted:
            try:
                quotes.append(lib.quote(qid))
            except Exception:
                continue
    if filters.speaker:
        names = {n.lower() for n in speaker_names(lib, filters.speaker, overrides)}
        quotes = [q for q in quotes if q.speaker and q.speaker.lower() in names]
    ann = (lambda q: store.get(q.id)) if store is not None else (lambda q: None)
    if filters.selected or not filters.any_filter():
        quotes = [q for q in quotes if (a := ann(q)) is not None and a.selected]
    if filters.starred:
        quotes = [q for q in quotes if (a := ann(q)) is not None and a.starred]
    if filters.tag:
        quotes = [q for q in quotes if (a := ann(q)) is not None and filters.tag in a.tags]
    quotes.sort(key=lambda q: (q.article_id, q.start))
    articles: dict[str, ArticleRef] = {}
    items = []
    for q in quotes:
        if q.article_id not in articles:
            try:
                a = lib.article(q.article_id)
                articles[q.article_id] = ArticleRef(id=a.id, title=a.title, source=a.source, date=a.date, url=a.url,
                                                    path=a.path)
            except Exception:
                articles[q.article_id] = ArticleRef(id=q.article_id)
        speaker = overrides.get(q.speaker or "", q.speaker)
        q2: Quote = q if speaker == q.speaker else q.model_copy(update={"speaker": speaker})
        items.append(ExportItem(quote=q2, article=articles[q.article_id], annotation=ann(q)))
    return items


def make_document(corpus: str, items: list[ExportItem]) -> ExportDocument:
    return ExportDocument(generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0), corpus=corpus,
                          items=items)
