"""A peer's title is one more name of a person: ``Lord Kinnock`` and ``Neil Kinnock``, ``Baroness Kennedy`` and
``Helena Kennedy``.

A title and a surname (``Lord``, ``Lady``, ``Baroness``) join the one person of the corpus with that surname
and no other sex when an article names them with the title too and their posts may be the peer's (never an
MP; one post in common when both have posts, or when the peer is written with the place of the title:
``Lord Smith of Kelvin`` is not the ``John Smith`` quoted beside him): ``Stephen Kinnock MP`` named with his father ``Lord Kinnock``,
or a corpus with a ``Neil`` and a ``Stephen Kinnock``, leave the peer apart (it writes both, or quotes both: the BBC's
``Neil Kinnock`` becomes ``Lord Kinnock`` in the next paragraph); a woman's titles of one surname (``Lady
Royall``, ``Baroness Royall``) are one peer, a lord and a lady of one name never one person; a peer and a namesake never met in an
article (``Lord Browne`` of BP, the minister ``Des Browne``) stay two people. A surname that no person of
the corpus has joins the one peer of that name (``Rennard`` said, of ``Lord Rennard``); a surname that one
person and a peer apart from them have is kept apart (``s:`` group) unless its article names the person. Used by
:mod:`.grouping` once per corpus, after each pair has its group.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping

from .gender import first_name_gender

_PEER = re.compile(r"(Lord|Lady|Baroness)[ \t]+([A-Z][\w’'-]+)")
_SEX = {"lord": "m", "lady": "f", "baroness": "f"}
_DESIGNATED = re.compile(r"(?:Lord|Lady|Baroness)[ \t]+[A-Z][\w’'-]+[ \t]+of[ \t]+[A-Z]")
"""A peer's title with its place ('Lord Smith of Kelvin'): the form that tells namesakes apart."""


def peer_surname(plain: str) -> tuple[str, str] | None:
    """(surname folded, 'm'/'f') of a peer's title and surname ('Lord Kinnock' -> ('kinnock', 'm')), else None."""
    m = _PEER.fullmatch(plain) if plain[:1] in "LB" else None
    return (m.group(2).lower(), _SEX[m.group(1).lower()]) if m else None


def peer_groups(pair_key: Mapping[tuple[str, str], str], plain: Callable[[tuple[str, str]], str],
                by_surname: Mapping[str, set[str]], sex: Mapping[str, str | None],
                articles: Mapping[tuple[str, str], Iterable[str]], named: Iterable[tuple[str, list[str]]],
                identity: Callable[[str], str], roles: Callable[[str], set[str]] = lambda _: set(),
                pair_roles: Mapping[tuple[str, str], set[str]] = {},
                title_roles: Mapping[tuple[str, str], set[str]] = {}) -> dict[tuple[str, str], str]:
    """{pair: its new group} for the pairs of a peer's title that join a person, and the surname-only pairs
    that join a peer (module doc). ``plain``: a pair's name without role words; ``articles``: a pair's
    articles; ``named``: (article, full names it writes) rows; ``identity``: a full name's person ('' if none);
    ``roles``: the head words of a person's roles; ``pair_roles``: those of a pair's roles (``title_roles``: of
    its roles as written, 'Labour peer' too)."""
    peers: dict[tuple[str, str], tuple[str, str]] = {}
    for pair in pair_key:
        if "Lord" not in pair[0] and "Lady" not in pair[0] and "Baroness" not in pair[0] and \
                "Lord" not in pair[1] and "Lady" not in pair[1] and "Baroness" not in pair[1]:
            continue  # (no title: not parsed)
        p = peer_surname(plain(pair))
        if p:
            peers[pair] = p
    if not peers:
        return {}
    surnames = {s for s, _ in peers.values()}
    where: dict[str, set[str]] = {}  # a person of a peer's surname -> the articles that name them
    titled_in: dict[str, set[str]] = {}  # a peer's surname -> the articles that write the title
    for pair, key in pair_key.items():
        if key[:2] == "p:" and key[2:].rsplit(" ", 1)[-1] in surnames:
            where.setdefault(key[2:], set()).update(articles[pair])
    for pair, (s, _) in peers.items():
        titled_in.setdefault(s, set()).update(articles[pair])
    for aid, names in named:
        for full in names:
            p = peer_surname(full)
            if p and p[0] in surnames:
                titled_in.setdefault(p[0], set()).add(aid)
            elif full.rsplit(" ", 1)[-1].lower() in surnames and (i := identity(full)):
                where.setdefault(i, set()).add(aid)
    peer_roles: dict[tuple[str, str], set[str]] = {}  # (surname, sex) -> the head words of the peer's roles
    designated: set[tuple[str, str]] = set()  # peers written with their place: a namesake needs a post in common
    for pair, p in peers.items():
        peer_roles.setdefault(p, set()).update(pair_roles.get(pair, ()))
        if " of " in pair[0] + pair[1] and (_DESIGNATED.search(pair[0]) or _DESIGNATED.search(pair[1])):
            designated.add(p)
    out: dict[tuple[str, str], str] = {}
    for pair, (s, g) in peers.items():
        people = [i for i in by_surname.get(s, ()) if i.split(" ", 1)[0] not in _SEX
                  and (sex.get(i) or _first_sex(i) or "")[:1] in ("", g)]  # (a person with a first name, not 'baroness x')
        if len(people) == 1 and where.get(people[0], set()) & titled_in[s] and _may_be_peer(
                roles(people[0]), peer_roles[(s, g)], (s, g) in designated):
            out[pair] = "p:" + people[0]
    out = _one_peer_a_title(peers, pair_key, out, title_roles)
    peer_key: dict[str, set[str]] = {}
    for pair, (s, g) in peers.items():
        peer_key.setdefault(s, set()).add(out.get(pair, pair_key[pair]))
    for pair, key in pair_key.items():  # 'Rennard': nobody of the corpus has the surname but the peer
        keys = peer_key.get(key[2:]) if key[:2] == "n:" and pair not in peers else None
        if keys and len(keys) == 1 and not by_surname.get(key[2:]):
            out[pair] = next(iter(keys))
        elif key[:2] == "p:" and (s := key.rsplit(" ", 1)[-1]) in peer_key and key not in peer_key[s] and \
                pair not in peers and plain(pair).lower() == s:
            out[pair] = "s:" + s  # 'Browne' with 'Des Browne' and a 'Lord Browne' apart: either, unless its article says
    return out


