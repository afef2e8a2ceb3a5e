"""Which role strings and aliases a canonical speaker lists: role phrases, never clauses, places or
modifiers alone.

The extractor's role for a quote is kept as written when the role rules of :mod:`.name_forms` do not
know its words but it reads as a post ("Councillor", "analyst with Jupiter Research", "Franz Ferdinand
frontman"); never a place ("Harrogate"), a clause ("aides say", "Hollywood Actor Who Endorsed"), a
quotation ("''I hope so,''"), a phrase opened by a preposition or conjunction ("In describing fellow
billionaire", "like Republican front-runner"), a judgement ("Really Effective Senator") or a modifier alone ("Former"). Aliases start at the person's title or role
(:func:`alias_form`: "Tanzania Mr Brown" is listed as "Mr Brown").
"""

from __future__ import annotations

from functools import lru_cache

from .entities import entity_type
from .gender import first_name_gender
from .lexicon import CUE_VERBS, TITLE_ABBREVIATIONS
from .name_forms import _NOT_ROLE as NOT_ROLE, BEFORE_OTHER, CONNECTORS, TITLES, parse_name, party_tag_alone, strip_party_tag
from .name_split import lead_word
from .noun_phrase import _ROLE_SET, is_role_phrase, role_word

MODIFIERS = {"former", "ex", "acting", "then", "current", "likely", "new", "outgoing", "incoming", "late", "future",
             "would-be", "longtime", "veteran", "fellow", "top", "senior", "the", "a", "an", "younger", "elder", "older",
             "rival"}
"""Words that qualify a post but are none on their own: "Former" is no role."""
_OPENERS = BEFORE_OTHER | NOT_ROLE | {"like", "just", "not", "only", "unlike", "including", "either"}
_NAME_OPENERS = {"st", "mt", "ft", "san", "santa", "new", "saint"}
"""Words that open a place's or body's name ('St Mary's'): a role that ends on one was cut short."""
_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
_CLAUSE = {"who", "which", "that", "is", "are", "was", "were", "has", "have", "had", "will", "would", "says", "said",
           "say", "told", "tells", "assume", "think", "believe"}
_HEAD_SUFFIXES = ("man", "woman", "person")
_JUDGING = {"really", "very", "truly", "so", "too", "quite", "extremely", "incredibly", "pretty"}
"""Words that grade what a phrase calls someone ("A Really Effective Senator"): a judgement of the writer's, no post."""


@lru_cache(maxsize=65536)
def modifier_only(role: str) -> bool:
    """'Former', 'the new': words that qualify a post, and no post."""
    return all(w.lower().strip(".,") in MODIFIERS for w in role.split())


@lru_cache(maxsize=65536)
def listed(role: str | None) -> str | None:
    """``role`` (from the role rules or :func:`role_as_written`) if a listing can show it: not opened by a
    preposition, conjunction, adverb or possessive ("Just look at House Speaker", "Earlier Foreign Secretary",
    "his son"), no clause word, not a modifier alone, and not ending at another person's title ("supporters of
    Sen.")."""
    if not role:
        return None
    low = [w.lower().strip(".,") for w in role.split()]
    if low[0] in _POSSESSIVES and not (len(low) > 1 and low[1].startswith("majesty")):
        return None  # ('his son', 'her chief of staff': kin or a post of someone the sentence names)
    if low[0] in _OPENERS or any(w in _CLAUSE or w in _JUDGING for w in low) or modifier_only(role):
        return None
    if len(low) >= 2 and low[-2] in BEFORE_OTHER and (low[-1] in TITLE_ABBREVIATIONS or low[-1] in _NAME_OPENERS):
        return None  # ('supporters of Sen.', 'nurse manager at St': cut before the name it opens)
    return role


