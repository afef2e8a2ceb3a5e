"""A story body a page splits over sibling blocks of one name, joined before extraction.

Some templates close the article's body block around every ad slot or link box and open another of the
same name after it (``<div class="article-body__content">`` three times, with 'Advertisement' and a
'Read more' box between). Trafilatura reads the first block whose name says "article body" and stops
there: the story after the first ad was lost. Here the siblings from the first such block to the last
go into one block of that name, in their order, so the whole story is read; what stood between them is
inside it, for the extractor's own furniture rules (and Briefing's) to judge.
"""

from __future__ import annotations

import re

_BODY_NAME = re.compile(
    r"(?:entry|article|art|post|page|story|text)[-_]?(?:content|body|text)|article__(?:content|body)|articleBody|"
    r"ArticleContent|body-text|story-?body|rich-?text-?(?:story-?)?body", re.IGNORECASE)
"""Class names of an article's text block, as trafilatura looks for them."""
_CLASS = re.compile(r"<(?:div|section|article)\b[^>]*?\bclass\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def _candidates(html: str) -> set[str]:
    """Class values of body blocks that occur more than once in ``html``."""
    seen: dict[str, int] = {}
    for m in _CLASS.finditer(html):
        if _BODY_NAME.search(m[1]):
            seen[m[1]] = seen.get(m[1], 0) + 1
    return {c for c, n in seen.items() if n > 1}


def join_split_body(html: str) -> str:
    """``html`` with the first article-body block and its same-named siblings in one block (unchanged when
    the body is one block, or when parsing fails)."""
    names = _candidates(html)
    if not names:
        return html
    try:
        import lxml.html

        doc = lxml.html.document_fromstring(html)
    except Exception:  # (an empty or unparsable document: the extractor judges it as it is)
        return html
    for el in doc.iter("div", "section", "article"):
        cls = el.get("class")
        if cls not in names:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        same = [c for c in parent if c.tag == el.tag and c.get("class") == cls]
        if len(same) < 2:
            return html  # the first body block has no sibling of its name: nothing is split
        start, end = parent.index(same[0]), parent.index(same[-1])
        block = lxml.html.Element(el.tag, {"class": cls})
        for child in list(parent[start:end + 1]):
            block.append(child)  # (moves it, with its tail)
        parent.insert(start, block)
        return lxml.html.tostring(doc, encoding="unicode")
    return html
