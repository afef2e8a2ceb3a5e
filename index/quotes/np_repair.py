"""Speaker phrases cut from the wrong place, repaired to the noun phrase a reader names the speaker by, or
dropped when there is none.

A possessive is its owner when what it owns is the cue ("Donald Trump's claim that …" -> ``Donald Trump``)
or when nothing follows it ("Friends of Mr. Roe's who …" -> ``Friends of Mr. Roe``); it grows to its head
when it owns a group ("Roe's family has called" -> ``Roe's family``); a phrase ending in a preposition loses
it ("Jo Roe of Standard & Poor's in" -> ``Jo Roe of Standard & Poor's``); a clause gives its subject ("The
tribunal upheld Ms Roe's claim but said" -> ``The tribunal``); headline capitals, a clause opened by a
participle and a phrase cut inside a quotation give no speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import _HEADS, is_fragment
from .lexicon import ROLE_WORDS
from .np_shape import (DETERMINERS, DOCUMENTS, FINITE, NOMINALISATIONS, PREPOSITIONS, _bare, phrase_faults,
                       possessive_name, shape_faults)

_POSS = re.compile(r"(?:['’]s|(?<=s)['’])$")
_NEXT = re.compile(r"\s*([^\s]+)(?:\s+([^\s]+))?")
_OWNED_HEADS = (_HEADS | set(ROLE_WORDS)) - set(NOMINALISATIONS) - DOCUMENTS - {"chief", "head"}
"""What a possessive can own and still name who speaks: ``Roe's family``, ``Roe's lawyer``, ``Roe's campaign``."""
_NOT_NOUN_AFTER = {"he", "she", "they", "we", "i", "you", "there", "that", "to", "of", "on", "about", "for", "over",
                   "against", "as", "in", "at", "with", "him",
                   "her", "them", "it", "us", "me", "this", "these", "those", "the", "a", "an", "often", "also",
                   "then", "now", "last", "earlier", "this", "was", "were", "is", "are", "has", "have", "had", "and"}
_SPEECH_VERB_CUES = {"said", "says", "say", "added", "told", "tells", "insisted", "insists", "warned", "warns"}
_TRAILING = PREPOSITIONS | DETERMINERS | {"and", "or", "but", "nor", "each", "both", "all"}
_PARTICIPLE_OF_THOSE = re.compile(r"\s+((?:polled|asked|questioned|surveyed|interviewed|sampled|quizzed|canvassed)"
                                  r"(?:\s+(?:by|for)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)?)")
_VERB_FAULTS = {"finite-verb"}
_NOUN_CUES = {"fears", "hopes", "reports", "report", "findings", "reveals", "shows"}
"""Cues read as nouns after a clause ("come on the back of fears that …"): the clause's subject never says them."""


def _owner(np: str) -> str:
    """The noun phrase that ends ``np`` before its possessive ending: "The tribunal upheld Ms Roe's" -> "Ms
    Roe"; "poured cold water on President Roe's" -> "President Roe"; "contradicting Tulsa police's" ->
    "Tulsa police"; "repeated his party's" -> "his party"."""
    toks = _POSS.sub("", np).split()
    k = len(toks)
    if k and toks[-1][:1].islower() and k > 1 and (toks[-2][:1].isupper() or _bare(toks[-2]) in _OWNER_DET):
        k -= 1  # "Tulsa police", "his party": a common noun after a name or a possessive determiner
    while k > 0 and (toks[k - 1][:1].isupper() or (_bare(toks[k - 1]) in ("of", "&", "and", "the")
                                                  and k > 1 and toks[k - 2][:1].isupper())):
        k -= 1
    if k > 0 and _bare(toks[k - 1]) in _OWNER_DET:
        k -= 1
    while k < len(toks) and _bare(toks[k]) in ("of", "&", "and"):
        k += 1
    return " ".join(toks[k:])


_OWNER_DET = {"his", "her", "their", "its", "the", "our"}


def _subject(np: str) -> str | None:
    """The subject before the first finite verb of a clause, when it reads as a noun phrase: "The EU sought
    to allay …" -> "The EU"."""
    toks = np.split()
    for i, t in enumerate(toks[1:], 1):
        if "finite-verb" in shape_faults(" ".join(toks[: i + 1])) \
                and "finite-verb" not in shape_faults(" ".join(toks[:i])):
            head = " ".join(toks[:i])
            return head if 1 <= i <= 8 and not shape_faults(head) and not is_fragment(head) else None
    return None


