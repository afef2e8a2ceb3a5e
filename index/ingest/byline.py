"""Bylines at the top of an article ('By Jane Doe', 'By Jane Doe and Sam Lee', 'By Jane Doe, Reuters').

A byline is metadata, not article text: :func:`split_byline` moves it out of the body into the author,
so it never shows up as a sentence (a one-outlet "claim") in comparisons and stories. Only a short
line made of names is a byline; a sentence that starts with "By" ('By Tuesday the talks had …') is not.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..quotes.gender import known_first_name
from .rolelines import role_line
from .fields import parse_date

_MAX_LEN = 90
_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "al", "ter", "y"}
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_]\.?|\.)?")  # 'Jane', 'J.', 'O'Brien', 'Jr.', 'Ó'
_NOT_NAMES = {  # 'By Tuesday …', 'By March …', 'By The Time …': a sentence, not a name
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "the", "this", "that", "these", "those", "then", "now", "late", "early", "mid", "midday", "noon",
    "midnight", "tonight", "today", "tomorrow", "yesterday", "dawn", "dusk", "evening", "morning",
    "afternoon", "night", "spring", "summer", "autumn", "fall", "winter", "year", "end", "contrast",
    "comparison", "law", "design", "default", "far", "all", "most", "some", "many", "one", "two", "its",
    "his", "her", "their", "our", "my", "your", "a", "an", "in", "on", "at", "for", "way", "chance",
}
ORG_WORDS = {"press", "news", "times", "post", "reuters", "ap", "afp", "agency", "journal", "herald", "tribune",
             "bloomberg", "media", "network", "service", "wire", "daily", "cnn", "bbc", "npr", "radio", "tv",
             "television", "staff", "desk", "bureau", "magazine", "gazette", "report", "reports", "globe", "star"}
"""Words that make a name an outlet's ('Associated Press', 'BBC News'), not a person's."""
_ROLE_WORDS = {"staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
               "editor", "editors", "columnist", "contributor", "contributors", "special", "senior", "chief",
               "bureau", "desk"}
ROLE_HEADS = _ROLE_WORDS | {"journalist", "journalists", "producer", "producers", "photographer", "photographers",
                            "photojournalist", "presenter", "anchor", "critic", "analyst", "intern", "commentator",
                            "videographer", "freelancer", "researcher", "team", "newsroom"}
"""Last words of a job title ('Data Journalist', 'Audience Producer') or a desk ('Digital Team'): an author string
ending in one is a role, nobody's name."""
BY_WORDS = ("By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Di", "DI", "Written by", "Words by",
            "Reported by", "Story by", "Text by")
"""The word a byline opens with in English, German, French, Spanish, Portuguese and Italian ('Von Anna Roe', 'Par Jean
Roe'): a site writing in several languages marks every page with one ``lang``; and the longer English openings
('Written by Jane Roe')."""
_FOREIGN_BY = re.compile(r"^(?:Von|VON|Par|PAR|Por|POR|Di|DI|(?:Written|Words|Reported|Story|Text) by)\s+(?=[A-Z])")
_ITALIAN_BY = re.compile(r"^[\s*_]*(?:Di|DI)\s")
"""A line opened by Italian's byline word, which many Italian surnames open with ('Di Maria', 'Di Matteo'): above an
English story such a line is a heading ('Di Matteo Sacked'), not a byline."""
_FOREIGN_AND = re.compile(r"\s+(?:und|et|y|e|UND|ET|Y|E)\s+(?=[A-Z])")


def as_by_line(line: str, english: bool = False) -> str:
    """A byline opened in German, French, Spanish or Portuguese written as an English one ('Von Anna Roe und Karl
    Stein' → 'By Anna Roe and Karl Stein'); any other line as it is. The name after the opening word must start
    with a known first name: an English heading in title case ('Von Braun Center Reopens', 'Par Three Challenge
    Returns') is no byline. Above an ``english`` story, where the word is no byline word of the story's language,
    each name must have a person's shape too (see :func:`_person_shaped`): 'Von Ryan Express Returns' is a
    heading."""
    text = line.strip().strip("*_").strip()
    m = _FOREIGN_BY.match(text)
    words = text[m.end():].split() if m else []
    if len(words) < 2 or words[0].lower() in _PARTICLES \
            or not known_first_name(words[0].split("-")[0].strip(",")):  # ('Von Miller', 'Von der Leyen': a surname)
        return line
    if english and m[0][0] in "VPD" and not _person_shaped(text[m.end():]):
        return line
    return "By " + _FOREIGN_AND.sub(lambda a: " AND " if a[0].isupper() else " and ", text[m.end():])


