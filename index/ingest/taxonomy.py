"""A page's taxonomy line: the tags, categories or topics a CMS lists under (or inside) a story's text
('Categories: Politics, Local News', 'Tags: parking | council', 'Filed under: Mr. Smith, U.S. politics',
'Schlagwörter: Berlin, Verkehr', 'Mots-clés : transports'); a sentence that opens with such a word ('Categories of
spending rose…', 'Topics: what the council will discuss next week') is text.

A label that is only a CMS's word ('Tags', 'Filed under', 'Schlagwörter') makes the line furniture wherever it
stands, however many tags. A label that is an ordinary word too ('Labels', 'Categories', 'Topics', 'Etiquetas')
opens a story's own short lines as well ('Labels: Organic, Fair Trade' in a story about coffee): such a line is
furniture only where its context says so (see :func:`is_taxonomy_line`'s ``sure``): outside the story's text (above
its first sentence or below its last), its items links, or its element named for the taxonomy (``class="labels"``).
"""

from __future__ import annotations

import re

_SURE = (r"Tags?|Tagged(?: (?:with|in|as))?|Filed (?:under|in)|Posted (?:in|under)|Related (?:topics|tags)|"
         r"More (?:about|on)|Schlagw(?:ö|oe)rte(?:r)?|Stichw(?:ö|oe)rter|Mots[- ]cl(?:é|e)s|Palabras clave|"
         r"Palavras[- ]chave|Parole chiave")
"""Labels that are a CMS's words only: no story's own line opens with them."""
_ORDINARY = (r"Categor(?:y|ies)|Topics?|Labels?|Keywords?|Sections?|Themen|Kategorien?|(?:É|E)tiquettes?|"
             r"Cat(?:é|e)gories?|Rubriques?|Th(?:è|e)mes|Etiquetas?|Categor(?:í|i)as?|Temas|Argomenti|Categorie")
"""Labels that are ordinary words too ('Labels: Organic, Fair Trade' on a product's packet)."""
_LABEL = re.compile(rf"(?:({_SURE})|{_ORDINARY})\s*:\s*", re.IGNORECASE)
_ITEMS = re.compile(r"\s*(?:[,;|/\u00b7\u2022]|\s-\s|\s\u2013\s)\s*")
MAX_CHARS = 600
"""A longer line is not a tag line (a tag line of many tags is still shorter)."""
MAX_ITEM_WORDS = 5
"""A tag or a category is a name or a short phrase: an item of more words is a clause of a sentence."""
SINGLE_ITEM_WORDS = 4
"""A label and one item of more words than this ('Topics: what the council will discuss') is a sentence."""
_CLAUSE = re.compile(r"\b(?:is|are|was|were|will|would|could|should|said|says|has|have|had)\b|[!?]$")


def is_taxonomy_line(line: str, sure: bool = False) -> bool:
    """True for a line that lists a story's tags, categories or topics under its label (see the module); with
    ``sure``, only for one whose label is a CMS's word alone ('Tags: …', not 'Labels: …'): furniture wherever it
    stands."""
    s = line.strip()
    if len(s) > MAX_CHARS:
        return False
    m = _LABEL.match(s)
    if not m or (sure and not m[1]):
        return False
    rest = s[m.end():].strip().rstrip(".")
    if not rest:
        return True
    items = [x for x in _ITEMS.split(rest) if x]
    if any(len(x.split()) > MAX_ITEM_WORDS for x in items):
        return False
    if len(items) == 1 and len(rest.split()) > SINGLE_ITEM_WORDS:
        return False
    return not _CLAUSE.search(rest)
