"""Which person "he" or "she" stands for, by agreement and salience (after Lappin and Leass, 1994).

The candidates are the people mentioned before the pronoun, in its paragraph and the ones before it: the
people the text names outside quotations and the speakers the article has quoted. A candidate must agree
with the pronoun: a person (never a place, a platform, an organisation or a group), of the pronoun's gender
or of no gender the text tells. A mention is salient for being there, more when it is the subject of its
sentence or the speaker of a quote, less when it is the object of a preposition, and half as salient for
every sentence (a quotation counts as one) between it and the pronoun; a person's salience is that of the
best mention and a share of the others'. A person whose gender is known to agree outranks one whose gender
is unknown or only likely; a name that is mostly the other gender's ("Kim") comes only when no one else fits.

``salient_person(memory, pronoun, at)`` reads the ``SpeakerMemory`` (see resolve.py) of the article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right

from .describe import PERSON_ROLES
from .entities import Entity, entity_type
from .gender import GENDERED_WORDS, first_name_gender
from .kin import bare_surname_candidates
from .lexicon import ORG_WORDS
from .noun_phrase import role_word
from .people import _END, _JOINING, _QUOTED_SPAN as _QUOTED
from .person_evidence import acts_as_person, described_person, described_subject, possessive, reported, role_before, shaped_in
from .speakers import split_role
from .subjects import lead_phrase

_WINDOW, _SENTENCES = 3600, 6
"""Characters and sentences back in which a pronoun's antecedent is looked for (a few paragraphs of news; a
mention six sentences back weighs less than 1/64 of one in the pronoun's sentence)."""
_RECENT, _SUBJECT, _SPEAKER, _OBLIQUE_LESS = 100.0, 80.0, 100.0, 40.0
"""Salience of a mention: for being there, for being its sentence's subject, for being a quote's speaker; less
for the object of a preposition or one of a list."""
_EVERY_OTHER = 0.25
"""A person's salience: that of the most salient mention, and this share of every other one's."""
_OBLIQUE = re.compile(r"\b(?:to|with|of|for|from|by|against|about|on|at|in|than|between|such\s+as|and|including)"
                      r"\s+(?P<mods>(?:[\w’'.-]+\s+){0,3})\Z")
"""A preposition or a list's "and" before a mention, with up to three words between (a role, a team, a title:
"with Norwich boss Nigel Worthington")."""
_CLAUSE_VERB = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'-]*"
                          r"(?:,[^,.;:!?“”\"]{1,60},)?\s+(?:[a-z]+ed|said|says|told|tells|is|was|has|had|will|"
                          r"would|"
                          r"insisted|warned|added|admitted|thinks|thought|believes|feels|felt|knew|knows|made|took|"
                          r"went|came|gave|became|won|lost|wrote|spoke|says)\b")
"""A name that a verb follows (past an aside): the subject of its clause ("but Keegan sympathised with …")."""
_JOINED = re.compile(r"(?:,(?:\s+and)?|\bbut|\bwhile|\bwhereas|\bwhen)\s+\Z")
"""What opens a clause whose subject follows: a comma after an introductory clause ("Asked whether he would
run, Rubio gave …"), ", and", "but", "while", "when"."""
_APPOSED = re.compile(r"\s*[A-Z][^,.;:!?“”\"]{2,50},\s+(?:[a-z][\w-]*\s+){1,3}\Z")
"""A name in apposition to the subject that opens its sentence, after its role in lower case ("One of those laid off,
senior engineer Ngaio Whitmore, posted …"): the subject too."""
_AGREES = {"known": 1.0, "likely": 0.75, "unknown": 0.45, "unlikely": 0.25}
"""How a candidate's salience counts by what is known of the gender: told by the text, by a name that is
mostly of that gender, by nothing, or by a name mostly of the other gender."""
_ORG = frozenset(ORG_WORDS)
_DESCRIBED = {"a", "an", "one", "another"}
"""Words that open a description of someone not named before ("A spokesman for …"); "the businessman" is
someone named before, whom the description did not find."""
_QUANTIFIER = {"many", "some", "several", "most", "few", "all", "both", "other", "others", "one", "another", "two"}


