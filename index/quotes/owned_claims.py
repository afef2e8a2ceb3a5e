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

from .describe import PERSON_ROLES
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
                    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3})(?:’s|'s))"
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
_RECIPIENT = re.compile(r"(?:(?:him|her|them|us|me|you|himself|herself|themselves|itself|ourselves|myself|police|voters|"
                        r"parliament|congress|members|fans|supporters|colleagues|staff|workers|residents|officials|parents|"
                        r"people|ministers|leaders)|(?:the|his|her|their|its|my|our|your)\s+(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)"
                        r"\s+(?=to\s+[a-z])")
"""The one the promise or the call is made to, before the infinitive: "his call to police to investigate", "her promise
to her late husband to finish the house"."""
_NEXT_OWNED = re.compile(r",?\s+and\s+(?:his|her|their|its)\s|;|,\s+(?:could|would|will|can|may|might|must|should|"
                         r"has|have|had|is|are|was|were|he|she|they|we|I|it|which|calling|saying|describing|dismissing|"
                         r"branding|labell?ing|accusing|adding|arguing|insisting|noting|claiming|warning|according)\s")
"""``his promise to build a wall and his attacks on …``: the next thing owned ends the clause; so does the main
clause's verb after a subject that holds the noun (``… including his call to ban X, could galvanize …``) and the main
clause after a subordinate one (``If Roe keeps her promise to stay, she will …``); so do a relative clause and the subject's
participle of saying (``… Roe's pledge to cut taxes, calling it absurd``)."""
_REACTION = frozenset("""rejected rejects reject dismissed dismisses dismiss denied denies deny disputed disputes dispute
challenged challenges challenge questioned questions question contested contests mocked mocks mock ridiculed ridicules
derided derides criticised criticized criticises criticizes criticise criticize attacked attacks attack slammed slams
condemned condemns refuted refutes rebutted rebuts contradicted contradicts rebuffed rebuffs welcomed welcomes welcome
praised praises hailed hails cheered cheers applauded applauds backed backs supported supports endorsed endorses echoed
echoes accepted accepts embraced embraces doubted doubts ignored ignores lambasted blasted decried decries scorned
rubbished debunked countered counters""".split())
"""Verbs of answering someone else's words: "Roe rejected his claim that …" is another man's claim, not Roe's."""
_REACTION_PHRASAL = frozenset("""laughed scoffed responded reacted replied agreed disagreed brushed hit sneered objected
response reply reaction answer opposition objection""".split())
"""The same before a particle or a preposition: "Roe laughed off his warning", "in response to her claim"."""
_NAME_RUN = re.compile(r"(?<![\w’'])[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+){0,3}")
"""A capitalised run: a person the owner's own sentence names before the possessive ("against Conte following his …")."""
_ROLE_LEAD = re.compile(r"(?<![\w’'])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+\s+)?(?P<role>[a-z]+)\s+$")
"""A role word (and the body it serves) just before a name: "Balco boss Victor Conte"."""
_ROLE_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?P<role>[a-z]+)\s+(?:is|was|has|had|will|would|said|says|"
                           r"told|added|[a-z]+ed)\b")
"""A person described by a role as a clause's subject ("the prime minister is to deliver …")."""
_SENTENCE_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?:(?:Mr|Mrs|Ms|Dr|President|Senator|Sen)\.?\s+)?"
                            r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)\s+[a-z]", re.M)
"""A surname opening a sentence as its subject ("Obama departs the UK today")."""


def owned_claim(x, s: int, e: int, para: int) -> bool:
    """Add the quote of the first noun of speech in ``body[s:e]`` that a possessive owns; True if one was added."""
    body = x.body
    m = OWNED_NOUN.search(body, s, e)
    for _ in range(6):  # (a few nouns per sentence at most: linear in a long one)
        if m is None:
            return False
        n0, link = m.start("noun"), m.group("link")
        cs = m.end() if link == "that" else (r.end() if (r := _RECIPIENT.match(body, m.end())) else m.start("link"))
        if m.group("noun") in (THAT_NOUNS if link == "that" else TO_NOUNS) and body[n0:n0 + 1].islower() \
                and (o := _OWNER.search(body, max(s, n0 - 80), n0)) is not None \
                and _OBJECT_BEFORE.search(body, max(s, o.start("owner") - 40), o.start("owner")) is not None \
                and not body[o.start("owner") - 4: o.start("owner")].endswith(("and ", " or ")) \
                and (link == "that" or not _NOT_INFINITIVE.match(body, cs + 3)) \
                and _add(x, o, s, cs, e, link, m.group("noun"), para):
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


