"""jusText's paragraph text made once per paragraph, not once per question asked of it.

trafilatura compares its text with jusText's on pages it finds 'unclean' (a live blog's entries, a long
thread). jusText's ``Paragraph.text`` joins and re-normalises the paragraph's text nodes each time it is read,
and its classifier reads it five times or more per paragraph: on a 1 MB page that was 40 % of the page's
reading. The text is kept with the number of nodes it was made from (nodes are only ever appended), so a
paragraph gives exactly the text it gave before.
"""

from __future__ import annotations


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
