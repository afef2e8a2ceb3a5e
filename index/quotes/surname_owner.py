"""Who a surname stands for when its article names nobody of that surname, and a role that names a person.

Used by :mod:`.grouping` once per (speaker, mention) pair:

- :func:`person_form`: ``UK Chancellor`` said, the mention being ``UK Chancellor of the Exchequer
  Gordon Brown``: the speaker string is the role alone, the mention names its holder;
- :func:`described_surname`: ``The more moderate Kasich``, ``eighth seed Agassi``, ``The ERAA's Clarke``: a
  surname after words that describe the person;
- :func:`likely_owner`: ``Mr Brown`` in an article that writes no full name of a Brown is the one
  person of that surname the corpus quotes by far the most (``DOMINANT_SHARE`` of the quotes of all the
  people of that surname, at least ``DOMINANT_LEAST``), or the one whose roles have the role word
  written before the surname (``President Obama``: the Obama the corpus calls President); a title or
  he/she must agree with that person. The same surname used of two people nearly as often (Donald
  and Melania Trump) stays apart. (A lone surname with one person of that name joins that person.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .entities import entity_type
from .kin import KIN_WORDS
from .lexicon import NOMINALS, ORG_WORDS
from .name_forms import _CLAUSE_WORDS, _PRONOUNS, BEFORE_OTHER, QUANTIFIERS, clean_role, fold, parse_name

DOMINANT_SHARE = 0.9
DOMINANT_LEAST = 5
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


@lru_cache(maxsize=65536)
def person_form(sp: str, men: str) -> str:
    """The string that names the person: ``men`` when ``sp`` is only the role it opens with, or the
    surname it gives a courtesy title ("Fox" said, "Dr Fox" the mention: a person) or the first name
    "Sir" gives ("Sir Howard"), else ``sp``."""
    if not men or len(men) <= len(sp):
        return sp
    if " " not in sp and men.endswith(" " + sp) and men.split()[0].lower() in ("sir", "dame"):
        return men  # "Sir Howard": a first name, not the surname of a Howard
    if parse_name(sp).person:
        return sp
    if men.endswith(" " + sp) and " " not in sp:
        m = parse_name(men)
        return men if m.single else sp
    if not men.startswith(sp):
        return sp
    if clean_role(sp) is None:
        return sp
    m = parse_name(men)
    return men if m.identity and m.role else sp


_DESCRIBED = re.compile(r"(?:(?:[Tt]he|an?|An?)[ \t]+)?((?:[a-z][\w-]*[ \t]+){0,4})((?:[A-Z][\w.&-]*[’']s?[ \t]+)?)"
                        r"([A-Z][a-z][\w’'-]*)")
FIRM_WORDS = frozenset(ORG_WORDS) | {w for w, kind in NOMINALS.items() if kind in ("org", "media")} | frozenset(
    """supermarket supermarkets grocer chain brand maker manufacturer giant conglomerate publisher studio label
    carrier broker brokerage insurer lender retailer operator airline carmaker automaker drugmaker
    telecoms telecom bank store stores outfit business""".split())
"""Words that describe an organisation: 'the supermarket chain Tesco' is the firm, never a person named Tesco."""
_KIN = frozenset(KIN_WORDS) | {"his", "her", "their", "whose"}
_NOT_DESCRIBING = BEFORE_OTHER | _CLAUSE_WORDS | _PRONOUNS | {"as", "called", "named", "known", "even", "only", "just",
                                                             "but", "or", "nor", "not", "and", "like", "including"}


@lru_cache(maxsize=65536)
def described_surname(sp: str, person: bool = True) -> str | None:
    """The capitalised last word of ``sp`` when the words before it describe a person (lower-case words
    after an optional 'the'/'a', or an owner's possessive: 'The more moderate Kasich', 'eighth seed
    Agassi', "The ERAA's Clarke"), else None; whether a person of the corpus has it as a surname is the
    caller's to ask. Never a phrase about someone ('supporters of Trump', 'he and Brafman'), a relative
    ('his son Hunter'), a place
    ("Brown's Britain") or, for a ``person``, what describes an organisation ('the car buying website
    Parker', 'analysts Gartner': a plural); with ``person`` False, the organisation so described
    ('analysts Gartner')."""
    m = _DESCRIBED.fullmatch(sp) if len(sp) <= 80 else None
    if m is None or not (m.group(1) or m.group(2)):
        return None  # 'The Times': a name with 'the', nothing that describes
    words = m.group(1).split()
    if any(w in _NOT_DESCRIBING for w in words) or sp.split(None, 1)[0].lower() in QUANTIFIERS:
        return None  # 'he and Brafman', 'some Democrats'
    if person and (any(w.split("-")[-1] in FIRM_WORDS or _plural(w) for w in words) or (
            words == ["rival"] and sp[:1] in "Tt")):
        return None  # 'the car buying website Parker', 'analysts Gartner', 'the rival Tesco': a firm, not a person
    if any(w in _KIN for w in words):
        return None  # 'his son Hunter', 'the wife Clinton': a relative, often by a first name
    return m.group(3) if not entity_type(m.group(3)) else None


def _plural(word: str) -> bool:
    """A lower-case word written as a plural noun ('analysts', 'pollsters'; not 'boss', 'famous', 'campus')."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys"))


def role_words(role: str | None) -> set[str]:
    """The folded words of a role phrase (empty for None)."""
    return set(fold(role).split()) if role else set()


def likely_owner(sp: str, men: str, cands: list[str], counts: dict[str, int], sex: dict[str, str | None],
                 roles: Callable[[str], set[str]]) -> str | None:
    """The person a surname-only pair most likely names when its article names none of ``cands``, or None
    when the corpus does not single one out (see the module doc)."""
    form = person_form(sp, men)
    f = parse_name(form)
    m = parse_name(men) if men and men != sp else None
    low = men.lower() if men else ""
    g = f.gender or (m.gender if m is not None and m.single else None) or (
        "m" if low in _MALE else "f" if low in _FEMALE else None)
    role = f.role or (m.role if m is not None and m.single else None)
    fit = [c for c in cands if not g or sex.get(c) in (None, g)]
    if not fit:
        return None
    if role:
        head = fold(role).split()[-1]
        match = [c for c in fit if head in roles(c)]
        if len(match) == 1:
            return match[0]
    top = max(fit, key=lambda c: (counts.get(c, 0), c))
    n = counts.get(top, 0)
    if n >= DOMINANT_LEAST and n >= DOMINANT_SHARE * sum(counts.get(c, 0) for c in fit):
        return top
    return None
