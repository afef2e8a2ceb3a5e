"""The rules of :mod:`.canonical`, applied: per-article speaker rows -> groups of one person each.

Rows repeat their (speaker, role, mention) across articles, so one pass collects the rows of each
such triple; what the corpus knows (full names by surname, he/she evidence per person) and each
pair's group are then worked out once per triple or pair, and only a surname several people share
looks at the people its article names. The groups are named, merged by the user's overrides, ranked
and turned into a :class:`SpeakerTable`; every order (groups, forms, pairs) is the rows' first-seen
order.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from typing import Iterable, Mapping

from ..models import Quote, Speaker
from .canonical import SpeakerTable
from .gender import first_name_gender
from .name_forms import CONNECTORS, PARTY_BODIES, SUFFIXES, clean_role, fold, may_have_gender, parse_name, validity
from .namesakes import COUNTRY_WORDS, namesake_keys, namesake_label, split_namesakes
from .name_merge import merge_identities, middle_initials, pair_facts, role_head
from .surname_owner import FIRM_WORDS, DOMINANT_LEAST, DOMINANT_SHARE, described_surname, likely_owner, person_form, role_words
from .noun_phrase import is_alias, is_role_phrase
from .entities import entity_type
from .kin import KIN_WORDS
from .lexicon import COURTESY_TITLES, ORG_WORDS
from .org_forms import short_forms
from .party_names import PARTY_KEY, party_keys
from .peers import peer_groups, peer_surname
from .role_hygiene import alias_form, alias_ok, listed, role_as_written

_PRONOUNS = {"it", "its", "they", "them", "their", "we", "i", "you", "one", "this", "that", "who"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_RANK = {"named": 0, "group": 1, "other": 2}
_PEER_TITLES = {"Lord", "Lady", "Baroness"}
RARE_VARIANT = 0.2
"""A plain form used less than this share of the commonest one cannot be the canonical name."""


def _add(d: dict, k, n: int) -> None:
    d[k] = d.get(k, 0) + n


_ABBREVIATED = re.compile(r"(?:[’']s)?[ \t]*\([ \t]*([A-Z][A-Za-z&.]{0,11})[ \t]*\)$")
"""A name's abbreviation written after it: 'European Union (EU)', "European Union's (EU)"."""


def org_written(text: str) -> tuple[str, str]:
    """(the name, its abbreviation or '') of a name written with its abbreviation in brackets after it
    ('Associated Press (AP)' -> ('Associated Press', 'AP')); other names as they are, with ''."""
    tail = text[-32:]  # (the abbreviation is short: the search never reads a long text)
    m = _ABBREVIATED.search(tail) if text.endswith(")") else None
    at = len(text) - len(tail) + m.start() if m else 0
    return (text[:at].rstrip(), m.group(1)) if m and at else (text, "")


def org_key(text: str) -> str:
    """The comparison form of a name that is no person's: folded, without a 'the' before a capital
    ('The State Department', 'State Department'; 'POLITICO', 'Politico'; 'the unions' keeps its 'the')
    and without the abbreviation written after it ('Associated Press (AP)')."""
    text = org_written(text)[0]
    if text[:4] in ("the ", "The ") and text[4:5].isupper():
        text = text[4:]
    return fold(text)


def _group_name(forms: dict[str, int], fallback: str) -> str:
    """The fullest plain form that is not a rare variant, a first name before a peer's title (ties: the
    commonest, then the longest: a given name before its nickname)."""
    if not forms:
        return fallback
    top = max(forms.values())
    return max((f for f, c in forms.items() if c >= top * RARE_VARIANT),
               key=lambda f: (peer_surname(f) is None, len(f.split()), forms[f], len(f), f))  # 'Betty Boothroyd' first


