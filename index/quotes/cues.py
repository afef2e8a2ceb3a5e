"""Speech-cue words (said, told, according to, pointed out …) found fast and only as whole words.

``BodyCues`` finds the cues of a whole article once; the extractor then asks for the cues of any
slice of it by bisection instead of scanning each sentence again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .cue_stats import LEARNED_CUES
from .lexicon import CUE_VERBS

BUILTIN_CUES = set(CUE_VERBS) | {"pointed out", "points out", "point out", "complained about", "spoke about",
                             "talked about", "joked about", "commented on", "comments on", "warned about",
                             "warned of", "calling for", "calling on", "urged", "urges", "vowed", "vows", "pledged",
                             "pledges", "proposed", "proposes", "retorted", "retorts", "shot back", "shoots back",
                             "fired back", "fires back", "hit back", "hits back", "snapped back", "chimed in",
                             "chimes in", "denies", "deny"}
PROGRESSIVE_CUES = {"predicting", "stressing", "emphasizing", "emphasising", "confirming", "conceding", "cautioning",
                    "asserting", "contending", "complaining", "replying", "responding", "alleging", "testifying",
                    "boasting", "countering"}
"""The ``-ing`` forms of speech verbs (``is predicting that …``, ``…, conceding that …``); not those that mostly
do something else (revealing a weakness, admitting students, maintaining a lead, urging people to stay home)."""
CLAUSE_CUES = PROGRESSIVE_CUES | {"protested", "made clear", "makes clear", "making clear", "submitted", "submits",
                                  "opined", "opines", "averred", "clarified", "clarifies"}
"""Cues that report only a clause (``that …`` or a subject and auxiliary), never an object (``protested the
decision``, ``made clear progress``)."""
BUILTIN_CUES |= CLAUSE_CUES
"""Cue words and phrases written by hand: a two-word phrase counts only as a whole (``pointed out``)."""
CUE_SET = BUILTIN_CUES | LEARNED_CUES
"""The hand-written cues and those learned from annotated news (``cue_stats.py``)."""
_TWO_WORD = {"according": "to", "called": "for|on", "calls": "for|on", "pointed": "out", "points": "out",
             "point": "out", "complained": "about", "spoke": "about", "talked": "about", "joked": "about",
             "commented": "on", "comments": "on", "warned": "about|of", "calling": "for|on", "made": "clear",
             "makes": "clear", "making": "clear", "shot": "back", "shoots": "back", "fired": "back",
             "fires": "back", "hit": "back", "hits": "back", "snapped": "back", "chimed": "in", "chimes": "in"}
_PARTICLES = frozenset({"back", "in"})
_REPLY_AFTER = re.compile(r"[ \u00a0]*(?:,(?![ \u00a0]*[\"“][a-z])|[:.;!?\"“”—–]|\Z)|[ \u00a0]+(?:that|again|quickly|immediately|angrily|sharply|"
                          r"forcefully|in[ \u00a0]+(?:a|an|his|her|its|their)[ \u00a0]+(?:statement|interview|tweet|post|"
                          r"letter|email|speech|reply|response)|on[ \u00a0]+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|"
                          r"LinkedIn|TikTok|Truth[ \u00a0]+Social|social[ \u00a0]+media))\b")
"""What follows "shot back" or "chimed in" when it reports words: a colon, a comma, the sentence's end, "that", an
adverb of manner, "in a statement" or "on X" (``shot back that …``, ``fired back on X: …``); never a comma before
a quoted fragment of the narration (``police fired back, “hitting him twice,” …``), a movement or a score (``shares shot back up``, ``Italy hit back in the 11th minute``, ``hit back at the critics``)."""
_READS = frozenset({"reads", "read"})
_WRITTEN_BEFORE = re.compile(r"\b(?:letter|letters|statement|post|posts|message|note|tweet|email|memo|petition|release|"
                             r"motion)[ \u00a0]+\Z", re.I)
"""A message someone wrote just before "reads" / "read": its words are quoted ("the letter reads: …"); never a
sign's or a plaque's, which nobody is reported to say."""
_READ_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+in[ \u00a0]+(?:part|full))?[ \u00a0]*[:,“\"‘.!?;]")
"""What follows "reads" when the words are quoted (a colon, a comma, a quotation mark, "in part:"; the sentence's
end after them: "“…,” the email read."), never "reads like a confession", "read by the mayor"."""
_ON_PLATFORM = re.compile(r"[ \u00a0]+on[ \u00a0]+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|Telegram|"
                          r"Truth[ \u00a0]+Social|social[ \u00a0]+media)[ \u00a0]*[:,]")
"""``posts`` as a verb: followed by the platform and the colon or comma before the words posted."""
_BROKE_IN = re.compile(r"\b(?:interrupted|interrupts|interjected|interjects|intervened|rose|(?:cut|chimed|jumped|stepped|"
                       r"butted)[ \u00a0]+in|(?:stood|got)[ \u00a0]+up)[ \u00a0]+to[ \u00a0]+\Z")
"""A speaker breaking in before "to ask" (``interrupted to ask``): a question put in the exchange, not a reader's letter
(``wrote to ask why …``)."""
_ASKED_AFTER = re.compile(r"[ \u00a0]*:|[ \u00a0]+(?:whether|if|why|how|what|who|when|where)\b")
"""What follows "ask" when a question is reported: a colon or a question word (``to ask whether …``), never ``ask for
help`` or ``ask the court``."""
_LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""A ``bytes.translate`` table: ASCII letters to lower case, anything else to a space."""