_NAMES_SPLIT = re.compile(r"\s*(?:[,|]|\s(?:und|et|y|e|and|UND|ET|Y|E|AND)\s)\s*")
NAME_WORDS_AFTER_FIRST = 1
"""Words a person's name holds after its first name, particles aside ('Anna Roe', 'Ana de la Cruz'); one more
when it is a first name too ('Anna Maria Roe')."""


def _person_shaped(names: str) -> bool:
    """True when the first name of a byline's names (what follows 'Von', 'Par', 'Por') is shaped as a person's: a
    first name, then one word (particles aside, one more first name allowed: 'Anna Maria Roe'). 'Ryan Express
    Returns' is a heading's words."""
    words = [w for w in _NAMES_SPLIT.split(names.strip(), maxsplit=1)[0].split() if w.lower() not in _PARTICLES]
    rest = words[1:]
    if len(rest) > NAME_WORDS_AFTER_FIRST:
        rest = rest[1:] if known_first_name(rest[0].split("-")[0]) else rest
    return 1 <= len(rest) <= NAME_WORDS_AFTER_FIRST


def _is_name(part: str) -> bool:
    """'Jane Doe', 'J. R. Smith', 'Ana de la Cruz': capitalised words (particles allowed), 1 to 5 of them."""
    words = part.split()
    if not 1 <= len(words) <= 5 or words[0].lower().rstrip(".,") in _NOT_NAMES:
        return False
    return all((w[0].isupper() and _NAME_WORD.fullmatch(w)) or (i and w in _PARTICLES) for i, w in enumerate(words)) \
        and not words[-1] in _PARTICLES


def is_person(part: str) -> bool:
    """A further author ('Sam Lee'), not an outlet ('Reuters', 'BBC News', 'The Associated Press')."""
    words = part.split()
    return _is_name(part) and len(words) >= 2 \
        and not {w.lower().strip(".") for w in words} & (ORG_WORDS | _ROLE_WORDS)


def _is_outlet_or_role(part: str) -> bool:
    """'Reuters', 'The Associated Press', 'Staff Writer': capitalised words after the names."""
    words = part.split()
    return 1 <= len(words) <= 6 and (all(w[0].isupper() or w in ("of", "the", "and", "&", "for") for w in words)
                                     or re.sub(r"[^a-z]", "", part.lower()) in _AGENCIES)  # ('dpa')


class Byline(NamedTuple):
    author: str
    outlet: str | None  # 'Reuters' in 'By Jane Doe, Reuters' (a role such as 'Staff Writer' is not one)
    date: str | None = None  # 'March 17, 2026' in 'By Ivan Petrov | March 17, 2026'


_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?=\s*(?:,|\||$))")


