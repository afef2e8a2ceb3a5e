"""Layouts of news text that are not prose: headlines and link lines (no quotes there), transcripts
(``MR. O'NEILL: We will not …``) and roundups (``Jane Doe, The Courier: 'The debate …'``)."""

from __future__ import annotations

import re

from .gender import first_name_gender

_LINK_LINE = re.compile(r"^\s*(?:READ MORE|READ ALSO|ALSO READ|READ NEXT|MORE|RELATED|SEE ALSO|WATCH|LISTEN|VIDEO|PHOTOS?|"
                        r"ADVERTISEMENT|RECOMMENDED|TRENDING|DON'T MISS|DON’T MISS|MOST READ|"
                        r"Read more|Read also|Also read|Read next|Related|See also|Watch|Click here|Sign up|Subscribe|"
                        r"Recommended|Don't miss|Don’t miss|Most read|Follow us|"
                        r"Follow\s+\S+\s+on)\b\s*[:\-–—|>]?", re.UNICODE)
_CREDIT_LINE = re.compile(r"^\s*(?:[-—–]\s*)?(?:This\s+(?:report|story|article)\s+(?:by|from)\s+[^.]{2,60}?\s+was\s+"
                          r"(?:first\s+|originally\s+)?published\b|With\s+files\s+from\b)", re.IGNORECASE)
"""A wire story's credit line: ``This report by The Canadian Press was first published …``, ``With files from …``."""
_PHOTO_CREDIT = re.compile(r"\((?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}/)+(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}\)\s*$")
"""A photo caption's credit closing its line: ``… at Queen's Park on Tuesday. (Evan Mitsui/CBC)``."""
_END_MARKS = frozenset(".!?:;\"”’')]…")


def _ends_in_punct(text: str) -> bool:
    """Is the last character of ``text`` before its trailing blanks a full stop, a closing mark or the like?"""
    text = text.rstrip()
    return bool(text) and text[-1] in _END_MARKS


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LOWER_WORD = re.compile(r"(?<![\w’'-])(?!(?:with|from|over|after|into)\b)[a-z][a-z’'-]{3}")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "as", "by", "with", "from",
          "is", "are", "vs", "over", "after", "up", "into"}

SPEAKER_LABEL = re.compile(r"\s*(?P<name>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.?\s+)?[A-Z][A-Z.’'-]+"
                           r"(?:\s+[A-Z][A-Z.’'-]+){0,3}):\s+(?=\S)")
"""``MR. O'NEILL: …`` / ``JANE DOE: …``: a transcript line, the speaker in capitals before a colon."""
TITLE_CASE_LABEL = re.compile(r"\s*(?P<name>(?:(?P<hon>Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|"
                              r"(?P<first>[A-Z][a-z’'-]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})):\s+(?=\S)")