def _paragraph(mem, p: int) -> tuple[int, list[int], list[tuple[int, str, str | None]]]:
    """(end, sentence ends, names) of the paragraph that starts at ``p``, read once per article: the ends outside
    its quotations (a quotation is one sentence of the narration), the last one where the next paragraph starts;
    the names as ``names_before`` gives them."""
    got = mem._paragraphs.get(p)
    if got is None:
        body = mem.body
        e = body.find("\n", p)
        e = len(body) if e < 0 else e
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(body, p, e)] if "“" in body or '"' in body else []
        ends, k = [], 0
        for m in _END.finditer(body, p, e):
            while k < len(quoted) and quoted[k][1] < m.end():
                k += 1
            if not (k < len(quoted) and quoted[k][0] < m.start()) and m.end() <= e:
                ends.append(m.end())
        ends.append(e + 1)
        names = mem.names_between(p, e) if mem._names is None else \
            mem._names[bisect_left(mem._names, (p,)): bisect_left(mem._names, (e,))]
        got = mem._paragraphs[p] = (e, ends, names)
    return got


def _window(mem, at: int) -> tuple[int, list[int], list[tuple[int, str, str | None]]]:
    """(start, sentence ends, names before ``at``) of the paragraphs the pronoun at ``at`` looks back over: back
    to ``_SENTENCES`` sentences or ``_WINDOW`` characters before it."""
    body = mem.body
    p = body.rfind("\n", 0, at) + 1
    ends: list[int] = []
    names: list[tuple[int, str, str | None]] = []
    while True:
        _, e_list, n_list = _paragraph(mem, p)
        ends[:0] = e_list
        names[:0] = n_list
        if p == 0 or at - p > _WINDOW or bisect_right(ends, at) > _SENTENCES:
            break
        p = body.rfind("\n", 0, p - 1) + 1
    k_at = bisect_right(ends, at)
    lo = max(p, at - _WINDOW, ends[k_at - _SENTENCES - 1] if k_at > _SENTENCES else 0)
    return lo, ends, names[: bisect_left(names, (at,))]


_OPENS_BEFORE = frozenset(" \t\n(:—–-")
_QUOTE_LOOK = 600
"""How far a name looks for the marks of a quotation around it (a bound: hostile text stays linear)."""


def quoted_at(mem, pos: int) -> bool:
    """Is ``pos`` inside a quotation, between an opening mark and a closing one of its paragraph (looked for no
    further than ``_QUOTE_LOOK``)? A name there is what the speaker spoke of, no one the narration's "he" or "she"
    stands for ("“I thank the late Ray Charles.” He apologised …"). Read from the marks next to it, not from their
    pairing, which a quotation left open a paragraph earlier would shift."""
    body = mem.body
    lo, hi = max(0, pos - _QUOTE_LOOK), min(len(body), pos + _QUOTE_LOOK)
    a = max(body.rfind('"', lo, pos), body.rfind("“", lo, pos), body.rfind("”", lo, pos), body.rfind("\n", lo, pos))
    if a < 0 or body[a] in "”\n" or body[a] == '"' and (a > 0 and body[a - 1] not in _OPENS_BEFORE
                                                       or a + 1 < len(body) and body[a + 1].isspace()):
        return False
    ends = [b for b in (body.find('"', pos, hi), body.find("”", pos, hi), body.find("“", pos, hi),
                        body.find("\n", pos, hi)) if b >= 0]
    b = min(ends) if ends else -1
    return b > 0 and (body[b] == "”" or body[b] == '"' and not body[b - 1].isspace())


def _agreement(gender: str | None, want: str) -> str | None:
    """'known', 'likely' or 'unknown' when ``gender`` ('m', 'f', 'm?', 'f?', None) can be the pronoun's; None
    when it is the other gender."""
    if not gender:
        return "unknown"
    if gender[0] != want:
        return None if len(gender) == 1 else "unlikely"  # "Kim Jong-un": a name mostly a woman's
    return "known" if len(gender) == 1 else "likely"


