"""Speakers: clean a subject phrase into a name and a role, resolve pronouns and nominals, merge aliases."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping

from ..models import Quote, Speaker
from .entities import entity_type, is_fragment, plain_words
from .gender import first_name_gender
from .name_forms import role_phrase
from .name_split import POST_NOMINALS
from .org_descriptor import drop_org_descriptor
from .role_shape import affiliation, drop_affiliation, role_by_shape
from .rules import _DATELINE, _Holding
from .lexicon import (GAELIC_PARTICLES, HONORIFICS_FEMALE, HONORIFICS_MALE, LEARNT_ROLE_WORDS, LY_NOUNS, MEDIA_WORDS,
                      MONTHS, ORG_WORDS, PLACE_FIRST_WORDS, PRONOUNS, PROPER_ORG_WORDS, RANK_ABBREVIATIONS, ROLE_WORDS,
                      WEEKDAYS, title_abbreviation)

_ROLE = set(ROLE_WORDS) | set(LEARNT_ROLE_WORDS)
_NOBILITY = {"lord", "lady", "baroness", "baron", "earl", "viscount", "viscountess", "marquess", "duke", "duchess",
             "countess"}
"""Titles that with a single name are the name a peer goes by ("Lord Falconer")."""
_ORG = set(ORG_WORDS)
_TITLES = HONORIFICS_MALE | HONORIFICS_FEMALE | {"mr.", "mrs.", "ms.", "smt.", "dr", "dr.", "prof", "prof.", "cr", "cllr", "comrade"}
_TITLES |= {f"({t})" for t in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.")}  # "Dr (Mrs) Jo Roe"
_COURTESY = _TITLES - {"prof", "prof."}
"""Titles that are no role: "Mr", "Dr", "Sir" go with the name's role phrase; "Prof." is a post held."""
_LEAD_WORDS = ("and", "but", "so", "yet", "while", "as", "because", "though", "although", "when", "if", "since", "then",
               "now", "also", "meanwhile", "however", "still", "instead", "separately", "earlier", "later", "indeed")
_LEAD = re.compile(r"^(?:%s)\b[\s,]*" % "|".join(_LEAD_WORDS), re.I)
"""Joining words and adverbs that open a subject: an ASCII phrase whose lower case opens with none of them has no
match of ``_LEAD``."""
_TIME_NEAR = ("last", "next", "this", "earlier", "later", "early", "late")
_TIME_ALONE = ("yesterday", "today", "tonight", "afterwards", "afterward", "previously", "subsequently", "additionally",
               "elsewhere", "likewise", "similarly", "recently", "again", "finally", "ultimately", "initially",
               "eventually", "notably", "moreover", "furthermore", "importantly")
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"})
_TIME_ADVERB_FIRST = _TIME_NEAR + _TIME_ALONE
_UNIT_LEADS = ("seconds ", "minutes ", "hours ", "moments ", "days ", "weeks ")
"""How "Seconds later the pilot" opens (a unit of time first, then "later" or "earlier")."""
_TIME_OPENERS = _TIME_ADVERB_FIRST + _UNIT_LEADS
"""A match of ``_TIME_ADVERB`` opens with one of ``_TIME_ADVERB_FIRST`` or ``_UNIT_LEADS`` (in some case) or has one
of ``_TIME_UNITS`` as its second blank-separated word."""


def _either_case(words) -> str:
    """An alternation of ``words`` whose first letters may be capitals ("[Ll]ast|[Nn]ext")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


_TIME_ADVERB = re.compile(r"^(?:(?:%s)\s+(?:this\s+|last\s+|next\s+)?"
                          r"(?:week|month|year|weekend|morning|afternoon|evening|night|season|spring|summer|autumn|"
                          r"fall|winter)|(?:[A-Za-z]+|\d+)\s+(?:%s)\s+(?:earlier|later|ago)|"
                          r"(?:Seconds|Minutes|Hours|Moments|Days|Weeks)\s+(?:later|earlier)|"
                          r"(?:%s)\b(?!’|')(?!\s+show\b))[\s,]+(?=\S)"
                          % (_either_case(_TIME_NEAR), "|".join(sorted(_TIME_UNITS, reverse=True)), _either_case(_TIME_ALONE)))
"""A time word or adverb before the subject without its comma: "Last week Premier Roe", "Yesterday Finance
Minister Roe", "Afterwards coach Roe" are Premier Roe, Finance Minister Roe and coach Roe."""


def _drop_leads(np: str) -> str:
    """``np`` without the joining words, time words and adverbs that open it (``_LEAD``, ``_TIME_ADVERB``,
    ``_TIME_LEAD``, until none is left). The patterns run only where their first words are: in an ASCII
    phrase, a lower-case opening word of theirs (or a unit of time second)."""
    prev = None
    while prev != np:
        prev = np
        low = np.lower()
        if not np.isascii() or low.startswith(_LEAD_WORDS):
            np = _LEAD.sub("", np)
            low = np.lower()
        np = np.strip()
        if not np.isascii() or low.lstrip().startswith(_TIME_OPENERS) \
                or (len(w := low.split(None, 2)) > 1 and w[1] in _TIME_UNITS):
            np = _TIME_ADVERB.sub("", np)
        np = _no_time_lead(np).strip()
    return np


_QUOTED_ASIDE = re.compile(r"(?P<np>[A-Z][^,“”\"]*?),\s+[a-z][\w-]*\s+[^,“”\"]*?(?:“|\"|'')[^“”\"]+,(?:”|\"|'')")
"""A subject and an aside opened by a lower-case word that ends in a quotation: 'Jo Roe, citing "the rules,"'."""
_MONTHS = "(?:%s)" % "|".join(MONTHS)
_WEEKDAYS = "(?:%s)" % "|".join(WEEKDAYS)
_TIME_WORDS = ("Until", "Till", "Since", "By", "In", "On", "From", "Through", "During", "Before", "After", "Last", "Next",
               "Early", "Late", "Earlier", "Later", "until", "till", "since", "by", "in", "on", "from", "through",
               "during", "before", "after", "last", "next")
_TIME_LEAD = re.compile(
    # a time adjunct without its comma before the subject: "Until December Microsoft", "In March 2004 the
    # firm", "On Tuesday Ms Roe", "Since 2003 the union"; a month needs its preposition (June Roe is a name)
    r"(?:^|(?<=\s))(?:(?:%s)\s+"
    r"(?:(?:early|late|mid)-?\s*)?(?:%s(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|%s)"
    r"|%s)\s+(?=[A-Z]|the\s)" % ("|".join(_TIME_WORDS), _MONTHS, _WEEKDAYS, _WEEKDAYS))
_TIME_LEAD_WORDS = frozenset(_TIME_WORDS) | frozenset(WEEKDAYS)
"""Every match of ``_TIME_LEAD`` opens with one of these as a whole blank-separated word."""


