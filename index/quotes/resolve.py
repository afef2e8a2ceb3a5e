"""Who a mention in an article stands for: pronouns that agree in gender and number, descriptions
("the minister") resolved to the named holder of the role, documents ("a statement", "the union's
release") to their author, surnames to the one full name they can mean.

``SpeakerMemory`` holds what the article has said so far; the extractor calls :meth:`attribute`
for each subject phrase it finds, in reading order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .interview import QUESTION_LABEL
from .antecedents import quoted_at, salient_person, shared_surname, someone_else_named
from .named_after import ELDER, crown_lawyer, elder_or_younger, named_in_aside, post_named_in_aside, spokesperson_for
from .kin import KIN_FIRST_NAME, bare_surname_candidates, introduced_as_kin, kin_of_first_name, kin_of_owner
from .describe import _NO_BUSINESS, BODY_WORDS, DESCRIPTION, NOMINAL, PERSON_ROLES, Descriptions
from .entities import _VERBISH, Entity, entity_type, is_fragment, normalise, salvage, trim_time
from .gender import GENDERED_WORDS, first_name_gender, person_gender
from .lexicon import (DOCUMENT_WORDS, GAELIC_PARTICLES, HONORIFICS_IN_NAMES, NOMINALS, ORG_WORDS, PEOPLE_PLURALS,
                      PRONOUNS, ROLE_WORDS, title_abbreviation)
from .noun_phrase import is_role_phrase, role_word, speaker_np
from .club_evidence import club_or_place
from .org_evidence import named_as_org, org_names
from .person_evidence import PERSON_HEADS, text_role
from .people import _QUOTED_SPAN, _SUBJECT_WINDOW, PLACE_HEADS, PLACE_TAILS, PLURAL_HEADS, TextNames, _full_name, _sentence_starts
from .subjects import lead_phrase
from .role_shape import drop_affiliation
from .speakers import _NOBILITY, _TITLES, AGE_LEAD, entity_kind, is_media, split_role, titled_pair

_COUNT_OF = re.compile(r"\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$")
"""A count of children after a relation: "the mother of three", "a father of two"."""
_GOV_HEADS = {"regulator", "watchdog", "ministry", "agency", "department", "commission", "regulators"}
RECORDINGS = {"audio", "video", "recording", "recordings", "footage", "tape", "tapes", "clip", "clips",
              "videotape", "livestream", "broadcast"}
_NEAR = 1200
_AFTER_HONORIFIC = re.compile(r"\.?\s*([A-Z][\w’'-]+)")
_NOMINAL = NOMINAL
_POSSESSED = re.compile(r"\s+([a-z][a-z-]+)\b")
_INDEFINITE_OPENERS = frozenset({"A", "An", "One", "Another", "a", "an", "one", "another"})
_BARE_POSTS = frozenset({"premier", "minister", "mayor", "president", "governor", "chancellor", "senator", "sheriff",
                         "coach", "judge", "commissioner", "councillor", "councilor", "chief"})
"""Posts written alone with a capital, as headlines write them ("Premier says …", "Mayor: …"): their holder."""
_GENDERED_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_SPEECHES = {"speech", "speeches", "interview", "interviews", "remarks", "address", "op-ed", "column", "essay",
             "call", "calls", "comment", "comments", "claim", "claims", "words", "criticism", "criticisms", "warning",
             "warnings", "argument", "arguments", "promise", "promises", "pledge", "pledges", "message", "messages"}
_MADE_BY = re.compile(r"(?:(?:a|an|the|this|that|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?P<doc>[a-z][\w-]*)\s+"
                      r"(?:that\s+)?(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
"""A document followed by the subject of the clause that made it: "a speech Mrs. Clinton (delivered)"."""
_DOC_OR_SPEECH = DOCUMENT_WORDS | _SPEECHES
_ORG_SET = frozenset(ORG_WORDS)
_QUANTIFIERS = {"many", "some", "several", "most", "few", "all", "both", "other", "others", "two", "three"}
_PREPOSITIONS = {"in", "of", "at", "among", "from", "for", "with", "on", "across", "around", "by", "about", "to"}
_AGED = re.compile(r"(?:the|this|that)\s+(?P<age>\d{1,3})-year-old(?:\s+(?!(?:from|of)\s)(?P<head>[a-z][\w-]*))?"
                   r"(?:\s+(?:from|of)\s+(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))?", re.I)
"""A person described by age: "the 31-year-old", "the 45-year-old father", "the 24-year-old from Saguenay"."""
_ORG_RUN = re.compile(r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&’'-]*)+")
"""Capitalised words, with "of", "for", "and", "on" between them: a name ("Bank of England")."""
_FIRM_WORDS = {"company", "firm", "group", "business", "giant", "maker", "retailer", "carrier", "airline", "operator",
               "manufacturer", "chain", "bank", "lender", "insurer", "club", "team"}
"""Words that describe a business (or a club): "the company" may stand for the one the text calls a firm."""
_BOTH = re.compile(r"(?:both|the\s+two|each)(?:\s+(?:men|women|leaders|candidates|ministers|presidents|players|"
                   r"lawmakers|senators|politicians|executives|rivals))?")
"""Two people spoken of together ("Both said", "the two men said", "Each said"), never "both sides" or "each team"."""
_CAP_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){0,3}")
"""A run of capitalised words (a name, with an initial inside it)."""
_KIND_WORDS = frozenset({"company", "firm", "utility", "insurer", "lender", "retailer", "airline", "carmaker", "automaker",
                         "drugmaker", "miner", "grocer", "bank", "operator", "developer", "manufacturer", "carrier"})
"""Kinds of business a nominal may call the one firm the text names by its legal name ("the utility", "the insurer")."""
_LEGAL_ENDS = ("Inc", "Corp", "Ltd", "Limited", "plc", "PLC", "LLC", "Co.", "Holdings", "AG", "S.A.", "N.V.")
_LEGAL_NAME = re.compile(r"(?P<n>(?:[A-Z][\w&’'-]*\s+){1,5}(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Co|Holdings|AG|"
                         r"S\.A|N\.V)\b\.?(?:\s+(?:Ltd|Limited|Inc)\b\.?)?)(?P<with>\s+(?:and|or|&)\s+(?:the\s+)?[A-Z])?")
"""A firm's legal name: capitalised words, then its legal form (``Maple Basket Foods Inc.``, ``Telstra Corp. Ltd.``);
``with``: another name joined to it ("Hydro One Inc. and Toronto Hydro")."""
_FACILITY_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:refinery|plant|factory|mine|mill|smelter|site|store|facility|"
                             r"warehouse|terminal|pipeline|station|project|subsidiary|division)\b")
"""A site or a part of a firm after its legal name ("the Imperial Oil Ltd. refinery"): the firm is named as its owner."""
_KIND_NAMES = {"utility": {"Hydro", "Power", "Energy", "Electric", "Gas", "Water", "Utilities"},
               "bank": {"Bank", "Banking", "Financial"}, "lender": {"Bank", "Financial", "Credit", "Mortgage"},
               "insurer": {"Insurance", "Assurance", "Life"}, "airline": {"Air", "Airlines", "Airways"},
               "miner": {"Mining", "Mines", "Gold", "Resources", "Metals", "Minerals"},
               "carmaker": {"Motor", "Motors", "Auto", "Automotive"}, "automaker": {"Motor", "Motors", "Auto", "Automotive"},
               "drugmaker": {"Pharma", "Pharmaceuticals", "Therapeutics"}, "grocer": {"Foods", "Grocers", "Market"},
               "retailer": {"Stores", "Retail", "Brands"}, "carrier": {"Air", "Airlines", "Mobile", "Telecom", "Wireless"}}
"""Words a firm's name holds when it is that kind of business: "the utility" of a firm named only as a site's owner."""
_FOR_NOMINAL = re.compile(r"(?P<lead>(?:[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman)\s+"
                          r"(?:for|at|of)\s+)the\s+(?P<word>ministry|department|agency|office|council|commission|"
                          r"authority|service|board|union|party|company|firm|bank|police|force|court|embassy|regulator)")
"""A spokesperson for a body the text named before, by a common noun ("a spokeswoman for the ministry")."""
_JOINED_BEFORE = re.compile(r"[A-Z][\w&’'.-]*,?\s+(?:and|or|&)\s+\Z")
"""Another name joined before a firm's legal name ("Toronto Hydro and Hydro One Inc.")."""
_BASED_KIND = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*,?\s+){0,3}[A-Z][\w.’'-]*-based\s+(?:[a-z]+\s+)?(?P<word>[a-z]+)")
"""``The Brampton, Ont.-based company``, ``the Calgary-based insurer``: a business described by its home."""
_rx = lru_cache(maxsize=256)(re.compile)
_JOINED_IT = re.compile(r"(?:,\s+(?:which|and|but)|\b(?:which|that|as|because|where))\s+\Z")
"""What opens a clause whose "it" may stand for the subject of the clause before it ("…, which it says")."""
_CLAUSE_SUBJECT = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})\s+(?!(?:this|its|his|"
                             r"thus|plus|across|towards|versus|unless|whereas|has\s+been|was\s+(?:told|asked))\b)"
                             r"(?:[a-z]{2,}s|[a-z]{2,}ed|has|had|is|was|sold|made|won|lost|bought|cut|put|set|took|gave|paid|hit|"
                             r"kept|held|ran|met|said|told|will|would|can|could|must|should|may|might)\b")
"""A name, then a verb in the past or the third person: a clause's subject (``Apple uses``)."""
_NOT_SUBJECT_START = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
                                "We", "I", "His", "Her", "Their", "Our", "But", "And", "In", "On", "At", "As", "If",
                                "When", "While", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"})
"""Capitalised words that open no firm's name here: a determiner, a pronoun, a courtesy title."""
_DETERMINED = (" the ", " a ", " an ", " its ", " his ", " her ", " their ", " our ", "\nthe ", "\na ")
"""A determiner before a capitalised word: the word is a noun's modifier ("the Saudi flights"), no subject."""
_COUPLE = re.compile(r"\b(?P<a>[A-ZÀ-Þ][a-zß-ÿ’'-]+)(?:\s+[A-ZÀ-Þ][a-zß-ÿ’'-]+)?\s+and\s+(?P<b>[A-ZÀ-Þ][a-zß-ÿ’'-]+)"
                     r"\s+[A-ZÀ-Þ][a-zß-ÿ’'-]+\b")
"""Two people named together: ``Raj and Priya Sandhu``, ``Jo Roe and Ann Lee``."""
_NAME_NEXT = re.compile(r",?\s*[A-Z]")
"""A name right after a relation ("his brother Alastair Osman"): the relative is named there."""
_KIN_OF_ONE_NAME = frozenset({"husband", "wife", "brother", "sister", "son", "daughter", "father", "mother"})
"""Relatives who mostly share a person's surname: "his wife", "her brother"."""
_HEAD_OF_MINISTERS = frozenset({"prime", "chief", "first"})
"""Words that make a minister the head of a government: "the minister" is another post."""
_HEAD_POST_BEFORE = re.compile(r"(?i:prime|chief|first)\s+[Mm]inister,?\s+\Z")
_HEAD_POST_AFTER = re.compile(r",\s+(?:the\s+|a\s+|[A-Z][\w.-]*[’']s\s+)?(?:[\w-]+\s+)?(?:prime|chief|first)\s+minister\b")
_PUBLIC_BODY_WORDS = {"agency", "department", "ministry", "regulator", "watchdog"}
_NOT_ORG_START = {"The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "When", "While", "After", "Before"}
_DOC_BY = re.compile(r"(?:(?:a|an|the|this|that|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?P<doc>[A-Za-z][\w-]*)\s+"
                     r"(?:[a-z]+(?:ed|en|wn)\s+(?:[\w-]+\s+){0,2}?)?(?:by|from)\s+(?P<who>(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
                     r"[A-Z][\w&’'.-]*)*|the\s+(?:city|town|province|municipality|company|ministry|department|agency|"
                     r"union|government|board|police|force|university|school\s+board|health\s+authority))"
                     r"(?:\s+\([A-Z]{2,8}\))?")
"""A document and who made it: "a statement from Ford", "Preliminary findings by the Safety Board", "figures
released Thursday by the Commerce Department", "a news release from the city"."""
_APPOSITIVE_ROLE = re.compile(r",\s+(?P<r>(?:(?:a|an|the|[A-Z][\w.-]*[’']s)\s+|(?=(?:[a-z][\w-]*\s+){1,3}(?:of|at|for|with)\s))"
                              r"[^,.;:!?“”\"()]{1,70}?)\s*(?=,|\.(?:\s|$)|;|$)")
"""An aside after a name that may give the person's role: ", a city councillor,", ", the town's mayor.",
", executive director of the food bank,"."""
_SUBJECT_PRONOUN = re.compile(r"[\s\"“]*(?:(?P<pro>He|She)|(?P<np>The\s+(?:[a-z-]+\s+)?(?P<head>[a-z]+)))\s+[a-z]")
"""A sentence opened by "he" or "she", or by a definite description ("The governor"), and its verb."""
_THROUGH_COUNSEL = re.compile(r"\b[Tt]hrough\s+(?:his|her|their)\s+(?:lawyers?|attorneys?|solicitors?|barristers?|"
                              r"counsel|advocates?|spokes(?:man|woman|person)|representatives?|agent)\b")
"""What a person said "through his lawyer": the lawyer is not the one the pronoun stands for."""
_COUNSEL_WORD = re.compile(r"\b(?:[Ll]awyers?|[Aa]ttorneys?|[Ss]olicitors?|[Bb]arristers?|[Cc]ounsel|[Aa]dvocates?|"
                           r"[Ss]pokes(?:man|woman|person)|[Rr]epresentatives?|[Aa]gent)\b")
_DOC_ASIDE = re.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:released|published|issued|produced|commissioned|"
                        r"written|compiled|conducted|prepared|carried\s+out|obtained|signed|drafted)\s+(?:[\w-]+\s+){0,3}?by\s+"
                        r"(?:the\s+)?(?P<who>[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&’'.-]*)*)")
"""An aside after a document that names who made it: ", released by the Fraser Institute on Tuesday,"."""
_BODY_NOMINAL = re.compile(r"(?i:the)\s+(?P<mod>(?:[a-z][\w-]*\s+){0,2})(?P<word>%s)" % "|".join(
    sorted(BODY_WORDS | {"agency", "department", "ministry", "regulator", "watchdog", "commission"})))
"""An organisation called by the word for its kind, with a word that may say which: "the federation", "the
health authority", "the federal housing agency" (what ``NOMINALS`` does not read)."""
_INITIALISM = re.compile(r"\s*\(([A-Z]{2,6})\)")
_THE_LEAD = re.compile(r"^[Tt]he\s+(?=[A-Z])")
_RANKED = re.compile(r"[Tt]he\s+(?:(?:former|new|current|world|women[’']s|men[’']s|top|top-ranked|reigning)\s+){0,2}"
                     r"No\.?\s?\d{1,3}(?:\s+(?:seed|player|ranked\s+player|pick|ranked))?")
"""A player by a ranking ("the world No. 1", "the No. 2 seed"), no post that names a holder."""
_POSTS_LIKE_NAMES = {"Skip", "Coach", "Chief", "Captain"}
"""Posts written before a name that are also first names ("Skip Rutherford", "Chief Keef")."""


def _without_post(name: str) -> str:
    """``name`` without a post written like a first name before a full name ("Skip Jenna Harris" -> "Jenna
    Harris", "Chief Dennis Moose" -> "Dennis Moose"; but "Skip Rutherford" is a name)."""
    if name[:1] in "SC" and name.count(" ") == 2:
        toks = name.split()
        if toks[0] in _POSTS_LIKE_NAMES and first_name_gender(toks[1]):
            return name.split(None, 1)[1]
    return name
_PARENT_OF = re.compile(r"(?P<np>(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:mother|father|parent|grandmother|"
                        r"grandfather|mom|dad))\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})",
                        re.I)
"""A parent described by the number of children: "the mother of two", "the 42-year-old father of three"."""
_NAME_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w-]+")
"""A capitalised word as a surname is written ("McConnell", "Kilroy-Silk")."""
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen", "Rep", "Gov"})
"""Honorifics and short titles before a surname, as written (without a full stop)."""
_DESCRIBED = re.compile(r"(?:[Oo]ne|[Aa]n?)\s+(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){0,3}[a-z][\w-]*$")
"""A person described, not named: ``One leading Karachi broker``, ``a local shopkeeper``."""
_TITLED_ORG = re.compile(r"(?i:%s)\.?\s+[A-Z][^’']*$" % "|".join(sorted(HONORIFICS_IN_NAMES, key=lambda t: (-len(t), t))))
"""A title opening a name with no possessive in it: an institution's name may hold it (``Shri Ram College``)."""
_COLLECTIVE_HEADS = frozenset("family crowd team couple pair group panel jury audience household crew band delegation "
                              "community majority minority".split())
