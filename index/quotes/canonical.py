"""One name per person across the corpus: the canonical speakers every view counts with.

The index keeps, per article, tallies of the speakers its quotes name (``[article id, speaker, role,
mention, n, names]``; ``names`` are the full names in the article that share a surname-only
speaker's surname). :func:`.grouping.build_table` turns those rows into a :class:`SpeakerTable`:

- ``Donald J. Trump``, ``Republican presidential hopeful Donald Trump`` and ``Donald Trump`` are one
  person (same first and last name; the words before the name are a role, middle initials are dropped);
- ``Joe Biden`` and ``Joseph R. Biden Jr.`` are one person: a nickname and a suffix are no second person
  when the rest of the name and what the corpus says of both agree (:mod:`.name_merge`);
- ``Trump`` and ``Mr. Trump`` join the one person of the corpus with that surname; when several
  people share it (Donald, Melania, Ivanka Trump) they join the one their article names, else the one
  whose role they carry or who has nearly all that surname's quotes (:mod:`.surname_owner`), and are
  otherwise kept apart as ``Trump``;
- ``The more moderate Kasich``, ``Labour's Livingstone`` are the surname, described (:func:`.surname_owner.described_surname`);
  a peer's title joins the person an article names with it (``Lord Kinnock``: :mod:`.peers`), a woman's titles
  of one surname are one peer (``Lady Royall``, ``Baroness Royall``), a lord and a lady never one person; the
  places of one title are two peers (``Baroness Smith of Basildon``, ``of Gilmorehill``), the bare title the one
  its article quotes, else neither;
- a post and a given name cut short (``Labour MSP Christine``) are the one person its article names in full with
  that given name, else a fragment ranked after the names; a given name in an article that names a royal by it
  (``Prince Charles``) is nobody else's;
- ``Associated Press (AP)`` is ``the Associated Press``; ``Some Democrats`` is a description, not the party;
- role words are no part of a name (``Tory co-chairman Liam Fox``, ``Tory Liam Fox``: :mod:`.name_split`),
  and a speaker written as a role alone takes the person its mention names (``UK Chancellor``);
- an organisation's aliases are forms of its name (``Gartner``, not ``analysts Gartner`` or ``Gartner analyst Jo
  Roe``; ``New Labour`` and ``Labour`` are no alias of each other);
- roles and aliases listed are role phrases and names (:mod:`.role_hygiene`): ``Both the prime minister
  and Chancellor`` lists ``Chancellor``, ``Tanzania Mr Brown`` is listed as ``Mr Brown``;
- one full name quoted with posts for two countries that exclude each other (``England forward``, ``Wales
  number eight``) is two people, each named with the post (``Michael Owen (England forward)``); without such
  evidence one name is one person (:mod:`.namesakes`); a name without middle initials between two people told
  apart by them (``George Bush``; ``George W. Bush``, ``George H. W. Bush``) joins the one its article quotes, else neither;
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
from collections import defaultdict
from typing import Iterable

from ..models import Quote, Speaker, SpeakerTableFile
from .gender import first_name_gender
from .lexicon import COURTESY_TITLES
from .name_forms import fold, parse_name



_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'-]*|[A-Z]\.|(?:Mrs?|Ms|Dr|St)\.)[ \t]+){1,3}$")
_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]*)){1,2}")
_TITLED = re.compile(r"(?:%s)\b\.?\s" % "|".join(sorted(COURTESY_TITLES, key=lambda t: (-len(t), t))), re.I)


def article_names(body: str, surname: str) -> list[str]:
    """The full names (one to three capitalised words and ``surname``) that ``body`` writes; for a given
    name (``Serena``), the names it opens too (``Serena Williams``)."""
    out: dict[str, None] = {}
    n, i = len(surname), body.find(surname) if surname else -1
    given = i >= 0 and first_name_gender(surname) is not None
    while i >= 0:
        end = i + n
        if (i == 0 or not body[i - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            before = _BEFORE.search(body, max(0, i - 80), i)
            if before:
                out[before.group(0) + surname] = None
            after = _AFTER.match(body, end) if given else None
            if after:
                out[surname + after.group(0)] = None
        i = body.find(surname, end)
    return list(out)


def surname_names(body: str, speaker: str, mention: str) -> list[str]:
    """:func:`article_names` for a surname-only speaker, a post and a given name alone or a courtesy-titled
    mention, else []."""
    if " " in speaker and not _TITLED.match(speaker) and not (mention and _TITLED.match(mention)):
        last = speaker.rsplit(" ", 1)[1]
        if first_name_gender(last) is None or not parse_name(speaker).single:
            return []  # the common case, without parsing: a full name and no courtesy title
        return article_names(body, last)  # ('Labour MSP Christine': a post and a given name, cut)
    f = parse_name(speaker)
    m = parse_name(mention) if mention else None
    form = f if f.single else m if m is not None and m.single and m.gender else None
    if form is None:
        return []
    return article_names(body, form.plain.split()[-1])


_SPEAKER_TERM = re.compile(r'(?<![\w:])(?:speakers?|who):(?:"([^"]*)"|(\S+))', re.I)
_SPEAKER_FIELDS = frozenset({"speaker", "speakers", "who"})


def split_speaker_terms(query: str | None) -> tuple[str | None, list[str]]:
    """``('backdoor', ['trump'])`` for ``'speaker:trump backdoor'``: the ``speaker:`` (``who:``) terms of a
    query are resolved to canonical speakers, not matched as words (several terms: any of them)."""
    if not query or ":" not in query or not _SPEAKER_TERM.search(query):
        return query, []
    from ..query_quoted import mask_quoted

    masked, restore = mask_quoted(query, _SPEAKER_FIELDS)  # ("the who:x": a phrase's words, no speaker term)
    names = [restore(a or b or "") for a, b in (m.groups() for m in _SPEAKER_TERM.finditer(masked))]
    if not names:
        return query, []
    rest = restore(_SPEAKER_TERM.sub(" ", masked))
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
        for k, s in list(self._by_name.items()):  # 'Lib Dems' for 'The Lib Dems', unless a name of its own
            if k.startswith("the ") and len(k) > 4:
                self._by_name.setdefault(k[4:], s)

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