def _no_time_lead(np: str) -> str:
    """``_TIME_LEAD.sub("", np)``, the pattern run only on a phrase holding one of its first words."""
    return np if _TIME_LEAD_WORDS.isdisjoint(np.split()) else _TIME_LEAD.sub("", np)


_APPOSITIVE = re.compile(r",\s*(?:which|who|whose|whom|where|an?|the|its|his|her|their)\b[^,]*,\s*$", re.I)
_OWNED_APPOSITIVE = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*(?P<aside>,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
                               r"[’']s\s+[a-z][^,]*,\s*)$")
"""A name and an aside owned by a place or body: "Dr. Theresa Tam, Canada's chief public health officer,"."""
_BAD_WORDS = {"is", "are", "was", "were", "be", "been", "being", "not", "no", "that", "this", "there", "here",
              "than", "to", "of", "for", "with", "by", "in", "on", "at", "from", "if", "when", "because", "what",
              "which", "who", "it's", "he's", "she's", "did", "does", "do", "would", "could", "should", "can",
              "may", "might", "must", "will", "shall"}
_PREPOSITIONS = {"during", "in", "at", "on", "after", "before", "since", "over", "under", "for", "with", "from", "by",
                 "through", "amid", "despite", "without", "within", "throughout", "following", "speaking"}
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several".split())
"""Counts before a plural of people in an unnamed source: ``two people familiar with the decision``."""
_PEOPLE = {"experts", "officials", "analysts", "sources", "lawmakers", "economists", "aides", "advisers", "advisors",
           "critics", "residents", "witnesses", "authorities", "researchers", "scientists", "investigators",
           "prosecutors", "activists", "leaders", "members", "senators", "voters", "supporters", "observers",
           "democrats", "republicans", "executives", "diplomats", "strategists", "people", "police", "insiders",
           "organizers", "organisers", "doctors", "lawyers", "attorneys", "spokesmen", "owners", "workers",
           "protesters", "parents", "students", "teachers", "fans", "investors", "traders", "bankers"}
_GROUP_HEADS = {"groups", "organizations", "organisations", "companies", "firms", "unions", "campaigns", "data",
                "figures", "respondents", "media"}
"""Heads of a lower-case subject that speaks as a group: "conservative outside groups", "official data", "state
news media"."""
_NOT_AGENTS = {"years", "months", "weeks", "days", "hours", "minutes", "decades", "times", "promises", "comments",
               "remarks", "claims", "words", "things", "questions", "answers", "points", "goals", "shares", "prices",
               "sales", "costs", "rates", "levels"}
"""Plural nouns that head no speaker phrase (``years adding``, ``those promises add up``)."""
_OK_INNER = {"of", "for", "the", "and", "&", "de", "van", "von", "al", "bin", "la", "le", "du", "del", "da", "at", "ten",
             "ter", "der", "den", "di", "dos", "das", "ibn",
             "in", "on", "to"}
_PARTICLES = {"de", "van", "von", "der", "den", "ten", "ter", "da", "do", "di", "dos", "das", "du", "del", "bin", "ibn"}
"""Lower-case words inside a person's name ("Erik ten Hag")."""
_TAIL_PART = re.compile(r"^(?:\d+|(?:[DRI]-)?[A-Z][a-z]{0,3}\.|[DRI]-[A-Z][a-z]+\.?)$")
_WORD = re.compile(r"[\w’'.&-]+")
_CLAUSE_OPENER = re.compile(r"(?:where|when|which|who|whom|whose|while|as|because|although|though|if|since|after|"
                            r"before|until|once)\b")


def _cap(tok: str) -> bool:
    """Is ``tok`` capitalised (or a number)? An elided particle before a capital counts: ``d’Entremont``."""
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() or (
        tok[0] in "dl" and tok[1:2] in ("’", "'") and tok[2:3].isupper()))


_DOC_WORDS = ("report", "article", "statement", "story", "survey", "study", "analysis", "commentary", "editorial",
              "interview", "memo", "letter", "column", "op-ed", "post")
_DOC_SET = frozenset(_DOC_WORDS)
_DOC_LINKS = ("by", "from", "in", "of", "published by")
"""The words that link a document to its author ("a report by", "an article published by")."""
_DOC_LINK_FIRST = frozenset(w.split()[0] for w in _DOC_LINKS)


def _doc_of(np: str):
    """``_DOC_OF.match(np)``, tried on an ASCII phrase only when one of its first four words is a document's
    word and the next is a word that links it to its author (every match has them)."""
    if np.isascii():
        w = np.lower().split(None, 5)
        if not any(w[i] in _DOC_SET and w[i + 1] in _DOC_LINK_FIRST for i in range(min(4, len(w) - 1))):
            return None
    return _DOC_OF.match(np)


_DOC_OF = _Holding(re.compile(r"^(?:(?:a|an|the|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:%s)\s+"
                              r"(?:%s)\s+(?P<x>.+)$" % ("|".join(_DOC_WORDS), "|".join(_DOC_LINKS)), re.I), _DOC_WORDS)
_OF_PLACE = re.compile(r"\s+(?:of|from|in)\s+[A-Z].*$")
_CLAUSE_BREAK = re.compile(r"[:;—–]\s+|\s+--\s+")
_SUBORDINATORS = ("after", "though", "although", "when", "while", "because", "since", "if", "once", "until", "where",
                  "which", "what", "how", "whom", "whereas", "unless")


_SUBORDINATOR_END = re.compile(r"(?:%s)(?!\S)" % "|".join(_SUBORDINATORS))
"""A subordinator that ends a word (before whitespace or the end): where some word ends with one."""


def _subordinators(np: str) -> list:
    """``list(_SUBORDINATOR.finditer(np))``; in an ASCII phrase, only when some word's lower case ends with one
    of the subordinators (every match ends a word), found by one search of the lower case."""
    if np.isascii() and _SUBORDINATOR_END.search(np.lower()) is None:
        return []
    return list(_SUBORDINATOR.finditer(np))


_SUBORDINATOR = _Holding(re.compile(r"\b(?:%s)\s+" % "|".join(_SUBORDINATORS), re.I),
                         ("after", "though", "when", "while", "because", "since", "if", "once", "until", "where", "which",
                          "what", "how", "whom", "unless"))  # (although, whereas: though, where)
_LY_TAIL = re.compile(r"(?:\s+(?!(?:%s)\b)[a-z]+ly)+$" % "|".join(sorted(LY_NOUNS)))
"""Adverbs after a subject (``he proudly``), never a noun that ends in -ly (``the family``, ``a close ally``)."""
_CAPS_TAIL = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")
_PLURAL_NOUN = re.compile(r"[a-z-]{3,}[^s]s")
"""A lower-case word in a plural "-s" (not "-ss"): "specialists", "opponents"."""


