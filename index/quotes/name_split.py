"""Where a person's name starts when no role word marks it, and roles that join two posts.

``Tory Liam Fox`` -> ``Liam Fox``, ``Defiant Matt Williams`` -> ``Matt Williams``
(a known first name opens the name after words that open none). ``Both the prime minister and
Chancellor`` -> ``Chancellor`` and ``Donald Trump and House Speaker`` -> ``House Speaker``: a role
is the post of the one person it stands before, never a coordination of two. Used by
:mod:`.name_forms` (the canonical speakers' name parts), never by the extractor.
"""

from __future__ import annotations

from .gender import first_name_gender
from .lexicon import CAPITALS, CITIES, COUNTRIES, REGIONS, TITLE_ABBREVIATIONS

PARLIAMENT = {"mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "am", "td"}
"""Members of a parliament written as initials: "Labour MP", "East Midlands MEP"."""
GEO_HEADS = {"sea", "ocean", "river", "lake", "mountain", "mountains", "island", "islands", "bay", "gulf", "valley",
             "desert", "strait", "peninsula", "canal", "coast"}
"""Last words of a place's name ("Aral Sea", "Gulf Coast"): no speaker."""
POST_NOMINALS = PARLIAMENT | {"qc", "kc", "sc", "obe", "mbe", "cbe", "jp"}
"""Letters after a name that say what the person is ("Andrew Tyrie MP"): a role, not a surname."""
SURNAME_ORGS = {"fox", "house", "post", "press", "court", "bank"}
"""Organisation words that are also surnames: after a known first name they end a person's name
("Liam Fox", "Emily Post"), elsewhere an organisation's ("Fox News", "White House")."""
PARTIES = {"tory", "tories", "labour", "conservative", "liberal", "democrat", "democratic", "republican", "gop",
           "green", "ukip", "snp", "lib", "dem", "dems", "unionist", "independent", "socialist", "nationalist"}
"""Party words that may stand before a person's name (some are also first names in the lexicon: "Tory")."""
_COORDINATED = {"both", "either", "neither"}
_AND = {"and", "&", "nor", "or"}


def role_word(w: str, roles) -> bool:
    """``w`` (lower case) is a role word: one of ``roles``, its plural, a member of a parliament, or a
    compound whose last part is one ("co-chairman", "vice-president", "ex-minister")."""
    return w in roles or w.rstrip("s") in roles or w in PARLIAMENT or ("-" in w and w.rsplit("-", 1)[1] in roles)


def name_start(low: list[str], skip) -> int:
    """Where a person's name starts in a run of capitalised words (``low``: the words folded): at the
    first known first name that leaves a surname after it, when the words before it are no first name
    or are party, organisation or role words (``skip``); 0 when no such first name opens it."""
    for j in range(len(low) - 1):
        w = low[j]
        if w not in skip and first_name_gender(w) is not None:
            return j
    return 0


_LEADS = {"top", "plan", "old", "big", "young", "latest", "more", "most", "never", "only", "every", "all",
          "some", "many", "why", "how", "when", "where", "what", "maybe", "even", "just", "also", "meanwhile", "here",
          "there", "speaking", "asked", "exclusive", "watch", "breaking", "update", "video", "photos", "live", "but",
          "and", "so", "yet", "or", "if", "as", "while", "after", "before", "today", "however", "although", "though",
          "because", "since", "unless", "until", "once", "then", "now", "still", "instead", "indeed", "who", "which"}
"""Capitalised words that open a sentence or a headline before a name, never a first name ("When Trump",
"Top Clinton", "Watch Obama")."""


def lead_word(w: str) -> bool:
    """``w`` (folded) opens a capitalised run but no name: a place that is no first name ("Wisconsin
    Trump", "Tanzania"), an -ed/-ing word ("Endorsed Trump") or a sentence or headline opener."""
    if w in _LEADS:
        return True
    if first_name_gender(w) is not None:
        return False
    return w in COUNTRIES or w in REGIONS or w in CITIES or w in CAPITALS or (len(w) > 4 and w.endswith(("ed", "ing")))


def person_with_org_surname(low: list[str], titled: bool = False) -> bool:
    """``Liam Fox``, ``Dr Fox``: a known first name or a courtesy title, and an organisation word that is
    also a surname."""
    if titled:
        return len(low) == 1 and low[0] in SURNAME_ORGS
    return len(low) == 2 and low[1] in SURNAME_ORGS and first_name_gender(low[0]) is not None


def uncoordinate(words: list[str], is_name) -> list[str]:
    """The role words that belong to the person named after them: after the last "and" of "Both A
    and B", and after "Name and" ("Donald Trump and House Speaker"; ``is_name`` tells a person's
    name), and after an "and" that opens another person's title or "his"/"her" ("Clinton and Sen."). "Trade and
    Industry Secretary" and "British and Irish Lions coach" stay whole."""
    low = [w.lower() for w in words]
    joins = [i for i, w in enumerate(low) if w in _AND]
    if not joins:
        return words
    if low[0] in _COORDINATED:
        return words[joins[-1] + 1:]
    for i in reversed(joins):
        nxt = low[i + 1].rstrip(".") if i + 1 < len(low) else ""
        if nxt in ("his", "her", "their") or (i and nxt in TITLE_ABBREVIATIONS):
            return words[i + 1:]  # "Clinton and Sen.", "The prime minister and his campaign boss"
        if i >= 2 and is_name(" ".join(words[:i])):
            return words[i + 1:]
    return words

