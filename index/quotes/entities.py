"""What a speaker phrase names: a person, an organisation, a group, a place, a platform or a document,
and whether it is a noun phrase at all (not a clause fragment such as "Although Trump")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gender import first_name_gender
from .lexicon import (CAPITALS, CITIES, COUNTRIES, DOCUMENT_WORDS, LY_NOUNS, MONTHS, NOMINALS, ORG_WORDS, PEOPLE_PLURALS,
                      PLATFORMS, PRONOUNS, REGIONS, ROLE_WORDS, WEEKDAYS)

@dataclass
class Entity:
    """A speaker or a person the article names, as the speaker memory keeps it."""

    name: str
    kind: str  # person / org / group / unknown
    role: str | None = None
    cue: str | None = None
    context: str = ""  # words around the cue ("said in an article"), for "the article" later
    gender: str | None = None
    etype: str = ""  # place / capital / country / platform / document / ""
    plural: bool = False
    pos: int = -1



_DET = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "one", "some", "several", "many", "most", "two", "three", "four", "both", "other", "another", "each",
        "any", "all", "no", "few", "more", "senior", "former", "top"}
_INNER = {"of", "for", "the", "and", "&", "de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du",
          "del", "da", "dos", "das", "at", "in", "on", "to", "y", "di", "st.", "jr.", "sr.", "jr", "sr", "ii", "iii"}
_VERBISH = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "must", "can", "could", "will", "would", "shall", "should", "may", "might", "not", "never", "also",
            "follows", "followed", "says", "said", "told", "tells", "wrote", "writes", "made", "makes", "took",
            "takes", "gave", "gives", "got", "gets", "went", "goes", "came", "comes", "became", "becomes", "want",
            "wants", "wanted", "need", "needs", "needed", "think", "thinks", "know", "knows", "knew", "see", "saw",
            "seems", "seemed", "tried", "tries", "began", "begins", "continued", "continues", "pursued", "pursues",
            "released", "issued", "published", "posted", "announced", "added", "noted", "rallied", "charting",
            "embracing", "receive", "receives", "win", "wins", "won", "lost", "loses", "doesn’t", "doesn't", "isn’t",
            "isn't", "wasn’t", "wasn't", "didn’t", "didn't", "won’t", "won't", "can’t", "can't", "it’s", "it's",
            "that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "because",
            "although", "though", "while", "whereas", "unless", "until", "since", "once", "so", "than", "then",
            "there", "here", "something", "nothing", "anything", "everything", "soon", "just", "yet", "only",
            "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "them"}
"""Words a speaker phrase never holds: verbs, auxiliaries, subordinators, pronouns, adverbs of time."""
_TIME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
                   r"morning|afternoon|evening)\b|\b(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\s+\d|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b")
_HEADS = set(ROLE_WORDS) | set(ORG_WORDS) | set(NOMINALS) | DOCUMENT_WORDS | {
    "aides", "aide", "officials", "spokesperson", "advisers", "allies", "backers", "supporters", "critics",
    "voters", "staff", "staffers", "lawyers", "attorneys", "team", "camp", "family", "office", "representatives",
    "delegates", "members", "leaders", "leadership", "executives", "sources", "allies", "loyalists",
    "surrogates", "spokesmen", "spokeswomen", "chief", "manager", "operatives", "officers", "investigators",
    "prosecutors", "republicans", "democrats", "agents", "source", "official", "insiders", "people"}
_CAP_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _cap(tok: str) -> bool:
    """Does ``tok`` begin with an ASCII capital or digit (``re.match(r"[A-Z0-9]", tok)``, without a pattern call)?"""
    return tok[:1] in _CAP_FIRST
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _words(phrase: str) -> list[str]:
    return phrase.replace("’s", "").replace("'s", "").split()


def plain_words(text: str) -> list[str] | None:
    """The words of ``text`` lower-cased when it is ASCII letters and digits between blanks (nothing to strip from
    any word, no apostrophe, no letter whose lower case is longer), else None: the fast path of the scans that
    lower-case and strip each word."""
    return text.lower().split() if text.isascii() and text.replace(" ", "").isalnum() else None


@lru_cache(maxsize=16384)
def entity_type(name: str) -> str:
    """'place', 'capital', 'country', 'platform', 'document' or '' (anything else) for a speaker phrase."""
    low = " ".join(name.lower().replace("’", "'").split())
    # (``_ARTICLE`` matches only at an article and the one blank after it: the words are joined by single blanks)
    bare = (_ARTICLE.sub("", low) if low.startswith(("the ", "a ", "an ")) else low).strip(".,")
    if bare in PLATFORMS:
        return "platform"
    if bare in CITIES or bare in REGIONS:
        return "place"
    if bare in CAPITALS:
        return "capital"
    if bare in COUNTRIES or bare in ("united states", "united kingdom", "south korea", "north korea",
                                     "saudi arabia", "new zealand", "south africa", "the us", "the uk"):
        return "country"
    toks = bare.split()
    if toks and toks[-1] in DOCUMENT_WORDS and (low.startswith(("a ", "an ", "the ", "this ", "that "))
                                                or len(toks) == 1 or "'s" in bare or toks[0] in _DET):
        return "document"
    return ""


_SUBJ = {"i", "we", "you", "he", "she", "it", "they", "it’s", "it's", "let", "given", "although", "though", "if",
         "when", "while", "because", "since", "as", "so", "than"}
_POSS = {"her", "his", "its", "their", "him", "them", "us", "me", "our", "my"}
_CLAUSE_AFTER_NAME = {"a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "to", "by",
                      "him", "them", "me", "us", "himself", "herself", "themselves", "itself"}
_ED_OK = {"retired", "elected", "based", "appointed", "named", "united", "indicted", "embattled", "detained",
          "accused", "disgraced", "renowned", "noted", "unnamed", "registered", "licensed", "concerned", "trained",
          "married", "divorced", "acclaimed", "celebrated", "unidentified", "advanced", "armed", "organized",
          "organised", "red", "bed", "med", "speed", "need", "seed", "feed", "creed", "reed", "greed", "shed"}
_JOIN = {"of", "de", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "del", "da", "y", "di", "&", "and"}
_NUMBER = re.compile(r"^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                     r"half|a\s+third|a\s+quarter|most|many|few)$", re.I)
_PAREN = re.compile(r"\s*\((?:[DRI]|[A-Z][a-z]*)\s*[-–][^)]{1,12}\)?\s*$|\s*\([^)]*$")


def _cap_run(toks: list[str], i: int = 0) -> int:
    """Index just past the run of capitalised words (and name joiners: "Bank of the West") from ``i``."""
    while i < len(toks):
        low = toks[i].lower()
        if _cap(toks[i]):
            i += 1
        elif (low in _JOIN or low in ("for", "on", "at", "in")) and i + 1 < len(toks) and (_cap(toks[i + 1]) or (
                toks[i + 1] == "the" and i + 2 < len(toks) and _cap(toks[i + 2]))):
            i += 2 if toks[i + 1] == "the" else 1
        else:
            break
    return i


_LEAD_ADV_FIRST = ("just", "only", "even", "nearly", "almost", "about", "roughly", "also", "now")
_THAN_FIRST = ("more", "less", "fewer")
_LEAD_ADV_LAST = ("himself", "herself", "themselves", "itself", "both", "all", "too", "alone", "instead", "however",
                  "often", "also", "again", "sometimes", "always", "later", "earlier", "now", "then", "still", "once",
                  "twice", "repeatedly", "frequently", "previously", "recently")
_LEAD_ADV = re.compile(r"^(?:%s|(?:%s)\s+than)\s+|\s+(?:%s)$"
                       % ("|".join(_LEAD_ADV_FIRST), "|".join(_THAN_FIRST), "|".join(_LEAD_ADV_LAST)), re.I)
"""An adverb or quantifier opening a phrase, or an adverb or reflexive ending it: a match in an ASCII phrase opens
its lower case with one of the first words (or "more", "less", "fewer") or is its last word, one of the last."""
_LEAD_ADV_OPEN = _LEAD_ADV_FIRST + _THAN_FIRST
_LEAD_ADV_END = frozenset(_LEAD_ADV_LAST)


def _may_lead_adv(np: str) -> bool:
    """Can ``_LEAD_ADV`` match in ``np``? (Every non-ASCII phrase is tried.)"""
    if not np.isascii():
        return True
    low = np.lower()
    return low.startswith(_LEAD_ADV_OPEN) or (bool(last := low.rsplit(None, 1)) and last[-1] in _LEAD_ADV_END)


@lru_cache(maxsize=16384)
def normalise(np: str) -> str:
    """Drop what is never part of a speaker phrase: a leading time stamp or dateline, a party
    affiliation in brackets, leading adverbs and trailing reflexives ("Cruz himself")."""
    prev = None
    while prev != np:
        prev = np
        if "(" in np or ":" in np:  # (every match of the first two holds one)
            np = _PAREN.sub("", _LEAD_JUNK.sub("", np))
        np = (_LEAD_ADV.sub("", np) if _may_lead_adv(np) and not _surname_last(np) else np).strip(" ,")
    return np


def _surname_last(np: str) -> bool:
    """Does ``np`` end in a capitalised word of ``_LEAD_ADV_LAST`` after a first name ("Ben Still", "Kate Once"): a
    surname, not an adverb? (A phrase opened by an adverb of ``_LEAD_ADV_FIRST`` is read as before.)"""
    toks = np.split()
    return len(toks) >= 2 and toks[-1][:1].isupper() and toks[-1].lower() in _LEAD_ADV_END \
        and not np.lower().startswith(_LEAD_ADV_OPEN) and first_name_gender(toks[-2]) is not None


def _maybe_verb(low: list[str]) -> bool:
    """Can a word of ``low`` be verb-like: a word of ``_VERBISH``, or one that ends as ``_verbal`` needs?"""
    return not _VERBISH.isdisjoint(low) or any(t.endswith(_VERBAL_ENDS) for t in low)


def _verb_at(low: list[str], toks: list[str] | None = None, maybe: bool | None = None) -> int:
    """Index of the first verb-like word of a phrase, or its length. Capitalised words ("Jared", "Will")
    are names, pronouns joined by "and" or after "of" are not verbs, an -ed word after a determiner or a
    preposition is an adjective ("the unsigned opinion", "families of displaced workers"). (Only a word of ``_VERBISH`` or one that ends as ``_verbal`` needs can
    be one: without them the words are not read one by one.)"""
    if not (_maybe_verb(low) if maybe is None else maybe):
        return len(low)
    for k, t in enumerate(low):
        if t in _POSS or (toks is not None and _cap(toks[k]) and t not in _SUBJ):
            continue
        if t in PRONOUNS and ((k and low[k - 1] in ("and", "of")) or (k + 1 < len(low) and low[k + 1] == "and")):
            continue
        if t in _VERBISH or (_verbal(t) and not (k and (low[k - 1] in _DET or low[k - 1] in _ADJ_AFTER)
                                                    and k + 1 < len(low))):
            return k
    return len(low)


_ADJ_AFTER = frozenset({"of", "for", "with", "from", "among"})
"""Prepositions after which an -ed word before a noun is its adjective ("families of separated relatives")."""
_CONTRACTED = ("n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d")
_CONTRACTED_IS = {"that", "there", "what", "here", "who", "he", "she", "it", "where", "how", "this"}
_IS_ENDS = ("'s", "’s")
_PAST_END = "ed"
_VERBAL_ENDS = _CONTRACTED + _IS_ENDS + (_PAST_END,)
"""How every word ``_verbal`` takes outside ``_VERBISH`` ends."""


def _verbal(tok: str) -> bool:
    if tok.endswith(_CONTRACTED) or (tok[-2:] in _IS_ENDS and tok[:-2] in _CONTRACTED_IS):
        return True  # "aren’t", "they’re", "that’s": a verb is contracted into the word
    return tok in _VERBISH or (len(tok) > 4 and tok.endswith(_PAST_END) and tok not in _ED_OK and tok.isalpha())


@lru_cache(maxsize=16384)
def is_fragment(np: str) -> bool:
    """True when ``np`` is not a noun phrase: it holds a verb, starts with a subject pronoun or a
    subordinator, holds a time, or has a clause after a name ("Trump returned the compliment")."""
    text = normalise(np)
    toks = _words(text)
    if not toks:
        return True
    low = plain_words(text) or [t.lower().strip(",.;:()[]\"“”") for t in toks]
    if toks[-1].lower().strip(".") in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov") or (
            len(toks) == 1 and _ABBREV.match(toks[0])):
        return True  # "a speech Mrs", "Va.", "R-Ky."
    if np.isupper() and len(toks) > 2:
        toks = [t.lower() for t in toks]  # a headline in capitals: its words are read as lower case
        low = toks
    if _TIME_WORDS.issuperset(low):
        return True  # "Tuesday", "Last September"
    if len(low) == 1:
        return low[0] in _ADJECTIVES or (low[0] in _VERBISH and low[0] not in PRONOUNS) or not any(c.isalpha() for c in low[0]) or low[0] in _SUBJ \
            or low[0] in _ADVERBS or low[0].endswith(_ADVERB_ENDINGS)
    verbal = _maybe_verb(low)  # (without such a word, no verb and no verb after a name)
    if low[0] in _SUBJ:  # "she released a statement", "It follows …", "Although Trump"; not "she and her aides"
        return low[1] != "and" or _verb_at(low, toks, verbal) < len(low)
    if _verb_at(low, toks, verbal) < len(low):
        return True
    if low[0] in _DET or not _cap(toks[0]) or _NUMBER.match(low[0]) or low[0] in _PEOPLE_START:
        return False  # a description: "the company's chief executive", "officials familiar with the talks"
    if _TIME.search(np):
        return True
    # a capitalised start: a clause follows the name when a verb or an object does
    i = _cap_run(toks)
    # (a capitalised word is a name even when it ends like a verb: "Ahmed", "Javed")
    return (verbal and any(_verbal(t) for t, w in zip(low[i:], toks[i:]) if not _cap(w))) \
        or not _CLAUSE_AFTER_NAME.isdisjoint(low[i:])


_ADVERBS = {"rather", "sure", "instead", "still", "yet", "indeed", "however", "meanwhile", "moreover", "besides",
            "perhaps", "maybe", "yes", "no", "well", "now", "then", "later", "earlier", "also", "again", "thus",
            "hence", "otherwise", "nonetheless", "nevertheless", "anyway", "overall", "separately", "similarly",
            "likewise", "first", "second", "finally", "today", "here", "there", "afterwards", "afterward"}
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "ibly", "ably", "fully", "lessly", "edly", "ingly")
_TIME_WORDS = {w.lower() for w in MONTHS + WEEKDAYS} | {
               "last", "next", "this", "early", "late", "morning", "afternoon", "evening", "night", "week", "month",
               "year", "today", "yesterday", "tonight", "spring", "summer", "autumn", "fall", "winter"}
_ADJECTIVES = {"islamic", "american", "chinese", "british", "european", "russian", "french", "german", "iranian",
               "israeli", "palestinian", "syrian", "iraqi", "afghan", "mexican", "canadian", "japanese", "korean",
               "indian", "pakistani", "muslim", "jewish", "catholic", "democratic", "republican", "conservative",
               "liberal", "federal", "national", "international", "official", "foreign", "western", "eastern"}
"""Adjectives that are never a speaker on their own ("Islamic", "Democratic")."""
_ABBREV = re.compile(r"^(?:[DRI]-)?[A-Z][a-z]{0,3}\.$")
_PEOPLE_START = {"people", "officials", "sources", "experts", "analysts", "critics", "residents", "aides",
                 "several", "many", "some", "most", "others", "both"} | PEOPLE_PLURALS
"""First words of a description of people, not a clause: "officials familiar with the talks", "Nurses at the
hospital"."""
_LEAD_JUNK = re.compile(r"^(?:\d{4}\s+)?\d{1,2}:\d\d\s*[AP]M\s*(?:[-–—|]+\s*(?=[A-Z]))?|^\d{1,2}:\d\d\s*(?:[AP]\.?M\.?\s*)?(?:[A-Z]{2,4}T\s*|UTC\s*)?"
                        r"[-–—|]+\s*(?=[A-Z])|^[A-Z][A-Z .,'’-]{2,40}(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*\([^()]{1,30}\)\s*[-–—_]+\s*")