"""``Lester Holt: …`` / ``Mr. Holt: …``: a transcript line labelled with a person's name in title case."""
_HOUSE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][\w’'-]+|Og|Mac|de|van|von|bin)){1,3}"
HOUSE_LABEL = re.compile(r"\s*(?:\d{1,3}\.\s+)?(?:(?P<post>(?:The\s+)?[A-Z][\w’'-]+(?:\s+(?:of|for|and|the|[A-Z][\w’'-]+)){0,9})"
                         r"\s+\((?P<name>" + _HOUSE_NAME + r")\)|(?P<member>" + _HOUSE_NAME + r")(?:\s+\([^()\n:]{2,40}\)){1,2}|"
                         r"(?P<chair>(?:The\s+|Mr\.?\s+|Madam\s+)(?:Deputy\s+|Acting\s+|Assistant\s+)?(?:Speaker|Presiding\s+Officer|"
                         r"Chair|Chairman|Chairwoman|Chairperson|President|Deputy\s+Chair|Clerk)))\s*:\s+(?=\S)")
"""A parliament's record (Hansard): ``The Minister of State for Transport (Jo Roe): …``, ``1. Jo Roe (Western Isles)
(Con): …``, ``The Deputy Presiding Officer: …``; the speaker is the ``name``, the ``member`` or the ``chair``."""
MIN_TITLE_CASE_LINES = 3
"""Title-case labels make a transcript only when this many paragraphs open with one, naming two people or more
(a single ``Jo Roe: …`` line is more often a caption, the same name over every line a list of titles)."""
_NOT_SPEAKER = {"READ MORE", "MORE", "RELATED", "UPDATE", "BREAKING", "WATCH", "NOTE", "EDITOR'S NOTE",
                "EDITOR’S NOTE", "CORRECTION", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "Q", "A", "QUESTION",
                "ANSWER", "ABSTRACT", "FULL TEXT", "SEE ALSO", "LISTEN", "UPDATED", "CLARIFICATION", "WARNING",
                "ADVERTISEMENT", "ALSO", "TOPICS", "TAGS", "CAPTION", "CREDIT"}
ROUNDUP_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?:,\s+[^:,“”\"‘’'\n]{2,90}){0,2}:\s*$")
"""``Jane Doe, The Daily Courier: '…'``, ``Jo Roe, superintendent of the Dry Creek district, one of the plaintiffs:``: a
name (and outlet or description) labelling the quotation that follows."""


def not_prose(text: str) -> bool:
    """A headline or a link line: ``READ MORE: …``, or a short title-cased line with no final punctuation."""
    if _LINK_LINE.match(text) or _CREDIT_LINE.match(text) or _PHOTO_CREDIT.search(text):
        return True
    if _ends_in_punct(text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 20:
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.7 * len(big)


MIN_HEADLINE_WORDS = 3
"""Capitalised words (not counting the small ones) that make a body's first line, title-cased, its headline
(``Anger Grows Over School Closures.``) whatever its end; a line further down needs the default five."""


def title_case_line(text: str, least: int = 5) -> bool:
    """A line inside a body with every word but the small ones capitalised (``least`` of them or more), verbs
    too, whatever its end: a subheading or a linked title (``Rubio Responds To Question By Saying We Need Fewer
    Philosophers.``). Prose lowers its verbs (``Senate Leader Jo Roe said Monday.``)."""
    if len(text) > 200 or _LOWER_WORD.search(text):
        return False  # (most paragraphs: a lower-case word of four letters or more)
    words = _WORD.findall(text)
    big = [w for w in words if w.lower() not in _SMALL]
    return len(words) <= 20 and len(big) >= least and all(w[0].isupper() for w in big)


_CLAUSE_BREAK = re.compile(r"[.!?,;]\s")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def link_title(text: str) -> bool:
    """A short line with no final punctuation and no quotation, inside a body (``Mayor says budget will
    balance``): the title of a linked story or a subheading, not a sentence of the article."""
    line = text.strip()
    return bool(line) and line[0].isupper() and not _ends_in_punct(line) and len(_WORD.findall(line)) <= 14 \
        and not any(ch in line for ch in "“”\"‘") and not _CLAUSE_BREAK.search(line)


def first_line_headline(text: str, paras: list[tuple[int, int]]) -> bool:
    """Is the body's first paragraph a headline: short, with no final punctuation, before more paragraphs
    (``Finnan says Irish can win group``, in sentence case as many outlets write titles)?"""
    if len(paras) < 2:
        return False
    line = text[paras[0][0]: paras[0][1]].strip()
    return bool(line) and not _ends_in_punct(line) and len(_WORD.findall(line)) <= 20 \
        and not _SENTENCE_BREAK.search(line) and line.count("“") == line.count("”") and line.count('"') % 2 == 0


def transcript_lines(body: str, paras: list[tuple[int, int]]) -> list[tuple[int, re.Match]]:
    """(paragraph index, label match) of each transcript line, when the article has at least two of them."""
    if ":" not in body:
        return []  # every label ends in a colon
    found = []
    for i, (s, e) in enumerate(paras):
        m = SPEAKER_LABEL.match(body, s, e) if body.find(":", s, e) >= 0 else None
        if m and m.group("name").strip(" .") not in _NOT_SPEAKER and len(m.group("name").strip(" .")) >= 2 \
                and any(c.islower() for c in body[m.end(): e]) and not _LINK_LINE.match(body[s:m.end()]):
            found.append((i, m))
    if len(found) >= 2:
        return _with_word_labels(body, paras, found) or found
    titled = []
    for i, (s, e) in enumerate(paras):
        m = TITLE_CASE_LABEL.match(body, s, e) if body.find(":", s, e) >= 0 else None
        if m and (m.group("hon") or first_name_gender(m.group("first"))) and any(c.islower() for c in body[m.end(): e]):
            titled.append((i, m))
        elif m is None and body.find(":", s, min(e, s + 160)) >= 0 and (m := HOUSE_LABEL.match(body, s, e)) \
                and any(c.islower() for c in body[m.end(): e]):
            titled.append((i, m))
    # an exchange: several lines and more than one voice (one name over every line is a list of titles)
    if len(titled) >= MIN_TITLE_CASE_LINES and len({label_of(m) for _, m in titled}) > 1:
        return titled
    return _with_word_labels(body, paras, titled + found)  # (labels of one word: "Yun-Park: …" / "Delorme-Star: …")


def label_of(m: re.Match) -> str:
    """The speaker's words of a transcript label's match."""
    got = m.groupdict()
    return got.get("name") or got.get("member") or got.get("chair") or ""


WORD_LABEL = re.compile(r"\s*(?P<name>[A-Z][a-z][\w’'-]{1,20}):\s+(?=\S)")
"""``Osei: …``, ``Yun-Park: …``: a transcript line labelled with one word, a surname (or an outlet, ``CBC:``, read by
``SPEAKER_LABEL``)."""
_FIRST_WORD_LABEL = re.compile(r"[ \t]*[A-Z][a-z][\w’'-]{1,20}:\s")
_LINE_WORD_LABEL = re.compile(r"\n" + _FIRST_WORD_LABEL.pattern)
"""A text's first line, or a line after a line break, opening with a word and a colon (searched from each line break,
which re skips to)."""
_NOT_WORD_LABEL = {w.title() for w in _NOT_SPEAKER} | {"Note", "Update", "Updated", "Editor", "Source", "Sources", "Photo",
                                                       "Warning", "Bottom", "Background", "Context", "Why", "What",
                                                       "When", "Where", "Who", "How", "Today", "Tonight", "Yesterday",
                                                       "Date", "Time", "Location", "Cost", "Tickets", "Details"}


def _with_word_labels(body: str, paras: list[tuple[int, int]], found: list[tuple[int, re.Match]]) -> list:
    """``found`` and the lines labelled with one word (``Osei: …``) taking turns with them: an exchange of two
    voices or more, each one-word label on two lines or more."""
    if ":" not in body or (_FIRST_WORD_LABEL.match(body) is None and _LINE_WORD_LABEL.search(body) is None):
        return []  # (no paragraph opens with a word and a colon)
    taken = {i for i, _ in found}
    words: dict[str, list[tuple[int, re.Match]]] = {}
    for i, (s, e) in enumerate(paras):
        if i in taken or body.find(":", s, min(e, s + 24)) < 0:
            continue
        m = WORD_LABEL.match(body, s, e)
        if m and m.group("name") not in _NOT_WORD_LABEL and any(c.islower() for c in body[m.end(): e]):
            words.setdefault(m.group("name"), []).append((i, m))
    got = [x for lines in words.values() if len(lines) >= 2 for x in lines]
    voices = len({label_of(m) for _, m in found}) + len({m.group("name") for _, m in got})
    if not got or voices < 2 or len(found) + len(got) < 4:
        return []
    return sorted(found + got, key=lambda x: x[0])


_VOWELS = frozenset("AEIOUY")


def label_name(label: str) -> str:
    """``MR. O'NEILL`` -> ``Mr. O'Neill``: a transcript label as a name."""
    if not label.isupper() or (label.isalpha() and len(label) <= 4 and not _VOWELS.intersection(label)):
        return label  # written in title case already ("Jo McRoe"), or an outlet's initials ("CBC", not "KIM")
    out = []
    for w in label.split():
        parts = re.split(r"([’'-])", w)
        out.append("".join(p[:1].upper() + p[1:].lower() if p.isalpha() else p for p in parts))
    return " ".join(out)


CAPS_RUN = re.compile(r"(?<![\w’'-])[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'.-]*[A-Z])+(?![\w’'-])")
"""Two or more words in capitals (``KAREN DOYLE``)."""


_CAPS_WORD = re.compile(r"\S+")


def _title_word(m: re.Match) -> str:
    """One word of a name in capitals in title case; initials (``FC``, ``NHS``: no vowel) stay."""
    w = m.group()
    return w if not _VOWELS.intersection(w) else label_name(w)


def caps_name(np: str) -> str:
    """``organiser KAREN DOYLE`` -> ``organiser Karen Doyle``: a name in capitals that opens with a first name, in
    title case word by word (the same length and spacing, so offsets hold); initials (``CHELSEA FC``) and outlets
    (``BBC NEWS``) stay."""
    return CAPS_RUN.sub(lambda m: _CAPS_WORD.sub(_title_word, m.group()) if first_name_gender(m.group().split()[0])
                        else m.group(), np)
