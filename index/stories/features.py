"""What grouping knows of an article: outlet, date, named speakers and its key terms (index terms).

Key terms are the article's index terms (the body analyzer the index uses: stemmed, lower-cased),
headline terms counted three times, over the headline and the first words of the body (the lead
says what the event is). Features are cached per article hash beside the index, so after an update
only new and changed articles are analysed again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..atomic import atomic_write_text
from .models import STORIES_VERSION

LEAD_WORDS = 100000
"""Words of the body read for key terms."""
TITLE_WEIGHT = 3
CACHE_NAME = "stories-features.json"


@dataclass
class ArticleFeatures:
    """Grouping features of one article."""

    id: str
    hash: str
    title: str
    source: str
    date: dt.date | None
    speakers: frozenset[str]
    counts: dict[str, int] = field(default_factory=dict)


def _stop() -> set[str]:
    from ..compare.similarity import STOP

    return STOP


def _keep(term: str, stop: set[str]) -> bool:
    return term not in stop and len(term) > 1 and not term.isdigit()


def key_term_counts(title: str, body: str) -> dict[str, int]:
    """Index terms of the headline (x3) and the body's lead, stop words dropped.

    Each distinct written word is analysed once (the analyzer's ``term_counts``), not every token: the
    features of 840 articles took 1.8 s of a first story's 2.5 s token by token."""
    from ..compare.similarity import analyzer

    stop, an = _stop(), analyzer()
    lead = " ".join(body.split(None, LEAD_WORDS)[:LEAD_WORDS])
    counts = getattr(an, "term_counts", None) or (lambda text: dict(Counter(t.text for t in an(text))))
    c: dict[str, int] = {}
    for weight, text in ((TITLE_WEIGHT, title or ""), (1, lead)):
        for term, n in counts(text).items():
            if _keep(term, stop):
                c[term] = c.get(term, 0) + weight * n
    return c


def speaker_keys(speakers_field: str) -> frozenset[str]:
    """Surnames of the named speakers an article quotes (the index's ``speakers`` field)."""
    out = set()
    for name in (speakers_field or "").split(" ; "):
        words = [w for w in name.replace(".", " ").split() if w[:1].isupper()]
        if len(words) >= 2:  # a person's name ("James Comey"), not "officials" or "he"
            out.add(words[-1].lower())
    return frozenset(out)


def _date(v) -> dt.date | None:
    return v.date() if isinstance(v, dt.datetime) else v if isinstance(v, dt.date) else None


def from_fields(f: dict, counts: dict[str, int] | None = None) -> ArticleFeatures:
    """Features of an article from its stored index fields (key terms computed unless given)."""
    title = f.get("title") or ""
    return ArticleFeatures(
        id=f["id"], hash=f.get("hash", ""), title=title, source=f.get("source") or "", date=_date(f.get("date")),
        speakers=speaker_keys(f.get("speakers") or ""),
        counts=counts if counts is not None else key_term_counts(title, f.get("body") or ""))


def _row(f: ArticleFeatures) -> list:
    return [f.id, f.hash, f.title, f.source, f.date.isoformat() if f.date else None, sorted(f.speakers), f.counts]


def _from_row(r: list) -> ArticleFeatures:
    return ArticleFeatures(id=r[0], hash=r[1], title=r[2], source=r[3],
                           date=dt.date.fromisoformat(r[4]) if r[4] else None, speakers=frozenset(r[5]), counts=r[6])


def load_cache(path: Path) -> dict[tuple[str, str], ArticleFeatures]:
    """``{(id, hash): features}`` from the cache file (empty if missing, of another version or unreadable).
    One article a line, each parsed on its own: a thread reading it never holds the interpreter long (one
    parse of the whole file held it 160 ms for 840 articles, a stall of the app's screen)."""
    try:
        lines = path.read_text("utf-8").splitlines()
        head = json.loads(lines[0]) if lines else {}
        if head.get("version") != STORIES_VERSION or head.get("format") != "lines":
            return {}  # (another version, or the earlier one-document file: computed again once)
        out = {}
        for line in lines[1:]:
            r = json.loads(line)
            out[(r[0], r[1])] = _from_row(r)
        return out
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return {}


def save_cache(path: Path, feats: Iterable[ArticleFeatures]) -> None:
    """Write the features of these articles (atomically): a header line, then one article a line."""
    lines = [json.dumps({"version": STORIES_VERSION, "format": "lines"})]
    lines += [json.dumps(_row(f), separators=(",", ":")) for f in feats]
    atomic_write_text(path, "\n".join(lines) + "\n")


def _indexed(lib) -> list[tuple[str, str]]:
    """(id, hash) of every indexed article: from the manifest, else from the stored fields."""
    from ..engine.store import read_manifest

    m = read_manifest(lib.index_dir)
    if m is not None:
        pairs = [(i, e.hashes[k] if k < len(e.hashes) else "") for e in m.files.values() for k, i in enumerate(e.ids)]
        if all(h for _, h in pairs):
            return pairs
    with lib._lock:
        return [(f["id"], f.get("hash", "")) for f in lib._s().all_stored_fields() if "id" in f]


def library_features(lib) -> tuple[list[ArticleFeatures], int]:
    """Features of every indexed article and how many were computed afresh (the others come from the
    cache beside the index, so adding an article costs only that article's analysis)."""
    from ..search import clean_query

    cache_path = Path(lib.index_dir) / CACHE_NAME
    cache = load_cache(cache_path)
    indexed = _indexed(lib)
    missing = {aid for aid, h in indexed if (aid, h) not in cache}
    fields_of: dict[str, dict] = {}
    with lib._lock:
        searcher = lib._s()
        if len(missing) > 50:  # many new articles (a first run): one pass over the stored fields
            fields_of = {f["id"]: f for f in searcher.all_stored_fields() if f.get("id") in missing}
        else:
            for aid in missing:
                f = searcher.document(id=clean_query(aid))
                if f:
                    fields_of[aid] = f
    out: list[ArticleFeatures] = []
    fresh = 0
    for aid, h in indexed:
        f = cache.get((aid, h))
        if f is None:
            if aid not in fields_of:
                continue
            f = from_fields(fields_of[aid])
            fresh += 1
        out.append(f)
    if fresh or len(cache) != len(out):
        try:
            save_cache(cache_path, out)
        except OSError as exc:  # a read-only index folder: said once, recomputed next time, nothing lost
            import warnings

            warnings.warn(f"story features not cached ({exc}); they are computed again next time", stacklevel=2)
    out.sort(key=lambda a: a.id)
    return out, fresh
