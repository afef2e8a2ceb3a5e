"""Pages saved from a web archive's copy: the archive's own toolbar and metadata out, the page's address in.

archive.today (archive.ph, archive.is, archive.li, …) serves a capture with its own ``<head>`` (its site name,
the capture's time as ``article:published_time``, its short link as ``og:url``) and a toolbar ('archive.today
webpage capture', 'Saved from', 'All snapshots from host …') above the page, in ``<div id="HEADER">``; the
page's address is in its ``canonical``/``bookmark`` link
(``https://archive.ph/2024.03.05-154512/https://site.example/…``) and in the toolbar's 'Saved from' field.
The Wayback Machine's toolbar is a marked block (``BEGIN WAYBACK TOOLBAR INSERT``).
"""

from __future__ import annotations

import re
from html import escape, unescape

ARCHIVE_TODAY_HOSTS = r"archive\.(?:today|ph|is|li|vn|fo|md)"
ARCHIVE_TODAY = re.compile(rf"^https?://(?:www\.)?{ARCHIVE_TODAY_HOSTS}/(?:\d{{14}}|\d{{4}}\.\d\d\.\d\d-\d{{6}})/"
                           r"(https?://.+)$", re.IGNORECASE)
"""A capture's address on archive.today, with the page's own address after its time."""

_WAYBACK_BEGIN = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->", re.IGNORECASE)
_WAYBACK_END = re.compile(r"<!--\s*END WAYBACK TOOLBAR INSERT\s*-->", re.IGNORECASE)
"""The marks around the Wayback Machine's toolbar in a page saved from the archive ('The Wayback Machine',
'1,204 captures')."""


def _without_wayback_toolbar(html: str) -> str:
    """``html`` without the Wayback Machine's toolbars: each from a begin mark to the next end mark (a begin
    mark with no end after it is left, and nothing is searched twice)."""
    if "wayback" not in html.lower():
        return html
    kept, at = [], 0
    while (begin := _WAYBACK_BEGIN.search(html, at)) and (end := _WAYBACK_END.search(html, begin.end())):
        kept.append(html[at:begin.start()])
        at = end.end()
    return "".join(kept) + html[at:] if kept else html

_SIGN = re.compile(rf"""<(?:link|meta)\b[^<>]*?["']https?://(?:www\.)?{ARCHIVE_TODAY_HOSTS}/""", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_OWN_REL = re.compile(r"""\brel\s*=\s*["']?(?:canonical|bookmark)\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'<>\s]+)""", re.IGNORECASE)
_SAVED_FROM = re.compile(r"""Saved from.{0,600}?<input\b[^<>]*?\bvalue\s*=\s*["'](https?://[^"'<>\s]+)""",
                         re.IGNORECASE | re.DOTALL)
_HEADER = re.compile(r"""<div\b[^<>]*?\bid\s*=\s*["']?HEADER\b""", re.IGNORECASE)
_CONTENT = re.compile(r"""<div\b[^<>]*?\bid\s*=\s*["']?CONTENT\b""", re.IGNORECASE)
_HEAD_TAGS = re.compile(r"<(?:meta|link)\b[^<>]*>", re.IGNORECASE)
_KEPT_META = re.compile(r"""\b(?:charset|http-equiv)\b""", re.IGNORECASE)
HEAD_SCAN = 20_000
"""The archive's ``<head>`` is looked for within the page's first characters."""


def archive_today_source(html: str) -> str | None:
    """The page's own address when ``html`` is a capture saved from archive.today, else None."""
    head = html[:HEAD_SCAN]
    if not _SIGN.search(head):
        return None
    for link in _LINK.finditer(head):  # the capture's own address: its canonical or bookmark link
        href = _HREF.search(link[0]) if _OWN_REL.search(link[0]) else None
        inner = ARCHIVE_TODAY.match(unescape(href[1])) if href else None
        if inner:
            return inner[1]
    header = _HEADER.search(html)
    found = _SAVED_FROM.search(html, header.start(), header.start() + HEAD_SCAN) if header else None
    return unescape(found[1]) if found else None


def without_archive_frame(html: str) -> str:
    """``html`` without an archive's toolbar; a capture from archive.today also without the archive's
    ``<head>`` metadata (its name, the capture's time, its short link), the page's address given as its
    canonical link instead."""
    html = _without_wayback_toolbar(html)
    source = archive_today_source(html)
    if source is None:
        return html
    end = html.lower().find("</head>", 0, HEAD_SCAN)
    if end >= 0:
        head = _HEAD_TAGS.sub(lambda m: m[0] if _KEPT_META.search(m[0]) else "", html[:end])
        head = _ARCHIVE_IN_TITLE.sub("</title>", head, count=1)
        html = f'{head}<link rel="canonical" href="{escape(source)}">{html[end:]}'
    header = _HEADER.search(html)
    if header:
        content = _CONTENT.search(html, header.end())
        end = content.start() if content else _block_end(html, header.start())
        html = html[:header.start()] + html[end:]
    return html


_ARCHIVE_IN_TITLE = re.compile(rf" ?[|\u2013\u2014-] ?{ARCHIVE_TODAY_HOSTS} ?</title>", re.IGNORECASE)
"""The archive's name after the page's title ('… | archive.ph')."""
_DIV_TAG = re.compile(r"<(/?)div\b", re.IGNORECASE)


def _block_end(html: str, start: int) -> int:
    """Where the ``<div>`` opened at ``start`` closes (the page's end when it never does)."""
    depth = 0
    for m in _DIV_TAG.finditer(html, start):
        depth += -1 if m[1] else 1
        if depth == 0:
            close = html.find(">", m.end())
            return len(html) if close < 0 else close + 1
    return len(html)