_ABOUT_WORDS = ("about", "around", "nearly", "almost", "roughly", "approximately", "over", "under", "some", "up to")
_THAN_WORDS = ("more", "fewer", "less")
_SHARE = r"(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b"
"""A share of a poll's answers written in words: ``three in five``, ``two out of three``."""
_ABOUT_NUMBER = re.compile(r"^(?:%s|(?:%s) than)\s+(?=\d|%s)" % ("|".join(_ABOUT_WORDS), "|".join(_THAN_WORDS), _SHARE))
_ABOUT_FIRST = _ABOUT_WORDS + _THAN_WORDS
"""The words a match of ``_ABOUT_NUMBER`` opens with."""
_SHARE_NP = re.compile(_SHARE + r"(?:\s+(?:of\s+)?[\w’'-]+){0,3}$")
"""A share as a whole subject: ``three in five``, ``two in three voters``, ``one in four of them``."""
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "not", "that", "there", "would", "could", "should",
                           "will", "can", "did", "does", "do", "i", "hope", "think", "had", "has"})


def _post_word(word: str) -> bool:
    """Can ``word`` name a post after a field (``Nursing student``, ``Mining engineer``), not the object or the adverb
    of a participle (``Addressing reporters``, ``Commenting yesterday``, ``Writing online``, ``Speaking later``)?"""
    return word in _ROLE or (word.endswith(_POST_ENDS) and word not in _NOT_POSTS)


