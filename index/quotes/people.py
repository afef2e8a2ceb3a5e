"""People the article's text names: full names by surname, names before a position (outside
quotations), the person a quote's own sentence names, the person who is the subject of the
sentences before a pronoun, and places the article shows to be places.

``TextNames`` is a part of ``SpeakerMemory`` (see resolve.py): it reads the memory's ``body``,
``history`` and ``full_names`` and uses its ``expand`` and ``remember``.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import islice
from functools import lru_cache

from .describe import _OTHER_HOLDER, PERSON_ROLES
from .entities import _VERBISH, Entity, entity_type, is_fragment
from .gender import GENDERED_WORDS, first_name_gender, person_gender
from .kin import KIN_WORDS
from .lexicon import COUNTRIES, MONTHS, PLACE_FIRST_WORDS, VIETNAMESE_FAMILY_NAMES, WEEKDAYS
from .person_evidence import PERSON_HEADS, shaped_in
from .role_synonyms import ROLE_SYNONYMS
from .rules import _WHITESPACE
from .speakers import RELATED_PLURALS, entity_kind, split_role
from .forms import MIN_HEADLINE_WORDS, first_line_headline, title_case_line
from .text_gender import surname_gender
from .subjects import lead_phrase
from .title_names import after_stray_initial, in_lines, title_lines, title_parts

_KIN_GIVEN = re.compile(r"(?P<own>[Hh](?<!\w[Hh])(?:is|er))\s+(?:(?:late|older|younger|elder|eldest|youngest|twin)\s+)?"
                        r"(?P<rel>wife|husband|daughter|son|mother|father|sister|brother|widow),\s+"
                        r"(?P<first>[A-Z][a-z]+)(?=,)")
"""A relative named by a given name alone after the relation: "His wife, Nadia," (the owner's surname is hers).
(``\b[Hh]…``, written to start with a character set, which ``re`` skips to.)"""
_IT_WORDS = re.compile(r"\b(?:it|its)\b")
_HE_SHE = re.compile(r"\b(?:he|she|his|her|him)\b")
_PARTICLE_AFTER = re.compile(r"\s+(?:van|von|der|den|de|da|di|du|la|le|bin|al|dos|del)\s")
"""A lower-case particle after a name as read: the name goes on ("Van der Berg")."""
PLURAL_HEADS = {"officials", "analysts", "sources", "experts", "critics", "people", "residents", "aides",
                 "advisers", "lawmakers", "leaders", "members", "authorities", "police", "investigators",
                 "prosecutors", "democrats", "republicans", "supporters", "voters", "researchers", "scientists",
                 "economists", "diplomats", "executives", "lawyers", "attorneys", "activists", "organizers",
                 "witnesses", "allies", "staffers", "others", "both", "families", "parents", "students", "workers"}
_WORD_TAIL = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?(?:[’'-](?!s\b)[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-ž]+)*"
"""The rest of a name's word after its first letters: an inner capital ("McCain", "DeSantis"), parts after an
apostrophe or hyphen ("O'Neill", "Jong-un"), never the possessive ending ("D’Souza’s" is D’Souza). Accented
letters count ("Thériault-Bouchard", "Émilie")."""
_NAME = re.compile(r"(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen)"
                   r"\.?\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]+|(?=[’']))%s(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+(?:(?:de|van|von)(?:\s+(?:der|den))?\s+|(?:da|do|dos|das|di|du|del|der|ter|ten)\s+|al-|d[’'](?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?"
                   r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]+|(?=[’']))%s){0,4})" % (_WORD_TAIL, _WORD_TAIL))
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _name_matches(text: str, lo: int = 0, hi: int | None = None):
    """``_NAME.finditer(text, lo, hi)``, tried only at the capitals where its matches begin (re cannot skip ahead to
    them itself: the pattern opens with an optional group)."""
    hi = len(text) if hi is None else hi
    pos, match = lo, _NAME.match
    for c in _CAPITAL.finditer(text, lo, hi):
        if c.start() >= pos and (m := match(text, c.start(), hi)) is not None:
            yield m
            pos = m.end()


_SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "do", "dos", "das", "di", "du", "del"})
_NICKNAMED = re.compile(r"(?P<first>[A-Z](?<!\w[A-Z])[a-z]+)[^\S\n]+[“\"](?P<nick>[A-Z][^“”\"\n]{0,30})[”\"][^\S\n]+"
                        r"(?P<last>[A-Z][a-z][\w’'-]*)")
"""A first name, a nickname in quotation marks and the surname: 'Darnell "The Hammer" Booker'. (``\b[A-Z]``, written
to start with a character set, which ``re`` skips to.)"""
_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")
"""A quotation on one line (from its last opening mark: a run of marks never closed is read once, not from each)."""
_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<!\w[A-ZÀ-ÖØ-ÞĀ-Ž])[a-zß-öø-ÿā-ž]++(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]++)?(?:[’'-](?!s\b)[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-ž]++)*(?:[^\S\n]+[A-ZÀ-ÖØ-ÞĀ-Ž]\.)?"
                        r"(?:[^\S\n]+(?:(?:van|von|de|der|den|da|do|dos|das|di|du|del|ter|ten)[^\S\n]+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]++|(?=[’']))(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]++)?(?:[’'-](?!s\b)[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-ž]++)*){1,7}\b")
r"""Two to eight capitalised words (a role may open them: "Nova Scotia Premier Tim Houston") (``\b[A-Z]…``, written to start with a character set, which ``re`` skips to; the
letters of a word are never given back, as no match could follow them with a letter). A name never runs on
over a line break ("… time for Plan B.\n\nSanders"). Accented letters count ("François-Philippe Champagne",
"Marie-Ève Bélanger", "Rāwiri Paewai", "Zbigniew Łukaszewski")."""
SAME_PARTY = {"Tory": ("Conservative",), "Tories": ("Conservative",), "Conservative": ("Tory",),
              "Grit": ("Liberal",), "Grits": ("Liberal",), "Liberal": ("Grit",),
              "Dipper": ("NDP", "New Democrat"), "NDP": ("New Democrat",), "Labour": ("Labor",)}
"""Other names of a party in a description ("the Tory leader" after "Conservative Leader Pierre Poilievre")."""
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile", "This", "That", "When",
             "While", "After", "Before", "If", "As", "For", "With", "By", "From", "He", "She", "It", "They", "We",
             "His", "Her", "Their", "Its", "Our", "I", "You", "Mr", "Mrs", "Ms", "Dr", "So", "Yet",
             "Still", "Now", "Then", "There", "Here", "What", "Why", "How", "Who", "Where", "Although", "Though",
             "Because", "Since", "Asked", "Speaking", "According", "Last", "Next", "Earlier", "Later", "Also",
             "Until", "Till", "Unless", "Once", "During", "Through", "Throughout", "Despite", "Under", "Over",
             "Among", "Amid", "Following", "Without", "Within", "Unlike", "Like", "Instead", "Yesterday", "Today",
             "Imagine", "Suppose", "Supposing",
             *MONTHS, *WEEKDAYS}
_JOINING = {"But", "And", "Then", "So", "Yet", "Still", "Now", "However", "Meanwhile", "Also", "Instead"}
"""Words that join a sentence to the one before and may stand before its subject ("But Cruz said")."""
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_NOT_NOUN = {"says", "was", "has", "does", "is", "always", "perhaps", "sometimes", "seems", "remains", "wants",
             "thinks", "believes", "knows", "needs", "feels", "hopes", "plans", "insists", "argues", "warns", "tells",
             "admits", "claims", "denies", "writes", "calls", "adds", "notes", "explains", "agrees", "expects"}
"""Words in "-s" after a name that are its verb or an adverb, not a plural noun the name modifies."""


_PLURAL_VERB = re.compile(r"\s+(?:[a-z]+ed|said|say|told|tell|have|are|were|will|would|could|can|may|might|must|"
                          r"found|believe|think|want|need|took|went|came|gave|did|do|say)\b")


def _modifies(body: str, at: int) -> bool:
    """Is the lower-case word at ``at`` (after a name) a noun the name modifies ("Clinton campaign", "South Korean
    officials", "Warren County deputies arrested"), so that the name is no person who speaks? An unknown word in
    "-s" counts when a verb follows it (not "Smith remembers the day")."""
    nxt = _NEXT_WORD.match(body, at)
    if not nxt:
        return False
    word = nxt.group(1)
    return word in PLURAL_HEADS or word in PERSON_ROLES or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_NOUN
        and _PLURAL_VERB.match(body, nxt.end()) is not None)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:with|of|to|for|against|from|about|on|at|in|into|over|than|between)"
                                 r"\s+\Z")
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s+\Z")


_HEADLINE_WORDS = {"On", "How", "Is", "Are", "For", "To", "Of", "In", "And", "The", "A", "Says", "Said", "Will", "Was",
                   "Has", "Who", "What", "Why", "Not", "At", "With", "By", "Just", "Gets", "Makes", "Slams", "Calls"}


_FUNCTION_WORDS = (_HEADLINE_WORDS - {"Will"}) | {
    "About", "After", "Before", "Being", "Been", "Be", "Were", "Have", "Had", "Over", "Against", "Into", "Than",
    "From", "Or", "But", "An", "Tells", "Told", "Wants", "Everyone", "Everybody", "Nobody", "Anyone", "Every",
    "Must", "Should", "Could", "Would", "Can", "Cannot", "Does", "Did", "Do"}
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:at|an|en|al|ed|ous|iv|ing|ful)ly\Z")


_RELATED_PAIR = re.compile(r"(?i:%s)\s+(?P<first>[A-Z][\w’'-]+)\s+and\s+[A-Z][\w’'-]+\s+(?P<fam>[A-Z][\w’'-]+)(?![\w’'-])"
                           % "|".join(sorted(RELATED_PLURALS)))
"""``Sisters Amy and Beth Roe``: the first one's given name and the family name of two people named together."""


def _in_vietnamese_name(toks: list[str], i: int) -> bool:
    """Is word ``i`` a given or middle name one or two words after a Vietnamese family name ("An" of "Nguyen Van
    An", "Do" of "Tran Do")?"""
    return any(toks[j] in VIETNAMESE_FAMILY_NAMES and all(len(t) <= 6 and t.isalpha() for t in toks[j + 1:i + 1])
               for j in range(max(0, i - 2), i))


def _after_function_words(toks: list[str]) -> list[str]:
    """The words of a capitalised run after its last function word or adverb, which no name holds, and
    after a verb in "-ing" that opens it: a headline's "Hears About Obama", "Immediately After Obama" ->
    ["Obama"], "Avoiding Tax" -> ["Tax"]."""
    cut = max((i for i, t in enumerate(toks) if (t in _FUNCTION_WORDS or (t[-2:] == "ly" and _ADVERB.match(t)))
               and not _in_vietnamese_name(toks, i)),
              default=-1) if not _FUNCTION_WORDS.isdisjoint(toks) or any(t.endswith("ly") for t in toks) else -1
    toks = toks[cut + 1:]
    if len(toks) > 1 and toks[0].endswith("ing") and first_name_gender(toks[0]) is None:
        toks = toks[1:]  # "Avoiding Tax": a verb opens the run
    return toks


@lru_cache(maxsize=16384)
def _drop_lead(name: str) -> str:
    """'Kentuckian Rand Paul' -> 'Rand Paul', 'Endorses Ted Cruz' -> 'Ted Cruz': a capitalised word before
    a known first name that is not one itself (headline words, demonyms)."""
    toks = name.split()
    if len(toks) <= 2:  # (nothing to cut before a name of two words)
        return " ".join(toks)
    cut = next((i for i in range(2, len(toks)) if toks[i] in _HEADLINE_WORDS), len(toks))
    toks = toks[:cut]  # "John Leguizamo On How Latinos …" (a headline)
    if len(toks) > 2 and first_name_gender(toks[0]) is None and not _vietnamese(toks):
        k = next((i for i in range(1, len(toks) - 1) if first_name_gender(toks[i]) is not None), 0)
        toks = toks[k:]
    return " ".join(toks)


def _vietnamese(toks: list[str]) -> bool:
    """Is this a Vietnamese name of three or four words, the family name first ("Nguyen Van An", "Pham Minh
    Chinh"): a known family name and short words after it, no known first name opening it ("Van" of "Nguyen Van
    An" is the middle name, not "Van Morrison")?"""
    return 3 <= len(toks) <= 4 and toks[0] in VIETNAMESE_FAMILY_NAMES and all(len(t) <= 6 and t.isalpha() for t in toks[1:])


@lru_cache(maxsize=16384)
def _full_name(phrase: str) -> str | None:
    """The person's full name in a run of capitalised words (``Tony Blair``), without leading
    sentence words, role or headline words; None when it names no person."""
    toks = _after_function_words(phrase.split())
    while toks and (toks[0] in _NOT_NAME or toks[0].lower() in RELATED_PLURALS):
        toks = toks[1:]  # (nor "Sisters" of "Sisters Amy and Beth Roe")
    if len(toks) < 2:
        return None  # (a role and a name are cut from these words, never added: one word names no one in full)
    name = _drop_lead(split_role(" ".join(toks))[0])
    return name if len(name.split()) >= 2 and entity_kind(name) == "person" and not entity_type(name) else None


_PAIR_REST = re.compile(r"(?P<b>[A-Z][a-z]+)\s+(?P<fam>[A-Z][\w’'-]+)(?![\w’'-])")
_KIN_REST = re.compile(r"(?:husband|wife|brother|sister|son|daughter|father|mother),?\s+(?P<b>[A-Z][a-z]+)(?![\w’'-])")
_FIRST = re.compile(r"[A-Z][a-z]+")
_FAMILY = re.compile(r"[A-Z][\w’'-]+")


def _joins_name(word: str) -> bool:
    """Can ``word``, right before a first name, be part of the same name (capitalised, no comma or stop after it)?"""
    return word[:1].isupper() and word[-1:] not in ",.;:!?”\""


def _shared_surnames(body: str):
    """(first name, first name, surname) of each two people the text names together with one surname: "Jean and
    Conor Dunne", "Ann Lee and her husband, Joe" (the word before the first name not capitalised: "Hillary Clinton and
    Bernie Sanders" are no pair). Read at each " and " only."""
    i = body.find(" and ")
    while i >= 0:
        before = body[max(0, i - 40): i].split()
        if body[i + 5: i + 6].isupper() and before and _FIRST.fullmatch(before[-1]) \
                and (m := _PAIR_REST.match(body, i + 5)) is not None \
                and not (len(before) > 1 and _joins_name(before[-2])):
            yield before[-1], m.group("b"), m.group("fam")
        elif body.startswith(("his ", "her "), i + 5) and len(before) >= 2 and _FIRST.fullmatch(before[-2]) \
                and _FAMILY.fullmatch(before[-1]) and (m := _KIN_REST.match(body, i + 9)) is not None \
                and not (len(before) > 2 and _joins_name(before[-3])):
            yield before[-2], m.group("b"), before[-1]
        i = body.find(" and ", i + 5)


@lru_cache(maxsize=16384)
def _run_name(run: str) -> tuple[str, str, bool, int] | None:
    """The full name a run of capitalised words outside title-cased lines gives (see ``_full_name``, after a stray
    initial): (name, its last word in lower case, whether its first word is no known first name, where it starts
    in the run); None when the run names no person."""
    name = _full_name(after_stray_initial(run))
    if not name:
        return None
    toks = name.split()
    return name, toks[-1].lower(), first_name_gender(toks[0]) is None, max(run.find(name), 0)


@lru_cache(maxsize=16384)
def _named_person(words: str, honorific: bool) -> tuple[str, str | None] | None:
    """(name, role) of the person or unknown entity that ``words`` (a name after an honorific or not)
    can be, without leading sentence words and headline words; None when they name no one."""
    toks = words.split()
    while toks and toks[0] in _NOT_NAME:
        toks = toks[1:]
    toks = toks[:1] + _after_function_words(toks[1:]) if honorific else _after_function_words(toks)
    if not toks or (len(toks) < 2 and not honorific):
        return None
    name, role = split_role(" ".join(toks))
    name = _drop_lead(name)
    if entity_kind(name) not in ("person", "unknown") or entity_type(name) or name.split()[-1] in PLACE_TAILS:
        return None
    return name, role


_EPITHETS = frozenset({"veteran", "youngster", "rookie", "newcomer", "teenager", "teen", "pensioner", "retiree"})
"""Heads of a description that says what a person is, not a post they hold ("the veteran said")."""
PLACE_TAILS = {"County", "City", "Township", "Province", "State", "District", "Region", "Valley", "Island", "Islands",
               "Borough", "Parish", "Village", "Town", "Street", "Road", "Avenue", "Park", "Square", "Bay", "River",
               "Lake", "Mountain", "Mountains", "Hospital", "School", "Airport", "Station", "Centre", "Center"}
"""Last words of a place's or a building's name ("Warren County", "Union Station"): no person a pronoun stands for."""
PLACE_HEADS = frozenset({"Lake", "Lakes", "Mount", "Mt", "Fort", "Port", "Cape", "Gulf", "Isle", "Loch", "Lough", "River",
                         "Bay", "Camp", "Canal", "Glacier", "Sea", "Strait", "Straits", "Mountains"})
"""First words of a place's name ("Lake Erie", "Mount Kenya", "Cape Town"): no person a pronoun stands for."""


def _article_places(body: str) -> set[str]:
    """Places the article itself shows to be places: 'Terre Haute, Indiana' -> {'terre haute'}."""
    out = set()
    for name, where in _places_of(body):
        if entity_type(where) == "place" or where.lower() in COUNTRIES:
            out.add(name.lower())
    return out


_PLACE_OF = re.compile(r"\b(?:in|of|from|at|near|to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_PLACE_HEAD = re.compile(r"\b(?:in|of|from|at|near|to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\Z")
_PLACE_TAIL = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_HEAD_CHARS = _WHITESPACE + string.ascii_letters


def _places_of(body: str):
    """The groups of every ``_PLACE_OF`` match, found from its comma: re skips to the commas, and only the
    letters and blanks before each are searched for the preposition and name. (Two matches never
    overlap, as a match's lower-case preposition cannot begin inside another's capitalised words, so
    this finds the matches ``finditer`` does.)"""
    for tail in _PLACE_TAIL.finditer(body):
        c = tail.start()
        lo = max(0, c - 160)
        run = len(body[lo:c].rstrip(_HEAD_CHARS))  # the match lies in the letters and blanks before the comma
        if run == 0 and lo > 0:
            lo, run = 0, len(body[:c].rstrip(_HEAD_CHARS))
        head = _PLACE_HEAD.search(body, lo + run, c)
        if head:
            yield head.group(1), tail.group(1)


_PERSON_WORDS = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
_AGE_AFTER_COMMA = re.compile(r",\s+(?:aged\s+)?(\d{1,3})\b")
"""An age in an aside (", 45,", ", aged 45"): where "Mark Ellis, 45," gives a person's age."""
_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
_NOT_WORD_FIRST = PLACE_FIRST_WORDS
_PLAIN_NAME = re.compile(r"[\w’'.-]+(?: [\w’'.-]+)*")
_DEPENDENT_ROLES = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "strategist", "lawyer",
                    "attorney", "host", "moderator", "anchor", "reporter", "correspondent", "interviewer", "assistant",
                    "deputy", "nurse", "doctor", "physician", "officer", "detective", "judge", "prosecutor"}
"""Roles of people who speak for, about, to or against the person a text is about, never that person."""
_RUN_READS = 8
"""How many words an article's runs of capitalised words are read for, each on its own, before all its names are read
at once (most articles ask for two or three surnames)."""
_SUBJECT_WINDOW = 700
"""Characters back in which a pronoun looks for the subject of the sentences before it."""
_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?<![A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr)\.)(?<!\b(?:Mrs|Sen|Rep|Gov|Gen)\.)"
                  r"[\"”’')\]]*\s+(?=[\"“‘'(\[]{0,2}[A-Z0-9])|(?<=\n)\n*)")
r"""A sentence end: not the full stop of an initial or a title ("J. Smith", "Sen. Rubio"). (``[.!?]…|\n+``,
written to start with a character set, which ``re`` skips to directly instead of trying every position.)"""


def _likely_gender(name: str, role: str | None) -> str | None:
    """``person_gender`` (likely too), none from a family name written first ("Kim Jong-un": Kim is no first name)."""
    toks = name.split()
    if len(toks) == 2 and _KOREAN_GIVEN.fullmatch(toks[1]):
        return person_gender(toks[1], role)
    return person_gender(name, role)


_ONE_SUBJECT = re.compile(r"(?P<np>(?:One|A|An|Another)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+))\s+"
                          r"(?:was|is|had|has|did|does|would|could|seemed|appeared|remained|stayed|[a-z]+ed)\b")
"""A sentence that opens with one person described and goes on with a verb: "One resident was not convinced"."""
_BEFALLEN = re.compile(r"(?:died|drowned|collapsed|vanished|disappeared|"
                       r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:hurt|injured|killed|wounded|shot|stabbed|"
                       r"attacked|arrested|detained|charged|jailed|sentenced|convicted|held|found|rescued|treated|"
                       r"taken|hit|struck|bitten|murdered|missing|"
                       r"admitted|airlifted|named|identified|released|freed|kidnapped|abducted|buried))\b")
"""What befalls the one described ("A teenager was hurt", "A man died"): someone spoken of, not a speaker."""
_ONE_DESCRIBED = ("One ", "A ", "An ", "Another ")
_HONORIFIC_FORMS = ("Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.")
"""Honorifics before a surname that tell its bearer's gender, as news text writes them ("Mr Gorman", "Ms. Roe")."""
_OWNED_KIN = re.compile(r"(His|Her)\s+(husband|wife|brother|sister|son|daughter|father|mother)\s+(?!said\b|says\b|told\b)[a-z]")
"""A sentence about a relative of the person just spoken of: "Her husband was less philosophical.", "His wife laughed."."""
"""How a description of one unnamed person opens ("One laid-off engineer", "A local shopkeeper")."""
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
"""A given name of two syllables joined by a hyphen, written after the family name: "Jong-un", "Min-jun", "Jin-young"."""
_KOREAN_NAME = re.compile(r"\b[A-Z][a-z]{1,4}\s+[A-Z][a-z]{1,5}\Z")
_SYLLABLE = re.compile(r"-[a-z]{1,5}\b")
"""The second syllable of a Korean given name, after the hyphen ("-un" of "Kim Jong-un")."""


def _sentence_starts(body: str, lo: int, at: int) -> list[int]:
    """Where the sentences between ``lo`` and ``at`` start, the last one holding ``at`` (a cheap cut for a
    short window; the first start is dropped when ``lo`` cuts a sentence)."""
    starts = [lo] if lo == 0 or body[lo - 1] == "\n" else []
    return starts + [m.end() for m in _END.finditer(body, lo, at + 3) if m.end() <= at]


_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\Z")
_QUOTED_SPAN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
"""A quotation, over lines too (from its last opening mark, as ``_QUOTED``)."""


def _opens_text(body: str, at: int) -> bool:
    """Do the words at ``at`` open a paragraph or a sentence (after ".", "!", "?", "(" or an opening quote)?"""
    before = body[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?(\n“\"‘'"


_DESCRIBED_START = re.compile(r"(?:(?:But|And|Yet|So)\s+)?[Tt]he\s+(?=[a-z])")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_DESCRIBED_NAME = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:The|A|An|His|Her|Its|Their|Our|One|(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]*[’']s)\s+"
                             r"(?:[\w’'-]+\s+){0,5}?(?P<head>[a-z][\w-]*),\s+(?:(?P<inner>(?:[a-z][\w-]*\s+){1,3}))?"
                             r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?=[a-z])")
"""A post, then the name of its holder in commas, opening a sentence before its verb: ``The airline's chief
executive, Marcus Lee, apologised``, ``Roe's father, Al Roe, watched``, ``One of those laid off, senior engineer Jo
Roe, posted``."""
_QUOTED_READ = 24
"""How many quotations of a paragraph, from the one spoken, a description's holder is looked for in (a paragraph of
thousands of quotations stays linear)."""
_COMPLEMENT = {"of", "for", "at", "in", "with", "from", "to", "who", "whose", "whom", "that", "which"}


def _described_opener(text: str, k: int) -> tuple[str, str] | None:
    """(description, its head) when a definite description of a post opens ``text`` at ``k`` and its verb follows:
    "The coach credited …", "But the home secretary said …" (the description ends at its first word that is a
    person's role; none when a complement follows it: "The director of the film")."""
    m = _DESCRIBED_START.match(text, k)
    if m is None:
        return None
    words = text[m.end(): m.end() + 80].split(None, 4)[:4]
    for j, w in enumerate(words[:3]):
        if not _LOWER_WORD.fullmatch(w):
            return None
        if w in PERSON_ROLES and j + 1 < len(words):
            after = words[j + 1]
            if not after[:1].islower() or after in PERSON_ROLES or after in _COMPLEMENT:
                return None
            return "the " + " ".join(words[: j + 1]), w
    return None


def _opening_nps(text: str) -> list[str]:
    """The noun phrases that may open ``text``, shortest first: runs of its first words that end in a
    capitalised word before an aside or a lower-case word (the verb), whose lower-case words, if any,
    are a role before the name: "Republican front-runner Donald Trump met …" -> ["Republican",
    "Republican front-runner Donald Trump"]; "A photo of Ali, who …" -> ["A"]."""
    toks: list[str] = []
    for tok in text.split(None, 10)[:10]:
        if tok in _VERBISH or (tok.endswith("ed") and tok[:1].islower()):
            break  # the verb: "The lawyer said Tom Ward had …" opens with the lawyer, not Tom Ward
        if len(toks) == 8 and toks[-1] not in _ROLE_HEADS and not (toks[-2] in _ROLE_HEADS and toks[-1][:1].isupper()):
            break  # (past eight words only the name after a post goes on: "… Corporation chief economist Bob Dugan")
        toks.append(tok.rstrip(",:;”\"’"))
        if tok.endswith((",", ":", ";")):
            break  # an aside, or a headline's "Name: what they said"
    out = []
    for j, tok in enumerate(toks):
        if not tok[:1].isupper() or (j + 1 < len(toks) and toks[j + 1][:1].isupper()):
            continue
        if j + 2 < len(toks) and toks[j + 1] in ("of", "for") and toks[j + 2][:1].isupper() and tok.lower() in _ROLE_HEADS:
            continue  # "Ontario Minister of Labour Ann Roe": a post the body it serves goes on, no name yet
        np = " ".join(toks[: j + 1])
        caps = all(t[:1].isupper() for t in toks[: j + 1])
        role = None if caps else split_role(np)[1]
        if caps or role is not None:
            if out and role is not None and role.startswith(out[-1] + " ") and _role_after_name(role[len(out[-1]):]):
                out.pop()  # "Giller Prize winner Sarah Roy": the capitalised words open the role, they name no one
            out.append(np)
    return out


_ROLE_HEADS = frozenset(PERSON_ROLES) | {"winner", "laureate", "recipient", "nominee", "finalist", "champion",
                                         "medallist", "medalist", "inductee", "honouree", "honoree"}


def _role_after_name(words: str) -> bool:
    """Are ``words`` (after capitalised ones) the rest of a post or an honour, ending in a role's head ("chief
    economist", "and Housing Corporation chief economist", "winner"), with no verb among them ("believes rap act" is
    a clause)?"""
    toks = words.split()
    return 0 < len(toks) <= 7 and toks[-1] in _ROLE_HEADS and not any(t in _VERBISH for t in toks)


def _word_at_edge(text: str, i: int) -> bool:
    r"""Is there a word boundary (re's ``\b``) at ``i`` in ``text``: a letter, digit or underscore on one side only?"""
    left = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    right = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return left != right


def _whole_word_in(text: str, word: str) -> bool:
    r"""``re.search(r"\b%s\b" % re.escape(word), text) is not None``, without a pattern compiled per word."""
    i = text.find(word)
    while i >= 0:
        if _word_at_edge(text, i) and _word_at_edge(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


_AND_OF_CAPITAL = re.compile(r"\s+(?:&|of)\s+[A-Z]")


def _chinese_name(toks: list[str], at: int) -> bool:
    """Is the family name at ``at`` of three words a Chinese one: first and followed by two syllables of a given
    name that are no known first names ("Lee Hsien Loong"), or second, after an English given name and before a
    given name of two syllables joined by a hyphen ("John Lee Ka-chiu")?"""
    if at == 0:
        return not given_word(toks[0]) and all(_SYLLABLE_WORD.fullmatch(t) and first_name_gender(t) is None
                                               for t in toks[1:])
    return first_name_gender(toks[0]) is not None and bool(_HYPHENED_GIVEN.fullmatch(toks[2]))


def given_word(word: str) -> bool:
    """A known first name that is rarely a family name (not "Lin", "Lee", "Tan")."""
    gender = first_name_gender(word)
    return gender is not None and not gender.endswith("?")


_SYLLABLE_WORD = re.compile(r"[A-Z][a-z]{1,4}")
"""One syllable of a Chinese given name written as a word ("Hsien", "Loong")."""
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,6}")
"""A Chinese given name of two syllables joined by a hyphen ("Ka-chiu", "Ping-keung")."""


def _before_firm_name(text: str, name: str) -> bool:
    """Does ``name`` stand somewhere in ``text`` before "&" or "of" and a capital ("Diageo Chateau & Estate
    Wines"), as part of a firm's name?"""
    i = text.find(name)
    while i >= 0:
        if _AND_OF_CAPITAL.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


class TextNames:
    """The people an article's text names (a part of ``SpeakerMemory``)."""

    body: str
    history: list[Entity]
    full_names: dict[str, list[str]]
    _names: list[tuple[int, str, str | None]] | None
    _places: set[str] | None
    _text_full: dict[str, list[str]] | None
    _subjects: dict[tuple[int, int], tuple | None]
    quoted: Iterable[tuple[int, int]] | None
    _genders: dict[str, str | None] | None
    _headline: int | None

    def headline_end(self) -> int:
        """Where the body's first line ends when that line is a headline (see ``first_line_headline``), else 0."""
        if self._headline is None:
            nl = self.body.find("\n")
            self._headline = nl if nl > 0 and (first_line_headline(self.body, [(0, nl), (nl + 1, len(self.body))])
                                               or title_case_line(self.body[:nl], MIN_HEADLINE_WORDS)) else 0
        return self._headline

    def text_gender(self, name: str) -> str | None:
        """The gender the article tells for the person ``name`` by its surname ("Ms Blight", "Blight said she"),
        when its first name does not; None when it tells none or both."""
        toks = name.split()
        if not toks or not toks[-1][:1].isupper() or toks[0] in _NOT_NAME:
            return None
        key = toks[-1]
        if self._genders is None:
            self._genders = {}
        if key not in self._genders:
            self._genders[key] = surname_gender(self.body, key)
        got = self._genders[key]
        if got is None or len([n for n in self.surname(key.lower())
                               if n.split()[0].lower().strip(".") not in GENDERED_WORDS]) > 1:
            return None  # several people share the surname: what the text says of it says nothing of one (a
            # surname after an honorific is no other person: "Miss Roe" after "Jordan Roe")
        likely = first_name_gender(toks[0]) if len(toks) > 1 else None
        if likely and likely[0] != got:
            # a first name mostly of the other gender ("Ray") yields only to what the text says of the person
            # itself (an honorific, a spouse, "Dorsey said she", "Walz shrugged. She said"), not to a "She"
            # opening the next paragraph
            return surname_gender(self.body, key, across=False)
        return got

    def own_gender(self, name: str, unlike: str | None = None) -> str | None:
        """The gender the article tells of the person ``name`` itself, by its surname ("Mr Gorman", "Gorman's wife",
        "Gorman said he"), when an honorific stands before the surname somewhere and no one else the text names has
        that surname (and, with ``unlike``, only when it is not that gender); else None."""
        toks = name.split()
        if len(toks) < 2 or not toks[-1][:1].isupper():
            return None
        last = toks[-1]
        seen = self.__dict__.setdefault("_own_genders", {})
        if last not in seen:  # (read only where an honorific stands before the surname: most never have one)
            seen[last] = surname_gender(self.body, last, across=False, own=True) \
                if any(f"{h} {last}" in self.body for h in _HONORIFIC_FORMS) else None
        if seen[last] is None or seen[last] == unlike or len([n for n in self.surname(last.lower())
                                      if n.split()[0].lower().strip(".") not in GENDERED_WORDS]) > 1:
            return None
        return seen[last]

    def gender_of(self, name: str, role: str | None = None) -> str | None:
        """'m' or 'f' for a person: an honorific, a gendered role word or a first name that is one gender, else
        what the article tells of the surname."""
        gender = person_gender(name, role, strict=True)
        if gender and (told := self.own_gender(name, gender)) is not None \
                and not any(w.lower().strip(".,") in GENDERED_WORDS for w in f"{role or ''} {name}".split()):
            return told  # what the article says of the person ("Mr Gorman") outranks the first name's table
        return gender or self.text_gender(name)

    def surname(self, key: str) -> list[str]:
        """Full names ending in ``key`` (lower case): those the text names, in order, then speakers'."""
        out = list(self._text_surname(key))
        spoken = self.full_names.get(key)
        if spoken:
            out += [n for n in spoken if n not in out]
        return out

    def _text_surname(self, key: str) -> list[str]:
        """The full names the text names that end in ``key`` (lower case), in order (see ``_text_names``): each
        surname asked reads only the runs of capitalised words that hold it, until every name is read."""
        lists = self.__dict__.setdefault("_surnames", {})
        if key not in lists:
            if self._text_full is not None or not self._read_runs_again():
                return self._text_names().get(key, [])
            lists[key] = self._surname_names(key)
        return lists[key]

    def _read_runs_again(self) -> bool:
        """May one more word be read from the runs that hold it (see ``_text_surname``)? Past ``_RUN_READS`` the
        text's names are all read at once: the reads stay linear in the text's length."""
        reads = self.__dict__["_run_reads"] = self.__dict__.get("_run_reads", 0) + 1
        return reads <= _RUN_READS

    def _name_runs(self) -> list[tuple[str, str, int, bool, bool]]:
        """The runs of capitalised words the text has (``_FULL_NAME``): (run, in lower case, offset, in a title-cased
        line, outside the headline and those lines), read once."""
        got = self.__dict__.get("_runs")
        if got is None:
            head = self.headline_end()
            titles = title_lines(self.body)
            got = self.__dict__["_runs"] = []
            for m in _FULL_NAME.finditer(self.body):
                at = m.start()
                titled = bool(titles) and in_lines(titles, at)
                got.append((m.group(), m.group().lower(), at, titled, at >= head and not titled))
        return got

    def _nicknamed(self) -> list[str]:
        """'Darnell "The Hammer" Booker': the names without the nickname, in order (read once)."""
        got = self.__dict__.get("_nicks")
        if got is None:
            got = self.__dict__["_nicks"] = [m.group("first") + " " + m.group("last")
                                             for m in _NICKNAMED.finditer(self.body)
                                             if first_name_gender(m.group("first")) is not None] \
                if "“" in self.body or '"' in self.body else []
        return got

    def _full_names(self, holds: str | None = None, lower: bool = False,
                    pairs: bool = True) -> tuple[dict[str, list[str]], set[str]]:
        """The full names the text names by their last word (lower case), in order, and those written somewhere
        other than a sentence's first words; with ``holds``, only those read from the runs of capitalised words
        that hold it (``lower``: the runs in lower case) and the nicknamed ones. (A name's words are words of the
        run it is read from: the names that end in a word, or have it among their first words, are all read from
        the runs that hold it, in the same order.) ``pairs``: with the two people of each pair of one surname."""
        full: dict[str, list[str]] = {}
        mid: set[str] = set()  # names written somewhere other than a sentence's first words
        head = self.headline_end()
        titles = title_lines(self.body)
        done: dict[str, list[str]] = {}  # runs read outside the headline and title-cased lines: their names
        for run, low, at, titled, plain in self._name_runs():
            if holds is not None and holds not in (low if lower else run):
                continue
            if plain and run in done:  # the same names again
                mid.update(n for n in done[run]
                           if n not in mid and not _opens_text(self.body, at + max(run.find(n), 0)))
                continue
            named = done.setdefault(run, []) if plain else []
            if not titled:  # (most runs: the one name the words give, read once per run)
                got = _run_name(run)
                if got is None or (at < head and got[2]):
                    continue  # in a headline every word is capitalised: "End Bush" is no one's name
                name, last, _, offset = got
                lst = full.setdefault(last, [])
                if name not in lst:
                    lst.append(name)
                named.append(name)
                if not _opens_text(self.body, at + offset):
                    mid.add(name)
                continue
            parts = title_parts(after_stray_initial(run), self.body, titles)
            for part in parts:
                name = _full_name(part)
                if name and at < head and first_name_gender(name.split()[0]) is None:
                    continue  # in a headline every word is capitalised: "End Bush" is no one's name
                if name:
                    lst = full.setdefault(name.split()[-1].lower(), [])
                    if name not in lst:
                        lst.append(name)
                    named.append(name)
                    if not _opens_text(self.body, at + max(run.find(name), 0)):
                        mid.add(name)
        for name in self._nicknamed():  # 'Darnell "The Hammer" Booker': the name without the nickname
            lst = full.setdefault(name.split()[-1].lower(), [])
            if name not in lst:
                lst.append(name)
            mid.add(name)
        for key, name in self._pair_names() if pairs else ():  # "Jean and Conor Dunne": two people, one surname
            lst = full.setdefault(key, [])
            if name not in lst:
                lst.append(name)
            mid.add(name)
        return full, mid

    def _pair_names(self) -> list[tuple[str, str]]:
        """(surname in lower case, full name) of the two people of each pair the text names with one surname
        (``_shared_surnames``: "Jean and Conor Dunne", "Ann Lee and her husband, Joe"), read once; not where the first
        first name is a surname the text names ("Hillary Clinton and Bernie Sanders")."""
        got = self.__dict__.get("_surname_pairs")
        if got is None:
            got = self.__dict__["_surname_pairs"] = []
            pairs = [(a, b, fam) for a, b, fam in _shared_surnames(self.body)
                     if first_name_gender(a) and first_name_gender(b) and first_name_gender(fam) is None]
            if pairs:  # (rare: only then are all the text's names read for the surnames it gives)
                known = set(self._full_names(pairs=False)[0])
                for a, b, fam in pairs:
                    if a.lower() not in known:
                        known.add(fam.lower())
                        got += [(fam.lower(), f"{first} {fam}") for first in (a, b)]
        return got

    @staticmethod
    def _particle_names(full: dict[str, list[str]]) -> list[tuple[str, str]]:
        """(name, the word before its particle in lower case) of each name with a particle after its first word, in
        the order of ``full``: "Luiz Inacio Lula da Silva" is also found from the name before the particle."""
        got = []
        for name in [n for lst in full.values() for n in lst if " d" in n or " v" in n]:
            toks = name.split()
            k = next((i for i, t in enumerate(toks) if t in _SURNAME_PARTICLES), 0)
            if k >= 1:
                got.append((name, toks[k - 1].lower()))
        return got

    @staticmethod
    def _pruned(lst: list[str], mid: set[str]) -> list[str]:
        """``lst`` without a name that opens sentences only and whose first word is no first name where another
        name of the list opens with one ("(See Sexton’s timeline …)" after "Jared Sexton": a verb opened the
        sentence)."""
        if len(lst) > 1:
            lst[:] = [n for n in lst if n in mid or first_name_gender(n.split()[0]) is not None
                      or not any(first_name_gender(o.split()[0]) is not None for o in lst if o != n)]
        return lst

    def _text_names(self) -> dict[str, list[str]]:
        """Every full name the text names, by its last word in lower case (see ``surname``), read once."""
        if self._text_full is None:
            full, mid = self._full_names()
            for name, word in self._particle_names(full):
                if name not in (lst := full.setdefault(word, [])):
                    lst.append(name)
            for lst in full.values():
                self._pruned(lst, mid)
            self._text_full = full
        return self._text_full

    def _surname_names(self, key: str) -> list[str]:
        """``_text_names().get(key, [])``, read from the runs that hold ``key`` only (all of them when two names with
        particles would join the list: their order is that of every name's)."""
        full, mid = self._full_names(key, lower=True)
        lst = full.get(key, [])
        added = [name for name, word in self._particle_names(full) if word == key and name not in lst]
        if len(added) > 1:
            return self._text_names().get(key, [])
        return self._pruned(lst + added, mid)

    def _names_opening_with(self, word: str) -> list[str]:
        """``_names_by_first_words().get(word, [])``, read from the runs that hold ``word`` and the lists of the one
        name found there when no more than one is (with no particle: such a name is in two lists)."""
        if self._text_full is not None or "_by_first_words" in self.__dict__ or not self._read_runs_again():
            return self._names_by_first_words().get(word, [])
        full, _ = self._full_names(word)
        found = [n for lst in full.values() for n in lst if 2 <= len(toks := n.split()) <= 3 and word in toks[:-1]]
        if len(found) > 1 or any(t in _SURNAME_PARTICLES for n in found for t in n.split()):
            return self._names_by_first_words().get(word, [])
        return [n for n in found if n in self._text_surname(n.split()[-1].lower())]

    def family_first(self, word: str, titled: bool = False) -> list[str]:
        """Full names of two words the text gives that open with ``word`` when ``word`` is no known first name:
        the family name written first ("Xi" -> "Xi Jinping", "Moon" -> "Moon Jae-in"); a known first name too where
        the given name is the Korean kind, two syllables joined by a hyphen ("Kim" -> "Kim Jong-un"). A word that
        is as often a family name as a given one ("Lin", "Lee") and a Chinese name of three words ("Lee Hsien Loong",
        "John Lee Ka-chiu") give only the names of speakers quoted before; a family name that is no first name gives
        the three words the text names after it too when ``titled`` ("Mr Yoon" -> "Yoon Suk Yeol") or the text
        writes Korean names (not "Axa" -> "Axa Sun Life")."""
        if word.lower() in _NOT_WORD_FIRST:
            return []
        given = first_name_gender(word) is not None
        if given and not self.korean_names() and not self.full_names:
            return []
        got = []
        for n in self._names_opening_with(word):
            toks = n.split()
            if len(toks) == 2:
                if (not given or self.korean_names() and _KOREAN_GIVEN.fullmatch(toks[1])
                    or n in self.full_names.get(toks[1].lower(), ()) and not given_word(word)) \
                        and toks[1].rstrip(".") not in _SUFFIXES and entity_kind(n) == "person" \
                        and self._two_word_name_alone(n):
                    got.append(n)
            elif (n in self.full_names.get(toks[2].lower(), ()) or not given and toks[0] == word
                  and (titled or self.korean_names())) \
                    and _chinese_name(toks, toks.index(word)) and entity_kind(n) == "person":
                got.append(n)  # "Lee Hsien Loong", "John Lee Ka-chiu"; "Yoon Suk Yeol" named in the text
            elif toks[0] == word and _vietnamese(toks) and entity_kind(n) == "person":
                got.append(n)  # "Mr Nguyen" -> "Nguyen Van An": a Vietnamese name, the family name first
        return got

    def known_person(self, name: str) -> bool:
        """Is ``name`` shown to be a person's: a first name that is surely one ("Ann", not "Storm") or a courtesy
        title opens it, or the text names another person in full with its last word ("Then came Roe:" after "Ann
        Roe")?"""
        toks = name.split()
        return bool(toks) and ((first_name_gender(toks[0]) or "?")[-1] != "?"
                               or toks[0].lower().strip(".") in GENDERED_WORDS
                               or any(first_name_gender(c.split()[0]) for c in self.surname(toks[-1].lower())
                                      if c != name))

    def given_name_only(self, word: str, at: int | None) -> str | None:
        """The one full name the text gives before ``at`` whose first word is the known first name ``word``, when
        no name ends with it: a person called by the given name alone ("Samir said" after "Samir Haddad", "Sir
        Malcolm" after "Sir Malcolm Ridley"); None when none or several do."""
        if not first_name_gender(word) or entity_type(word):
            return None
        self.surname(word.lower())  # (reads the text's full names)
        if self.surname(word.lower()):
            return None
        got = {n for n in self._names_opening_with(word)
               if n.split()[0] == word and (at is None or 0 <= self.body.find(n) < at)
               and n.split()[-1] not in PLACE_TAILS and not entity_type(n) and entity_kind(n) == "person"}
        if not got and (pair := self._given_in_pair(word, at)) is not None:
            return pair  # "Amy said" after "Sisters Amy and Beth Roe": Amy Roe
        if len(got) != 1:
            return None
        name = got.pop()
        at_name = self.body.find(name)
        if at_name >= 0 and _PARTICLE_AFTER.match(self.body, at_name + len(name)):
            return None  # (not "Chloe Van" of "Chloe Van der Berg": a name read short of its particles)
        return None if self._called_it(word) else name

    def _given_in_pair(self, word: str, at: int | None) -> str | None:
        """``word`` and the family name of two people named together with it first after the word that relates them,
        before ``at`` ("Sisters Amy and Beth Roe" -> "Amy Roe"; not "Prince Harry and Meghan Markle"), when the text
        names one such pair; else None."""
        got = self._related_pairs().get(word)
        if not got:
            return None
        ends, second = got
        k = bisect_right(ends, len(self.body) if at is None else at)  # the pairs that end before ``at``
        if k == 0 or k > second[0]:
            return None  # none, or two families
        fam = second[1]
        return None if first_name_gender(fam) or entity_type(fam) else f"{word} {fam}"

    def _related_pairs(self) -> dict[str, tuple[list[int], tuple[int, str]]]:
        """Pairs the text names after the word that relates them, under the first one's given name: where each such
        pair ends, in order, and (how many come before a second family name, the first family name). Read once."""
        got = self.__dict__.get("_pairs")
        if got is None:
            got = {}
            if " and " in self.body:
                for m in _RELATED_PAIR.finditer(self.body):
                    ends, (n, fam) = got.setdefault(m.group("first"), ([], (1 << 30, m.group("fam"))))
                    if n == 1 << 30 and m.group("fam") != fam:
                        got[m.group("first")] = (ends, (len(ends), fam))  # a second family: none from here on
                    ends.append(m.end())
            self.__dict__["_pairs"] = got
        return got

    def _called_it(self, word: str) -> bool:
        """Does the text go on about ``word`` written alone with "it"/"its" more than with "he"/"she" ("Cairn
        said it would …" is the firm Cairn Energy, not a person called by the given name)?"""
        seen = self.__dict__.setdefault("_it_words", {})
        if word in seen:
            return seen[word]
        things = people = 0
        for m in re.finditer(r"(?<![\w’'-])%s(?![\w’'-]|\s+[A-Z])" % re.escape(word), self.body):
            clause = self.body[m.end(): m.end() + 80].split(".", 1)[0]
            things += len(_IT_WORDS.findall(clause))
            people += len(_HE_SHE.findall(clause))
        seen[word] = things > 0 and things >= people
        return seen[word]

    def _names_by_first_words(self) -> dict[str, list[str]]:
        """The text's full names of two words under their first word, of three under each of their first two, in the
        text's order (read once: ``family_first`` asks for every lone word no full name ends with)."""
        got = self.__dict__.get("_by_first_words")
        if got is None:
            got = {}
            for names in self._text_names().values():
                for n in names:
                    toks = n.split()
                    if len(toks) in (2, 3):
                        for w in dict.fromkeys(toks[: len(toks) - 1]):
                            got.setdefault(w, []).append(n)
            self.__dict__["_by_first_words"] = got
        return got

    def _two_word_name_alone(self, name: str) -> bool:
        """Is the second word of ``name`` no word the text writes in lower case ("Ford Motor" where it writes
        "motor"), and ``name`` (unless its given name is Korean) never part of a firm's name ("Diageo Chateau &
        Estate Wines"; but "Lee Min-jun of Korea University")? (Read once a name: each reads the whole text.)"""
        checked = self.__dict__.setdefault("_names_alone", {})
        if name not in checked:
            given = name.split()[1]
            checked[name] = not _whole_word_in(self.body, given.lower()) \
                and (_KOREAN_GIVEN.fullmatch(given) is not None or not _before_firm_name(self.body, name))
        return checked[name]

    def korean_names(self) -> bool:
        """Does the text write a Korean name, the family name first ("Kim Jong-un", "Lee Min-jun")?"""
        got = self.__dict__.get("_korean")
        if got is None:
            body = self.body
            got = any(_KOREAN_NAME.search(body, max(0, m.start() - 16), m.start())
                      for m in _SYLLABLE.finditer(body))  # (read from the hyphen, which few words have)
            self.__dict__["_korean"] = got
        return got

    # ------------------------------------------------------------------ names in the text
    def places(self) -> set[str]:
        """Names the article shows to be places ("in Terre Haute, Indiana"), lower case."""
        if self._places is None:
            self._places = _article_places(self.body) if "," in self.body else set()
        return self._places

    def names_before(self, at: int) -> list[tuple[int, str, str | None]]:
        """People the text names before ``at`` (latest last): full names and honorific + surname."""
        if self._names is None:
            self._names = self.names_between(0, len(self.body))
        return self._names[: bisect_left(self._names, (at,))]  # in text order: those before ``at``

    def names_between(self, lo: int, hi: int) -> list[tuple[int, str, str | None]]:
        """``names_before`` for the names in ``body[lo:hi]`` only, ``lo`` a paragraph's start (or 0), read
        afresh: for a question about a few paragraphs, in an article whose names are not all read yet."""
        out = []
        body = self.body
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(body, lo, hi)]
        k = 0
        skip = self.headline_end()
        titles = title_lines(body)
        for m in _name_matches(body, lo, hi):
            if m.start() < skip:
                continue  # a headline's capitalised words: "End Bush 'denial' Blair tells EU"
            while k < len(quoted) and quoted[k][1] <= m.start():
                k += 1
            if k < len(quoted) and quoted[k][0] < m.start():
                continue  # a name inside a quotation is not someone the article quotes
            hon = m.group("hon")
            if not hon and _DETERMINER_BEFORE.search(body, max(0, m.start() - 8), m.start()):
                continue  # "his New Year speech", "the Royal Infirmary": a modifier or a thing, not a person
            run = after_stray_initial(m.group("name"))
            if titles and in_lines(titles, m.start()):
                parts = title_parts(run, body, titles)
                got = next(filter(None, (_named_person(p, bool(hon) and not i) for i, p in enumerate(parts))), None)
            else:
                got = _named_person(run, bool(hon))
            if got is None:
                continue
            if _modifies(body, m.end()):
                continue  # a modifier: "South Korean officials", "Clinton campaign", "Warren County deputies"
            name, role = got
            if not hon and not role and " " in name and self.club_or_place(name):
                continue  # "Aston Villa", "Jordan Valley": the text writes of a club or a place
            gender = GENDERED_WORDS.get(hon.lower()) if hon else None
            if len(name.split()) == 1:
                name = self.expand(name, gender)
            out.append((m.start(), name, gender or self.gender_of(name, role)))
        if (kin := _KIN_GIVEN.search(body, lo, hi)) is not None:
            out = self._kin_given(out, kin, hi, quoted)
        return out

    def _kin_given(self, out: list, kin: re.Match | None, hi: int, quoted: list) -> list:
        """``out`` with the relatives named by a given name after their relation to the person named before
        ("Imran Qureshi … His wife, Nadia," is Nadia Qureshi), the surname that of the nearest name of the
        owner's gender before the relation."""
        added = []
        while kin is not None:
            first, rel = kin.group("first"), kin.group("rel").lower()
            want = GENDERED_WORDS.get(rel)
            owner_g = "m" if kin.group("own").lower() == "his" else "f"
            owner = next((n for p, n, g in reversed(out) if p < kin.start() and g == owner_g and " " in n), None)
            g = first_name_gender(first)
            if owner and g and g[0] == want and not any(a <= kin.start() < b for a, b in quoted):
                added.append((kin.start("first"), f"{first} {owner.split()[-1]}", want))
            kin = _KIN_GIVEN.search(self.body, kin.end(), hi)
        return sorted(out + added) if added else out

    _CAND = re.compile(r"(?<![\w’'])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?"
                       r"[A-Z][\w’'-]*){0,3}")

    def subject_in(self, s: int, q_open: int, q_end: int, e: int):
        """A person the quote's own sentence names outside the quotation (its subject before the quote,
        else the first one after it): ``(name, mention, start, end, role)`` or None."""
        before = self.body[s:q_open]
        spans = [(s, q_open), (q_end, e)] if len(before.split()) >= 2 else [(q_end, e), (s, q_open)]
        for a, b in spans:
            for m in self._CAND.finditer(self.body, a, b):
                if self.body[max(a, m.start() - 1): m.start()] in ("“", '"', "‘") \
                        or self.body.startswith(("’s", "'s"), m.end()) or m.group().endswith(("’s", "'s")) \
                        or _PREPOSITION_BEFORE.search(self.body, max(a, m.start() - 9), m.start()):
                    continue  # inside a quotation, a possessive ("Clinton's campaign"), an object ("a row with Roe")
                got = self._person(m.group())
                if got:
                    return got[0], m.group(), m.start(), m.end(), got[1]
        return None

    def _person(self, phrase: str) -> tuple[str, str | None] | None:
        """(name, role) when ``phrase`` names a person the article knows, else None."""
        toks = phrase.split()
        while toks and toks[0] in _NOT_NAME:
            toks = toks[1:]
        if not toks:
            return None
        name, role = split_role(" ".join(toks))
        hon = GENDERED_WORDS.get(toks[0].lower().strip("."))
        if len(name.split()) == 1:
            key = name.lower().strip("’'s")
            if not self.surname(key) and not any(e.name.split()[-1].lower() == key for e in self.history
                                                      if e.kind == "person"):
                return None
        elif entity_kind(name) != "person" or entity_type(name) or is_fragment(name):
            return None
        name = self.expand(name, hon)
        if entity_type(name):
            return None
        self.remember(name, "person", role, None, "", -1, hon)
        return name, role

    def previous_subject(self, pronoun: str, at: int) -> Entity | None:
        """The person who is the subject of one of the two sentences before ``at``, nearest first, when
        the pronoun's gender agrees: "Ryan met the president on Monday. He said …" -> Ryan, not the
        president, nor a man quoted further back. A subject is a name that opens its sentence (after
        a quotation, an introductory phrase or a role) and is followed by a verb or an aside."""
        want = "m" if pronoun in ("he", "him") else "f"
        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        if self.quoted is not None and (first := next(iter(self.quoted), None)) is not None \
                and first[1] <= at < first[1] + 24 and self.body[max(0, first[0] - 1): first[0]] in ("", "\n") \
                and not any(c in self.body[self.body.rfind("\n", 0, max(0, first[0] - 2)) + 1: first[0]] for c in '"“”'):
            # a paragraph that opens with the quotation the pronoun follows ('"… . …," he said') after a paragraph of
            # narration alone: the quotation's sentences are not narration, the two before the paragraph are read
            starts = [s for s in starts if not first[0] < s < first[1]]
        for k, (s, e) in enumerate(reversed(list(zip(starts, starts[1:]))[-2:])):  # the two before the pronoun's
            if (s, e) not in self._subjects:
                self._subjects[s, e] = self._sentence_subject(s, e)
            got = self._subjects[s, e]
            if got is not None:
                name, role, gender, pos = got
                if gender == want or (gender is None and k == 0 and _likely_gender(name, role) in (None, want) and (any(
                        (h.name == name or h.name.endswith(" " + name)) and h.kind == "person" for h in self.history)
                        or shaped_in(self, name))):  # (a surname of a speaker named in full: "Booker laughed.")
                    # "Umaga admitted …. But he admitted": a speaker of no known gender, the sentence before (or a
                    # person by the words of the name: "Union organiser Themba Zulu spoke next. He said")
                    if k and any(h.kind == "person" and pos < h.pos < at and h.name != name for h in self.history):
                        return None  # someone else spoke in the sentence between: "Roe said …. Lord Woolf, who …, said"
                    return Entity(name, "person", role, None, "", gender, "", False, pos)
            elif k == 0 and self.body.startswith(_ONE_DESCRIBED, s) and any(
                    s <= h.pos < e and h.kind != "org" and h.name.startswith(_ONE_DESCRIBED) for h in self.history[-3:]):
                return None  # "One laid-off engineer, who …, said … / “…,” she said": the one described, no one before
            elif k == 0 and self.body.startswith(("His ", "Her "), s) and (kin := _OWNED_KIN.match(self.body, s, e)) \
                    and GENDERED_WORDS[kin.group(2)] == want and hasattr(self, "relative_of") \
                    and not self.__dict__.get("_in_kin"):
                # "Her husband was less philosophical. “…,” he said": the husband the text names by the surname
                self.__dict__["_in_kin"] = True
                try:
                    name = self.relative_of(kin.group(1).lower(), kin.group(2), s)
                finally:
                    self.__dict__["_in_kin"] = False
                if name is not None:
                    return Entity(name, "person", kin.group(1) + " " + kin.group(2), None, "", want, "", False, s)
            elif k == 0 and self.body.startswith(_ONE_DESCRIBED, s) \
                    and (d := _ONE_SUBJECT.match(self.body, s, e)) is not None \
                    and d.group("head") in PERSON_HEADS and GENDERED_WORDS.get(d.group("head"), want) == want \
                    and not _BEFALLEN.match(self.body, d.end("np") + 1, e):
                # "One resident was not convinced. “…,” she said": the person the sentence before introduces
                return Entity(d.group("np"), "person", None, None, "", GENDERED_WORDS.get(d.group("head")), "", False, s)
        return None

    def salient_person(self, np: str, head: str | None, at: int) -> Entity | None:
        """The person a definite description with no named holder stands for ("the prime minister", "the
        31-year-old"): the person who opens the description's sentence or one of the two before it.

        Never one of the other gender ("the actress"), one given another role ("Foreign Secretary Jack
        Straw" is not "the prime minister"), a name with no known first name or honorific that has not
        spoken, nor one the text does not place near the description's capitalised words ("the Vermont
        senator"); never for a role that speaks for someone else ("the spokesman")."""
        if head in _DEPENDENT_ROLES or head in PLURAL_HEADS:
            return None  # "the spokesman" speaks for the person the text is about; "the officials" are many
        want = GENDERED_WORDS.get(head or "")
        aged = "-year-old" in np
        # (the place a person is from is no mark of a post: "the 24-year-old from Saguenay")
        # nor a place of birth ("the Russian-born netminder")
        marks = [w for w in (np.split(" from ")[0] if aged else np).split()[1:] if w[:1].isupper()
                 and not w.endswith("-born")]
        past = any(w.lower() in ("former", "ex", "one-time", "onetime", "erstwhile") for w in _SPACE_OR_HYPHEN.split(np))
        # (a past post need not be the one the text gives: "Liberal Leader Mark Carney … the former central banker")

        def fits(name: str, role: str | None, gender: str | None, pos: int) -> bool:
            toks = name.split()
            if len(toks) < 2 or any(t in _NOT_NAME or t in _FUNCTION_WORDS for t in toks) \
                    or not _PLAIN_NAME.fullmatch(name):
                return False
            if first_name_gender(toks[0]) is None and toks[0].lower().strip(".") not in GENDERED_WORDS \
                    and not any(h.name == name and h.cue for h in self.history) and not shaped_in(self, name):
                return False  # a name is known as one by its first name, its honorific, its having spoken or its words
            if want and (gender or person_gender(name, role) or want) != want:
                return False
            near = self.body[max(0, pos - 200): min(at, pos + 200)] if pos >= 0 else ""
            if any(w not in near and w not in (role or "") and not any(
                    o in near or o in (role or "") for o in SAME_PARTY.get(w, ())) for w in marks) \
                    and not (role is None and self.only_person(name, at)):
                return False  # (unless no one else is named, nor a role given: "David Beckham … the England skipper")
            if self.quoted and any(name in self.body[a: b] for a, b in islice(self.quoted, _QUOTED_READ)):
                return False  # the quotation speaks of the person by full name: "… Jo Roe has the experience," the former president said
            other = set((role or "").lower().split()) & _OTHER_HOLDER  # "Former president Jo Roe": not the president
            if aged:
                other = set()  # (an age says nothing of a post: "Former prime minister Jo Roe … the 84-year-old")
            return not (other - set(np.lower().split())) and not (
                head and role and head in PERSON_ROLES and head not in role.lower() and not past
                and head not in _EPITHETS  # (a standing, no post: "Defenceman Luka Brandt, 36" is "the veteran")
                and head not in KIN_WORDS  # (a post says nothing of a family: "Parent Jo Roe" is "the mother")
                and not any(w in role.lower() for w in ROLE_SYNONYMS.get(head, ())))  # "the netminder": a goaltender

        starts = _sentence_starts(self.body, max(0, at - _SUBJECT_WINDOW), at)
        for s, e in list(zip(starts, starts[1:] + [at]))[::-1][:3]:
            if (s, e) not in self._subjects:
                self._subjects[s, e] = self._sentence_subject(s, e)
            got = self._subjects[s, e]
            if e < at and self.body[s:e].rstrip()[-1:] not in ".!?\"”’'":
                continue  # a headline or a label, not a sentence of the story
            if got is not None and fits(got[0], got[1], got[2], got[3]):
                return Entity(got[0], "person", got[1], None, "", got[2], "", False, got[3])
        return None

    def only_person(self, name: str, at: int) -> bool:
        """Is ``name`` the only person the text names before ``at`` (of those a first name, an honorific or the
        text shows to be people)?"""
        names = {n for _, n, g in self.names_before(at)
                 if g or first_name_gender(n.split()[0]) or any(h.name == n for h in self.history)}
        return names == {name}

    def of_age(self, age: str, at: int) -> tuple[str, str | None] | None:
        """(name, role) of the person the text gives the age ``age`` before ``at``: "Mark Ellis, 45," or
        "45-year-old Mark Ellis"; the latest such person, None if there is none."""
        text = self.body[max(0, at - 3 * _SUBJECT_WINDOW): at]
        if age + "-year-old" not in text and not any(m.group(1) == age for m in _AGE_AFTER_COMMA.finditer(text)):
            return None  # the pattern below, compiled for the age, cannot match
        best = None
        aged = r"(?P<n>%s),\s+(?:aged\s+)?%s\b|\b%s-year-old\s+(?:[a-z][\w-]*\s+){0,2}(?P<m>%s)" % (
            _PERSON_WORDS, age, age, _PERSON_WORDS)
        for m in re.finditer(aged, text):
            best = m.group("n") or m.group("m")
        if best is None:
            return None
        name, role = split_role(best)
        if entity_kind(name) != "person" or entity_type(name) or is_fragment(name):
            return None
        name = self.expand(name)
        self.remember(name, "person", role, None, "", at)
        return name, role

    def _sentence_subject(self, s: int, e: int) -> tuple[str, str | None, str | None, int] | None:
        """(full name, role, gender, offset) of the person who opens the sentence ``body[s:e]``."""
        text = self.body[s:e]
        quoted = "“" in text or '"' in text
        if quoted:
            text = _QUOTED_SPAN.sub(lambda m: " " * len(m.group()), text)
        k = len(text) - len(text.lstrip(" ,.;:—–-"))
        k += lead_phrase(text[k:])
        for np in _opening_nps(text[k:]):
            if _modifies(text, k + len(np)):
                continue  # "Warren County deputies arrested …": the deputies, no person named
            got = self._subject_person(np)
            if got is not None:
                return got[0], got[1], got[2], s + k
        if "," in text[k: k + 120] and (m := _DESCRIBED_NAME.match(text, k)) is not None \
                and (m.group("head") in _ROLE_HEADS or not _ROLE_HEADS.isdisjoint((m.group("inner") or "").split()[-1:])
                     or not m.group("inner") and first_name_gender(m.group("name").split()[0])) \
                and (got := self._subject_person(m.group("name"))) is not None:
            # "The airline's chief executive, Jo Roe, apologised" ("Roe's father, Al Roe," is a man)
            return got[0], got[1], got[2] or GENDERED_WORDS.get(m.group("head")), s + m.start("name")
        got = None if quoted else _described_opener(text, k)
        if got is not None and hasattr(self, "holder_at"):
            # "The coach credited the netminder …": the named holder of the post (in narration: a description
            # after a quotation is read as its speaker)
            n = len(self.history)
            got = self.holder_at(got[0], got[1], s + k)
            del self.history[n:]
            if got is not None and got[0].split()[0] not in _NOT_NAME:  # a name, not "The barrister"
                return got[0], got[1], self.gender_of(got[0], got[1]), s + k
        return None

    def _subject_person(self, phrase: str) -> tuple[str, str | None, str | None] | None:
        """(full name, role, gender) when ``phrase`` names a person the article knows, else None."""
        toks = phrase.split()
        while len(toks) > 1 and toks[0] in _JOINING:
            toks = toks[1:]  # "But Cruz", "Then Trump": a sentence's first word is no part of the name (but
            # "If Trump …," opens a clause that is not the sentence's subject)
        phrase = " ".join(toks)
        if not toks or phrase.endswith(("’s", "'s")) or (len(toks) == 1 and toks[0] in _NOT_NAME):
            return None  # "Kasich’s showing": a possessive is no subject; nor "The", "In", "Monday"
        if toks[-1][:1].islower() and toks[-1].endswith("s") and not toks[-1].endswith("ss"):
            return None  # "Wells Fargo bankers": many people, never one
        cut = next((i for i in range(1, len(toks)) if (toks[i] in _NOT_NAME or toks[i] in _FUNCTION_WORDS)
                    and not (toks[i] == "Said" and i == len(toks) - 1)), len(toks))  # (but the surname of "Omar Said ran")
        if cut < len(toks):  # a headline's "Trump Must Decide If He …"
            toks = toks[:cut]
            phrase = " ".join(toks)
        hon = GENDERED_WORDS.get(toks[0].lower().strip(".")) if len(toks) > 1 else None
        name, role = split_role(phrase[:-1] if _SENTENCE_END.search(phrase) else phrase)  # "… Anne Dubois."
        name = _drop_lead(name)
        single = len(name.split()) == 1
        if (not single and entity_kind(name) != "person") or entity_type(name) or is_fragment(name):
            return None
        if single and not hon and not self.surname(name.lower()) and not (self.korean_names() and any(
                _KOREAN_GIVEN.fullmatch(n.split()[1]) for n in self.family_first(name))):
            return None  # a lone word the article never uses as anyone's surname (nor as a family name written
            # first: "Kim" of "Kim Jong-un")
        full = self.expand(f"{toks[0]} {name}" if hon and single else name, hon)
        return full, role, hon or self.gender_of(full, role)
