"""A post or a person described before being named: ``Nova Scotia's environment minister says …`` or ``A
Toronto landlord says …`` in a story's first lines, then ``Tim Halman said …`` in the next paragraph. News
stories introduce a speaker by a description and name the person right after; its quotes are that person's.
"""

from __future__ import annotations

import re
from typing import Protocol

from .gender import first_name_gender
from .lexicon import title_abbreviation

POSTS = frozenset({
    "minister", "premier", "mayor", "chief", "commissioner", "president", "chair", "chairman", "chairwoman",
    "chairperson", "leader", "governor", "director", "superintendent", "coroner", "ombudsman", "ombudsperson",
    "auditor", "officer", "spokesperson", "spokesman", "spokeswoman", "secretary", "senator", "prosecutor", "judge",
    "justice", "councillor", "councilor", "ceo", "executive", "coach", "captain", "commander", "administrator",
    "registrar", "advocate", "critic", "lawyer", "attorney", "speaker", "mp", "mpp", "mla", "warden", "reeve",
    "general",  # "auditor general", "attorney general", "surgeon general"
})
"""Heads of a description that name one post (never kin, a group or an anonymous source)."""

PEOPLE = frozenset({
    "landlord", "tenant", "man", "woman", "mother", "father", "mom", "dad", "grandmother", "grandfather", "resident",
    "student", "nurse", "doctor", "physician", "teacher", "owner", "homeowner", "worker", "driver", "farmer", "parent",
    "researcher", "scientist", "professor", "economist", "expert", "analyst", "entrepreneur", "survivor", "veteran",
    "patient", "retiree", "senior", "paramedic", "firefighter", "lawyer", "pharmacist", "dentist", "shopkeeper",
})
"""Heads of an indefinite description of one person a story goes on to name (``A Toronto landlord says …``);
never an anonymous source (an official, a spokesperson), whom a story does not name."""
_INDEFINITE_POSTS = (POSTS - {"spokesperson", "spokesman", "spokeswoman", "executive", "secretary"}) | PEOPLE
_A_PERSON = re.compile(r"(?:A|An)\s+(?:[\w’'.-]+\s+){0,3}?(?P<head>[a-z][\w-]*)")
"""``A Toronto landlord`` / ``An Edmonton emergency room doctor``."""
_DESCRIBED = re.compile(r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]*)")
"""``Nova Scotia's environment minister`` / ``the province's chief medical officer`` / ``The city's mayor``."""

LEAD_PARAGRAPHS = 2
"""The description must speak in the story's first paragraphs (after a headline)."""


class _Quote(Protocol):
    start: int
    end: int
    speaker: str | None
    mention: str | None
    m_start: int | None
    role: str | None


def _post(mention: str | None) -> bool:
    m = _DESCRIBED.fullmatch(mention or "")
    if m:
        return m.group("head").lower() in POSTS
    m = _A_PERSON.fullmatch(mention or "")
    return bool(m) and m.group("head").lower() in _INDEFINITE_POSTS


def _rank(role: str) -> bool:
    """A rank or a courtesy title written before a name (``Insp.``, ``Staff Sgt.``, ``Dr.``), no post of its own."""
    toks = role.split()
    return bool(toks) and all(title_abbreviation(t) or t in ("Staff", "Dr.", "Mr.", "Ms.", "Mrs.") for t in toks)


_COMPLEMENT = re.compile(r"\s+(?:accused|charged|convicted|suspected|who|whose|that|of|from|in|at|with|for|on)\b")
"""Where a description's core ends: "A former nurse| accused of stealing …", "The chief| of a northern … Nation"."""
_OPENING_WORDS = re.compile(r"[A-Z][\w.’'-]*")


def _core(mention: str | None) -> str | None:
    """A description cut before its complement ("The chief of a First Nation" -> "The chief"), when it has one."""
    m = _COMPLEMENT.search(mention or "")
    return mention[: m.start()] if m else None


def _opening_name(body: str, para: tuple[int, int], head: str) -> tuple[str, int] | None:
    """(full name, offset) of a person whom the paragraph ``para`` opens with, after a rank or the post ``head``
    itself ("Karen Moll, 46, has pleaded …", "Chief Dennis Moose of Red Cedar Lake spoke …"): two or three
    capitalised words from a known first name on, then a comma or a lower-case word; None otherwise."""
    words = body[para[0]: para[0] + 80].split()[:6]
    k = next((j for j, w in enumerate(words) if first_name_gender(w.rstrip(",")) is not None), None)
    if k is None or k > 2 or any(not _OPENING_WORDS.fullmatch(w) for w in words[:k]) \
            or (k and not (_rank(" ".join(words[:k])) or " ".join(words[:k]).lower() == head)):
        return None
    name = []
    for w in words[k: k + 4]:
        if not _OPENING_WORDS.fullmatch(w.rstrip(",")) or w.rstrip(",").endswith("."):
            break
        name.append(w.rstrip(","))
        if w.endswith(","):
            break
    if not 2 <= len(name) <= 3 or k + len(name) >= len(words) or not (
            words[k + len(name) - 1].endswith(",") or words[k + len(name)][:1].islower()):
        return None
    return " ".join(name), para[0] + body[para[0]:].index(name[0])