class _Corpus:
    """What the rows say: people by surname, he/she per person, the people each article names."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[str]] = {}
        self.by_other: dict[str, set[str]] = {}  # a given name or middle name -> the people who have it
        self.only_here: set[tuple[str, str]] = set()  # pairs that join only the person their article names
        self.named_in: dict[str, set[str]] = {}
        self.sex: dict[str, str | None] = {}
        self.counts: dict[str, int] = {}  # identity -> quotes of its full-name forms
        self.role_src: dict[str, list[tuple[str, str, str]]] = {}  # identity -> (role, speaker, mention) rows
        self.same: dict[str, str] = {}  # identity -> the identity of the same person it joins (.name_merge)
        self.initialed: set[str] = set()  # identities written with two different middle initials: two people
        self.bare: dict[str, list[str]] = {}  # such an identity -> the identities with its initials
        self.firms: set[str] = set()  # one-word names the corpus calls a firm ('the rival Tesco'), folded

    def find_initialed(self, pairs) -> None:
        """The identities the corpus writes with different middle initials (``George W. Bush``, ``George H. W.
        Bush``): father and son, each their own person, and the name without initials is either of them."""
        mids: dict[str, set[str]] = {}
        for sp, men in pairs:
            text = person_form(sp, men)
            if text.count(" ") >= 2:  # (a middle name or initial needs three words)
                f = parse_name(text)
                if f.identity and (mi := middle_initials(f.plain)):
                    mids.setdefault(f.identity, set()).add(mi)
        self.initialed = {i for i, m in mids.items() if len(m) > 1}
        self.bare = {i: sorted(f"{i.split(' ', 1)[0]} {m.lower()} {i.split(' ', 1)[1]}" for m in mids[i])
                     for i in self.initialed}  # 'george bush' -> ['george hw bush', 'george w bush']

    def identity_of(self, f) -> str:
        """The identity of a parsed name, its middle initials kept where they tell two people apart."""
        if f.identity not in self.initialed:
            return f.identity
        mi = middle_initials(f.plain)
        first, rest = f.identity.split(" ", 1)
        return f"{first} {mi.lower()} {rest}" if mi else f.identity

    def full_ident(self, full: str) -> str:
        """The person a full name written in an article names ('' if none)."""
        f = parse_name(full)
        return self.ident(self.identity_of(f) if self.initialed else f.identity)

    def ident(self, identity: str) -> str:
        """The identity that stands for the person ``identity`` names (itself unless merged)."""
        return self.same.get(identity, identity)

    def merge(self, pairs: dict, trips: list, named: list) -> None:
        """Join the identities of one person written two ways (a nickname, a suffix: :mod:`.name_merge`)
        in the pairs and in what the corpus knows of them (``named``: (article, full names it writes))."""
        same = self.same = merge_identities(self.counts, self.sex, self.role_heads, self.counts,
                                            pair_facts(pairs, trips, named))
        if not same:
            return
        for p in pairs.values():
            p[0] = same.get(p[0], p[0])
        self.by_surname = {s: {same.get(i, i) for i in ids} for s, ids in self.by_surname.items()}
        self.by_other = {s: {same.get(i, i) for i in ids} for s, ids in self.by_other.items()}
        for old, new in same.items():
            _add(self.counts, new, self.counts.pop(old, 0))
            self.role_src.setdefault(new, []).extend(self.role_src.pop(old, ()))

    def evidence(self, sp: str, men: str) -> tuple[str, str | None]:
        """(identity of the speaker, 'm'/'f' its mention says or None); files the identity by surname."""
        f = parse_name(person_form(sp, men))
        if not f.identity or (f.role and _with_place(f)):
            return "", None
        if self.initialed:
            f = f._replace(identity=self.identity_of(f))
        self.by_surname.setdefault(f.surname, set()).add(f.identity)
        first = f.identity.split(" ", 1)[0]
        if first_name_gender(first):
            self.by_other.setdefault(first, set()).add(f.identity)
        if f.plain.count(" ") == 2:
            words = fold(f.plain).split()
            if words[2] not in SUFFIXES and len(words[1]) > 1 and words[1] not in CONNECTORS:  # 'Melba Acosta Febo'
                self.by_other.setdefault(words[1], set()).add(f.identity)
        low = men.lower()
        g = "m" if low in _MALE else "f" if low in _FEMALE else None
        if g is None and men and men != sp and may_have_gender(men):
            mf = parse_name(men)
            g = mf.gender if mf.identity == f.identity else None
        return f.identity, g

    def resolve(self, sp: str, men: str) -> tuple[str, list[str]]:
        """The group of a pair without its article: ``p:`` a person, ``n:`` another name, ``s:`` a
        surname kept apart; for an ``s:`` group, the people it can be (the one its article names
        is its group there: :meth:`in_article`)."""
        key, cands = self._resolve(sp, men)
        if key[:2] != "p:" or " " in sp:
            return key, cands
        low = men.lower()
        if (men and _org_said(men) and (low not in ("it", "its") or not self.sex.get(key[2:]))) or (
                fold(sp) in self.firms and low not in _MALE and low not in _FEMALE):
            f = parse_name(person_form(sp, men))
            if f.single and not f.gender:  # 'Tesco' said by 'the supermarket' (or 'it', of nobody called 'he' or
                return "n:" + f.surname, []  # 'she'), or that the corpus calls a firm: never an 'Ann Tesco'
        return key, cands

    def _resolve(self, sp: str, men: str) -> tuple[str, list[str]]:
        f = parse_name(person_form(sp, men))
        if f.role and _with_place(f):  # 'Baroness Smith of Basildon': a title with its place, as 'Lord Jones of ...'
            return "n:" + org_key(f"{f.plain} {f.role}"), []
        if f.single and not f.gender and entity_type(f.plain):
            return "n:" + org_key(f.plain), []  # 'Britain' is a place, never the surname of 'Little Britain'
        if not f.person:  # 'The more moderate Kasich': the surname of a person of the corpus, described
            w = described_surname(sp)
            if w and parse_name(w).surname in self.by_surname:
                return self._resolve(w, "" if men == sp else men)
        if self.initialed and f.identity:
            if f.identity in self.bare and not middle_initials(f.plain):
                self.only_here.add((sp, men))  # 'George Bush' with a 'George W.' and a 'George H. W. Bush': the one
                return "p:" + f.identity, self.bare[f.identity]  # its article quotes or names, else neither
            f = f._replace(identity=self.identity_of(f))
        if f.identity in self.same:
            f = f._replace(identity=self.same[f.identity])
        sex = self.sex.get
        if f.identity and not sex(f.identity):  # nothing says he or she: no title can disagree
            return "p:" + f.identity, []
        if not f.single and not f.identity:
            return "n:" + org_key(f.plain or sp), []
        hon = f.gender
        if not hon and men and men.lower() not in _MALE and men.lower() not in _FEMALE and may_have_gender(men):
            mf = parse_name(men)
            hon = mf.gender if mf.single else None
        if f.identity and not (hon and sex(f.identity) != hon):
            return "p:" + f.identity, []
        cands = sorted(i for i in self.by_surname.get(f.surname, ()) if not hon or sex(i) in (None, hon))
        if len(cands) == 1:
            return "p:" + cands[0], []
        if not cands and not self.by_surname.get(f.surname):
            # nobody has it as a surname: a given name ('Serena') or the first of two surnames ('Ms. Acosta'
            # of Melba Acosta Febo) joins the one person its article names with it, if any
            cands = sorted(i for i in self.by_other.get(f.surname, ()) if not hon or sex(i) in (None, hon))
            if cands:
                self.only_here.add((sp, men))
            elif hon != "f":
                return "n:" + f.surname, []  # 'Politico' and 'POLITICO', 'Putin' and 'Mr. Putin'
        return ("s:f:" if hon == "f" else "s:") + f.surname, cands

    def roles(self, ident: str) -> set[str]:
        """The words of the roles the corpus gives the person ``ident`` (its rows' roles and role prefixes)."""
        out: set[str] = set()
        for role, sp, men in self.role_src.get(ident, ()):
            out |= role_words(clean_role(role) if role else None) | role_words(parse_name(person_form(sp, men)).role)
        return out

    def role_heads(self, ident: str) -> set[str]:
        """The head words of the roles the corpus gives ``ident`` ('executive' of 'AOL chief executive')."""
        out: set[str] = set()
        for role, sp, men in self.role_src.get(ident, ()):
            for r in (clean_role(role) if role else None, parse_name(person_form(sp, men)).role):
                if r:
                    out.add(role_head(r))
        return out - {""}

    def among_named(self, key: str, surname: str, hon: str, names) -> str:
        """``key``, the group of a full name the extractor gave a titled surname, unless its article names
        two people of that surname and title (``Peter Johnson``, ``Mark Johnson``, then ``Mr. Johnson``):
        then the one of them the corpus quotes nearly always (:data:`.surname_owner.DOMINANT_SHARE`), else
        the surname kept apart."""
        people = set()
        for full in names:
            f = parse_name(full)
            if f.identity and f.surname == surname and self.sex.get(i := self.full_ident(full)) in (None, hon):
                people.add(i)
        if len(people) < 2 or key[2:] not in people:
            return key
        top = max(people, key=lambda i: (self.counts.get(i, 0), i))
        n = self.counts.get(top, 0)
        if n >= DOMINANT_LEAST and n >= DOMINANT_SHARE * sum(self.counts.get(i, 0) for i in people):
            return "p:" + top
        return ("s:f:" if hon == "f" else "s:") + surname

    def in_article(self, aid: str, key: str, cands: list[str], likely: str | None = None) -> str:
        """``key`` (an ``s:`` group with these candidates) in article ``aid``: the one candidate the article
        names, else the ``likely`` one (:func:`.surname_owner.likely_owner`) if it names none."""
        names = self.named_in.get(aid, ())
        here = [i for i in cands if i in names]
        if len(here) == 1:
            return "p:" + here[0]
        if not here and likely:
            return "p:" + likely
        return key


def _with_place(f) -> bool:
    """A parsed 'Baroness Smith of Basildon': a title and the place that tells the peer from her namesakes
    (the parser reads 'Baroness' as a given name and the place as a role)."""
    return bool(f.role) and f.role[:3] == "of " and f.plain[:9] == "Baroness " and f.plain.count(" ") == 1


def _peer_plain(pair: tuple[str, str]) -> str:
    """A pair's name without role words, a peer's place kept ('Baroness Smith of Basildon')."""
    f = parse_name(person_form(*pair))
    return f"{f.plain} {f.role}" if _with_place(f) else f.plain


_ROYAL = ("Prince ", "Princess ", "King ", "Queen ", "Pope ", "Saint ", "Sheikh ", "Emperor ", "Empress ")


def _royal(names) -> bool:
    """The article writes a royal's title and a given name alone ('Prince Charles'): a person the given name
    may be, whom no full name shows."""
    return any(n.startswith(_ROYAL) and n.count(" ") == 1 for n in names)


_KIN = frozenset(KIN_WORDS) | {"his", "her", "their", "whose"}


def _given_alone(sp: str, men: str, key: str) -> str | None:
    """The given name (folded) of a post and a given name alone that no person of the corpus is quoted by
    ('Labour MSP Christine': a name cut after its first word), else None."""
    if key[:2] not in ("n:", "s:") or " " not in sp or first_name_gender(sp.rsplit(" ", 1)[1]) is None:
        return None
    f = parse_name(person_form(sp, men))
    if not (f.single and f.role and not f.identity):
        return None
    words = fold(f.role).replace("'s", " ").replace("'", " ").split()
    if sp.startswith(_ROYAL) or fold(sp.split()[-2]) in CONNECTORS or not _KIN.isdisjoint(words):
        return None  # 'Prince Frederik', 'President da Silva', "Eavis' daughter Emily": the name they go by
    return f.surname


def _opened_by(corpus: "_Corpus", given: str, names, key: str) -> str | None:
    """The group of the one person whose full name the article writes opening with ``given``; ``key`` when it
    writes several, None when none."""
    people = set()
    for full in names:
        f = parse_name(full)
        if f.identity and f.identity.split(" ", 1)[0] == given and (i := corpus.full_ident(full)):
            people.add(i)
    return "p:" + people.pop() if len(people) == 1 else key if people else None


def _titled_surname(sp: str, men: str, ident: str) -> tuple[str, str] | None:
    """(surname, 'm'/'f') when the extractor gave the courtesy-titled surname ``men`` the full name ``sp``
    (``Mr. Johnson`` -> ``Peter Johnson``), else None."""
    if not ident or not men or not may_have_gender(men):
        return None
    m = parse_name(men)
    return (m.surname, m.gender) if m.single and m.gender and m.surname == parse_name(sp).surname else None


def _sex(pairs: dict) -> dict[str, str | None]:
    """'m'/'f' per identity where its he/she evidence is at least two to one, else None."""
    votes: dict[str, list[int]] = {}
    for ident, g, n in pairs.values():
        if ident and g is not None:
            votes.setdefault(ident, [0, 0])[g == "f"] += n
    return {i: "m" if m > 2 * f else "f" if f > 2 * m else None for i, (m, f) in votes.items()}


def _org_said(men: str) -> bool:
    """The mention calls its speaker a thing: 'it', or 'the' and a word for an organisation ('the firm')."""
    if not men:
        return False
    low = men.lower()
    if low in ("it", "its"):
        return True
    words = low.split()
    return len(words) <= 4 and words[0] in ("the", "a", "an") and not FIRM_WORDS.isdisjoint(words[1:])


def _rivals_named(trips: list, pairs: dict) -> dict[tuple[str, str], tuple[str, str]]:
    """{'the rival X' pair: the pair of the one person surnamed X its articles quote}: 'the rival Hewitt' in a
    story that quotes Lleyton Hewitt is him, not a firm (a sports rival, not a business one)."""
    rivals: dict[tuple[str, str], set[str]] = {}
    for sp, _role, men, _idx, aids, _ns in trips:
        if sp[:10] in ("the rival ", "The rival ") and sp.count(" ") == 2:
            rivals.setdefault((sp, men), set()).update(aids)
    if not rivals:
        return {}
    want = set().union(*rivals.values())
    people: dict[str, dict[str, tuple[str, str]]] = {}  # article -> {identity of a full name quoted there: its pair}
    for sp, _role, men, _idx, aids, _ns in trips:
        ident = pairs[(sp, men)][0]
        if ident and " " in ident and not want.isdisjoint(aids):
            for a in want.intersection(aids):
                people.setdefault(a, {}).setdefault(ident, (sp, men))
    out = {}
    for pair, aids in rivals.items():
        surname = fold(pair[0].rsplit(" ", 1)[1])
        who = {i: p for a in aids for i, p in people.get(a, {}).items() if i.rsplit(" ", 1)[-1] == surname}
        if len(who) == 1:
            out[pair] = next(iter(who.values()))
    return out


_DESIGNATED = re.compile(r"(Lord|Lady|Baroness)[ \t]+([A-Z][\w’'-]+)[ \t]+of[ \t]+[A-Z]")
_PEER_SEX = {"Lord": "m", "Lady": "f", "Baroness": "f"}


def _designated_peers(pair_key: dict, arts: Mapping[tuple[str, str], list[str]] = {},
                      pair_roles: Mapping[tuple[str, str], set[str]] = {},
                      per_article: dict | None = None) -> dict[tuple[str, str], str]:
    """{pair: new group} for a peer's title and surname alone ('Lord Nicholls') where the corpus writes that
    title with one place only ('Lord Nicholls of Birkenhead'): one peer, under the name with the place. Titles
    of two places are two peers ('Baroness Smith of Basildon', 'Baroness Smith of Gilmorehill'); the bare title
    joins one of them only in an article that quotes that one and not the other (``per_article``, filled with
    {pair: {article: group}}), and a bare title with posts only one with a post in common (the judge 'Lady
    Smith' is not 'Baroness Smith of Basildon')."""
    places: dict[tuple[str, str], set[str]] = {}  # (sex, surname) -> the groups of the title with a place
    where_art: dict[str, set[str]] = {}  # such a group -> its articles
    posts: dict[str, set[str]] = {}  # such a group -> the head words of its roles
    for (sp, men), key in pair_key.items():
        if key[:2] == "n:" and " of " in key and (m := _DESIGNATED.match(men) or _DESIGNATED.match(sp)):
            places.setdefault((_PEER_SEX[m.group(1)], m.group(2).lower()), set()).add(key)
            where_art.setdefault(key, set()).update(arts.get((sp, men), ()))
            posts.setdefault(key, set()).update(pair_roles.get((sp, men), ()))
    if not places:
        return {}
    out = {}
    for pair, key in pair_key.items():
        if key[2:3] in ("l", "b") and key[:2] in ("n:", "p:") and key.count(" ") == 1 and \
                (title := key[2:].split(" ", 1)[0].title()) in _PEER_SEX:
            where = places.get((_PEER_SEX[title], key.split(" ", 1)[1]))
            if where and (mine := pair_roles.get(pair)):
                where = {k for k in where if mine & posts[k]}
            if where and len(where) > 1 and per_article is not None:  # several peers: the one its article quotes
                by_art = {}
                for aid in arts.get(pair, ()):
                    here = [k for k in where if aid in where_art[k]]
                    if len(here) == 1:
                        by_art[aid] = here[0]
                if by_art:
                    per_article[pair] = by_art
            elif where and len(where) == 1:
                out[pair] = next(iter(where))
    return out


def _firm_names(pairs, rivals: Mapping = {}) -> set[str]:
    """The one-word names (folded) that a mention or the words before them call a firm: 'Tesco' said by 'the
    supermarket'; 'the rival Tesco', 'the supermarket chain Tesco' (not 'Tesco' said by 'it' alone, nor a
    rival of ``rivals``, a person its article quotes in full)."""
    out = set()
    for sp, men in pairs:
        if (sp, men) in rivals:
            continue
        if " " not in sp:
            if men and men[:1] in "tTaA" and _org_said(men):  # (not 'it': a slip of the extractor's, as often)
                out.add(fold(sp))
        elif sp[:1].islower() or sp[:4] in ("The ", "the "):
            words = sp.lower().split()[:-1]
            if (words[-1:] == ["rival"] and len(words) == 2 or not FIRM_WORDS.isdisjoint(
                    w.split("-")[-1] for w in words)) and (w := described_surname(sp, person=False)):
                out.add(fold(w))
    return out


def _listed_roles(roles: dict[str, int]) -> list[str]:
    """A group's roles, most used first, each once whatever its capitals or article ('Prime Minister', 'Prime
    minister' and 'the prime minister': the spelling used most)."""
    total: dict[str, int] = {}
    spelt: dict[str, tuple[int, str]] = {}
    for r, n in roles.items():
        head, _, rest = r.partition(" ")
        if rest and head.lower() in ("the", "a", "an"):
            r = rest  # 'The prime minister', 'a proud coach': the post, without the article the sentence gave it
        k = r.lower()
        total[k] = total.get(k, 0) + n
        if k not in spelt or (n, r) > spelt[k]:
            spelt[k] = (n, r)
    return [spelt[k][1] for k in sorted(total, key=lambda k: (-total[k], k))]


def _role_tied(sp: str, men: str) -> bool:
    """The text ties a row's role to its speaker: the mention is the speaker's name or writes a word of it
    ('Tony Blair, the prime minister'; 'Prime Minister Tony Blair'), or there is none; a pronoun or a description
    ('he', 'the home secretary') took its role from another sentence, maybe another person's."""
    if not men or men == sp:
        return True
    low = men.lower()
    if low in _MALE or low in _FEMALE or low in _PRONOUNS:
        return False
    return not set(fold(sp).split()).isdisjoint(fold(men).split())


def _misplaced_roles(trips: list, pair_key: dict, local_rows: list, rows: list) -> set[tuple[str, str, str]]:
    """The (speaker, role, mention) rows whose role a pronoun or description carried from another sentence
    ('he', 'the prime minister') while the text never ties a post of that name (its head word) to the speaker,
    when the role is a description of its article that the quotes' coreference gave the speaker ('The home
    secretary' said, read as Tony Blair), or a post the text ties to a few other people only (at most
    :data:`_POST_HOLDERS`: 'Home Secretary Charles Clarke') one of whom the article quotes, or a description ('the ...') while the
    text ties other posts to the speaker and never one of that name ('He implied a federal judge was biased' gives Donald Trump no
    'federal judge'). A speaker the text ties no post to keeps what a pronoun gives it ('Ann Roe, a screenwriter,
    ... she said')."""
    loose = [t for t in trips if t[1] and not _role_tied(t[0], t[2])]
    if not loose:
        return set()
    local = {i: k for i, _r, k in local_rows}
    need = {aid for t in loose for aid in t[4]}  # (only the articles of those rows are looked into)
    holders: dict[str, set[str]] = {}  # role (folded) -> the groups the text ties it to
    heads: dict[str, set[str]] = {}  # group -> the head words of the roles the text ties to it
    in_article: dict[str, set[str]] = {}  # article -> the groups it quotes
    described: set[tuple[str, str, str]] = set()  # (article, group, a description coreference gave the group)
    for sp, role, men, idx, aids, _ns in trips:
        key = pair_key[(sp, men)]
        if role and _role_tied(sp, men):
            rk, h = _role_key(role), _head(role)
            for i in idx:
                k = local.get(i, key)
                holders.setdefault(rk, set()).add(k)
                heads.setdefault(k, set()).add(h)
        if need.isdisjoint(aids):
            continue
        said = men.split(None, 1) if men[:2] in ("th", "Th", "a ", "A ", "an", "An") else ()
        said = fold(said[1]) if len(said) == 2 and said[0].lower() in ("the", "a", "an") else ""
        for i, aid in zip(idx, aids):
            if aid in need:
                k = local.get(i, key)
                in_article.setdefault(aid, set()).add(k)
                if said:
                    described.add((aid, k, said))
    out = set()
    for sp, role, men, idx, aids, _ns in loose:
        key, rk = pair_key[(sp, men)], _role_key(role)
        tied = heads.get(key)
        if tied and _head(role) in tied:
            continue
        if tied and role[:4] in ("the ", "The "):  # a description of someone else's ('the federal judge' he spoke of)
            out.add((sp, role, men))
            continue
        if any((aid, key, rk) in described for aid in aids):
            out.add((sp, role, men))
            continue
        held = holders.get(rk, set())
        others = held - {key}
        if others and len(held) <= _POST_HOLDERS and any(not others.isdisjoint(in_article.get(aid, ())) for aid in aids):
            out.add((sp, role, men))
    return out


_POST_HOLDERS = 3
"""A role the text ties to at most this many people of the corpus is a post one of them holds at a time."""


_ABBREVIATED_POSTS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
                      "sec": "secretary", "atty": "attorney", "supt": "superintendent", "cllr": "councillor"}


