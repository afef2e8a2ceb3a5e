"""The parts of a speaker's name as the corpus writes it, and whether a speaker string can be a speaker.

``Republican presidential hopeful Donald J. Trump`` -> role ``Republican presidential hopeful``, plain
name ``Donald J. Trump``, identity ``donald trump``, surname ``trump``; ``Mrs. Trump`` -> surname
``trump``, honorific gender ``f``. Used by :mod:`.canonical` to give one name per person.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .gender import FEMALE_TITLES, MALE_TITLES, first_name_gender
from .lexicon import CUE_VERBS, HONORIFICS_NEUTRAL, ORG_WORDS, PEOPLE_PLURALS, REGIONS, ROLE_WORDS, SHORT_POSTS
from .name_split import GEO_HEADS, PARLIAMENT, PARTIES, POST_NOMINALS, lead_word, name_start, person_with_org_surname, role_word, uncoordinate

NEUTRAL_TITLES = HONORIFICS_NEUTRAL | SHORT_POSTS
TITLES = _TITLES = frozenset(MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES)
KEEP_TITLES = {"lord", "lady"}
"""Peerage titles that are part of a one-word name: ``Lord Falconer`` is not just ``Falconer``."""
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
CONNECTORS = {"de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "del", "da", "di", "dos", "ter"}
_ROLE = set(ROLE_WORDS) | {"hopeful", "nominee", "contender", "frontrunner", "front-runner", "rival", "challenger",
                          "boss", "star", "winner", "champion", "veteran", "legend", "host", "actor", "actress",
                          "singer", "writer", "director", "producer", "designer", "mogul", "tycoon", "billionaire",
                          "businessman", "businesswoman", "candidate", "incumbent", "former", "ex", "first", "wife",
                          "husband", "daughter", "son", "mother", "father", "brother", "sister"}
ROLE_HEADS = frozenset(_ROLE)
"""Words that head a role phrase ("hopeful", "nominee", "host", "daughter", …)."""
_ORG = set(ORG_WORDS) | {"inc.", "ltd.", "plc.", "corp.", "llc", "airlines", "airways", "motors", "labs", "systems",
                         "technologies", "partners", "holdings", "capital", "studios", "records", "foundation"}
_SKIP = frozenset(_ORG | _ROLE | PARTIES)
"""Words before a known first name that open no name: 'Tory', 'Labour', 'MP' (see :func:`.name_split.name_start`)."""
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "snapchat", "linkedin", "whatsapp",
             "weibo", "wechat", "telegram", "truth social", "threads", "bluesky", "x", "youtube channel"}
_DOCUMENTS = {"report", "statement", "study", "survey", "analysis", "memo", "letter", "document", "documents",
              "release", "findings", "poll", "data", "figures", "research", "article", "story", "paper", "audio",
              "video", "footage", "email", "emails", "tweet", "post", "filing", "court papers", "website",
              "the note", "note", "book", "transcript", "recording", "audit", "review", "minutes", "ruling"}
_PLACES = {"edmonton", "london", "washington", "paris", "brussels", "berlin", "tokyo", "moscow", "beijing",
           "new york", "los angeles", "ottawa", "toronto", "sydney", "dublin", "glasgow", "edinburgh", "cardiff",
           "manchester", "liverpool city", "belfast", "vancouver", "chicago", "hong kong", "geneva", "nova scotia"}
_PRONOUNS = {"i", "it", "he", "she", "we", "they", "you", "this", "that", "these", "those", "there", "here",
             "one", "who", "which", "what", "it's", "its"}
_CLAUSE_WORDS = {"is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would", "could", "should",
                 "can", "must", "may", "might", "did", "does", "do", "not", "follows", "pursued", "comes", "came",
                 "says", "said", "told", "that", "than", "if", "when", "while", "because", "although", "though",
                 "who", "whom", "which", "whose"}
_PEOPLE_AT = {"at", "for", "from", "with", "of", "in", "to"}
_GROUP_HEADS = {"analysts", "critics", "experts", "officials", "sources", "observers", "economists", "supporters",
                "opponents", "residents", "witnesses", "police", "investigators", "researchers", "scientists",
                "people", "others", "aides", "advisers", "lawmakers", "campaigners", "activists", "insiders",
                "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "official", "source",
                "company", "firm", "government", "group", "chancellor", "president", "leader", "mps", "meps", "msps",
                "ministers", "voters", "fans", "members", "staff", "workers"}
SURNAME_ROLES = {"king", "bishop", "judge", "constable", "cardinal", "sergeant", "captain", "reeve"}
"""Role words that are common surnames too: after a known first name they end a person's name."""
_RELATIVE = {"who", "whom", "whose", "which", "that"}
"""Words that open a clause: a name after one is what the clause is about, not the speaker."""
PARTY_BODIES = {"labour", "tories", "conservatives", "democrats", "republicans", "dems", "liberals", "greens",
                "nationalists", "unionists", "socialists", "ukip", "snp"}
