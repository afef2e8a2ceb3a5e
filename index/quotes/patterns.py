"""Regular expressions for speech cues around quotations and in reported speech."""

from __future__ import annotations

import re

THAT = re.compile(r"^(?P<tail>(?:\s+[^\s.!?]+){0,12}?)\s+that\s+", re.IGNORECASE)
TIME_LEAD = re.compile(r"^(?:\s+(?:on\s+[A-Z]\w+|late|early|earlier|last|this|yesterday|today|tonight|recently|"
                       r"previously|again|also)\b(?:\s+(?:week|month|year|night|morning|evening|afternoon|"
                       r"weekend|last|this|month|week))*)*", re.IGNORECASE)
TOLD_OBJ = re.compile(r"^\s+(?P<obj>(?:the\s+)?[\w’'.&\"“”-]+(?:\s+[\w’'.&\"“”-]+){0,5}?)(?:\s+(?:on|in|at|last|this)\s+"
                      r"[\w ]{1,30}?)?\s+(?:that\s+)?(?=[a-z]|[A-Z])", re.IGNORECASE)

ACCORDING_LEAD = re.compile(r"^(?P<cue>according to)\s+(?P<np>[^,.!?;:“”\"]{1,80}?),\s+(?P<clause>.+?)\s*[.!?]?\s*$",
                            re.IGNORECASE)

TAIL_TRIM = re.compile(r"(?:,\s*(?:the\s+\w+\s+(?:said|added|reported|stated)|according to\s[^,]+|citing\s[^,]+|"
                       r"which cited\s[^,]+|he said|she said|they said|it said)\b[^.]*)+$", re.IGNORECASE)
