"""Regular expressions for speech cues around quotations and in reported speech."""

from __future__ import annotations

import re

_CLAUSE_WORD = (r"(?:he|she|they|it|we|i|you|there|is|are|was|were|has|have|had|will|would|could|can|should|"
                r"did|does|do|not|may|might|must|be|been|what|which|who|said|says)")
THAT = re.compile(r"^(?P<tail>(?:\s+(?!" + _CLAUSE_WORD + r"\b)[^\s.!?,;:“”\"]+){0,12}?)\s+that\s+(?![^\W\d]\w*\s*(?:[,;:!?]|\.\s*$)|\w+$)",
                  re.IGNORECASE)
"""``said (on Tuesday / in a statement) that``: words before ``that`` are adjuncts, never a clause of their own."""
ADJUNCT_SUBJECT = re.compile(r"^\s+(?:in|on|at|during|for|after|before|while|last|this|earlier|later|over|"
                             r"throughout|since)\b(?:\s+[^\s.!?;:“”\"]+){1,9}?\s+(?=(?:he|she|they|we|I|it|"
                             r"there)(?:’s|'s|’d|'d|’ll|'ll)?\s+\w)", re.IGNORECASE)
"""``said in his New Year's speech he was ready``: an adjunct, then the reported clause's pronoun subject."""
TIME_LEAD = re.compile(r"^(?:\s+(?:on\s+[A-Z]\w+|late|early|earlier|last|this|yesterday|today|tonight|recently|just|"
                       r"previously|again|also)\b(?:\s+(?:week|month|year|night|morning|evening|afternoon|"
                       r"weekend|last|this|month|week))*)*", re.IGNORECASE)
TOLD_OBJ = re.compile(r"^\s+(?P<obj>(?:the\s+)?[\w’'.&\"“”-]+(?:\s+[\w’'.&\"“”-]+){0,5}?)(?:\s+(?:on|in|at|last|this)\s+"
                      r"[\w ]{1,30}?)?\s+(?:that\s+)?(?=[a-z]|[A-Z])", re.IGNORECASE)

ACCORDING_LEAD = re.compile(r"^(?:[^,;:“”\"]{1,50},\s+)?(?P<cue>according to)\s+(?P<np>[^,.!?;:“”\"]{1,160}?),\s+"
                            r"(?P<clause>.+?)\s*[.!?]?\s*$", re.IGNORECASE | re.DOTALL)
"""``(In addition,) according to X, CLAUSE``."""
NP_CUT = re.compile(r"\s+(?:by|from|in|on|at|for|with|that|which|who|released|published|conducted|compiled|obtained|"
                    r"seen|reviewed|issued|posted|cited|shared|made|gave|given)\b")
"""Where a long source phrase can be cut to its head: ``a poll released on Thursday by X`` -> ``a poll``."""

TAIL_TRIM = re.compile(r"(?:,\s*(?:the\s+\w+\s+(?:said|added|reported|stated)|according to\s[^,]+|citing\s[^,]+|"
                       r"which cited\s[^,]+|he said|she said|they said|it said)\b[^.]*|\s+on\s+(?:the\s+)?condition\s+(?:of|that)\b[^.]*)+$",
                       re.IGNORECASE)