class CueMatch:
    """A cue found in a string (the interface of a regex match: start, end, group)."""

    __slots__ = ("_s", "_e", "_text")

    def __init__(self, s: int, e: int, text: str) -> None:
        self._s, self._e, self._text = s, e, text

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._text


def _trie(words: list[str]) -> str:
    """A pattern matching exactly ``words`` (lower-case ASCII letters), written as a trie: each letter is
    tried once per position, however many words share it."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [k + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)
        return "(?:%s)?" % body if "" in node else body

    return emit(tree)


class _CueFinder:
    """Finds speech-cue words: the cue words among the lower-cased text's words, then checks."""

    _first = frozenset({w for w in CUE_SET if " " not in w} | set(_TWO_WORD) | _READS | {"posts", "ask"})
    _next = re.compile(r"[ \u00a0]([A-Za-z]+)")
    _skip = frozenset({"pointed", "points", "point", "spoke", "talked"})

    _first_rx = re.compile((" (?:%s)(?= )" % _trie(sorted(w for w in _first if w.isascii() and w.isalpha()))).encode("ascii"))
    """A space and a whole word that may begin a cue, in the text of ``_words``."""

    @classmethod
    def _words(cls, text: str) -> list[tuple[int, int]]:
        """(start, end) of every whole ASCII word of ``text`` that may begin a cue, in order."""
        # one byte per character: ASCII letters lower-cased, every other character a space, so the
        # runs of ASCII letters are the space-separated words; the space before a word in ``low`` is
        # at the word's start in ``text``. The words are found by one pattern written as a trie, which
        # re tries only at the spaces (cheaper than splitting the text into words)
        low = b" " + text.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "
        return [(m.start(), m.end() - 1) for m in cls._first_rx.finditer(low)]

    @classmethod
    def spans(cls, text: str) -> list[tuple[int, int, str]]:
        """(start, end, words) of every cue in ``text``, in order."""
        two, n, out = _TWO_WORD, len(text), []
        for s, e in cls._words(text):
            if (s and text[s - 1] in "-‐’'") or (e < n and text[e] in "-‐"):
                continue
            if text[s].isupper() and cls._surname(text, s, e):
                continue
            low = text[s:e].lower()
            nxt = two.get(low)
            if nxt:
                m = cls._next.match(text, e)
                if m and m.group(1).lower() in nxt.split("|") and text[m.end(): m.end() + 1] not in ("-", "‐") \
                        and (nxt not in _PARTICLES or _REPLY_AFTER.match(text, m.end())):
                    out.append((s, m.end(), text[s: m.end()]))
                    continue
            if low in CUE_SET and low not in cls._skip:
                out.append((s, e, text[s:e]))
            elif low == "ask" and _BROKE_IN.search(text, max(0, s - 24), s) and _ASKED_AFTER.match(text, e):
                out.append((s, e, text[s:e]))  # "interrupted to ask whether …", "cut in to ask: …"
            elif low == "posts" and _ON_PLATFORM.match(text, e):
                out.append((s, e, text[s:e]))  # "Premier Whitlock posts on X: …" (not "posts on X that critics …")
            elif low in _READS and _WRITTEN_BEFORE.search(text, max(0, s - 16), s) and _READ_WORDS_AFTER.match(text, e):
                out.append((s, e, text[s:e]))  # "the letter reads", "The sign read:": the words it bears
        return out

    _name_before = re.compile(r"[A-Z][a-z]+[ \u00a0]$")
    _lower_after = re.compile(r"[ \u00a0]+[a-z]")

    @classmethod
    def _surname(cls, text: str, s: int, e: int) -> bool:
        """Is the capitalised cue word at ``text[s:e]`` a surname in prose: after a capitalised word, before a lower-case
        one (``Omar Said ran``, ``Edward Said wrote``), not a cue of a title-case headline (``Trump Said He …``)?"""
        return cls._name_before.search(text, max(0, s - 30), s) is not None and cls._lower_after.match(text, e) is not None

    @classmethod
    def finditer(cls, text: str):
        for s, e, words in cls.spans(text):
            yield CueMatch(s, e, words)