def _head(role: str) -> str:
    """The head word of a role, its abbreviation written out ('Florida Sen.' -> 'senator')."""
    h = role_head(clean_role(role) or role)
    return _ABBREVIATED_POSTS.get(h, h)


def _role_key(role: str) -> str:
    return fold(clean_role(role) or role)


def _org_named(sp: str, key: str, f, role: str = "") -> str | None:
    """The organisation's name that a described form of it writes ('Rival Sony', 'analysts Gartner' -> 'Sony',
    'Gartner'; ``f``: ``sp`` parsed; ``role``: the row's, which may open ``sp``), else None: the aliases of an
    organisation are forms of its name only."""
    if f.role and f.plain and org_key(f.plain) == key:
        return f.plain
    if role and sp.startswith(role + " ") and org_key(rest := sp[len(role) + 1:]) == key:
        return rest
    w = described_surname(sp, person=False) if " " in sp else None
    return w if w and org_key(w) == key else None


def _unpossessed(name: str) -> str:
    """An organisation's name without the possessive a sentence gave it ("Bank of England's")."""
    return name[:-2] if name.endswith(("'s", "’s")) and len(name) > 3 and name[-3] != " " else name


def _name_form(men: str, key: str, role: str = "") -> bool:
    """A mention is a form of the name of the group ``key`` that is no full person's name: that name or another
    name of the party ('the Tories' of 'conservative party'), or a person's surname with a title or role ('Mr
    Putin', 'Lord Rennard', 'President Kumaratunga' of 'putin'); not a firm described ('Oil giant BP'), a person
    at it ('Gartner analyst Jo Roe') or a name it is part of ('New Labour' of 'labour'); not the role the row
    gives it written before its name ('Rival Sony', role 'Rival')."""
    k = org_key(men)
    if k == key or PARTY_KEY.get(k) == key:
        return True
    words = men.split()
    if not words[-1][:1].isupper() or fold(words[-1]) != key.rsplit(" ", 1)[-1]:
        return False
    if (pre := fold(" ".join(words[:-1]))) == "rival" or (role and pre == fold(role)):
        return False  # ('Rival Sony': a firm described, its role before its name)
    if any(t in _PEER_TITLES for t in words) or words[0].rstrip(".").lower() in COURTESY_TITLES:
        return True
    return parse_name(men).person and FIRM_WORDS.isdisjoint(fold(" ".join(words[:-1])).split())  # (not 'Film giant Disney')