"""Nouns of a description that name many people in the singular (``A family told AFP …``): never "he" or "she"."""
_MANY = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens"})
"""Numbers of people written as a word before "of" ("Hundreds of fans")."""
_APPROXIMATE = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "more", "up"})
"""Words that open a number of people ("About 300 farmers"): no preposition there."""
_WRITER = frozenset({"i", "me", "we", "us"})
"""Pronouns of the first person: outside quotation marks they stand for the writer."""
_OBLIQUE_BEFORE = re.compile(r"\b(?:of|for|at|in|from|with|by|to|on)\s+(?:the\s+)?$")
"""A preposition before a name: the name of something the sentence is about, seldom the person it is about."""
_ACRONYM = re.compile(r"(?i:the)\s+(?P<a>[A-Z]{2,6})")
_DESCRIBED_BODY = re.compile(r"[Tt]he\s+(?:official|state-run|state-owned|state-controlled|government-run|party-run|"
                             r"federal|provincial|ruling|opposition)\s+(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)+|[A-Z][a-z]+s)"
                             r"(?:\s+\([A-Z]{2,6}\)?)?")
"""A body's name after a word that describes it ("the state-run Global Times", "the ruling Liberal Democratic Party",
"the federal Conservatives")."""
_OWNER_SURNAME = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[’']s\s+(?P<s>[A-Z][\w’'-]+)")
"""A surname after the possessive of the body a person works for ("Ferncastle’s Lindgren")."""
_BRACKETED = re.compile(r" \(([A-Z](?:[A-Z]{1,5}|[a-z]{3,5}))\)")
"""An initialism in brackets after the name it stands for, in capitals or, as some papers write one read as a word,
capitalised only ("National Energy Regulator of South Africa (Nersa)")."""
_DEFINED_JOINS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
"""Lower-case words inside the name an initialism in brackets stands for ("Office for Budget Responsibility")."""
_DEFINED_OPENERS = frozenset("""The A An In On At By For From With And But As When While After Before Yesterday Today
    Meanwhile However Also Both Under Over Last This That""".split())
"""Capitalised words that open a sentence before such a name ("In the International Monetary Fund (IMF)"), no part of it."""
"""``the SEC``: an initialism of an institution's name (a bare ``RT``, ``CNN`` is a brand, kept as written)."""


@lru_cache(maxsize=None)
def _spelled(n: int) -> re.Pattern:
    """``n`` capitalised words, 'of'/'and'/'for'/'the'/'on'/'in'/'&' between them, each initial a group: the spelled-out
    form of an initialism of ``n`` letters when the initials are its letters. (A match is the only one that can
    start where it starts, so the first with the right initials is where a pattern of those letters matches first.)"""
    return re.compile(r"(?<![\w-])%s(?![\w-])" % r"\s+(?:(?:of|and|for|the|on|in|&)\s+)*".join([r"([A-Z])[\w’'-]*"] * n))


_FUNCTION_TAIL = re.compile(r"\s+and\s+(?:Prevention|Development|Research|Technology|Security|Protection|Welfare|"
                            r"Enforcement|Innovation|Training|Treatment|Rehabilitation|Reconstruction|Recovery|Safety)"
                            r"(?![\w’'-])(?!\s+[A-Z])")
"""``and Prevention`` after ``Centers for Disease Control``: the end of an institution's name, past its initials."""
_WORD_CAPITAL = re.compile(r"(?<![\w-])[A-Z]")
"""A capital opening a word: where a spelled-out name can begin."""


_NOT_HEAD = {"and", "or", "but", "own", "said", "says", "told", "who", "that", "which", "is", "was", "has", "had"}


_GROUP_NOUNS = {"campaigners", "protesters", "protestors", "demonstrators", "nurses", "doctors", "teachers", "farmers",
                "firefighters", "soldiers", "troops", "rebels", "militants", "shareholders", "investors", "traders",
                "employees", "staff", "fans", "players", "patients", "victims", "survivors", "relatives", "neighbours",
                "neighbors", "locals", "villagers", "citizens", "pupils", "miners", "drivers", "passengers",
                "opponents", "organisers", "medics", "paramedics", "rescuers", "engineers", "observers", "commentators",
                "insiders", "environmentalists", "conservationists", "unions", "companies", "banks", "airlines",
                "retailers", "landlords", "tenants", "consumers", "customers", "users", "owners", "managers", "bosses",
                "ministers"} | PEOPLE_PLURALS
"""Plural nouns for groups of people or organisations, besides the plurals of role words ("senators")."""


_PLACED = re.compile(r"(?:[A-Za-z-]+\s+)?([A-Za-z]+)\s+(?:in|from|at|across|around|near|on|outside)\s")
"""A noun of people before where they are: "Farmers in the region", "local residents near the plant"."""


@lru_cache(maxsize=16384)
@lru_cache(maxsize=4096)
def _word_alone(surname: str) -> bool:
    """Is ``surname`` alone no noun phrase ("Can", "Will", "Who"): a common word it is only after an honorific?"""
    return speaker_np(surname) != surname


