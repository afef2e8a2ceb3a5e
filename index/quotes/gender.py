"""The usual gender of a person from an honorific, a gendered role word or the first name.

The first-name table (``data/first_names.txt``) is built by ``benchmarks/build_first_names.py`` from the
name dictionary of Jörg Michael's ``gender.c`` as shipped in the ``gender-guesser`` package, with common names that
dictionary lacks added from ``data/first_names_more.txt`` (Māori, African, South and Central Asian, Irish); both are
read once, on first use.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from .lexicon import HONORIFICS_FEMALE, HONORIFICS_MALE, VIETNAMESE_FAMILY_NAMES

_TABLE_PATH = Path(__file__).with_name("data") / "first_names.txt"
_MORE_PATH = Path(__file__).with_name("data") / "first_names_more.txt"
_TABLE: dict[str, str] | None = None

MALE_TITLES = HONORIFICS_MALE | {"monsieur", "herr", "senor", "señor"}
FEMALE_TITLES = HONORIFICS_FEMALE | {"miss", "madame", "mme", "frau", "senora", "señora"}
"""Honorifics before a name that say its bearer's gender (lower case, no full stop)."""

GENDERED_WORDS = {
    **dict.fromkeys(MALE_TITLES, "m"), **dict.fromkeys(FEMALE_TITLES, "f"),
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m", "baron": "m",
    "count": "m", "congressman": "m", "spokesman": "m", "chairman": "m", "businessman": "m", "father": "m",
    "son": "m", "husband": "m", "brother": "m", "uncle": "m", "grandfather": "m", "boyfriend": "m", "man": "m",
    "boy": "m", "actor": "m", "emperor": "m", "monsieur": "m", "herr": "m", "sheikh": "m", "cardinal": "m",
    "pope": "m", "rabbi": "m", "imam": "m", "nephew": "m", "widower": "m", "councilman": "m", "assemblyman": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "dame": "f", "lady": "f",
    "queen": "f", "princess": "f", "duchess": "f", "baroness": "f", "countess": "f", "congresswoman": "f",
    "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "mother": "f", "daughter": "f", "wife": "f",
    "sister": "f", "aunt": "f", "grandmother": "f", "girlfriend": "f", "woman": "f", "girl": "f", "actress": "f",
    "empress": "f", "frau": "f", "widow": "f", "niece": "f", "councilwoman": "f", "assemblywoman": "f",
    "first lady": "f",
}
"""Honorifics and role words that say a person's gender (lower case, no full stop)."""


NOT_FIRST_NAMES = frozenset({"the", "his", "my", "mine", "here", "just", "said", "are", "be", "one", "unto", "even",
                             "per"})
"""English function words the name dictionary also lists as rare first names: "The University of Toronto" opens
with no one's first name."""


_GENDERED_FIRST = frozenset(k.split()[0] for k in GENDERED_WORDS)
"""The first words of ``GENDERED_WORDS`` (every value is a gender): words without one say no gender."""


def _table() -> dict[str, str]:
    global _TABLE
    if _TABLE is None:
        table: dict[str, str] = {}
        for path in (_TABLE_PATH, _MORE_PATH):
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                text = ""
            for line in text.splitlines():
                if line and not line.startswith("#"):
                    name, _, code = line.partition("\t")
                    if name not in NOT_FIRST_NAMES:
                        table.setdefault(name, code)
        _TABLE = table
    return _TABLE


def first_name_gender(name: str) -> str | None:
    """'m', 'f', 'm?' or 'f?' ('?' = mostly) for a first name, or None when unknown or used by both.

    A compound of two first names takes its first one's (``Marie-Ève``; ``Jean-`` opens men's names in French:
    ``Jean-François``, ``Jean-Marie``); a double-barrelled surname (``Wilson-Raybould``) is none."""
    if not name:
        return None
    key = name.lower().strip(".")
    code = _table().get(key)
    if code is None and not key.isascii() and "-" not in key:
        code = _table().get(_plain(key))  # "Émilie", "Renée": the name without its accents
    if code is None and "-" in key and len(parts := key.split("-")) == 2 and all(parts):
        table = _table()
        second = table.get(parts[1]) or table.get(_plain(parts[1]))
        first = table.get(parts[0]) or table.get(_plain(parts[0]))
        if first and second:  # the first name decides, unless only the second is sure
            code = "m" if parts[0] == "jean" else second if first.endswith("?") and not second.endswith("?") else first
    return code


def known_first_name(name: str) -> bool:
    """True when the name table lists ``name`` as a first name (of either gender, or both)."""
    key = name.lower().strip(".")
    return bool(key) and (key in _table() or (not key.isascii() and _plain(key) in _table()))


def _plain(word: str) -> str:
    """``ève`` -> ``eve``: a word without its accents."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


_VIETNAMESE_MIDDLE = {"Thi": "f", "Van": "m"}
"""Vietnamese middle names that say a person's gender, after the family name ("Nguyen Thi Lan", "Tran Van Hai")."""


@lru_cache(maxsize=16384)
def person_gender(name: str, role: str | None = None, strict: bool = False) -> str | None:
    """'m' or 'f' for a person's name (with its role, if known), or None when nothing says.

    An honorific or gendered word wins ("Mrs. Trump", "his wife", "Queen Elizabeth"); otherwise the
    first name decides ("Hillary Clinton"). ``strict`` ignores first names that are only mostly one
    gender ("Kim", "Chris").
    """
    words = [w.lower().strip(".,") for w in f"{role or ''} {name}".replace("’s", " ").replace("'s", " ").split()]
    for i, w in enumerate(words) if not _GENDERED_FIRST.isdisjoint(words) else ():
        g = GENDERED_WORDS.get(w)
        if g is None and i + 1 < len(words):
            g = GENDERED_WORDS.get(f"{w} {words[i + 1]}")
        if g:
            return g
    toks = [t for t in name.split() if (t[:1].isupper() or (t[:1] in "dl" and t[1:2] in "’'" and t[2:3].isupper()))
            and t.lower().strip(".") not in GENDERED_WORDS]  # (a surname may open with a particle: "d’Entremont")
    if len(toks) < 2 or len(toks[0].strip(".")) < 2:
        return None
    if len(toks) >= 3 and toks[1] in _VIETNAMESE_MIDDLE and toks[0] in VIETNAMESE_FAMILY_NAMES:
        return _VIETNAMESE_MIDDLE[toks[1]]  # "Nguyen Thi Lan": a woman's middle name after the family name
    code = first_name_gender(toks[0])
    if code is None or (strict and code.endswith("?")):
        return None
    return code[0]
