"""Regular expressions for speech cues around quotations and in reported speech."""

from __future__ import annotations

import re

from .lexicon import ADVERBS, CUE_VERBS

CUE = r"(?:" + "|".join(sorted(set(CUE_VERBS), key=len, reverse=True)) + r")"
ADV = r"(?:(?:" + "|".join(ADVERBS) + r")\s+){0,3}"
# a speaker phrase: up to ~9 tokens, no sentence punctuation
NP = r"[^.!?;:“”\"]{1,90}?"
TIME = (r"(?:\s+(?:on|late|early|earlier|last|this|in|at|during|over|to|after|before|when|while|via|through|"
        r"from|with)\b[^,.“”\"]{0,60}?)?")

# after a closing mark: ,” he said / ,” said Smith / ,” Trump told reporters / ,” according to X
AFTER_NP_CUE = re.compile(r"^[,]?\s*(?P<np>" + NP + r")\s+" + ADV + r"(?P<cue>" + CUE + r")\b(?P<rest>[^.!?]*)",
                          re.IGNORECASE)
AFTER_CUE_NP = re.compile(r"^[,]?\s*(?P<cue>said|says|added|adds|wrote|writes|asked|asks|continued|explained|"
                          r"noted|recalled|told|warned|insisted|declared|argued)\s+(?P<np>[A-Z][^.!?,;:“”\"]{0,80}?)"
                          r"(?=\s*(?:[.,;:!?]|$|\s+(?:on|in|at|during|last|this|when|who|which)\b))")
AFTER_ACCORDING = re.compile(r"^[,]?\s*(?P<cue>according to)\s+(?P<np>[^.!?,;:“”\"]{1,80}?)\s*(?=[.,;:!?]|$)",
                             re.IGNORECASE)

# before an opening mark: Smith said: “ / He added, “ / Trump told reporters: “
BEFORE_CUE = re.compile(r"(?P<np>" + NP + r")\s+" + ADV + r"(?P<cue>" + CUE + r")\b(?P<tail>[^.!?“”\"]{0,60}?)"
                        r"\s*[:,]?\s*$", re.IGNORECASE)

# reported speech: X said (that) ... / X told Y that ...
INDIRECT_LEAD = re.compile(r"(?P<np>" + NP + r")\s+" + ADV + r"(?P<cue>" + CUE + r")\b", re.IGNORECASE)
THAT = re.compile(r"^(?P<tail>(?:\s+[^\s.!?]+){0,12}?)\s+that\s+", re.IGNORECASE)
TIME_LEAD = re.compile(r"^(?:\s+(?:on\s+[A-Z]\w+|late|early|earlier|last|this|yesterday|today|tonight|recently|"
                       r"previously|again|also)\b(?:\s+(?:week|month|year|night|morning|evening|afternoon|"
                       r"weekend|last|this|month|week))*)*", re.IGNORECASE)
TOLD_OBJ = re.compile(r"^\s+(?P<obj>(?:the\s+)?[\w’'.&\"“”-]+(?:\s+[\w’'.&\"“”-]+){0,5}?)(?:\s+(?:on|in|at|last|this)\s+"
                      r"[\w ]{1,30}?)?\s+(?:that\s+)?(?=[a-z]|[A-Z])", re.IGNORECASE)

# clause, X said. / clause, said X. / clause, according to X.
TRAILING = re.compile(r"^(?P<clause>.{12,}?),\s+(?:(?P<np>[^,.!?;:“”\"]{1,80}?)\s+" + ADV + r"(?P<cue>" + CUE +
                      r")(?P<rest>\b[^.!?“”\"]{0,80})|(?P<cue2>said|says|added|wrote|noted)\s+(?P<np2>[A-Z]"
                      r"[^.!?,;:“”\"]{0,60}?)|(?P<cue3>according to)\s+(?P<np3>[^.!?;:“”\"]{1,80}?))"
                      r"\s*[.!?]?\s*$", re.IGNORECASE)
ACCORDING_LEAD = re.compile(r"^(?P<cue>according to)\s+(?P<np>[^,.!?;:“”\"]{1,80}?),\s+(?P<clause>.+?)\s*[.!?]?\s*$",
                            re.IGNORECASE)

TAIL_TRIM = re.compile(r"(?:,\s*(?:the\s+\w+\s+(?:said|added|reported|stated)|according to\s[^,]+|citing\s[^,]+|"
                       r"which cited\s[^,]+|he said|she said|they said|it said)\b[^.]*)+$", re.IGNORECASE)
