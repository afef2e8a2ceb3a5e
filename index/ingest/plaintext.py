"""Plain-text articles: headline, byline, dateline and credit lines give the metadata."""

from __future__ import annotations

import re
from typing import Any

from .fields import parse_date

_HEADLINE_END = tuple(".!:;,")
_QUOTE_CHARS = "\"'”’“‘»«"
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|and|&)){0,5})\s*(?:,.*)?$")
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .,'’/-]{1,60}?\s*\(([A-Z][A-Za-z&.' ]{0,38}[A-Za-z.])\)\s*[-–—]{1,2}\s")
_CREDIT = re.compile(
    r"^(?:©\s*|Copyright\s+|\(c\)\s*)?(?:\d{4}\s+)?([A-Z][\w&.'’ -]{1,48}?)\s*(?:,\s*|\s+)"
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing|contributions?|contributed)\b",
    re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|Copyright|\(c\))\s*(?:\d{4}\s+)?([A-Z][\w&.'’ -]{1,48}?)\.?\s*$", re.IGNORECASE)
_REPORTING_BY = re.compile(r"^\(?(?:Reporting|Writing|Editing)\s+by\s+", re.IGNORECASE)


def split_headline(text: str) -> tuple[str | None, str, int]:
    """Split off a first line that looks like a headline.

    Returns ``(headline or None, body, offset of body in text)``.
    """
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    lead = len(text) - len(text.lstrip("\ufeff"))
    line = first.strip()
    if not sep or not line or not rest.strip():
        return None, text, 0
    looks = (
        len(line) <= 220
        and not line.rstrip(_QUOTE_CHARS).endswith(_HEADLINE_END)
        and not (line.endswith("?") and len(line) > 140)
        and len(line.split()) >= 2
        and not line.startswith(("By ", "—", "-"))
    )
    if not looks:
        return None, text, 0
    body_start = lead + len(first) + 1
    while body_start < len(text) and text[body_start] in "\n \t":
        body_start += 1
    return line, text[body_start:], body_start


def first_sentence_title(body: str, limit: int = 110) -> str:
    """A title made from the start of the body when the article has no headline."""
    para = body.strip().split("\n", 1)[0].strip()
    m = re.search(r"(?<=[a-z0-9)”\"])[.!?](?=\s|$)", para)
    sentence = para[: m.start() + 1] if m else para
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def detect_metadata(body: str) -> dict[str, Any]:
    """Source, author and date from bylines, datelines ('LONDON (Reuters) -') and credit lines."""
    meta: dict[str, Any] = {}
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    head, tail = lines[:4], lines[-3:]
    for ln in head:
        m = _BYLINE.match(ln)
        if m and "author" not in meta:
            meta["author"] = m[1].strip()
        m = _DATELINE.match(ln)
        if m and "source" not in meta:
            meta["source"] = m[1].strip()
    for ln in reversed(tail):
        if "source" in meta:
            break
        if len(ln) > 160:
            continue
        m = _CREDIT.match(ln) or _COPYRIGHT.match(ln)
        if m and not m[1].lower().startswith(("with", "additional", "by")):
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


def parse_text(text: str, *, use_headline: bool = True) -> dict[str, Any]:
    """Title, body and detected metadata of a plain-text article."""
    headline, body, _ = split_headline(text) if use_headline else (None, text, 0)
    meta = detect_metadata(body)
    meta["title"] = headline or first_sentence_title(body)
    meta["body"] = body
    return meta
