"""A speaker named in an appositive after an inverted cue's description:

    “He was a storyteller first,” said his daughter, Meredith Lightwood.
    “I wanted to make a film,” said the Montreal-born director, Monia Chokri-Haddad, whose film opens the festival.

The description (a determiner or possessive and up to 60 characters) is the speaker's role; the capitalised
name after its comma is the speaker. A single word counts after a possessive description (``said her husband,
Pete.``) or when it is a known first name (``said the boy, Daniel.``), never after a description that ends in a name:
after "a farmer near Red Deer, Alta." it is the place's province.
"""

from __future__ import annotations

import re

from .gender import first_name_gender
from .speakers import is_media

_CAP = "A-ZÀ-ÖØ-Þ"
_APPOSITIVE = re.compile(
    r"^[\s,]*(?P<cue>said|says|added|adds|wrote|writes|recalled|recalls|explained|explains|noted|notes|asked|asks|"
    r"replied|answered|warned|shouted|yelled|cried|screamed|pleaded|insisted|"
    r"told\s+(?:reporters|journalists|(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})))\s+"
    r"(?P<desc>(?P<det>the|a|an|his|her|their|its|our|my|one\s+of|another)\s+[^,;:!?“”\"]{1,60}?),\s+"
    r"(?P<np>[%s][\w’'-]+(?:\s+(?:[A-Z]\.|de|du|van|von|St\.|[%s][\w’'-]+)){0,3})"
    r"(?=\s*(?:[,;!?]|\.\s|\.?$)|\s+(?:who|whose|on|in|at|after|as)\b)" % (_CAP, _CAP))
_POSSESSIVE = frozenset({"his", "her", "their", "our", "my"})


def inverted_appositive(after: str) -> re.Match | None:
    """The match (groups ``cue``, ``desc``, ``np``) when ``after`` opens with such an attribution, else None."""
    if "," not in after[:90]:
        return None
    m = _APPOSITIVE.match(after)
    if m is not None and m.group("outlet") and not is_media(m.group("outlet")):
        return None  # "told CBC News", "told The Canadian Press": a news outlet, not a person told
    if m is None or (" " not in m.group("np") and (m.group("desc").split()[-1][:1].isupper() or (
            m.group("det") not in _POSSESSIVE and not first_name_gender(m.group("np"))))):
        return None
    return m
