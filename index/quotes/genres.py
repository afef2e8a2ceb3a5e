"""Forms of the genres a news site publishes besides straight news: obituaries and sports stories (``“…,” said
her granddaughter, Chloe Roe``, a one-word utterance ``“Unreal,” said Jo Roe.``, a quotation signed on the line
below it ``— Coach Jo Roe``), court rulings (``Justice Jo Roe ruled that …``), a spokesperson for a named person,
an expert named before their institution, and reviews (a line of the story under review is no quote)."""

from __future__ import annotations

import re

from .gender import first_name_gender
from .rules import _HAS_VERB, _trim

def whole_utterance(body: str, s: int, e: int, m_start: int | None) -> bool:
    """Is the one quoted word ``body[s:e]`` a whole utterance: capitalised, opening its sentence, its speaker named
    right after its comma (``“Huge,” Okafor said.`` / ``“Unreal,” said Jo Roe.``), not a word cited mid-sentence?"""
    if m_start is None or not 0 < m_start - e < 24 or "," not in body[e - 1: e + 1] or not body[s: s + 1].isupper():
        return False
    k = s - 2  # before the opening mark
    while k >= 0 and body[k] in " \t":
        k -= 1
    return k < 0 or body[k] in "\n.!?”\""


_RULING_VERBS = ("ruled", "found", "concluded", "held", "determined")
_VERB_BEFORE = re.compile(r"\b(?P<cue>%s)(?:\s+[\w-]+){0,2}?\s$" % "|".join(_RULING_VERBS))
_JUDICIAL = re.compile(r"\b(?:(?<!of )[Jj]ustices?|[Jj]udges?|[Cc]ourt|[Tt]ribunal|[Aa]rbitrator)\b")
"""Who rules: a judge, a justice, a court, a tribunal or an arbitrator (a jury's finding is a verdict; the
Department of Justice is no judge)."""
_THAT_OBJECT = re.compile(r"[a-z]+\s+(?P<second>[a-z]+)\s*(?:[,.;]|$|\s+(?:and|but|because)\b)")
"""``that`` the determiner before an object and its complement (``found that action unconstitutional.``): no
clause, unless its second word is a verb (``found that police lied.``)."""


_MAX_TRIES = 3
"""The ruling verbs after a judicial word whose subject is read in one sentence."""


def _ruling_verbs(body: str, s: int, e: int):
    """(start, end, verb) of each ruling verb with its ``that`` in ``body[s:e]``."""
    i = body.find(" that ", s, e)
    while i >= 0:  # (each "that" and the few words before it, not a scan of the sentence for the verbs)
        w = body[max(s, i - 40): i]
        m = _VERB_BEFORE.search(body, max(s, i - 40), i + 1) if any(v in w for v in _RULING_VERBS) else None
        if m is not None and not body[i + 6: i + 7].isspace():
            yield m.start(), i + 6, m.group("cue")
        i = body.find(" that ", i + 6, e)


def ruling_quotes(x, s: int, e: int) -> tuple[int, int, str, tuple] | None:
    """(start, end, cue, speaker fields) of the ruling in the sentence ``body[s:e]`` read by the extractor ``x``
    (``Justice Jo Roe ruled that C``, ``The Supreme Court of Canada held that C``): the clause C, said by the
    judge or court that is the verb's subject; None if the sentence holds none."""
    body = x.body
    judge = quote = None  # (where the sentence's first judicial word and first quotation mark are, found once)
    tries = _MAX_TRIES  # (each try reads the sentence up to its verb: a few per sentence keep a long one linear)
    for vs, ve, cue in _ruling_verbs(body, s, e):
        if judge is None:
            judge = s + m.end() if (m := _JUDICIAL.search(body[s:e])) else e + 1
            quote = min((i for i in (body.find('"', s, e), body.find("“", s, e)) if i >= 0), default=e)
        if quote < vs or judge > vs:
            continue
        if tries == 0:
            break
        tries -= 1
        pre = body[s:vs]
        got = x.subject_speaker(pre, s, "said")
        if not got or got[2] is None or not _JUDICIAL.search(body[got[2]: got[3]] + " " + (got[4] or "")):
            continue
        if (obj := _THAT_OBJECT.match(body, ve, e)) is not None and not _HAS_VERB.fullmatch(obj.group("second")):
            continue
        pending = len(x.pending)
        end = x.clause_end(ve, e)
        del x.pending[pending:]
        cs, ce = _trim(body, ve, end)
        if ce - cs < 12:
            continue
        return cs, ce, cue, got
    return None