@lru_cache(maxsize=65536)
def role_as_written(role: str) -> str | None:
    """The extractor's ``role`` as a listing shows it, or None when it is no role phrase (module doc)."""
    if "''" in role or '"' in role or "“" in role or "”" in role:
        return None
    toks = role.split()
    if not toks:
        return None
    low = [t.lower().strip(".,") for t in toks]
    if low[0] in _OPENERS or any(w in _CLAUSE or w in CUE_VERBS or w in _JUDGING for w in low) or modifier_only(" ".join(toks)):
        return None
    text = " ".join(toks)
    if not is_role_phrase(text) or entity_type(text):
        return None
    stop = next((i for i, w in enumerate(low) if w in ("of", "with", "at", "for", "from", "on", "in")), len(low))
    head = toks[stop - 1] if stop else toks[-1]
    if head.lower() in MODIFIERS:
        return None
    if len(toks) == 1 and not known_role_word(head):
        return None  # 'Defiant', 'committee': a word shaped like a post is none alone
    if role_word(head) or (head.islower() and (len(toks) >= 2 or head.endswith(_HEAD_SUFFIXES))):
        return text
    return None


def known_role_word(tok: str) -> bool:
    """A role word the lexicon knows (or its plural, or a compound of one: 'co-chairman'), a word made
    like an agent noun ('backbencher') or a post's initials ('DJ'); not a word only shaped like a post
    ('Defiant', 'committee')."""
    low = tok.lower().strip(".,")
    return low in _ROLE_SET or low.rstrip("s") in _ROLE_SET or any(p in _ROLE_SET for p in low.split("-")) \
        or low.endswith(_HEAD_SUFFIXES + ("er", "ist")) or (tok.isupper() and 2 <= len(tok) <= 4)  # 'DJ', 'MEP'


@lru_cache(maxsize=65536)
def alias_ok(mention: str) -> bool:
    """A mention can be listed as an alias: no place ("Iowa"), no modifier alone and no party tag ("D")."""
    return not entity_type(mention) and not modifier_only(mention) and not party_tag_alone(mention)


@lru_cache(maxsize=65536)
def alias_form(mention: str) -> str:
    """A mention as an alias of the person it names: from its role or courtesy title on, without the
    words before them that belong to the sentence ("Tanzania Mr Brown" -> "Mr Brown", "Mr Howard nor
    Mr Letwin" -> "Mr Letwin", "Donald Trump and House Speaker Paul Ryan" -> "House Speaker Paul Ryan"), and without
    a party tag after the name ("Sen. Ann Roe (R-Ohio)" -> "Sen. Ann Roe")."""
    mention = strip_party_tag(mention)
    toks = mention.split()
    if len(toks) <= 2 and (len(toks) < 2 or toks[0].lower().rstrip(".") in TITLES or (
            first_name_gender(toks[0]) is not None and not lead_word(toks[0].lower()))):
        return mention  # "Mr Brown", "Gordon Brown": nothing before the name (the common case, not parsed)
    f = parse_name(mention)
    if not f.person or not f.plain or not mention.endswith(f.plain):
        return mention
    k = len(toks) - len(f.plain.split())
    while k > 0 and toks[k - 1].lower() in CONNECTORS:
        k -= 1  # 'De Blasio', 'van Gaal': the particle is the surname's
    if k > 0 and toks[k - 1].lower().rstrip(".") in TITLES:
        k -= 1
    elif k > 0 and (not f.role or f.role.lower() in ("former", "ex")):  # "Franz Ferdinand frontman Alex Kapranos" stays, "Harrogate Charles Kennedy" not
        prefix = toks[:k]
        if is_role_phrase(" ".join(prefix)) and not {"and", "&", "nor", "or"}.intersection(w.lower() for w in prefix) and \
                prefix[-1].lower() not in ("former", "ex") and (
                prefix[-1].islower() or any(map(known_role_word, prefix))):
            return mention
    if f.role and f.role.lower() not in ("former", "ex") and " ".join(toks[:k]).endswith(f.role):
        k -= len(f.role.split())
    return " ".join(toks[k:])
