"""What the app's thread workers do: call the core and post results; no widget is touched here."""

from __future__ import annotations

from typing import Callable

from briefing.index.errors import BriefingError
from briefing.index.sanitize import counted, one_line

from . import messages as M


def open_library(corpus, index_dir, post: Callable, post_threadsafe: Callable, rebuild: bool = False) -> None:
    """Open (indexing first if needed, with progress) and post LibraryReady/LibraryFailed."""
    from briefing.index.errors import IndexCorruptError

    try:
        from briefing.index.library import open_library as _open

        lib = _open(corpus, index_dir, auto_index=False)
        summary = None
        stale = getattr(lib, "stale_reason", lambda: None)
        if rebuild or not lib.is_indexed() or stale():
            summary = lib.update(rebuild=rebuild,
                                 progress=lambda phase, done, total: post_threadsafe(M.IndexProgress(phase, done, total)))
        try:
            lib.document_count()  # a damaged index fails here, in the worker, not in a handler
        except IndexCorruptError as exc:
            post(M.LibraryFailed(str(exc), corrupt=True))
            return
        post(M.LibraryReady(lib, summary))
    except IndexCorruptError as exc:
        post(M.LibraryFailed(str(exc), corrupt=True))
    except BriefingError as exc:
        post(M.LibraryFailed(str(exc)))
    except Exception as exc:  # the app must show a message, not die
        post(M.LibraryFailed(f"{type(exc).__name__}: {exc}"))


def catch_up(lib, post: Callable, update: bool = True) -> None:
    """After the first screen: index files changed since the last run, quietly, then load the speakers.

    Both walk the whole corpus or manifest, so they wait until the first results are on screen
    (and for large corpora run in another process, see ``Library.catch_up``).
    """
    try:
        summary, speakers = lib.catch_up(update)
    except Exception:  # another process is indexing, the folder is read-only...: the index as it is serves
        summary, speakers = None, None
    if summary is not None and (summary.added or summary.updated or summary.removed):
        post(M.LibraryReady(lib, summary))
    if speakers is None:
        try:
            speakers = lib.speakers()
        except Exception:
            speakers = []
    post(M.SpeakersLoaded(speakers))


def search(lib, query: str, limit: int, offset: int = 0, correct: bool = False) -> M.SearchDone:
    """Run one search (or fetch a further page); any failure becomes an error message, never silence."""
    try:
        result = lib.search(query, limit=limit, offset=offset, correct=correct)
        # the result names the query as typed: the library drops ``speaker:`` terms from the query it
        # runs, and ``speaker:X`` alone read as an empty box (the what's-new screen, "newest first")
        result.query = query
        return M.SearchDone(query, result, offset=offset, corrected=correct)
    except BriefingError as exc:
        return M.SearchDone(query, None, str(exc), offset=offset)
    except Exception as exc:  # the app waits for every search it starts
        return M.SearchDone(query, None, f"search failed: {type(exc).__name__}: {exc}", offset=offset)


def _titles(lib, ids, known: dict[str, str] | None = None) -> dict[str, str]:
    """Titles of these articles (``known`` ones are not looked up again)."""
    known = dict(known or {})
    missing = [i for i in dict.fromkeys(ids) if i not in known]
    if missing:
        try:
            known.update(lib.titles(missing))
        except BriefingError:
            pass
    return {i: known.get(i) or i for i in dict.fromkeys(ids)}


def search_quotes_label(quotes: int, articles: int, total: int | None = None, matching: int = 0) -> str:
    """'12 quotes in the 3 matching articles', or '… in the top 50 of 840 articles' when the quotes are
    those of the first page of a longer result; with ``matching`` quotes that match the query
    themselves, that count first ('2 of 12 quotes match the query · 3 articles'): a narrow pane
    cuts the end of the line."""
    if not articles:
        return "No matching articles, so no quotes"
    if total is not None and total > articles:
        scope = f"the top {articles:,} of {total:,} articles"
    else:
        scope = "the matching article" if articles == 1 else f"the {articles:,} matching articles"
    if matching:
        where = scope.replace("the matching article", "1 article").replace(" matching articles", " articles")
        return (f"{matching:,} of {counted(quotes, 'quote')} match{'es' if matching == 1 else ''} the query"
                f" · {where.removeprefix('the ')}")
    return f"{counted(quotes, 'quote')} in {scope}"


def quotes_for_search(lib, query: str, article_ids: list[str], titles: dict[str, str] | None = None,
                      total: int | None = None) -> M.QuotesLoaded:
    """Quotes of the matching articles, the quotes that match the query themselves first.

    Two searches of the quote index whatever the number of articles: the quotes of these articles
    that match the query, then every quote of these articles (in result order, then reading order).
    """
    matching = []
    if query.strip() and article_ids:
        try:
            matching = lib.quotes(query=query, article_ids=article_ids)  # every one: the count is "N of M"
        except BriefingError:
            matching = []
    seen = {q.id for q in matching}
    order = {aid: n for n, aid in enumerate(article_ids)}
    rest = [q for q in lib.quotes(article_ids=article_ids) if q.id not in seen]
    rest.sort(key=lambda q: (order.get(q.article_id, len(order)), q.start))
    quotes = matching + rest
    label = search_quotes_label(len(quotes), len(article_ids), total, len(matching))
    return M.QuotesLoaded("search", label, quotes, _titles(lib, [q.article_id for q in quotes], titles),
                          {q.id for q in matching})


def quotes_for_article(lib, article_id: str, title: str) -> M.QuotesLoaded:
    quotes = lib.quotes(article_id=article_id)
    return M.QuotesLoaded("article", f"{counted(len(quotes), 'quote')} in this article", quotes, {article_id: title})


def quotes_for_speaker(lib, speaker: str) -> M.QuotesLoaded:
    quotes = lib.quotes(speaker=speaker)
    label = f"{counted(len(quotes), 'quote')} by {one_line(speaker, 80)} across the corpus"
    return M.QuotesLoaded("speaker", label, quotes, _titles(lib, [q.article_id for q in quotes]))


def quotes_selected(lib, ids: list[str]) -> M.QuotesLoaded:
    """The selected quotes, in the order they were selected."""
    quotes = []
    for qid in ids:
        try:
            quotes.append(lib.quote(qid))
        except BriefingError:
            continue  # an orphan: its quote is no longer in the index (the store keeps the mark)
    return M.QuotesLoaded("selected", selected_label(len(quotes)), quotes, _titles(lib, [q.article_id for q in quotes]))


def selected_label(count: int) -> str:
    """The status of the selected-quotes view: '3 selected quotes · e exports them' (none: how to select)."""
    if not count:
        return "None selected: Space or x selects one"  # (fits the 40 columns of the pane at 120)
    return f"{count} selected quote{'s' if count != 1 else ''} · e exports them"


def load_article(lib, article_id: str, focus_offset: int | None = None, target: str = "main") -> M.ArticleLoaded:
    article = lib.article(article_id)
    return M.ArticleLoaded(article, lib.quotes(article_id=article_id), focus_offset, target)