def repair_mention(body: str, np: str, start: int, cue: str | None) -> tuple[str, int] | None:
    """The noun phrase ``np`` (at ``start`` in ``body``, the subject of ``cue``) stands for, as (phrase,
    start): itself when it is a noun phrase, a repaired phrase when it was cut from the wrong place, None
    when no noun phrase names a speaker there."""
    faults = phrase_faults(np, True)  # (shape_faults as the cached tuple: once per quote)
    if not faults:
        return np, start
    end = start + len(np)
    cue_low = (cue or "").lower()
    nxt = _NEXT.match(body, end, min(len(body), end + 80))
    w1 = nxt.group(1) if nxt else ""
    w2 = (nxt.group(2) or "") if nxt else ""
    if "ends-possessive" not in faults and is_fragment(np):
        return np, start  # a clause the speaker memory reads its subject from ("Jo Roe issued a statement saying")
    if "finite-verb" in faults and cue_low.split()[:1] and cue_low.split()[0] not in NOMINALISATIONS | _NOUN_CUES \
            and (sub := _subject(np)):
        return sub, start  # "The tribunal upheld Ms Roe's claim … but said", "The EU sought to …, stressing"
    if "ends-possessive" in faults and not possessive_name(np):
        return _possessive(body, np, start, cue_low, w1, w2)
    if "quote-mark" in faults:
        toks = re.split(r"\s*[\"“”]", np, maxsplit=1)[0].split()  # 'Powell "thus confirmed"': the name before it
        return (" ".join(toks), start) if toks and all(t[:1].isupper() for t in toks) else None
    if "headline-caps" in faults or "starts-lower-verb" in faults:
        return None  # "MOVING SHOP", "boosting their Oscars"
    if _bare(np.split()[-1]) in ("those", "them") and (m := _PARTICIPLE_OF_THOSE.match(body, end)):
        return np + body[end: m.end()], start  # "53% of those polled"
    if faults and all(f.startswith("ends-") for f in faults):
        toks = np.split()
        while toks and toks[-1][:1].islower() and _bare(toks[-1]) in _TRAILING:
            toks.pop()
        if len(toks) >= 2 and _bare(toks[-1]) == "of" or not toks:
            return None
        cut = " ".join(toks)
        if _bare(np.split()[-1]) in ("of", "those", "them", "the", "a", "an") or shape_faults(cut, mention=True) \
                or is_fragment(cut):
            return None  # "A total of 48% of", "The number of": the head is what follows
        return cut, start
    if _VERB_FAULTS & set(faults):
        return None  # "The economic figures come on the back of (fears)": no speaker
    if "participle" in faults:
        return None  # "The bickering", "the fiscal year starting"
    if "nominalisation" in faults:
        toks = np.split()
        owner = next((i for i, t in enumerate(toks) if _POSS.search(t)), None)
        if owner is not None and toks[0][:1].isupper() and all(t[:1].isupper() for t in toks[1: owner + 1]):
            return _POSS.sub("", " ".join(toks[: owner + 1])), start  # "Starr's remarks suggested" -> Starr
    return np, start


