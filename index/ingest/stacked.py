"""Pages holding several whole articles one after another (a site's "next article" loaded by scrolling,
then saved by the browser): only the page's own article is its text."""

from __future__ import annotations

import re

MIN_WORDS = 60
"""An ``<article>`` with fewer words is a teaser or a card, not a whole article."""


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def own_article(html: str, titles: list[str]) -> str | None:
    """The page reduced to its own ``<article>`` (its head kept) when it holds two or more whole articles
    with their own headlines, one of which the page's titles name; else None."""
    if html.lower().count("<article") < 2:
        return None
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # the page is read whole, as before
        return None
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    whole = []
    for art in root.iter("article"):
        if any(a.tag == "article" for a in art.iterancestors()):
            continue
        heads = art.xpath(".//h1|.//h2")
        if heads and len(art.text_content().split()) >= MIN_WORDS:
            whole.append((art, _key(heads[0].text_content())))
    if len(whole) < 2:
        return None
    keys = [_key(t) for t in titles if t]
    own = next((a for a, h in whole if h and any(h in k or k in h for k in keys if k)), None)
    if own is None:  # no headline is the page's: which article is its own is not known, read it whole
        return None
    head = root.find("head")
    head_html = etree.tostring(head, encoding="unicode", method="html") if head is not None else ""
    return (f"<html>{head_html}<body>{etree.tostring(own, encoding='unicode', method='html')}</body></html>")
