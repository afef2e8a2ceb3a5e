"""The outlet a file's path names (``reuters/…``, ``2016-10-12_nytimes_budget.txt``,
``corpus-huff-post_2015-11-19_slug.txt``, ``bbc.co.uk/…``), for an article whose text names none.

A folder or name part counts only when it reads as an outlet: a web domain, a well-known outlet, or a
name ending in a word outlets' names end in, written as a name (``Kyiv Post/``, ``the-kyiv-post/``) or in a
dated corpus file name (``2016-10-12_daily-herald_slug.txt``) — never a topic folder (``business/``,
``world-news/``), a headline slug, or ordinary words (``happy-times/``, ``blog-post/``, ``independent/``):
a wrong outlet is worse than none.
"""

from __future__ import annotations

import re

KNOWN_OUTLETS = {
    "reuters": "Reuters", "ap": "Associated Press", "apnews": "Associated Press",
    "associatedpress": "Associated Press", "afp": "AFP", "bloomberg": "Bloomberg", "upi": "UPI",
    "bbc": "BBC", "bbcnews": "BBC News", "cnn": "CNN", "msnbc": "MSNBC", "nbc": "NBC News", "nbcnews": "NBC News",
    "cbs": "CBS News", "cbsnews": "CBS News", "abc": "ABC News", "abcnews": "ABC News", "npr": "NPR", "pbs": "PBS",
    "fox": "Fox News", "foxnews": "Fox News", "nyt": "The New York Times", "nytimes": "The New York Times",
    "newyorktimes": "The New York Times", "wapo": "The Washington Post", "washpost": "The Washington Post",
    "washingtonpost": "The Washington Post", "wsj": "The Wall Street Journal",
    "wallstreetjournal": "The Wall Street Journal", "usatoday": "USA Today", "latimes": "Los Angeles Times",
    "huffpost": "HuffPost", "huffingtonpost": "HuffPost", "politico": "Politico", "breitbart": "Breitbart",
    "axios": "Axios", "thehill": "The Hill", "vox": "Vox", "slate": "Slate", "salon": "Salon",
    "westernjournal": "The Western Journal", "westjournal": "The Western Journal", "newsweek": "Newsweek",
    "theatlantic": "The Atlantic", "atlantic": "The Atlantic", "guardian": "The Guardian",
    "theguardian": "The Guardian", "telegraph": "The Telegraph", "independent": "The Independent",
    "ft": "Financial Times", "financialtimes": "Financial Times", "economist": "The Economist",
    "aljazeera": "Al Jazeera", "dw": "DW", "france24": "France 24", "cbc": "CBC", "globeandmail": "The Globe and Mail",
    "abcau": "ABC News (Australia)", "smh": "The Sydney Morning Herald", "scmp": "South China Morning Post",
    "xinhua": "Xinhua", "tass": "TASS", "kyodo": "Kyodo News", "yonhap": "Yonhap",
}
"""Outlets by the keys paths write them with (lower case, letters and digits only)."""

OUTLET_ENDINGS = ("post", "times", "journal", "herald", "tribune", "gazette", "news", "today", "press",
                   "chronicle", "observer", "telegraph", "guardian", "independent", "examiner", "inquirer",
                   "courier", "register", "mail", "express", "mirror", "monitor", "dispatch", "sentinel",
                   "bulletin", "standard", "wire", "star", "daily", "weekly", "review", "reporter", "insider")
"""Words an outlet's name ends in ('Kyiv Post', 'Daily Herald', 'Business Insider')."""

_TOPICS = frozenset("""news world us uk local national international politics political business economy
finance money markets tech technology science health sport sports entertainment culture arts opinion
lifestyle travel education environment climate weather breaking top latest home misc other
general articles article stories story texts text docs data corpus raw clean train dev test""".split())
"""Folder and name words that say what a text is about or how it is kept, never who published it."""

_DOMAIN = re.compile(r"(?:www\.)?((?:[a-z0-9-]+\.)+)(?:com|org|net|news|co\.uk|co|uk|ca|au|com\.au|de|fr|in|ie|"
                     r"nz|io|tv|info|eu|us)", re.I)
_DATE_PART = re.compile(r"(?:19|20)\d\d(?:[-.]?\d\d){0,2}|\d{1,4}")
_MAX_PARTS = 4  # an outlet's name in a path: at most four words


def _key(parts: list[str]) -> str:
    return re.sub(r"[^a-z0-9]", "", "".join(parts).lower())


def _shown(parts: list[str]) -> str:
    """'huff-post' → 'Huff Post'; a part written with capitals stays as written ('NYTimes')."""
    return " ".join(p if not p.islower() else p.capitalize() for p in parts)