def _new_group() -> dict:
    return {"forms": {}, "raw": {}, "aliases": set(), "roles": {}, "count": 0, "articles": set(), "written": {}}


def _groups(agg: dict[tuple, list], foreign: set[tuple[str, str]] = frozenset(),
            misplaced: set[tuple[str, str, str]] = frozenset()) -> dict[str, dict]:
    """The groups of the rows ``agg``; ``foreign``: pairs whose full name is another person's (an article's
    ``Mrs. Clinton`` the extractor gave the wrong Clinton), listed by their mention, not that name;
    ``misplaced``: (speaker, role, mention) rows whose role is another person's (:func:`_misplaced_roles`)."""
    groups: dict[str, dict] = {}
    skip = _MALE | _FEMALE | _PRONOUNS
    for (key, sp, role, men), (n, arts) in agg.items():
        g = groups.get(key)
        if g is None:
            g = groups[key] = _new_group()
        f = parse_name(person_form(sp, men))
        raw = g["raw"]
        raw[sp] = raw.get(sp, 0) + n
        kind = key[0]
        if kind == "n" or (kind == "p" and f.identity):
            forms = g["forms"]
            plain, abbr = org_written(f.plain) if kind == "n" else (f.plain, "")
            if kind == "n" and men != sp and men.endswith(" " + sp) and men[:-len(sp) - 1] in _PEER_TITLES:
                plain = men  # 'Nicholls of Birkenhead' said, of 'Lord Nicholls of Birkenhead': the title is the name's
            elif kind == "n" and _with_place(f):
                plain = f"{f.plain} {f.role}"  # ('Baroness Smith of Basildon': her place is her name's)
            forms[plain] = forms.get(plain, 0) + n
            if abbr and validity(plain) == "named":  # ('the committee (EU)' is no name of the EU)
                g["aliases"].add(abbr)
        if kind == "s" and men and parse_name(men).gender:
            _add(g["written"], men, n)
        aliases = g["aliases"]
        if not (kind == "s" and f.identity) and (sp, men) not in foreign:  # a full name left open is no alias
            told = None if f.person else described_surname(sp)  # 'The more moderate Kasich' is listed as 'Kasich'
            if kind == "n":
                told = _org_named(sp, key[2:], f, role)  # 'Rival Sony', 'analysts Gartner': the organisation, described
            elif f.role and fold(f.role) == "rival" and f.single:
                told = f.plain  # ('Rival Sony' of a surname kept apart: a rival described, not a name)
            aliases.add(told or (_unpossessed(org_written(sp)[0]) if kind == "n" else sp if f.plain == sp
                                 else alias_form(sp)))
        if men and men != sp and men[:1].isupper() and men not in aliases:
            low = men.lower()
            if low not in skip and not low.startswith(("the ", "a ", "an ")) and is_alias(men) and alias_ok(men) and (
                    kind != "n" or _name_form(men, key[2:], role)):
                aliases.add(alias_form(men))  # (an organisation's: a form of its name, not 'Gartner analyst Jo Roe')
        roles = g["roles"]
        # a role phrase, never a place, clause or modifier the sentence put there (see .role_hygiene), and only
        # one the text ties to the speaker (not one a pronoun or description carried over from another sentence)
        for r in ((clean_role(role) or role_as_written(role)) if role and (sp, role, men) not in misplaced else None,
                  f.role if kind != "n" or " " in f.plain else None):  # ('Rival Sony': a firm described, no post)
            if listed(r) and is_role_phrase(r):
                roles[r] = roles.get(r, 0) + n
        g["count"] += n
        g["articles"].update(arts)
    return groups