def parse_byline(line: str, english: bool = False) -> Byline | None:
    """A byline line's names and outlet ('By Jane Doe and Sam Lee, Reuters'; 'Von …', 'Par …': see
    :func:`as_by_line`, above an ``english`` story too), else None."""
    if line.lstrip(" *_")[:1] in "PVDd" and len(line) <= _MAX_LEN:  # ('Par Marc Roe, envoyé spécial à Kiev')
        name = role_line(line)[1]
        if name:
            return Byline(name, None)
    if "By " not in line and "BY " not in line:  # what it must start with, after the stripping
        if not line.lstrip(" *_").startswith(BY_WORDS[2:]):
            return None
        line = as_by_line(line, english)
    text = line.strip().strip("*_").strip()
    if text[3:].lstrip().startswith(BY_WORDS[2:]):  # ('By Von Anna Roe': a block's line read as a byline; 'By
        opened = as_by_line(text[3:].lstrip())  # Von Miller', 'By Par Olsen': a first name, the line as it is)
        text = opened if opened.startswith("By ") else text
    if len(text) > _MAX_LEN or not text.startswith(("By ", "BY ")):
        return None
    if text.endswith((".", "!", "?", ":", ";", ",")) and not re.search(r"\b[A-Z]\.$", text):
        return None
    rest = text[3:].strip()
    if rest.isupper():  # 'BY JANE DOE AND SAM LEE'
        rest = re.sub(r"\b(And|For|In)\b", lambda m: m[1].lower(), rest.title())  # ('VON ANNA ROE UND …': 'and')
    placed = _PLACE.sub("", rest)  # 'Shaun Walker in Kyiv', 'Jane Doe in New York, Reuters': where, not who
    rest = placed if len(re.split(r",|\s+and\s+", placed)[0].split()) >= 2 else rest  # not 'Land in Spring'
    parts = [p.strip() for p in re.split(r",\s*|\s*\|\s*|\s+(?:and|&)\s+|\s+for\s+(?=[A-Z])", rest)]
    if not all(parts) or not _is_name(parts[0]) or (len(parts) > 1 and len(parts[0].split()) < 2):
        return None  # 'By Land and Sea': one word and more parts is a phrase, not a name
    names = 1
    while names < len(parts) and is_person(parts[names]):
        names += 1
    if not all(_is_outlet_or_role(p) for p in parts[names:]):
        return None
    outlets = [p for p in parts[names:] if not set(p.lower().split()) & _ROLE_WORDS - ORG_WORDS]
    return Byline(rest[: rest.rfind(parts[names - 1]) + len(parts[names - 1])].strip(" ,"),
                  outlets[0] if outlets else None)


def byline_author(line: str) -> str | None:
    """The names of a byline line ('By Jane Doe and Sam Lee, Reuters' → 'Jane Doe and Sam Lee'), else None."""
    found = parse_byline(line)
    return found.author if found else None


def split_byline(body: str, within: int = 3, english: bool = False) -> tuple[Byline | None, str]:
    """``(byline, body without its line)`` when one of the first ``within`` lines is a byline.

    Lines above the byline must be short (a dateline, a date, a heading), so a byline-like line in
    the article's text is never taken. In an ``english`` story a line opened by Italian's 'Di' ('Di Matteo Sacked')
    is a heading, and one opened by 'Von', 'Par' or 'Por' needs a person's name (see :func:`as_by_line`). Without a byline: ``(None, body)`` unchanged.
    """
    pos = 0
    for _ in range(within):
        while pos < len(body) and body[pos] in "\n \t":
            pos += 1
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        line = body[pos:end]
        if not line.strip():
            return None, body
        found = None if english and _ITALIAN_BY.match(line) else \
            parse_byline(line, english) or role_byline(line) or _dated_byline(line, english)
        if found:
            after = end
            while after < len(body) and body[after] in "\n \t":
                after += 1
            rest = body[:pos] + body[after:]
            return (found, rest) if rest.strip() else (None, body)
        if len(line) > 80 or (line.rstrip().endswith((".", "!", "?", "\"", "”")) and not line.startswith("#")):
            return None, body  # text above: what follows is the article, not its byline
        pos = end
    return None, body


_OUTLET_WORDS = ORG_WORDS - {"post", "star", "times", "globe", "report", "reports", "press", "daily", "herald",
                              "journal", "service", "staff", "desk", "bureau"}
"""Words no person's name holds ('News', 'Reuters', 'BBC'); 'Post', 'Star', 'Press' can be surnames."""


_AGENCIES = {"associatedpress", "theassociatedpress", "agencefrancepresse", "pressassociation", "pamedia",
             "unitedpressinternational", "upi", "dpa", "efe", "ansa", "xinhua", "kyodo", "yonhap", "tass",
             "anadolu", "aap", "thecanadianpress", "canadianpress", "pti", "ians"}
"""News agencies whose names hold no word that marks an outlet ('Associated Press')."""