"""Last words that make a capitalised run a party, never a person ('New Labour', 'Lib Dems')."""
_PARTY_TAG = re.compile(r"\s*\((?:(?:[DRI]|Dem|Rep|Ind)\.?|(?:[DRI]|[A-Z][a-z]*)\s*[-–][^()]{1,12})\)?$"
                        r"|,\s*[DRI]\s*[-–]\s*[A-Z][\w.]{1,12}$")
"""A party tag after a name: ``(D)``, ``(R-Texas)``, ``, D-Ohio`` (a party and its state are no part of a name)."""
_TAG_ALONE = re.compile(r"\(?(?:[DRI]|Dem|Rep|Ind)\.?(?:\s*[-–]\s*[A-Z][\w.]{0,12})?\)?|\((?:Lab|Con|LD|SNP|DUP)\)")
_UK_TAG = re.compile(r"\s*\((Lab(?:our)?(?:/Co-op)?|Con|LD|Lib\s?Dems?|SNP|PC|DUP|SDLP|UUP|SF|Green|UKIP|Ukip|Alba|Reform)\)?$")
"""A British party tag after a name: ``Ann Roe (Lab)``, ``Jo Kerr (SNP)``."""


def _drop_party_tag(text: str) -> str:
    """``text`` without a party tag at its end; a British one only when it is not the initials of the words
    before it ('Scottish National Party (SNP)' keeps its abbreviation)."""
    text = _PARTY_TAG.sub("", text)
    if text.endswith(")") or text.endswith(tuple("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        m = _UK_TAG.search(text) if "(" in text else None
        if m is not None and m.start() and "".join(w[0] for w in text[:m.start()].split() if w[:1].isupper()) \
                != m.group(1):
            text = text[:m.start()]
    return text


def strip_party_tag(text: str) -> str:
    """``text`` without a party tag after the name ('Sherrod Brown (D)', 'Ann Roe, R-Ohio', 'Ann Roe (Lab)' ->
    the name)."""
    if "(" not in text and "-" not in text and "–" not in text:
        return text
    return _drop_party_tag(text.rstrip()) or text


def party_tag_alone(text: str) -> bool:
    """``text`` is a party tag and nothing else ('D', '(R)', 'R-Ohio'): never a name or an alias."""
    return len(text) <= 18 and _TAG_ALONE.fullmatch(text.strip()) is not None
_POSSESSIVE = re.compile(r"[’']s$")
_AFFILIATION = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]*)\s+((?:of|from|at)\s+(?:the\s+)?\S.*)$")
"""A name followed by what the person belongs to ('Jan Bakker of the FNV union', 'Ann Lee from Acme')."""


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower case, accents and full stops dropped, spaces squeezed: the comparison form of a name."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", " ").replace("’", "'").split()).lower()  # (split: the runs \s+ matches)


@lru_cache(maxsize=131072)
def _bare(tok: str) -> str:
    return fold(tok).strip(",;:'\"()")


def _cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit())


def _initial(tok: str) -> bool:
    """``J`` or ``J.`` (what ``[A-Z]\\.?`` matches in full, without the regex)."""
    return 0 < len(tok) <= 2 and "A" <= tok[0] <= "Z" and (len(tok) == 1 or tok[1] == ".")


_NOT_ROLE = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "even", "earlier",
             "later", "now", "then", "also", "but", "and", "so", "yet", "when", "while", "after", "before", "today",
             "yesterday", "meanwhile", "however", "speaking", "in", "on", "at", "as", "this", "that", "both", "neither",
             "although", "though", "because", "since", "if", "unless", "whereas", "until", "once"}


