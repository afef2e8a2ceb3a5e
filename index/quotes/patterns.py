"""Regular expressions for speech cues around quotations and in reported speech."""

from __future__ import annotations

import re

from .rules import _Holding

_CLAUSE_WORD = (r"(?:he|she|they|it|we|i|you|there|is|are|was|were|has|have|had|will|would|could|can|should|"
                r"did|does|do|not|may|might|must|be|been|what|which|who|said|says|needs|needed|wants|wanted)")
THAT = re.compile(r"^(?P<tail>(?:\s+(?!" + _CLAUSE_WORD + r"\b)(?:[^\s.!?,;:“”\"—–]|(?<=\d)[.:](?=\d))+(?<!--)){0,12}?)\s+that\s+"
                  r"(?!(?:evening|night|morning|afternoon|day|week|weekend|month|year|season|summer|winter|spring|"
                  r"autumn)\b)(?![^\W\d]\w*\s*(?:[;:!?]|,(?!\s+(?:with|who|which|whose|including|like|such|in|on|at|of|from|"
                  r"for|along|as|both|especially|particularly|not|many|most|some|all|each|the|a|an|his|her|their|its|"
                  r"[A-Z]\w*|\d))|\.\s*$)|\w+$)",
                  re.IGNORECASE)
THAT = _Holding(THAT, ("that",))
"""``said (on Tuesday / in a statement / at 6.14am) that``: words before ``that`` are adjuncts, never a clause of their own
(``that evening`` is no ``that`` of a clause)."""
_THIS_TIME = r"this(?=\s+(?:week|month|year|night|morning|evening|afternoon|weekend|spring|summer|autumn|fall|winter|season|time|past|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)"
"""``this`` as a time (``this week``, ``this Monday``), not a demonstrative subject (``this is a mistake``)."""
ADJUNCT_SUBJECT = re.compile(r"^\s+(?:in|on|at|during|for|after|before|while|last|"+_THIS_TIME+r"|earlier|later|over|"
                             r"throughout|since)\b(?:\s+[^\s.!?;:“”\"]+){1,9}?\s+(?=(?:he|she|they|we|I|it|"
                             r"there)(?:’s|'s|’d|'d|’ll|'ll)?\s+\w|(?:the|its|his|her|their|these|those)\s+"
                             r"(?:[\w’'-]+\s+){0,2}?(?:would|will|was|were|is|are|had|has|have|could|should|must|"
                             r"may|might|can|did|does)\s+\w)", re.IGNORECASE)
"""``said in his New Year's speech he was ready`` / ``said at a news conference the ferry would run``: an
adjunct, then the reported clause's subject (a pronoun, or a definite noun phrase before an auxiliary)."""
ADJUNCT_PAST_SUBJECT = re.compile(r"^\s+(?:in|on|at|during|for|after|before|while|last|"+_THIS_TIME+r"|earlier|later|over|"
                                  r"throughout|since)\b(?:\s+[^\s.!?;:,“”\"]+){1,9}?\s+(?=(?:the|its|his|her|their)\s+"
                                  r"(?:[\w’'-]+\s+){0,2}?(?-i:[a-z]{3,}ed)\s+\w)", re.IGNORECASE)
"""``said on a call with analysts the company remained …``: an adjunct with no comma, then a definite noun phrase and
a verb in the past."""
TIME_LEAD = re.compile(r"^(?:\s+(?:on\s+(?:(?-i:[A-Z])\w+|(?:the|a|an|his|her|their|its|my|our|your)\b)|late|early|earlier|last|"+_THIS_TIME+r"|yesterday|today|tonight|recently|just|"
                       r"previously|again|also|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![’'\w])"
                       r"(?!\s+(?:is|was)\b))\b"
                       r"(?:\s+(?:week|month|year|night|morning|evening|afternoon|"
                       r"weekend|last|this|month|week))*)*", re.IGNORECASE)
