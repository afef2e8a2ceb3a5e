"""A byline on a page whose markup names none: an archive's flattened capture (archive.today's, every block a
styled ``div`` without class names) shows 'By Joe Ashworth | 4 March 2025', or a name linked to the author's
page and a date line, just under the headline. The lines under the headline in the page's text are read for them;
the author's role beside them ('Environment reporter') leaves the text with them; a standfirst above them stays.
"""

from __future__ import annotations

import re

from ..quotes.gender import known_first_name
from .byline import as_by_line, is_person, parse_byline
from .fields import parse_date
from .htmlmeta import name_key
from .lines import is_furniture_line
from .scriptdata import spaced_words
from .pagescan import ends_sentence

LINE_CHARS = 120
"""A byline's line has at most this many characters."""
BYLINE_LINES = 3
"""A byline stands in one of this many lines under the headline."""
_BY = re.compile(r"^by\s", re.IGNORECASE)


def _opens_by(line: str, english: bool = False) -> bool:
    """True for a line opened by 'By', or by 'Von', 'Par', 'Por', 'Di' before a name (see :func:`as_by_line`); 'Di'
    not in an ``english`` story, where 'Di Matteo Sacked' is a heading (Italian surnames open with it), and 'Von', 'Par',
    'Por' there only before a person's name ('Von Ryan Express Returns' is a heading)."""
    return bool(_BY.match(line)) or (line[:1] in ("VP" if english else "VPD") and as_by_line(line, english) != line)


def under_title(text: str, title: str | None, html: str = "", above: list[str] | None = None,
                english: bool = False) -> tuple[list[str], list[str]]:
    """The 'By …' line among the first lines under the page's headline (``title``) in its ``text`` (a page
    whose markup names no byline: an archive's flattened capture, all its blocks styled ``div``), and a date
    line beside it, as a byline block, with the short lines beside them (the author's role); ([], []) when
    there is none. A name without 'By' is one when ``html`` links it to an author's page
    (``<a href="/authors/joe-ashworth">``), or when a date line stands under it. The lines between the headline
    and the byline that are no date (the standfirst) are added to ``above``. In an ``english`` story a line opened
    by Italian's 'Di' is no byline (see :func:`_opens_by`)."""
    key = name_key(title) if title else ""
    if not key or key not in name_key(text[:MAX_TITLE_SEARCH]):
        return [], []
    lines = [ln.strip() for ln in text[:MAX_TITLE_SEARCH].split("\n") if ln.strip()]
    at = next((n for n, ln in enumerate(lines) if len(ln) <= 3 * len(title) and name_key(ln) == key), None)
    by = dated = None
    beside: list[str] = []
    window = lines[at + 1:at + 2 + BYLINE_LINES + AFTER_BYLINE] if at is not None else []
    before: list[str] = []
    for n, line in enumerate(window[:-1]):
        if len(line) > (LINE_CHARS if by or n else STANDFIRST_CHARS) or (not by and n >= BYLINE_LINES):
            break
        if not by and (_opens_by(line, english) or (len(line) <= NAME_CHARS and (
                _author_link(html, line)
                or (_names_line(line) and _dated_name(line, window[n + 1], lines[at + n + 3:]))))):
            by = line if _opens_by(line, english) else "By " + line  # (a name alone: linked to its page, or dated
            # under)
            if not _opens_by(line, english) and before and all(map(_names_line, before)):  # (names stacked, one a line)
                by, beside, before = "By " + " and ".join([*before, line]), [*beside, *before, line], []
        elif not dated and _date_line(line):
            dated = line
        elif (by and len(line.split()) <= ROLE_WORDS and not ends_sentence(line)) or _credit_line(line):
            beside.append(line)  # (a short line above the byline is the story's standfirst: it stays)
        elif not by:
            before.append(line)
    if by and above is not None:
        above.extend(before)
    return ([by, *([dated] if dated else [])], beside) if by else ([], [])


STANDFIRST_WORDS = 60


def with_standfirst(body: str, above: list[str]) -> str:
    """``body`` with the standfirst the page shows between its headline and its byline (``above``, see
    :func:`under_title`) put back at its start, when an extractor left it out (it read it as a subheading)."""
    lines = [ln for ln in above if 3 <= len(ln.split()) <= STANDFIRST_WORDS and not is_furniture_line(ln)
             and not _credit_line(ln)]
    if len(lines) != 1 or spaced_words(lines[0]) in spaced_words(body[:STANDFIRST_CHARS * 4]):
        return body
    return f"{lines[0]}\n\n{body}"


