"""A page's taxonomy line: the tags, categories or topics a CMS lists under (or inside) a story's text
('Categories: Politics, Local News', 'Tags: parking | council', 'Filed under: Mr. Smith, U.S. politics',
'Schlagwörter: Berlin, Verkehr', 'Mots-clés : transports'). Furniture wherever it stands, however many tags;
a sentence that opens with such a word ('Categories of spending rose…', 'Topics: what the council will
discuss next week') is text."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(?:Tags?|Tagged(?: (?:with|in|as))?|Filed (?:under|in)|Posted (?:in|under)|Categor(?:y|ies)|Topics?|Labels?|"
    r"Keywords?|Sections?|Related (?:topics|tags)|More (?:about|on)|"
    r"Schlagw(?:ö|oe)rte(?:r)?|Themen|Stichw(?:ö|oe)rter|Kategorien?|Mots[- ]cl(?:é|e)s|(?:É|E)tiquettes?|"
    r"Cat(?:é|e)gories?|Rubriques?|Th(?:è|e)mes|Etiquetas?|Categor(?:í|i)as?|Temas|Palabras clave|Palavras[- ]chave|"
    r"Argomenti|Categorie|Parole chiave)\s*:\s*", re.IGNORECASE)
_ITEMS = re.compile(r"\s*(?:[,;|/\u00b7\u2022]|\s-\s|\s\u2013\s)\s*")
MAX_CHARS = 600
"""A longer line is not a tag line (a tag line of many tags is still shorter)."""
MAX_ITEM_WORDS = 5
"""A tag or a category is a name or a short phrase: an item of more words is a clause of a sentence."""
SINGLE_ITEM_WORDS = 4
"""A label and one item of more words than this ('Topics: what the council will discuss') is a sentence."""
_CLAUSE = re.compile(r"\b(?:is|are|was|were|will|would|could|should|said|says|has|have|had)\b|[!?]$")


def is_taxonomy_line(line: str) -> bool:
    """True for a line that lists a story's tags, categories or topics under its label (see the module)."""
    s = line.strip()
    if len(s) > MAX_CHARS:
        return False
    m = _LABEL.match(s)
    if not m:
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