_POST_ENDS = ("ent", "er", "or", "ist", "ian", "ant", "eer")
_NOT_POSTS = frozenset({"later", "earlier", "after", "never", "ever", "over", "under", "together", "rather", "further",
                        "for", "recent", "frequent", "urgent", "different", "independent", "important", "constant",
                        "sooner", "better", "faster", "longer", "harder", "there", "here"})
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)|(?<=[a-z]),(?=\s+(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\s)")
_DIGIT_MARK = "\ue000"
"""Stands in for the comma of a number (``55,000``) or of a place before ``-based`` (``The Austin, Texas-based
firm``) while the phrase is split at its commas."""


_COMPARED = re.compile(r"^\s*(?:(?:about|around|nearly|almost|roughly|some|far|much|well)\s+)?(?:[$£€]?\d[\d,.]*%?\s+)?"
                       r"(?:more|fewer|less|higher|lower|bigger|smaller|larger|greater|better|worse)\s+than\s+(?!\d)")
"""A number and a comparison (``10,000 more than most insiders``): what those after "than" expected, no subject
(but ``more than 300 residents`` is one)."""


@lru_cache(maxsize=16384)
def clean_np(np: str, strict: bool = True) -> str | None:
    """The subject phrase of a speech verb, or None if it cannot be a speaker.

    ``strict=False`` (after 'according to') accepts longer descriptive phrases. The comma inside a number
    (``The union representing 55,000 workers``) never separates an aside.
    """
    if " than " in np and _COMPARED.match(np):
        return None  # "…, about 10,000 more than most insiders expected": a comparison, nobody speaking
    if "," not in np or "," in (masked := _DIGIT_COMMA.sub(_DIGIT_MARK, np)):
        return _clean_np(np, strict)  # (a phrase with asides as well is split as before)
    got = _clean_np(masked, strict)
    if got:
        return got.replace(_DIGIT_MARK, ",")
    got = _clean_np(np, strict)
    if got and got[:1].isdigit() and (k := np.rfind(got)) > 1 and np[k - 1] == "," and np[k - 2].isdigit():
        j = k - 1  # cut at a number's comma ("000 people"): the whole number ("1,000 people")
        while j > 0 and (np[j - 1].isdigit() or np[j - 1] == ","):
            j -= 1
        return np[j:k] + got
    return got


def _particle_name(toks: list[str]) -> bool:
    """A surname that opens with its particle: "da Silva", "van der Berg"."""
    return len(toks) >= 2 and toks[0] in _PARTICLES and _cap(toks[-1]) and all(_cap(t) or t in _PARTICLES for t in toks)


@lru_cache(maxsize=16384)
def _clean_np(np: str, strict: bool) -> str | None:
    np = np.strip()
    if "(" in np and (d := _DATELINE.match(np)) is not None and d.end() < len(np):
        np = np[d.end():]  # "LONDON, Aug 31 (Reuters) - Britain": the place, date and agency are no speaker
    if np.endswith((',"', ",”", ",''")) and (m := _QUOTED_ASIDE.match(np)) is not None:
        np = m.group("np")  # 'Jo Roe, citing "the rules,"': the subject before an aside that quotes
    # (both patterns and the split at commas need a comma)
    m = (_APPOSITIVE.search(np) or _OWNED_APPOSITIVE.match(np)) if "," in np else None
    if m and m.re is _OWNED_APPOSITIVE:
        np = np[: m.start("aside")].strip()
    elif m and m.start() > 0:
        np = np[: m.start()].strip()
    elif "," in np:  # "Megan Hester, senior associate at the Institute, said" -> the name before the description
        parts = [p.strip() for p in np.rstrip(" ,").split(",")]
        if len(parts) >= 2 and (
                (len(parts) >= 3 and parts[1][:1].islower() and parts[1].split()[0].lower() not in PRONOUNS)
                or _TAIL_PART.match(parts[-1]) or entity_type(parts[-1]) == "place") \
                and (lead := split_role(_OF_PLACE.sub("", parts[0]))[0]) and entity_kind(lead) == "person":
            # "Joe Roe Jr., who was to travel to Columbus, Ohio, on Monday", "Sen. Jo Roe, R-Fla.",
            # "Jo Roe, 29, of Huntsville, Ala." -> the person
            np = parts[0]
        elif len(parts) >= 2 and parts[-1][:1].islower() and parts[-1].split()[0].lower() not in PRONOUNS \
                and not _CLAUSE_OPENER.match(parts[-1]) and not (len(parts[-2].split()) == 1 and is_fragment(parts[-2])):
            # "in Richmond, Va., where experts say": not "Va."; "Overall, outside groups said": not "Overall"
            head = parts[-2].split()
            if 1 <= len(head) <= 4 and all(_cap(t) for t in head) and entity_type(parts[-2]) != "place":
                np = parts[-2]
    np = np.strip(",;:—–-").strip()
    m = _doc_of(np)
    if m:
        np = m.group("x").strip()
    if ":" in np or ";" in np or "—" in np or "–" in np or "--" in np:  # (what a clause break holds)
        np = _CLAUSE_BREAK.split(np)[-1].strip()
    if "," in np:
        first, last = np.split(",", 1)[0].strip(), np.rsplit(",", 1)[1].strip()
        # "Dean Roe, a salesman from Sumter, South Carolina": the person, not the place that ends the description
        head = _OF_PLACE.sub("", first)
        np = first if entity_type(last) == "place" and (entity_kind(split_role(head)[0]) == "person" or
                                                        head.split()[0].lower() in ("a", "an", "the")) else last
    np = _no_time_lead(np)
    sub = _subordinators(np)
    if sub and sub[-1].end() < len(np):
        np = np[sub[-1].end():]
    np = _drop_leads(np)
    np = np.strip("\"“”‘’'()[] ")
    if "ly" in np:
        np = _LY_TAIL.sub("", np)  # "he proudly", "Clinton boldly"
    if np.startswith(_ABOUT_FIRST):
        np = _ABOUT_NUMBER.sub("", np)  # "about 28% of the bosses": the bosses, not a preposition's object
    first = np.split(" ", 1)[0].lower() if np else ""
    if first in _PREPOSITIONS:
        m = _CAPS_TAIL.search(np)
        if not m or m.start() == 0:
            return None
        np = m.group(1)
    if not np or len(np) > 90:
        return None
    if np.endswith(" both"):
        np = np[:-5]  # "Premier Jo Roe and Minister Al Poe both said": the two, without the quantifier
    elif np.endswith((" there", " here")) and 2 <= np.count(" ") + 1 <= 3 and np.rsplit(" ", 1)[0][-1:].isalpha() \
            and np.rsplit(" ", 1)[0].split()[-1].lower() not in _PREPOSITIONS | {"from", "to", "of", "out", "over"}:
        np = np.rsplit(" ", 1)[0]  # "Officials there say", "Realtors here said": the people of the place named before
    toks = np.split()
    low = plain_words(np) or [t.lower().strip(".,") for t in toks]
    if (len(toks) > 9 and not _long_affiliation(toks, low) and not (
            " and " in np and len(toks) <= 14 and titled_pair(np))) or not any(map(str.isalpha, np)):
        return None
    if not strict:
        return np if (len(toks) <= 8 or _long_affiliation(toks, low)) and low[-1] not in _OK_INNER else None
    if _SHARE_NP.match(np.lower()):
        return np  # "three in five (voters) said": a share of those asked
    people = low[0] in _PEOPLE or low[-1] in _PEOPLE or (low[-1] in _GROUP_HEADS and len(low) <= 4) or (
        len(low) > 2 and low[0] in _COUNT_WORDS and low[1] in _PEOPLE)  # "two people familiar with the talks"
    bad = not _BAD_WORDS.isdisjoint(low)
    if bad and any(t in _BAD_WORDS and t not in ("to", "of", "for", "at", "in", "from", "with") for t in low) \
            and not (low[0] in ("the", "a", "an") or _cap(toks[0])):
        return None
    if bad and not (low[0] in ("the", "a", "an") or _cap(toks[0]) or people):
        return None
    if not _CLAUSE_WORDS.isdisjoint(low) and any(t in _CLAUSE_WORDS and not (t == "hope" and _cap(w)) and not (
            w in _PARTICLES and 0 < i < len(toks) - 1 and _cap(toks[i - 1]) and _cap(toks[i + 1]))
                                                 and not (i and _cap(w) and (low[i - 1] in _COURTESY or (
                                                     i == len(toks) - 1 and t in ("will", "can") and _cap(toks[i - 1])
                                                     and low[i - 1] not in _CLAUSE_WORDS and first_name_gender(toks[i - 1]))))
                                                 and not (i == 0 and _cap(w) and 2 <= len(toks) <= 3 and all(map(_cap, toks))
                                                          and low[1] not in _CLAUSE_WORDS and first_name_gender(w))
                                                 # "Mr Do", "Ms Ho"; after a first name, a surname: "George Will"; a
                                                 # first name before a capitalised word: "Will Roe"
                                                 for i, (t, w) in enumerate(zip(low, toks))) \
            and not (low[0] == "that" and len(low) == 2) and np != "I":
        # "That person said" and "Hope Hicks said" are speakers
        return None
    if toks[0].endswith("ing") and _cap(toks[0]) and len(toks) > 1 and not (
            _cap(toks[1]) and (low[1] in _ROLE or low[1] in ORG_WORDS)) \
            and not (len(toks) <= 4 and all(_cap(t) for t in toks) and entity_kind(np) == "org") \
            and not (4 <= len(toks) <= 5 and toks[1].isalpha() and toks[1].islower() and _post_word(low[1])
                     and all(map(_cap, toks[2:]))) \
            and not (len(toks) == 2 and (low[1] in _PEOPLE or low[1] in _GROUP_HEADS or low[1][:-1] in _ROLE
                                         or low[1] in ("advocates", "campaigners"))):
        return None  # (but "Housing Minister Jo Roe", "Mining Association president Jo Roe": a post's field;
        # "Nursing student Jo Roe": a field and a lower-case post before a name; "Housing advocates": a field and
        # the people in it; "Redwing Airlines", "Boeing Capital": a firm's name)
    if ((low[-1] in _OK_INNER and low[-1] != "the") or low[-1] in ("the", "a", "an", "its", "his", "her", "their")) \
            and not (len(toks) >= 2 and _cap(toks[-1]) and low[-2] in _COURTESY):
        return None  # (but "Mr An", "Ms Do": a name after a courtesy title)
    if not _cap(toks[0]) and low[0] not in PRONOUNS and not people and not _particle_name(toks) \
            and split_role(np)[1] is None and low[0] not in (
            "the", "a", "an", "one", "some", "several", "many", "most", "two", "three", "both", "other", "its",
            "his", "her", "their", "our", "officials", "analysts", "sources", "experts", "critics", "people",
            "residents", "witnesses", "police", "investigators", "economists", "researchers", "authorities",
            "observers", "supporters", "others", "insiders", "aides", "advisers", "scientists", "lawyers", "those",
            "these") and not (len(toks) <= 3 and _PLURAL_NOUN.fullmatch(low[-1])
                              and low[-1] not in _NOT_AGENTS) \
            and drop_org_descriptor(np) == np:  # (but "mining giant BHP", "state news agency Yonhap": a firm's name)
        return None  # "hacking specialists", "opponents"
    return np


def _long_affiliation(toks: list[str], low: list[str]) -> bool:
    """``Fire Chief Jo Roe of the Kamloops Fire Rescue Service``: a capitalised name of up to six words, then the
    body it serves after "of" (a speaker phrase longer than eight words that is still one person: a first name or a
    title before "of")."""
    lead = 0  # "researcher Jo Roe of …", "lead author Dr. Jo Roe of …": the post written before the name
    while lead < 3 and lead < len(toks) and not _cap(toks[lead]):
        lead += 1
    if lead and low[lead - 1] not in _ROLE:
        return False
    at = low.index("of", lead) if "of" in low[lead + 2: lead + 7] else -1
    return at > 0 and len(toks) <= 14 and all(_cap(t) for t in toks[lead:at]) and affiliation(toks[at + 1:]) \
        and any(first_name_gender(t) or title_abbreviation(t) for t in toks[lead:at])  # a person, not "The Federation of …"


_LEAD_TITLES = frozenset({
    "forward", "defenceman", "defenseman", "defender", "goaltender", "goalie", "winger", "centre", "center",
    "quarterback", "receiver", "striker", "midfielder", "pitcher", "catcher", "coach", "captain", "justice",
    "judge", "chief", "constable", "detective", "inspector", "sergeant", "corporal", "superintendent", "councillor",
    "teammate", "linemate", "netminder", "rookie", "skipper",
})
"""Posts written before a name that a sentence may open with a capital (``Forward Tim Stützle said``)."""


_COURT_POST = re.compile(r"(?P<role>(?:[A-Z][\w.’'-]*\s+){0,4}?(?:Court|Tribunal|Bench)(?:\s+of(?:\s+[A-Z][\w’'-]*){1,3})?"
                         r"\s+(?:(?:[Cc]hief|[Aa]ssociate|[Dd]eputy|[Ss]enior)\s+)?(?:[Jj]ustice|[Jj]udge|[Mm]agistrate))"
                         r"\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})")
"""A judge's post, the court named before it, then the judge's name: ``Ontario Superior Court Justice Jo Roe``."""


_KIN_GROUP = re.compile(r"(?:[Tt]he\s+)?(?:family|families|friends|relatives|parents|children|lawyers?|attorneys?)\s+"
                        r"(?:of|for)\s")
"""People named by whom they belong to: "The family of …", "lawyers for …"."""


AGE_LEAD = re.compile(r"(?:[Tt]he\s+)?\d{1,3}-year-old\s+(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$)")
"""An age before a name and nothing else: ``the 28-year-old Morientes`` (not a description, ``the 30-year-old
Leeds striker``)."""
_DOTLESS_RANKS = frozenset({r.capitalize() for r in RANK_ABBREVIATIONS}
                           | {"Ch", "Con", "PC", "DC", "DS", "DI", "DCI", "DCS", "DSupt", "PCSO", "Garda"})
"""Ranks written without full stops before a name, as British and Irish papers write them ("Det Supt Jo Roe", "Det Con Al
Poe", "PC Al Poe", "Garda Jo Roe")."""
_SECTOR_MAJOR = re.compile(r"(?P<role>(?:[\w&-]+\s+){1,3}major)\s+(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})")
"""``IT services major Infotech Solutions``, ``auto major Tata Motors``: a company after the sector it leads."""
RELATED_PLURALS = frozenset({"sisters", "brothers", "twins", "cousins", "siblings", "couple", "parents",
                             "grandparents", "spouses"})
"""Words for people related to each other, written before their names ("Sisters Amy and Beth Roe")."""
_RELATED_PAIR = re.compile(
    r"(?P<role>(?:(?:[Tt]win|[Ee]lder|[Oo]lder|[Yy]ounger|[Mm]arried)\s+)?(?:%s|[Hh]usband\s+and\s+wife))\s+"
    r"(?P<name>[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    % "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(RELATED_PLURALS)))
