"""Choose the quotes to export (the selection or a filter) and join them with their articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import ArticleRef, ExportDocument, ExportItem


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

    def title(self, items: "list[ExportItem] | None" = None) -> str:
        """What these filters export, as a heading: 'Selected quotes', 'Quotes by Donald Trump', 'Starred
        direct quotes matching "H20"'. The speaker is named as the items name it (one canonical speaker)."""
        selected = self.selected or not self.any_filter()
        words = ["Selected" if selected else "", "starred" if self.starred else "", self.kind or "", "quotes"]
        out = " ".join(w for w in words if w)
        if self.speaker:
            names = {it.quote.speaker for it in items or [] if it.quote.speaker}
            out += f" by {names.pop() if len(names) == 1 else self.speaker}"
        if self.query:
            out += f" matching “{self.query}”"
        if self.article:
            out += f" from article {self.article}"
        if self.tag:
            out += f" tagged #{self.tag.lstrip('#')}"
        return out[:1].upper() + out[1:]


def build_export_items(lib, store, filters: ExportFilters) -> list[ExportItem]:
    """The export items for these filters, in reading order (article, then position).

    Quotes carry their canonical speaker (the library's speaker table, the user's merges applied), so
    a speaker is one group of the Markdown export and ``--speaker`` exports what ``speakers`` counts.
    """
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
        of_speaker = {q.id for q in lib.quotes(speaker=filters.speaker)}
        quotes = [q for q in quotes if q.id in of_speaker]
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
        items.append(ExportItem(quote=q, article=articles[q.article_id], annotation=ann(q)))
    return items


def make_document(corpus: str, items: list[ExportItem], title: str | None = None) -> ExportDocument:
    """The export document of ``items``; ``title`` says what they are (:meth:`ExportFilters.title`)."""
    return ExportDocument(generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0), corpus=corpus,
                          items=items, **({"title": title} if title else {}))
