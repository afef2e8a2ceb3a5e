"""One name per person across the corpus: the canonical speakers every view counts with.

The index keeps, per article, tallies of the speakers its quotes name (``[article id, speaker, role,
mention, n, names]``; ``names`` are the full names in the article that share a surname-only
speaker's surname). :func:`build_table` turns those rows into a :class:`SpeakerTable`:

- ``Donald J. Trump``, ``Republican presidential hopeful Donald Trump`` and ``Donald Trump`` are one
  person (same first and last name; the words before the name are a role, middle initials are dropped);
- ``Trump`` and ``Mr. Trump`` join the one person of the corpus with that surname; when several
  people share it (Donald, Melania, Ivanka Trump) they join the one their article names, and are
  otherwise kept apart as ``Trump``;
- a courtesy title must agree with what the corpus says of the person (``he``/``she``): ``Mrs.
  Trump`` never joins a man, even when the quote's article gave it to one;
- the canonical name is the fullest plain form (no role words) that is not a rare variant;
- speakers that are no person or organisation (a place, a platform, a document, a clause fragment)
  rank after the named ones, descriptions (``analysts``, ``the firm``) between them.

Every view (``briefing speakers``, ``briefing quotes --speaker``, ``speaker:`` queries, the app,
exports) asks the same table, so they all give the same speakers and counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Mapping

from ..models import Quote, Speaker, SpeakerTableFile
from .name_forms import clean_role, fold, parse_name, validity

_PRONOUNS = {"it", "its", "they", "them", "their", "we", "i", "you", "one", "this", "that", "who"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_RANK = {"named": 0, "group": 1, "other": 2}
RARE_VARIANT = 0.2
"""A plain form used less than this share of the commonest one cannot be the canonical name."""


def article_names(body: str, surname: str) -> list[str]:
    """The full names (two to four capitalised words) ending in ``surname`` that ``body`` writes."""
    if not surname or not body:
        return []
    rx = re.compile(r"\b((?:[A-Z][\w’'-]*\.?\s+){1,3})" + re.escape(surname) + r"\b")
    return list(dict.fromkeys(m.group(0) for m in rx.finditer(body)))


def surname_names(body: str, speaker: str, mention: str) -> list[str]:
    """:func:`article_names` for a surname-only speaker or a courtesy-titled mention, else []."""
    f = parse_name(speaker)
    m = parse_name(mention) if mention else None
    form = f if f.single else m if m is not None and m.single and m.gender else None
    if form is None:
        return []
    return article_names(body, form.plain.split()[-1])


_SPEAKER_TERM = re.compile(r'(?<![\w:])(?:speakers?|who):(?:"([^"]*)"|(\S+))', re.I)


def split_speaker_terms(query: str | None) -> tuple[str | None, list[str]]:
    """``('backdoor', ['trump'])`` for ``'speaker:trump backdoor'``: the ``speaker:`` (``who:``) terms of a
    query are resolved to canonical speakers, not matched as words (several terms: any of them)."""
    if not query or ":" not in query:
        return query, []
    names = [a or b for a, b in (m.groups() for m in _SPEAKER_TERM.finditer(query))]
    if not names:
        return query, []
    rest = _SPEAKER_TERM.sub(" ", query)
    rest = re.sub(r"^\s*(?:AND|OR)\b|\b(?:AND|OR)\s*$", "", " ".join(rest.split())).strip()
    return rest, [n.strip() for n in names if n.strip()]


class SpeakerTable:
    """The canonical speakers of a corpus and the rule that gives every quote its speaker."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self._by_name: dict[str, Speaker] = {}  # folded canonical name or alias -> speaker (most rows)
        self._pair: dict[tuple[str, str], str] = {}  # (speaker, mention) -> canonical name, without context
        self._local: dict[tuple[str, str, str], str] = {}  # (article, speaker, mention) -> where it differs
        self._roles: dict[tuple[str, str], str] = {}  # (speaker, mention) -> the role its words carried
        self._forms: dict[str, set[str]] = defaultdict(set)  # canonical name -> speaker strings it covers

    # ------------------------------------------------------------------ on disk
    def to_file(self, stamp: list[int]) -> SpeakerTableFile:
        """The table as the index stores it (``stamp``: the manifest file it was built from)."""
        return SpeakerTableFile(manifest=stamp, speakers=self.speakers,
                                pairs=[[a, b, c] for (a, b), c in self._pair.items() if c != a],
                                local=[[a, b, c, d] for (a, b, c), d in self._local.items()],
                                roles=[[a, b, c] for (a, b), c in self._roles.items()],
                                forms={k: sorted(v) for k, v in self._forms.items() if v != {k}})

    @classmethod
    def from_file(cls, f: SpeakerTableFile) -> "SpeakerTable":
        """The table a :meth:`to_file` record holds."""
        t = cls()
        t.speakers = f.speakers
        t._pair = {(a, b): c for a, b, c in f.pairs}
        t._local = {(a, b, c): d for a, b, c, d in f.local}
        t._roles = {(a, b): c for a, b, c in f.roles}
        t._forms.update({k: set(v) for k, v in f.forms.items()})
        t._index_names()
        return t

    def _index_names(self) -> None:
        for s in reversed(self.speakers):  # an alias names the best-ranked speaker it belongs to
            for a in s.aliases:
                self._by_name[fold(a)] = s
        for s in self.speakers:
            self._by_name[fold(s.name)] = s

    # ------------------------------------------------------------------ lookups
    def speaker_of(self, article_id: str, speaker: str | None, mention: str | None = None) -> str | None:
        """The canonical name of a quote's speaker (None for an unattributed quote)."""
        if not speaker:
            return None
        m = mention or ""
        return self._local.get((article_id, speaker, m)) or self._pair.get((speaker, m)) or speaker

    def canonical(self, q: Quote) -> Quote:
        """The quote with its canonical speaker (the role the corpus form carried kept as its role)."""
        name = self.speaker_of(q.article_id, q.speaker, q.speaker_mention)
        if name == q.speaker:
            return q
        role = q.speaker_role or self._roles.get((q.speaker or "", q.speaker_mention or ""))
        return q.model_copy(update={"speaker": name, "speaker_role": role})

    def find(self, name: str) -> list[Speaker]:
        """The speakers ``name`` means: the one it names or is an alias of, else every speaker with
        ``name`` as whole words in one of its names (``Melania`` -> Melania Trump)."""
        key = fold(name)
        if not key:
            return []
        if key in self._by_name:
            return [self._by_name[key]]
        rx = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in key.split()) + r"\b")
        return [s for s in self.speakers if any(rx.search(fold(n)) for n in (s.name, *s.aliases))]

    def forms(self, speakers: Iterable[Speaker]) -> set[str]:
        """The speaker strings (as quotes carry them) that these canonical speakers cover."""
        out: set[str] = set()
        for s in speakers:
            out |= self._forms.get(s.name) or {s.name}
        return out


