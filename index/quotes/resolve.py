"""Who a mention in an article stands for: pronouns that agree in gender and number, descriptions
("the minister") resolved to the named holder of the role, documents ("a statement", "the union's
release") to their author, surnames to the one full name they can mean.

``SpeakerMemory`` holds what the article has said so far; the extractor calls :meth:`attribute`
for each subject phrase it finds, in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .describe import DESCRIPTION, PERSON_ROLES, Descriptions
from .entities import Entity, entity_type, is_fragment, normalise, salvage, trim_time
from .gender import GENDERED_WORDS, first_name_gender, person_gender
from .lexicon import COUNTRIES, DOCUMENT_WORDS, NOMINALS, PRONOUNS
from .speakers import _TITLES, entity_kind, split_role

_GOV_HEADS = {"regulator", "watchdog", "ministry", "agency", "department", "commission", "regulators"}
_PLURAL_HEADS = {"officials", "analysts", "sources", "experts", "critics", "people", "residents", "aides",
                 "advisers", "lawmakers", "leaders", "members", "authorities", "police", "investigators",
                 "prosecutors", "democrats", "republicans", "supporters", "voters", "researchers", "scientists",
                 "economists", "diplomats", "executives", "lawyers", "attorneys", "activists", "organizers",
                 "witnesses", "allies", "staffers", "others", "both", "families", "parents", "students", "workers"}
_NAME = re.compile(r"(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen)"
                   r"\.?\s+)?(?P<name>[A-Z](?:[a-z]+|(?=[’']))(?:[’'-][A-Z]?[a-z]+)*(?:\s+[A-Z]\.)?(?:\s+(?:de\s+|van\s+|von\s+|al-)?"
                   r"[A-Z](?:[a-z]+|(?=[’']))(?:[’'-][A-Z]?[a-z]+)*){0,4})")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)*(?:\s+[A-Z]\.)?(?:\s+[A-Z](?:[a-z]+|(?=[’']))(?:[’'-][A-Z]?[a-z]+)*)"
                        r"{1,3}\b")
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile", "This", "That", "When",
             "While", "After", "Before", "If", "As", "For", "With", "By", "From", "He", "She", "It", "They", "We",
             "His", "Her", "Their", "Its", "Our", "I", "You", "Monday", "Tuesday", "Wednesday", "Thursday",
             "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "So", "Yet",
             "Still", "Now", "Then", "There", "Here", "What", "Why", "How", "Who", "Where", "Although", "Though",
             "Because", "Since", "Asked", "Speaking", "According", "Last", "Next", "Earlier", "Later", "Also"}
RECORDINGS = {"audio", "video", "recording", "recordings", "footage", "tape", "tapes", "clip", "clips",
              "videotape", "livestream", "broadcast"}
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_NEAR = 1200
"""Characters back within which the last speaker of the right kind is preferred to a name in the text."""


_HEADLINE_WORDS = {"On", "How", "Is", "Are", "For", "To", "Of", "In", "And", "The", "A", "Says", "Said", "Will", "Was",
                   "Has", "Who", "What", "Why", "Not", "At", "With", "By", "Just", "Gets", "Makes", "Slams", "Calls"}


def _drop_lead(name: str) -> str:
    """'Kentuckian Rand Paul' -> 'Rand Paul', 'Endorses Ted Cruz' -> 'Ted Cruz': a capitalised word before
    a known first name that is not one itself (headline words, demonyms)."""
    toks = name.split()
    cut = next((i for i in range(2, len(toks)) if toks[i] in _HEADLINE_WORDS), len(toks))
    toks = toks[:cut]  # "John Leguizamo On How Latinos …" (a headline)
    if len(toks) > 2 and first_name_gender(toks[0]) is None:
        k = next((i for i in range(1, len(toks) - 1) if first_name_gender(toks[i]) is not None), 0)
        toks = toks[k:]
    return " ".join(toks)


def _article_places(body: str) -> set[str]:
    """Places the article itself shows to be places: 'Terre Haute, Indiana' -> {'terre haute'}."""
    out = set()
    for m in _PLACE_OF.finditer(body):
        if entity_type(m.group(2)) == "place" or m.group(2).lower() in COUNTRIES:
            out.add(m.group(1).lower())
    return out


_PLACE_OF = re.compile(r"\b(?:in|of|from|at|near|to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


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
class SpeakerMemory(Descriptions):
    """What an article has said so far: speakers in order, and the people its text names."""

    body: str = ""
    history: list[Entity] = field(default_factory=list)
    full_names: dict[str, list[str]] = field(default_factory=dict)  # last token (lower) -> speakers' full names
    gov_mentions: list[str] = field(default_factory=list)  # regulators/ministries named so far
    _names: list[tuple[int, str, str | None]] | None = None  # (offset, person name, gender) in the text
    _places: set[str] | None = None
    _text_full: dict[str, list[str]] | None = None

    def surname(self, key: str) -> list[str]:
        """Full names ending in ``key`` (lower case): those the text names, in order, then speakers'."""
        if self._text_full is None:  # read on first need: many articles never ask
            self._text_full = {}
            for m in _FULL_NAME.finditer(self.body):
                toks = m.group().split()
                while toks and toks[0] in _NOT_NAME:
                    toks = toks[1:]
                name = _drop_lead(split_role(" ".join(toks))[0])
                if len(name.split()) >= 2 and entity_kind(name) == "person" and not entity_type(name):
                    lst = self._text_full.setdefault(name.split()[-1].lower(), [])
                    if name not in lst:
                        lst.append(name)
        out = list(self._text_full.get(key, ()))
        out += [n for n in self.full_names.get(key, ()) if n not in out]
        return out

    # ------------------------------------------------------------------ names in the text
    def places(self) -> set[str]:
        """Names the article shows to be places ("in Terre Haute, Indiana"), lower case."""
        if self._places is None:
            self._places = _article_places(self.body) if "," in self.body else set()
        return self._places

    def names_before(self, at: int) -> list[tuple[int, str, str | None]]:
        """People the text names before ``at`` (latest last): full names and honorific + surname."""
        if self._names is None:
            out = []
            quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(self.body)]
            k = 0
            for m in _NAME.finditer(self.body):
                while k < len(quoted) and quoted[k][1] <= m.start():
                    k += 1
                if k < len(quoted) and quoted[k][0] < m.start():
                    continue  # a name inside a quotation is not someone the article quotes
                toks = m.group("name").split()
                hon = m.group("hon")
                while toks and toks[0] in _NOT_NAME:
                    toks = toks[1:]
                if not toks or (len(toks) < 2 and not hon):
                    continue
                nxt = _NEXT_WORD.match(self.body, m.end())
                if nxt and (nxt.group(1) in _PLURAL_HEADS or nxt.group(1) in PERSON_ROLES):
                    continue  # a modifier: "South Korean officials", "Clinton campaign"
                name, role = split_role(" ".join(toks))
                name = _drop_lead(name)
                toks = name.split()
                if entity_kind(name) not in ("person", "unknown") or entity_type(name):
                    continue
                gender = GENDERED_WORDS.get(hon.lower()) if hon else None
                if len(toks) == 1:
                    name = self.expand(name, gender)
                out.append((m.start(), name, gender or person_gender(name, role, strict=True)))
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
            if not self.surname(key) and not any(e.name.split()[-1].lower() == key for e in self.history
                                                      if e.kind == "person"):
                return None
        elif entity_kind(name) != "person" or entity_type(name) or is_fragment(name):
            return None
        name = self.expand(name, hon)
        if entity_type(name):
            return None
        self.remember(name, "person", role, None, "", -1, hon)
        return name, role

    # ------------------------------------------------------------------ memory
    def remember(self, name: str, kind: str, role: str | None, cue: str | None, context: str = "",
                 pos: int = -1, gender: str | None = None) -> None:
        etype = entity_type(name)
        if kind == "unknown" and not etype and " " not in name and name[:1].isupper() and self.surname(name.lower()):
            kind = "person"  # "Parry" where the article names "Steve Parry": a person, never "it"
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
        (of the right gender, after "Mrs." or "Mr.") ends with it; otherwise the surname, or with its
        honorific where the surname alone could be taken for someone else ("Mrs. Trump")."""
        toks = [t for t in name.split() if t.lower() not in _TITLES]
        if len(toks) != 1:
            return " ".join(toks) if toks else name
        if entity_type(toks[0]):
            return toks[0]  # "Twitter" is not "Islamic State Twitter"
        cands = self.surname(toks[0].lower())
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
        honorific = gender and name.split()[0].lower().strip(".") in GENDERED_WORDS
        if honorific and (gender == "f" or self.surname(toks[0].lower())):
            return name  # "Mrs. Trump", or "Mr. Clinton" where only a woman of that name is known
        return toks[0]

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
        if low.strip(".") in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov"):  # a name cut at its honorific
            m = re.match(r"\.?\s*([A-Z][\w’'-]+)", self.body[start + len(np): start + len(np) + 40])
            np = f"{np.rstrip('.')}. {m.group(1)}" if m else np
        np = normalise(trim_time(np)) or np
        etype = entity_type(np)
        if etype == "" and np[:1].isupper() and np.lower() in self.places():
            etype = "place"
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
            if name is None and nominal.group(1) in DOCUMENT_WORDS:
                author = self.named_author(nominal.group(1), start)
                name, role = (author.name, author.role) if author else (None, None)
            if name is None:
                name, role = np, None
            self.remember(name, entity_kind(name) if name != np else "org", role, cue, context, start)
            return name, role
        if etype == "document" or (low.split()[-1] in DOCUMENT_WORDS and ("’s " in np or "'s " in np)) \
                or low.split()[0] in RECORDINGS:
            author = self.author(np, start)
            if author:
                self._again(author, cue, context, start)
                return author.name, author.role
            if low.split()[0] in RECORDINGS or low.split()[-1] in RECORDINGS:
                return None, None  # "audio obtained by the Tribune": whoever is heard, not who obtained it
        desc = DESCRIPTION.fullmatch(np)
        if desc and desc.group("head").lower() in PERSON_ROLES:
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
        if role and is_fragment(role):
            role = None  # a role is a role phrase, never a clause ("Senator Jo Roe of Vermont endorsed")
        first = np.split()[0]
        hon = GENDERED_WORDS.get(first.lower().strip("."))
        # "Mrs. Trump" with no Mrs. Trump named in full stays "Mrs. Trump", never plain "Trump"
        name = self.expand(f"{first} {name}" if hon and len(name.split()) == 1 and first != name else name, hon)
        self.remember(name, "person" if hon else entity_kind(name), role, cue, context, start, hon)
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