def _name(key: str, g: dict) -> str:
    if key.startswith("p:"):
        return _group_name(g["forms"], key[2:].title())
    if g["written"] and (key.startswith("s:f:") or any(parse_name(r).identity for r in g["raw"])):
        return max(g["written"], key=lambda s: (g["written"][s], s))
    if key.startswith("n:") and g["forms"]:
        pool = [s for s in g["forms"] if s.islower()] or list(g["forms"])  # lower case: a description ('prosecutors')
        top = max(g["forms"][s] for s in pool)
        full = [s for s in pool if org_key(s) == key[2:] and g["forms"][s] >= top * RARE_VARIANT]  # not 'Lib Dems'
        if key[2:] in PARTY_KEY:  # 'the Conservative Party' before 'the Conservative party'
            full = [s for s in full if validity(s) == "named"]
        return max(full or pool, key=lambda s: (g["forms"][s], s[:1].isupper(), s))
    best = max(g["raw"], key=lambda s: (len(parse_name(s).plain.split()) > 1, g["raw"][s], len(s)))
    f = parse_name(best)
    return f.plain if f.person and f.role else best  # "Former Obama" names the surname group "Obama"


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
    rows = rows if isinstance(rows, list) else list(rows)
    # rows repeat their (speaker, role, mention) across articles: everything but the article's own
    # groups is worked out once per triple or pair, in the order the rows first give them
    triples: dict[tuple[str, str, str], tuple[list[int], list[str], list[int]]] = {}  # rows, articles, n
    named: list[tuple[str, list[str]]] = []  # (article, full names it gives a surname-only speaker)
    at = triples.get
    for i, r in enumerate(rows):
        if r[1]:
            t = (r[1], r[2] or "", r[3] or "")
            seen = at(t)
            if seen is None:
                seen = triples[t] = ([], [], [])
            seen[0].append(i)
            seen[1].append(str(r[0]))
            seen[2].append(int(r[4]))
            if len(r) > 5 and r[5]:
                named.append((str(r[0]), r[5]))
    corpus = _Corpus()
    pairs: dict[tuple[str, str], list] = {}  # (speaker, mention) -> [identity, he/she, n]
    trips = []
    corpus.find_initialed({(sp, men): None for sp, _role, men in triples})
    evidence = corpus.evidence
    for (sp, role, men), (idx, aids, ns) in triples.items():
        p = pairs.get((sp, men))
        if p is None:
            p = pairs[(sp, men)] = [*evidence(sp, men), 0]
        p[2] += sum(ns)
        trips.append((sp, role, men, idx, aids, ns))
        if p[0]:
            _add(corpus.counts, p[0], sum(ns))
            if role or " " in sp:
                corpus.role_src.setdefault(p[0], []).append((role, sp, men))
    corpus.sex = _sex(pairs)
    corpus.merge(pairs, trips, named)
    if corpus.same:
        corpus.sex = _sex(pairs)
    pair_key: dict[tuple[str, str], str] = {}
    shared: dict[tuple[str, str], list[str]] = {}  # pair -> the people its surname can be
    likely: dict[tuple[str, str], str | None] = {}
    rivals = _rivals_named(trips, pairs)
    corpus.firms = _firm_names(pairs, rivals)
    for pair in pairs:
        pair_key[pair], cands = corpus.resolve(*pair)
        if cands:
            shared[pair] = cands
            likely[pair] = None if pair in corpus.only_here else likely_owner(*pair, cands, corpus.counts,
                                                                              corpus.sex, corpus.roles)
    for pair, person in rivals.items():  # 'the rival Hewitt' in a story that quotes Lleyton Hewitt
        if pair_key[person][:2] == "p:" and person not in shared:
            pair_key[pair] = pair_key[person]
    if shared:
        _name_articles(corpus, pairs, trips, named, shared)
    named_orgs = {k for k in pair_key.values() if k[:2] == "n:"}
    for p, k in pair_key.items():  # 'analysts Gartner', 'Rival Sony': an organisation of the corpus, described
        if k[:2] == "n:" and (w := described_surname(p[0], person=False)) and "n:" + org_key(w) in named_orgs \
                and fold(w) not in PARTY_BODIES:  # 'senior Democrats' are some of the party
            pair_key[p] = "n:" + org_key(w)
    short = short_forms((k[2:], org_written(f.plain or p[0])[0]) for p, k in pair_key.items()
                        if k[:2] == "n:" and not (f := parse_name(person_form(*p))).person)
    if short:  # 'Lib Dems' and 'Liberal Democrats', 'UKIP' and 'UK Independence Party': one organisation
        pair_key = {p: "n:" + short[k[2:]] if k[:2] == "n:" and k[2:] in short else k for p, k in pair_key.items()}
    party = party_keys({k[2:] for k in pair_key.values() if k[:2] == "n:"})
    if party:  # 'the Tories', 'the Conservatives', 'the Conservative Party': one party
        pair_key = {p: "n:" + party[k[2:]] if k[:2] == "n:" and k[2:] in party else k for p, k in pair_key.items()}
    arts: dict[tuple[str, str], list[str]] = {}
    pair_roles: dict[tuple[str, str], set[str]] = {}
    title_roles: dict[tuple[str, str], set[str]] = {}
    for sp, role, men, _idx, aids, _ns in trips:
        arts.setdefault((sp, men), []).extend(aids)
        if role and ("Lord" in sp or "Lady" in sp or "Baroness" in sp or "Lord" in men or "Lady" in men
                     or "Baroness" in men):  # (the roles of a peer's pairs only)
            pair_roles.setdefault((sp, men), set()).add(role_head(clean_role(role) or ""))
            title_roles.setdefault((sp, men), set()).add(role_head(role))  # (with 'peer': 'Labour peer')
    for p in pair_roles:
        pair_roles[p] = (pair_roles[p] | {role_head(parse_name(person_form(*p)).role or "")}) - {""}
    moved = peer_groups(pair_key, _peer_plain, corpus.by_surname, corpus.sex, arts,
                        named, corpus.full_ident, corpus.role_heads, pair_roles, title_roles)
    either = {p: [pair_key[p][2:]] for p, k in moved.items() if k[:2] == "s:" and pair_key[p][:2] == "p:"}
    pair_key.update(moved)
    peer_here: dict[tuple[str, str], dict[str, str]] = {}  # a bare title of several peers: the one of its article
    pair_key.update(_designated_peers(pair_key, arts, pair_roles, peer_here))
    if either:  # a surname a person and a peer share: the person where its article names them
        shared.update(either)
        likely.update(dict.fromkeys(either))
        _name_articles(corpus, pairs, trips, named, either)
    split = split_namesakes(_tied_roles(trips, pair_key, shared), _head)
    namesakes = namesake_keys(pair_key, split, arts) if split else {}
    if peer_here:
        namesakes.update(peer_here)
    entries = []  # (first row, group key, n, articles)
    local_rows = []  # (row, (article, speaker, mention), group where it differs from the pair's)
    foreign: set[tuple[str, str]] = set()
    cut: set[tuple[str, str, str]] = set()  # (group, pair) of a post and a given name no full name opens
    for sp, role, men, idx, aids, ns in trips:
        key, cands = pair_key[(sp, men)], shared.get((sp, men))
        titled = _titled_surname(sp, men, pairs[(sp, men)][0]) if not cands else None
        apart = namesakes.get((sp, men)) if not cands else None  # ('Michael Owen': two men, told by their posts)
        given = _given_alone(sp, men, key) if not titled and not apart else None
        if not cands and not titled and not apart and not given:
            entries.append((idx[0], (key, sp, role, men), sum(ns), aids))
            continue
        sub: dict[str, list] = {}
        for i, aid, n in zip(idx, aids, ns):
            if apart:
                here = apart.get(aid, key)
            elif given and (here := _opened_by(corpus, given, rows[i][5] if len(rows[i]) > 5 else (), key)):
                pass  # ('Labour MSP Christine' in an article that writes 'Christine May'; two Christines: neither)
            elif titled:
                here = corpus.among_named(key, *titled, rows[i][5] if len(rows[i]) > 5 else ())
            elif cands and (sp, men) in corpus.only_here and _royal(rows[i][5] if len(rows[i]) > 5 else ()):
                here = key  # ('Charles' said, in an article of 'Prince Charles' and 'Charles Kennedy': either)
            elif cands:
                here = corpus.in_article(aid, key, cands, likely[(sp, men)])
            else:
                here = key
            if given and here == key:
                cut.add((key, sp, men))
            if here != key:
                local_rows.append((i, (aid, sp, men), here))
                if titled and here.startswith("p:"):
                    foreign.add((sp, men))
            e = sub.get(here)
            if e is None:
                e = sub[here] = [i, 0, []]
            e[1] += n
            e[2].append(aid)
        entries += [(i, (k, sp, role, men), n, a) for k, (i, n, a) in sub.items()]
    entries.sort(key=lambda e: e[0])
    agg = {k: (n, a) for _, k, n, a in entries}
    local: dict[tuple[str, str, str], str] = {}
    for _, r, k in sorted(local_rows, key=lambda e: e[0]):
        local.setdefault(r, k)
    groups = _groups(agg, foreign, _misplaced_roles(trips, pair_key, local_rows, rows))
    names = {key: _name(key, g) for key, g in groups.items()}
    kinds = {}
    for key, g in groups.items():
        if "|" in key and key[:2] == "p:":  # one of two namesakes: the name and the post it is quoted with
            bare = _group_name(g["forms"], key[2:].split("|")[0].title())
            names[key] = namesake_label(bare, _listed_roles(g["roles"]), key.rsplit("|", 1)[1])
            kinds[key] = validity(bare)
            g["aliases"] = {a for a in g["aliases"] if fold(a) != fold(bare)}  # (the bare name is either of them)
    if cut:  # ('Labour MSP Christine' and no Christine named: a name cut short, ranked with the fragments)
        whole = {k for k, sp, _role, men in agg if (k, sp, men) not in cut}
        kinds.update((k, "other") for k, sp, _role, men in agg if (k, sp, men) in cut and k not in whole)
    names.update(_written_in_full(trips, pair_key, groups, rows))
    if overrides:
        moved = _override(groups, names, overrides)
        pair_key = {p: moved.get(k, k) for p, k in pair_key.items()}
        local = {r: moved.get(k, k) for r, k in local.items()}
    table = SpeakerTable()
    for key, g in groups.items():
        name = names[key]
        table.speakers.append(Speaker(name=name, aliases=sorted(g["aliases"] - {name}),
                                      roles=_listed_roles(g["roles"]), count=g["count"],
                                      articles=sorted(g["articles"]), kind=kinds.get(key) or validity(name)))
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


