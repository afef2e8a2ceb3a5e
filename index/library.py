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

from whoosh import query as Q

from . import config
from .errors import NotFoundError, QueryError
from .models import Article, IndexSummary, Quote, SearchHit, SearchResult, Speaker
from .engine.schema import ARTICLES, QUOTES
from .correction import correction
from .search import (ARTICLE, QUOTE, clean_query, filters_query, make_parser, nothing_to_search, parse_query, ranked,
                     run_search, stored_speakers)
from .engine.store import index_exists, open_whoosh, read_manifest
from .reading import Marks, combine, is_filter, split_is_terms

if TYPE_CHECKING:  # the indexer (and its writers) load only when something is indexed
    from .indexer import Progress
    from .quotes.canonical import SpeakerTable


def _date(v) -> dt.date | None:
    return v.date() if isinstance(v, dt.datetime) else None


def article_from_fields(f: dict) -> Article:
    """An :class:`Article` from the stored fields of its document."""
    return Article(id=f["id"], path=f.get("path", ""), title=f.get("title", ""), source=f.get("source") or None,
                   date=_date(f.get("date")), url=f.get("url") or None, author=f.get("author") or None,
                   body=f.get("body", ""), hash=f.get("hash", ""), format=f.get("format") or "txt",
                   mtime_ns=f.get("mtime_ns") or 0, size=f.get("size") or 0,
                   extractor=f.get("extractor") or None, partial=f.get("partial") or None)


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
        self._table: "tuple[tuple, SpeakerTable] | None" = None  # (generation, overrides), table
        self.last_summary: IndexSummary | None = None
        self._marks: Marks | None = None
        self._idmap: tuple[object, dict[int, str]] | None = None
        self._story_grouping: tuple[tuple, object] | None = None  # (files' stamps, Grouping): stories/incremental.py

    # ------------------------------------------------------------------ index lifecycle
    def is_indexed(self) -> bool:
        """True if an index exists for this corpus."""
        return index_exists(self.index_dir)

    def stale_reason(self) -> str | None:
        """Why the index must be rebuilt before use (older format, new quote rules), or None."""
        from .documents import quote_engine
        from .indexer import rebuild_reason
        from .engine.store import IndexMeta, read_meta

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
        from .background import run_sized

        summary, table = run_sized(self.index_dir, catch_up_here, str(self.corpus), str(self.index_dir), update)
        if summary is not None:
            self._written(summary)
        if table is not None:
            self._table = table
            return summary, table[1].speakers
        return summary, []

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
                self._table = None
            return changed

    def close(self) -> None:
        """Release the searchers and the indexes."""
        with self._lock, self._qlock:
            for obj in (self._searcher, self._qsearcher, self._ix, self._qix):
                if obj is not None:
                    obj.close()
            self._searcher = self._ix = self._qsearcher = self._qix = None
            self._table = None

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
        original = query
        query, flags, f = self._article_filter(query, source, speaker, date_from, date_to)
        typed = clean_query(original)
        with self._lock:
            s = self._s()
            result = run_search(s, self._parser(ARTICLE), query, limit=limit, offset=offset, filter_q=f,
                                snippets=snippets, correct=correct and query == typed, sort_by_date=True)
            if correct and query != typed and result.total == 0 and query.strip() and result.note is None:
                # once, on the query as typed: its speaker: and is: terms kept (the words it corrects are
                # the same: a field's term, is:read, speaker:"Ana Lima", is never corrected)
                result.corrected = correction(s, typed)
        if flags:  # the result names the query as typed (the app matches results to its text by it)
            result.query = original
        return result

    def _article_filter(self, query: str, source: str | None, speaker: str | None,
                        date_from: dt.date | None, date_to: dt.date | None):
        """(query without its ``speaker:`` and ``is:`` terms, the ``is:`` flags, the filter) of an
        article search: source, dates, canonical speakers (:meth:`speaker_table`), reading marks."""
        from .quotes.canonical import split_speaker_terms

        query, source, speaker = clean_query(query), clean_query(source), clean_query(speaker)
        query, named = split_speaker_terms(query)
        query, flags = split_is_terms(query)
        names = [n for n in (speaker, *named) if n]
        f = filters_query(doctype=ARTICLE, source=source, date_from=date_from, date_to=date_to)
        if names:
            f = self._speaker_articles(names) if f is None else Q.And([f, self._speaker_articles(names)])
        return query, flags, combine(f, self._is_filter(flags, ARTICLE))

    def _is_filter(self, flags, doctype: str):
        """The filter for ``is:`` terms (see :mod:`.reading`), from the corpus's annotation file."""
        if not flags:
            return None
        if self._marks is None:
            from .annotations.store import FILE_NAME

            self._marks = Marks(config.corpus_data_dir(self.corpus) / FILE_NAME)
        return is_filter(flags, self._marks.data(), doctype)

    def matching_ids(self, query: str, *, source: str | None = None, speaker: str | None = None,
                     date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[str]:
        """The ids of every article ``query`` finds (``is:`` terms included), in no particular order."""
        query, flags, f = self._article_filter(query, source, speaker, date_from, date_to)
        with self._lock:
            s = self._s()
            q = parse_query(self._parser(ARTICLE), query) if query.strip() else None
            if nothing_to_search(query, q):  # ("!!!", "(": the search finds nothing; not every article)
                return []
            if q is None:
                q, f = (f, None) if f is not None else (Q.Every(), None)
            try:  # the search's own exact path (Whoosh's ANDNOT can keep a negated match)
                docs = [d for d, _ in ranked(s, q, f)]
            except Exception as exc:
                raise QueryError(f"cannot run the query {query!r}: {type(exc).__name__}: {exc}") from None
            ids = self._ids_by_docnum(s)
            return [ids[d] for d in docs if d in ids]

    def _ids_by_docnum(self, s) -> dict[int, str]:
        """``{docnum: article id}`` of a searcher, from the id field's postings (no stored fields read).

        Built once per searcher (a refreshed index has a new one): reading stored fields would load
        every matching article's body. A term's only document is read from its term info (the
        postings only for an id in several documents): 2,225 articles in 60 ms, once per
        searcher, against 290 ms per search reading stored fields.
        """
        if self._idmap is None or self._idmap[0] is not s:
            out: dict[int, str] = {}
            for sub, offset in s.leaf_searchers():
                reader = sub.reader()
                for term, info in reader.iter_field("id"):
                    text = term.decode("utf-8") if isinstance(term, bytes) else term
                    if info.doc_frequency() == 1:  # the usual case: the term's only document is its min id
                        out[offset + info.min_id()] = text
                    else:
                        for d in reader.postings("id", term).all_ids():
                            out[offset + d] = text
            self._idmap = (s, out)
        return self._idmap[1]

    def quote_count(self) -> int:
        """Number of quotes in the index."""
        with self._qlock:
            return self._qs().doc_count()

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

    def speakers_of(self, article_ids: list[str]) -> dict[str, list[str]]:
        """``{id: the speakers it quotes}`` as a search hit lists them (unknown ids are left out)."""
        out: dict[str, list[str]] = {}
        with self._lock:
            s = self._s()
            for aid in dict.fromkeys(article_ids):
                f = s.document(id=clean_query(aid))
                if f:
                    out[aid] = stored_speakers(f)
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
                                      score=round(float(hit.score or 0), 4), rank=rank,
                                      speakers=stored_speakers(f), partial=f.get("partial") or None))
            return hits

    # ------------------------------------------------------------------ quotes
    def quotes(self, *, article_id: str | None = None, speaker: str | None = None, kind: str | None = None,
               query: str | None = None, limit: int | None = None,
               article_ids: list[str] | None = None) -> list[Quote]:
        """Quotes matching the filters; without a query by article and reading order, else by relevance.

        Every quote carries its canonical speaker (:meth:`speaker_table`). ``speaker`` (and ``speaker:``
        in the query) is any name or alias of a canonical speaker and gives exactly the quotes
        :meth:`speakers` counts for it. ``article_ids`` limits the quotes to any of these articles.
        """
        from .quotes.canonical import split_speaker_terms

        query, speaker, article_id = clean_query(query), clean_query(speaker), clean_query(article_id)
        query, named = split_speaker_terms(query)
        names = [n for n in (speaker, *named) if n]
        query, flags = split_is_terms(query)
        if article_ids is not None:
            if not article_ids:
                return []
            article_id = [clean_query(a) for a in article_ids]  # type: ignore[assignment]
        table = self.speaker_table()
        wanted: set[str] | None = None
        f = filters_query(doctype=QUOTE, kind=kind, article_id=article_id)
        if names:
            chosen = [s for n in names for s in table.find(n)]
            if not chosen:
                return []
            wanted = {s.name for s in chosen}
            arts = sorted({a for s in chosen for a in s.articles})
            forms = [filters_query(doctype=QUOTE, speaker=form) for form in sorted(table.forms(chosen))]
            narrow = Q.And([Q.Or([Q.Term("article_id", a) for a in arts]),
                            Q.Or([x for x in forms if x is not None] or [Q.NullQuery])])
            f = narrow if f is None else Q.And([f, narrow])
        with self._qlock:
            s = self._qs()
            f = combine(f, self._is_filter(flags, QUOTE))
            q = parse_query(self._parser(QUOTE), query) if query and query.strip() else None
            if query and nothing_to_search(query, q):  # ("!!!": Whoosh finds nothing; not every quote)
                return []
            size = None if wanted else limit
            if q is not None:  # by relevance, every match counted (NOT too: Whoosh's collector drops some)
                try:
                    found = ranked(s, q, f, size)
                except Exception as exc:
                    raise QueryError(f"cannot run the query {query!r}: {type(exc).__name__}: {exc}") from None
                stored = (s.stored_fields(d) for d, _ in found)
            elif f is not None:  # the filter is the query: no scan of every quote document
                stored = (hit.fields() for hit in s.search(f, limit=size, sortedby=None))
            else:
                stored = (hit.fields() for hit in s.search(Q.Every(), limit=size))
            quotes = [table.canonical(Quote.model_validate_json(fields["quote"])) for fields in stored]
        if wanted is not None:
            quotes = [x for x in quotes if x.speaker in wanted][:limit]
        if q is None:
            quotes.sort(key=lambda x: (x.article_id, x.start))
        return quotes

    def quote_query_warnings(self, query: str | None) -> list[str]:
        """What :meth:`quotes` searched instead of a malformed ``query`` (the warnings a search carries),
        and why it found nothing when it holds nothing to search (``!!!``)."""
        from .query_check import query_problems
        from .quotes.canonical import split_speaker_terms
        from .search import NOTHING_TO_SEARCH

        query = clean_query(query)
        if not query or not query.strip():
            return []
        problems = query_problems(query, frozenset(self._parser(QUOTE).schema.names()))
        text = split_is_terms(split_speaker_terms(query)[0])[0]
        if text.strip():
            try:
                empty = nothing_to_search(text, parse_query(self._parser(QUOTE), text))
            except QueryError:
                empty = False
            if empty:
                problems.append(NOTHING_TO_SEARCH)
        return problems

    def quote(self, quote_id: str) -> Quote:
        """The quote with this id, with its canonical speaker (raises :class:`NotFoundError`)."""
        with self._qlock:
            f = self._qs().document(id=clean_query(quote_id))
        if not f:
            raise NotFoundError(f"no quote with id {quote_id!r}")
        return self.speaker_table().canonical(Quote.model_validate_json(f["quote"]))

    def speaker_overrides(self) -> dict[str, str]:
        """The user's speaker merges and renames for this corpus (``{name or alias: canonical name}``)."""
        from .annotations import AnnotationStore

        try:
            return AnnotationStore.open(self.corpus).speaker_overrides()
        except Exception:  # an unreadable store is reported where it is edited; no merges meanwhile
            return {}

    def _speaker_stamp(self) -> tuple:
        """What the speaker table depends on, cheaply: the manifest's index generations, and the
        stored table's and the annotations' file stats."""
        from .annotations.store import FILE_NAME
        from .config import corpus_data_dir
        from .speaker_table import TABLE_FILE, manifest_stamp

        stats = []
        for path in (self.index_dir / TABLE_FILE, corpus_data_dir(self.corpus) / FILE_NAME):
            try:
                st = path.stat()
                stats.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                stats.append(None)
        return tuple(manifest_stamp(self.index_dir)), *stats

    def speaker_table(self, overrides: dict[str, str] | None = None) -> SpeakerTable:
        """The canonical speakers of the corpus (the user's merges applied unless ``overrides`` are
        given): the one source of every speaker name and count. The index stores it after every
        update (:mod:`.speaker_table`); with merges, or for an index without it, it is built here."""
        from .speaker_table import build_from_manifest, load_table

        stamp = (self._speaker_stamp(), None if overrides is None else tuple(sorted(overrides.items())))
        with self._lock:
            if self._table is not None and self._table[0] == stamp:
                return self._table[1]
        over = self.speaker_overrides() if overrides is None else overrides
        table = (None if over else load_table(self.index_dir, list(stamp[0][0]))) \
            or build_from_manifest(self.index_dir, over)
        with self._lock:
            self._table = (stamp, table)
        return table

    def speakers(self, overrides: dict[str, str] | None = None) -> list[Speaker]:
        """Speakers across the corpus with counts, aliases, roles and kind; named ones first, most
        quoted first (see :meth:`speaker_table`)."""
        return self.speaker_table(overrides).speakers

    def _speaker_articles(self, names: list[str]) -> Q.Query:
        """A filter for the articles that quote any speaker these names mean."""
        table = self.speaker_table()
        arts = sorted({a for n in names for s in table.find(n) for a in s.articles})
        return Q.Or([Q.Term("id", a) for a in arts]) if arts else Q.NullQuery


def open_library(corpus: str | Path | None = None, index_dir: str | Path | None = None, *,
                 auto_index: bool = True, progress: Progress | None = None) -> Library:
    """The library for ``corpus`` (default: ``$BRIEFING_CORPUS``, else the corpus an index folder named holds,
    else the seeds), indexing it if needed."""
    lib = Library(*config.resolve_corpus_and_index(corpus, index_dir))
    if auto_index and (not lib.is_indexed() or lib.stale_reason()):
        lib.update(progress=progress)
    return lib


def catch_up_here(corpus: str, index_dir: str, update: bool) -> tuple[IndexSummary | None, tuple | None]:
    """Index changed files (if ``update``) and build the speaker table (with its stamp), in this process."""
    from .indexer import update_index

    summary = update_index(Path(corpus), Path(index_dir)) if update else None
    lib = Library(Path(corpus), Path(index_dir))
    try:
        lib.speaker_table()
        return summary, lib._table
    finally:
        lib.close()
