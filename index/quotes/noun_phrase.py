"""Speaker strings are noun phrases: the phrase a clause fragment stands on, adverb tails trimmed, and
role phrases that are roles, never clauses.

``Clinton beamed as she`` -> ``Clinton``; ``Trump later blamed his critics`` -> ``Trump``; ``Obama
passionately`` -> ``Obama``; ``Although Trump`` / ``Bardos must`` -> None; the role ``Senator Jo Roe of
Vermont endorsed`` -> None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import entity_type, is_fragment, normalise, salvage, trim_adverbs, trim_time
from .gender import first_name_gender
from .lexicon import LEARNT_ROLE_WORDS, PRONOUNS, ROLE_WORDS, title_abbreviation
from .name_forms import BEFORE_OTHER, ROLE_HEADS

_DASH = re.compile(r"\s+[-–—]+(?:\s+|$)")
_PREPOSITIONS = {"among", "with", "from", "for", "to", "of", "in", "on", "at", "by", "about", "after", "before",
                 "during", "under", "over", "between", "against", "without", "within", "despite", "through", "like",
                 "unlike", "including", "via", "amid", "since", "until", "perhaps", "maybe", "even", "neither", "either"}
"""Words a speaker noun phrase never starts with ("Among those", "Perhaps Mr")."""
_PREPOSITION_NAMES = ("via rail",)
"""Names of bodies that open with such a word (the Canadian passenger railway)."""
_TIME_NEAR = ("Last", "Next", "This", "Earlier", "Later", "Early", "Late")
_TIME_ALONE = ("Yesterday", "Today", "Tonight", "Earlier", "Later")
_TIME_LEAD = re.compile(r"^(?:(?:%s)\s+(?:this\s+|last\s+|next\s+)?(?:week|month|year|"
                        r"weekend|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter)|%s),?\s+(?=[A-Z])"
                        % ("|".join(_TIME_NEAR), "|".join(_TIME_ALONE)))
_NO_LEAD = re.compile(r"^No\s+[a-z]+\s+(?=[A-Z])")
_TIME_LEAD_FIRST = _TIME_NEAR + _TIME_ALONE + ("No",)
"""The words a match of ``_TIME_LEAD`` or ``_NO_LEAD`` opens with."""
_BASE_VERBS = {"believe", "think", "hope", "expect", "fear", "say", "tell", "claim", "insist", "argue", "warn",
               "suggest", "agree", "know", "feel", "want", "see"}
"""Verbs in their base form, after a plural subject ("Gulf sources believe Roe"): never in a name's alias."""
_NEVER_ALONE = {"having", "being", "doing", "getting", "making", "saying", "telling", "responded", "responding",
                "inside", "outside", "alongside", "despite", "after", "before", "during", "while", "whereas",
                "meanwhile", "hastily", "instead", "still", "yet"}