_ORG_WORDS = frozenset(ORG_WORDS)


def _written_in_full(trips: list, pair_key: dict, groups: dict, rows: list) -> dict[str, str]:
    """{group: the full name its articles write} for the surnames no person of the corpus is quoted by in
    full ('Putin' said, in articles that write 'President Vladimir V. Putin'), when they write one person's
    name (a known first name, then initials or given names: the commonest way they write it) where most
    of the group's quotes are, and he/she or a title never says otherwise ('Smith' said, 'she', in an article
    that writes 'John Smith': his wife, maybe; 'John Smith Jr.' is not 'John Smith'; 'Israel' said is the
    country, not 'Tom Israel'; 'Ford', 'it', the company, not 'Bill Ford')."""
    written: dict[str, Counter] = {}
    people: dict[str, set[str]] = {}
    sexes: dict[str, set[str]] = {}
    quotes: Counter = Counter()  # group -> its quotes; in_full: those in articles that write a full name of it
    in_full: Counter = Counter()
    things: set[str] = set()  # the groups a place, 'it' or 'the company' stands for
    for sp, _role, men, idx, aids, _ns in trips:
        key = pair_key[(sp, men)]
        if key[:2] != "n:" or " " in key or key not in groups:
            continue
        f = parse_name(person_form(sp, men))
        low = men.lower()
        if (f.single and not f.gender and entity_type(f.plain)) or low in ("it", "its") or (
                low.startswith(("the ", "a ", "an ")) and not _ORG_WORDS.isdisjoint(low.split())):
            things.add(key)  # 'Israel' said, 'Ford' (it, the company) said: not 'Tom Israel', 'Bill Ford'
        said = "m" if low in _MALE else "f" if low in _FEMALE else (
            parse_name(men).gender if men and may_have_gender(men) else None)
        if said:
            sexes.setdefault(key, set()).add(said[:1])
        for i in idx:
            quotes[key] += rows[i][4]
            named = False
            for text in (rows[i][5] if len(rows[i]) > 5 and rows[i][5] else ()):
                f = parse_name(text)
                toks = f.plain.split()
                if not f.identity or f.surname != key[2:]:
                    continue
                people.setdefault(key, set()).add(f.identity)  # ('John Smith Jr.' is one more person)
                if len(toks) <= 3 and first_name_gender(fold(toks[0])) \
                        and all(len(t.rstrip(".")) == 1 or first_name_gender(fold(t)) for t in toks[1:-1]):
                    written.setdefault(key, Counter())[f.plain] += 1
                    named = True
            in_full[key] += rows[i][4] if named else 0
    out = {}
    for k, c in written.items():
        name = c.most_common(1)[0][0]
        g = (first_name_gender(fold(name.split()[0])) or "")[:1]
        if len(people[k]) == 1 and k not in things and 2 * in_full[k] > quotes[k] and not (sexes.get(k, set()) - {g}):
            out[k] = name
    return out