def _plural(name: str) -> bool:
    """Does ``name`` stand for several people or bodies ("senators", "Smith and Jones", "Hospital managers")?"""
    toks = name.lower().split()
    if not toks:
        return False
    head = toks[-1]
    if head in PLURAL_HEADS or head in _GROUP_NOUNS:
        return True
    if head.endswith("s") and head[:-1] in PERSON_ROLES and name.split()[-1][:1].islower():
        return True  # "senators", "the ministers" (not the surname "Chambers")
    if head.endswith("s") and toks[0] in ("some", "many", "several", "two", "three", "other", "both"):
        return True
    if len(toks) > 1 and name.split()[-1][:1].islower() and head.endswith("s") \
            and not head.endswith(("ss", "us", "is")):
        return True  # a common noun in the plural after a name: "Wells Fargo bankers", "Hospital managers"
    if (m := _PLACED.match(name)) is not None and ((low := m.group(1).lower()) in PLURAL_HEADS
                                                   or low.endswith("s") and low[:-1] in PERSON_HEADS):
        return True  # "Farmers in the region", "Residents near the plant"
    return " and " in f" {name.lower()} " and _ORG_SET.isdisjoint(toks)  # not "Securities and Exchange Commission"


_SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "ten", "ter", "da", "do", "di", "dos", "das", "du", "del"})


_EPITHET_SURNAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<adj>[a-z]+)\s+(?P<s>[A-Z][a-z][\w’'-]*)")
"""An article, a word in lower case and a surname ("A furious Tolley", "a tearful Roe")."""
_NO_EPITHET = frozenset(ROLE_WORDS) | {"elder", "older", "younger", "eldest", "youngest", "junior", "senior", "other"}
"""Words before a surname that pick one of a family or give a post: no feeling ("the elder Roe", "the senator Roe")."""
_SAME_UNNAMED = {"insider": ("source",), "source": ("insider",), "friend": ("pal",), "pal": ("friend",)}
"""Words for one unnamed source that a story alternates ("A source told The Sun …. The insider added")."""
_AFTER_HEAD = frozenset({"for", "of", "at", "with", "close", "from", "in", "familiar", "inside", "to"})
"""Words that go on from an indefinite description's head to whom the person serves or knows."""
_PERSON_HEADS = frozenset({"source", "representative", "spokesman", "spokeswoman", "spokesperson", "official", "aide",
                           "adviser", "advisor", "executive", "insider", "partner", "friend", "relative", "member",
                           "lawyer", "employee", "worker", "staffer", "diplomat", "officer", "rep", "publicist", "agent",
                           "attorney"})
"""Heads of a description of one person that goes on past its head ("a source close to the family")."""


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[tuple[str, ...], bool]:
    """The words of ``name`` that are no title, and whether it is a peer's title and one word ("Lord Falconer")."""
    words = name.split()
    toks = tuple(t for t in words if t.lower() not in _TITLES)
    return toks, len(toks) == 1 and len(words) == 2 and words[0].lower() in _NOBILITY


_ORG_OPENS = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}[A-Z][\w’'.-]*)"
                        r"(?:\s+\([A-Z]{2,8}\))?\s+[a-z]")
"""A name in capitals (with its initialism) before a lower-case word: an organisation opening its sentence."""
_PAIR_OPENS = re.compile(r"((?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+\s+and\s+(?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)\s+[a-z]")
"""Two names joined by "and" opening a sentence, before its verb."""


def _named_pair(np: str) -> str | None:
    """``Claire Bouchard and Henri Lavoie``: two people named in full, whom "they" stands for together; None for
    any other phrase."""
    a, _, b = np.partition(" and ")
    halves = [h.split() for h in (a, b)]
    if not all(2 <= len(h) <= 3 and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in h)
               and first_name_gender(h[0]) for h in halves):
        return None
    return np if all(entity_kind(" ".join(h)) == "person" and not entity_type(" ".join(h)) for h in halves) else None


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "ives")
"""Endings of a plural of people ("Residents", "Councillors", "Volunteers", "Representatives")."""


def _people_plural(np: str) -> bool:
    """Does ``np`` name people, by its head ("About 300 farmers", "Residents"), not things ("High profile cases")?"""
    head = np.split()[-1].lower()
    return head in PLURAL_HEADS or head in PEOPLE_PLURALS or head.endswith(_PEOPLE_ENDINGS)


_FIRM_PLURALS = frozenset({"airlines", "airways", "companies", "industries", "holdings", "brothers", "motors",
                           "systems", "foods", "pictures", "records", "communications", "technologies", "services",
                           "partners", "resources", "networks", "enterprises", "properties", "stores",
                           "laboratories", "labs", "pharmaceuticals", "securities", "investments", "utilities",
                           "mines", "railways"})
"""Plural words that end one firm's name ("Redwing Airlines", "Lehman Brothers", "Apex Industries")."""


def _firm_in_plural(e: Entity) -> bool:
    """Is ``e``, read as plural by its last word, one firm named in capitals ("Redwing Airlines"): "it"?"""
    toks = e.name.split()
    return e.kind == "org" and len(toks) >= 2 and toks[-1][:1].isupper() and toks[-1].lower() in _FIRM_PLURALS


def words_of(np: str) -> set[str]:
    """The words of ``np`` in lower case."""
    return set(np.lower().split())


def _heads_ministers(body: str, e: Entity) -> bool:
    """Is ``e`` a prime, chief or first minister, by its role or where the text first names it ("The prime minister,
    Jo Roe,", "Chief Minister Jo Roe", "Jo Roe, the state's chief minister,")?"""
    if e.role and words_of(e.role) & _HEAD_OF_MINISTERS and "minister" in e.role.lower():
        return True
    i = body.find(e.name)
    return i >= 0 and (_HEAD_POST_BEFORE.search(body, max(0, i - 40), i) is not None
                       or _HEAD_POST_AFTER.match(body, i + len(e.name)) is not None)


def _person_role(role: str | None) -> bool:
    """Does ``role`` end in a person's post ("Chief Minister", "the coroner")? Its bearer is no firm."""
    return bool(role) and role.rsplit(None, 1)[-1].lower().strip(",.") in PERSON_HEADS


def _spells(initials: str, caps: list[str]) -> bool:
    """Can ``initials`` be read, in order, from the letters of the capitalised words ``caps``, its first letter the
    first word's ("JAXA" of "Japan Aerospace Exploration Agency", "UKHSA" of "UK Health Security Agency"; not "ONS"
    of "Office for National", nor "MPAA" of "Movie Association for America")?"""
    letters = iter("".join(caps).lower())
    return all(c in letters for c in initials.lower())


def _fits(e: Entity, pronoun: str, strict: bool) -> bool:
    """Can ``pronoun`` stand for ``e``? ``strict`` also rules out a gender that is only likely."""
    if pronoun in ("he", "him", "she", "her"):
        if e.etype or e.plural or e.kind in ("org", "group") \
                or e.kind == "unknown" and e.name.rsplit(None, 1)[-1].lower() in _COLLECTIVE_HEADS:
            return False  # ("Her family said …. “…,” he said": a family is no "he")
        want = "m" if pronoun in ("he", "him") else "f"
        g = e.gender or ""
        if strict:  # first pass: the gender agrees
            return g[:1] == want
        return not g or g.endswith("?")  # then: unknown, or only likely ("Lee", "Robin")
    if pronoun == "it":
        return e.kind in ("org", "unknown") and (not e.plural or _firm_in_plural(e)) \
            and e.etype not in ("place", "platform") and not e.gender \
            and e.name.rsplit(None, 1)[-1].lower() not in PERSON_HEADS  # "Another trader" is no "it"
    if pronoun == "they":
        return e.etype not in ("place", "platform") and (e.plural or e.kind in ("org", "group") or not e.gender) \
            if strict else e.etype not in ("place", "platform")
    return e.etype not in ("place", "platform")


