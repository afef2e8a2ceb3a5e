"""Who a mention in an article stands for: pronouns that agree in gender and number, descriptions
("the minister") resolved to the named holder of the role, documents ("a statement", "the union's
release") to their author, surnames to the one full name they can mean.

``SpeakerMemory`` holds what the article has said so far; the extractor calls :meth:`attribute`
for each subject phrase it finds, in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entities import entity_type, is_fragment, normalise, salvage, trim_time
from .gender import GENDERED_WORDS, person_gender
from .lexicon import DOCUMENT_WORDS, NOMINALS, PRONOUNS, ROLE_WORDS
from .speakers import _TITLES, entity_kind, is_media, split_role

_GOV_HEADS = {"regulator", "watchdog", "ministry", "agency", "department", "commission", "regulators"}
_PLURAL_HEADS = {"officials", "analysts", "sources", "experts", "critics", "people", "residents", "aides",
                 "advisers", "lawmakers", "leaders", "members", "authorities", "police", "investigators",
                 "prosecutors", "democrats", "republicans", "supporters", "voters", "researchers", "scientists",
                 "economists", "diplomats", "executives", "lawyers", "attorneys", "activists", "organizers",
                 "witnesses", "allies", "staffers", "others", "both", "families", "parents", "students", "workers"}
_PERSON_ROLES = (set(ROLE_WORDS) - {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."}) | {
    "billionaire", "businessman", "businesswoman", "congressman", "congresswoman", "frontrunner", "front-runner",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "lawmaker", "politician",
    "pastor", "priest", "bishop", "archbishop", "rabbi", "imam", "doctor", "surgeon", "nurse", "officer",
    "detective", "sheriff", "prosecutor", "host", "moderator", "anchor", "actor", "actress", "singer", "star",
    "veteran", "activist", "owner", "teacher", "student", "physician", "pilot", "councillor", "councilman",
    "councilwoman", "superintendent", "commander", "admiral", "marshal", "mogul", "tycoon", "entrepreneur",
    "economist", "historian", "physicist", "biographer", "novelist", "poet", "writer", "journalist"}
_DESCRIPTION = re.compile(r"(?:the|this|that|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*)$",
                          re.I)
_NAME = re.compile(r"(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen)"
                   r"\.?\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:de\s+|van\s+|von\s+|al-)?"
                   r"[A-Z][a-z’'-]+){0,2})")
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,3}\b")
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile", "This", "That", "When",
             "While", "After", "Before", "If", "As", "For", "With", "By", "From", "He", "She", "It", "They", "We",
             "His", "Her", "Their", "Its", "Our", "I", "You", "Monday", "Tuesday", "Wednesday", "Thursday",
             "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "So", "Yet",
             "Still", "Now", "Then", "There", "Here", "What", "Why", "How", "Who", "Where", "Although", "Though",
             "Because", "Since", "Asked", "Speaking", "According", "Last", "Next", "Earlier", "Later", "Also"}
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_NEAR = 1200
"""Characters back within which the last speaker of the right kind is preferred to a name in the text."""


@dataclass
class Entity:
    name: str
    kind: str  # person / org / group / unknown
    role: str | None = None
    cue: str | None = None
    context: str = ""  # words around the cue ("said in an article"), for "the article" later
    gender: str | None = None
    etype: str = ""  # place / capital / country / platform / document / ""
    plural: bool = False
    pos: int = -1


def _plural(name: str) -> bool:
    toks = name.lower().split()
    return bool(toks) and (toks[-1] in _PLURAL_HEADS or (toks[-1].endswith("s") and toks[0] in (
        "some", "many", "several", "two", "three", "other", "both") or " and " in f" {name.lower()} "))


def _fits(e: Entity, pronoun: str, strict: bool) -> bool:
    """Can ``pronoun`` stand for ``e``? ``strict`` also rules out a gender that is only likely."""
    if pronoun in ("he", "him", "she", "her"):
        if e.etype or e.plural or e.kind in ("org", "group"):
            return False
        want = "m" if pronoun in ("he", "him") else "f"
        g = e.gender or ""
        if strict:  # first pass: the gender agrees
            return g[:1] == want
        return not g  # then: unknown
    if pronoun == "it":
        return e.kind in ("org", "unknown") and not e.plural and e.etype not in ("place", "platform") \
            and not e.gender
    if pronoun == "they":
        return e.etype not in ("place", "platform") and (e.plural or e.kind in ("org", "group") or not e.gender) \
            if strict else e.etype not in ("place", "platform")
    return e.etype not in ("place", "platform")


@dataclass
class SpeakerMemory:
    """What an article has said so far: speakers in order, and the people its text names."""

    body: str = ""
    history: list[Entity] = field(default_factory=list)
    full_names: dict[str, list[str]] = field(default_factory=dict)  # last token (lower) -> full names, in order
    gov_mentions: list[str] = field(default_factory=list)  # regulators/ministries named so far
    _names: list[tuple[int, str, str | None]] | None = None  # (offset, person name, gender) in the text

    def __post_init__(self) -> None:
        for m in _FULL_NAME.finditer(self.body) if self.body else ():
            toks = m.group().split()
            while toks and toks[0] in _NOT_NAME:
                toks = toks[1:]
            name = split_role(" ".join(toks))[0]
            if len(name.split()) >= 2 and entity_kind(name) == "person" and not entity_type(name):
                lst = self.full_names.setdefault(name.split()[-1].lower(), [])
                if name not in lst:
                    lst.append(name)

    # ------------------------------------------------------------------ names in the text
    def names_before(self, at: int) -> list[tuple[int, str, str | None]]:
        """People the text names before ``at`` (latest last): full names and honorific + surname."""
        if self._names is None:
            out = []
            for m in _NAME.finditer(self.body):
                toks = m.group("name").split()
                hon = m.group("hon")
                while toks and toks[0] in _NOT_NAME:
                    toks = toks[1:]
                if not toks or (len(toks) < 2 and not hon):
                    continue
                nxt = _NEXT_WORD.match(self.body, m.end())
                if nxt and (nxt.group(1) in _PLURAL_HEADS or nxt.group(1) in _PERSON_ROLES):
                    continue  # a modifier: "South Korean officials", "Clinton campaign"
                name, role = split_role(" ".join(toks))
                toks = name.split()
                if entity_kind(name) not in ("person", "unknown") or entity_type(name):
                    continue
                gender = GENDERED_WORDS.get(hon.lower()) if hon else person_gender(name, role, strict=True)
                if len(toks) == 1:
                    name = self.expand(name, gender)
                out.append((m.start(), name, gender))
            self._names = out
        return [n for n in self._names if n[0] < at]

    _CAND = re.compile(r"(?<![\w’'])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?"
                       r"[A-Z][\w’'-]*){0,3}")

    def subject_in(self, s: int, q_open: int, q_end: int, e: int):
        """A person the quote's own sentence names outside the quotation (its subject before the quote,
        else the first one after it): ``(name, mention, start, end, role)`` or None."""
        before = self.body[s:q_open]
        spans = [(s, q_open), (q_end, e)] if len(before.split()) >= 2 else [(q_end, e), (s, q_open)]
        for a, b in spans:
            for m in self._CAND.finditer(self.body, a, b):
                if self.body[max(a, m.start() - 1): m.start()] in ("“", '"', "‘") \
                        or self.body.startswith(("’s", "'s"), m.end()) or m.group().endswith(("’s", "'s")):
                    continue  # inside a quotation, or a possessive ("Clinton's campaign")
                got = self._person(m.group())
                if got:
                    return got[0], m.group(), m.start(), m.end(), got[1]
        return None

    def _person(self, phrase: str) -> tuple[str, str | None] | None:
        """(name, role) when ``phrase`` names a person the article knows, else None."""
        toks = phrase.split()
        while toks and toks[0] in _NOT_NAME:
            toks = toks[1:]
        if not toks:
            return None
        name, role = split_role(" ".join(toks))
        hon = GENDERED_WORDS.get(toks[0].lower().strip("."))
        if len(name.split()) == 1:
            key = name.lower().strip("’'s")
            if key not in self.full_names and not any(e.name.split()[-1].lower() == key for e in self.history
                                                      if e.kind == "person"):
                return None
        elif entity_kind(name) != "person" or entity_type(name) or is_fragment(name):
            return None
        name = self.expand(name, hon)
        if entity_type(name):
            return None
        self.remember(name, "person", role, None, "", -1, hon)
        return name, role

    def continues(self, speaker: str | None, since: int, at: int) -> bool:
        """May a quote at ``at`` with no cue of its own continue ``speaker`` (last quoted, up to ``since``)?
        Not when the text in between names someone else."""
        if not speaker:
            return False
        own = {t.lower().strip(".,’'") for t in speaker.split()}
        for pos, name, _ in reversed(self.names_before(at)):
            if pos < since:
                break
            lead = self.body[max(since, pos - 3): pos]
            if (pos == since or lead.endswith(("\n", ". ")) or lead.strip() == "") \
                    and name.split()[-1].lower().strip(".,’'") not in own:
                return False  # another person is the subject of a sentence in between
        return True

    # ------------------------------------------------------------------ memory
    def remember(self, name: str, kind: str, role: str | None, cue: str | None, context: str = "",
                 pos: int = -1, gender: str | None = None) -> None:
        etype = entity_type(name)
        if kind == "person" and not gender:
            gender = person_gender(name, role, strict=True) or (person_gender(name, role) or "") + "?"
            gender = None if gender == "?" else gender
        self.history.append(Entity(name, kind, role, cue, context.lower(), gender, etype, _plural(name), pos))
        toks = name.split()
        if kind == "person" and len(toks) >= 2:
            lst = self.full_names.setdefault(toks[-1].lower(), [])
            if name not in lst:
                lst.append(name)

    def expand(self, name: str, gender: str | None = None) -> str:
        """'Trump' -> 'Donald Trump' once the article has used the full name, when only one full name
        (of the right gender, after "Mrs." or "Mr.") ends with it; otherwise the name as written."""
        toks = [t for t in name.split() if t.lower() not in _TITLES]
        if len(toks) != 1:
            return " ".join(toks) if toks else name
        cands = self.full_names.get(toks[0].lower(), [])
        if gender:
            cands = [c for c in cands if person_gender(c, strict=True) in (gender, None)]
            if len(cands) > 1:
                cands = [c for c in cands if person_gender(c, strict=True) == gender]
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:  # several people share the surname: the one the article spoke of last
            for e in reversed(self.history):
                if e.name in cands:
                    return e.name
            return cands[0] if gender is None else name
        return name if gender and name.split()[0].lower().strip(".") in GENDERED_WORDS else toks[0]

    # ------------------------------------------------------------------ resolution
    def attribute(self, np: str, start: int, cue: str | None, context: str = ""):
        """(name, role) for the subject phrase ``np`` at ``start``; ``(None, None)`` when it stands for
        nobody the article names (an unresolved pronoun, a place, a platform); None when it is not a
        noun phrase."""
        raw, low = np, np.lower().strip()
        if low in PRONOUNS:
            e = self.resolve_pronoun(low, start)
            if e is None:
                return None, None
            self._again(e, cue, context, start)
            return e.name, e.role
        np = normalise(trim_time(np)) or np
        etype = entity_type(np)
        if etype == "place" or (etype == "platform" and np.lower() != raw.lower()):
            return None, None  # a place never speaks; a platform only as the subject itself ("Facebook said")
        if is_fragment(np):
            np = salvage(np) or ""
            if not np:
                return None, None
            etype = entity_type(np)
            if etype in ("place", "platform"):
                return None, None
        low = np.lower()
        nominal = re.fullmatch(r"(?:the|this|that)\s+([a-z]+)", low)
        if nominal and nominal.group(1) in NOMINALS:
            name, role = self.resolve(np)
            if name is None:
                name, role = np, None
            self.remember(name, entity_kind(name) if name != np else "org", role, cue, context, start)
            return name, role
        if etype == "document" or (low.split()[-1] in DOCUMENT_WORDS and ("’s " in np or "'s " in np)):
            author = self.author(np, start)
            if author:
                self._again(author, cue, context, start)
                return author.name, author.role
        desc = _DESCRIPTION.fullmatch(np)
        if desc and desc.group("head").lower() in _PERSON_ROLES:
            holder = self.holder(np, desc.group("head").lower(), start)
            if holder:
                return holder
        toks = np.split()
        gov = self.gov_mentions[-1] if self.gov_mentions and 2 <= len(toks) <= 5 and toks[-1] in _GOV_HEADS else None
        if gov and {t for t in toks[:-1] if t.islower()} & set(gov.lower().split()):
            # "China’s cyberspace watchdog" after "the Cyberspace Administration of China"
            self.remember(gov, "org", np, cue, context, start)
            return gov, np
        name, role = split_role(np)
        hon = GENDERED_WORDS.get(np.split()[0].lower().strip("."))
        name = self.expand(name, hon)
        self.remember(name, entity_kind(name), role, cue, context, start, hon)
        return name, role

    def _again(self, e: Entity, cue: str | None, context: str, pos: int) -> None:
        self.history.append(Entity(e.name, e.kind, e.role, cue, context.lower(), e.gender, e.etype, e.plural, pos))

    def resolve_pronoun(self, pronoun: str, at: int) -> Entity | None:
        """What a pronoun stands for. "he"/"she": the latest speaker whose gender agrees (unless the text
        has since named another person of that gender), else the latest person of that gender the text
        names, else the latest speaker of unknown gender; never an organisation, a group or a place.
        "it": an organisation; "they": a group or an organisation."""
        gendered = pronoun in ("he", "him", "she", "her")
        for e in reversed(self.history):
            if gendered and e.pos >= 0 and at - e.pos > 3 * _NEAR:
                break
            if _fits(e, pronoun, True):
                if gendered and e.pos >= 0 and at - e.pos > _NEAR:
                    return self._named(pronoun, at, after=e.pos) or e
                return e
        if gendered:
            named = self._named(pronoun, at)
            if named:
                return named
        for e in reversed(self.history):
            if gendered and e.pos >= 0 and at - e.pos > 3 * _NEAR:
                break
            if _fits(e, pronoun, False):
                return e
        return self._named(pronoun, at, any_gender=True) if gendered else None

    def _named(self, pronoun: str, at: int, after: int = -1, any_gender: bool = False) -> Entity | None:
        """The latest person of the pronoun's gender (or, with ``any_gender``, of no known gender) the
        text names before ``at`` (and after ``after``)."""
        want = "m" if pronoun in ("he", "him") else "f"
        for pos, name, gender in reversed(self.names_before(at)):
            if pos <= after or at - pos > 3 * _NEAR:
                break
            if gender == want or (any_gender and gender is None):
                return Entity(name, "person", None, None, "", gender, "", False, pos)
        return None

    def holder(self, np: str, head: str, at: int):
        """The named holder of the role in "the minister": a speaker whose role has the word, or a
        name the text gives it ("Mayor Jane Roe", "Jane Roe, the city's mayor"). The description's
        other words must fit too ("the Democratic nominee" is not "Republican nominee Donald Trump")."""
        words = {w.lower() for w in re.findall(r"[\w-]+", np)[1:-1]} - {"new", "same", "top", "first"}

        def fits(role_text: str) -> bool:
            have = {w.lower() for w in re.findall(r"[\w-]+", role_text)}
            return words <= have

        for e in reversed(self.history):
            if e.role and e.kind == "person" and re.search(r"\b%s\b" % re.escape(head), e.role, re.I) \
                    and fits(e.role):
                return e.name, e.role
        text = self.body[max(0, at - 4 * _NEAR): at]
        best = None
        for m in re.finditer(r"(?P<r>(?:[\w-]+\s+){0,3}(?i:%s))\s+(?P<n>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
                             r"(?![’']s)" % re.escape(head), text):
            if fits(m.group("r")):
                best = (m.start(), m.group("n"), m.group("r").strip())
        for m in re.finditer(r"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?P<r>(?:the|a|an|its|his|her)\s+"
                             r"[^,.;:]{0,50}?\b(?i:%s))\b" % re.escape(head), text):
            if (best is None or m.start() > best[0]) and fits(m.group("r")):
                best = (m.start(), m.group("n"), m.group("r").strip(" ,"))
        if best is None:
            return None
        name, role = split_role(best[1])
        if entity_kind(name) != "person" or is_fragment(name) or name.split()[0] in _NOT_NAME:
            return None
        name = self.expand(name)
        role = best[2][:1].upper() + best[2][1:]
        self.remember(name, "person", role, None, "", at)
        return name, role

    def author(self, np: str, at: int) -> Entity | None:
        """The author of a document: its owner ("the union's release"), or the latest speaker whose cue
        named that kind of document ("said in a statement")."""
        m = re.match(r"^(?P<owner>.+?)[’']s\s+", np)
        if m:
            owner = m.group("owner")
            low = owner.lower()
            if low.split()[0] in ("the", "this", "that") and low.split()[-1] in NOMINALS:
                name, role = self.resolve(owner)
                if name:
                    return Entity(name, entity_kind(name), role)
            name, role = split_role(re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.I) if
                                    owner[:4].lower() == "the " and owner[4:5].isupper() else owner)
            if not is_fragment(name) and not entity_type(name):
                return Entity(self.expand(name), entity_kind(name), role)
            return None
        word = np.lower().split()[-1].rstrip("s")
        for e in reversed(self.history[-6:]):
            if re.search(r"\b%ss?\b" % re.escape(word), e.context) and not e.etype:
                return e
        return None

    def resolve(self, mention: str) -> tuple[str | None, str | None]:
        """(speaker name, role) for a generic nominal ("the company") from the latest compatible speaker."""
        low = mention.lower().strip()
        m = re.fullmatch(r"(?:the|this|that)\s+([a-z]+)", low)
        if not m or m.group(1) not in NOMINALS:
            return None, None
        want = NOMINALS[m.group(1)]
        word = m.group(1)
        if word in ("regulator", "ministry", "agency", "department", "watchdog", "commission") and self.gov_mentions:
            for e in reversed(self.history):
                if any(w in e.name.lower() for w in ("ministry", "administration", "agency", "commission",
                                                     "regulator", "department", "authority")):
                    return e.name, e.role
            return self.gov_mentions[-1], None
        for e in reversed(self.history[-6:]):
            if re.search(r"\b%s\b" % word, e.context):
                return e.name, e.role
        for e in reversed(self.history):
            if e.etype in ("place", "platform"):
                continue
            if want == "org" and (e.kind == "person" or e.gender):
                continue
            if want == "media" and not (is_media(e.name) or (e.cue or "").startswith("report")):
                continue
            if want == "org" and word in ("ministry", "regulator", "agency", "department") \
                    and word not in e.name.lower() and any(word in h.name.lower() for h in self.history):
                continue
            return e.name, e.role
        return None, None