def _one_peer_a_title(peers: Mapping[tuple[str, str], tuple[str, str]], pair_key: Mapping[tuple[str, str], str],
                      out: dict[tuple[str, str], str],
                      pair_roles: Mapping[tuple[str, str], set[str]] = {}) -> dict[tuple[str, str], str]:
    """The groups of the peers' pairs once the titles of one peer are one: a woman's titles of one surname
    (``Lady Royall``, ``Baroness Royall``) are one peer, joined to the person one of them joined (``Jan Royall``)
    unless they joined two, and unless their posts differ (:func:`_titles_agree`: the judge ``Lady Smith`` is
    not the ``Labour peer Baroness Smith``, nor ``Baroness Smith of Basildon``); a person that both a man's and a woman's title joined (``Lord Pike``, ``Lady Pike``,
    ``Pat Pike``) is neither's: a lord and a lady of one name are two people."""
    joined: dict[str, set[str]] = {}
    for pair, key in out.items():
        joined.setdefault(key, set()).add(peers[pair][1])
    out = {pair: key for pair, key in out.items() if len(joined[key]) == 1}
    titles: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for pair, p in peers.items():
        titles.setdefault(p, []).append(pair)
    for pairs in titles.values():
        keys = {out.get(pair, pair_key[pair]) for pair in pairs}
        people = {k for k in keys if k[:2] == "p:" and k[2:].split(" ", 1)[0] not in _SEX}
        if len(keys) > 1 and len(people) <= 1 and _titles_agree(pairs, pair_roles):
            one = next(iter(people)) if people else min(keys, key=lambda k: (k[:2] != "p:", k))
            out.update({pair: one for pair in pairs if pair_key[pair] != one})
    return out


def _titles_agree(pairs: list[tuple[str, str]], pair_roles: Mapping[tuple[str, str], set[str]]) -> bool:
    """Titles of one surname that may be one woman's: when two have posts (head words), one in common; a title
    written with its place ('Baroness Smith of Basildon') and one with posts have one in common."""
    seen = [(pair_roles.get(p) or set(), " of " in p[0] + p[1] and bool(_DESIGNATED.search(p[0] + " " + p[1])))
            for p in pairs]
    for i, (ra, da) in enumerate(seen):
        for rb, db in seen[i + 1:]:
            if (ra and rb or da != db and (ra if db else rb)) and not ra & rb:
                return False
    return True


def _may_be_peer(person: set[str], peer: set[str], designated: bool = False) -> bool:
    """A person whose roles (head words) may be the peer's: never an MP (a peer sits in the Lords), and when
    both have roles, one post in common ('chief executive' Lord Browne is not 'minister' Des Browne); a peer
    written with the place of the title ('Lord Smith of Kelvin') is a namesake's only with a post in common."""
    if designated:
        return bool(person & peer) and not (person & _COMMONS)
    return not (person & _COMMONS) and not (person and peer and not person & peer)


_COMMONS = frozenset({"mp", "mps", "backbencher"})


def _first_sex(ident: str) -> str | None:
    return first_name_gender(ident.split(" ", 1)[0])
