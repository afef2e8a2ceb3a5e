"""The facade every front end uses: one corpus, its index, a reusable searcher.

>>> lib = open_library()            # the bundled seeds, indexed on first use
>>> lib.search("H20 backdoor").total
2
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from . import config
from .errors import NotFoundError
from .models import Article, IndexSummary, Quote, SearchHit, SearchResult, Speaker
from .schema import ARTICLES, QUOTES
from .search import ARTICLE, QUOTE, clean_query, filters_query, make_parser, parse_query, ranked, run_search
from .store import index_exists, open_whoosh, read_manifest

if TYPE_CHECKING:  # the indexer (and its writers) load only when something is indexed
    from .indexer import Progress


def _date(v) -> dt.date | None:
    return v.date() if isinstance(v, dt.datetime) else None


def article_from_fields(f: dict) -> Article:
    """An :class:`Article` from the stored fields of its document."""
    return Article(id=f["id"], path=f.get("path", ""), title=f.get("title", ""), source=f.get("source") or None,
                   date=_date(f.get("date")), url=f.get("url") or None, author=f.get("author") or None,
                   body=f.get("body", ""), hash=f.get("hash", ""), format=f.get("format") or "txt",
                   mtime_ns=f.get("mtime_ns") or 0, size=f.get("size") or 0)


def _refreshed(searcher):
    """The same searcher if the index did not change, else a new one on its latest commit.

    Not ``searcher.refresh()``: Whoosh reuses the open reader of every segment whose id did not
    change, but a segment that gained deletions (articles updated or removed) keeps its id, so the
    old versions would still be found. (Whoosh also fails to refresh a searcher opened on an index
    without segments, e.g. the quote index of a corpus whose first articles had no quotes.)
    """
    if searcher.up_to_date():
        return searcher
    ix = searcher._ix
    searcher.close()
    return ix.searcher()


class Library:
    """A corpus and its index. Thread-safe for reads; writes go through :meth:`update`."""

    def __init__(self, corpus: Path, index_dir: Path) -> None:
        self.corpus = corpus
        self.index_dir = index_dir
        self._ix = None
        self._searcher = None
        self._qix = None
        self._qsearcher = None
        self._lock = threading.RLock()  # the article searcher (and the lifecycle of both)
        self._qlock = threading.RLock()  # the quote searcher: quote lists never wait for a search
        self._parsers: dict[str, object] = {}
        self._speakers: tuple[int, list[Speaker]] | None = None
        self.last_summary: IndexSummary | None = None

    # ------------------------------------------------------------------ index lifecycle
    def is_indexed(self) -> bool:
        """True if an index exists for this corpus."""
        return index_exists(self.index_dir)

    def stale_reason(self) -> str | None:
        """Why the index must be rebuilt before use (older format, new quote rules), or None."""
        from .documents import quote_engine
        from .indexer import rebuild_reason
        from .store import IndexMeta, read_meta

        want = IndexMeta(extractor_version=quote_engine()[2], corpus=str(self.corpus))
        return rebuild_reason(self.index_dir, read_meta(self.index_dir), want, False)

    def update(self, rebuild: bool = False, progress: Progress | None = None, max_bytes: int | None = None,
               wait: float = 0.0) -> IndexSummary:
        """Index new/changed files, drop deleted ones (see :func:`update_index`), then refresh."""
        from .indexer import update_index

        summary = update_index(self.corpus, self.index_dir, rebuild=rebuild, progress=progress,
                               max_bytes=max_bytes, wait=wait)
        self._written(summary)
        return summary

    def _written(self, summary: IndexSummary) -> None:
        """After an update: remember its summary; reopen (rebuilt index) or refresh the searchers."""
        self.last_summary = summary
        with self._lock, self._qlock:
            if summary.rebuilt and self._ix is not None:
                self.close()
            else:
                self.refresh()

    def catch_up(self, update: bool = True) -> tuple[IndexSummary | None, list[Speaker]]:
        """Index files changed since the last run (with ``update``) and return the speakers.

        Large indexes do this in another process (see :mod:`.background`), so an app using this
        library stays responsive meanwhile; the searchers are refreshed afterwards.
        """
        from .background import catch_up

        summary, speakers = catch_up(self.corpus, self.index_dir, update)
        if summary is not None:
            self._written(summary)
        return summary, speakers

    def _s(self):
        """The article searcher (opened once, reused)."""
        with self._lock:
            if self._searcher is None:
                if self._ix is None:
                    self._ix = open_whoosh(self.index_dir, ARTICLES)
                self._searcher = self._ix.searcher()
            return self._searcher

    def _qs(self):
        """The quote searcher (opened once, reused)."""
        with self._qlock:
            if self._qsearcher is None:
                if self._qix is None:
                    self._qix = open_whoosh(self.index_dir, QUOTES)
                self._qsearcher = self._qix.searcher()
            return self._qsearcher

    def refresh(self) -> bool:
        """Pick up documents committed since the searchers were opened; True if anything changed."""
        with self._lock, self._qlock:
            changed = False
            if self._searcher is not None:
                new = _refreshed(self._searcher)
                changed |= new is not self._searcher
                self._searcher = new
            if self._qsearcher is not None:
                new = _refreshed(self._qsearcher)
                changed |= new is not self._qsearcher
                self._qsearcher = new
            if changed:
                self._speakers = None
            return changed

    def close(self) -> None:
        """Release the searchers and the indexes."""
        with self._lock, self._qlock:
            for obj in (self._searcher, self._qsearcher, self._ix, self._qix):
                if obj is not None:
                    obj.close()
            self._searcher = self._ix = self._qsearcher = self._qix = None
            self._speakers = None

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _parser(self, doctype: str):
        if doctype not in self._parsers:
            schema = (self._s() if doctype == ARTICLE else self._qs()).schema
            self._parsers[doctype] = make_parser(schema, doctype)
        return self._parsers[doctype]

    # ------------------------------------------------------------------ articles
    def search(self, query: str, *, limit: int = 20, offset: int = 0, source: str | None = None,
               speaker: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
               snippets: int | None = None, correct: bool = True) -> SearchResult:
        """Search articles; an empty query lists articles, newest first.

        With ``correct`` a query without results gets a "did you mean" (search-as-you-type leaves
        it out: it costs more than the search and a half-typed word has no results anyway).
        """
        query, source, speaker = clean_query(query), clean_query(source), clean_query(speaker)
        with self._lock:
            s = self._s()
            f = filters_query(doctype=ARTICLE, source=source, speaker=speaker, date_from=date_from,
                              date_to=date_to)
            return run_search(s, self._parser(ARTICLE), query, limit=limit, offset=offset, filter_q=f,
                              snippets=snippets, correct=correct, sort_by_date=True)

    def document_count(self) -> int:
        """Number of articles in the index."""
        with self._lock:
            return self._s().doc_count()

    def article(self, article_id: str) -> Article:
        """The article with this id (raises :class:`NotFoundError`)."""
        with self._lock:
            f = self._s().document(id=clean_query(article_id))
        if not f:
            raise NotFoundError(f"no article with id {article_id!r} in the index of {self.corpus}")
        return article_from_fields(f)

    def titles(self, article_ids: list[str]) -> dict[str, str]:
        """``{id: title}`` for these articles (unknown ids are left out); no article bodies are built."""
        out: dict[str, str] = {}
        with self._lock:
            s = self._s()
            for aid in dict.fromkeys(article_ids):
                f = s.document(id=clean_query(aid))
                if f:
                    out[aid] = f.get("title") or aid
        return out

    def article_ids(self) -> list[str]:
        """Ids of all indexed articles, sorted."""
        m = read_manifest(self.index_dir)
        if m is not None:
            return sorted(i for e in m.files.values() for i in e.ids)
        with self._lock:
            return sorted(f["id"] for f in self._s().all_stored_fields())

    def articles(self) -> Iterator[Article]:
        """All indexed articles (sorted by id)."""
        for aid in self.article_ids():
            try:
                yield self.article(aid)
            except NotFoundError:
                continue

    def related(self, article_id: str, limit: int = 10) -> list[SearchHit]:
        """Articles most like this one (Whoosh more-like-this over the body)."""
        with self._lock:
            s = self._s()
            docnum = s.document_number(id=clean_query(article_id))
            if docnum is None:
                raise NotFoundError(f"no article with id {article_id!r}")
            try:
                results = s.more_like(docnum, "body", numterms=40, top=limit)
            except Exception:
                return []
            hits = []
            for rank, hit in enumerate(results, start=1):
                f = hit.fields()
                hits.append(SearchHit(id=f["id"], path=f.get("path", ""), title=f.get("title", ""),
                                      source=f.get("source") or None, date=_date(f.get("date")),
                                      score=round(float(hit.score or 0), 4), rank=rank))
            return hits

    # ------------------------------------------------------------------ quotes
    def quotes(self, *, article_id: str | None = None, speaker: str | None = None, kind: str | None = None,
               query: str | None = None, limit: int | None = None,
               article_ids: list[str] | None = None) -> list[Quote]:
        """Quotes matching the filters; without a query by article and reading order, else by relevance.

        ``article_ids`` limits the quotes to any of these articles (one search for a page of results).
        """
        query, speaker, article_id = clean_query(query), clean_query(speaker), clean_query(article_id)
        if article_ids is not None:
            if not article_ids:
                return []
            article_id = [clean_query(a) for a in article_ids]  # type: ignore[assignment]
        from whoosh import query as Q

        with self._qlock:
            s = self._qs()
            f = filters_query(doctype=QUOTE, speaker=speaker, kind=kind, article_id=article_id)
            q = parse_query(self._parser(QUOTE), query) if query and query.strip() else None
            if q is not None:  # by relevance, every match counted (NOT too: Whoosh's collector drops some)
                stored = (s.stored_fields(d) for d, _ in ranked(s, q, f, limit))
            elif f is not None:  # the filter is the query: no scan of every quote document
                stored = (hit.fields() for hit in s.search(f, limit=limit, sortedby=None))
            else:
                stored = (hit.fields() for hit in s.search(Q.Every(), limit=limit))
            quotes = [Quote.model_validate_json(fields["quote"]) for fields in stored]
        if q is None:
            quotes.sort(key=lambda x: (x.article_id, x.start))
        return quotes

    def quote(self, quote_id: str) -> Quote:
        """The quote with this id (raises :class:`NotFoundError`)."""
        with self._qlock:
            f = self._qs().document(id=clean_query(quote_id))
        if not f:
            raise NotFoundError(f"no quote with id {quote_id!r}")
        return Quote.model_validate_json(f["quote"])

    def speakers(self, overrides: dict[str, str] | None = None) -> list[Speaker]:
        """Speakers across the corpus with counts and aliases (user merges/renames applied)."""
        try:
            from .quotes.speakers import merge_speaker_rows
        except ImportError:
            return []
        m = read_manifest(self.index_dir)
        if m is None:
            return []
        if self._speakers is not None and self._speakers[0] == m.generation and overrides is None:
            return self._speakers[1]
        result = merge_speaker_rows((row for entry in m.files.values() for row in entry.speakers), overrides)
        if overrides is None:
            self._speakers = (m.generation, result)
        return result


def open_library(corpus: str | Path | None = None, index_dir: str | Path | None = None, *,
                 auto_index: bool = True, progress: Progress | None = None) -> Library:
    """The library for ``corpus`` (default: ``$BRIEFING_CORPUS`` or the seeds), indexing it if needed."""
    root = config.resolve_corpus(corpus)
    lib = Library(root, config.index_dir_for(root, index_dir))
    if auto_index and (not lib.is_indexed() or lib.stale_reason()):
        lib.update(progress=progress)
    return lib
