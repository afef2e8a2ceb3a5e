"""What else tells that a mention is a person "he" or "she" can stand for, beyond a first name or an honorific.

A name whose first word no first-name list holds ("Tshepo Mokoena", "Narendra Modi") is a person's when the text
treats it as one: a role word before it ("Mayor Angel Mendoza", "the mayor, Angel Mendoza"), an age or a role in an
aside after it (", 45,", ", a city councillor,"), its last word standing alone elsewhere as a surname ("Mokoena
said"), or its being the subject of its clause. A definite description whose head is a person's role ("the mayor")
is a person too, when no name was ever tied to it. A name in what someone is reported to have said ("Smith said
Jones had lied") is a person the sentence is not about.

Used by antecedents.py (salience) for the candidates of a pronoun.
"""

from __future__ import annotations

import re

from .describe import PERSON_ROLES
from .gender import GENDERED_WORDS, first_name_gender
from .lexicon import LEARNT_ROLE_WORDS, MONTHS, ORG_WORDS, PLACE_FIRST_WORDS, WEEKDAYS, title_abbreviation
from .noun_phrase import role_word

_HEADS = PERSON_ROLES | set(LEARNT_ROLE_WORDS) | {
    "headteacher", "headmaster", "headmistress", "principal", "referee", "chef", "farmer", "resident", "witness",
    "neighbour", "neighbor", "driver", "victim", "survivor", "pensioner", "grandmother", "grandfather", "shopkeeper",
    "passenger", "commuter", "teenager", "boxer", "organiser", "organizer", "motorist", "bystander", "onlooker"}
_HEADS -= {"state", "vice", "head", "chief", "deputy", "officials", "spokesmen", "forward", "star", "general", "partner",
           "executive", "chair", "keeper", "cop"} | {w for w in _HEADS if w.endswith(".") or len(w) < 4}
"""Head words of a description of one person ("the headteacher", "the victim"); not a word that is also a thing's
("the state", "the head", "the chair") or an abbreviation."""
PERSON_HEADS = frozenset(_HEADS)
_GROUP_ENDINGS = ("ans", "ats", "ers", "ists", "ites")
"""Endings of a plural for a group ("Americans", "Democrats", "Loyalists"): no one's first name."""
_DATES = frozenset(MONTHS + WEEKDAYS)

_ROLE_BEFORE = re.compile(r"(?:\b(?:the|The)\s+(?P<a>(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*),\s+|(?P<b>(?:[A-Z][\w’'.-]*\s+){0,3}?"
                          r"[\w’'.-]+)\s+)\Z")
"""What may give a role right before a name: an aside's description ("the mayor, ") or role words ("Mayor ")."""
_NOT_ROLE = {"The", "A", "An", "But", "And", "On", "In", "At", "By", "For", "With", "From", "To", "When", "As"}
_AFTER = re.compile(r",\s+(?:(?:aged\s+)?\d{1,3}\s*[,.]|(?:a|an|the|[A-Z][\w.-]*[’']s)\s+(?P<r>[^,.;:!?“”\"()]{1,60}?)"
                    r"\s*(?:,|\.(?:\s|$)|;))")
"""An aside after a name giving an age (", 45,") or a role (", a city councillor,", ", the town's mayor.")."""
_REPORTED = re.compile(r"\b(?:said|says|told\s+(?:[\w’'-]+\s+){0,3}?|claimed|claims|argued|insisted|alleged|alleges|"
                       r"believes|believed|thinks|thought|added|warned|accused|suggested|denied)\s+(?:that\s+)?\Z")
"""A cue right before a mention, whose clause the mention opens: what was said, not who said it."""
_OF = r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})?"
_RUN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z][\w.-]*(?:[’'](?!s\b)[\w-]+)?(?:\s+[A-Z][\w.-]*(?:[’'](?!s\b)[\w-]+)?)*")
"""The capitalised words of a name as written, up to a possessive ending."""
_DEFINITE = re.compile(r"(?i:the)\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w-]*)" + _OF)
"""A definite description: "The mayor", "the local mayor", "The headteacher of Marsh Lane Primary"."""
_SUBJECT = re.compile(r"[\s“\"‘'(]*(?:(?:But|And|Then|Later|Meanwhile|Earlier),?\s+)?(?P<np>[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,2}?"
                      r"(?P<head>[a-z][\w-]*)%s)(?:,[^,.;:!?“”\"]{1,60},)?\s+[a-z]" % _OF)
