"""Role words told apart from a name by the shape of the phrase, when no known role word does it.

``Engineer Karl Weber`` -> (``Karl Weber``, ``Engineer``): a known first name opens the name;
``former party speechwriter Jo Roe`` -> (``Jo Roe``, ``former party speechwriter``): a common noun
heads the role before a capitalised name; ``Jo Roe of Vermont`` -> (``Jo Roe``, None).
"""

from __future__ import annotations

from functools import lru_cache

from .entities import entity_type
from .gender import first_name_gender
from .lexicon import ORG_WORDS
from .noun_phrase import is_role_phrase, role_shaped as _role_shaped

_FUNCTION = {"the", "a", "an", "of", "for", "to", "and", "or", "by", "with", "from", "at", "in", "on", "as", "than",
             "but", "nor", "another", "any", "each", "every", "some", "no", "this", "that", "these", "those",
             "its", "his", "her", "their", "our", "my", "your", "one", "all", "both", "de", "van", "von", "der", "al", "bin", "la", "le", "du", "del", "da", "di", "y", "&"}
_NOT_HEAD = {"said", "says", "told", "tells", "also", "then", "now", "who", "which", "that", "when", "while",
             "after", "before", "because", "although", "though", "if", "is", "was", "are", "were", "has", "had",
             "have", "will", "would", "could", "should", "can", "must", "may", "might", "did", "does", "not"}


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def _name_run(toks: list[str]) -> int:
    """Index where the run of capitalised words (and name joiners) that ends ``toks`` starts."""
    k = len(toks)
    while k > 0 and (_cap(toks[k - 1]) or (toks[k - 1] in _FUNCTION and k < len(toks) and k - 1 > 0
                                           and toks[k - 1] not in ("the", "a", "an", "and", "or"))):
        k -= 1
    while k < len(toks) and not _cap(toks[k]):
        k += 1
    return k


_OCCUPATIONS = frozenset({
    "farmer", "advocate", "nurse", "teacher", "driver", "lawyer", "activist", "pastor", "chef", "artist", "author",
    "novelist", "poet", "singer", "photographer", "fisherman", "fisher", "trader", "vendor", "engineer",
    "architect", "economist", "historian", "journalist", "entrepreneur", "businessman", "businesswoman", "tenant",
    "landlord", "volunteer", "mechanic", "miner", "midwife", "pharmacist", "paramedic", "hydrologist", "researcher",
    "shopkeeper", "retiree", "pensioner", "student", "resident", "homeowner", "labourer", "laborer", "weaver",
    "tailor", "carpenter", "plumber", "electrician", "welder", "herder", "rancher", "shepherd", "boxer", "sprinter",
    "surgeon", "physician", "dentist", "veterinarian", "scientist", "epidemiologist", "virologist", "lecturer",
    "professor"})
"""Occupations written capitalised before a name whose first name no list holds ("Farmer Gurpreet Sandhu"):
two capitalised words after one of them are the person's name."""
_FIRM_TAILS = frozenset({"estates", "holdings", "partners", "associates", "brothers", "sons", "enterprises",
                         "industries", "properties", "farms", "foods", "motors", "homes", "services", "solutions",
                         "ventures", "trust", "fund", "finance", "direct", "online", "today", "weekly", "daily"})
"""Last words of a firm's or a body's name after an occupation's word ("Farmer Brown Estates", "Student Finance
England" ends in a country): no person's name."""
_INNER = {"of", "and", "for", "&", "the", "de"}
_UNIT_WORDS = frozenset({"police", "unit", "division", "detachment", "squad", "branch", "bureau", "department"})
"""Lower-case heads of the part of a named body a person serves in ("the York Regional Police major crime unit")."""


def affiliation(toks: list[str]) -> bool:
    """Capitalised words after "of", with or without "the" before them ("Vermont", "the Fraser Institute", "the
    University of Toronto", "the Montreal police", "the Surrey RCMP serious crime unit")."""
    if toks and toks[0] == "the":
        toks = toks[1:]
    if len(toks) >= 2 and toks[-1] in _UNIT_WORDS:
        # "the Montreal police", "the Toronto police homicide unit": a body of a named place or force, in lower case
        k = len(toks) - 1
        while k > 1 and len(toks) - k < 3 and toks[k - 1].isalpha() and toks[k - 1].islower():
            k -= 1
        toks = toks[:k]
    return bool(toks) and _cap(toks[0]) and (_cap(toks[-1]) or toks[-1].isdigit()) \
        and all(_cap(t) or t in _INNER or t.isdigit() for t in toks)  # ("Ward 12", "Local 113")


