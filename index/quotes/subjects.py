"""The speaker phrase in the words before a speech verb, past appositives and asides.

``Marley Anderson, 21, a junior from Las Vegas, said …`` -> ``Marley Anderson``;
``Cyber security experts and U.S. officials, however, said …`` -> ``Cyber security experts and U.S. officials``;
``Rep. Elijah Cummings (D-Md.), chair of the committee, said …`` -> ``Rep. Elijah Cummings``.
"""

from __future__ import annotations

import re

from .entities import entity_type

_PAREN = re.compile(r"\s*\([^()]{0,40}\)")
_LETTER = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(r"\S+")
_ASIDE_START = re.compile(r"^(?:[a-z0-9(]|(?:A|An|The|Who|Which|Like|Including|Unlike|However|Too|Also|Though|"
                          r"Meanwhile|In|At|On|With|Wearing|Speaking|Writing|Citing|Asked|According)\b|"
                          r"(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:[’']s|(?<=s)[’'])\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:of|to|for|at|in|on|from)\b|$))")
"""The first words of an aside after a name: lower case, a description's article, or a possessive before a role
(``Mexico's ambassador to the United States``, ``Apple's chief executive``, ``Volvic Motors’ chief engineer``)."""

_INTRO = re.compile(r"^(?:After|Before|In|On|At|During|Asked|Speaking|Since|When|While|Later|Earlier|Yesterday|"
                    r"Today|Meanwhile|However|But|And|Still|Instead|Separately|For|With|Without|Despite|Like)\b")
_JOINED_SUBJECT = re.compile(r"\s*(?:but|while|whereas|yet)\s+(?=[A-Z])")
"""A conjunction opening a clause whose subject is a name: ", but Jo Roe, 45, said"."""
_SHORT_ASIDE = re.compile(r"\s*(?:\d{1,3}|[RDI]-[A-Z][\w.-]{0,12}|(?:a|an|the)\s[^,]{1,60})\s*$")
"""An age, a party tag or a description after a name ("45", "R-Texas", "a Republican")."""
_ASIDE_ONLY = re.compile(r"^(?:[0-9(]|(?:who|which|whose|whom|where|like|including|unlike|however|too|also|though|"
                         r"wearing|speaking|writing|citing)\b|[a-z]+ing\b)", re.IGNORECASE)


_OWNED_POST = re.compile(r"\b(?:his|her|its|their)\s+(?:[\w’'&.-]+\s+){0,5}[\w’'&.-]+\s*$")
"""An aside that ends with a post its subject owns ("who spoke through his Special Adviser on Media", "in a statement
signed by its Director of Press"): a name after it is that post's holder, inside the aside."""
_OWNERS = frozenset({"his", "her", "its", "their"})
_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "secretary", "lawyer",
                    "attorney", "counsel", "representative", "deputy", "assistant", "director", "officer", "envoy"})
"""Posts in lower case through whom a person or body speaks ("through his spokesman, Jo Roe,")."""


_LEAD = re.compile(r"^\s*(?:[A-Z][a-z]+ly|(?:Earlier|Later|Reached|Asked|Speaking|Writing|Separately|Meanwhile|However|"
                   r"Still|Instead|Yesterday|Today|Tonight|Last|This|On|In|At|During|After|Before|Since|Like|Unlike|"
                   # sentence adverbs, a weekday with its adjuncts, a fronted place or group phrase: "Rather, sources
                   # close to her say", "Wednesday at the debate, candidate Jo Roe said", "Among Democrats, most said"
                   r"Rather|Sure|Overall|Again|Otherwise|Regardless|Indeed|Moreover|Furthermore|Nevertheless|"
                   r"Nonetheless|Besides|Anyway|Thus|Then|Now|Yet|Also|Similarly|Likewise|Afterwards?|Elsewhere|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Late|Early|Among|Outside|Inside|Back|"
                   r"Across|Throughout|Within|Under|Over|Amid|Despite|Following|Ahead|Behind|Beyond|Already|Hence|Next|Soon|"
                   r"Thereafter|For|By|With|As|Even|Of|Until)"
                   r"\b[^,;:“”\"()]{0,40}?),\s+(?=\S)")


_ASKED_LEAD = re.compile(r"\s*Asked\s+(?:whether|if|about|what|why|how|when|who|to)\b[^,;:“”\"()]{0,90}?,\s+(?=\S)")
"""A question put to the subject, which may run long: ``Asked whether she would make the same call again, ``."""


def lead_phrase(pre: str) -> int:
    """Length of an introductory phrase before the subject (``Significantly, `` / ``Earlier Tuesday, ``), or 0."""
    m = _LEAD.match(pre) if "," in pre else None  # (a lead phrase ends with a comma)
    if m is None and "Asked " in pre[:8]:
        m = _ASKED_LEAD.match(pre)
    return m.end() if m and _words_after(pre[m.end():]) else 0


def _words_after(rest: str) -> bool:
    return bool(_LETTER.search(rest))


