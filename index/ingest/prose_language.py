"""Whether a story's text is English: told by its commonest short words ('the', 'and', 'of' against 'der', 'und',
'le', 'et', 'el', 'il', 'che'), read from its first few thousand characters."""

from __future__ import annotations

import re

_ENGLISH = frozenset("the and of to is was in that with for on at from has have were said it".split())
_OTHER = frozenset("der die das und ist nicht mit den dem ein eine le la les et est une du des dans sur pour el los "
                   "las que por con una il lo gli che della delle nel non per em os um uma não com".split())
SAMPLE_CHARS = 3000
"""The words of at most this much of the text's start are counted."""
MIN_WORDS = 6
"""Fewer of these words than this tell nothing."""


def english_prose(text: str) -> bool:
    """True when ``text`` reads as English: at least :data:`MIN_WORDS` of its commonest words, and at least three
    times as many as those of German, French, Spanish, Italian or Portuguese."""
    words = re.findall(r"[a-zà-ÿ]+", text[:SAMPLE_CHARS].lower())
    english = sum(w in _ENGLISH for w in words)
    return english >= MIN_WORDS and english >= 3 * sum(w in _OTHER for w in words)