"""``Sisters Amy and Beth Roe``, ``Couple Tom and Ann Roe``: people named together after the word that relates them."""


_REGION_END = re.compile(r"\s(?:in|of|from|across|near)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|"
                         r"eastern|western|central|rural|coastal|downtown|(?:south|north)(?:east|west)(?:ern)?)\s+"
                         r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")
"""A place at a phrase's end with a region word before it (``fishers in southwest Nova Scotia``): no name."""


_GENERATIONAL = ("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV")
_GENERATIONAL_WORDS = frozenset(_GENERATIONAL)
"""Suffixes after a name that tell one of a family's generations ("Robert F. Kennedy Jr", "Henry Ford III")."""


_NOT_IN_A_NAME = frozenset("for and of the & all with in on at by from to".split())
"""Words of a body's or a motto's name that are never part of a person's: ``Justice and Development``."""
_MEMBER_OF = re.compile(r"(?P<role>Member\s+of\s+(?:the\s+)?(?:European\s+|Provincial\s+|National\s+)?(?:Parliament|"
                        r"Legislative\s+Assembly|Congress|National\s+Assembly|House\s+of\s+[A-Z][a-z]+))\s+"
                        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
"""``Member of Parliament Anita Roe``: a member's post of several words before the name."""


@lru_cache(maxsize=16384)
def split_role(np: str) -> tuple[str, str | None]:
    """'US President Donald Trump' -> ('Donald Trump', 'US President'); organisations stay whole."""
    if np.endswith(_GENERATIONAL) and (last := np.rsplit(None, 1)).__len__() == 2 and last[1] in _GENERATIONAL_WORDS \
            and len(last[0].split()) >= 2 and all(w[:1].isupper() for w in last[0].split()):
        name, role = split_role(last[0])  # "Martin Luther King Jr": the suffix ends the name, "King" is no post
        return (f"{name} {last[1]}", role) if name != last[0] or role is None else (np, None)
    if np[-1:].isupper() and (last := np.rsplit(None, 1)).__len__() == 2 and last[1].lower() in POST_NOMINALS \
            and last[1].isupper() and len(last[0].split()) >= 2 and first_name_gender(last[0].split()[-2]):
        name, role = split_role(last[0])  # "Jo Roe TD", "Al Poe SC": the letters after the name say a post
        return name, role or last[1]
    if (" in " in np or " of " in np or " from " in np or " across " in np or " near " in np) \
            and _REGION_END.search(np):
        return np, None  # "Lobster fishers in southwest Nova Scotia": people of a region, not a person
    if np[:1].isupper() and np.split(None, 1)[0] in _DOTLESS_RANKS:
        toks = np.split()
        k = 0
        while k < len(toks) and (toks[k] in _DOTLESS_RANKS or k and toks[k] == "Chief"):
            k += 1  # ("Det Chief Supt Jo Roe")
        if 2 <= len(toks) - k <= 3 and first_name_gender(toks[k]) and all(_cap(t) for t in toks[k:]):
            return " ".join(toks[k:]), " ".join(toks[:k])  # "Det Supt Lorraine Jacobs"
        if len(toks) - k == 1 and toks[k][:1].isupper() and toks[k][1:].islower() and toks[k].isalpha() \
                and (k >= 2 or not toks[0].isupper()):
            return toks[k], " ".join(toks[:k])  # "Ch Supt Reid", "Sgt Poe" (not "PC World", "DC United")
        if len(toks) - k == 2 and toks[k].lower() in GAELIC_PARTICLES and _cap(toks[k + 1]):
            return " ".join(toks[k:]), " ".join(toks[:k])  # "Det Supt Mac Cárthaigh"
    if " major " in np and (m := _SECTOR_MAJOR.fullmatch(np)) is not None:
        return m.group("name"), m.group("role")
    if " and " in np and (m := _RELATED_PAIR.fullmatch(np)) is not None:
        return m.group("name"), m.group("role")  # "Sisters Amy and Beth Roe": the two, and how they are related
    if (" of " in np or " for " in np) and _KIN_GROUP.match(np):
        return np, None  # "The family of former premier Gary Filmon": the family speaks, never the person named
    if "Court " in np or "Tribunal " in np or "Bench " in np:
        court = _COURT_POST.fullmatch(np)
        if court and first_name_gender(court.group("name").split()[0]):
            return court.group("name"), court.group("role")  # "Superior Court Justice Jane Roe"
    if "-year-old " in np and (age := AGE_LEAD.match(np)) is not None and " " in np[age.end():]:
        # (a full name; one word may say where someone is from: "the 55-year-old Frenchman")
        name, role = split_role(np[age.end():])  # "the 81-year-old Edna Pratt": the age describes the person named
        return name, age.group().strip() + (" " + role if role else "")
    if np.startswith("Member of ") and (member := _MEMBER_OF.fullmatch(np)) is not None \
            and first_name_gender(member.group("name").split()[0]):
        return member.group("name"), member.group("role")  # "Member of Parliament Anita Roe": the post, the name
    toks = np.split()
    if np.startswith("Justice ") and 3 <= len(toks) <= 4 and all(_cap(t) for t in toks[1:]) \
            and toks[1].lower() not in _ROLE and _NOT_IN_A_NAME.isdisjoint(t.lower() for t in toks[1:]) \
            and entity_kind(" ".join(toks[1:])) == "person":
        return " ".join(toks[1:]), "Justice"  # "Justice Aedit Abdullah": a judge's title (not "Justice Minister")
    lead = 0
    while lead < 2 and lead < len(toks) and toks[lead].lower() in _LEAD_TITLES and toks[lead][:1].isupper():
        lead += 1
    if lead and len(toks) >= lead + 2 and first_name_gender(toks[lead]) and toks[lead].lower() not in _ROLE:
        # "Forward Tim Stützle", "Chief Justice Richard Wagner", "Chief Wilfred King of Gull Bay First Nation":
        # a post opening the sentence, a person's name (and the body it serves)
        rest = toks[lead: toks.index("of")] if "of" in toks else toks[lead:]
        if 2 <= len(rest) <= 3 and all(_cap(t) for t in rest):
            return " ".join(rest), " ".join(toks[:lead])
    if len(toks) >= 5 and ("for" in toks[1:4] or "of" in toks[1:4]):
        at = next(i for i in (1, 2, 3) if toks[i] in ("for", "of"))  # (a province of two words may open it: "Nova
        # Scotia Minister of Health Jo Roe")
        if toks[at - 1].lower() in _ROLE and all(map(_cap, toks[:at])) and (post := _post_of_body(toks, at - 1)):
            # "Minister for Health Jo Roe": the post, the name
            return drop_affiliation(" ".join(toks[post:])), " ".join(toks[:post])
    if ("’s " in np or "'s " in np) and (m := _OWNER_NAME.fullmatch(np)) is not None \
            and first_name_gender(m.group("name").split(None, 1)[0]) and entity_kind(m.group("name")) == "person":
        return m.group("name"), None  # "The EFF's Lerato Dlamini-Khumalo", "Labour's Jo Roe": the person the body owns
    owner = -1
    kind = entity_kind(np) if len(toks) >= 3 else ""
    # (a title and two words of a name; without role words, an abbreviated title, which ends with a full stop)
    titled = _after_title(toks, kind == "org") if len(toks) >= 3 and (kind == "org" or "." in np) else 0
    if titled:  # "Police Supt. Maria Olsen", "Lt.-Gov. Helen Marsh", "Police Chief Jo Roe": a title, a person's name
        name = toks[titled:]
        if "of" in name[2:4] and affiliation(name[name.index("of") + 1:]):
            name = name[: name.index("of")]  # "Sgt. Kerry Blaine of the OPP": the person, not the force
        return " ".join(name), " ".join(toks[:titled])
    if len(toks) >= 4 and kind == "org":
        # "Tesco's chief executive Terry Leahy": an owner's possessive, then a role and a person's name
        owner = next((i for i, t in enumerate(toks) if t.endswith(("’s", "'s"))), -1)
        if owner < 0 and "of" in toks[2:-1] and affiliation(toks[toks.index("of") + 1:]):
            # "Economist Jo Lin of the Fraser Institute": the person before the body they belong to
            name, role = split_role(" ".join(toks[: toks.index("of")]))
            if (first_name_gender(name.split()[0]) or role and (title_abbreviation(role.split()[-1])
                                                                  or role.split()[-1].lower() in _ROLE)) \
                    and entity_kind(name) != "org":  # (after "Sgt." any first name: "Staff Sgt. Kerry Roe")
                return name, role
        if 0 <= owner < len(toks) - 3 and toks[owner][:1].isupper() and (owner == 0 or toks[0][:1].islower()) \
                and (sub := split_role(" ".join(toks[owner + 1:])))[1] \
                and entity_kind(sub[0]) == "person" and 2 <= len(sub[0].split()) <= 3:
            # "China's foreign ministry spokesperson Mao Ning": the owner's post, then the person's name
            return sub[0], " ".join(toks[: owner + 1]) + " " + sub[1]
        if owner < 0 or entity_kind(" ".join(toks[owner + 1:])) == "org":
            name, role = role_by_shape(np) if owner < 0 else (np, None)  # "Former party aide Jo Roe": a person
            return (name, role) if (role or name != np) and first_name_gender(name.split()[0]) \
                and entity_kind(name) != "org" else (np, None)  # not "Royal Society" of Chemistry
    elif len(toks) < 2 or entity_kind(np) == "org":
        return np, None
    # (the words of the lower case are those of the words lower-cased: no letter's lower case is a blank)
    low = [t.strip(",") for t in np.lower().split()] if "," in np else np.lower().split()
    # (a role word, a title or an abbreviated title, which ends with a full stop)
    last_role = next((i for i in range(len(low) - 1, -1, -1)
                      if low[i] in _ROLE or low[i] in _TITLES or title_abbreviation(toks[i])), -1) \
        if "." in np or not _ROLE.isdisjoint(low) or not _TITLES.isdisjoint(low) else -1
    if owner < 0 and (last_role < 0 or last_role == len(toks) - 1):
        return role_by_shape(np)  # "Engineer Karl Weber", "her brother Tom Roe", "Jo Roe of Vermont"
    if last_role <= owner or last_role == len(toks) - 1 or (owner >= 0 and len(toks) - last_role < 3):
        return np, None
    if low[last_role] in _NOBILITY and last_role == len(toks) - 2:
        # "Lord Falconer", "Baroness Scotland": the title is part of the name, after any role
        # ("The Attorney General Lord Goldsmith")
        lead = toks[1:last_role] if low[0] == "the" else toks[:last_role]
        if not lead or lead[-1].lower() in _NOT_ROLE_END:
            return " ".join(toks[last_role:]), None  # "The claims about Lord Falconer": no role
        role = " ".join(role_phrase([t for t in lead if t.islower() or t.lower() not in _COURTESY])) or None
        return (" ".join(toks[last_role:]), role) if role else (np, None)
    name = toks[last_role + 1:]
    if not all(_cap(t) or t.lower() in _OK_INNER for t in name) or not _cap(name[0]):
        return role_by_shape(np) if owner < 0 else (np, None)  # "Former party speechwriter Jo Roe"
    if owner >= 0:
        return " ".join(name), " ".join(toks[: last_role + 1])
    role = " ".join(role_phrase([t for t in toks[: last_role + 1] if t.lower() not in _COURTESY])) or None
    return drop_affiliation(" ".join(name), title_abbreviation(toks[last_role])), role



_OWNER_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*[’']s\s+"
                         r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
"""A body's possessive before a person's name of two or three words ("The EFF's Lerato Dlamini-Khumalo")."""


def _post_of_body(toks: list[str], role: int) -> int:
    """Index of the name after a post named by the body it serves (``Minister for Health Jo Roe``, ``Leader of
    Opposition Raj Rao``, ``Secretary for Security Chris Tang Ping-keung``): the role word at ``role``, "for" or
    "of", the body's capitalised words, then a name of two to four capitalised words. The name opens at a known
    first name after the body's first word, else (a body of one word) the last three words are the name; 0 when the
    phrase has no such shape."""
    rest = toks[role + 3:] if toks[role + 2: role + 3] == ["the"] else toks[role + 2:]
    if not 3 <= len(rest) <= 8 or not all((_cap(t) and t[:1].isalpha() or t in ("of", "for", "the", "and"))
                                          and not t.endswith(("’s", "'s", ",")) for t in rest) or not _cap(rest[0]):
        return 0
    at = next((i for i in range(1, len(rest) - 1) if first_name_gender(rest[i]) and _cap(rest[i - 1])), 0)
    if not at and len(rest) == 4 and all(_cap(t) for t in rest) \
            and not any(t.lower() in PLACE_FIRST_WORDS or entity_type(t) for t in rest[1:]):
        at = 1  # (no known first name: a body of one word, a name of three, no place's words: "New South Wales")
    # (an initialism is no part of a name; a capital letter alone may be: "Seosamh Ó Ceallaigh")
    if not at or not 2 <= len(rest) - at <= 4 or entity_type(" ".join(rest[at:])) \
            or any(t.lower() in _ORG or t.lower() in _ROLE or t.lower() in _AGENCY_HEADS or t.isupper() and len(t) > 1
                   for t in rest[at:]) or entity_kind(" ".join(rest[at:])) != "person":
        return 0
    return len(toks) - len(rest) + at


@lru_cache(maxsize=4096)
def titled_pair(np: str) -> str | None:
    """``Deputy Premier Jo Roe and Finance Minister Al Poe`` -> ``Jo Roe and Al Poe``: two people, each after a post,
    who speak together; None unless both halves are a post and a capitalised name, one with a known first name."""
    a, b = np.split(" and ", 1)
    if not a[:1].isupper() or not b[:1].isupper():
        return None
    (na, ra), (nb, rb) = split_role(a), split_role(b)
    if ra is None or rb is None or " and " in nb or len(na.split()) < 2 or len(nb.split()) < 2:
        return None
    if not all(_cap(t) for t in (na + " " + nb).split()) or entity_kind(na) == "org" or entity_kind(nb) == "org" \
            or first_name_gender(na.split()[0]) is None and first_name_gender(nb.split()[0]) is None:
        return None
    return f"{na} and {nb}"


def _after_title(toks: list[str], role_words: bool = False) -> int:
    """Index of a person's name that ends ``toks`` right after an abbreviated title ("Police Supt. Maria
    Olsen" -> 2), or with ``role_words`` after a role word too ("Police Chief Maria Olsen"): two or three
    capitalised words from a known first name; 0 when there is none."""
    for i in range(len(toks) - 3, max(-1, len(toks) - 5), -1):
        if i >= 0 and (title_abbreviation(toks[i]) or (role_words and (toks[i].lower() in _ROLE or toks[i] == "member"))):
            name = toks[i + 1:]
            if not all(_cap(t) and not t.endswith(("’s", "'s")) for t in name) \
                    or any(t.endswith(("’s", "'s")) for t in toks[:i]):
                return 0
            if first_name_gender(name[0]) or (role_words and i >= 1 and len(name) == 2 and _ORG.isdisjoint(
                    t.lower() for t in name) and name[0].lower() not in _ROLE and not entity_type(" ".join(name))
                    and name[0].lower() not in _NOT_ROLE_END and name[0].lower() not in _POST_QUALIFIERS
                    and (i >= 2 or toks[i].islower() or not entity_type(name[0]))):
                # "Bank of Canada Governor Tiff Macklem", "Senate President Jo Roe": a body's name, a role word,
                # then two words of a name (not a headline's "CNN President On Trump", a post's "Pro Tempore",
                # a club's "Manchester United"); "Congress spokesperson K.K. Mishra": a role word in lower case
                # after the body's name
                return i + 1
            return 0
    return 0


_NOT_ROLE_END = {"about", "of", "to", "for", "with", "by", "from", "on", "in", "at", "and", "or", "against", "as",
                 "the", "a", "an", "that", "said", "says", "told", "added"}
"""Last words of a phrase before a name that make it no role ("The claims about Lord Falconer")."""
_POST_QUALIFIERS = {"pro", "elect", "designate", "emeritus", "emerita", "interim", "acting", "general"}
"""Words after a role word that finish the post, never open a name ("Senate President Pro Tempore")."""
_SURNAME_LIKE = {"fox", "press", "post", "house", "court"}
"""Words of organisations' names that are also surnames: after a first name, a person ("Liam Fox")."""
_POSSESSIVE = re.compile(r"[’']s?\Z")


def _bare(word: str) -> str:
    """A word without its possessive ending and the punctuation around it: "times'" / "union’s," -> times / union.
    (The ending is looked for only in a word with an apostrophe, which ``_POSSESSIVE`` needs.)"""
    w = word.strip(".,")
    if "'" in w or "’" in w:
        w = _POSSESSIVE.sub("", w)
    return w.strip(".,’'")


_AGENCY_OF_PLACE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?(?:(?:,\s+[A-Z][a-z]+)?\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][a-z]+){0,2})?"
                              r"\s+[A-Z][a-zé]+")