_TIME_TAIL = re.compile(r"\s+(?:today|yesterday|tonight|recently|afterward|afterwards)$|"
                        r"\s+(?:on|in|at|during|last|this|early|late|earlier|later)\s+(?:the\s+time|(?:[\w’']+\s+)?"
                        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|"
                        r"afternoon|evening|weekend|\d{4})\b).*$", re.I)


@lru_cache(maxsize=16384)
def trim_time(np: str) -> str:
    """'The White House on Monday' -> 'The White House'; a word in capitals is part of a name ("USA TODAY")."""
    m = _TIME_TAIL.search(np)
    return np[: m.start()] if m and m.start() > 0 and not (m.group().isupper() and " " not in m.group().strip()) else np


_BOUNDARY = re.compile(r"\s+(?:and|but|as|while|when|after|before|because)\s+|\s+[-–—]+\s+|,\s+")
_MODAL = {"must", "can", "could", "will", "would", "shall", "should", "may", "might", "is", "are", "was", "were",
          "has", "have", "had", "do", "does", "did", "who", "which", "that"}


def salvage(np: str) -> str | None:
    """The noun phrase a fragment stands on: the subject of its last clause ("a woman asked for a photo
    and Clinton" -> "Clinton"), else the words before its verb ("Trump at the time" -> "Trump", "the
    senator who heads the panel" -> "the senator"); None when there is none ("Although Trump",
    "Bardos must", "It's something she")."""
    toks = normalise(np).split()
    if not toks or toks[0].lower() in _SUBJ and (len(toks) < 2 or toks[1] != "and"):
        return None
    low = [t.lower().strip(",.;:") for t in toks]
    cut = _verb_at(low, toks)
    if cut == len(toks) - 1 and low[cut] in _MODAL and cut <= 2:
        return None  # "Bardos must"
    text = " ".join(toks)
    if cut < len(toks):
        parts = _BOUNDARY.split(text)
        tail = parts[-1].strip(" ,") if len(parts) > 1 else ""
        if tail and tail.split()[0].lower() not in _SUBJ and not is_fragment(tail) and len(tail.split()) <= 8 \
                and (_cap(tail) or tail.split()[0].lower() in _DET):
            return tail
    name = " ".join(toks[:cut]).strip(" ,")
    if not name or is_fragment(name):
        i = _cap_run(toks) if _cap(toks[0]) and low[0] not in _DET else 0
        if 0 < i < len(toks) and toks[i - 1].endswith(("’s", "'s")) and low[i] in _HEADS:
            i += 1  # "Rubio’s campaign sent out a release" -> "Rubio’s campaign"
        name = " ".join(toks[:i]).strip(",") if 0 < i <= 6 else ""
    name = trim_adverbs(name)  # "Trump later blamed …" -> "Trump", not "Trump later"
    if not name or is_fragment(name) or name.endswith(("’s", "'s")) \
            or all(w in _DET or w in ("one", "ones", "who") for w in name.lower().split()) \
            or (len(name.split()) == 1 and name.islower() and name not in _PEOPLE_START):
        return None  # "the one", "audio": no one in particular
    return name


_ADVERB_TAIL_WORDS = frozenset({"later", "earlier", "again", "too", "also", "alone", "then", "now", "both", "all",
                                "however"})
"""Adverbs after a name that do not end in -ly."""
_ADVERB_TAIL = re.compile(r"(?<=\S)\s+(?:[a-z]+ly|%s)$" % "|".join(sorted(_ADVERB_TAIL_WORDS)))


def trim_adverbs(np: str) -> str:
    """``np`` without the adverbs after it: "Obama passionately" -> "Obama", "Clinton clearly" -> "Clinton".
    (``_ADVERB_TAIL`` is tried only when the last word is one it can match.)"""
    while " " in np and (w := np.rsplit(None, 1)[-1:]) and (w[0].endswith("ly") or w[0] in _ADVERB_TAIL_WORDS) \
            and (m := _ADVERB_TAIL.search(np)) and m.group().split()[-1] not in LY_NOUNS:
        np = np[: m.start()]
    return np