"""A sentence that opens with a definite description and goes on with a verb: "The coach watched …"."""


def role_before(body: str, pos: int) -> str | None:
    """The role the words right before the name at ``pos`` give: "the mayor" of "The mayor, Angel Mendoza," or
    "Mayor" of "Mayor Angel Mendoza"; None when they give none."""
    m = _ROLE_BEFORE.search(body, max(0, pos - 50), pos)
    if m is None:
        return None
    words = (m.group("a") or m.group("b") or "").split()
    if m.group("a"):
        return " ".join(words) if words[-1].lower() in PERSON_ROLES or role_word(words[-1]) else None
    # role words before the name ("Labour leader", "Vermont Sen."), not the sentence's ("visited", "The", "Trump.")
    k = len(words)
    while k and _title_word(words[k - 1], k == len(words)):
        k -= 1
    return " ".join(words[k:]) or None


def _title_word(w: str, last: bool) -> bool:
    """Can ``w`` be a word of a title before a name: its last one a role word or an abbreviated title ("Sen."), the
    others capitalised or role words, none the end of a sentence ("Trump.") nor a sentence's opening word?"""
    if w.endswith(".") and not title_abbreviation(w):
        return False
    if last:
        return w.lower() in _HEADS or title_abbreviation(w)
    return w not in _NOT_ROLE and (w[:1].isupper() or w.lower() in _HEADS)


def role_after(body: str, end: int) -> str | None:
    """The role an aside right after a name ending at ``end`` gives (", a city councillor,"), None otherwise."""
    m = _AFTER.match(body, end)
    if m is None or m.group("r") is None:
        return None
    words = m.group("r").split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "at", "for", "in", "from", "with")), len(words))
    return " ".join(words) if cut and (role_word(words[cut - 1]) or words[cut - 1].lower() in PERSON_ROLES) else None


def _initials(tok: str) -> bool:
    """Is ``tok`` initials, each letter with its full stop ("D.K.", "B.S.")?"""
    return 4 <= len(tok) <= 6 and len(tok) % 2 == 0 and all(c == "." for c in tok[1::2]) and tok[::2].isalpha()


def name_shaped(body: str, name: str, others: list[str]) -> bool:
    """Can ``name`` (its first word no known first name) be a person's by its words: none a word the text also
    writes in lower case ("Election Day", "Acme Industries", "Deputy Secretary"), a role word or the first word of a
    place ("La Guardia"), nor opening with the surname of someone else the text names (``others``: "Trump National
    Doral")?"""
    toks = name.split()
    if toks[0].lower() in PLACE_FIRST_WORDS or role_word(toks[-1]) or any(n != name for n in others) \
            or any(len(t) > 1 and t.isupper() and not _initials(t) for t in toks):
        # "FULL TEXT", "NEW YORK": a label, a shout (not the initials of "D.K. Shivakumar")
        return False
    if any(t.endswith(_GROUP_ENDINGS) or t.lower() in ORG_WORDS or t.endswith(("’t", "'t")) or t in _DATES
           for t in toks):
        return False  # "Republicans Jolly", "African Americans", "Breitbart News", "Don’t Republicans", "Super Tuesday"
    if any(first_name_gender(t) for t in toks[1:]):
        return False  # a word before a first name is no first name: "Crooked Hillary", "Little Marco"
    return not any(_standing_alone(body, t.lower()) for t in toks if t.isalpha())


def shaped_in(mem, name: str) -> bool:
    """``name_shaped`` for a name of the article of ``mem`` (a ``SpeakerMemory``), read once per article."""
    seen = mem.__dict__.setdefault("_shaped", {})
    if name not in seen:
        toks = name.split()
        others = mem.surname(toks[0].lower()) + [n for n in mem.surname(toks[-1].lower())
                                                 if n != name and not n.endswith(" " + name)]  # "Aung San Suu Kyi"
        seen[name] = name_shaped(mem.body, name, others)
    return seen[name]


