"""Reported speech in a participle clause that opens its sentence, said by the main clause's subject.

    After saying he would not run, Mayor Tom Hill changed his mind.
    While insisting that she respects the court, Ms Lee criticised the ruling.
    Since announcing in October that he would retire, Mr Biden has kept a low profile.

The statement runs from the participle (and its ``that``) to the comma before the main clause; its speaker
is that clause's subject, the noun phrase before the first verb after the comma. Only a subject the rules
resolve to a speaker counts, and the statement must be a clause (a ``that``, a verb or a ``to`` infinitive):
"After saying goodbye to the team, the crowd left" holds none.
"""

from __future__ import annotations

import re

from .rules import _HAS_VERB, _words

LEAD = re.compile(
    r"(?P<lead>(?:Even\s+)?(?:After|While|Before|Since|Despite|Without|Upon|On|In)\s+)(?:also\s+|repeatedly\s+|publicly\s+)?"
    r"(?P<cue>saying|announcing|claiming|insisting|arguing|suggesting|promising|vowing|warning|declaring|"
    r"acknowledging|admitting|conceding|noting|stating|predicting|pledging|telling\s+(?:[\w’'.-]+\s+){1,3}?)\s*"
    r"(?P<rest>\S)")
"""A sentence opening with a preposition and a speech participle: ``After saying …``, ``While telling reporters …``."""
_THAT_NEAR = re.compile(r"(?:[\w’'.-]+\s+){0,5}?that\s+")
_COMMA = re.compile(r",\s+(?=\S)")
_NP_START = re.compile(r"(?:[A-Z]|(?:he|she|they|the|a|an|his|her|their)\b)")


def lead_participle(ext, s: int, e: int, para: int) -> int:
    """Read ``body[s:e]`` as a sentence opening with a speech participle (see module docs): the offset of the
    main clause when a quote was added (its own cues are read next), else 0."""
    body = ext.body
    m = LEAD.match(body, s, e)
    if m is None:
        return 0
    cs = m.start("rest")
    if (t := _THAT_NEAR.match(body, cs, e)) is not None:  # "announcing in October that …"
        cs = t.end()
    for c in _COMMA.finditer(body, cs, e):
        if _words(body[cs: c.start()]) < 3:
            continue
        if t is None and not body.startswith("to ", cs) and not _HAS_VERB.search(body, cs, c.start()):
            return 0  # "After saying goodbye to the team, …": no statement
        verb = _HAS_VERB.search(body, c.end(), e)
        if verb is None:
            return 0
        np = body[c.end(): verb.start()].rstrip()
        if not np or _words(np) > 6 or not _NP_START.match(np) or "," in np:
            continue
        who = ext.speaker(np, c.end(), m.group("cue").split()[0].lower())
        if who is None:
            continue
        return c.end() if ext.add(cs, c.start(), "indirect", m.group("cue").split()[0], who, para=para) else 0
    return 0
