"""Inline HTML an extractor mishandles, rewritten before extraction: ``<q>``, ``<time>`` in a paragraph,
the clock times of a live blog's entries."""

from __future__ import annotations

import re

_Q_OPEN = re.compile(r"<q(?:\s[^<>]*)?>", re.IGNORECASE)
_Q_CLOSE = re.compile(r"</q\s*>", re.IGNORECASE)


def inline_quotes(html: str) -> str:
    """``<q>`` elements as the quotation marks a browser draws around them ('said <q>we</q>' → 'said “we”'):
    an extractor would drop the marks and break the paragraph at the element."""
    if "<q" not in html and "<Q" not in html:
        return html
    return _Q_CLOSE.sub("\u201d", _Q_OPEN.sub("\u201c", html))


_TIME_OPEN = re.compile(r"<time\b", re.IGNORECASE)
_P_OPEN = re.compile(r"<p[\s>]", re.IGNORECASE)


def time_as_text(html: str) -> str:
    """``<time>`` inside a paragraph as plain inline text: trafilatura drops the element's words
    ('met on <time>Tuesday</time> to' → 'met on to'). Elsewhere (bylines, headers) it stays a date."""
    if "<time" not in html and "<TIME" not in html:
        return html
    low, out, pos = html.lower(), [], 0
    for m in _TIME_OPEN.finditer(html):
        if m.start() < pos or not _in_paragraph(html, m.start()):
            continue
        close = low.find("</time", m.end())
        if close < 0:
            break
        out += [html[pos:m.start()], "<span", html[m.end():close], "</span"]
        pos = close + len("</time")
    return "".join(out) + html[pos:]


_CLOCK_TIME = re.compile(r"<time\b[^>]*>\s*(?:<[^>]{0,200}>\s*)*(\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?)"
                         r"\s*(?:<[^>]{0,200}>\s*)*</time\s*>", re.IGNORECASE)
_NEXT_P = re.compile(r"<p(?:\s[^>]*)?>", re.IGNORECASE)


def _in_paragraph(html: str, at: int) -> bool:
    """True when position ``at`` is inside an open ``<p>``."""
    low = html[max(0, at - 4000):at].lower()
    opened = max((p.start() for p in _P_OPEN.finditer(low)), default=-1)
    return opened >= 0 and low.rfind("</p", opened) < 0


def entry_times(html: str) -> str:
    """A live blog's entry times ('<time>14:02</time>' above each entry, three or more) written at the
    start of the entry's first paragraph ('14:02 – The chancellor …'): extractors drop the bare times."""
    if "<time" not in html and "<TIME" not in html:
        return html
    found = list(_CLOCK_TIME.finditer(html))
    if len(found) < 3:  # one time at the top of a page is when it was published, not an entry's
        return html
    out, pos = [], 0
    for n, m in enumerate(found):
        limit = found[n + 1].start() if n + 1 < len(found) else min(len(html), m.end() + 3000)
        p = _NEXT_P.search(html, m.end(), limit)
        if p is None or m.start() < pos or _in_paragraph(html, m.start()):
            continue
        out += [html[pos:p.end()], f"{m[1]} \u2013 "]
        pos = p.end()
    return "".join(out) + html[pos:]


_BLOCKQUOTE = re.compile(r"<blockquote\b[^>]*>\s*(?:<p\b[^>]*>)?([^<]{10,3000}?)(?:</p\s*>)?\s*</blockquote\s*>",
                         re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def statement_quotes(html: str) -> str:
    """A one-paragraph ``<blockquote>`` introduced by a paragraph that ends with a colon ('In a statement, the
    company said:') written with the quotation marks it stands for, so the statement is found as a quote
    of the one introducing it. A blockquote already in quotation marks, or not so introduced, is left as
    it is."""
    if "<blockquote" not in html and "<BLOCKQUOTE" not in html:
        return html
    out, pos = [], 0
    for m in _BLOCKQUOTE.finditer(html):
        words = m[1].strip()
        before = _TAG.sub(" ", html[max(0, m.start() - 400):m.start()]).rstrip()
        if not words or words[0] in _QUOTE_MARKS or not before.endswith(":"):
            continue
        out += [html[pos:m.start()], f"<p>\u201c{words}\u201d</p>"]
        pos = m.end()
    return "".join(out) + html[pos:]
