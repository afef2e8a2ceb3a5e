"""A page saved from a browser's source view ('view-source:' then 'Save As'): the page's markup shown as text, one
numbered line a table row (Chrome: ``<td class="line-content">``) or a line of one ``<pre>`` (Firefox: ``<body
id="viewsource">``), coloured by spans. The page is read from that text, as if it had been saved itself."""

from __future__ import annotations

import re
from html import unescape

SNIFF_CHARS = 4000
"""A source view marks itself within this many characters of its start."""
_CHROME_CELL = '<td class="line-content">'
_FIREFOX = re.compile(r"<body[^>]*\bid=[\"']viewsource[\"']", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


def source_of_view(html: str) -> str | None:
    """The markup a saved source view shows (see the module), or None when ``html`` is no source view."""
    head = html[:SNIFF_CHARS]
    if _CHROME_CELL in head and "line-number" in head:
        lines, at = [], html.find(_CHROME_CELL)
        while at >= 0:
            start = at + len(_CHROME_CELL)
            end = html.find("</td>", start)
            if end < 0:
                break
            lines.append(html[start:end])
            at = html.find(_CHROME_CELL, end)
        shown = "\n".join(lines)
    elif _FIREFOX.search(head):
        start = html.find("<pre", _FIREFOX.search(head).end())
        end = html.rfind("</pre>")
        if start < 0 or end < start:
            return None
        shown = html[html.find(">", start) + 1:end]
    else:
        return None
    source = unescape(_TAG.sub("", shown))
    return source if "<" in source else None
