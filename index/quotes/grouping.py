"""The rules of :mod:`.canonical`, applied: per-article speaker rows -> groups of one person each.

One pass over the rows gathers what the corpus knows (full names by surname, the people each article
names, he/she evidence per person); a second gives every row its group; the groups are then named,
merged by the user's overrides, ranked and turned into a :class:`SpeakerTable`.
"""

from __future__ import annotations

import gc
from collections import Counter
from typing import Iterable, Mapping

from ..models import Quote, Speaker
from .canonical import SpeakerTable
from .name_forms import clean_role, fold, parse_name, validity

_PRONOUNS = {"it", "its", "they", "them", "their", "we", "i", "you", "one", "this", "that", "who"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_RANK = {"named": 0, "group": 1, "other": 2}
RARE_VARIANT = 0.2
"""A plain form used less than this share of the commonest one cannot be the canonical name."""


def _add(d: dict, k, n: int) -> None:
    d[k] = d.get(k, 0) + n


def _group_name(forms: dict[str, int], fallback: str) -> str:
    """The fullest plain form that is not a rare variant (ties: the commonest)."""
    if not forms:
        return fallback
    top = max(forms.values())
    return max((f for f, c in forms.items() if c >= top * RARE_VARIANT), key=lambda f: (len(f.split()), forms[f], f))


class _Corpus:
    """What the rows say: people by surname, the people each article names, he/she per person.

    Rows repeat their (speaker, mention) pair across articles: what a pair says is worked out once.
    """

    def __init__(self, data: list[tuple]) -> None:
        self.by_surname: dict[str, set[str]] = {}
        self.named_in: dict[str, set[str]] = {}
        named_in = self.named_in
        votes: dict[str, list[int]] = {}
        pairs: dict[tuple[str, str], tuple[str, str | None]] = {}
        for aid, sp, _role, men, n, names in data:
            ident, g = pairs.get((sp, men)) or pairs.setdefault((sp, men), self._evidence(sp, men))
            if ident:
                here = named_in.get(aid)
                if here is None:
                    here = named_in[aid] = set()
                here.add(ident)
                if g is not None:
                    v = votes.get(ident)
                    if v is None:
                        v = votes[ident] = [0, 0]
                    v[g == "f"] += n
            for full in names:
                ident = parse_name(full).identity
                if ident:
                    named_in.setdefault(aid, set()).add(ident)
        self.sex = {i: "m" if m > 2 * f else "f" if f > 2 * m else None for i, (m, f) in votes.items()}

    def _evidence(self, sp: str, men: str) -> tuple[str, str | None]:
        """(identity of the speaker, 'm'/'f' its mention says or None); files the identity by surname."""
        f = parse_name(sp)
        if not f.identity:
            return "", None
        self.by_surname.setdefault(f.surname, set()).add(f.identity)
        low = men.lower()
        g = "m" if low in _MALE else "f" if low in _FEMALE else None
        if g is None and men and men != sp:
            mf = parse_name(men)
            g = mf.gender if mf.identity == f.identity else None
        return f.identity, g

    def resolve(self, sp: str, men: str) -> tuple[str, list[str]]:
        """The group of a pair without its article, and (for a surname several people share, an ``s:``
        group) the people it can be: the one its article names is its group there."""
        f = parse_name(sp)
        mf = parse_name(men) if men and men.lower() not in _MALE and men.lower() not in _FEMALE else None
        hon = f.gender or (mf.gender if mf is not None and mf.single else None)
        sex = self.sex.get
        if f.identity and not (hon and sex(f.identity) and sex(f.identity) != hon):
            return "p:" + f.identity, []
        if not f.single and not f.identity:
            return "n:" + fold(f.plain or sp), []
        cands = sorted(i for i in self.by_surname.get(f.surname, ()) if not hon or sex(i) in (None, hon))
        if len(cands) == 1:
            return "p:" + cands[0], []
        return ("s:f:" if hon == "f" else "s:") + f.surname, cands

    def assign(self, aid: str | None, sp: str, men: str) -> str:
        """The group of a row: ``p:`` a person, ``n:`` another name, ``s:`` a surname kept apart."""
        key, cands = self.resolve(sp, men)
        return self.in_article(aid, key, cands) if cands and aid is not None else key

    def in_article(self, aid: str, key: str, cands: list[str]) -> str:
        """``key`` (an ``s:`` group with these candidates) in article ``aid``."""
        names = self.named_in.get(aid, ())
        here = [i for i in cands if i in names]
        return "p:" + here[0] if len(here) == 1 else key


def _new_group() -> dict:
    return {"forms": {}, "raw": {}, "aliases": set(), "roles": {}, "count": 0, "articles": set(), "written": {}}


def _groups(agg: dict[tuple, list]) -> dict[str, dict]:
    groups: dict[str, dict] = {}
    for (key, sp, role, men), (n, arts) in agg.items():
        g = groups.get(key)
        if g is None:
            g = groups[key] = _new_group()
        f = parse_name(sp)
        _add(g["raw"], sp, n)
        if key[0] == "n" or (key[0] == "p" and f.identity):
            _add(g["forms"], f.plain, n)
        if key[0] == "s" and men and parse_name(men).gender:
            _add(g["written"], men, n)
        g["aliases"].add(sp)
        low = men.lower()
        if men and men[:1].isupper() and low not in _MALE and low not in _FEMALE and low not in _PRONOUNS \
                and not low.startswith(("the ", "a ", "an ")):
            g["aliases"].add(men)
        for r in (clean_role(role) if role else None, f.role):
            if r:
                _add(g["roles"], r, n)
        g["count"] += n
        g["articles"].update(arts)
    return groups


def _name(key: str, g: dict) -> str:
    if key.startswith("p:"):
        return _group_name(g["forms"], key[2:].title())
    if key.startswith("s:f:") and g["written"]:
        return max(g["written"], key=lambda s: (g["written"][s], s))
    if key.startswith("n:") and g["forms"]:
        return max(g["forms"], key=lambda s: (g["forms"][s], s[:1].isupper(), s))
    return max(g["raw"], key=lambda s: (len(s.split()) > 1, g["raw"][s], len(s)))


def _override(groups: dict, names: dict, overrides: Mapping[str, str]) -> dict[str, str]:
    """Merge the groups the user merged or renamed; returns {old group: new group}."""
    over = {fold(k): v for k, v in overrides.items()}
    by_fold = {fold(nm): k for k, nm in names.items()}
    moved: dict[str, str] = {}
    for key, g in groups.items():
        hit = next((over[fold(a)] for a in [names[key], *sorted(g["aliases"])] if fold(a) in over), None)
        if hit is not None:
            moved[key] = by_fold.get(fold(hit), "o:" + fold(hit))
            names[moved[key]] = hit
    for src, dst in moved.items():
        if src != dst:
            g, t = groups.pop(src), groups.setdefault(dst, _new_group())
            t["aliases"] |= g["aliases"] | {names[src]}
            for k in ("roles", "raw"):
                for x, n in g[k].items():
                    _add(t[k], x, n)
            t["count"] += g["count"]
            t["articles"] |= g["articles"]
    return moved


def group_rows(rows: Iterable, overrides: Mapping[str, str] | None = None) -> SpeakerTable:
    """The :class:`SpeakerTable` of rows ``[article id, speaker, role, mention, n(, names)]``.

    The cyclic garbage collector is paused meanwhile: the pass makes many small containers and
    nothing cyclic, and its collections were half the time (0.74 -> 0.31 s CPU at 39k rows).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        return _group_rows(rows, overrides)
    finally:
        if was:
            gc.enable()


def _group_rows(rows: Iterable, overrides: Mapping[str, str] | None) -> SpeakerTable:
    data = [(str(r[0]), r[1], r[2] or "", r[3] or "", int(r[4]), r[5] if len(r) > 5 else ())
            for r in rows if r[1]]
    corpus = _Corpus(data)
    pair_key: dict[tuple[str, str], str] = {}
    shared: dict[tuple[str, str], list[str]] = {}  # pair -> the people its surname can be
    agg: dict[tuple, list] = {}
    local: dict[tuple[str, str, str], str] = {}
    in_article = corpus.in_article
    for aid, sp, role, men, n, _names in data:
        key = pair_key.get((sp, men))
        if key is None:
            key, cands = corpus.resolve(sp, men)
            pair_key[(sp, men)] = key
            if cands:
                shared[(sp, men)] = cands
        if key[0] == "s":  # only a surname shared by several people depends on the article
            cands = shared.get((sp, men))
            here = in_article(aid, key, cands) if cands else key
            if here != key:
                local[(aid, sp, men)] = key = here
        a = agg.get((key, sp, role, men))
        if a is None:
            a = agg[(key, sp, role, men)] = [0, []]
        a[0] += n
        a[1].append(aid)
    groups = _groups(agg)
    names = {key: _name(key, g) for key, g in groups.items()}
    if overrides:
        moved = _override(groups, names, overrides)
        pair_key = {p: moved.get(k, k) for p, k in pair_key.items()}
        local = {r: moved.get(k, k) for r, k in local.items()}
    table = SpeakerTable()
    for key, g in groups.items():
        name = names[key]
        table.speakers.append(Speaker(name=name, aliases=sorted(g["aliases"] - {name}),
                                      roles=sorted(g["roles"], key=lambda r: -g["roles"][r]), count=g["count"],
                                      articles=sorted(g["articles"]), kind=validity(name)))
        table._forms[name] = set(g["raw"])
    table.speakers.sort(key=lambda s: (_RANK.get(s.kind, 2), -s.count, s.name.lower()))
    table._index_names()
    for (sp, men), key in pair_key.items():
        if key in groups:  # else every row of the pair went to the person its article names
            table._pair[(sp, men)] = names[key]
        role = parse_name(sp).role
        if role:
            table._roles[(sp, men)] = role
    table._local = {r: names[k] for r, k in local.items() if k != pair_key[(r[1], r[2])]}
    return table


def build_table(rows: Iterable, overrides: Mapping[str, str] | None = None) -> SpeakerTable:
    """The :class:`SpeakerTable` of a corpus from its per-article speaker rows (the rules: the module
    doc; the code: :mod:`.grouping`). ``overrides`` (the user's merges and renames) win."""
    return group_rows(rows, overrides)


def merge_speakers(quotes: Iterable[Quote], overrides: Mapping[str, str] | None = None) -> list[Speaker]:
    """The canonical speakers of a list of quotes (see :func:`build_table`), named ones first, most quoted first."""
    rows: Counter = Counter()
    for q in quotes:
        if q.speaker:
            rows[(q.article_id, q.speaker, q.speaker_role or "", q.speaker_mention or "")] += 1
    return build_table(([*k, n] for k, n in rows.items()), overrides).speakers