"""Times before a reported clause (``said on Tuesday``, ``said last week``, ``said on his show``; not the subject of
``said Saturday is the busiest day``); ``on`` and a bare lower-case word is a topic, not a time (``adding on climate
change matters, “…”``); ``this`` is a time only before one (``said this week``), else the reported clause's subject
(``said this is a mistake``)."""
TOLD_OBJ = re.compile(r"^\s+(?P<obj>(?-i:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*)(?=\s+(?-i:[a-z]))|"
                      r"(?:(?:the|his|her|their|its|our|my|your)\s+(?:[\w’'-]+\s+)??(?=[\w’'-]+\s+(?:not|to|that|they|he|"
                      r"she|it|we|the)\b))?[\w’'.&\"“”-]+(?:\s+[\w’'.&\"“”-]+){0,5}?)(?:\s+(?:on|in|at|last|this)\s+"
                      r"[\w ]{1,30}?)?\s+(?:that\s+)?(?=[a-z]|[A-Z])", re.IGNORECASE)
"""The listener after ``told``/``warned``/``urged``: a name (``told Fox News he …``), ``his side``, ``reporters``."""

ACCORDING_LEAD = re.compile(r"^\(?(?:[^,;:“”\"]{1,50},\s+|(?:but|and|yet|still|now|instead|also)\s+)?(?P<cue>according to)\s+(?P<np>(?:(?:[A-Z]\.){2,}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Lt|Gen|Sgt|Prof|Inc|Corp|Co|Ltd|No)\.(?=\s)|[^,.!?;:“”\"]){1,160}?),\s+"
                            r"(?P<clause>.+?)\s*[.!?]?\)?[.!?]?\s*$", re.IGNORECASE | re.DOTALL)
"""``(In addition,) according to X, CLAUSE``, ``But according to X, CLAUSE``, ``(According to X, CLAUSE.)``."""
AS_LEAD = re.compile(r"^(?:[^,;:“”\"]{1,40},\s+)?As\s+(?P<np>[^,;:“”\"]{2,80}?)\s+(?:has\s+|had\s+|have\s+)?"
                     r"(?:also\s+|previously\s+|first\s+|recently\s+|rightly\s+)?"
                     r"(?P<cue>reported|noted|said|says|wrote|writes|put\s+it|puts\s+it|pointed\s+out|explained|observed|"
                     r"argued|stated|told\s+[A-Za-z’'.]+(?:\s+[A-Z][\w’'.]*){0,3}|warned|predicted|announced|revealed|"
                     r"reminded\s+[A-Za-z’'.]+|acknowledged|confirmed)"
                     r"(?:\s+(?:on|in|last|this|earlier|yesterday|at|during)\b[^,;:“”\"]{0,40})?,\s+(?P<clause>\S.+?)\s*[.!?]?\s*$",
                     re.DOTALL)
"""``As Reuters reported (on Monday), CLAUSE`` / ``As the minister noted, CLAUSE``: the source before the clause."""
NP_CUT = re.compile(r"\s+(?:by|from|in|on|at|for|with|that|which|who|released|published|conducted|compiled|obtained|"
                    r"seen|reviewed|issued|posted|cited|shared|made|gave|given)\b")
"""Where a long source phrase can be cut to its head: ``a poll released on Thursday by X`` -> ``a poll``."""

TAIL_TRIM = re.compile(r"(?:,\s*(?:the\s+\w+\s+(?:said|added|reported|stated)|according to\s[^,]+|citing\s[^,]+|"
                       r"which cited\s[^,]+|he said|she said|they said|it said)\b[^.]*|\s+on\s+(?:the\s+)?condition\s+(?:of|that)\b[^.]*)+$",
                       re.IGNORECASE)
TAIL_TRIM = _Holding(TAIL_TRIM, ("said", "added", "reported", "stated", "according to", "citing", "cited", "condition"))
WHO_SAID = re.compile(r",\s+who\s+(?:also\s+|later\s+|has\s+|had\s+)?(?P<cue>said|says|noted|argued|suggested|warned|insisted|"
                      r"explained|stressed|predicted|claimed|added|acknowledged|admitted|conceded)\s+(?:that\s+)?(?=\S)")
"""``“A,” said Jo Roe, who said she would vote no. “B.”``: the speaker's own reported statement in a relative clause
of the attribution."""
