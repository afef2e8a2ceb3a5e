"""Plain-text articles: headline, byline, dateline and credit lines give the metadata."""

from __future__ import annotations

import re
from typing import Any

from ..quotes.sentences import ABBREVIATIONS
from .byline import ORG_WORDS, byline_author, parse_byline, role_byline, split_byline
from .fields import parse_date

_HEADLINE_END = tuple(".!:;,")
_QUOTE_CHARS = "\"'”’“‘»«"
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z0-9 .,'’/-]{1,60}?\s*\(([A-Z][A-Za-z&.' ]{0,38}[A-Za-z.])\)\s*[-–—]{1,2}\s")
_CREDIT = re.compile(
    r"^(?:©\s*|Copyright\s+|\(c\)\s*)?(?:\d{4}\s+)?([A-Z][\w&.'’ -]{1,48}?)\s*(?:,\s*|\s+)"
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing|contributions?|contributed)\b",
    re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|Copyright|\(c\))\s*(?:\d{4}\s+)?([A-Z][\w&.'’ -]{1,48}?)\.?\s*$", re.IGNORECASE)
_REPORTING_BY = re.compile(r"^\(?(?:Reporting|Writing|Editing)\s+by\s+", re.IGNORECASE)
_STATES = {"ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "mich", "minn",
           "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "wis", "wyo", "n.y", "n.j", "n.c", "s.c",
           "d.c", "n.h", "n.m", "r.i", "w.va"}
TITLE_ABBREVIATIONS = ABBREVIATIONS | _STATES
"""Words whose full stop does not end a headline or a sentence ('State Dept.', 'Sen.', 'Ariz.')."""
_CAPTION = re.compile(
    r"\((?:AP |Reuters |AFP )?Photo\b|\bPhoto(?:graph)?(?: by)?:|\b(?:Image|Picture|Credit)(?: by)?:|Getty Images|"
    r"/(?:AP|AFP|Reuters|Bloomberg|EPA|Shutterstock)\b|\bvia Getty\b|\bFile photo\b|\bpictured\b",
    re.IGNORECASE)
_NOTE = re.compile(r"^(?:\(?This (?:article|story|report) (?:has been|was|is)\b|Updated?\b|Correction\b|"
                   r"Editor[’']?s note\b|Clarification\b|\[?Photo|Photograph\b|Image\b|Top image\b|"
                   r"Follow (?:us|\w+ on)\b|Read more\b|Related\b|Sign up\b)", re.IGNORECASE)
_NAME_JOINERS = {"and", "of", "the", "&", "de", "for", "la", "del", "van", "von"}


def ends_with_abbreviation(line: str) -> bool:
    """True when ``line`` ends with an abbreviation's full stop ('… State Dept.', '… U.S.') or an initial."""
    if not line.endswith("."):
        return False
    word = line[:-1].rsplit(None, 1)[-1].lower().lstrip("(\"“‘'") if line[:-1].strip() else ""
    return word in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isalpha()) \
        or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def is_caption(line: str) -> bool:
    """A photo caption or credit ('… (Photo by Jane Doe/Getty Images)', 'Photo: AP')."""
    if line.isascii() and ":" not in line and "/" not in line:  # every pattern needs one of these
        low = line.lower()
        if "photo" not in low and "getty" not in low and "pictured" not in low:
            return False
    return bool(_CAPTION.search(line))


def _outlet_like(name: str, person_ok: bool) -> bool:
    """A credit's name is an outlet: capitalised words (joiners allowed), not a person's name."""
    words = name.split()
    if not words or not all(w[0].isupper() or w.lower() in _NAME_JOINERS or w[0].isdigit() for w in words):
        return False
    if words[0].lower() in ("this", "that", "it", "these", "his", "her", "their"):
        return False
    looks_person = 2 <= len(words) <= 3 and not any(w.lower().strip(".,") in ORG_WORDS for w in words)
    return person_ok or not looks_person


def split_headline(text: str) -> tuple[str | None, str, int]:
    """Split off a first line that looks like a headline (a photo caption before it is skipped).

    Returns ``(headline or None, body, offset of body in text)``.
    """
    lead = len(text) - len(text.lstrip("\ufeff"))
    start = lead
    for _ in range(2):  # the first line, or the line after a caption
        first, sep, rest = text[start:].partition("\n")
        line = first.strip()
        if not sep or not line or not rest.strip():
            return None, text, 0
        if is_caption(line):
            start += len(first) + 1
            while start < len(text) and text[start] in "\n \t":
                start += 1
            continue
        alone = not rest.partition("\n")[0].strip()  # a blank line follows: the line is a paragraph of its own
        if not (_looks_like_headline(line) or (alone and _full_stop_headline(line))):
            return None, text, 0
        body_start = start + len(first) + 1
        while body_start < len(text) and text[body_start] in "\n \t":
            body_start += 1
        return line, text[body_start:], body_start
    return None, text, 0


def _looks_like_headline(line: str) -> bool:
    end = line.rstrip(_QUOTE_CHARS)
    return (
        len(line) <= 220
        and (not end.endswith(_HEADLINE_END) or ends_with_abbreviation(end))
        and not (line.endswith("?") and len(line) > 140)
        and len(line.split()) >= 2
        and not line.startswith(("By ", "—", "-")) and not byline_author(line)
    )


def _full_stop_headline(line: str) -> bool:
    """A headline that ends with a full stop or an ellipsis ('Markets rally as inflation cools.', 'Rivals of
    the £400 Apple...'): one short sentence, not a quotation, that would be a headline without its stop.

    (The caller asks for a paragraph of its own: a first line followed by more text is the lede.) A line
    the metadata is read from stays in the body (see :func:`_metadata_line`).
    """
    end = line.rstrip(_QUOTE_CHARS)
    if not end.endswith((".", "…")) or (line[0] in _QUOTE_CHARS and end != line) or _metadata_line(line):
        return False
    core = end.rstrip(".…").rstrip()
    if len(core.split()) > 14 or len(core) > 120 or ends_with_abbreviation(end):
        return False
    for m in re.finditer(r"[.!?](?=\s)", core):  # a second sentence: a lede, not a headline
        if not (m.group() == "." and ends_with_abbreviation(core[: m.end()])):
            return False
    return _looks_like_headline(core)


def _metadata_line(line: str) -> bool:
    """A byline, dateline, date, credit, copyright or editor's note ('Nadia Marsh, Staff Writer.',
    'Posted on 3 March 2016.', 'Copyright 2016 Reuters.'): read for the metadata, never a headline."""
    return bool(parse_byline(line) or role_byline(line) or _DATELINE.match(line) or parse_date(line)
                or _CREDIT.match(line) or _COPYRIGHT.match(line) or _REPORTING_BY.match(line) or _NOTE.match(line))


def first_sentence_title(body: str, limit: int = 110) -> str:
    """A title made from the start of the body when the article has no headline (captions skipped)."""
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    para = next((p for p in paras if not is_caption(p)), paras[0] if paras else "")
    sentence = para
    for m in re.finditer(r"(?<=[a-z0-9)”\"])[.!?](?=\s|$)", para):
        if m.group() == "." and ends_with_abbreviation(para[: m.end()]):
            continue
        sentence = para[: m.start() + 1]
        break
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def detect_metadata(body: str, byline_outlet: str | None = None) -> dict[str, Any]:
    """Source, author and date from bylines, datelines ('LONDON (Reuters) -') and credit lines.

    ``byline_outlet`` (from a byline already taken out of the body) is the source unless a dateline names one.
    """
    meta: dict[str, Any] = {}
    head, tail = _edge_lines(body)
    for ln in head:
        author = byline_author(ln)
        if author and "author" not in meta:
            meta["author"] = author
        m = _DATELINE.match(ln)
        if m and "source" not in meta:
            meta["source"] = m[1].strip()
    if byline_outlet and "source" not in meta:
        meta["source"] = byline_outlet
    for ln in reversed(tail):
        if "source" in meta:
            break
        if len(ln) > 160 or _NOTE.match(ln) or is_caption(ln) or byline_author(ln):
            continue  # update notes, photo credits and bylines at the end are not the source
        m = _CREDIT.match(ln) or _COPYRIGHT.match(ln)
        if m and not m[1].lower().startswith(("with", "additional", "by")) \
                and _outlet_like(m[1].strip(), person_ok=m.re is _COPYRIGHT or ", " in ln[: m.end()]):
            meta["source"] = m[1].strip()
        elif _REPORTING_BY.match(ln):
            meta["source"] = "Reuters"
    for ln in head[:3] + tail[-2:]:
        if len(ln) < 120:
            d = parse_date(ln)
            if d:
                meta["date"] = d
                break
    return meta


def _edge_lines(body: str) -> tuple[list[str], list[str]]:
    """The first 4 and the last 5 non-blank lines of ``body`` (stripped), without splitting all of it."""
    head: list[str] = []
    pos = 0
    while len(head) < 4:
        end = body.find("\n", pos)
        line = (body[pos:] if end < 0 else body[pos:end]).strip()
        if line:
            head.append(line)
        if end < 0:
            break
        pos = end + 1
    tail: list[str] = []
    end = len(body)
    while len(tail) < 5:
        start = body.rfind("\n", 0, end)
        line = body[start + 1:end].strip()
        if line:
            tail.append(line)
        if start < 0:
            break
        end = start
    tail.reverse()
    return head, tail


def parse_text(text: str, *, use_headline: bool = True) -> dict[str, Any]:
    """Title, body and detected metadata of a plain-text article (a byline at the top moves to the author).

    ``use_headline=False`` (a sidecar gives the metadata) keeps the whole text as the body.
    """
    headline, body, _ = split_headline(text) if use_headline else (None, text, 0)
    byline, body = split_byline(body) if use_headline else (None, body)
    meta = detect_metadata(body, byline.outlet if byline else None)
    if byline:
        meta["author"] = byline.author
    meta["title"] = headline or first_sentence_title(body)
    meta["body"] = body
    return meta
