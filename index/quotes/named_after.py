"""People and bodies a speaker phrase names only in part, the text giving the rest around it: an indefinite
description followed by the name in an aside ("Another speaker, retired engineer Jo Roe, warned"), "the older
Roe" of two people who share a surname, one introduced as the other's parent, the short form of a body's name
after "a spokesperson for" ("a spokesperson for Crosslink" -> "Crosslink Transit Partners"), and "the Crown" for
the one Crown attorney the story names."""

from __future__ import annotations

import re

from .gender import first_name_gender

_INDEFINITE = re.compile(r"One\s+of\s+(?P<them>them|those)|(?:Another|One|A|An)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)"
                         r"(?:\s+(?:of|from|in|at|on)\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?")
"""``Another speaker``, ``One longtime resident``, ``A local parent``, ``A veteran of the oil patch``, ``One of
them``."""
_PEOPLE = frozenset({"speaker", "resident", "witness", "neighbour", "neighbor", "parent", "voter", "shopper",
                     "customer", "member", "person", "man", "woman", "participant", "caller", "local", "presenter",
                     "owner", "worker", "employee", "patient", "student", "teacher", "nurse", "doctor", "passenger",
                     "tenant", "landlord", "volunteer", "survivor", "victim", "fan", "player", "official", "expert",
                     "analyst", "economist", "lawyer", "mother", "father", "relative", "friend", "organizer",
                     "organiser", "protester", "delegate", "councillor", "candidate", "critic", "advocate",
                     "veteran", "retiree", "pensioner", "commuter", "farmer", "trader", "driver", "colleague"})
"""Heads of an indefinite description of one person whom an aside may go on to name."""
_STANDING = frozenset({"veteran", "retiree", "pensioner", "survivor", "farmer", "trader", "commuter", "volunteer"})
"""Heads of such a description that the story may take up again ("the veteran said"): kept as the person's role."""
_NAME_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3})"
                         r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){1,2})(?:,\s+\d{1,3})?,")
"""``, retired engineer Harold Beattie,`` (``, retired nurse Gloria Baptiste, 70,``) after the description."""
ELDER = re.compile(r"(?i:the)\s+(?P<rel>older|elder|younger)\s+(?P<fam>[A-Z][\w’'-]+)")
"""``the older Haddad``, ``The younger Haddad``."""
_PARENT_BEFORE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*[’']s)\s+(?:late\s+)?(?:father|mother|dad|mom|"
                            r"mum|grandfather|grandmother),\s+$")
"""A parent named after the relation: "his father, " (Youssef Haddad)."""
_FOR_BODY = re.compile(r"(?P<lead>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|"
                       r"representative|official)\s+(?:for|with|at|of)\s+)(?P<org>[A-Z][\w&’'-]+)", re.I)
_CAP_RUN = r"(?:\s+(?:(?:of|for|&)\s+)?[A-Z][\w&’'-]*){1,3}(?![\w&’'-]|\s+(?:and\s+)?[A-Z])"
"""The words that go on from a short form to the full name: capitalised, "of", "for", "&" between (not two names
joined by "and", nor a name the text goes on with)."""


def named_in_aside(body: str, np: str, end: int) -> tuple[str, str | None] | None:
    """(name, role) when the indefinite description ``np`` ending at ``end`` is followed by an aside that names
    the person ("Another speaker, retired engineer Harold Beattie, warned"); None otherwise."""
    m = _INDEFINITE.fullmatch(np)
    if m is None or (not m.group("them") and m.group("head") not in _PEOPLE):
        return None
    a = _NAME_ASIDE.match(body, end)
    if a is None or first_name_gender(a.group("name").split()[0]) is None:
        return None
    if m.group("head") in _STANDING:  # "A veteran of the oil patch, retired rig manager Doug Fenwick": the
        return a.group("name"), np     # description, which "the veteran" takes up again
    return a.group("name"), a.group("role").strip() or None