_ROLE_MODIFIERS = frozenset("first second third last next former senior junior late new old acting deputy".split())
"""Words that go with a role but are none ("her first European Indoors"): a noun names the role."""


def _lower_role_before(body: str, pos: int) -> str | None:
    """The person's role written in lower case right before the name at ``pos`` ("senior engineer Ngaio Whitmore"),
    or None."""
    words = body[max(0, pos - 30): pos].split()
    if not words or body[pos - 1: pos] != " ":
        return None
    w = words[-1]
    return w if w.isalpha() and w.islower() and w not in _ROLE_MODIFIERS and (w in PERSON_ROLES or role_word(w)) \
        else None


def _person_like(name: str, mem) -> bool:
    """Can ``name`` be a person's (not a place's, a platform's, an organisation's or a group's)?"""
    toks = name.split()
    if not toks or entity_type(name) or name.lower() in mem.places():
        return False
    if toks[0].lower() in _QUANTIFIER or not _ORG.isdisjoint(t.lower() for t in toks):
        return False
    return toks[-1][:1].isupper()


def _speaker_name(e: Entity, mem) -> str | None:
    """The name a quote's speaker counts under: a person's name without a role before it ("Arsenal vice-chairman
    David Dein" -> "David Dein"), a person described by a gendered word as written ("A spokesman for the BPI");
    None for a place, an organisation, a group or a plural."""
    if e.etype:
        return None
    if e.name[:4].lower() == "the " and described_person(e.name, e.plural) is not None:
        return e.name  # "The mayor" no name was tied to: the person the description stands for
    if any(t.islower() for t in e.name.split()) and e.name.split()[0].lower() in _DESCRIBED:
        # "A spokesman for the British Phonographic Industry": a person, whose role word tells the gender
        words = e.name.lower().replace("’s", " ").replace("'s", " ").split()
        return e.name if not e.plural and any(w in GENDERED_WORDS for w in words) else None
    if e.plural or e.kind not in ("person", "unknown") or not (
            e.kind == "person" or e.gender or first_name_gender(e.name.split()[0])):
        return None  # a person by its kind, gender or first name: not the band "Take That"
    if any(t.islower() for t in e.name.split()):
        name = split_role(e.name)[0]
        return name if name != e.name and _person_like(name, mem) else None
    if " " not in e.name and not (e.gender or mem.surname(e.name.lower())):
        return None  # one word no person the article names bears as a surname: "Yukos"
    return e.name if _person_like(e.name, mem) else None


def _opens_sentence(body: str, s: int, pos: int) -> bool:
    """Is the mention at ``pos`` the first words of the sentence at ``s`` (after a joining word)?"""
    lead = body[s:pos].strip(" \n\"“‘'([—–-,").split()
    return not lead or (len(lead) == 1 and lead[0] in _JOINING)


def _is_subject(body: str, s: int, pos: int) -> bool:
    """Is the mention at ``pos`` the subject of the sentence at ``s``: its first words, after a joining word or
    an introductory phrase ("And with 27 caps to his name, White is …")?"""
    if _opens_sentence(body, s, pos):
        return True
    lead = lead_phrase(body[s:pos + 1]) if "," in body[s:pos] else 0
    return lead > 0 and _opens_sentence(body, s + lead, pos)


_NAME_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
_NEXT_CAPITAL = re.compile(r"\.?\s+[A-Z]")
_OPENERS = frozenset({"The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "I", "His", "Her", "In", "On",
                      "At", "If", "As", "So", "Yet", "This", "That", "There", "Then", "Now", "When", "While", "After",
                      "Before", "Asked", "Speaking", "However", "Meanwhile", "Still", "Also", "For", "With"})