def is_outlet(author: str, sites: list[str], url: str | None = None) -> bool:
    """True when an author string names an outlet, not people: one of the page's site names, its domain
    ('Reuters' on reuters.com), a news agency, or a name with a word no person's name has ('BBC News',
    'CNN Wire')."""
    key = re.sub(r"[^a-z0-9]", "", author.lower())
    if not key:
        return False
    if key in _AGENCIES:
        return True
    host = re.sub(r"^(?:https?://)?(?:www\.)?([^/:]+).*", r"\1", url or "").lower()
    labels = {re.sub(r"[^a-z0-9]", "", x) for x in host.split(".")[:-1] if len(x) > 2} if url else set()
    if key in labels or any(key == re.sub(r"[^a-z0-9]", "", s.lower()) for s in sites if s):
        return True
    return bool({w.lower().strip(".,") for w in author.split()} & _OUTLET_WORDS)


def author_names(author: str, guessed: bool = False, roles: frozenset[str] = frozenset()) -> str | None:
    """The people in an author string: roles and a leading 'By' left out ('Amy Lowe; Transport
    Correspondent' → 'Amy Lowe'). ``guessed`` (found in the page's text, not declared): None unless
    every part is a full name, so a word from an author's bio ('Whitehall') is never the author. A name
    set in capitals ('JOHN SMITH') is written as a name is; a role after a comma or a bar goes too ('Jane
    Doe | Staff Writer', 'Jane Doe, Senior Correspondent'); a role alone ('Staff Writer', 'Data Journalist', or
    one of the job titles the page declares for its authors, ``roles``, as :func:`role_key` writes them) is no
    author. A byline word in German, French or Spanish goes like 'By' ('Von Anna Roe')."""
    parts = [_without_by(_GLUED_ROLE.sub("", p.strip())) for p in re.split(r"[;|]", author) if p.strip()]
    parts = [", ".join(x for x in (y.strip() for y in p.split(",")) if x and not _is_role(x, roles)) or p
             for p in parts]
    parts = [p.title() if p.isupper() and len(p.split()) >= 2 else p for p in parts]  # 'JOHN SMITH' → 'John Smith'
    people = [p for p in parts if not _is_role(p, roles)]
    if guessed and not (people and all(len(p.split()) >= 2 and _is_name(p) for p in people)):
        return None
    return ", ".join(people) if people else None  # 'Staff Writer': a role, nobody's name


_GLUED_ROLE = re.compile(r"(?<=[a-zà-ÿ])(?:Korrespondent|Redakteur|Reporter|Correspondent|Journalist|Editor|Autor|"
                         r"Auteur|Envoy|Corresponsal|Redattore|Staff)\w*(?:\s+\S+){0,4}$")
"""A role whose element followed the name's with no space between ('Anna SchmidtKorrespondentin in Brüssel')."""


def role_key(role: str) -> str:
    """A job title as :func:`author_names` compares it: lower case, letters and digits only."""
    return re.sub(r"[\W_]", "", role.lower())


def _is_role(part: str, roles: frozenset[str]) -> bool:
    """True when an author string's part is a job title: it ends in a role's word, or the page declares it as its
    author's ``jobTitle``."""
    words = part.split()
    last = words[-1].lower().strip(".,")
    if last in _SURNAME_ROLES and 2 <= len(words) <= 3 and known_first_name(words[0]):
        return False  # ('Jennifer Senior': a surname; 'Bureau Chief': a role)
    return last in ROLE_HEADS or (bool(roles) and role_key(part) in roles)


_SURNAME_ROLES = {"senior", "chief", "special"}
"""Words that end a role ('Bureau Chief') and are surnames too ('Jennifer Senior')."""


def _without_by(part: str) -> str:
    """``part`` without the byline word it opens with ('By Jane Doe', 'Von Anna Roe'; 'Von Trier' stays: one word
    after it is a surname)."""
    m = re.match(r"(?:By|Von|Par|Por)\s+(?=[A-Z])", part, re.IGNORECASE)
    if not m or (part[:2].lower() != "by" and (len(part[m.end():].split()) < 2
                                                or part[m.end():].split()[0].lower() in _PARTICLES)):
        return part
    return part[m.end():]


_ROLE_LINE = re.compile(r"^([^|,;]{3,40}?)\s*[|,]\s*([^|,;]{3,40})$")