@dataclass
class SpeakerMemory(Descriptions, TextNames):
    """What an article has said so far: speakers in order, and the people its text names."""

    body: str = ""
    history: list[Entity] = field(default_factory=list)
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # a person's name -> the gender of a pronoun that
    # stood for them ("Jordan Roe … she said"): another gender's pronoun is someone else
    full_names: dict[str, list[str]] = field(default_factory=dict)  # last token (lower) -> speakers' full names
    gov_mentions: list[str] = field(default_factory=list)  # regulators/ministries named so far
    interviewed: tuple[int, str, str | None] | None = None  # (where the questions start, name, role) of a Q/A interview
    _names: list[tuple[int, str, str | None]] | None = None  # (offset, person name, gender) in the text
    _places: set[str] | None = None
    _text_full: dict[str, list[str]] | None = None
    _subjects: dict[tuple[int, int], tuple | None] = field(default_factory=dict)  # a sentence's (start, end) -> subject
    _genders: dict[str, str | None] | None = None  # surname -> gender the text tells (see text_gender.py)
    _headline: int | None = None  # where a first line that is a headline ends (0: none)
    _paragraphs: dict[int, tuple] = field(default_factory=dict)  # paragraph start -> its sentence ends and names
    _holder_places: dict = field(default_factory=dict)  # role word -> its places and what stands around each (describe.py)
    _spelled_forms: dict[int, dict[tuple[str, ...], re.Match]] = field(default_factory=dict)  # (see spelled_out)
    _bracketed: dict[str, int] | None = None  # initialism -> where " (ABC)" is first written (see defined)
    quoted: Iterable[tuple[int, int]] | None = None  # the quotation whose speaker is being read and those after it in its paragraph
    _legal: tuple[list[int], list[str]] | None = None  # where each firm's legal name starts, and the name (see firm_named)

    # ------------------------------------------------------------------ memory
    def remember(self, name: str, kind: str, role: str | None, cue: str | None, context: str = "",
                 pos: int = -1, gender: str | None = None) -> None:
        etype = entity_type(name)
        if kind == "unknown" and not etype and " " not in name and name[:1].isupper() and self.surname(name.lower()):
            kind = "person"  # "Parry" where the article names "Steve Parry": a person, never "it"
        if kind == "person" and not role and (named_as_org(self._org_names(), name) or self.club_or_place(name)):
            kind = "org"  # "Merrill Lynch", "Aston Villa": a first name opens it, but the text writes of a firm or a club
        if kind == "person" and not gender:
            # what the article says of the person ("Mr Gorman" of "Francie Gorman") outranks the first name's table
            gender = self.gender_of(name, role) or (person_gender(name, role) or "") + "?"
            gender = None if gender == "?" else gender
        self.history.append(Entity(name, kind, role, cue, context.lower(), gender, etype, _plural(name), pos))
        toks = name.split()
        if kind == "person" and len(toks) >= 2:
            lst = self.full_names.setdefault(toks[-1].lower(), [])
            if name not in lst:
                lst.append(name)

    def _org_names(self) -> frozenset[str]:
        """The names the text shows to be firms' (see ``org_names``), read once."""
        got = self.__dict__.get("_firms")
        if got is None:
            got = self.__dict__["_firms"] = org_names(self.body)
        return got

    def club_or_place(self, name: str) -> bool:
        """Does the text write of ``name`` as of a club or a place (see ``club_or_place``)? Read once for each name."""
        seen = self.__dict__.setdefault("_clubs", {})
        got = seen.get(name)
        if got is None:
            got = seen[name] = club_or_place(self.body, name)
        return got

    def expand(self, name: str, gender: str | None = None, at: int | None = None) -> str:
        """See ``_expand``; without a post written like a first name before the full name (``_without_post``)."""
        full = self._expand(name, gender, at)
        return _without_post(full) if full[:1] in "SC" else full

    def _expand(self, name: str, gender: str | None = None, at: int | None = None) -> str:
        """'Trump' -> 'Donald Trump' once the article has used the full name, when only one full name
        (of the right gender, after "Mrs." or "Mr.") ends with it; otherwise the surname, or with its
        honorific where the surname alone could be taken for someone else ("Mrs. Trump"). Where several
        people share the surname and the mention is at ``at``, the one the text mentioned last before it
        (see ``shared_surname``)."""
        toks, peer = _name_words(name)
        if peer:
            return name  # "Lord Falconer": a peer's title is part of the name
        if len(toks) >= 2 and _TITLED_ORG.match(name) and entity_kind(name.split(" of ", 1)[0]) == "org":
            return name  # "Shri Ram College of Commerce", "Madam Curie Hospital": a title in an institution's name
        particle = toks[0].lower() in _SURNAME_PARTICLES  # "da Silva", "van der Berg": a surname opening with its
        # particle (capitalised where it opens a sentence: "Van Dijk added" after "Ingrid van Dijk")
        if len(toks) in (2, 3) and (particle or toks[0][:1].isupper() and (toks[0].lower() in GAELIC_PARTICLES
                                                                           or not first_name_gender(toks[0]))
                                    and not entity_type(toks[0])):
            # a two-word family name ("Woodhouse Nepinak", "St. Louis") after the full name: the full name
            # (a full name read from the text is made of capitalised words, so it ends in these words only when
            # each opens with a capital; otherwise the speakers' names alone can, and the text is not read)
            pool = self.surname(toks[-1].lower()) if all(t[:1].isupper() or t in _SURNAME_PARTICLES for t in toks) \
                else self.full_names.get(toks[-1].lower(), ())
            tail = " " + " ".join(t.lower() if t.lower() in _SURNAME_PARTICLES else t for t in toks) if particle \
                else " " + " ".join(toks)
            longer = [c for c in pool if (c.endswith(tail) or c.endswith(" " + " ".join(toks)))
                      and len(c.split()) > len(toks) and first_name_gender(c.split()[0])]
            if len(longer) == 1:
                return longer[0]
        if len(toks) != 1:
            return " ".join(toks) if toks else name
        if entity_type(toks[0]) and not (entity_type(toks[0]) in ("place", "capital", "country") and any(
                first_name_gender(c.split()[0]) for c in self.surname(toks[0].lower()))):
            return toks[0]  # "Twitter" is not "Islamic State Twitter"; but "Houston" is "Tim Houston"
        cands = self.surname(toks[0].lower()) or self.family_first(toks[0], len(toks) < len(name.split()))
        if gender:
            told = {e.name: e.gender for e in self.history if e.gender in ("m", "f") and e.name in cands} \
                if len(cands) > 1 or cands and person_gender(cands[0], strict=True) not in (gender, None) else {}
            # (the gender the text gave a speaker wins over the first name's: "Mr Gorman" is Francie Gorman)
            cands = [c for c in cands if (told.get(c) or person_gender(c, strict=True)) in (gender, None)]
            if len(cands) > 1:
                cands = [c for c in cands if (told.get(c) or person_gender(c, strict=True)) == gender]
            if len(cands) > 1 and name.split()[0].lower().strip(".") in ("mr", "mrs", "ms", "miss"):
                # "Mr Blair" is not "Sir Ian Blair": a knight or a dame is never called Mr or Ms
                plain = [c for c in cands if f"Sir {c}" not in self.body and f"Dame {c}" not in self.body]
                cands = plain or cands
        if len(cands) == 1:
            return cands[0]
        cands = bare_surname_candidates(self.body, cands, at)
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and at is not None:
            return shared_surname(self.body, cands, at, self.history) or (toks[0] if gender is None else name)
        if len(cands) > 1:  # several people share the surname: the one the article spoke of last
            for e in reversed(self.history):
                if e.name in cands:
                    return e.name
            return cands[0] if gender is None else name
        if not cands and (given := self.given_name_only(toks[0], at)) is not None \
                and (gender is None or person_gender(given, strict=True) in (gender, None)):
            return given  # "Samir" after "Samir Haddad": the person called by the given name alone
        if len(name.split()) == 2 and name.split()[0].strip(".") in _HONORIFICS and _word_alone(toks[0]):
            return name  # "Dr Who", "Mr Can": a surname that is a common word names no one without its honorific
        honorific = gender and name.split()[0].lower().strip(".") in GENDERED_WORDS
        if honorific and (gender == "f" or self.surname(toks[0].lower())):
            return name  # "Mrs. Trump", or "Mr. Clinton" where only a woman of that name is known
        return toks[0]

    # ------------------------------------------------------------------ resolution
    def attribute(self, np: str, start: int, cue: str | None, context: str = ""):
        """(name, role) for the subject phrase ``np`` at ``start``; ``(None, None)`` when it stands for
        nobody the article names (an unresolved pronoun, a place, a platform); None when it is not a
        noun phrase."""
        raw, low = np, np.lower().strip()
        if low[:4] == "the " and (d := _DESCRIBED_BODY.fullmatch(np.strip())) is not None:
            # "The official Korean Central News Agency", "the state-run Global Times": the body by its name
            np, start = d.group("name"), start + d.start("name")
            raw, low = np, np.lower()
        if "-year-old " in np and (age := AGE_LEAD.match(np)) is not None and (
                " " in np[age.end():] or self.surname(np[age.end():].lower())):
            # "the 28-year-old Morientes": the person named (not "the 55-year-old Frenchman")
            got = self.attribute(np[age.end():], start + age.end(), cue, context)
            if got is not None and got[0]:
                return got[0], got[1] or age.group().strip()
        if low[:2] in ("a ", "an", "th") and (ep := _EPITHET_SURNAME.fullmatch(np)) is not None \
                and ep.group("adj") not in _NO_EPITHET and self.surname(ep.group("s").lower()):
            # "A furious Tolley told us": the person of that surname, whom a feeling describes
            return self.attribute(ep.group("s"), start + ep.start("s"), cue, context)
        if np[:1] in "AOTIHaot" and (self.body.startswith(",", start + len(np)) or np[4:] == "Crown" or "lder " in np
                                   or "younger " in np or "spokes" in np or "representative" in np
                                   or "official" in np) and (got := self._named_around(np, start, cue, context)):
            return got
        if low in _BARE_POSTS and np[:1].isupper():  # "Premier says …" in a headline: the premier
            return self.attribute("the " + low, start, cue, context)
        if low[:4] == "the " and " " not in low[4:] and low[4:] not in DOCUMENT_WORDS \
                and (e := self._indefinite_before(low[4:], start)) is not None:
            self._again(e, cue, context, start)  # "A senior BCCI official said … / “…,” the official said"
            return e.name, e.role
        if low in PRONOUNS:
            if low in _WRITER:
                return None, None  # "I say", "we asked" in the narration: the writer, whom the text does not name
            e = self.resolve_pronoun(low, start)
            if e is None:
                return None, None
            role = text_role(self.body, e.name, e.pos) if e.role is None and e.kind == "person" and e.pos >= 0 \
                and " " in e.name else None
            e = replace(e, role=role) if role else e  # "The mayor, Angel Mendoza, spoke. He said"
            if low in _GENDERED_PRONOUNS and e.kind == "person":
                self.pronoun_genders.setdefault(e.name, _GENDERED_PRONOUNS[low])
            likely = e.gender or (first_name_gender(e.name.split()[0]) if e.kind == "person" and " " in e.name else None)
            if likely and len(likely) == 2 and likely[0] == _GENDERED_PRONOUNS.get(low):
                # "Karen Brady … She added": the pronoun confirms the gender a first name used by both only made
                # likely; a later "he" is someone else
                e = replace(e, gender=likely[0])
            self._again(e, cue, context, start)
            return e.name, e.role
        if ("’s " in np or "'s " in np) and (o := _OWNER_SURNAME.fullmatch(np)) is not None \
                and len(full := self.surname(o.group("s").lower())) == 1 and " " in full[0]:
            np, start = o.group("s"), start + o.start("s")  # "Ferncastle’s Lindgren": Sofia Lindgren, named before
        if np.split()[-1].strip(".") in _HONORIFICS:  # a name cut at its honorific: "a speech Mrs"
            m = _AFTER_HONORIFIC.match(self.body[start + len(np): start + len(np) + 40])
            np = f"{np.rstrip('.')}. {m.group(1)}" if m else np
        elif np.endswith(("’s", "'s")):  # a possessive: its head speaks ("Roe's family"), unless the head
            # is what the possessor said ("Roe's calls for a ban"): then the possessor does
            m = _POSSESSED.match(self.body[start + len(np): start + len(np) + 40])
            if m and m.group(1) not in _NOT_HEAD and m.group(1) not in _DOC_OR_SPEECH:
                np = f"{np} {m.group(1)}"
            elif m and m.group(1) not in _NOT_HEAD:
                np = np[:-2]
        # (a document's author is read before a time is trimmed: "figures published on Monday by the Land Registry")
        by = _DOC_BY.fullmatch(np) if " by " in np or " from " in np else None
        np = normalise(trim_time(np)) or np
        by = by or (_DOC_BY.fullmatch(np) if " by " in np or " from " in np else None)
        if by and by.group("doc").lower() in DOCUMENT_WORDS:
            # "Preliminary findings by the Transportation Safety Board", "a statement from Ford": their author
            who = by.group("who")
            who = who[4:] if who.startswith("the ") and who[4:5].isupper() else who
            if who[:1].islower():  # "a news release from the city": the body the nominal stands for
                return self.attribute(who, start + by.start("who"), cue, context)
            if len(who.split()[-1].rstrip(".")) > 1 and not entity_type(who) and not is_fragment(who):
                name, role = split_role(who)
                name = self.expand(name)
                self.remember(name, entity_kind(name), role, cue, context, start)
                return name, role
        made = _MADE_BY.fullmatch(np) if not _DOC_OR_SPEECH.isdisjoint(np.lower().split()[:4]) else None
        if made and made.group("doc").lower() in _DOC_OR_SPEECH:
            # "a speech Mrs. Clinton (delivered)", "the letter Jo Roe (sent)": the one who made it
            who = made.group("who")
            hon = GENDERED_WORDS.get(who.split()[0].lower().strip("."))
            name = self.expand(who, hon)
            if not is_fragment(name) and not entity_type(name):
                self.remember(name, "person", None, cue, context, start, hon)
                return name, None
        etype = entity_type(np)
        if etype == "" and np[:1].isupper() and np.lower() in self.places():
            etype = "place"
        elif etype in ("place", "capital", "country") and np[:1].isupper() and any(
                entity_kind(n) == "person" and first_name_gender(n.split()[0]) and n.endswith(" " + np)
                for n in self.surname(np.split()[-1].lower())):
            # "Houston told reporters" where the article names Premier Tim Houston, "St. Louis said" after
            # coach Martin St. Louis: the person
            etype = ""
        if etype == "place" or (etype == "platform" and np.lower() != raw.lower()):
            # a place never speaks; a platform only as the subject itself ("Facebook said")
            return self.opener(start, cue, context)
        if is_fragment(np) and not (etype == "document" and ("’s " in np or "'s " in np)):
            # (an owner's document stays whole: "Acme's Friday release" is said by Acme, not a fragment)
            np = salvage(np) or ""
            if not np:
                return self.opener(start, cue, context)  # "Clinton on Tuesday said": not "Tuesday"
            etype = entity_type(np)
            if etype in ("place", "platform"):
                return self.opener(start, cue, context)
        low = np.lower()
        if etype == "document" and self.body.startswith(",", start + len(raw)):
            aside = _DOC_ASIDE.match(self.body, start + len(raw))
            name = trim_time(aside.group("who")) if aside else ""
            if name and not entity_type(name) and not is_fragment(name):
                # "The report, released by the Fraser Institute on Tuesday, said": the author the aside names
                # ("written by Professor Ama Owusu": the person, her title the role)
                person, role = split_role(drop_affiliation(name, True))
                if role and entity_kind(person) == "person" and " " in person:
                    name = person  # a title before a person's name, without "of the University of Ghana"
                else:
                    role = None
                self.remember(name, entity_kind(name), role, cue, context, start)
                return name, role
        nominal = _NOMINAL.fullmatch(np.strip())
        kind_np = np
        if nominal is None and "-based " in np and (based := _BASED_KIND.fullmatch(np.strip())) is not None:
            kind_np = f"the {based.group('word')}"  # "The Brampton, Ont.-based company": the company, wherever it is
            nominal = _NOMINAL.fullmatch(kind_np)
        if nominal and (word := nominal.group("word").lower()) in NOMINALS:
            name, role = None, None
            if word == "bank" and not nominal.group("adj") and "Bank" in self.body[max(0, start - 4 * _NEAR): start]:
                name = self.org_named(word, start)  # "… to buy Northern Bank. The bank said": the bank named
            if name is not None:
                spoke, _ = self.resolve(kind_np)
                lo = max(0, start - 4 * _NEAR)
                if spoke is not None and spoke != name and self.body.rfind(spoke, lo, start) > self.body.rfind(name, lo, start):
                    name, role = spoke, _  # "… Canal Bank played. JP Morgan said …. The bank said": the bank that spoke since
            else:
                name, role = self.resolve(kind_np)
            if name is None and word in DOCUMENT_WORDS:
                author = self.named_author(word, start)
                name, role = (author.name, author.role) if author else (None, None)
            elif name is None and NOMINALS[word] == "org" and (not nominal.group("adj") or word in _PUBLIC_BODY_WORDS):
                # ("the federal agency", "the weather agency": the body named before; never "the central bank"
                # for a commercial bank)
                name = self.org_named(word, start)  # "the union" -> "Canadian Union of Postal Workers"
                if name is None and word in _KIND_WORDS:
                    name = self.firm_named(start, word)  # "Hydro One Inc. raised rates … the utility said": the firm named
                if name is None and word in _KIND_WORDS and self.history:
                    e = self.history[-1]  # "Pacific Valley Power said …. The utility said": the body that just spoke
                    if (e.kind == "org" or e.kind == "person" and not e.gender and not e.role and " " in e.name
                            and first_name_gender(e.name.split()[0]) is None) \
                            and 0 <= start - e.pos <= _NEAR // 4 and not e.plural and not e.etype \
                            and not (e.cue or "").startswith("report") and not is_media(e.name) \
                            and _NO_BUSINESS.isdisjoint(e.name.lower().split()):
                        name = e.name
            if name is None:
                name, role = np, None
            self.remember(name, entity_kind(name) if name != np else "org", role, cue, context, start)
            return name, role
        if np[:4] in ("the ", "The ") and (body := _BODY_NOMINAL.fullmatch(np.strip())) is not None \
                and (name := self.body_named(body.group("word").lower(), body.group("mod").split(), start)) is not None:
            # "the federation" -> "Saskatchewan Teachers’ Federation", "the health authority" -> "Alberta Health
            # Services" (the body the text named, or the one that spoke whose name has the modifier)
            self.remember(name, "org", None, cue, context, start)
            return name, None
        if etype == "document" or (low.split()[-1] in DOCUMENT_WORDS and ("’s " in np or "'s " in np
                                                                       or self.cited_after(start) is not None)) \
                or low.split()[0] in RECORDINGS:
            author = self.author(np, start)
            if author:
                self._again(author, cue, context, start)
                return author.name, author.role
            if low.split()[0] in RECORDINGS or low.split()[-1] in RECORDINGS:
                return None, None  # "audio obtained by the Tribune": whoever is heard, not who obtained it
        if low in ("the couple", "the pair") and (pair := self.couple_named(start)) is not None:
            self.remember(pair, "group", None, cue, context, start)
            return pair, None  # "Raj and Priya Sandhu … The couple said": the two the text named
        if low.startswith(("both", "the two", "each")) and _BOTH.fullmatch(low) \
                and (not start or (lead := self.body[max(0, start - 40): start]).rstrip(" \t")[-1:] in ".!?\n“\""
                     or lead.rstrip().endswith((",”", ',"'))) and (pair := self.pair_named(start)) is not None:
            # (the sentence's subject, or the speaker after a quotation: not "figures — … — both suggested")
            self.remember(pair, "group", None, cue, context, start)
            return pair, None  # "Xi Jinping met Joe Biden. Both said": the two people the sentence before named
        kin = KIN_FIRST_NAME.fullmatch(np)
        rel = kin_of_first_name(self.body, start) if " " not in np and np[:1].isupper() and not kin else None
        if rel:  # "Lee's mother, Ann, said": Ann Lee, in the role "Lee's mother"
            name, role = f"{np} {rel[0]}", rel[1]
            self.remember(name, "person", role, cue, context, start)
            return name, role
        if rel is None and " " not in np and np[:1].isupper() and not kin \
                and (own := kin_of_owner(self.body, start)) is not None:
            # "Tom Roe won. His daughter, Ana, said": Ana Roe, in the role "His daughter" (the owner is the subject
            # of the sentence just before, never a speaker further back); else "“…,” said Arjun Shah, whose family
            # …. His wife, Neha, said": the speaker just before owns the relation
            e = self.previous_subject("he" if own[0] == "his" else "she", own[1])
            if e is not None and e.pos < (_sentence_starts(self.body, max(0, own[1] - _SUBJECT_WINDOW), own[1])
                                          or [0])[-2:][0]:
                e = None
            if e is None:
                e = self._speaker_just_before(own[0], own[1])
            if e is not None:
                name, role = f"{np} {e.name.split()[-1]}", own[2]
                self.remember(name, "person", role, cue, context, start)
                return name, role
        if kin:
            name, role = f"{kin.group('first')} {kin.group('fam')}", np[: kin.end("rel")]
            self.remember(name, "person", role, cue, context, start)
            return name, role
        if np[:1] in "Tt" and "No" in np and _RANKED.fullmatch(np):
            # "the world No. 1", "the No. 2 seed": the player the text is about, a standing and no post
            e = self.salient_person("the seed", "seed", start)
            if e is not None:
                self._again(e, cue, context, start)
                return e.name, e.role
        desc, dnp = DESCRIPTION.fullmatch(np), np
        if " of " in np and (not desc or desc.group("head").lower() not in PERSON_ROLES):
            par = _PARENT_OF.fullmatch(np)  # "the mother of two", "a father of three": the mother, a father
            cut = par.group("np") if par else _COUNT_OF.sub("", np)
            if cut != np:
                dnp, desc = cut, DESCRIPTION.fullmatch(cut)
        age = _AGED.fullmatch(np)
        if (desc and desc.group("head").lower() in PERSON_ROLES) or age:
            head = age.group("head") if age else desc.group("head").lower()
            holder = self.of_age(age.group("age"), start) if age else self.holder_at(dnp, head, start)
            if np[:1] in "Tt" and "’s " not in np and "'s " not in np and (holder is None or (
                    not age and 0 <= holder[2] < start - _NEAR // 2)):
                # "the prime minister": the person the text is about, unless the holder is named nearer
                # ("Rubio stopped by his office … the senator said", not a Sen. Jo Roe named long before)
                e = self.salient_person(dnp, head, start)
                if e is not None and holder is not None and self.spoke_without(e.name, head, holder[0]):
                    e = None  # "Mayor Jo Roe said … Al Poe said. / After the vote, the mayor said": not Al Poe
                if e is not None and head == "minister" and not words_of(dnp) & _HEAD_OF_MINISTERS \
                        and _heads_ministers(self.body, e):
                    e = None  # "the minister" is never the prime, chief or first minister the text is about
                if e is not None and (holder is None or e.pos > holder[2]):
                    # the post the description names is noted on the person ("the home secretary" is found
                    # again when the story has moved on from him), the role returned stays the one the text gave
                    post = e.role or (dnp.split(None, 1)[1] if not age and " " in dnp else None)
                    post = post and post[:1].upper() + post[1:]  # as a holder's role is written ("Bank of Canada governor")
                    self._again(replace(e, role=post) if post != e.role else e, cue, context, start)
                    holder = e.name, e.role
            holder = holder[:2] if holder else None
            if holder:
                return holder
        if low[:4] in ("his ", "her ") and low[4:] in _KIN_OF_ONE_NAME \
                and not _NAME_NEXT.match(self.body, start + len(np)) \
                and (kin := self.relative_of(low[:3], low[4:], start)) is not None:
            # "Nick and Jean Karalis … Nick Karalis said …. His wife said": the other one of the surname
            self.remember(kin, "person", np, cue, context, start)
            return kin, np
        toks = np.split()
        gov = self.gov_mentions[-1] if self.gov_mentions and 2 <= len(toks) <= 5 and toks[-1] in _GOV_HEADS else None
        if gov and {t for t in toks[:-1] if t.islower()} & set(gov.lower().split()):
            # "China’s cyberspace watchdog" after "the Cyberspace Administration of China"
            self.remember(gov, "org", np, cue, context, start)
            return gov, np
        pair = titled_pair(np) if " and " in np else None  # "Deputy Premier Jo Roe and Finance Minister Al Poe"
        name, role = (pair, None) if pair else split_role(np)
        if role and is_fragment(role) and not (title_abbreviation(role.split()[-1]) and is_role_phrase(role)):
            role = None  # a role is a role phrase, never a clause ("Senator Jo Roe of Vermont endorsed")
        first = np.split()[0]
        hon = GENDERED_WORDS.get(first.lower().strip("."))
        # "Mrs. Trump" with no Mrs. Trump named in full stays "Mrs. Trump", never plain "Trump"
        # ("Dr Who", "Mr Can": a surname that is a common word keeps its honorific, whatever the honorific's gender)
        keep = len(name.split()) == 1 and first != name and (
            hon or (first.strip(".") in _HONORIFICS and _word_alone(name)))
        name = self.expand(f"{first} {name}" if keep else name, hon, start)
        name = self.spelled_out(name)
        self.remember(name, "person" if hon else entity_kind(name), role, cue, context, start, hon)
        return name, role

    def _named_around(self, np: str, start: int, cue: str | None, context: str):
        """(name, role) where the text names around ``np`` the person or body it stands for (see named_after.py):
        "Another speaker, retired engineer Jo Roe,", "the older Roe", "a spokesperson for Acme" (Acme Foods), "the
        Crown" (the Crown attorney the story names)."""
        if np[:1] in "AO" and self.body.startswith(",", start + len(np)) \
                and (got := named_in_aside(self.body, np, start + len(np))) is not None:
            name = self.expand(got[0])
        elif np[:1] in "TIHO" and self.body.startswith(",", start + len(np)) \
                and (got := post_named_in_aside(self.body, np, start + len(np), split_role)) is not None:
            name = self.expand(got[0])
        elif np[:1] in "Tt" and np[4:] == "Crown" and (m := crown_lawyer(self.body, np)) is not None:
            got = m, "Crown attorney"
            name = self.expand(m)
        elif np[:1] in "Tt" and ("older " in np or "younger " in np or "elder " in np) and ELDER.fullmatch(np) \
                and (m := elder_or_younger(
                self.body, np, self.surname(np.split()[-1].lower()))) is not None:
            got = m, np
            name = m
        elif np[:1] in "Aa" and ("spokes" in np or "representative" in np or "official" in np):
            full = spokesperson_for(self.body, np, start)
            if full is None and (m := _FOR_NOMINAL.fullmatch(np)) is not None \
                    and (org := self.org_named(m.group("word"), start)) is not None \
                    and m.group("word") in org.lower().split() and " " in org:
                # "a spokesperson for the ministry" after "the Ministry of Health": the description, its body in full
                # (a name that holds the noun: "the department" is not the "Home Office")
                full = m.group("lead") + ("the " + org if org[:4] not in ("The ", "the ") else "the " + org[4:])
            if full is None:
                return None
            self.remember(full, "person", None, cue, context, start)
            return full, None
        else:
            return None
        self.remember(name, "person", got[1], cue, context, start)
        return name, got[1]

    def _indefinite_before(self, head: str, at: int) -> Entity | None:
        """The speaker of the last few quotes before ``at`` that the text gave only an indefinite description with
        ``head`` ("A senior BCCI official", "One of the man's friends"): "the official", "the friend"."""
        for head in (head,) + _SAME_UNNAMED.get(head, ()):
            for e in reversed(self.history[-4:]):
                words = e.name.split()
                if 0 <= e.pos < at and at - e.pos < _NEAR and words[0] in _INDEFINITE_OPENERS and len(words) > 1 \
                        and (head in words or head + "s" in words) and (words[-1] in (head, head + "s") or (
                            head in words[1:4] and words[words.index(head) + 1] in _AFTER_HEAD
                            and head in _PERSON_HEADS)):
                    return e  # (also "A representative for Roe", "a source close to the family": "the source")
        return None

    def spoke_without(self, name: str, head: str, holder: str) -> bool:
        """Has ``name`` been quoted with no role of the word ``head`` while ``holder``, someone else, was quoted
        holding it? Then a description of that post ("the mayor") is the holder's, not ``name``'s."""
        if not first_name_gender(holder.split()[0]):
            return False  # (a holder known as a person by its first name: not "Manitoba First Nation")
        spoke = held = False
        for e in self.history:
            if e.cue and e.name == name:
                if e.role and head in e.role.lower():
                    return False
                spoke = True
            elif e.cue and e.name == holder and e.role and head in e.role.lower():
                held = True
        return spoke and held and name != holder

    def subject_before(self, at: int) -> tuple[str, str | None, str | None] | None:
        """(name, role, gender) of the person who opens the sentence of ``at`` before it, named or as "he"/"she"
        ("Christie rejected …", "He rejected …" after Christie); None when no person does."""
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        if not starts or starts[-1] >= at:
            return None
        got = self._sentence_subject(starts[-1], at)
        if got is not None:
            return got[:3] if got[3] < at else None
        m = _SUBJECT_PRONOUN.match(self.body, starts[-1], at)
        if m is not None and m.group("pro"):
            e = self.resolve_pronoun(m.group("pro").lower(), m.start("pro"))
            return (e.name, e.role, e.gender) if e is not None and e.kind == "person" else None
        if m is not None and m.group("head") in PERSON_ROLES:  # "The governor rejected …"
            held = self.holder_at(m.group("np"), m.group("head"), m.start("np"))
            e = self.salient_person(m.group("np"), m.group("head"), m.start("np")) if held is None else None
            return held[:2] + (None,) if held else (e.name, e.role, e.gender) if e is not None else None
        return None

    def subject_again(self, subject: tuple[str, str | None, str | None], owner: str, at: int) -> None:
        """After the owner of a possessive was taken as a speaker ("Christie rejected Trump's claim that …"):
        the sentence's ``subject`` (see ``subject_before``), when someone else, is remembered again at ``at``,
        so a later "he" or bare surname is read from the subject, not from the owner."""
        if subject[0] != owner:
            self.remember(subject[0], "person", subject[1], None, "", at, subject[2])

    def someone_else_named(self, speaker: str, lo: int, hi: int) -> bool:
        """Does the narration ``body[lo:hi]`` name a person other than ``speaker`` (see antecedents.py)?"""
        return someone_else_named(self, speaker, lo, hi)

    def appositive_role(self, name: str, end: int) -> str | None:
        """The role an aside right after a person's name at ``end`` gives ("Jane Roe, a city councillor, said",
        "said Mark Tull, the town's mayor."): noted on the latest memory of that person (so "the councillor"
        finds her later) and returned; None when no role phrase follows the name."""
        m = _APPOSITIVE_ROLE.match(self.body, end)
        if m is None:
            return None
        role = m.group("r").strip()
        words = role.split()
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        if words[0].lower() in ("a", "an", "the"):
            role, words, cut = " ".join(words[1:]), words[1:], cut - 1
        elif cut == 1 and words[0].lower() == "one" and len(words) > 2 and words[-1].endswith("s"):
            # "Ada Fisher, one of the party's delegates, said": one of a group of role holders
            one = words[-1][:-1]
            words, cut = words[:-1] + [one if role_word(one) or not one.endswith("e") else one[:-1]], len(words)
        if cut < 1 or not (role_word(words[cut - 1]) or words[cut - 1].lower() in PERSON_ROLES) \
                or not is_role_phrase(role):
            return None
        for e in reversed(self.history):
            if e.name == name:
                if e.role is None:
                    e.role = role
                break
        return role

    def opener(self, at: int, cue: str | None, context: str) -> tuple[str | None, str | None]:
        """(name, role) of the person who opens the sentence of a subject phrase at ``at`` that names nobody
        (a place, a day): "Hillary Clinton on Tuesday said", "Clinton, in Iowa, told the crowd"; (None, None)
        when no person opens it before ``at``."""
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        if not starts or starts[-1] >= at:
            return None, None
        got = self._sentence_subject(starts[-1], at)
        if got is None or got[3] >= at:
            return None, None
        name, role, gender, pos = got
        self.remember(name, "person", role, cue, context, at, gender)
        return name, role

    def relative_of(self, own: str, rel: str, at: int) -> str | None:
        """For "his wife", "her brother": the one other person the text names with the surname of the person the
        possessive stands for, of the relation's gender ("Jean and Conor Dunne"; "Ms Dunne said …. Her brother
        said": Conor Dunne); None when no such person, or more than one."""
        if (held := self.holder_at(f"{own} {rel}", rel, at)) is not None:
            return held[0]  # "Lee's mother, Ann, …. Her mother …": the relative the text names as such
        owner = self.resolve_pronoun("he" if own == "his" else "she", at)
        if owner is None or owner.kind != "person" or len(toks := owner.name.split()) < 2 \
                or introduced_as_kin(self.body, owner.name):
            return None  # (one the text introduces as a relative may be the relative meant: "his brother Al Roe")
        want = GENDERED_WORDS[rel]
        got = [n for n in self.surname(toks[-1].lower()) if n != owner.name and len(n.split()) == 2
               and (first_name_gender(n.split()[0]) or "")[:1] == want]
        return got[0] if len(got) == 1 else None

    def couple_named(self, at: int) -> str | None:
        """The two people the text last named together before ``at`` ("Raj and Priya Sandhu", "Jo Roe and Ann
        Lee"), when both first names are known as first names; None if none."""
        best = None
        for m in _COUPLE.finditer(self.body, max(0, at - _NEAR), at):
            if first_name_gender(m.group("a")) and first_name_gender(m.group("b")):
                best = m.group()
        return best

    def pair_named(self, at: int) -> str | None:
        """The two people named in the sentence before ``at`` and in its own sentence up to ``at`` ("Xi Jinping met Joe
        Biden on Monday. Both said"), joined by "and", when exactly two are named there; None otherwise."""
        lo = max(0, at - 600)
        starts = _sentence_starts(self.body, lo, at)
        lo = starts[-2] if len(starts) >= 2 else (starts[0] if starts else lo)
        names: list[str] = []
        for m in _CAP_RUN.finditer(self.body, lo, at):
            run = m.group()
            if " " not in run and not _name_words(run)[0]:
                continue  # a courtesy title alone ("Mrs"): no name
            name = self.expand(run) if " " not in run else _full_name(run)
            if name and " " in run and first_name_gender(name.split()[0]) is None \
                    and " " in (full := self.expand(name.split()[-1])) and full.endswith(" " + name.split()[-1]):
                name = full  # "Republican Trump" after "Donald Trump": the full name, not the party before the surname
            if name is None or " " not in name or entity_kind(name) != "person" or entity_type(name):
                continue
            if name not in names:
                names.append(name)
            if len(names) > 2:
                return None
        return " and ".join(names) if len(names) == 2 else None

    def firm_named(self, at: int, word: str = "company") -> str | None:
        """The latest firm the text names before ``at`` by its legal name (``Hydro One Inc.``, ``Intact Financial
        Corp.``, ``Loblaw Companies Ltd.``), when it names one firm so; None if none or several."""
        if self._legal is None:  # (the text's legal names are read once, then looked up by position)
            found = [(m.start(), " ".join(t for t in m.group("n").split() if t not in _NOT_ORG_START)
                      if not (m.group("with") or _JOINED_BEFORE.search(self.body, max(0, m.start() - 40), m.start()))
                      else "\0", _FACILITY_AFTER.match(self.body, m.end("n")) is not None)
                     # (a firm named with another: either may be "the utility"; a firm named as a site's owner)
                     for m in _LEGAL_NAME.finditer(self.body)] if any(w in self.body for w in _LEGAL_ENDS) else []
            self._legal = [p for p, _, _ in found], [(n, owner) for _, n, owner in found]
        starts, found_names = self._legal
        fits = _KIND_NAMES.get(word)
        # a firm named only as a site's owner ("the Imperial Oil Ltd. refinery") is "the utility" only when its name
        # says that kind of business ("Hydro", "Power"); "the company" is any firm
        names = {n for n, owner in found_names[bisect_left(starts, max(0, at - 4 * _NEAR)): bisect_left(starts, at)]
                 if not owner or fits is None or not fits.isdisjoint(n.split())}
        names.discard("")
        if len(names) != 1 or "\0" in names:
            return None  # two firms before: which one the kind stands for is not known
        name = names.pop()
        return None if entity_type(name) or is_fragment(name) else name

    def org_named(self, word: str, at: int) -> str | None:
        """The latest organisation the text names before ``at`` whose name holds ``word`` capitalised ("the
        union" -> "Canadian Union of Postal Workers"), or for a generic word ("the company", "the firm") that
        it describes with such a word ("Cairn Energy, a UK oil firm", "software firm Lycos"); None if none."""
        cap = word[:1].upper() + word[1:]
        lo = max(0, at - 4 * _NEAR)
        best = None
        if cap in self.body[lo:at]:
            for m in _ORG_RUN.finditer(self.body, lo, at):
                toks = m.group().split()
                while toks and toks[0] in _NOT_ORG_START:
                    toks = toks[1:]  # "The Canadian Union …", "In the Bank of England's view"
                if len(toks) >= 2 and cap in toks:
                    best = (m.start(), " ".join(toks))
        if word in _FIRM_WORDS:
            words = "|".join(sorted(_FIRM_WORDS if word in ("company", "firm") else {word}))
            org = _ORG_RUN.pattern.replace(")+", ")*")  # one capitalised word or more
            for rx in (r"(?P<n>%s),\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|by|from)\s)[\w&’'-]+\s+){0,4}?"
                       r"(?:%s)\b(?![’'])" % (org, words), r"\b(?:%s)\s+(?P<n>%s)" % (words, org)):
                for m in _rx(rx).finditer(self.body, lo, at):
                    if best is None or m.start() > best[0]:
                        best = (m.start(), m.group("n"))
        if best is None and word in _PUBLIC_BODY_WORDS:
            # "Environment Canada has issued a warning. … the agency said": the body that opened a sentence
            # just before
            for m in _ORG_RUN.finditer(self.body, max(lo, at - _NEAR), at):
                lead = self.body[max(0, m.start() - 2): m.start()]
                name = " ".join(t for t in m.group().split() if t not in _NOT_ORG_START)
                if (m.start() == 0 or lead.endswith(("\n", ". "))) and entity_kind(name) == "org" \
                        and not is_media(name):
                    best = (m.start(), name)
        if best is None:
            return None
        toks = best[1].split()
        while toks and toks[0] in _NOT_ORG_START:
            toks = toks[1:]
        name = " ".join(toks)
        if not name or entity_type(name) or is_fragment(name) or name.lower() in self.places():
            return None
        return name

    def body_named(self, word: str, mods: list[str], at: int) -> str | None:
        """The organisation "the WORD" ("the federation", "the chamber") or "the MOD WORD" ("the health authority",
        "the federal housing agency") stands for: the latest the text names with the word capitalised ("Canadian
        Chamber of Commerce"), else the latest body heard within reach whose name has a modifier capitalised
        ("Alberta Health Services" for "the health authority"); None if neither."""
        name = self.org_named(word, at)
        if name is not None and " The " in f" {name} ":
            name = name[name.rindex("The ") + 4:]  # a headline's last word before the sentence: "CSOs The Police …"
        if name is not None and (i := self.body.find(name + " (")) >= 0:
            # "Past Congressional Budget Office (CBO) forecasts": the words whose initials the initialism has
            m = _INITIALISM.match(self.body, i + len(name) + 1)
            toks = [t for t in name.split() if t[:1].isupper()]
            if m and len(m.group(1)) < len(toks) and "".join(t[0] for t in toks[-len(m.group(1)):]) == m.group(1):
                name = name[name.index(toks[-len(m.group(1))]):]
        if name is not None or not mods:
            return name
        caps = {m[:1].upper() + m[1:] for m in mods}
        for e in reversed(self.history):
            if e.pos >= 0 and at - e.pos > _NEAR:
                break
            toks = e.name.split()
            if e.kind != "person" and not e.etype and not e.gender and caps.intersection(toks) \
                    and sum(t[:1].isupper() for t in toks) >= 2 and not is_media(e.name):
                return _THE_LEAD.sub("", e.name)
        return None

    def spelled_out(self, name: str) -> str:
        """'the SEC' -> 'Securities and Exchange Commission (SEC)' when the article spells the initialism out
        (its capitalised words' initials, 'of'/'and'/'for'/'the' between them); otherwise ``name``."""
        m = _ACRONYM.fullmatch(name)
        if not m:
            return self.defined(name) if 2 <= len(name) <= 6 and name.isalpha() and name[:1].isupper() and (
                name.isupper() or len(name) >= 4 and name[1:].islower()) else name
        letters = tuple(m.group("a"))
        forms = self._spelled_forms.get(len(letters))
        if forms is None:  # one pass a length: the first run of capitalised words with each tuple of initials
            self._spelled_forms[len(letters)] = forms = {}
            rx = _spelled(len(letters))
            for w in _WORD_CAPITAL.finditer(self.body):
                full = rx.match(self.body, w.start())
                if full is not None and full.groups() not in forms:
                    forms[full.groups()] = full
        full = forms.get(letters)
        if not full or full.group().isupper():
            return self.defined(m.group("a"), name)
        own = full.group().removesuffix("’s").removesuffix("'s")  # "the Crown Prosecution Service's (CPS) lawyer"
        if own == full.group() and (more := _FUNCTION_TAIL.match(self.body, full.end())) is not None:
            own += more.group()  # "Centers for Disease Control and Prevention": the CDC's whole name
        return "%s (%s)" % (own.rstrip("’'"), m.group("a"))

    def defined(self, initials: str, name: str | None = None) -> str:
        """'UKHSA' -> 'UK Health Security Agency (UKHSA)' when the text writes the initialism in brackets after the
        name it stands for, whatever its letters ("Japan Aerospace Exploration Agency (JAXA)"); else ``name``
        (``initials`` when None)."""
        name = initials if name is None else name
        if self._bracketed is None:  # every " (ABC)" of the text, read once: the first place each is written
            self._bracketed = {}
            if " (" in self.body:
                for b in _BRACKETED.finditer(self.body):
                    self._bracketed.setdefault(b.group(1), b.start())
        i = self._bracketed.get(initials, -1)
        if i < 0:
            return name
        words = self.body[max(0, i - 160):i].split()[-10:]
        k = len(words)
        while k and (words[k - 1][:1].isupper() or words[k - 1] in _DEFINED_JOINS) and not words[k - 1][-1] in ",.;:":
            k -= 1
        words = words[k:]
        while words and (words[0] in _DEFINED_JOINS or words[0] in _DEFINED_OPENERS):
            words = words[1:]
        if words:
            words[-1] = words[-1].removesuffix("’s").removesuffix("'s").rstrip("’'")  # "Incomes Data Services' (IDS)"
        own = max((j for j, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=-1)
        words = words[own + 1:]  # "Nicola Sturgeon's Scottish National Party (SNP)": the body, not its leader
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) < 2 or not words[-1][:1].isupper() or len(caps) > len(initials) + 2:
            return name  # (a run of capitalised words the initialism cannot stand for: "Transport Regional (ATR)")
        j = next((j for j, w in enumerate(words) if w[:1] == initials[0] and _spells(initials, [w] + [
            v for v in words[j + 1:] if v[:1].isupper()])), -1)
        if j >= 0:  # the name from its word that the initialism spells ("North American Court of Arbitration for
            words = words[j:]  # Sport (CAS)" -> "Court of Arbitration for Sport")
        elif caps[0][:1] == initials[0] or not any(w.startswith(initials[0]) for w in caps) or not initials.isupper():
            return name  # a run cut short ("Office for National (ONS) statistics") or letters it does not hold
        # (else a name translated from the language of its initialism: "National Statistic Institute (INSEE)")
        if sum(w[:1].isupper() for w in words) < 2:
            return name
        return "%s (%s)" % (" ".join(words), initials)

    def _again(self, e: Entity, cue: str | None, context: str, pos: int) -> None:
        self.history.append(Entity(e.name, e.kind, e.role, cue, context.lower(), e.gender, e.etype, e.plural, pos))

    def _speaker_just_before(self, owner: str, at: int) -> Entity | None:
        """The person who spoke last before ``at`` (within the two sentences before it), named in full, when the
        possessive ``owner`` ("his", "her") agrees with their gender (or nothing gives one)."""
        last = self.history[-1] if self.history else None
        if last is None or last.kind != "person" or not 0 <= last.pos < at or len(last.name.split()) < 2:
            return None
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        if last.pos < (starts[-3:] or [0])[0]:
            return None
        pronoun = "he" if owner.lower() == "his" else "she"
        return last if _fits(last, pronoun, True) or _fits(last, pronoun, False) else None

    def resolve_pronoun(self, pronoun: str, at: int) -> Entity | None:
        """``_resolve_pronoun``; but "he said through his lawyer" is never the lawyer: then the person salient where
        the text first named the lawyer ("Wang Lei … His lawyer, Mark Hill, … Through his lawyer, he said")."""
        e = self._resolve_pronoun(pronoun, at)
        if e is None or e.kind != "person" or pronoun not in ("he", "she") \
                or self.body.find("hrough ", max(0, at - 80), at + 120) < 0 \
                or (through := _THROUGH_COUNSEL.search(self.body, max(0, at - 80), at + 120)) is None:
            return e
        first = self.body.find(e.name, 0, at)
        if first < 0 or first >= through.start() or not self._counsel(e, first):
            return e
        stop = self.body.rfind(". ", 0, first)
        other = self._resolve_pronoun(pronoun, stop + 2 if stop >= 0 else first)
        return other if other is not None and other.name != e.name and not self._counsel(other, other.pos) else None

    def _counsel(self, e: Entity, pos: int) -> bool:
        """Is ``e`` (named at ``pos``) someone's lawyer or spokesperson by its role or the words around the name?"""
        if e.role and _COUNSEL_WORD.search(e.role):
            return True
        if pos < 0:
            return False
        end = pos + len(e.name)  # "His lawyer, Mark Hill,", "Lawyer Mark Hill", "Mark Hill, his lawyer,"
        return _COUNSEL_WORD.search(self.body, max(0, pos - 15), pos) is not None \
            or self.body.startswith(",", end) and _COUNSEL_WORD.search(self.body, end, end + 30) is not None

    def _resolve_pronoun(self, pronoun: str, at: int) -> Entity | None:
        """What a pronoun stands for. "he"/"she": the latest speaker whose gender agrees (unless the text
        has since named another person of that gender), else the latest person of that gender the text
        names, else the latest speaker of unknown gender; never an organisation, a group or a place.
        "it": an organisation; "they": a group or an organisation. "you" in a Q/A interview's question is the person it
        asks ("Q: You said last year …"), else no one the text's memory can tell (not whoever spoke last; in an
        answer, the interviewer or anyone)."""
        if pronoun == "you":
            got = self.interviewed
            if got is not None and at >= got[0] and QUESTION_LABEL.match(self.body, self.body.rfind("\n", 0, at) + 1):
                return Entity(got[1], "person", got[2], None, "", None, "", False, at)  # the person the questions ask
            return None
        gendered = pronoun in ("he", "him", "she", "her")
        if gendered:
            subj = self.previous_subject(pronoun, at)
            if subj is not None:
                return subj
            last = self.history[-1] if self.history else None
            one = last is not None and last.name.rsplit(None, 1)[-1].lower() in PERSON_HEADS
            # ("A senior government official", "a passenger": one person by the head of the description)
            if last is not None and 0 <= at - last.pos < _NEAR // 2 and _DESCRIBED.match(last.name) \
                    and (_fits(last, pronoun, False) or last.kind in (("group", "org") if one else ("group",))
                         and not (last.plural or last.etype or last.gender)
                         and last.name.rsplit(None, 1)[-1].lower() not in _COLLECTIVE_HEADS
                         and (one or "\n" not in self.body[last.pos: at])) \
                    and (one or not _ORG_SET.intersection(last.name.lower().split())) \
                    and not any(self.surname(w.lower()) or w in _HONORIFICS
                                for w in _NAME_WORD.findall(self.body, last.pos + len(last.name), at)):
                # "One leading broker said …. Money, he says, …", "A witness told AFP … he said": the person just
                # described (a description is a group's kind of phrase, but "a"/"one" makes it one person: in its
                # paragraph, or past it when its head is a person's), no one named since
                return last
            ranked = salient_person(self, pronoun, at)
            if ranked is not None:
                return ranked
        if pronoun == "it" and (own := self._clause_subject(at)) is not None:
            return own  # "Apple uses AAC, which it says helps": the firm of its own sentence, not one that spoke before
        for e in reversed(self.history):
            if gendered and e.pos >= 0 and at - e.pos > 3 * _NEAR:
                break
            if _fits(e, pronoun, True) and (not gendered or self.pronoun_genders.get(e.name, e.gender[:1]) == e.gender[:1]):
                # (not "Jordan Roe … she said" for a later "he", however the first name reads)
                if gendered and e.pos >= 0 and at - e.pos > _NEAR:
                    return self._named(pronoun, at, after=e.pos) or e
                if pronoun == "they" and not e.plural and _DESCRIBED.match(e.name) \
                        and (group := self.group_subject(at)) is not None and group.pos > e.pos \
                        and _people_plural(group.name):
                    return group  # "A resident said …. Residents complained …. “…,” they said": the residents
                return e
        if gendered:
            named = self._named(pronoun, at)
            if named:
                # "Woodward picks the squad. … Umaga said. He added": the speaker spoken of since (of no
                # known gender) before a man the text only named
                want = "m" if pronoun in ("he", "him") else "f"
                later = next((e for e in reversed(self.history) if e.pos > named.pos and e.kind == "person"
                              and _fits(e, pronoun, False) and not _ORG_SET.intersection(e.name.lower().split())
                              and person_gender(e.name, e.role) in (None, want)
                              and e.name.split()[0].lower() not in _QUANTIFIERS), None)
                return later or named
        for e in reversed(self.history):
            if gendered and e.pos >= 0 and at - e.pos > 3 * _NEAR:
                break
            if _fits(e, pronoun, False) and (not gendered or self.told_gender(e.name, e.pos)
                                             in (None, _GENDERED_PRONOUNS[pronoun])):
                return e  # (not "Karen Brady … She added" for a later "he", however her first name reads)
        if pronoun == "it":
            return self._org_named_like_person(at) or self.org_subject(at)
        if pronoun == "they":
            return self.group_subject(at)
        return self._named(pronoun, at, any_gender=True) if gendered else None

    def group_subject(self, at: int) -> Entity | None:
        """For "they" when no group spoke: the plural noun phrase that opens the pronoun's sentence or the
        one before it, outside quotations, nearest first ("Nurses voted to strike. They said"); None if none
        does. The noun phrase ends at its head: "Opinions among older people" is no group of people."""
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        ends = starts[1:] + [at]
        for s, e in list(zip(starts, ends))[::-1][:2]:
            text = self.body[s:e]
            if "“" in text or '"' in text:  # what a quotation says is not who says it
                text = _QUOTED_SPAN.sub(lambda m: " " * len(m.group()), text)
            k = len(text) - len(text.lstrip(" \n\"“‘'([—–-,"))
            k += lead_phrase(text[k:])
            if (two := _PAIR_OPENS.match(text, k)) is not None and (pair := _named_pair(two.group(1))) is not None:
                return Entity(pair, "group", None, None, "", None, "", True, s + k)  # "Jo Roe and Al Poe founded"
            toks = text[k:].split(None, 6)[:6]
            for i, tok in enumerate(toks):
                word = tok.lower().strip(",;:")
                if (i == 0 and word in _APPROXIMATE or i == 1 and toks[0].lower() in _APPROXIMATE) \
                        and len(toks) > 1 and toks[1][:1].isdigit():
                    continue  # "About 300 farmers", "Nearly 2,000 nurses"
                if i == 1 and word == "of" and toks[0].lower() in _MANY:
                    continue  # "Hundreds of fans", "Dozens of nurses"
                if word in _VERBISH or word in PRONOUNS or word in _PREPOSITIONS \
                        or not word.replace("-", "").isalpha():
                    break
                np = " ".join(t.strip(",;:") for t in toks[: i + 1])
                if (_plural(np) or i == 0 and _plural(np.lower())) and word not in ("both", "others"):
                    # (the one word that opens the sentence is capitalised for it: "Councillors voted")
                    if " and " in f" {np.lower()} ":
                        break  # "Smith and Jones": two speakers, not one group
                    np = normalise(np) or np
                    return Entity(np, "group", None, None, "", None, "", True, s + k)
                if tok.endswith((",", ";", ":")):
                    break
        return None

    def org_subject(self, at: int) -> Entity | None:
        """For "it" when no organisation spoke: the organisation named in capitals ("The India Meteorological
        Department (IMD) had issued …") that opens the pronoun's sentence or the one before it, outside
        quotations, nearest first; None if none does."""
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        ends = starts[1:] + [at]
        for s, e in list(zip(starts, ends))[::-1][:2]:
            text = self.body[s:e]
            if "“" in text or '"' in text:
                text = _QUOTED_SPAN.sub(lambda m: " " * len(m.group()), text)
            k = len(text) - len(text.lstrip(" \n\"“‘'([—–-,"))
            k += lead_phrase(text[k:])
            m = _ORG_OPENS.match(text, k)
            if m is not None and entity_kind(m.group(1)) == "org" and not entity_type(m.group(1)):
                return Entity(m.group(1), "org", None, None, "", None, "", False, s + k)
        return None

    def _clause_subject(self, at: int) -> Entity | None:
        """For "it" that opens a clause joined to the one before in its sentence ("…, which it says", "… and it
        said"): the name that is that clause's subject when it is no person and no place ("Apple uses AAC, which it
        says helps"); None otherwise."""
        if not _JOINED_IT.search(self.body, max(0, at - 16), at):
            return None
        lo = max(0, at - 240)
        start = max(self.body.rfind(". ", lo, at), self.body.rfind("\n", lo, at)) + 1
        last = None
        for m in _CLAUSE_SUBJECT.finditer(self.body, start, at):
            if not self.body[max(0, m.start() - 6): m.start()].lower().endswith(_DETERMINED):
                last = m  # (not "the Saudi flights": a name before a noun)
        if last is None or self.body[last.end(): at].count(",") > 1:
            return None
        name = last.group("n")
        first = name.split()[0]
        if first in _NOT_SUBJECT_START or (first_name_gender(first) is not None and not first.isupper()) \
                or entity_type(name) \
                or self.known_person(name):
            return None
        return Entity(name, "org", None, None, "", None, "", False, last.start())

    def _org_named_like_person(self, at: int) -> Entity | None:
        """For "it" when no organisation spoke: the latest speaker taken for a person only because its name
        is capitalised words ("Acme Motors"), whose first word is no first name and whom nothing gives a
        gender, within reach of the pronoun, past people of a known gender who spoke since."""
        for e in reversed(self.history):
            if e.pos >= 0 and at - e.pos > _NEAR:
                return None
            toks = e.name.split()
            if e.kind == "person" and not e.gender and not e.plural and not e.etype and len(toks) >= 2 \
                    and all(t[:1].isupper() for t in toks) and not _person_role(e.role) \
                    and first_name_gender(toks[0]) is None and toks[0].lower().strip(".") not in GENDERED_WORDS \
                    and not self.surname(toks[-1].lower())[1:]:
                return e
            if e.kind == "person" and e.gender not in ("m", "f"):
                return None  # a person spoke since: "it" is not them, nor someone before them
            # (but a man or a woman who spoke since is no "it": "Acme Mining said …. Chief executive Jo Roe said …. It
            # said" is the firm)
        return None

    def told_gender(self, name: str, pos: int) -> str | None:
        """'m' or 'f' for the person ``name`` (mentioned at ``pos``) by what the article tells: a pronoun that stood
        for them ("She added"), an honorific or a gendered role ("Sasha Roe, the chairwoman,"), the surname's
        evidence, a first name of one gender; None when nothing tells."""
        if name in self.pronoun_genders:
            return self.pronoun_genders[name]
        for e in reversed(self.history):
            if e.name == name and e.gender in ("m", "f"):
                return e.gender
        return self.gender_of(name, text_role(self.body, name, pos) if pos >= 0 and " " in name else None)

    def _named(self, pronoun: str, at: int, after: int = -1, any_gender: bool = False) -> Entity | None:
        """The latest person of the pronoun's gender (or, with ``any_gender``, of no known gender) the
        text names before ``at`` (and after ``after``)."""
        want = "m" if pronoun in ("he", "him") else "f"
        oblique = None
        for pos, name, gender in reversed(self.names_before(at)):
            if pos <= after or at - pos > 3 * _NEAR:
                break
            if gender == want:
                return Entity(name, "person", None, None, "", gender, "", False, pos)
            if any_gender and gender is None and self.told_gender(name, pos) in (None, want):
                if name.split(None, 1)[0] in PLACE_HEADS or name.rsplit(None, 1)[-1] in PLACE_TAILS \
                        or entity_type(name) or quoted_at(self, pos):
                    continue  # "growing up just across Lake Erie", "“I thank Ray Charles”": a place, a quoted name
                if not _OBLIQUE_BEFORE.search(self.body, max(0, pos - 12), pos):
                    return Entity(name, "person", None, None, "", gender, "", False, pos)
                oblique = oblique or Entity(name, "person", None, None, "", gender, "", False, pos)
        return oblique  # (a name after a preposition only when no other: "the chair of Hispanic Patriots")