def _group_name(forms: Counter, fallback: str) -> str:
    """The fullest plain form that is not a rare variant (ties: the commonest)."""
    if not forms:
        return fallback
    top = max(forms.values())
    usable = [f for f, c in forms.items() if c >= top * RARE_VARIANT]
    return max(usable, key=lambda f: (len(f.split()), forms[f], f))


def _new_group() -> dict:
    return {"forms": Counter(), "raw": Counter(), "aliases": set(), "roles": Counter(), "count": 0,
            "articles": set(), "written": Counter()}


def build_table(rows: Iterable, overrides: Mapping[str, str] | None = None) -> SpeakerTable:
    """The :class:`SpeakerTable` of a corpus from its per-article speaker rows (see the module doc).

    ``overrides`` (the user's merges and renames, ``{name or alias: canonical name}``) win.
    """
    data = [(str(r[0]), r[1], r[2] or "", r[3] or "", int(r[4]), r[5] if len(r) > 5 else ())
            for r in rows if r[1]]
    # people with a full name, and what the corpus says of their gender
    gender: dict[str, Counter] = defaultdict(Counter)
    by_surname: dict[str, set[str]] = defaultdict(set)
    named_in: dict[str, set[str]] = defaultdict(set)  # article -> identities it names
    for aid, sp, _role, men, n, names in data:
        f = parse_name(sp)
        if f.identity:
            by_surname[f.surname].add(f.identity)
            named_in[aid].add(f.identity)
            low = men.lower()
            mf = parse_name(men) if men and low not in _MALE | _FEMALE else None
            if low in _MALE or (mf is not None and mf.identity == f.identity and mf.gender == "m"):
                gender[f.identity]["m"] += n
            elif low in _FEMALE or (mf is not None and mf.identity == f.identity and mf.gender == "f"):
                gender[f.identity]["f"] += n
        for full in names:
            g = parse_name(full)
            if g.identity:
                named_in[aid].add(g.identity)

    def sex(identity: str) -> str | None:
        c = gender.get(identity)
        if not c:
            return None
        return "m" if c["m"] > 2 * c["f"] else "f" if c["f"] > 2 * c["m"] else None

    def assign(aid: str | None, sp: str, men: str) -> str:
        f = parse_name(sp)
        mf = parse_name(men) if men and men.lower() not in _MALE | _FEMALE else None
        hon = f.gender or (mf.gender if mf is not None and mf.single else None)
        if f.identity and not (hon and sex(f.identity) and sex(f.identity) != hon):
            return "p:" + f.identity
        if not f.single and not f.identity:
            return "n:" + fold(f.plain or sp)
        cands = sorted(i for i in by_surname.get(f.surname, ()) if not hon or sex(i) in (None, hon))
        if len(cands) == 1:
            return "p:" + cands[0]
        if aid is not None:
            here = [i for i in cands if i in named_in.get(aid, ())]
            if len(here) == 1:
                return "p:" + here[0]
        return ("s:f:" if hon == "f" else "s:") + f.surname

    # every row to its group
    table = SpeakerTable()
    pair_key: dict[tuple[str, str], str] = {}
    row_keys: list[str] = []
    for aid, sp, _role, men, _n, _names in data:
        g = pair_key.get((sp, men))
        if g is None:
            g = pair_key[(sp, men)] = assign(None, sp, men)
        row_keys.append(assign(aid, sp, men) if g.startswith("s:") else g)  # only these depend on the article

    over = {fold(k): v for k, v in (overrides or {}).items()}
    groups: dict[str, dict] = {}
    for (aid, sp, role, men, n, _names), key in zip(data, row_keys):
        g = groups.get(key)
        if g is None:
            g = groups[key] = _new_group()
        f = parse_name(sp)
        g["raw"][sp] += n
        if (key.startswith("p:") and f.identity) or key.startswith("n:"):
            g["forms"][f.plain] += n
        if key.startswith("s:") and men and parse_name(men).gender:
            g["written"][men] += n
        g["aliases"].add(sp)
        if men and men.lower() not in _MALE | _FEMALE | _PRONOUNS and men[:1].isupper() and \
                not men.lower().startswith(("the ", "a ", "an ")):
            g["aliases"].add(men)
        for r in (clean_role(role) if role else None, f.role):
            if r:
                g["roles"][r] += n
        g["count"] += n
        g["articles"].add(aid)
    names: dict[str, str] = {}
    for key, g in groups.items():
        if key.startswith("p:"):
            names[key] = _group_name(g["forms"], key[2:].title())
        elif key.startswith("s:f:") and g["written"]:
            names[key] = g["written"].most_common(1)[0][0]
        elif key.startswith("n:") and g["forms"]:
            names[key] = max(g["forms"], key=lambda s: (g["forms"][s], s[:1].isupper(), s))
        else:
            names[key] = max(g["raw"], key=lambda s: (len(s.split()) > 1, g["raw"][s], len(s)))
    # the user's merges and renames: a group one of whose names is overridden joins the target
    if over:
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
                    t[k].update(g[k])
                t["count"] += g["count"]
                t["articles"] |= g["articles"]
        row_keys = [moved.get(k, k) for k in row_keys]
        pair_key = {p: moved.get(k, k) for p, k in pair_key.items()}

    for key, g in groups.items():
        name = names[key]
        sp = Speaker(name=name, aliases=sorted(g["aliases"] - {name}),
                     roles=[r for r, _ in g["roles"].most_common()], count=g["count"],
                     articles=sorted(g["articles"]), kind=validity(name))
        table.speakers.append(sp)
        table._forms[name] = set(g["raw"])
    table.speakers.sort(key=lambda s: (_RANK.get(s.kind, 2), -s.count, s.name.lower()))
    table._index_names()
    for (sp, men), key in pair_key.items():
        if key in groups:  # else every row of the pair went to the person its article names
            table._pair[(sp, men)] = names[key]
        role = parse_name(sp).role
        if role:
            table._roles[(sp, men)] = role
    for (aid, sp, _role, men, _n, _names), key in zip(data, row_keys):
        if key != pair_key[(sp, men)]:
            table._local[(aid, sp, men)] = names[key]
    return table


def merge_speakers(quotes: Iterable[Quote], overrides: Mapping[str, str] | None = None) -> list[Speaker]:
    """The canonical speakers of a list of quotes (see :func:`build_table`), named ones first, most quoted first."""
    rows: Counter = Counter()
    for q in quotes:
        if q.speaker:
            rows[(q.article_id, q.speaker, q.speaker_role or "", q.speaker_mention or "")] += 1
    return build_table(([*k, n] for k, n in rows.items()), overrides).speakers