def _possessive(body: str, np: str, start: int, cue: str, w1: str, w2: str) -> tuple[str, int] | None:
    low1, low2 = _bare(w1), _bare(w2)
    cue1 = cue.split()[0] if cue else ""
    if low2 == cue1 and low2 in NOMINALISATIONS and w1.isalpha() and w1.islower() and low1 not in DETERMINERS:
        w1, low1, w2, low2 = w2, low2, "", ""  # "Tulsa police's earlier claim that …": an adjective before the cue
    if low1 in NOMINALISATIONS and low1 == cue1:
        if w1[-1:].isalpha() and w2[:1].islower() and low2.isalpha() and low2 not in _NOT_NOUN_AFTER \
                and low2 not in FINITE and not low2.endswith(("ly", "ed", "s")) and low2 not in ("made", "said"):
            return None  # "Breitbart's reporting team": a compound noun, no speech
        owner = _owner(np)  # "Donald Trump's claim that …", "contradicting Tulsa police's earlier claim"
        i = np.rfind(owner) if owner else -1
        return (owner, start + i) if i >= 0 and not shape_faults(owner, mention=True) else None
    if not w1 or not w1[:1].isalpha() or low1 in ("who", "whose", "which", "have", "has", "had", "say", "said",
                                                     "says", "were", "are"):
        # "Friends of Mr. Roe's who …": the possessive is the phrase's own
        owner = _POSS.sub("", np)
        return (owner, start) if owner and not shape_faults(owner, mention=True) else None
    if low1 == cue1:
        return np, start  # "Roe's reported net worth": read as before, by the speaker memory
    if w1[:1].isupper() or low1 in NOMINALISATIONS or low1.endswith("ed"):
        # "ITV1's This Morning", "Trump's earlier claim", "Mr Blair's reported treaty": no one speaks here
        return None
    if low1 in _OWNED_HEADS or low1.rstrip("s") in _OWNED_HEADS:
        owner = _owner(np)
        i = np.rfind(owner) if owner else -1
        end = start + len(np)
        k = body.find(w1, end)
        if i >= 0 and k >= 0 and not shape_faults(owner, mention=True):
            return body[start + i: k + len(w1.rstrip(",.;:"))], start + i  # "Scott's family has called on police"
    return None


@lru_cache(maxsize=16384)
def repair_speaker(speaker: str) -> str | None:
    """The speaker string as a noun phrase: a possessive ending and a trailing preposition go ("Hillary
    Clinton's" -> "Hillary Clinton", "Jo Roe of Standard & Poor's in" -> "Jo Roe of Standard & Poor's"),
    a named owner stands for its remarks ("Starr's remarks" -> "Starr"); None when it holds a clause."""
    faults = phrase_faults(speaker, False)
    if not faults:
        return speaker
    toks = speaker.split()
    if "ends-possessive" in faults and not possessive_name(speaker):
        toks[-1] = _POSS.sub("", toks[-1])
    while len(toks) > 1 and toks[-1][:1].islower() and _bare(toks[-1]) in _TRAILING:
        if _bare(toks.pop()) == "of":
            return None  # "50% of those", "The number of": the head is what follows
    owner = next((i for i, t in enumerate(toks[:-1]) if _POSS.search(t)), None)
    if owner is not None and ({"nominalisation", "possessed-document"} & set(faults)) \
            and all(t[:1].isupper() for t in toks[: owner + 1]):
        named = _POSS.sub("", " ".join(toks[: owner + 1]))
        if is_fragment(named):
            return speaker  # "Last April's report": a document of a time, as written
        toks = named.split()
    got = " ".join(toks)
    return got if got and not shape_faults(got) and not (len(toks) == 1 and _bare(got) in _TRAILING) else None


_GROUP_OF = re.compile(r"(?i:(?:some\s+|several\s+|two\s+|three\s+|many\s+|other\s+)?(?:close\s+|longtime\s+|old\s+|former\s+)?"
                       r"(?:friends|allies|aides|associates|relatives|supporters|advisers|advisors|confidants|colleagues|"
                       r"backers|critics|opponents|neighbours|neighbors|classmates|family\s+members|people\s+close))"
                       r"\s+(?:of|to)\s+(?P<who>(?:the\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


_THOSE_WHO = re.compile(r"(?:(?:[\w.%()-]+\s+){1,4}of\s+)?[Tt]hose\s+(?:who\s+[^,;:\"“”]{3,80}|(?:polled|asked|questioned|"
                        r"surveyed|interviewed|sampled|quizzed|canvassed)(?:\s+(?:by|for)\s+[^,;:\"“”]{2,60})?)")


@lru_cache(maxsize=16384)
def group_of(np: str) -> str | None:
    """``np`` when it names people by whom they belong to ("Friends of Mr. Roe", "aides to Jo Roe") or by
    what they did ("27 percent of those who named a candidate"): the group speaks, never the person it is
    named after nor a phrase cut before its relative clause ("Those who live nearby", "those polled")."""
    return np if _GROUP_OF.fullmatch(np) or _THOSE_WHO.fullmatch(np) else None
