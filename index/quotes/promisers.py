"""Who can make a promise: ``promising to …`` is a promise when its subject is a person or a body (``Trump is
promising to build a wall``, ``the union, promising to strike``) and a likelihood otherwise (``shares rose, promising
to end the quarter on a high``, ``the new stand, promising to seat 12,000``, ``he was promising to be one of the
best``)."""

from __future__ import annotations

import re

from .describe import PERSON_ROLES
from .lexicon import PEOPLE_PLURALS, PRONOUNS, ROLE_WORDS
from .people import PLURAL_HEADS
from .speakers import _GROUP_HEADS, _PEOPLE, entity_kind

LIKELY_TO = re.compile(r"\s+(?:not\s+)?to\s+(?:be|become|prove|remain|rival|emerge|turn\s+into)\b")
"""``promising to be a close race``, ``promising to become a regular``: what something is likely to be, not a
promise."""

_ROLES = frozenset(ROLE_WORDS) | {
    "government", "administration", "ministry", "council", "party", "campaign", "opposition", "rivals", "rebels", "allies",
    "startup", "start-up"}
_PROMISING_PRONOUNS = frozenset(p for p in PRONOUNS if p not in ("it", "you", "him", "her"))


def can_promise(np: str) -> bool:
    """Whether the speaker's words ``np`` name someone who can promise: a pronoun for people, a name (a capital
    past the first word, or a first word that is no plural noun), a role or a group of people, or an organisation."""
    toks = np.replace("’", "'").split()
    if not toks:
        return False
    head = toks[-1].strip(".,;:'").removesuffix("'s")
    low = head.lower()
    if low in _PROMISING_PRONOUNS or low in _PEOPLE or low in _GROUP_HEADS or low in PLURAL_HEADS \
            or low in PEOPLE_PLURALS or low in PERSON_ROLES or low in _ROLES:
        return True
    if head[:1].isupper() and (len(toks) > 1 or not low.endswith("s") or low.endswith("ss")):
        return True  # "Clinton", "Mayor Ruth Ambler", not a sentence's first word "Shares"
    return entity_kind(np) in ("person", "org")
