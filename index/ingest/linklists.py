"""Exports of read-later services that list saved links, not articles: Pocket's ``ril_export.html``,
Instapaper's HTML export. Read as a page they would make one article of link titles; they are skipped, saying
what they are and how to read the articles they list."""

from __future__ import annotations

import re

from .decode import Unusable

_EXPORT_TITLE = re.compile(r"<title>\s*(Pocket Export|Instapaper: Export|Raindrop\.io Bookmarks|Omnivore Export)\s*</title>",
                           re.IGNORECASE)
_POCKET_LINK = re.compile(r"<a\s[^<>]*\btime_added=", re.IGNORECASE)
HEAD_CHARS = 4096
"""An export's title is looked for within the file's first characters."""


def saved_links_export(html: str) -> str | None:
    """The read-later service whose list of saved links ``html`` is, else None."""
    m = _EXPORT_TITLE.search(html[:HEAD_CHARS])
    if m:
        return m[1].split(":")[0].split(" ")[0]
    return "Pocket" if "<h1>Unread</h1>" in html[:HEAD_CHARS] and _POCKET_LINK.search(html[:HEAD_CHARS * 4]) else None


def refuse_saved_links(html: str) -> None:
    """Raise :class:`.decode.Unusable` for a read-later service's list of links (see the module)."""
    service = saved_links_export(html)
    if service:
        raise Unusable("empty", f"{'an' if service[0] in 'AEIOU' else 'a'} {service} export: a list of saved links, not their articles (add each page "
                                "with 'briefing add URL', or save the pages themselves)")