@lru_cache(maxsize=65536)
def clean_role(role: str) -> str | None:
    """A role phrase as written, or None when its words are no role ('Wednesday', 'A spokesman for')."""
    return _role(role.split())


_ROLE_BREAKS = {"and", "by", "to", "from", "with", "as", "at", "in", "on", "after", "before", "when", "while",
                "that", "who", "which", "said", "says", "told", "tells", "join", "joins", "joined", "named",
                "appointed", "replace", "replaced", "succeed", "succeeded", "become", "became", "becomes", "accused",
                "attacked", "criticised", "criticized", "blamed", "praised", "backed", "urged", "thanked", "met", "meets",
                "visited", "visits", "hosted", "hosts", "welcomed", "welcomes", "phoned", "beat", "beats", "defeated"} | {
    w for w in CUE_VERBS if w.endswith("ed")}
"""Words that end a clause before a role phrase: "Hoon and | Prime Minister", "Brown accused | shadow
chancellor", "Proposed by | shadow chancellor", "To join | Home Secretary"."""
_ROLE_OPENERS = {"prime", "deputy", "shadow", "vice", "acting", "former", "chief", "interim", "assistant", "senior",
                 "junior", "first", "foreign", "home", "ex"}
"""Words that can open a role phrase of their own after "and" ("Hoon and Prime Minister")."""


def role_phrase(words: list[str]) -> list[str]:
    """The role phrase that ends ``words``, without the clause before it ("Brown accused shadow
    chancellor" -> "shadow chancellor"). "and" starts the role when a name ends before it and a role
    opens after it ("Defence Secretary Geoff Hoon and Prime Minister"), not inside a role's own words
    ("British and Irish Lions coach", "Secretary for Health and Social Care")."""
    low = [_bare(w) for w in words]
    for i in range(len(low) - 1, -1, -1):
        w = low[i]
        if w == "and":
            if i == 0:
                return words[1:]  # ("and Education Minister" of "Ann Roe and Education Minister Tom Hale")
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if i and low[i - 1] not in _ROLE and (nxt in _ROLE or nxt in _ROLE_OPENERS):
                return words[i + 1:]
            continue
        if w in _ROLE_BREAKS and (words[i].islower() or w in ("by", "to", "from", "with", "as")):
            return words[i + 1:]
    return words


def _role(words: list[str]) -> str | None:
    """The role words before a name, or None when they are no role ('Wednesday', 'Even before')."""
    low = [_bare(w) for w in words]
    if low and low[-1] in ("for", "of", "to", "and", "with", "by", "from", "at"):
        return None
    words = uncoordinate(words, lambda s: bool(parse_name(s).identity))  # not 'Both the PM and Chancellor'
    if low[:1] in (["the"], ["a"]) and "for" in low and not any(role_word(w, _ROLE) for w in low[:low.index("for")]):
        words = words[low.index("for") + 1:]  # 'The priority for Finance Minister'
    low = [_bare(w) for w in words]
    if len(words) > 7 or any(w in _CLAUSE_WORDS for w in low):
        return None  # 'The expected deal comes as Foreign Secretary' is a clause, not a role
    if not low or low[0] in _NOT_ROLE or not any(role_word(w, _ROLE) for w in low):
        return None
    return " ".join(words).strip(" ,")


BEFORE_OTHER = {"for", "of", "to", "and", "with", "by", "&", "from", "at", "in", "on", "inside", "like", "about",
                 "nor", "into", "across", "among", "against", "than", "under", "outside"}
"""Words after which a name is what the phrase is about, not who it is ("People in Fort Pierce",
"Neither Cruz nor Christie", "Proponents like Mr. Roe")."""


class NameForm(NamedTuple):
    """One way a speaker is written, taken apart (a named tuple: made for every speaker string the
    corpus has, four times faster than a frozen dataclass)."""

    plain: str  # the name without role words or courtesy titles: 'Donald J. Trump', 'Trump', 'Microsoft'
    role: str | None  # the words before the name: 'Republican presidential hopeful'
    identity: str  # what names the same person: 'donald trump' (first, last, suffix); '' for one word
    surname: str  # 'trump'; '' unless the form looks like a person's name
    gender: str | None  # 'm'/'f' from a courtesy title ('Mr.', 'Mrs.'), else None
    person: bool  # two to four capitalised words (after the role) or a courtesy title and a surname

    @property
    def single(self) -> bool:
        """A surname alone (``Trump``, ``Mr. Trump``)."""
        return self.person and not self.identity