_POST = re.compile(r"(?:The|Its|His|Her|Their|Our)\s+[a-z][\w’'-]*(?:\s+(?:[a-z][\w’'-]*|of|for|at|to|on|the)){0,5}")
"""A post described in lower case after a determiner: ``The head of the mission``, ``Its co-ordinator``."""
_ASIDE = re.compile(r",\s+(?P<aside>[^,;:“”\"()]{5,80}?)(?:,\s+\d{1,3})?,")


def post_named_in_aside(body: str, np: str, end: int, split_role) -> tuple[str, str] | None:
    """(name, role) when the definite description of a post ``np`` ending at ``end`` is followed by an aside that
    gives a role and a person's name ("The head of the mission, former Ghanaian president Jo Roe, said"; "Its
    co-ordinator, the Rev Jo Roe,"); None otherwise (a bare name in the aside is read where the subject is)."""
    if _POST.fullmatch(np) is None or (np.endswith("s") and not np.endswith("ss")) \
            or (a := _ASIDE.match(body, end)) is None:
        return None  # (one post, one person: "The aides, led by campaign manager Jo Roe," speak as a group)
    name, role = split_role(a.group("aside"))
    lead = (role or "").split(" ", 1)[0].lower()
    if lead.endswith(("ed", "ing")) or lead in ("by", "with", "from", "of", "in", "at", "for", "including", "like"):
        return None  # "led by campaign manager Jo Roe": not the post's holder
    toks = name.split()
    if role is None or not 2 <= len(toks) <= 3 or not all(t[:1].isupper() and t.isalpha() for t in toks) \
            or (first_name_gender(toks[0]) is None and not role.split()[-1].islower()):
        return None  # (a first name not known after a post in lower case: "former president Kwame Boateng")
    return name, role


def elder_or_younger(body: str, np: str, full_names: list[str]) -> str | None:
    """Of two people who share a surname, the one "the older Haddad" or "the younger Haddad" stands for: the
    one the text introduces as a parent ("his father, Youssef Haddad") is the older; None when it cannot tell."""
    m = ELDER.fullmatch(np)
    if m is None or len(full_names) != 2:
        return None
    parents = []
    for name in full_names:
        i = body.find(name)
        while i >= 0 and not _PARENT_BEFORE.search(body, max(0, i - 40), i):
            i = body.find(name, i + 1)
        parents.append(i >= 0)
    if parents.count(True) != 1:
        return None
    k = parents.index(True)
    return full_names[k] if m.group("rel").lower() in ("older", "elder") else full_names[1 - k]


def spokesperson_for(body: str, np: str, at: int) -> str | None:
    """``np`` with the body's name in full where it is "a spokesperson for" a short form of a name the text gave
    before ("a spokesperson for Crosslink" after "Crosslink Transit Partners"); None when there is none."""
    m = _FOR_BODY.fullmatch(np)
    if m is None:
        return None
    org = m.group("org")
    full = re.search(r"(?<![\w-])%s%s" % (re.escape(org), _CAP_RUN), body[:at])
    if full is None or full.group().split()[-1].lower() in ("said", "says"):
        return None
    return m.group("lead") + full.group().rstrip(".,")


_CROWN = re.compile(r"(?i:the)\s+Crown")
_CROWN_LAWYER = re.compile(r"\bCrown\s+(?:attorney|prosecutor|counsel|lawyer)s?\s+"
                           r"(?P<n>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){1,2})"
                           r"|(?P<m>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:the|a)\s+Crown\s+"
                           r"(?:attorney|prosecutor|counsel|lawyer)\b")
"""A Crown attorney named with the post: "Crown attorney Joanne Fitz", "Joanne Fitz, the Crown prosecutor"."""


def crown_lawyer(body: str, np: str) -> str | None:
    """The one Crown attorney (prosecutor, counsel) the story names, for "the Crown" as a speaker ("the Crown
    argued that …", before or after the lawyer is named); None where it names none or several."""
    if _CROWN.fullmatch(np) is None or "Crown " not in body:
        return None
    names = {m.group("n") or m.group("m") for m in _CROWN_LAWYER.finditer(body)}
    names = {n for n in names if first_name_gender(n.split()[0]) is not None}
    return names.pop() if len(names) == 1 else None