_ORDINARY = frozenset("""independent guardian telegraph atlantic economist fox vox slate salon abc""".split())
"""Well-known outlets' keys that are ordinary words too ('independent/' films, 'fox-hunting', 'vox-pops'): they count
only as a whole part written as a name, or in a file name laid out as a corpus's (a date among its ``_`` parts)."""
_NOT_A_NAME = frozenset("my our your his her their its this that these those a an some any no every".split())
"""Words a name never opens with ('my-journal', 'our-times')."""


def _written_as_name(parts: list[str]) -> bool:
    """True for parts written as a name is: each with a capital ('Kyiv-Post', 'The Times'), or after 'the'
    ('the-kyiv-post'); 'happy-times' and 'blog-post' are written as words."""
    return parts[0].lower() == "the" or all(p[:1].isupper() for p in parts)


def _by_ending(parts: list[str], structured: bool) -> str | None:
    """The name ``parts`` spell when the last is an outlet's ending, some part before it is no topic and the name is
    written as one (or stands in a file name laid out as a corpus's: ``2016-10-12_daily-herald_slug``)."""
    if not parts or len(parts) > _MAX_PARTS or not all(p.isalpha() for p in parts) \
            or parts[0].lower() in _NOT_A_NAME:
        return None
    last = parts[-1].lower()
    if len(parts) == 1:  # 'KyivPost': an ending joined to a name of three or more letters, the ending's capital
        word = next((e for e in OUTLET_ENDINGS if last.endswith(e) and len(last) >= len(e) + 3), None)
        capital = word is not None and parts[0][-len(word)].isupper() and parts[0][0].isupper()
        return _shown(parts) if word and last[: -len(word)] not in _TOPICS and (capital or structured) else None
    if last not in OUTLET_ENDINGS or all(p.lower() in _TOPICS for p in parts[:-1]):
        return None
    return _shown(parts) if structured or _written_as_name(parts) else None


def _in_segment(segment: str, structured: bool = False) -> tuple[str | None, str | None]:
    """``(well-known outlet, outlet by its ending)`` one ``_``-separated part of a name spells.

    A well-known name counts at the start or end of the part ('corpus-nyt', 'nyt-2016'), not inside a slug; one that
    is an ordinary word too (:data:`_ORDINARY`) only as the whole part, written as a name or in a corpus's file name.
    """
    parts = [p for p in re.split(r"[-.\s]+", segment) if p]
    if not parts or _DATE_PART.fullmatch(segment):
        return None, None
    best: tuple[int, str] | None = None  # (words, name): the longest well-known run of parts
    for n in range(1, min(len(parts), _MAX_PARTS) + 1):
        for run in (parts[:n], parts[-n:]):
            key = _key(run)
            hit = KNOWN_OUTLETS.get(key)
            if hit and key in _ORDINARY and not (n == len(parts) and (structured or _written_as_name(run))):
                continue
            if hit and (best is None or n > best[0]):
                best = (n, hit)
    return (best[1] if best else None), _by_ending(parts, structured)


def outlet_in_name(name: str, is_file: bool = False) -> str | None:
    """The outlet one folder or file name (a file's without its extension) names, else None.

    In a file name the last ``_``-separated part is the headline's slug: it counts only as one word. A folder's name
    without ``_`` is one part however it is spaced ('The Times', 'Kyiv Post').
    """
    name = name.strip()
    if not name or len(name) > 200:
        return None
    m = _DOMAIN.fullmatch(name)
    if m:
        labels = name.lower().removeprefix("www.").split(".")
        label = labels[-3] if len(labels) > 2 and labels[-2] in ("co", "com", "org", "net", "ac") else labels[-2]
        return KNOWN_OUTLETS.get(_key([label])) or name.lower().removeprefix("www.")
    if not is_file and "_" not in name:
        return next(filter(None, _in_segment(name)), None)
    segments = [s for s in re.split(r"[_\s]+", name) if s]
    structured = is_file and len(segments) > 2 and any(_DATE_PART.fullmatch(s) for s in segments) \
        and "_" in name
    if is_file and segments and re.search(r"[-.]", segments[-1]):
        segments.pop()
    by_ending = None
    for segment in segments:
        known, ending = _in_segment(segment, structured)
        if known:
            return known
        by_ending = by_ending or ending
    return by_ending


def source_from_path(rel: str) -> str | None:
    """The outlet a '/'-separated relative path names: in the file name, else the nearest folder that does."""
    folders, _, name = rel.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if outlet := outlet_in_name(stem, is_file=True):
        return outlet
    for folder in reversed(folders.split("/")) if folders else ():
        if outlet := outlet_in_name(folder):
            return outlet
    return None