"""(also a department named for its fields: "Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship
Canada")"""
_AGENCY_HEADS = frozenset({
    "health", "statistics", "environment", "transport", "elections", "fisheries", "parks", "employment", "finance",
    "revenue", "immigration", "heritage", "infrastructure", "justice", "sport", "tourism", "trade", "agriculture",
    "energy", "housing", "education", "service", "services", "public", "global", "natural", "veterans", "indigenous",
    "export", "investment", "innovation", "defence", "defense", "water", "forestry", "mines", "labour", "labor",
    "legal", "crown", "highways", "hydro", "metro", "transit", "lottery", "cancer", "blood", "air", "border",
})
"""First words of an agency named for its country or province (``Health Canada``, ``Public Health Ontario``,
``Elections Canada``): a common noun, where a person's name before a place is a given name (``Dahlys Hamilton``)."""


@lru_cache(maxsize=32768)
def entity_kind(name: str) -> str:
    """'person', 'org' or 'unknown' from the words of a name.

    Each scan over the words runs only when a set test on them says it can succeed: a title among the
    words, an organisation's word, an apostrophe in the name, a capitalised organisation's word."""
    apos = "'" in name or "’" in name
    if (plain := plain_words(name)) is not None:
        raw = low = plain
    else:
        # (lower case first where that keeps the words: in ASCII; "İ" lower-cased is two characters)
        raw = _WORD.findall(name.lower()) if name.isascii() else [t.lower() for t in _WORD.findall(name)]
        # (``_bare`` of a word with no apostrophe is the word without its full stops and commas)
        low = [_bare(t) for t in raw] if apos else [t.strip(".,") for t in raw]
    toks = name.split()
    if not _TITLES.isdisjoint(low) \
            and any(low[i] in _TITLES and _cap(toks[i + 1]) for i in range(1, min(len(low), len(toks)) - 1)) \
            and not (apos and any(t.endswith(("’s", "'s")) for t in raw[:-1])):
        return "person"  # "Foreign Policy Centre Mr Straw": a body's name before a person's
    if len(toks) in (2, 3) and low[-1] in _SURNAME_LIKE and _ORG.isdisjoint(low[:-1]) \
            and first_name_gender(toks[0]) is not None:
        return "person"  # "Liam Fox", "Jim Press"
    org = not _ORG.isdisjoint(low)
    if org:
        inner = [w for w in low[1:-1] if w in _ORG]
        if inner and len(toks) >= 3 and low[0] in ("the", "a", "an") and all(w in MEDIA_WORDS for w in inner) \
                and low[-1] not in _ORG and low[-1] not in MEDIA_WORDS and all(t.islower() for t in toks[1:]):
            return "group"  # "the news and financial data seller": a description whose head is no organisation's word
        return "org"
    # (a word whose ``_bare`` form is an organisation's word is one of ``_WORD``'s words: its bare form is in ``low``)
    if (apos and any(t.endswith(("’s", "'s")) for t in raw[:-1])) or (not PROPER_ORG_WORDS.isdisjoint(low) and any(
            t[:1].isupper() and _bare(t.lower()) in PROPER_ORG_WORDS for t in toks)):
        return "org"
    if raw and raw[0] in _TITLES:
        return "person"
    if toks and toks[0].lower().rstrip(",").split("-")[0] in _AGENCY_HEADS and _AGENCY_OF_PLACE.fullmatch(name) \
            and entity_type(toks[-1]) in ("country", "place") \
            and not any(first_name_gender(t) for t in toks[:-1]) and entity_type(" ".join(toks[:-1])) == "":
        return "org"  # "Health Canada", "Statistics Canada", "Public Health Ontario": an agency named for its country
    if 2 <= len(toks) <= 4 and _cap(toks[0]) and _cap(toks[-1]) and all(_cap(t) or t in _PARTICLES for t in toks) \
            and not name.lower().startswith("the "):
        return "person"  # (also "Erik ten Hag", "Ludwig van Beethoven")
    if toks and toks[0].lower() in ("the", "a", "an"):
        return "org" if any(t in MEDIA_WORDS for t in low) else "group"
    return "unknown"


