"""jusText's paragraph text made once per paragraph, not once per question asked of it.

trafilatura compares its text with jusText's on pages it finds 'unclean' (a live blog's entries, a long
thread). jusText's ``Paragraph.text`` joins and re-normalises the paragraph's text nodes each time it is read,
and its classifier reads it five times or more per paragraph: on a 1 MB page that was 40 % of the page's
reading. The text is kept with the number of nodes it was made from (nodes are only ever appended), so a
paragraph gives exactly the text it gave before. Its whitespace normaliser calls a Python function for each run
of spaces; the text is split at its line breaks and spaces and joined instead, to the same string.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"[\n\r]")
BREAK_SHARE = 16
"""A text with a line break in more than one of this many characters is normalised as jusText does it."""


def _run(spaces: str) -> str:
    """What jusText writes for a run of spaces: '\\n' when it holds a line break, else ' ' ('' for none)."""
    return "" if not spaces else "\n" if "\n" in spaces or "\r" in spaces else " "


def cache_paragraph_text() -> bool:
    """Make ``justext.paragraph.Paragraph.text`` read its nodes once per change; True when it now does."""
    try:
        from justext.paragraph import Paragraph
    except Exception:  # (not installed, or a version without it: nothing to do)
        return False
    made = Paragraph.__dict__.get("text")
    if getattr(made, "fget", None) is not None and getattr(made.fget, "cached_nodes", False):
        return True
    if not isinstance(made, property) or made.fget is None:
        return False
    plain = made.fget

    def text(self):
        nodes = self.__dict__.get("text_nodes")
        kept = self.__dict__.get("_text_of_nodes")
        if kept is not None and nodes is not None and kept[0] is nodes and kept[1] == len(nodes):
            return kept[2]
        value = plain(self)
        if isinstance(nodes, list):
            self.__dict__["_text_of_nodes"] = (nodes, len(nodes), value)
        return value

    text.cached_nodes = True  # type: ignore[attr-defined]
    Paragraph.text = property(text, doc=made.__doc__)
    return True


def fast_whitespace() -> bool:
    """Make jusText's ``normalize_whitespace`` replace each run of spaces in a text without line breaks by one
    space and each run holding '\\n' or '\\r' by '\\n' (as it did), splitting and joining instead of calling a
    function for each run; True when it now does."""
    try:
        from justext import paragraph, utils
    except Exception:
        return False
    plain = utils.normalize_whitespace
    if getattr(plain, "fast", False):
        return True
    if getattr(paragraph, "normalize_whitespace", None) is not plain:
        return False

    def normalize_whitespace(text):
        if "\n" not in text and "\r" not in text:
            words = " ".join(text.split())  # (str.split and the pattern's \s split at the same characters)
            if not words:
                return " " if text else ""
            return (" " if text[0].isspace() else "") + words + (" " if text[-1].isspace() else "")
        if (text.count("\n") + text.count("\r")) * BREAK_SHARE > len(text):
            return plain(text)  # (mostly line breaks: no fewer runs than lines)
        # a run of spaces that holds a line break is one '\n': the lines' words, joined by '\n'
        words = "\n".join(line for line in (" ".join(part.split()) for part in _BREAK.split(text)) if line)
        if not words:
            return "\n"
        return _run(text[:len(text) - len(text.lstrip())]) + words + _run(text[len(text.rstrip()):])

    normalize_whitespace.fast = True  # type: ignore[attr-defined]
    utils.normalize_whitespace = paragraph.normalize_whitespace = normalize_whitespace
    return True