_GENDER_TITLES = tuple(sorted({fold(t) for t in MALE_TITLES | FEMALE_TITLES} - {"mrs", "madame", "senora"}))
"""The gendered courtesy titles, folded; 'mrs', 'madame' and 'senora' contain 'mr', 'madam' and 'senor'."""


def may_have_gender(text: str) -> bool:
    """False when :func:`parse_name` cannot find a gendered courtesy title in ``text``, without parsing
    (the title, folded, is then nowhere in the folded text)."""
    folded = fold(text)
    return any(t in folded for t in _GENDER_TITLES)


@lru_cache(maxsize=65536)
def parse_name(text: str) -> NameForm:
    """Take a speaker string apart into role, plain name, identity, surname and courtesy-title gender."""
    raw = " ".join(text.split()).strip(" ,;:\"“”'‘’()")
    if "(" in raw or ", " in raw:
        raw = _drop_party_tag(raw)  # "Sen. Jo Roe (R-Texas)", "Jo Roe, D-Ohio", "Jo Roe (Lab": the party goes
        if raw.count("(") > raw.count(")"):
            raw += ")"  # "Mobile Data Association (MDA)" keeps its closing bracket
    if raw.endswith(("'s", "’s")):  # (what _POSSESSIVE takes off: the string has no newline)
        raw = raw[:-2]
    toks = raw.split()
    if not toks:
        return NameForm("", None, "", "", None, False)
    low = [_bare(t) for t in toks]
    if len(toks) >= 3 and toks[-1].isupper() and low[-1] in POST_NOMINALS:  # 'Andrew Tyrie MP'
        head = parse_name(" ".join(toks[:-1]))
        if head.identity:
            return head._replace(role=head.role or toks[-1])
    if toks[0][:1].islower() or low[0] in ("the", "a", "an"):
        return NameForm(raw, None, "", "", None, False)
    tail = _AFFILIATION.match(raw) if " of " in raw or " from " in raw or " at " in raw else None
    if tail:  # 'Jan Bakker of the FNV union': a person named with what they belong to
        head = parse_name(tail.group(1))
        if head.person and " " in head.plain:
            return head._replace(role=head.role or tail.group(2))
    titled_role = _role_of(toks, low) if "of" in low else None
    if titled_role:  # 'Secretary of State John Kerry': a role phrase with 'of', then the person
        return titled_role
    # the name is the run of capitalised words at the end; the words before it are the role
    start = len(toks)
    if len(toks) >= 2 and low[-1] in SURNAME_ROLES and _cap(toks[-1]) and _cap(toks[-2]) \
            and (low[-2] in _TITLES or low[-2] not in _SKIP and not toks[-2].isupper()
                 and first_name_gender(low[-2]) in ("m", "f")):
        start -= 1  # 'Jason King', 'Mr King': a first name or a courtesy title, then a role word as surname
    while start > 0 and (_cap(toks[start - 1]) or low[start - 1] in CONNECTORS) and low[start - 1] not in _ROLE \
            and low[start - 1] not in _TITLES and (start == len(toks) or low[start - 1] not in PARLIAMENT) and not (_POSSESSIVE.search(toks[start - 1]) and (
                start == len(toks) - 1 or first_name_gender(low[start]) in ("m", "f"))):
        start -= 1  # (a possessive before a surname or a first name is whose the person is: "Labour's Livingstone")
    while start < len(toks) and low[start] in CONNECTORS:
        start += 1
    split = 0
    while len(toks) - start >= 2 and (start == 0 or low[start - 1] not in _TITLES) and lead_word(low[start]):
        start += 1  # 'Wisconsin Trump', 'Top Clinton': the run opens before the name
        split = 1
    if len(toks) - start >= 3 and (start == 0 or low[start - 1] not in _TITLES):
        at = name_start(low[start:], _SKIP)  # 'Tory Liam Fox', 'Defiant Matt Williams'
        start, split = start + at, split or at
    gender = None
    title_at = start - 1
    if title_at >= 0 and low[title_at] in _TITLES:
        gender = "m" if low[title_at] in MALE_TITLES else "f" if low[title_at] in FEMALE_TITLES else None
    name = toks[start:]
    if not name:
        return NameForm(raw, None, "", "", None, False)
    if title_at >= 0 and low[title_at] in KEEP_TITLES and len(name) == 1:  # 'Lord Falconer' is a name
        name, start, gender = toks[title_at:], title_at, None
    if title_at >= 0 and low[title_at] in ("sir", "dame") and len(name) >= 2:  # 'Sir Alex Ferguson'
        name, start = toks[title_at:], title_at
    elif title_at >= 0 and low[title_at] in ("sir", "dame"):  # 'Sir Howard' is a first name, not a surname
        return NameForm(" ".join(toks[title_at:]), None, "", "", gender, False)
    if start > 0 and low[start - 1] in BEFORE_OTHER:
        return NameForm(raw, None, "", "", None, False)  # 'A spokesman for Tony Blair' is not Tony Blair
    if (not _ORG.isdisjoint(low[start:]) and not person_with_org_surname(low[start:], start > 0 and low[start - 1] in _TITLES)) or (
            start and not split and not any(role_word(w, _ROLE) for w in low[:start]) and not _ORG.isdisjoint(low[:start])
            and not _POSSESSIVE.search(toks[start - 1])):
        return NameForm(raw, None, "", "", None, False)  # 'Bank of England', 'Acme Holdings Ltd.'
    if not _RELATIVE.isdisjoint(low):
        return NameForm(raw, None, "", "", None, False)  # 'Actor Who Endorsed Ted Cruz' is not Ted Cruz
    if low[-1] in PARTY_BODIES and not (start and low[start - 1] in _TITLES):
        return NameForm(raw, None, "", "", None, False)  # 'Liberal Democrats', 'Scottish Labour': a party
    prefix = [t for t, lw in zip(toks[:start], low[:start]) if lw not in _TITLES]
    role = _role(role_phrase(prefix)) if prefix else None
    plain = " ".join(name)
    nlow = low[start:]  # (name is toks[start:])
    core = [t for t, orig in zip(nlow, name) if not _initial(orig) and t not in SUFFIXES and t not in _TITLES]
    suffix = [t for t in nlow if t in SUFFIXES]
    titled = start > 0 and low[start - 1] in _TITLES
    person = (2 <= len(name) <= 5 and len(core) >= 2) or (len(core) == 1 and titled)
    if not person and len(core) == 1 and len(name) == 1 and name[0][:1].isupper() and not name[0].isupper():
        person = True  # a lone capitalised word: a surname, or an organisation ('Microsoft') if nobody has it
    if plain.isupper() and len(plain) > 1:
        person = False  # 'BBC', 'NATO'
    if person and len(name) == 1 and not titled and validity(plain) != "named":
        person = False  # 'Analysts', 'Twitter': no surname
    if not person:
        return NameForm(plain if role else raw, role, "", "", None, False)
    identity = " ".join([core[0], core[-1], *suffix]) if len(core) >= 2 else ""
    if identity and name[0].lower() in KEEP_TITLES:
        identity = " ".join(core)
    return NameForm(plain, role, identity, core[-1], gender, True)