def is_name_line(line: str) -> bool:
    """True for a line that is a person's name: capitalised words, a known first name first ('Joe Ashworth', not
    a standfirst in title case, 'Harbour Market Trial')."""
    return is_person(line) and known_first_name(line.split()[0])


def _names_line(line: str) -> bool:
    """True for a line of one to four people's names ('Joe Ashworth', 'Ann Roe and Bo Li', 'Ann Roe, Bo Li')."""
    parts = _NAMES_SPLIT.split(line)
    return len(parts) <= MAX_NAMES and all(map(is_name_line, parts))


_NAMES_SPLIT = re.compile(r",\s*|\s+(?:and|&)\s+")
MAX_NAMES = 4


def _credit_line(line: str) -> bool:
    """True for a credit line ending in names ('Photographs by Bo Li', 'Additional reporting by Bo Li'), no
    standfirst."""
    m = _CREDIT_BY.match(line)
    return bool(m) and parse_byline("By " + line[m.end():]) is not None


_CREDIT_BY = re.compile(r"^(?:additional |extra )?(?:reporting|photograph(?:s|y)|photos?|pictures?|images?|"
                        r"illustrations?|graphics|video|edited|produced|research|interviews?|words)"
                        r"(?: and (?:reporting|photographs?|photos?|pictures?|video|graphics|editing|research))? by\s+"
                        r"(?=[A-Z])", re.IGNORECASE)
"""What a credit line opens with ('Additional reporting by', 'Photographs by'); 'Homes flooded by Storm Eowyn' is
a standfirst."""


def _dated_name(name: str, line: str, after: list[str]) -> bool:
    """True when a name line (``name``) with the date ``line`` under it is a byline: the date is of the web's years,
    and the story (its first lines ``after``) never names the person again; a subject's name and dates ('Grace
    Darling', '7 September 1838'), a poem's title above its date, are the story's."""
    day = parse_date(line) if len(line) <= DATE_LINE_CHARS else None
    if day is None or day.year < WEB_YEARS_FROM:
        return False
    surname = name.split()[-1]
    return not re.search(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", " ".join(after[:STORY_LINES]))


WEB_YEARS_FROM = 1990
"""A byline's date is the day a page was published: not before the web."""
STORY_LINES = 8
"""The first lines of a story under a name and a date line that are read for the name."""


def _date_line(line: str) -> bool:
    return len(line) <= DATE_LINE_CHARS and parse_date(line) is not None


def without_lines(body: str, lines: list[str]) -> str:
    """``body`` without those of its first paragraphs (a standfirst may stand above them) that are one of
    ``lines``."""
    paras = body.split("\n\n")
    head = paras[:BYLINE_LINES + AFTER_BYLINE]
    kept = [p for p in head if p not in lines]
    return "\n\n".join(kept + paras[len(head):]) if kept or len(paras) > len(head) else body


STANDFIRST_CHARS = 300
"""A standfirst, the line right under the headline, has at most this many characters."""
AFTER_BYLINE = 2
"""The author's role and the date stand in one of this many lines after the byline."""
ROLE_WORDS = 5
"""A line beside a byline with at most this many words and no full stop is the author's role or desk."""
NAME_CHARS = 60
_AUTHOR_PATH = re.compile(r"""\bhref\s*=\s*["']?[^"'<>\s]*/"""
                          r"(?:authors?|staff|people|profiles?|journalists?|writers?|reporters?)/", re.IGNORECASE)


def _author_link(html: str, name: str) -> bool:
    """True when ``html`` links ``name`` (the whole text of the link) to an author's page."""
    at, seen = html.find(name), 0
    while at >= 0 and seen < MAX_NAME_LINKS:
        opened = html.rfind("<a", max(0, at - 400), at)
        tag = html[opened:at] if opened >= 0 else ""
        if _LINK_END.match(html, at + len(name)) and _LINK_OPEN.fullmatch(tag) and _AUTHOR_PATH.search(tag):
            return True
        at, seen = html.find(name, at + len(name)), seen + 1
    return False


MAX_NAME_LINKS = 50
"""At most this many places of a name in a page are looked at for a link to its author's page."""
_LINK_OPEN = re.compile(r"<a\b[^<>]*>\s*", re.IGNORECASE)
_LINK_END = re.compile(r"\s*</a\s*>", re.IGNORECASE)
DATE_LINE_CHARS = 60
"""A line under a byline that gives a date ('Published: 09:15, 4 March 2025') has at most this many characters."""
MAX_TITLE_SEARCH = 20_000
"""A headline is looked for in a page's text this many characters from its start."""