def is_media(name: str) -> bool:
    return any(_bare(t.lower()) in MEDIA_WORDS for t in name.split())


GOV_MENTION = re.compile(r"(?:[A-Z][\w’'&-]*\s+)*(?:Administration|Ministry|Commission|Agency|Authority|Department|"
                         r"Regulator|Bureau|Council|Committee)(?:\s+(?:of|for|and)\s+(?:the\s+)?[A-Z][\w’'&-]*"
                         r"(?:\s+[A-Z][\w’'&-]*)*)*")
GOV_WORDS = ("Administration", "Ministry", "Commission", "Agency", "Authority", "Department", "Regulator", "Bureau",
             "Council", "Committee")
GOV_WORD = re.compile("|".join(GOV_WORDS))
"""The head words of ``GOV_MENTION``: a cheap test before the costlier pattern runs (and ``in`` tests of
``GOV_WORDS`` before this one runs over a whole body)."""


def speaker_names(name: str) -> list[str]:
    """The forms of a speaker's name to index for ``speaker:`` searches."""
    return [name] if name else []


_NAME_POSSESSIVE = re.compile(r"[’']s\b")


def _key(name: str) -> str:
    return " ".join(_NAME_POSSESSIVE.sub("", name.lower()).replace(".", "").split())


def merge_speakers(quotes: Iterable[Quote], overrides: Mapping[str, str] | None = None) -> list[Speaker]:
    """One :class:`Speaker` per person or organisation across the corpus, most quoted first.

    ``Trump`` joins ``Donald Trump`` when that is the only full name ending in it; ``overrides`` (user
    merges and renames, ``{name or alias: canonical name}``) win over everything.
    """
    return merge_speaker_rows(((q.article_id, q.speaker, q.speaker_role, q.speaker_mention, 1) for q in quotes),
                              overrides)


