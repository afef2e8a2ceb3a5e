"""Relatives the text names by their relation to someone: "Lee's mother, Ann," is Ann Lee; "his father,
Joe Smith," is Joe Smith, whom "his father" stands for later; and a bare "Smith" is the person the story is
about, not the father the text names only as a relative."""

from __future__ import annotations

import re
from functools import lru_cache

KIN_WORDS = ("son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow", "widower",
             "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt",
             "cousin", "stepfather", "stepmother", "stepson", "stepdaughter", "fiancé", "fiancee", "fiancée",
             "partner", "girlfriend", "boyfriend", "dad", "mom", "mum", "parents")
_REL = "|".join(KIN_WORDS)
KIN_FIRST_NAME = re.compile(r"(?P<fam>[A-Z][\w-]+)[’']s\s+(?P<rel>son|daughter|brother|sister|father|mother|wife|husband|widow|"
                            r"nephew|niece|grandson|granddaughter)\s+(?P<first>[A-Z][a-z]+)")
"""A speaker phrase naming a relative by a first name, ``Nogar's son Stephen``: Stephen Nogar, in the role
``Nogar's son`` (close family only: "Deloitte's partner Ann" is no relative)."""
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+[’']s)"
_BEFORE = re.compile(r"(?P<fam>[A-Z][\w-]+)[’']s\s+(?:(?:older|younger|elder|late|eldest|youngest|twin)\s+)?"
                     r"(?P<rel>%s),\s+$" % _REL)
"""A relation just before a first name and its comma: "Lee's mother, " (Ann)."""
_NAMED_AFTER = (r"(?:(?P<fam>[A-Z][\w-]+)[’']s|[A-Z][a-z]+\s+(?P<fam2>[A-Z][\w-]+)\s+and\s+(?P<own>his|her))\s+"
                r"(?P<r>(?:(?:older|younger|elder|late|eldest|youngest|twin)\s+)?"
                r"(?:%s)),?\s+(?P<first>[A-Z][a-z]+)(?:\s+(?P<last>[A-Z][\w’'-]+))?(?![\w’'-])")
"""A relative named after the relation: "Lee's mother, Ann", "Smith's father Tom Smith" (with the relation word),
"Ann Lee and her husband, Joe" (Joe Lee, "her husband")."""
_INTRO_BEFORE = re.compile(r"%s\s+(?:[a-z]+\s+)?(?:%s),?\s+$" % (_OWNER, _REL))
_INTRO_AFTER = re.compile(r",\s+%s\s+(?:[a-z]+\s+)?(?:%s)\b" % (_OWNER, _REL))


_BEFORE_OWNER = re.compile(r"(?P<own>[Hh]is|[Hh]er)\s+(?:(?:older|younger|elder|late|eldest|youngest|twin)\s+)?"
                          r"(?P<rel>%s),\s+$" % _REL)
"""A relation owned by a pronoun just before a first name and its comma: "Her husband, " (Greg)."""


def kin_of_owner(body: str, start: int) -> tuple[str, int, str] | None:
    """(pronoun, its offset, relation phrase) when the first name at ``start`` follows "Her husband, ": the
    person is named by the surname of the one the pronoun stands for."""
    m = _BEFORE_OWNER.search(body, max(0, start - 40), start)
    if m is None:
        return None
    return m.group("own").lower(), m.start("own"), body[m.start(): m.end("rel")]


def kin_of_first_name(body: str, start: int) -> tuple[str, str] | None:
    """(surname, relation phrase) when the first name at ``start`` follows "Lee's mother, ": the person is
    named by the family's surname ("Ann Lee"), in the role "Lee's mother"."""
    m = _BEFORE.search(body, max(0, start - 60), start)
    if m is None:
        return None
    return m.group("fam"), body[m.start(): m.end("rel")]


def kin_holders(text: str, rel: str):
    """(offset, full name, relation phrase) of each relative ``text`` names by the relation ``rel``
    ("Lee's mother, Ann" -> Ann Lee; "Smith's father Tom Smith" -> Tom Smith)."""
    if "’s" not in text and "'s" not in text and "and" not in text:
        return  # (every form has a possessive or "and his/her": a text with neither is not read)
    for m in _named_after(rel).finditer(text):
        fam = m.group("fam") or m.group("fam2")
        yield m.start(), f"{m.group('first')} {m.group('last') or fam}", text[m.start("own") if m.group("own")
                                                                                else m.start(): m.end("r")]


@lru_cache(maxsize=64)
def _named_after(rel: str) -> re.Pattern:
    return re.compile(_NAMED_AFTER % re.escape(rel))


@lru_cache(maxsize=256)
def introduced_as_kin(body: str, name: str) -> bool:
    """Does the text first name ``name`` as someone's relative ("his father, Joe Smith", "Joe Smith, her
    husband,")? (Asked again for each bare surname: read once per name, as a name the text never writes in full,
    "Jean Dunne" of "Jean and Conor Dunne", is looked for through all of it.)"""
    i = body.find(name)
    if i < 0:
        return False
    return bool(_INTRO_BEFORE.search(body, max(0, i - 40), i) or _INTRO_AFTER.match(body, i + len(name)))


_SAID_AFTER = re.compile(r",\s+(?:said|says|told|added|wrote)\b")


def _spoke_just_before(body: str, name: str, para: int) -> bool:
    """Does the paragraph that ends at ``para`` (where a paragraph opening with a quotation begins) have ``name``
    as the subject of its cue ("His father, Joe Smith, said …" / "“…,” Mr Smith said")?"""
    if para < 0 or body[para + 1: para + 2] not in ("“", '"'):
        return False
    prev = para
    while prev > 0 and body[prev - 1] == "\n":
        prev -= 1
    i = body.rfind(name, body.rfind("\n", 0, prev) + 1, prev)
    return i >= 0 and _SAID_AFTER.match(body, i + len(name)) is not None


def bare_surname_candidates(body: str, cands: list[str], at: int | None = None) -> list[str]:
    """Of several people sharing a surname, those a bare surname can stand for: not a relative the text names
    as such ("his father, Joe Smith"), unless the text has just named that relative in full in the paragraph
    of ``at`` ("Bill Clinton spoke with voters … Clinton said"); all of them when each is a relative."""
    if len(cands) < 2:
        return cands
    para = body.rfind("\n", 0, at) if at is not None else len(body)
    own = [n for n in cands if not introduced_as_kin(body, n) or (at is not None and body.rfind(n, 0, at) > para)
           or (at is not None and _spoke_just_before(body, n, para))]
    return own or cands
