"""Paragraphs a page shows twice: a pull quote (a sentence of the story set large beside it, often cut
short and in quotation marks), a call-out box, an entry a live blog pins above its timeline.

The words are the story's once: kept where they stand in full, the repeat left out, so a quote is never
found twice and a search never shows the same sentence as two passages. An embedded post whose words the
story quotes in full ('In a post on X, she wrote: “…”') is such a repeat too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

MIN_WORDS = 5
"""A shorter paragraph is not taken for a repeat: a subheading or a short line ('Three generations',
'The vote') may well stand inside a sentence of the story."""
SHORT_WORDS = 8
"""A paragraph of fewer words that stands inside a longer one is a pull quote only when it is marked as one
(in quotation marks or cut with '…'): unmarked, it is a list's entry the story sums up in another
paragraph ('A Lee (Riverside AC).' beside 'B Cole (Harbour AC), A Lee (Riverside AC).'); and it repeats an
equal paragraph only right after it (the same block read twice), not further on (a refrain, two readers'
letters that open alike: 'I agree with Mr Lee.')."""
MAX_CANDIDATES = 2000
"""Distinct paragraphs a paragraph is compared with, at most: a hostile page of thousands of paragraphs made
of the same few words stays linear."""
_MARKED = re.compile(r"^\s*[\"\u201c\u2018']|[\"\u201d\u2019']\W*$|\u2026|\.\.\.")
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_CUT = re.compile(r"\s*(?:\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*")
_ATTRIBUTION = re.compile(r"^[\u2014\u2013-]{1,2}\s*\S")


PARAPHRASE_SHARE = 0.75
"""A pull quote in quotation marks that words its sentence otherwise ('“We cannot run buses without drivers”'
beside '“We cannot run buses we do not have drivers for,” said …') shares at least this share of its words of
meaning with one longer paragraph (and :data:`PARAPHRASE_WORDS` of them at least)."""
PARAPHRASE_WORDS = 4
PARAPHRASE_MAX_WORDS = 40
"""A longer paragraph in quotation marks is not taken for a pull quote by its share of words alone."""
PARAPHRASE_CANDIDATES = 50
"""Paragraphs a pull quote is compared with by words shared, at most, for each of its three rarest words."""
_QUOTED = re.compile(r"^\s*[\"\u201c\u201e\u00ab]")
_QUOTED_END = re.compile(r"[\"\u201d\u00bb\u2019'][.!?\u2026]?\s*$")
_UNSAID = re.compile(r"\b(?:said|says|told|added|asked|according)\b", re.IGNORECASE)
_SMALL = frozenset("a an and are as at be but by for from had has have he her his i in is it its of on or our she "
                   "that the their them they this to was we were will with you".split())


def _meaning(key: str) -> set[str]:
    """The words of a paragraph's key that carry its meaning (not 'the', 'and', 'we')."""
    return {w for w in key.split() if w not in _SMALL}


_QUOTE_SPAN = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]{1,3000})[\"\u201d\u00bb]")
"""A stretch of a paragraph in quotation marks: the words a pull quote sets large again."""


def _quoted_meaning(paragraph: str) -> set[str]:
    """The words of meaning ``paragraph`` holds in quotation marks."""
    return {w for span in _QUOTE_SPAN.findall(paragraph) for w in _meaning(_words(span))}


def _paraphrases(paragraph: str, key: str, paras: list[str], index: dict[str, dict[str, list[int]]],
                 memo: dict[str, set[str]]) -> bool:
    """True for a pull quote that words a quote of the story otherwise: a short paragraph in quotation marks from
    its start to its end ('“…,” he adds.' names its speaker: the story's), no speaker's verb in it, whose words of
    meaning stand, :data:`PARAPHRASE_SHARE` of them, in the quotation marks of one longer paragraph. (A quote the
    story goes on to report in its own words — '“We will not close a single library.”' before 'She said the council
    would not close a single library …' — is the story's.)"""
    if not (_QUOTED.match(paragraph) and _QUOTED_END.search(paragraph)) or _UNSAID.search(paragraph) \
            or len(key.split()) > PARAPHRASE_MAX_WORDS:
        return False
    own = _meaning(key)
    if len(own) < PARAPHRASE_WORDS:
        return False
    rare = sorted((w for w in own if w in index), key=lambda w: len(index[w]))[:3]
    seen: set[str] = set()
    for w in rare:
        for other, at in islice(index[w].items(), PARAPHRASE_CANDIDATES):
            if other in seen or len(other) <= len(key):
                continue
            seen.add(other)
            if other not in memo:
                memo[other] = _quoted_meaning(paras[at[0]])
            shared = len(own & memo[other])  # (a set's intersection costs the smaller set's size)
            if shared >= PARAPHRASE_WORDS and shared >= PARAPHRASE_SHARE * len(own):
                return True
    return False


