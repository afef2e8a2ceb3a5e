"""Reported speech held by a noun of speech that its owner's possessive names:

    Lawmakers distanced themselves from her suggestion that the judge could not be impartial.
    Part of the mayor's pitch is his insistence that young voters will turn out.
    Critics pointed to Jo Roe's recent call to ban cars from the city centre.

The owner (``his``/``her``/``their``, a name's or a description's possessive) is the speaker; the clause after
``that`` (or the infinitive after a noun of promising or demanding) is the quote. A noun with no owner ("the claim that …") names no one and gives nothing. Read only in a sentence
where no other reading found a quote, and only where one of these nouns stands just before ``that``/``to``, as an object.
"""

from __future__ import annotations

import re

from .gender import person_gender
from .speakers import entity_kind

THAT_NOUNS = frozenset("""assertion assertions insistence suggestion suggestions claim claims contention warning warnings
argument prediction predictions statement remark remarks admission acknowledgement acknowledgment assurance
assurances allegation allegations declaration complaint complaints promise promises pledge pledges vow vows""".split())
"""Nouns of saying that take the clause said (``her warning that prices would rise``)."""
TO_NOUNS = frozenset("promise promises pledge pledges vow vows call calls threat threats demand demands".split())
"""Nouns of promising or demanding that take the infinitive promised (``his pledge to cut taxes``)."""

_OWNER = re.compile(r"(?:^|(?<=[\s(“\"]))(?P<owner>(?:[Hh]is|[Hh]er|[Tt]heir)|"
                    r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
                    r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3})(?:’s|'s))"
                    r"\s+(?:(?:own|new|latest|recent|earlier|repeated|renewed|controversial|initial|previous|"
                    r"frequent|public|explicit|stark|blunt|bold|[a-z]+ly)\s+){0,2}$")
"""The possessive before the noun, with up to two modifiers between (``Jo Roe's recent``, ``his oft-repeated``)."""
_DETERMINED = ("The ", "A ", "An ", "This ", "That ", "These ", "Those ")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
OWNED_NOUN = re.compile(r"\b(?P<noun>%s)\s+(?P<link>that|to)\s" % "|".join(sorted(THAT_NOUNS | TO_NOUNS, key=len, reverse=True)))
"""A noun of saying before ``that`` or ``to``: one scan of a sentence finds where the reading may apply."""
_OBJECT_BEFORE = re.compile(r"(?:^|\s)[a-z][\w’'-]*\s+$")
"""A lower-case word before the owner (a verb or a preposition: "renewed her pledge", "from his claim"; not "But his
claim …"): the noun is an object,
and the quote ends with the sentence; as a subject ("His pledge to … angered many") its end is the main verb's
start, which is not read."""
_NOT_INFINITIVE = re.compile(r"(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|[A-Z0-9“\"])")
"""After ``to``: a noun phrase ("his threat to the region"), not an infinitive."""
_NEXT_OWNED = re.compile(r",?\s+and\s+(?:his|her|their|its)\s|;|,\s+(?:could|would|will|can|may|might|must|should|"
                         r"has|have|had|is|are|was|were|he|she|they|we|I|it)\s")
"""``his promise to build a wall and his attacks on …``: the next thing owned ends the clause; so does the main
clause's verb after a subject that holds the noun (``… including his call to ban X, could galvanize …``) and the main
clause after a subordinate one (``If Roe keeps her promise to stay, she will …``)."""


def owned_claim(x, s: int, e: int, para: int) -> bool:
    """Add the quote of the first noun of speech in ``body[s:e]`` that a possessive owns; True if one was added."""
    body = x.body
    m = OWNED_NOUN.search(body, s, e)
    for _ in range(6):  # (a few nouns per sentence at most: linear in a long one)
        if m is None:
            return False
        n0, link = m.start("noun"), m.group("link")
        if m.group("noun") in (THAT_NOUNS if link == "that" else TO_NOUNS) and body[n0:n0 + 1].islower() \
                and (o := _OWNER.search(body, max(s, n0 - 80), n0)) is not None \
                and _OBJECT_BEFORE.search(body, max(s, o.start("owner") - 40), o.start("owner")) is not None \
                and not body[o.start("owner") - 4: o.start("owner")].endswith(("and ", " or ")) \
                and (link == "that" or not _NOT_INFINITIVE.match(body, m.end())) \
                and _add(x, o, s, m.end(), e, link, m.group("noun"), para):
            return True
        m = OWNED_NOUN.search(body, m.end(), e)
    return False


def _subject_owner(x, s: int, o0: int, noun: str, pronoun: str):
    """The subject of the owner's own clause when the possessive pronoun fits it: "De Blasio repeated his claim that
    …" is De Blasio's claim (a person for "his"/"her", of the pronoun's gender when the name tells; a group or an
    organisation for "their")."""
    st = x.body[s:o0]
    subj = x.subject(st)
    if not subj or not subj.strip()[:1].isupper() or subj.lstrip().startswith(_DETERMINED) or (at := st.find(subj)) < 0:
        return None  # (a description, "The candidate", is read by the pronoun's own reading)
    got = x.subject_speaker(subj, s + at, noun)
    if not got or not got[0] or got[0].startswith(("The ", "A ", "An ")) or not got[0][:1].isupper():
        return None  # (a description no name resolves: the pronoun's own reading instead)
    kind = entity_kind(got[0])
    if pronoun == "they":
        return got if kind != "person" else None
    gender = person_gender(got[0])
    return got if kind == "person" and gender in (None, "m" if pronoun == "he" else "f") else None


def _add(x, m: re.Match, s: int, cs: int, e: int, link: str, noun: str, para: int) -> bool:
    owner = m.group("owner")
    o0 = m.start("owner")
    pronoun = _POSSESSIVE_PRONOUN.get(owner.lower())
    if pronoun is not None and (who := _subject_owner(x, s, o0, noun, pronoun)) is not None:
        pass
    elif pronoun is not None:
        got = x.mem.attribute(pronoun, o0, noun, "")
        if got is None or not got[0] or (pronoun != "they" and entity_kind(got[0]) != "person"):
            return False
        who = (got[0], owner, o0, o0 + len(owner), got[1])
    else:
        who = x.speaker(owner[:-2], o0, noun)
        if not who or not who[0]:
            return False
    if link == "to":
        cs = x.body.rfind("to", 0, cs)  # the infinitive with its "to": "his pledge to cut taxes"
    ce = x.clause_end(cs, e)
    if (nxt := _NEXT_OWNED.search(x.body, cs, ce)) is not None:
        ce = nxt.start()
    return x.add(cs, ce, "indirect", noun, who, para=para) is not None