_BODY_TAILS = frozenset(ORG_WORDS) | frozenset("ventures capital partners labs holdings ltd llc corp college school "
                                               "hospital associates consulting advisers advisors research studios "
                                               "technologies systems".split())
"""Last words that make the words before them an organisation's name ("Lightbox Ventures", "Tsinghua University")."""


def two_names_of_a_body(name: list[str], body: list[str]) -> bool:
    """``Wei Zhang`` of ``Lightbox Ventures``: two capitalised words, neither an organisation's, before "of" and an
    organisation's name: a person's name (whose first name the name table may not know) and the body it works for."""
    return len(name) == 2 and all(t.isalpha() and t[:1].isupper() and t[1:].islower() and t.lower() not in _BODY_TAILS
                                  for t in name) \
        and not entity_type(" ".join(name)) and bool(body) and body[-1].lower().strip(".,") in _BODY_TAILS


@lru_cache(maxsize=16384)
def role_by_shape(np: str) -> tuple[str, str | None]:
    """(name, role) of a speaker phrase no known role word splits; ``(np, None)`` when its shape says nothing."""
    toks = np.split()
    if len(toks) >= 4 and "of" in toks:  # "Councillor Jo Roe of Riverside": the affiliation goes
        at = toks.index("of")
        if at >= 2 and affiliation(toks[at + 1:]) and all(_cap(t) for t in toks[at - 2: at]) \
                and not any(t.endswith(("’s", "'s")) for t in toks[:at]):
            name, role = role_by_shape(" ".join(toks[:at]))
            if name[:1].isupper() and (first_name_gender(name.split()[0]) is not None
                                       or two_names_of_a_body(toks[:at], toks[at + 1:])):
                return name, role  # a person's name, not "Federal Bureau of Prisons"
    if len(toks) < 3:
        return np, None
    k = _name_run(toks)
    if 0 < k <= len(toks) - 2:  # a common noun, then a name of two or more words: "her brother Tom Roe"
        head = toks[k - 1]
        if head.isalpha() and head not in _FUNCTION and head not in _NOT_HEAD and not head.endswith(("ed", "ing", "ly")) \
                and all(_cap(t) for t in toks[k:]) and is_role_phrase(" ".join(toks[:k])):
            return " ".join(toks[k:]), " ".join(toks[:k])
        return np, None
    if k == 0 and len(toks) == 3 and toks[0].lower() in _OCCUPATIONS and toks[0][1:].islower() \
            and all(t[1:].isalpha() and t[1:].islower() and _cap(t) for t in toks[1:]) \
            and toks[2].lower() not in _FIRM_TAILS and not entity_type(toks[2]) \
            and not any(t.lower() in ORG_WORDS for t in toks[1:]):
        return " ".join(toks[1:]), toks[0]  # "Farmer Gurpreet Sandhu", "Advocate Thandiwe Mokoena": an occupation
    if k == 0 and len(toks) <= 6 and all(_cap(t) for t in toks):
        # "Engineer Karl Weber", "Fianna Fáil TD Jo Ó Roe": a word shaped like a role, then a known first name
        # opening a name of two or three words; no first name before it
        for j in range(1, len(toks) - 1):
            if first_name_gender(toks[j]) is not None:
                if len(toks) - j <= 3 and _role_shaped(toks[j - 1]) \
                        and (first_name_gender(toks[-1]) is None or (len(toks) - j == 2 and not toks[j - 1].isupper())):
                    # (a last name that is also a first name closes a name of two words after an occupation's noun:
                    # "Passenger Jo Grant"; not after an initialism: "CB Richard Ellis")
                    return " ".join(toks[j:]), " ".join(toks[:j])
                break
    return np, None


def drop_affiliation(name: str, titled: bool = False) -> str:
    """``Jo Roe of Vermont`` -> ``Jo Roe``: a person's name without the place or body after "of". After a title
    (``titled``: "Sgt. Kerry Roe of the OPP") two or three capitalised words are a name without a known first name."""
    toks = name.split()
    if "of" not in toks:
        return name
    at = toks.index("of")
    if at >= 2 and at < len(toks) - 1 and all(_cap(t) for t in toks[:at]) and affiliation(toks[at + 1:]) \
            and (first_name_gender(toks[0]) is not None or (titled and at <= 3)
                 or two_names_of_a_body(toks[:at], toks[at + 1:])):
        return " ".join(toks[:at])
    return name