def name_lead_posts(body: str, found: list[_Quote], paras: list[tuple[int, int]]) -> None:
    """Give the quotes of a post described in the lead (speaker still the description) to the person the
    next paragraph names by a bare full name as the next speaker, or opens with ("Karen Moll, 46, has …"), when
    that name is new to the text there."""
    if len(paras) < 2 or not found:
        return
    lead_end = paras[min(len(paras) - 1, LEAD_PARAGRAPHS)][1]
    for i, q in enumerate(found):
        if q.start > lead_end:
            break
        if not q.speaker or not q.mention:
            continue
        if q.speaker == "the " + q.mention.lower():  # a post written alone, as in a headline ("Premier says …")
            if (got := _opening_name_after(body, q, paras, q.speaker)) is not None:
                _give(found, q, got)
            continue
        if q.speaker != q.mention or not _post(q.mention):
            if q.speaker != q.mention and (q.speaker not in q.mention or first_name_gender(q.speaker.split()[0])):
                continue  # (a person named in it; not "The chief of a northern Manitoba First Nation")
            core = _core(q.mention)
            if core is None or not _post(core):
                continue
            if (got := _opening_name_after(body, q, paras, core)) is not None:
                _give(found, q, got)
            continue
        nxt = _next_speaker(body, found, i, paras)
        if nxt is not None:
            post = q.mention
            for f in found[: i + 1 + found[i + 1:].index(nxt)]:
                if f.speaker == post:  # (also where a pronoun stood for it: "She also described …")
                    f.speaker, f.role = nxt.speaker, post
        elif (got := _opening_name_after(body, q, paras, q.mention)) is not None:
            _give(found, q, got)


def _next_speaker(body: str, found: list[_Quote], i: int, paras: list[tuple[int, int]]) -> _Quote | None:
    """The quote of the next speaker after ``found[i]`` when the paragraph after its one names that speaker by a
    bare full name new to the text there; None otherwise."""
    q = found[i]
    nxt = next((f for f in found[i + 1:] if f.speaker and f.speaker != q.speaker), None)
    if nxt is None or nxt.m_start is None or (nxt.role and not _rank(nxt.role)):
        return None  # (a post of the person's own is someone else's: "NDP critic Dana Roe said")
    toks = nxt.speaker.split()
    if not 2 <= len(toks) <= 4 or not first_name_gender(toks[0]) or not all(t[:1].isupper() for t in toks):
        return None
    q_para = next((k for k, (s, e) in enumerate(paras) if s <= q.start <= e), None)
    n_para = next((k for k, (s, e) in enumerate(paras) if s <= nxt.m_start <= e), None)
    if q_para is None or n_para is None or not 0 < n_para - q_para <= 1:
        return None  # named in the very next paragraph
    if toks[-1] in body[:nxt.m_start]:
        return None  # the person was named before: someone other than the post
    return nxt


def _opening_name_after(body: str, q: _Quote, paras: list[tuple[int, int]], post: str) -> str | None:
    """The person the paragraph after the one of ``q`` opens with (see ``_opening_name``) when new to the text."""
    k = next((k for k, (s, e) in enumerate(paras) if s <= q.start <= e), None)
    if k is None or k + 1 >= len(paras):
        return None
    got = _opening_name(body, paras[k + 1], post.split()[-1].lower()) or _titled_name(body, paras[k + 1], post)
    if got is None or got[0].split()[-1] in body[: got[1]]:
        return None
    return got[0]


_OWNER_OR_THE = re.compile(r"^(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s|[Tt]he)\s+")


def _titled_name(body: str, para: tuple[int, int], post: str) -> tuple[str, int] | None:
    """(full name, offset) of the person the paragraph ``para`` names with the description's post as a title
    ("Ontario's auditor general" … "Auditor General Priya Venkatesh found"); None if it names none so."""
    words = _OWNER_OR_THE.sub("", post)
    if words == post or not words or not words[:1].islower() \
            or words.split()[-1] not in body[para[0]: para[1]].lower():
        return None  # (the pattern below, built for the post, cannot match)
    m = re.search(r"(?<![\w-])(?i:%s)\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?![\w’'-])"
                  % r"\s+".join(map(re.escape, words.split())), body[para[0]: para[1]])
    if m is None or first_name_gender(m.group("n").split()[0]) is None:
        return None
    return m.group("n"), para[0] + m.start("n")


def _give(found: list[_Quote], q: _Quote, name: str) -> None:
    """The quotes whose speaker is ``q``'s description as found go to ``name``."""
    speaker, mention = q.speaker, q.mention
    for f in found:
        if f.speaker == speaker:  # (also where a pronoun stood for the description: "She also described …")
            f.speaker, f.role = name, mention