_POSTED = re.compile(r"^[^\u201c]{1,80} posted on (?:X|Bluesky|Instagram|TikTok|Facebook): \u201c(.+)\u201d$")
"""An embedded post as :mod:`.embeds` writes it: its words repeat the story when the story quotes them all."""


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _said(paragraph: str) -> str:
    """The words a paragraph stands for: an embedded post's own words, else the paragraph."""
    m = _POSTED.match(paragraph)
    return m[1] if m else paragraph


def _repeats(piece: str, others: list[str]) -> bool:
    """True when every part of ``piece`` between cuts ('…') is within one of ``others``, in words; a piece
    that stops inside a word ('… the longest I have seen in twe', a teaser cut at so many letters) may end
    with the start of one."""
    parts = [_words(p) for p in _CUT.split(piece)]
    parts = [p for p in parts if p]
    if not parts or sum(len(p.split()) for p in parts) < MIN_WORDS:
        return False
    cut = piece.rstrip()[-1:].isalnum()
    return any(all(f" {p} " in f" {o} " or (cut and n == len(parts) - 1 and f" {p}" in f" {o}")
                   for n, p in enumerate(parts)) for o in others)


def without_repeats(paras: list[str]) -> list[str]:
    """``paras`` without each one whose words stand in another, longer paragraph (or in an equal one
    before it), with the attribution line a pull quote carries ('— Maria Lopez, chief executive').
    List items and table rows stay: a summary may restate the story on purpose."""
    if len(paras) < 2:
        return paras
    keys = [_words(_said(p)) for p in paras]
    index: dict[str, dict[str, list[int]]] = {}  # word -> each distinct paragraph holding it -> where it stands
    word_sets: dict[str, set[str]] = {}
    for n, k in enumerate(keys):
        words = word_sets.get(k)
        if words is None:
            words = word_sets[k] = set(k.split())
        for w in words:
            texts = index.get(w)
            if texts is None:
                index[w] = {k: [n]}
            elif k in texts:
                texts[k].append(n)
            else:
                texts[k] = [n]
    sizes = {w: len(texts) for w, texts in index.items()}  # (distinct paragraphs holding each word)
    out: list[str] = []
    dropped = False
    memo: dict[str, set[str]] = {}
    for n, p in enumerate(paras):
        if dropped and _ATTRIBUTION.match(p) and len(p.split()) <= 10:
            dropped = False
            continue
        dropped = False
        words = keys[n].split()
        if len(words) >= MIN_WORDS and not p.startswith(("- ", "|")):
            whole = words[:-1] if p.rstrip()[-1:].isalnum() else words  # (a word cut short stands nowhere else)
            rarest = min(set(whole), key=sizes.__getitem__)
            inside = len(words) >= SHORT_WORDS or bool(_MARKED.search(_said(p)))
            # each distinct paragraph once, however often a page repeats it (a page of one line 30,000 times
            # would otherwise compare every pair); at most MAX_CANDIDATES of them, the first the page gives
            # a longer paragraph it repeats holds each of its words but the last (which may be cut short) as a
            # word of its own: those without its next rarest word are not compared
            own, need = keys[n], set(words[:-1])
            need.discard(rarest)
            holding = index[min(need, key=sizes.__getitem__)] if need else None
            others = []
            for k, at in islice(index[rarest].items(), MAX_CANDIDATES):
                if k != own:
                    if inside and len(k) > len(own) and (holding is None or k in holding):
                        others.append(k)
                elif (inside and at[0] < n) or (at[0] < n and at[bisect_left(at, n) - 1] == n - 1):
                    others.append(k)  # the same words before it: right before, or anywhere when it is marked
            if (others and _repeats(_said(p), others)) or _paraphrases(p, keys[n], paras, index, memo):
                dropped = True
                continue
        out.append(p)
    return out