def _last_speaker_goes_on(mem, want: str, at: int) -> Entity | None:
    """The latest speaker, when the text names no one between it and the pronoun (quotations aside: no word there
    is a first name, an honorific or the surname of someone the article names) and its gender is known or likely
    to agree: the most salient person by every measure, found without reading all the names."""
    e = mem.history[-1] if mem.history else None
    if e is None or e.pos < 0 or not 0 <= at - e.pos <= 600 or not e.gender or e.gender[0] != want \
            or mem.pronoun_genders.get(e.name, want) != want:
        return None
    name = _speaker_name(e, mem)
    if name is None:
        return None
    between = mem.body[e.pos + len(e.name): at]
    if "“" in between or '"' in between:
        between = _QUOTED.sub(" ", between)
    for w in _NAME_WORD.finditer(between):
        word = w.group()
        if word in _OPENERS:
            continue
        if (first_name_gender(word) or word.lower().rstrip(".") in GENDERED_WORDS) and _NEXT_CAPITAL.match(
                between, w.end()) or any(first_name_gender(n.split()[0]) or shaped_in(mem, n)
                                         for n in mem.surname(word.lower())):
            return None  # someone else may be named since: a first name or an honorific before a name, a surname
        if _NEXT_CAPITAL.match(between, w.end()) and _lower_role_before(between, w.start()):
            return None  # a name after its role in lower case, of whatever first name: "senior engineer Ngaio Whitmore"
    return Entity(name, "person", e.role, None, "", e.gender, "", False, e.pos)