"""Words that are never a speaker on their own: a participle, a preposition or a determiner that opens a clause."""
_POSSESSED_PP = re.compile(r"^(\S+[’']s?\s+(?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:on|against|about|over|to|with|at|for)\s+\S")
_BY_AGENT = re.compile(r"^(?:[a-z][\w'’-]*\s+){0,6}?[a-z]+(?:ed|en|wn)\s+(?:[\w'’-]+\s+){0,3}?by\s+"
                       r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w.&'’-]*)*)$")
"""A document described by its author ("figures released Thursday by the Commerce Department"): the author."""
_FUNCTION = {"the", "a", "an", "of", "for", "to", "and", "or", "by", "with", "from", "at", "in", "on", "as", "than",
             "but", "nor", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those"}


@lru_cache(maxsize=16384)
def speaker_np(phrase: str) -> str | None:
    """The noun phrase a speaker string names its speaker with, or None when it holds none.

    A pronoun stays itself; a noun phrase loses a time, a dash aside and adverbs after it ("Donald
    Trump on Thursday", "Mr. Bush - in a line", "Clinton clearly"); a clause fragment gives the
    phrase its clause stands on ("Trump also mocked his rivals" -> "Trump") or None ("Although
    Trump", "Bardos must", "It's something she").
    """
    p = " ".join(phrase.split()).strip(" ,;:\"“”‘’")
    if not p:
        return None
    if p.lower() in PRONOUNS:
        return p
    p = normalise(p) or p
    # (the phrase's words are joined by single blanks: a match has " by " and opens with a lower-case letter)
    by = _BY_AGENT.match(p) if " by " in p and p[:1].islower() else None
    if by:  # "a report published by the Audit Office": its author speaks
        return by.group(1)
    dash = _DASH.search(p) if "-" in p or "–" in p or "—" in p else None
    if dash:  # "NEW YORK - Jo Roe": the dateline goes; "Mr. Bush - in a line": the aside goes
        head, tail = p[: dash.start()], p[dash.end():]
        p = tail if head.isupper() and tail else head
    if p.startswith(_TIME_LEAD_FIRST):
        p = _NO_LEAD.sub("", _TIME_LEAD.sub("", p))  # "Last month Roe", "No wonder Roe" -> "Roe"
    if p.endswith(".") and len(p.rsplit(None, 1)[-1]) > 4 and p.rsplit(None, 1)[-1].count(".") == 1 \
            and p[-5:].lower() not in ("corp.", " inc.", " ltd."):
        p = p[:-1]  # "John Roe." (a sentence's full stop), not "Jo Roe Jr."
    words = p.split()
    if len(words) > 1 and words[0][:1].isupper() and words[0].endswith(("ed", "ing")) and words[1] in _PREPOSITIONS:
        return None  # "Asked about Roe's", "Speaking to Doe": a participle's clause
    while p and p.split(None, 1)[0].lower() in _PREPOSITIONS and not p.lower().startswith(_PREPOSITION_NAMES):
        # "On Trump", "Maybe Roe": the noun phrase after it (but "Via Rail" is a name)
        p = p.split(None, 1)[1] if " " in p else ""
    if not p:
        return None
    m = _POSSESSED_PP.match(p) if "'" in p or "’" in p else None
    if m:  # "Roe's attack on Doe": what the possessor did, never Doe
        p = m.group(1)
    p = normalise(trim_adverbs(trim_time(p).strip(" ,")))
    words = p.split()
    if len(words) == 1 and words[0].lower() in _NEVER_ALONE:
        return None  # "Having", "Inside": a clause's first word, no one
    if len(words) > 1 and words[0] in ("Says", "Said", "Added", "Asked"):
        words = words[1:]  # "Said Roe": the cue before its subject
        p = " ".join(words)
    verb = next((i for i, w in enumerate(words) if i and w in _BASE_VERBS), 0) if not _BASE_VERBS.isdisjoint(words) else 0
    if verb:  # "Gulf sources believe Roe": the subject before its verb
        p = " ".join(words[:verb])
    if not is_fragment(p):
        return p
    got = salvage(p)
    if not got:
        return None
    got = trim_adverbs(got.strip(" ,"))
    return got if got and not is_fragment(got) else None


@lru_cache(maxsize=8192)
def is_role_phrase(role: str) -> bool:
    """True when ``role`` reads as a role ("Republican presidential candidate", "former Obama
    speechwriter"), not a clause or a dateline ("Senator Jo Roe of Vermont endorsed", "One pastor
    supporting", "(Reuters) - President")."""
    toks = role.split()
    if not toks or len(toks) > 8 or any(c in role for c in "()\"“”;:") or " - " in role:
        return False
    if title_abbreviation(toks[-1]):  # "Supt.", "Atty. Gen.", "Former Gov.", "U.S. Sen."
        return all(title_abbreviation(t) for t in toks) or is_role_phrase(" ".join(toks[:-1]) + " officer")
    if entity_type(role) in ("place", "capital", "country"):
        return False  # "Harrogate": where, not what
    head = toks[toks.index("of") - 1] if "of" in toks[1:] else toks[-1]
    if toks[0].lower() in ("the", "a", "an") and not role_word(head):
        return False  # "The memory"
    if toks[0].lower() in ("a", "an") and ("for" in toks or "to" in toks):
        return False  # "A spokesman for Democratic candidate": the role of someone else, before the name
    last = toks[-1].lower().strip(".,")
    if last in _FUNCTION or last in PRONOUNS or (last.endswith("ing") and len(last) > 5):
        return False
    return not is_fragment(role)


def is_alias(mention: str) -> bool:
    """True when a mention as written can stand for its speaker in a listing of names: a noun phrase
    as it is (not a fragment, nothing to trim) that ends at a name ("Democratic candidate Hillary
    Clinton", "Mrs. Clinton"), not at a description's common noun ("Roe's aggressive attack")."""
    np = speaker_np(mention)
    if np != " ".join(mention.split()).strip(" ,;:\"“”‘’"):
        return False
    toks = np.split() if np else []
    if any(t.endswith(("’s", "'s", "s’")) and nxt[:1].islower() for t, nxt in zip(toks, toks[1:])):
        return False  # "Roe's chief of staff", "Roe's attack on Doe": someone or something else
    k = len(toks)
    while k > 0 and toks[k - 1][:1].isupper():
        k -= 1  # (the run of capitalised words that ends the phrase starts at k)
    if any(t in _BASE_VERBS for t in toks):
        return False  # "Sources believe Roe"
    if toks and toks[0].lower() == "both":
        return False  # "Both Roe and Doe"
    if 1 < k < len(toks) and toks[k - 1].lower() in BEFORE_OTHER:
        # "Policy makers in Europe", "Sources close to Mr Roe": the name is what the phrase is about;
        # not "Trade and Industry Secretary Jo Roe", "Jo Roe of Vermont"
        if toks[k - 2][:1].islower() or (k == 2 and toks[1] not in ("and", "&")):
            return False
    last = toks[-1] if toks else ""
    return last[:1].isupper() and last.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov")


def role_or_none(role: str | None) -> str | None:
    """``role`` as a role phrase: a dateline before it goes ("NEW YORK - Republican candidate" ->
    "Republican candidate"); None when it is no role phrase ("Jo Roe of Vermont endorsed")."""
    if not role:
        return None
    dash = _DASH.search(role) if "-" in role or "–" in role or "—" in role else None
    if dash and role[: dash.start()].isupper():
        role = role[dash.end():]
    return role if is_role_phrase(role) else None


_AGENT = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "ary", "ier", "sman", "eman", "swoman", "rwoman")
_PARENT_OF_COUNT = re.compile(r"(?:[Mm]other|[Ff]ather|[Mm]um|[Mm]om|[Dd]ad|[Gg]randmother|[Gg]randfather)-of-"
                              r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})")
