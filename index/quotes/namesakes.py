"""Two people of one full name: the articles that quote ``Michael Owen`` as an ``England forward`` and those that
quote him as ``Wales number eight`` are about two men.

The rule: the roles the text ties to a full name (its own name or mention beside the role) are read for the
countries they name before any preposition (``England``, ``Wales``, ``France``; ``UK`` and ``Britain`` hold England,
Scotland, Wales; not ``ambassador to France``, ``Bank of England governor``, ``Minister for Wales``: a post's place or
body, no side the person plays for; nor a diplomat's, whose country may be the host's, nor an event's: ``France visit
organiser``). A past post (``former England captain``, ``ex-Wales coach``) is no evidence:
people move; a birthplace (``English-born Wales coach``, ``Irish-born``) ties the article to two countries.
A full name is two or more people when its articles tie it to two or more countries that exclude each other,
no article ties it to two, and the posts tied to each country share no head word (``forward``, ``eight``).
Each country's articles are then one person of their own; the name's other articles (no country said) stay
under the bare name, which may be either. Without such evidence (no roles, one country, roles one person can
hold together: ``US president`` and ``Texas governor``) one name is one person: a corpus that never tells
two namesakes apart gives no ground to split them. Used by :mod:`.grouping` once per corpus.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from .lexicon import COUNTRIES
from .name_forms import fold
from .role_hygiene import listed

_UK = {"uk", "britain"}
_UK_NATIONS = {"england", "scotland", "wales"}
_SAME = {"america": "us", "britain": "uk"}
_PREPOSITIONS = frozenset({"of", "to", "for", "in", "at", "from", "with", "on", "against", "across", "over", "by"})
_PAST = frozenset({"former", "ex", "then", "onetime", "one-time", "erstwhile", "retired", "past", "late"})
_BORN = ("-born", "-raised", "-bred")
_POSTED = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "emissary", "embassy", "correspondent"})
"""Posts whose country may be the host's ('France envoy' of the UK): no side the person is of."""
_EVENTS = frozenset("""visit visits trip trips summit talks war wars conflict invasion crisis match game fixture
election elections referendum campaign bid expedition festival conference concert exhibition launch operation
mission deal deals trade aid relief appeal policy desk bureau""".split())
"""Nouns of an event or undertaking a country word can modify ('France visit organiser', 'Iraq war veteran'): the
post is the event's, no side the person is of."""
COUNTRY_WORDS = frozenset({c.title() for c in COUNTRIES} | {c.upper() for c in COUNTRIES if len(c) <= 3})
"""The countries as a role writes them ('England', 'UK'): a cheap test before a role is read."""


def countries(role: str) -> set[str]:
    """The countries a role phrase names ('England forward' -> {'england'}; 'Republic of Ireland manager' ->
    {'ireland'}), folded, 'Britain' as 'uk' and 'America' as 'us'."""
    if not role or not any(c.isupper() for c in role):
        return set()
    out, prev = set(), ""
    for w in fold(role).replace("'s", " ").split():
        if w in _PREPOSITIONS and not (w == "of" and prev == "republic"):
            break  # ('ambassador to France', 'Bank of England governor': the post's place or body)
        if w in COUNTRIES:
            out.add(_SAME.get(w, w))
        prev = w
    return out


def _evidence(role: str) -> set[str]:
    """The countries a role ties its person to as evidence for two namesakes: those of a present post
    (:func:`countries`), with a birthplace as one more ('English-born Wales coach': two, '?' for one not
    known); none for a past post, a diplomat's (its country may be the host), an event's ('France visit organiser')
    or a phrase that is no post ('former England captain', 'UK envoy', 'who moved to Wales')."""
    low = fold(role).replace("'s", " ").split()
    if not low or any(w in _PAST or w in _POSTED or w.startswith("ex-") for w in low) or not listed(role):
        return set()
    c = countries(role)
    if c and not _EVENTS.isdisjoint(low):  # ('France visit organiser': the visit's country, not his)
        c -= {_SAME.get(w, w) for w, nxt in zip(low, low[1:]) if nxt in _EVENTS}
    born = [w for w in low if w.endswith(_BORN)]
    return c | {"?"} if c and born else c


def _exclusive(a: str, b: str) -> bool:
    """Two countries one person cannot play or hold posts for at once ('england', 'wales'; not 'uk', 'wales')."""
    return a != b and not ({a, b} & _UK and {a, b} - _UK <= _UK_NATIONS)


def split_namesakes(rows: Iterable[tuple[str, str, Iterable[str]]], head: Callable[[str], str]) -> dict[str, dict[str, str]]:
    """{identity: {article: the country its people there are told apart by}} for the full names that are two or
    more people (module doc). ``rows``: (identity, a role the text ties to it, or '', and its article ids);
    ``head``: a role's head word."""
    by_art: dict[str, dict[str, set[str]]] = {}  # identity -> article -> countries its tied roles name
    heads: dict[str, dict[str, set[str]]] = {}  # identity -> country -> head words of its roles there
    for ident, role, aids in rows:
        c = _evidence(role) if role else set()
        if not c:
            continue
        arts = by_art.setdefault(ident, {})
        for aid in aids:
            arts.setdefault(aid, set()).update(c)
        if len(c) == 1:
            heads.setdefault(ident, {}).setdefault(next(iter(c)), set()).add(head(role))
    out: dict[str, dict[str, str]] = {}
    for ident, arts in by_art.items():
        found = set().union(*arts.values())
        if len(found) < 2 or any(len(c) > 1 for c in arts.values()):
            continue
        if not all(_exclusive(a, b) for a in found for b in found if a != b):
            continue
        h = heads.get(ident, {})
        if any(h.get(a, set()) & h.get(b, set()) for a in found for b in found if a < b):
            continue  # one post for two countries ('England coach', 'Wales coach'): maybe one man who moved
        out[ident] = {aid: next(iter(c)) for aid, c in arts.items()}
    return out


def namesake_label(name: str, roles: list[str], country: str) -> str:
    """The name of one of two namesakes: the name and the post it is quoted with ('Michael Owen (England
    forward)'), else the country ('Michael Owen (Wales)')."""
    post = next((r for r in roles if country in countries(r)), None)
    return f"{name} ({post or (country.upper() if len(country) <= 3 else country.title())})"


def namesake_keys(pair_key: Mapping[tuple[str, str], str], split: Mapping[str, Mapping[str, str]],
                  arts: Mapping[tuple[str, str], list[str]]) -> dict[tuple[str, str], dict[str, str]]:
    """{pair: {article: its group there}} for the pairs of a full name that is two people (``split``)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for pair, key in pair_key.items():
        where = split.get(key[2:]) if key[:2] == "p:" else None
        if where:
            out[pair] = {aid: f"{key}|{where[aid]}" for aid in arts.get(pair, ()) if aid in where}
    return out