def salient_person(mem, pronoun: str, at: int) -> Entity | None:
    """The most salient person before ``at`` that "he"/"him" or "she"/"her" can stand for, or None."""
    want = "m" if pronoun in ("he", "him") else "f"
    quick = _last_speaker_goes_on(mem, want, at)
    if quick is not None:
        return quick
    body = mem.body
    lo, ends, names = _window(mem, at)
    k_at = bisect_right(ends, at)
    score: dict[str, float] = {}
    gender: dict[str, str | None] = {}
    last: dict[str, int] = {}
    role: dict[str, str | None] = {}
    spoke: list[tuple[int, int, str]] = []  # (start, end, name) of quotes' speakers
    mentions: dict[str, list[float]] = {}
    named: dict[str, str | None] = {}  # a speaker's name -> the name it counts under
    oblique_only: dict[str, bool] = {}  # a name only ever after a preposition ("Growing up in El Paso")
    weak: set[str] = set()  # a person only by what the text does with the name

    def add(name: str, pos: int, weight: float, g: str | None) -> None:
        k = bisect_right(ends, pos)
        s = ends[k - 1] if k else 0
        if possessive(body, pos):
            weight -= _OBLIQUE_LESS  # a possessor is not what its phrase is about: "Kasich’s campaign said"
        elif _is_subject(body, s, pos) or (0 < pos - s <= 80 and _APPOSED.match(body, s, pos) is not None
                                          and body.startswith(",", pos + len(name))):
            weight += _SUBJECT
        elif reported(body, s, pos):
            weight -= _OBLIQUE_LESS  # named in what someone said ("Smith said Jones had lied"): not its subject
        elif _JOINED.search(body, max(0, pos - 8), pos) and _CLAUSE_VERB.match(body, pos):
            weight += _SUBJECT / 2  # the subject of a clause joined to the first: "…, but Keegan sympathised"
        elif (ob := _OBLIQUE.search(body, max(0, pos - 40), pos)) is not None \
                and all(w[:1].isupper() or w.lower() in PERSON_ROLES for w in ob.group("mods").split()):
            weight -= _OBLIQUE_LESS  # "to youngsters such as Matthew Tait", "with Norwich boss Nigel Worthington"
        # named only after prepositions so far (only such a mention, not a speaker's, weighs less than _RECENT)
        oblique_only[name] = oblique_only.get(name, True) and weight < _RECENT
        mentions.setdefault(name, []).append(weight * 0.5 ** max(k_at - k, 0))
        last[name] = max(last.get(name, -1), pos)
        if g and not gender.get(name):
            gender[name] = g

    for e in reversed(mem.history):
        if e.pos < 0 or e.pos >= at:
            continue
        if e.pos < lo:
            break
        if e.name not in named:
            named[e.name] = _speaker_name(e, mem) if not e.plural else None
        name = named[e.name]
        if name is not None:
            spoke.append((e.pos, e.pos + len(e.name) + 4, name))
            role.setdefault(name, e.role)
            if e.gender and (not gender.get(name) or gender[name].endswith("?") and len(e.gender) == 1):
                gender[name] = e.gender  # (what the text told, "She added", outranks the first name's table)
    spoke.reverse()  # in text order
    starts = [a for a, _, _ in spoke]
    matched: set[int] = set()
    for pos, name, g in reversed(names):
        if pos < lo:
            break
        sp = bisect_right(starts, pos) - 1
        sp = sp if sp >= 0 and pos < spoke[sp][1] else None  # the mention of a quote's speaker
        if sp is not None:
            matched.add(sp)
            other = spoke[sp][2]
            lead = other[: -len(name)].split() if other.endswith(" " + name) else ()
            name = name if any(t.islower() for t in lead) and described_person(other, False) is None else other
            # (the speaker's name, not its role; a description stays whole: "The head of Marsh Lane School")
        elif not _person_like(name, mem) or name.endswith(".") or quoted_at(mem, pos):
            continue
        elif not (g or name in gender or (len(name.split()) > 1 and first_name_gender(name.split()[0]))):
            # no honorific, first name or having spoken: a person only by what the text does with the name
            # ("Tshepo Mokoena told …", "Mayor Angel Mendoza"), of no known gender
            k = bisect_right(ends, pos)
            r = role_before(body, pos)  # the role opens the sentence: "Union organiser Themba Zulu spoke"
            subject = _is_subject(body, ends[k - 1] if k else 0, body.rfind(r, 0, pos) if r else pos)
            lower_role = _lower_role_before(body, pos)
            if len(name.split()) < 2 or not shaped_in(mem, name) or not (
                    lower_role or acts_as_person(body, name, pos, subject)):
                continue  # not "Goldman Sachs" after "at"
            if lower_role:
                role.setdefault(name, lower_role)  # "senior engineer Ngaio Whitmore": a person of no known gender
            weak.add(name)  # (only if no one else fits: the subject of the sentence before is found before, see
            # ``previous_subject``)
        elif (i := body.find(name.split()[-1], pos, pos + 80)) >= 0 and body[i + len(name.split()[-1]):][:1].isalpha():
            continue  # a name cut at a letter the pattern does not know ("Enrique Pe" of "Enrique Peña")
        add(name, pos, _RECENT + (_SPEAKER if sp is not None else 0.0), g)
    for i, (pos, _, name) in enumerate(spoke):  # speakers the text's names do not hold ("he", "the senator")
        if i not in matched:
            add(name, pos, _RECENT + _SPEAKER, None)

    for name, ws in mentions.items():  # the best mention, and a little for every other one
        top = max(ws)
        score[name] = top + _EVERY_OTHER * (sum(ws) - top)
    best, best_score, tier = None, 0.0, 2
    for name, s in score.items():
        g = gender.get(name) or mem.gender_of(name, role.get(name)) or (
            described_person(name, False) if name[:4].lower() == "the " else first_name_gender(name.split()[0]))
        agree = _agreement(g, want)
        if agree is None:
            continue
        if agree == "unlikely" and (told := mem.told_gender(name, last[name])) is not None and told != want \
                or mem.pronoun_genders.get(name, want) != want:
            continue  # the text tells the other gender ("Sasha Roe, the chairwoman,", "Jordan Roe … she said")
        t = 1 if agree == "unlikely" or (name in weak and name not in role) else 0
        # (a name mostly of the other gender, or a weak one, only when no one else fits)
        if t and oblique_only.get(name):
            continue  # ... and never one only named after a preposition: "in El Paso" is a place's
        s *= _AGREES[agree]
        if t < tier or (t == tier and (s > best_score or (s == best_score and last[name] > last[best]))):
            best, best_score, tier = name, s, t
    if best is None:  # no one named: a person the text describes ("The coach watched …. He said")
        got = described_subject(body, [lo] + ends[bisect_right(ends, lo): k_at], want)
        if got is None:
            return None
        spoke_as = next((e.name for e in reversed(mem.history) if e.pos == got[0] and e.name.startswith(got[1])), None)
        # (the description as its speech gave it: "The mother of one of the injured boys said …. she said")
        return Entity(spoke_as or got[1], "person", None, None, "", None, "", False, got[0])
    return Entity(best, "person", role.get(best), None, "", gender.get(best), "", False, last[best])