def _reacting(before: str) -> bool:
    """Do the words just before the owner answer its words (``dismissed``, ``laughed off``, ``in response to``)?"""
    words = before.split()[-2:]
    return bool(words) and (words[-1].lower() in _REACTION or len(words) == 2 and words[0].lower() in _REACTION_PHRASAL)


def _named_in_sentence(x, s: int, o0: int, noun: str, pronoun: str, subject: str | None):
    """The last person the sentence names before the possessive (not its subject) whose gender fits the pronoun:
    "Jones sued Conte over his allegations that …" is Conte's."""
    if pronoun == "they":
        return None
    want = "m" if pronoun == "he" else "f"
    lo = max(s, o0 - 200)
    runs = list(_NAME_RUN.finditer(x.body, lo, o0))
    for r in reversed(runs[-2:]):
        if r.start() == s or subject and r.group() in subject:
            continue  # (the sentence's first word, or its subject)
        if x.body.rfind(", wh", s, r.start()) >= 0 and x.body.find(",", r.end(), o0) >= 0:
            continue  # (inside a relative aside: "Moss, who met Vetter in May, dismissed his claim")
        a = r.start()
        if (lead := _ROLE_LEAD.search(x.body, max(lo, a - 40), a)) is not None and lead.group("role") in PERSON_ROLES:
            a = lead.start()  # "against Balco boss Victor Conte": the role read with the name
        got = x.speaker(x.body[a: r.end()], a, noun)
        if got and got[0] and got[0] != subject and entity_kind(got[0]) == "person" \
                and person_gender(got[0]) in (None, want):
            return got
    return None


def _other_between(x, name: str, role: str | None, o0: int, pronoun: str) -> bool:
    """Does another person stand as a subject between the last mention of ``name`` and the possessive at ``o0``: one
    described by a role ("the prime minister is to …") or a name of the pronoun's gender opening a sentence ("Obama
    departs the UK today")? Then "his" may be that person's, and no one is read."""
    key = name.split()[-1]
    last = x.body.rfind(key, max(0, o0 - 1200), o0)
    if last < 0:
        return False
    own = (role or "").lower()
    for m in _ROLE_SUBJECT.finditer(x.body, last, o0):
        if m.group("role") in PERSON_ROLES and m.group("role") not in own:
            return True
    want = "m" if pronoun == "he" else "f"
    opening = {m.group("name") for m in _SENTENCE_NAME.finditer(x.body, last + len(key), o0)} - {key}
    if opening:  # (a sentence's first word that ends a person's name the text gave before)
        return any(other.rsplit(None, 1)[-1] in opening and gender in (None, want) and not name.endswith(other)
                   for _, other, gender in x.mem.names_before(o0))
    return False


def _add(x, m: re.Match, s: int, cs: int, e: int, link: str, noun: str, para: int) -> bool:
    owner = m.group("owner")
    o0 = m.start("owner")
    pronoun = _POSSESSIVE_PRONOUN.get(owner.lower())
    if pronoun is not None:
        reacting = _reacting(x.body[max(s, o0 - 30): o0])
        who = None if reacting else _subject_owner(x, s, o0, noun, pronoun)
        if who is None:
            subject = _subject_name(x, s, o0, noun) if reacting else None
            who = _named_in_sentence(x, s, o0, noun, pronoun, subject)
            if who is not None:
                who = (who[0], owner, o0, o0 + len(owner), who[4])  # (the mention is the possessive)
            else:
                got = x.mem.attribute(pronoun, o0, noun, "")
                if got is None or not got[0] or (pronoun != "they" and (
                        entity_kind(got[0]) != "person"
                        or person_gender(got[0]) not in (None, "m" if pronoun == "he" else "f"))):
                    return False
                if got[0] == subject or reacting and subject is None \
                        or pronoun != "they" and _other_between(x, got[0], got[1], o0, pronoun):
                    return False  # (the answerer's own words, or a described person nearer than the name)
                who = (got[0], owner, o0, o0 + len(owner), got[1])
    else:
        who = x.speaker(owner[:-2], o0, noun)
        if not who or not who[0]:
            return False
    ce = x.clause_end(cs, e)
    if (nxt := _NEXT_OWNED.search(x.body, cs, ce)) is not None:
        ce = nxt.start()
    return x.add(cs, ce, "indirect", noun, who, para=para) is not None


def _subject_name(x, s: int, o0: int, noun: str) -> str | None:
    """The name the subject of the owner's clause resolves to (None when it names no one)."""
    st = x.body[s:o0]
    subj = x.subject(st)
    if not subj or (at := st.find(subj)) < 0:
        return None
    got = x.subject_speaker(subj, s + at, noun)
    return got[0] if got and got[0] else None