_STATE_TAG = re.compile(r"^(?:(?:[DRI]-)?(?:[A-Z][a-z]{0,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})|[DRI]-[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _place_part(seg: str) -> bool:
    """A segment that only ends a place or tags a party and state inside an aside: the "Ohio" of "who
    flew to Columbus, Ohio, on Monday", the "Mo." of "a driver from Ava, Mo.,", the "R-Fla." after a
    senator's name. Such a segment is never the subject the asides follow."""
    return bool(_STATE_TAG.match(seg)) or entity_type(seg) in ("place", "country", "capital")


def subject_span(pre: str) -> tuple[int, int] | None:
    """(start, end) in ``pre`` of the subject head before a trailing chain of appositives, or None.

    Only for ``pre`` that ends with a comma (``X, an aide, said``); other phrases are left to the
    caller's own cleaning.
    """
    stripped = pre.rstrip()
    if not stripped.endswith(","):
        # "In Texas, half of GOP primary voters said": an introductory phrase, then the subject
        comma = stripped.rfind(",")
        if comma > 0 and _INTRO.match(stripped) and "," not in stripped[:comma] and 0 < len(stripped[comma + 1:].split()) <= 9:
            a = comma + 1 + (len(stripped[comma + 1:]) - len(stripped[comma + 1:].lstrip()))
            return a, len(stripped)
        return None
    # offsets of the comma-separated segments, parentheses blanked so "(D-Md.)," is not a segment
    masked = _PAREN.sub(lambda m: " " * len(m.group()), stripped[:-1])
    bounds, s = [], 0
    for i, ch in enumerate(masked):
        if ch == ",":
            bounds.append((s, i))
            s = i + 1
    bounds.append((s, len(masked)))
    if len(bounds) < 2:
        return None
    # walk back over the asides; the subject is the segment just before them
    k = len(bounds) - 1
    joined = None
    for _ in range(2):
        while k > 0 and (_ASIDE_START.match(masked[bounds[k][0]: bounds[k][1]].strip())
                         or _place_part(masked[bounds[k][0]: bounds[k][1]].strip())):
            if k < len(bounds) - 1 and _SHORT_ASIDE.match(masked, bounds[k + 1][0], bounds[k + 1][1]) \
                    and (joined := _JOINED_SUBJECT.match(masked, bounds[k][0], bounds[k][1])) is not None:
                break  # "The bill passed, but Rep. Jo Roe, R-Texas, said": the subject of the clause "but" joins
            prev = masked[bounds[k - 1][0]: bounds[k - 1][1]].strip()
            if _INTRO.match(prev) and not _ASIDE_ONLY.match(masked[bounds[k][0]: bounds[k][1]].strip()):
                break  # "After the vote, the company, which …,": the segment after the intro is the subject
            k -= 1
        if joined is not None or k < 2:
            break
        owned = masked[bounds[k - 1][0]: bounds[k - 1][1]].strip()
        post = _OWNED_POST.search(owned) if owned[:1].islower() and owned.split(None, 1)[0] not in _OWNERS else None
        if post is None or not any(w[:1].isupper() or w in _POSTS for w in post.group().split()[1:]):
            break  # (not "its chief executive, Jo Roe,": the post itself; not "who gave only his surname, Roe,")
        k -= 1  # "The governor, who spoke through his Special Adviser on Media, Mr Jo Roe, said": the governor
    if k == len(bounds) - 1:
        return None
    a, b = bounds[k]
    a = joined.end() if joined is not None else a
    seg = masked[a:b]
    a += len(seg) - len(seg.lstrip())
    b -= len(seg) - len(seg.rstrip())
    if b <= a or len(stripped[a:b].split()) > 9:
        return None
    return a, b


_RELATIVE = re.compile(r"^(?P<np>[^,;:“”\"]{2,80}?)\s+(?:who|that|which|whose)\s+\S")


def relative_head(pre: str) -> tuple[int, int] | None:
    """``Officials who spoke with the Post said …`` -> the span of ``Officials``: a subject with a relative clause."""
    m = _RELATIVE.match(pre.strip())
    if not m:
        return None
    lead = len(pre) - len(pre.lstrip())
    return lead, lead + m.end("np")


_NP_STOP = {"among", "of", "with", "by", "from", "to", "for", "than", "in", "on", "at", "as", "like", "and", "or",
            "but", "was", "were", "is", "are", "has", "have", "had", "won", "beat", "said", "says", "including",
            "against", "about", "over", "after", "before", "between"}


_TAIL_READ = 200
"""How far back from its end ``trailing_np`` first reads a long head (all of it when its phrase starts further back)."""


def trailing_np(head: str) -> tuple[int, int] | None:
    """The noun phrase that ends ``head``: ``… out-polling Ted Cruz`` -> ``Ted Cruz``; ``… percent of voters`` -> ``voters``."""
    if len(head) > _TAIL_READ:
        # the words after a blank near the end are the head's last tokens: read only them unless the phrase runs
        # back to the first of them (a long sentence read cue by cue stays linear)
        blank = max(head.rfind(" ", 0, len(head) - _TAIL_READ), head.rfind("\n", 0, len(head) - _TAIL_READ))
        if blank > 0:
            got = _trailing_np(head, blank)
            if got is not None and got[0] > blank + 1:
                return got
    return _trailing_np(head, 0)


def _trailing_np(head: str, pos: int) -> tuple[int, int] | None:
    toks = list(_TOKEN.finditer(head, pos))
    if not toks:
        return None
    k = len(toks)
    while k > 0 and (toks[k - 1].group()[:1].isupper() or (k < len(toks) and toks[k - 1].group() in ("of", "the"))):
        k -= 1
    while k < len(toks) and toks[k].group() in ("of", "the", "and"):
        k += 1
    if k == len(toks):  # no name at the end: the words after the last preposition or verb
        k = len(toks)
        while k > 0 and len(toks) - k < 4 and toks[k - 1].group().lower() not in _NP_STOP:
            k -= 1
    if k >= len(toks) or k == 0:
        return None
    return toks[k].start(), toks[-1].end()