def _role_of(toks: list[str], low: list[str]) -> NameForm | None:
    """'Secretary of State John Kerry', 'Chancellor of the Exchequer George Osborne', 'Governor of the Bank
    of England Mark Carney': a role word, 'of', what the role is of, then a person's name. The name
    starts at a known first name, else it is the last two capitalised words (the last one of two)."""
    from .gender import first_name_gender

    at = next((r for r in range(len(low) - 2) if low[r + 1] == "of" and (low[r] in _ROLE or low[r].rstrip("s") in _ROLE)), None)
    if at is None:
        return None
    k = at + 2 + (low[at + 2] == "the")
    run = toks[k:]
    if len(run) < 2 or not all(_cap(t) or _bare(t) in ("of", "the", "and", "for", "&") for t in run) or not _cap(run[-1]):
        return None
    first = next((p for p in range(1, len(run) - 1) if _cap(run[p]) and first_name_gender(_bare(run[p])) is not None), None)
    p = first if first is not None else (len(run) - 2 if len(run) >= 3 else 1)
    role = clean_role(" ".join(toks[: k + p]))
    head = parse_name(" ".join(run[p:]))
    if not role or not head.person:
        return None
    return head._replace(role=role)


QUANTIFIERS = frozenset({"some", "many", "several", "other", "others", "most", "few", "those", "these", "numerous",
                         "various", "both", "all", "more", "fewer"})
