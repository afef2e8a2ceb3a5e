"""Text a page writes for screen readers only ('(opens in a new tab)', 'External link', 'Image caption,'):
a reader of the page never sees it, so the article's text leaves it out."""

from __future__ import annotations

import re

_HIDDEN = re.compile(
    r"<(\w+)\b[^>]*?\bclass\s*=\s*(?:\"[^\"]*|'[^']*)\b(?:sr-only|sr-text|visually-?hidden|screen-?reader-(?:text|only)|"
    r"a11y-hidden|u-hidden-visually|hidden-visually|element-invisible|offscreen)\b[^>]*>[^<]{0,200}</\1\s*>",
    re.IGNORECASE)
"""An element of text only (no markup inside) whose class hides it from sight (Bootstrap's ``sr-only``,
``visually-hidden``, WordPress's ``screen-reader-text``, Drupal's ``element-invisible``)."""


def without_hidden_text(html: str) -> str:
    """``html`` without its screen-reader-only text elements; a page with none is returned as it is."""
    low = html.lower()
    if not any(k in low for k in ("sr-only", "sr-text", "hidden", "screen-reader", "screenreader", "invisible",
                                  "offscreen")):
        return html
    return _HIDDEN.sub("", html)