_CUE_WORD = _CueFinder()


class BodyCues:
    """The cue words of a whole body, found once; slices of the body are answered by bisection."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.cues = _CUE_WORD.spans(body)
        self.starts = [c[0] for c in self.cues]
        self.ends = [c[1] for c in self.cues]

    def any_in(self, start: int, end: int) -> bool:
        """Does a cue lie wholly in ``body[start:end]``?"""
        k = bisect_left(self.starts, start)
        return k < len(self.cues) and self.cues[k][1] <= end

    def finditer(self, text: str, offset: int) -> list[CueMatch]:
        """Like ``_CUE_WORD.finditer(text)`` for ``text == body[offset:offset + len(text)]``, as a list."""
        end = offset + len(text)
        # startswith compares in place, without a copy of the slice
        if not (self.body.startswith(text, offset) if offset >= 0 else self.body[offset:end] == text):
            return list(_CUE_WORD.finditer(text))
        # cues never overlap (no second word of a cue begins one), so their ends ascend as their starts do
        return [CueMatch(s - offset, e - offset, word) for s, e, word in
                self.cues[bisect_left(self.starts, offset): bisect_right(self.ends, end)]]

    def iter_in(self, text: str, offset: int):
        """``finditer`` one cue at a time: a reader that stops at its first few cues never lists a long text's rest."""
        end = offset + len(text)
        if not (self.body.startswith(text, offset) if offset >= 0 else self.body[offset:end] == text):
            yield from _CUE_WORD.finditer(text)
            return
        for k in range(bisect_left(self.starts, offset), len(self.cues)):
            s, e, word = self.cues[k]
            if e > end:
                return
            yield CueMatch(s - offset, e - offset, word)

    def reversed_in(self, text: str, offset: int):
        """``finditer`` from the last cue back, one at a time: a reader of the cues nearest the text's end."""
        end = offset + len(text)
        if not (self.body.startswith(text, offset) if offset >= 0 else self.body[offset:end] == text):
            yield from reversed(list(_CUE_WORD.finditer(text)))
            return
        for k in range(bisect_right(self.ends, end) - 1, bisect_left(self.starts, offset) - 1, -1):
            s, e, word = self.cues[k]
            yield CueMatch(s - offset, e - offset, word)


LONG_SENTENCE = 3000
"""A sentence longer than this (a saved page's paragraph with no full stop) is read near each cue only."""
NEAR_CUE = 400
"""How far before and after a cue such a sentence is read for its speaker, subject and clause."""


def near_cue(body: str, s: int, e: int, cs: int, ce: int) -> tuple[int, int]:
    """The part of the sentence ``body[s:e]`` read for the cue at ``body[cs:ce]``: all of it when it is short, else
    ``NEAR_CUE`` characters either side of the cue, from the first blank on (whole words)."""
    if e - s <= LONG_SENTENCE:
        return s, e
    a = max(s, cs - NEAR_CUE)
    if a > s:
        blank = body.find(" ", a, cs)
        a = blank + 1 if blank >= 0 else cs
    return a, min(e, ce + NEAR_CUE)