def shared_surname(body: str, full_names: list[str], at: int, history: list[Entity]) -> str | None:
    """Of several people who share a surname ("Melania Trump", "Donald Trump"), the one the text mentioned last
    before ``at``, named in full or quoted: a bare "Trump" there is that person; None when none is mentioned
    before it, as the surname alone cannot tell which one is meant (two people are never merged into one). Where
    the paragraph of ``at`` (or the last before it that writes the surname) opens with the bare surname, it is
    about the person that surname stood for there, and where it opens with a full name, about that person, whoever
    else of that name it goes on to mention."""
    full_names = bare_surname_candidates(body, full_names, at)  # "his father, Joe Smith" is not the bare "Smith"
    surname = full_names[0].split()[-1]
    end, ps = at, body.rfind("\n", 0, at) + 1
    for _ in range(3):  # the paragraph of ``at``, or the one before it that last wrote the surname
        if body.find(surname, ps, end) >= 0 or ps == 0:
            break
        end = ps
        while end > 0 and body[end - 1] == "\n":
            end -= 1
        ps = body.rfind("\n", 0, end) + 1
    if ps < at and body.startswith(surname, ps):
        # a paragraph that opens with the bare surname is about the person it stood for there ("Murphy's speech
        # paid tribute to a teacher's aide, Anne Marie Murphy. / "…," Murphy said": still Chris Murphy)
        return _latest_named(body, full_names, ps, history)
    opener = next((n for n in full_names if body.startswith(n, ps)), None) if ps < at else None
    if opener is not None and not any(c != opener and c in opener for c in full_names):
        return opener  # the paragraph opens with that person named in full ("Dorothy Woods, whose husband, Ty Woods, …")
    return _latest_named(body, full_names, at, history)


@lru_cache(maxsize=256)
def _first_written(body: str, name: str) -> int:
    """Where the text first writes ``name`` (-1: never, as "Jean Dunne" of "Jean and Conor Dunne"), read once."""
    return body.find(name)


def _latest_named(body: str, full_names: list[str], at: int, history: list[Entity]) -> str | None:
    """Of ``full_names``, the one named in the narration or quoted last before ``at`` (None if none)."""
    last = {n: body.rfind(n, 0, at) if -1 < _first_written(body, n) < at else -1 for n in full_names}
    latest = max(last.values())
    for e in reversed(history):
        if 0 <= e.pos < latest:
            break  # (what is said earlier cannot be the latest mention)
        if e.name in last and e.pos < at and not _given_name_only(body, e.name, e.pos):
            last[e.name] = max(last[e.name], e.pos)
    seen = max(full_names, key=last.__getitem__)
    return seen if last[seen] >= 0 else None


def _given_name_only(body: str, name: str, pos: int) -> bool:
    """Is the person ``name`` mentioned at ``pos`` by the given name alone ("Tom told …" of Tom Ebeling)? Then a bare
    surname near it is someone else of that family, whom the text calls by the surname."""
    first = name.split()[0]
    return body.startswith(first, pos) and not body.startswith(name, pos) and not body[pos + len(first):][:1].isalpha()


def someone_else_named(mem, speaker: str, lo: int, hi: int) -> bool:
    """Does ``body[lo:hi]`` (a paragraph of narration) name a person other than ``speaker``? Then a quotation after
    it with no attribution of its own is not plainly the speaker's going on."""
    surname = speaker.split()[-1]
    return any(name.split()[-1] != surname for _, name, _ in mem.names_between(lo, hi))
