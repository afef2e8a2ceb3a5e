"""A person's gender as the article itself tells it, for names whose first name says nothing ("Zorana
Blight", "Tovin Marsh"): an honorific before the surname ("Ms Blight"), a spouse ("Blight's husband"), a
pronoun right after the name's own speech cue ("Blight said she …", "Pike, 45, said he …", "Pike, told the court she"), or a sentence
that opens with "She"/"Her" right after one whose only person is that name ("Blight has lived there for 30
years. Her husband …").

``surname_gender(body, surname)`` -> "m", "f" or None. Only the places where the surname is written are
read, so the cost is that of ``str.find`` over the body plus a few anchored matches.
"""

from __future__ import annotations

import re

from .gender import FEMALE_TITLES, MALE_TITLES

_WORD = r"[A-Z][\w’'-]+"
_HON_GENDER = {**dict.fromkeys(MALE_TITLES, "m"), **dict.fromkeys(FEMALE_TITLES, "f")}
_HONORIFIC_BEFORE = re.compile(r"\b(%s)\.?\s+(?:%s\s+){0,2}?\Z"
                               % ("|".join(sorted((t.capitalize() for t in _HON_GENDER), key=len, reverse=True)), _WORD))
_SPOUSE_AFTER = re.compile(r"[’']s\s+(?:late\s+|former\s+|ex-)?(husband|wife|widow|widower|boyfriend|girlfriend)\b")
_OF_SPOUSE = {"husband": "f", "widower": "f", "boyfriend": "f", "wife": "m", "widow": "m", "girlfriend": "m"}
"""The gender of the person whose spouse the word names: "Roe's husband" -> Roe is a woman (in most news)."""
_CUE_PRONOUN_AFTER = re.compile(r"(?:,(?:\s+[^,.;:“”\"]{1,90},){1,2}|,)?\s+(?:said|says|added|adds|told\s+[\w’'-]+"
                                r"(?:\s+[\w’'-]+)?|explained|wrote|writes|argued|insisted|noted|recalled|admitted|"
                                r"claimed|believes|thinks|hopes|fears|warned|acknowledged|conceded)(?:\s+that)?\s+"
                                r"(he|she)\b")
_THING_AFTER = re.compile(r"\s+(?:Airport|County|City|Township|Province|State|District|Street|Road|Avenue|Park|"
                          r"Square|Bay|River|Lake|Hospital|School|College|University|Station|Centre|Center|Hall|Tower|"
                          r"Bridge|Church|Foundation|Institute|Group|Company|Corp|Inc|Ltd|Bank|Party|Club|Stadium|"
                          r"Arena)\b")
"""A place's, a building's or a body's last word after the surname ("La Guardia Airport"): no person's name."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_OPENER = re.compile(r"[.!?][\"”’']?\s+(He|She|His|Her)\s")
_SENTENCE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)(?=[^\n.!?]*\Z)")
_CAPS = re.compile(r"(?<![\w’'-])%s(?:\s+%s)*" % (_WORD, _WORD))
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "When", "While", "After", "Before", "He",
             "She", "It", "They", "We", "I", "His", "Her", "Their", "Its", "Our", "Mr", "Mrs", "Ms", "Dr", "So", "Yet",
             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Last", "Next", "For"}


def _sole_name_opens(body: str, at: int, end: int) -> bool:
    """Does the sentence that ends at ``end`` open with the name written at ``at``..., and name no one else?"""
    m = _SENTENCE.search(body, max(0, end - 240), end)
    if m is None or m.end() > at:
        return False
    sent = body[m.end(): end]
    if "“" in sent or '"' in sent:
        return False
    runs = [r for r in _CAPS.finditer(sent) if r.group().split()[0] not in _NOT_NAME]
    return len(runs) == 1 and runs[0].start() == 0 and m.end() + runs[0].end() >= at


def surname_gender(body: str, surname: str, across: bool = True, own: bool = False) -> str | None:
    """'m' or 'f' when what the article says of ``surname`` agrees (two to one at least), else None; None too
    when the surname is part of a place's or a body's name anywhere in the article. Without ``across``, a
    sentence opening with "She"/"He" in the next paragraph counts for nothing (it may be about someone named
    before). With ``own``, only what the text says of the person itself counts (an honorific, a spouse, a pronoun
    after the name's own cue), never a sentence opening with "She"/"He"."""
    if surname in _NOT_NAME or not surname[:1].isupper():
        return None
    m_votes = f_votes = 0
    n = len(surname)
    i = body.find(surname)
    while i >= 0:
        end = i + n
        if (i == 0 or not (body[i - 1].isalnum() or body[i - 1] in "’'-")) and not body[end: end + 1].isalnum():
            if _THING_AFTER.match(body, end):
                return None
            g = None
            hon = _HONORIFIC_BEFORE.search(body, max(0, i - 40), i)
            if hon:
                g = _HON_GENDER[hon.group(1).lower()]
            elif (sp := _SPOUSE_AFTER.match(body, end)) is not None:
                g = _OF_SPOUSE[sp.group(1)]
            elif (cp := _CUE_PRONOUN_AFTER.match(body, end)) is not None:
                g = "m" if cp.group(1) == "he" else "f"
            elif not own:
                stop = _SENTENCE_END.search(body, end, end + 240)
                op = _OPENER.match(body, stop.start()) if stop else None
                if op is not None and (across or "\n" not in op.group()) and _sole_name_opens(body, i, stop.start()):
                    g = "m" if op.group(1) in ("He", "His") else "f"
            if g == "m":
                m_votes += 1
            elif g == "f":
                f_votes += 1
        i = body.find(surname, end)
    if m_votes >= 2 * f_votes and m_votes > f_votes:
        return "m"
    if f_votes >= 2 * m_votes and f_votes > m_votes:
        return "f"
    return None
