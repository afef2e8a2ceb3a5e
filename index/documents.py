"""What the index stores for an article and for a quote (Whoosh field dictionaries)."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from .errors import QuoteExtractionError
from .models import Article, Quote


def quote_engine():
    """(extract_quotes, speaker_names, version) of the quote extractor, or no-ops if unavailable."""
    try:
        from .quotes import EXTRACTOR_VERSION, extract_quotes, speaker_names
    except ImportError:
        return (lambda body, article_id="", strict=False: []), (lambda name: [name]), "none"
    return extract_quotes, speaker_names, EXTRACTOR_VERSION


def safe_extract(extract, a: Article) -> list[Quote]:
    """Quotes of an article; extraction never stops indexing (the article stays searchable), and a failure
    is kept in ``a.quote_error`` for the run's summary to report."""
    try:
        quotes = list(extract(a.body, a.id, strict=True))
    except QuoteExtractionError as exc:  # the rules' own failure: the article is indexed without quotes
        a.quote_error = str(exc)
        return []
    except Exception as exc:  # anything else, the same
        a.quote_error = f"{type(exc).__name__}: {exc}"
        return []
    a.quote_error = None
    return quotes


def quote_failure_notice(failed: dict[str, str], names: int = 3, indexed: bool = True) -> str | None:
    """The one message a run gives about articles whose quotes could not be extracted (``id → why``);
    ``indexed``: they were indexed (searchable, without quotes), else only read."""
    if not failed:
        return None
    n = len(failed)
    shown = "; ".join(f"{aid} ({why})" for aid, why in list(failed.items())[:names]) + ("; …" if n > names else "")
    them = "them" if n != 1 else "it"
    tail = (f"{'They are' if n != 1 else 'It is'} indexed and searchable, but no quotes or speakers are listed from {them}."
            if indexed else f"No quotes are listed from {them}.")
    return f"Quotes could not be extracted from {n} article{'s' if n != 1 else ''}: {shown}. {tail}"


def _when(d: dt.date | None) -> dt.datetime | None:
    return dt.datetime(d.year, d.month, d.day) if d else None


def article_document(a: Article, quotes: list[Quote], names: Callable[[str], list[str]]) -> dict:
    """The Whoosh fields of an article (``speakers`` lists every name of every speaker quoted)."""
    forms: list[str] = []
    for q in quotes:
        if q.speaker:
            forms.extend(names(q.speaker))
    doc = dict(id=a.id, path=a.path, title=a.title, source=a.source or "", url=a.url or "",
               author=a.author or "", body=a.body, hash=a.hash, mtime_ns=a.mtime_ns, size=a.size,
               format=a.format, extractor=a.extractor or "", partial=a.partial or "", speakers=" ; ".join(dict.fromkeys(forms)),
               sortdate=int(a.date.strftime("%Y%m%d")) if a.date else 0)
    if a.date:
        doc["date"] = _when(a.date)
    return doc


def quote_document(q: Quote, a: Article, names: Callable[[str], list[str]]) -> dict:
    """The Whoosh fields of a quote (its text is the ``body``; the whole model is stored)."""
    doc = dict(id=q.id, article_id=a.id, article_hash=a.hash, path=a.path, source=a.source or "",
               body=q.text, speaker=" ; ".join(names(q.speaker)) if q.speaker else "",
               kind=q.kind, cue=(q.cue or "").lower(), quote=q.model_dump_json())
    if a.date:
        doc["date"] = _when(a.date)
    return doc


def speaker_rows(quotes: list[Quote], body: str = "") -> list[list]:
    """Compact per-article speaker tallies for the manifest: [article id, speaker, role, mention, n, names].

    ``names`` are the full names in ``body`` sharing the surname of a surname-only speaker or mention
    (``Trump``, ``Mrs. Trump``), so the corpus-wide speakers can tell which Trump an article means.
    """
    from .quotes.canonical import surname_names

    rows: dict[tuple, int] = {}
    for q in quotes:
        if q.speaker:
            key = (q.article_id, q.speaker, q.speaker_role or "", q.speaker_mention or "")
            rows[key] = rows.get(key, 0) + 1
    return [[*k, n, surname_names(body, k[1], k[3])] for k, n in rows.items()]