def merge_speaker_rows(rows: Iterable, overrides: Mapping[str, str] | None = None) -> list[Speaker]:
    """:func:`merge_speakers` over tallies ``(article id, speaker, role, mention, count)`` (the index's
    per-article speaker rows), without building one record per quote."""
    over = {_key(k): v for k, v in (overrides or {}).items()}
    groups: dict[str, dict] = {}
    for article_id, speaker, role, mention, n in rows:
        if not speaker:
            continue
        n = int(n)
        name = over.get(_key(speaker), speaker)
        g = groups.setdefault(_key(name), {"names": {}, "roles": {}, "count": 0, "articles": {}, "also": set()})
        g["names"][name] = g["names"].get(name, 0) + n
        if speaker != name:
            g["also"].add(speaker)
        m = mention
        if m and m.lower() not in PRONOUNS and _cap(m) and not m.lower().startswith(("the ", "a ", "an ")):
            g["also"].add(m)
        if role:
            g["roles"][role] = g["roles"].get(role, 0) + n
        g["count"] += n
        g["articles"][article_id] = None
    # single-word names join the one longer name that ends with them
    longer: dict[str, list[str]] = {}
    for key in groups:
        toks = key.split()
        if len(toks) >= 2:
            longer.setdefault(toks[-1], []).append(key)
    for key in list(groups):
        toks = key.split()
        if len(toks) == 1 and len(longer.get(toks[0], [])) == 1 and key not in over:
            target = groups[longer[toks[0]][0]]
            g = groups.pop(key)
            for n, c in g["names"].items():
                target["names"][n] = target["names"].get(n, 0) + c
            for r, c in g["roles"].items():
                target["roles"][r] = target["roles"].get(r, 0) + c
            target["count"] += g["count"]
            target["articles"].update(g["articles"])
            target["also"].update(g["also"])
    out = []
    for key, g in groups.items():
        forced = [v for k, v in over.items() if _key(v) == key]
        name = forced[0] if forced else max(g["names"], key=lambda n: (len(n.split()) > 1, g["names"][n], len(n)))
        out.append(Speaker(name=name, aliases=sorted(set(g["names"]) | g["also"]), roles=sorted(g["roles"], key=lambda r: -g["roles"][r]),
                           count=g["count"], articles=sorted(g["articles"])))
    out.sort(key=lambda s: (-s.count, s.name.lower()))
    return out