"""First words that make a phrase some of a group ('Some Democrats', 'Several Tory MPs'), never one speaker."""
_AMOUNTS = frozenset({"percent", "%", "cent", "number", "numbers", "majority", "majorities", "minority", "half",
                      "third", "thirds", "quarter", "quarters", "share", "proportion", "plurality", "dozens",
                      "hundreds", "thousands", "millions", "most", "some", "many", "all", "none", "each", "one"})


def _share_of(words: list[str]) -> bool:
    """'26 percent of Democrats', 'a significant number of Republicans', 'Half of Vermont Democrats': an
    amount, 'of', then who (within the first six words)."""
    if "of" not in words[1:6]:
        return False
    i = words.index("of", 1)
    return words[i - 1] in _AMOUNTS or words[i - 1].endswith("%")


def _described_post(toks: list[str]) -> bool:
    """The lower-case words that open ``toks`` name a post or a group ('spokesman for', 'senior aide to')."""
    for t in toks:
        if not t.islower():
            return False
        w = _bare(t)
        if w in _GROUP_HEADS or w in _ROLE or w.rstrip("s") in _ROLE:
            return True
    return False


@lru_cache(maxsize=65536)
def validity(name: str) -> str:
    """'named' (a person or organisation), 'group' (a description: 'analysts', 'the firm') or 'other' (a
    place, a platform, a document or a clause fragment: never a speaker a briefing should rank)."""
    f = fold(name).strip(" ,;:'\"")
    words = f.split()
    if not words:
        return "other"
    if f in PLATFORMS or f in _PLACES or f in REGIONS or (len(words) > 1 and words[-1] in GEO_HEADS):
        return "other"  # a place: 'Edmonton', 'Nova Scotia', 'Aral Sea
    toks = name.split()
    if words[0] in _PRONOUNS or words[0] in _NOT_ROLE or not _CLAUSE_WORDS.isdisjoint(toks):
        return "other"
    head = words[-1]
    if head in _DOCUMENTS or head[:-1] in _DOCUMENTS or " ".join(words[-2:]) in _DOCUMENTS:  # 'reports' 
        return "other"
    if not any(c.isupper() for c in name) and words[0] not in ("the", "a", "an"):
        return "group"  # 'prosecutors': no capital, no name
    if words[0] in QUANTIFIERS or _share_of(words):
        return "group"  # 'Some Democrats', '26 percent of Republicans': some of a party or a people
    if words[0] in ("the", "a", "an") and len(toks) > 2 and toks[1].islower() and _described_post(toks[1:]):
        return "group"  # 'A spokesman for the Home Office', 'the president of Judicial Watch': a description
    if words[0] in ("the", "a", "an", "one", "two"):
        return "named" if len(toks) > 1 and toks[-1][:1].isupper() else "group"  # 'The Tories' / 'the firm'
    if toks[-1][:1].islower() and any(_POSSESSIVE.search(t) for t in toks[:-1]):
        return "group"  # "Blair's spokesman"
    if head in _GROUP_HEADS and not any(t[:1].isupper() for t in toks[:-1]):
        return "group"  # 'analysts', 'officials'; 'Analysts' written at the start of a sentence too
    if len(words) > 2 and words[1] in _PEOPLE_AT and (words[0] in _GROUP_HEADS or words[0] in PEOPLE_PLURALS):
        return "group"  # 'Analysts at Beaumont Partners', 'Lawyers for Mr Smith': people of a firm or a person
    small = [t for t in toks if not _cap(t)]
    if len(small) < 2:
        return "named"
    lows = [t for t in small if _bare(t) not in CONNECTORS and _bare(t) not in ("of", "and", "&", "for")]
    if len(lows) >= 2 and len(lows) >= len(toks) - len(small):
        return "other"  # 'It follows a new book charting', 'Greenspan pursued food and recipe'
    return "named"