def acts_as_person(body: str, name: str, pos: int, subject: bool) -> bool:
    """Is the name at ``pos`` (its first word no known first name, see ``name_shaped``) a person's, by what the text
    does with it: a role before it, an age or a role in an aside after it, its surname used alone elsewhere, or its
    being the subject of its clause (``subject``)?"""
    if subject or role_before(body, pos) or surname_alone(body, name):
        return True
    end = body.find(name.split()[-1], pos, pos + len(name) + 40)
    return end >= 0 and _AFTER.match(body, end + len(name.split()[-1])) is not None


def surname_alone(body: str, name: str) -> bool:
    """Does the text use the last word of ``name`` on its own, as a surname ("Mokoena said"), not only in the name?"""
    toks = name.split()
    if len(toks) < 2 or len(toks[-1]) < 3 or body.count(toks[-1]) <= body.count(name):
        return False
    return _standing_alone(body, toks[-1], after_apostrophe=True, not_after=toks[-2] + " ")


def _word_char(ch: str) -> bool:
    """Is ``ch`` a letter, digit or underscore (re's ``\\w``), an apostrophe or a hyphen?"""
    return ch.isalnum() or ch in "_’'-"


def _standing_alone(body: str, word: str, after_apostrophe: bool = False, not_after: str = "") -> bool:
    """Does ``word`` stand in ``body`` as a whole word: no letter, digit, underscore, apostrophe or hyphen before
    it, none of those after it (an apostrophe may follow with ``after_apostrophe``: "Mokoena's"), and not right
    after ``not_after``? (``(?<![\\w’'-])(?<!NOT_AFTER)WORD(?![\\w’'-])`` without a pattern compiled per word.)"""
    n = len(word)
    i = body.find(word)
    while i >= 0:
        j = i + n
        if not (i and _word_char(body[i - 1])) and not (j < len(body) and (
                body[j].isalnum() or body[j] in ("_-" if after_apostrophe else "_’'-"))) \
                and not (not_after and body.endswith(not_after, 0, i)):
            return True
        i = body.find(word, i + 1)
    return False


def reported(body: str, s: int, pos: int) -> bool:
    """Is the mention at ``pos`` (in the sentence at ``s``) the opening of what a cue verb reports ("Smith said Jones
    had lied", "told reporters that Jones …")?"""
    return pos > s and _REPORTED.search(body, max(s, pos - 60), pos) is not None


def possessive(body: str, pos: int) -> bool:
    """Is the name written at ``pos`` a possessor ("Kasich’s campaign", "Mr. Cruz's father"): not the head of its
    phrase, so never its sentence's subject?"""
    m = _RUN.match(body, pos)
    if m is None:
        return False
    return body.startswith(("’s", "'s"), m.end()) or (body[m.end() - 1] == "s" and body.startswith(("’ ", "' "), m.end()))


def described_person(name: str, plural: bool) -> str | None:
    """For a quote's speaker that is a definite description of one person ("The mayor", "the local mayor"): the
    gender its head word tells ('m', 'f') or '' for none; None when it is no such description."""
    m = _DEFINITE.fullmatch(name)
    if m is None or plural:
        return None
    head = m.group("head").lower()
    if head not in _HEADS:
        return None
    return GENDERED_WORDS.get(head, "")


def text_role(body: str, name: str, pos: int) -> str | None:
    """The role the text gives the person ``name`` at its mention near ``pos`` (at it or a sentence's opening
    before it): "mayor" of "The mayor, Angel Mendoza," or of "Angel Mendoza, the mayor,"; None when it gives none."""
    at = body.find(name, pos, pos + 80)
    if at < 0:
        return None
    return role_before(body, at) or role_after(body, at + len(name))


def described_subject(body: str, starts: list[int], want: str) -> tuple[int, str] | None:
    """(offset, description) of the latest sentence of those at ``starts`` that opens with a definite description
    of one person ("The coach watched from the stand"), whose head word's gender, if it tells one, is ``want``;
    None when none does."""
    for s in reversed(starts):
        m = _SUBJECT.match(body, s)
        if m is not None and m.group("head") in _HEADS and GENDERED_WORDS.get(m.group("head"), want) == want:
            return m.start("np"), m.group("np")
    return None
