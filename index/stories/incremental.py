"""Stories kept current as articles are added: the grouping is stored beside the index and a new or
changed article is placed into the existing story it matches best (or a story of its own) with the
grouping's own rule, instead of grouping the whole corpus again.

A new article joins the story whose articles it matches on average at ``LINK`` or more (the average
linkage :func:`.grouping.cluster` merges by; a pair without a score counts as 0), the best such story
if several do. Term weights (document frequencies) are kept with the grouping and updated as articles
come and go. A full regroup happens on a first run, when the stored grouping is of another version or
unreadable, when asked (``regroup=True``, ``briefing stories --regroup``), or when the index is rebuilt
(the file is removed with the other index files).
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from pathlib import Path

from pydantic import Field

from ..atomic import atomic_write_text
from ..engine.store import MANIFEST_FILE
from ..models import Record
from .features import ArticleFeatures
from .grouping import (CANDIDATE_TERMS, DAY_PENALTY, KEY_TERMS, LINK, MAX_DF, SPEAKER_BONUS, WINDOW_DAYS, _days,
                       cluster, pair_scores)
from .models import STORIES_VERSION

GROUPS_NAME = "stories-groups.json"


class StoryGroupsFile(Record):
    """The stored grouping: which articles (at which content hash) form each story, and the term
    document frequencies the grouping weighed terms with."""

    version: int = STORIES_VERSION
    articles: dict[str, str] = Field(default_factory=dict, description="article id -> content hash grouped")
    groups: list[list[str]] = Field(default_factory=list, description="article ids of each group of two or more")
    df: dict[str, int] = Field(default_factory=dict)
    n: int = 0


class Grouping:
    """Articles grouped into stories, kept current one article at a time."""

    def __init__(self, feats: list[ArticleFeatures], groups: list[list[str]], df: Counter[str], n: int) -> None:
        self.feats = {f.id: f for f in feats}
        self.df, self.n = df, n
        self.group_of: dict[str, int] = {}
        self.members: dict[int, list[str]] = {}
        self._next = 0
        for g in groups:
            self._new_group(list(g))
        for f in feats:
            if f.id not in self.group_of:
                self._new_group([f.id])
        self._by_date = sorted((f.date.toordinal(), f.id) for f in feats if f.date)
        self._vecs: dict[str, dict[str, float]] = {}

    # ------------------------------------------------------------------ building
    @classmethod
    def full(cls, feats: list[ArticleFeatures]) -> "Grouping":
        """Every article grouped afresh (:func:`.grouping.cluster` over all pair scores)."""
        df: Counter[str] = Counter()
        for f in feats:
            df.update(f.counts.keys())
        scores, _ = pair_scores(feats, (df, len(feats)))
        groups = [[feats[i].id for i in g] for g in cluster(len(feats), scores) if len(g) > 1]
        return cls(feats, groups, df, len(feats))

    def _new_group(self, ids: list[str]) -> None:
        k = self._next
        self._next += 1
        self.members[k] = ids
        for i in ids:
            self.group_of[i] = k

    # ------------------------------------------------------------------ placing
    def add(self, f: ArticleFeatures) -> None:
        """Place a new article into the story it matches best on average (at least ``LINK``), or alone."""
        self.feats[f.id] = f
        self.df.update(f.counts.keys())
        self.n += 1
        self._vecs.clear()
        if f.date:
            bisect.insort(self._by_date, (f.date.toordinal(), f.id))
        totals: Counter[int] = Counter()
        for other, sc in self.scores_of(f).items():
            totals[self.group_of[other]] += sc
        best = max(((t / len(self.members[k]), -k) for k, t in totals.items()), default=None)
        if best is not None and best[0] >= LINK:
            k = -best[1]
            self.members[k].append(f.id)
            self.group_of[f.id] = k
        else:
            self._new_group([f.id])

    # ------------------------------------------------------------------ scoring (the rule of pair_scores)
    def _vector(self, f: ArticleFeatures) -> dict[str, float]:
        v = self._vecs.get(f.id)
        if v is None:
            n = max(1, self.n)
            w = [((1 + math.log(min(c, 63))) * math.log((n + 1) / d), t) for t, c in f.counts.items()
                 if (d := self.df.get(t, 0)) > 1]
            top = heapq.nlargest(KEY_TERMS, w)
            norm = math.sqrt(sum(x * x for x, _ in top)) or 1.0
            v = self._vecs[f.id] = {t: x / norm for x, t in top}
        return v

    def _strong(self, v: dict[str, float]) -> set[str]:
        limit = MAX_DF * self.n if self.n >= 40 else self.n
        return {t for t in heapq.nlargest(CANDIDATE_TERMS, v, key=v.__getitem__) if self.df[t] <= limit}

    def scores_of(self, f: ArticleFeatures) -> dict[str, float]:
        """``{article id: score}`` of the articles ``f`` links to, by the rule of :func:`.grouping.pair_scores`:
        within ``WINDOW_DAYS``, sharing a strong uncommon term, cosine plus shared speakers minus days apart."""
        v = self._vector(f)
        strong = self._strong(v)
        if f.date:
            o = f.date.toordinal()
            lo = bisect.bisect_left(self._by_date, (o - WINDOW_DAYS, ""))
            hi = bisect.bisect_right(self._by_date, (o + WINDOW_DAYS, "\uffff"))
            near = [i for _, i in self._by_date[lo:hi]] + [i for i, g in self.feats.items() if g.date is None]
        else:
            near = list(self.feats)
        out = {}
        for aid in near:
            if aid == f.id:
                continue
            g = self.feats[aid]
            if not any(t in g.counts for t in strong):  # cheap: no shared term at all
                continue
            w = self._vector(g)
            shared = strong & self._strong(w)
            if not shared or sum(v[t] * w[t] for t in shared) < 0.01:
                continue
            a, b = (v, w) if len(v) <= len(w) else (w, v)
            cos = sum(x * b.get(t, 0.0) for t, x in a.items())
            sc = cos + SPEAKER_BONUS * min(2, len(f.speakers & g.speakers)) - DAY_PENALTY * _days(f.date, g.date)
            if sc >= LINK * 0.5:
                out[aid] = sc
        return out

    # ------------------------------------------------------------------ reading
    def groups(self) -> list[list[str]]:
        """The article ids of every story of two or more articles."""
        return [sorted(m) for m in self.members.values() if len(m) > 1]

    def to_file(self) -> StoryGroupsFile:
        return StoryGroupsFile(articles={i: f.hash for i, f in self.feats.items()}, groups=self.groups(),
                               df={t: c for t, c in self.df.items() if c > 0}, n=self.n)


def load_groups(path: Path) -> StoryGroupsFile | None:
    """The stored grouping, or None if missing, unreadable or of another version."""
    try:
        data = StoryGroupsFile.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if data.version == STORIES_VERSION else None


def current_grouping(feats: list[ArticleFeatures], stored: StoryGroupsFile | None, regroup: bool = False
                     ) -> tuple[Grouping, int]:
    """The grouping of ``feats``: the stored one with removed, changed and new articles placed again,
    or a full regroup (first run, ``regroup``). Returns it and how many articles were new, changed or removed (-1: grouped in full)."""
    if stored is None or regroup:
        return Grouping.full(feats), -1
    by_id = {f.id: f for f in feats}
    keep = [by_id[i] for i, h in stored.articles.items() if i in by_id and by_id[i].hash == h]
    kept = {f.id for f in keep}
    df, n = Counter(stored.df), stored.n
    if len(keep) != len(stored.articles):  # articles removed or changed: their old terms are not known
        df, n = Counter(), len(keep)
        for f in keep:
            df.update(f.counts.keys())
    g = Grouping(keep, [[i for i in grp if i in kept] for grp in stored.groups], df, n)
    new = sorted((f for f in feats if f.id not in kept), key=lambda f: (f.date is None, f.date, f.id))
    for f in new:
        g.add(f)
    return g, len(new) + sum(i not in by_id for i in stored.articles)


def stories_of(g: Grouping, *, since=None, until=None, min_articles: int = 2, keep_undated: bool = False) -> list:
    """The :class:`Story` records of a grouping, most recent first; ``since``/``until`` keep the articles
    published in that range (undated ones when no range is given, or with ``keep_undated``)."""
    import datetime as dt

    from .grouping import make_story

    out = []
    for ids in g.groups():
        sub = [g.feats[i] for i in ids]
        if since or until:
            sub = [f for f in sub if (f.date is None and keep_undated)
                   or (f.date and (not since or f.date >= since) and (not until or f.date <= until))]
        if len(sub) < min_articles:
            continue
        scores, _ = pair_scores(sub, (g.df, max(1, g.n)))
        out.append(make_story(sub, list(range(len(sub))), scores))
    out.sort(key=lambda s: (s.last or dt.date.min, len(s.articles), s.id), reverse=True)
    return out


def library_grouping(lib, regroup: bool = False) -> tuple[Grouping, int]:
    """The library's stories kept current: features from their cache, the stored grouping with new and
    changed articles placed (a full regroup on a first run or with ``regroup``), stored again when it
    changed. Returns the grouping and how many articles were new, changed or removed (-1: grouped in full)."""
    from .features import CACHE_NAME, library_features

    path = Path(lib.index_dir) / GROUPS_NAME
    files = [Path(lib.index_dir) / name for name in (MANIFEST_FILE, CACHE_NAME, GROUPS_NAME)]
    memo = getattr(lib, "_story_grouping", None)
    if not regroup and memo is not None and memo[0] == _stamps(files) and memo[0][0] is not None:
        return memo[1], 0  # nothing changed on disk: the grouping this library last read (no file parsed)
    feats, _ = library_features(lib)
    stored = None if regroup else load_groups(path)
    g, placed = current_grouping(feats, stored, regroup)
    if placed:
        try:
            atomic_write_text(path, g.to_file().model_dump_json())
        except OSError as exc:  # a read-only index folder: said once, grouped again next time, nothing lost
            import warnings

            warnings.warn(f"story grouping not stored ({exc}); it is computed again next time", stacklevel=2)
    lib._story_grouping = (_stamps(files), g)
    return g, placed


def _stamps(files: list[Path]) -> tuple:
    """(modification time, size) of each file (None: missing): what the grouping was read from."""
    out = []
    for f in files:
        try:
            st = f.stat()
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            out.append(None)
    return tuple(out)