def _tied_roles(trips: list, pair_key: dict, shared: dict):
    """(identity, role, articles) for the roles the text ties to a full name of one person (its words or mention
    beside the role: :func:`_role_tied`; the role words before the name)."""
    for sp, role, men, _idx, aids, _ns in trips:
        said = role and not COUNTRY_WORDS.isdisjoint(role.replace("'", " ").split())
        if not said and (not men or COUNTRY_WORDS.isdisjoint(men.split())):
            continue  # (no country named: nothing to tell namesakes apart by, nothing parsed)
        key = pair_key[(sp, men)]
        if key[:2] != "p:" or (sp, men) in shared:
            continue
        if said and _role_tied(sp, men):
            yield key[2:], clean_role(role) or role, aids
        r = parse_name(person_form(sp, men)).role
        if r:
            yield key[2:], r, aids


def _name_articles(corpus: _Corpus, pairs: dict, trips: list, named: list, shared: dict) -> None:
    """The people each article names, for the articles of surnames several people share."""
    need: set[str] = set()
    for sp, _role, men, _idx, aids, _ns in trips:
        if (sp, men) in shared:
            need.update(aids)
    named_in = corpus.named_in
    for sp, _role, men, _idx, aids, _ns in trips:
        ident = pairs[(sp, men)][0]
        if ident:
            for aid in need.intersection(aids):
                named_in.setdefault(aid, set()).add(ident)
    for aid, names in named:
        if aid in need:
            for full in names:
                ident = corpus.full_ident(full)
                if ident:
                    named_in.setdefault(aid, set()).add(ident)


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