_AGENT_FOR = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokes(?:person|man|woman)|press\s+secretary|aide|adviser|advisor|"
                        r"lawyer|representative)\s+(?:for|to)\s+(?:[\w.’'-]+\s+){0,4}[A-Z]")
"""``A spokesperson for Health Minister Jo Roe``: the agent speaks, not the person they speak for."""


def agent_for(np: str) -> bool:
    """Is ``np`` someone speaking for a named person (``a spokesperson for Minister Jo Roe``)?"""
    return _AGENT_FOR.match(np) is not None


_ROLE_NAME_OF = re.compile(r"\s*(?:[A-Za-z][\w’'-]*\s+){1,4}?(?P<first>[A-Z][\w’'-]+)\s+[A-Z][\w’'-]+(?=\s+of\s+(?:the\s+)?[A-Z])")


def role_name_of(pre: str) -> int | None:
    """Where ``of`` the institution begins after a post and a full name (``Political scientist Jo Roe of the
    University of Calgary``), else None."""
    m = _ROLE_NAME_OF.match(pre)
    return m.end() if m and first_name_gender(m.group("first")) else None


_FULL_NAME = re.compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_SIGNATURE = re.compile(r"\s*(?:[—–]|--)\s*(?P<np>(?:[a-z][\w-]*\s+){0,3}[A-Z][^,\n“”\"]{1,70}?)\s*(?:,[^\n“”\"]{0,80})?\s*$")


def signature(body: str, s: int, e: int) -> tuple[str, int] | None:
    """(speaker, offset) of a line signing the quotation above it (``— Coach Jo Roe, after the win``), else None."""
    if e - s > 160 or not body.startswith(("—", "–", "--"), s) or body[s:e].rstrip()[-1:] in ".!?–—":
        return None  # (a line of narration set off by a dash ends in a full stop)
    m = _SIGNATURE.match(body, s, e)
    return (m.group("np"), m.start("np")) if m and _FULL_NAME.search(m.group("np")) else None


PRESENT_CUES = frozenset({"says", "tells", "asks", "replies", "shouts", "whispers", "snaps", "declares", "insists",
                          "warns", "announces", "explains", "adds", "screams", "yells", "cries"})
"""The present tense in which a review retells a story (``In one scene, the detective tells his partner, “…”``)."""
_STORY_LEAD = re.compile(r"(?:[^,.;:!?“”\"]{0,40}?\b(?:scene|scenes|finale|episode|pilot|sequel|act|climax|denouement)\b|"
                         r"(?:Midway|Halfway|Later|Early|Late|Near\s+the\s+end|By\s+the\s+end|At\s+the\s+end)\s+(?:in|through|of)\s+"
                         r"the\s+(?:book|novel|film|movie|series|season|show|play|story|episode)\b)[^,.;:!?“”\"]{0,40},")
"""A lead phrase that places what follows inside a story: ``In one scene,``, ``Midway through the book,``, ``In the
series finale,``."""


def story_line(body: str, start: int) -> bool:
    """Is the quotation at ``start`` a line of a story under review: its sentence opens with a phrase placing it in
    the story (``In one scene, the detective tells his partner, “…”``)?"""
    lo = max(0, start - 240)
    cut = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start), body.rfind("? ", lo, start), body.rfind("! ", lo, start))
    s = cut + 1 if cut >= 0 else lo
    while s < start and body[s].isspace():
        s += 1
    return _STORY_LEAD.match(body, s, start) is not None