"""``Mother-of-three`` before a name (UK papers): what the person is, a role."""


def role_shaped(tok: str) -> bool:
    """An occupation's shape: an agent noun ("Engineer", "Councillor", "Economist") or an initialism
    ("MP", "CEO"); never a first name."""
    if first_name_gender(tok) is not None:
        return False
    if tok.isupper() and 2 <= len(tok) <= 4 and tok.isalpha():
        return True
    if "-of-" in tok:
        return _PARENT_OF_COUNT.fullmatch(tok) is not None
    if tok.count("-") == 1 and tok[-1:].isalpha() and (tail := tok.split("-")[1]).isalpha() and tail.islower():
        tok = tail  # "Eighth-grader", "co-founder": the agent noun the compound ends in
    return tok.isalpha() and len(tok) > 4 and tok.lower().endswith(_AGENT)


_ROLE_SET = frozenset(ROLE_WORDS) | frozenset(LEARNT_ROLE_WORDS) | ROLE_HEADS


def role_word(tok: str) -> bool:
    """A word that can head a role: a known role word (or its plural) or one shaped like one."""
    low = tok.lower().strip(".,")
    return low in _ROLE_SET or low.rstrip("s") in _ROLE_SET or low.split("-")[0] in _ROLE_SET \
        or ("-" in low and low.rsplit("-", 1)[1] in _ROLE_SET) or role_shaped(tok)  # "co-leader", "vice-chair"