def role_byline(line: str) -> Byline | None:
    """A byline written as a name and a role, without 'By' ('Priya Nair | Reporter', 'Jane Doe, Staff
    Writer'), else None."""
    m = _ROLE_LINE.match(line.strip().strip("*_").strip())
    if not m or len(m[1].split()) < 2 or not is_person(m[1].strip()):
        return None
    return Byline(m[1].strip(), None) if m[2].split()[-1].lower().strip(".") in _ROLE_WORDS else None


_SUBMITTED = re.compile(r"^(?:Submitted|Posted|Written|Published)\s+by\s+(.{2,60}?)\s+on\s+(.{6,60})$", re.IGNORECASE)


_GLUED = re.compile(r"^(by\s\D{3,80}?[a-z])(\d{1,2}\s?[^\d\s]\D{1,12}\d{4}\b.{0,30})$", re.IGNORECASE)
"""A byline whose date follows its name's last letter with no space between."""
_BAR = re.compile(r"\s+[|\u00b7\u2022]\s+")
"""The bar between a byline's name and its date ('By Ruth Anders | July 19, 2025')."""


def _name_and_date(line: str) -> list[str]:
    """A line split at its first bar when a name stands before it and a date after ('By Ruth Anders | July
    19, 2025'), or at the comma before its date; else the line whole ('Updated 3:45 PM | March 5, 2024')."""
    parts = _BAR.split(line, maxsplit=1)
    if len(parts) == 2 and not re.search(r"\d", parts[0]) and re.search(r"\d", parts[1]):
        return parts
    glued = _GLUED.match(line) if len(line) <= _MAX_LEN else None  # ('By Joe Ashworth4 March 2025': two inline
    if glued and parse_date(glued[2]):  # elements, no space between)
        return [glued[1], glued[2]]
    comma = _COMMA_DATE.match(line) if len(line) <= _MAX_LEN else None  # ('Von Anna Roe, 08.05.2025, 10:00 Uhr')
    if comma and not re.search(r"\d", comma[1]) and parse_date(comma[2]):
        return [comma[1], comma[2]]
    return [line]


_COMMA_DATE = re.compile(r"^(.{3,70}?),\s*((?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|"
                         r"fri|sat|sun)[a-z]*\.?\s).*)$", re.IGNORECASE)
"""A byline with its date after a comma ('By Anna Roe, May 8, 2025'; 'By Jane Doe, Reuters, 8 May 2025' keeps
its outlet)."""


def _dated_byline(line: str, english: bool = False) -> Byline | None:
    """A 'By …' line with its date after a bar ('By Ivan Petrov | March 17, 2026', 'Von Anna Roe | 08.05.2025'),
    the date kept."""
    if line.lstrip().startswith(BY_WORDS[2:]):
        line = as_by_line(line, english)
    if not line.lstrip().lower().startswith("by ") or len(line) > _MAX_LEN:
        return None
    parts = _name_and_date(line.strip())
    found = parse_byline(parts[0], english) if len(parts) == 2 and parse_date(parts[1]) else None
    return found._replace(date=parts[1]) if found else None


def block_byline(blocks: list[str]) -> tuple[str | None, str | None, str | None]:
    """``(author, outlet, date text)`` from the text of a page's byline blocks, a line per element: 'By Jane
    Doe and Sam Lee, Associated Press', 'Priya Nair | Reporter', Drupal's 'Submitted by Gwen Ellis on Wed,
    11/05/2025 - 16:30' (a user name such as 'gwen.ellis' is no author), and a date line under the name."""
    author = outlet = date = None
    lines = [ln.strip() for block in blocks for ln in block.split("\n")]
    lines = [part for ln in lines for part in _name_and_date(ln)]
    for line in lines:
        m = _SUBMITTED.match(line)
        if m:
            name, date = m[1], date or m[2]
            found = parse_byline("By " + name) if _is_name(name) else None
        elif len(line) <= _MAX_LEN and not re.search(r"\d", line):
            found = parse_byline(line if line.startswith(("By ", "BY ")) else "By " + line)
        else:
            found = None
            date = date or (line if len(line) <= 60 else None)
        if found and not author:
            author, outlet = found.author, found.outlet
    return author, outlet, date
