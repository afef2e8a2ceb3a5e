"""Sentence boundaries with character offsets, robust to abbreviations, initials and quotes."""

from __future__ import annotations

import bisect
import re

from .lexicon import TITLE_ABBREVIATIONS

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
    "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "plc", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m",
    "p.m", "approx", "est", "fig", "dept", "univ", "ave", "mt", "ft", "lb", "oz",
    "sens", "reps", "govs", "gens", "depts", "adm", "supt", "atty", "gov't",
    # US state abbreviations that are not also common words (AP style: "Sen. Rand Paul (R-Ky.)")
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont",
    "neb", "nev", "okla", "tenn", "tex", "vt", "wis", "wyo",
} | TITLE_ABBREVIATIONS
NUMBER_ABBREVIATIONS = {"no", "nos"}
"""Abbreviations only before a number ("No. 1"); elsewhere the word ends a sentence ("she said no.")."""
SENTENCE_STARTS = {"He", "She", "They", "It", "We", "I", "The", "This", "That", "These", "Those", "But", "And", "His",
                   "Her", "Their", "Its", "There", "In", "On", "At", "A", "An", "However", "Meanwhile"}
"""Words that begin a sentence after an abbreviation (``… Washington D.C. He …``), never a name."""
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
           "rev", "hon", "pres", "no", "vs", "e.g", "i.e", "fig", "approx"} | TITLE_ABBREVIATIONS
_NEXT_WORD = re.compile(r"\s+[\"“‘'(]?([A-Z][a-z]*)\b")
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]{0,2}[A-Z0-9])|(?<=\n)\n*)")
r"""``[.!?]+[”’')\]]*`` before a capital or digit, or ``\n+``; written to start with a character set, which
``re`` skips to directly instead of trying a match at every position."""
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_KNOWN = frozenset(ABBREVIATIONS | NUMBER_ABBREVIATIONS)
_LONGEST = max(map(len, _KNOWN))
_OPENERS = "(\"“‘'"
_LETTER_NOUNS = frozenset("plan class type grade vitamin section article option group exhibit figure appendix part "
                          "schedule category division league tier phase level model series room gate block wing hall "
                          "building unit channel lane route hepatitis pool term".split())
"""Nouns that a capital letter names a kind of (``Plan B.``, ``Class A.``): the letter ends a sentence, not an initial."""
_PLATFORM_BEFORE = frozenset({"on", "via"})
"""Words before "X." that make it the platform, which ends a sentence (``in a post on X.``), unless an initial follows
(``on X. Y. Roe's farm``); any other letter after them is an initial (``on J. K. Rowling's books``)."""
_INITIAL_NEXT = re.compile(r"\s+[A-Z]\.")
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?"
                        r"(?:\s?[-–—:|])?\s+(?=[A-Z“\"‘'])")
"""The time that opens a paragraph of a live blog ("14:32 GMT The minister said …"): no part of its first sentence."""


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]`` (whitespace trimmed)."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        b = m.start()
        if text[b] == ".":
            word = text[max(text.rfind(" ", s, b) + 1, s): b]  # (a riding's "Toronto—St." is "St.")
            if word.isalpha() and len(word) > 1 and (len(word) > _LONGEST or word.lower() not in _KNOWN):
                pass  # (most full stops: a word of letters that is no abbreviation)
            elif len(word) > _LONGEST and "." not in word and "-" not in word and "—" not in word and word[0] not in _OPENERS:
                pass  # (a word longer than any abbreviation, nothing stripped from it, no initials)
            elif (word := word.lower().lstrip(_OPENERS)) in NUMBER_ABBREVIATIONS:
                if text[m.end():m.end() + 2].strip()[:1].isdigit():
                    continue
            elif (word in ABBREVIATIONS or word.replace("—", "-").rsplit("-", 1)[-1] in ABBREVIATIONS or (len(word) == 1 and word.isalpha()
                  and (before := text[max(text.rfind(" ", s, b - 2) + 1, s): b - 2].lower()) not in _LETTER_NOUNS
                  and not (word == "x" and before in _PLATFORM_BEFORE and not _INITIAL_NEXT.match(text, m.end())))
                  or ("." in word and _INITIALS.fullmatch(word))):
                nxt = _NEXT_WORD.match(text, m.end())
                # "in Washington D.C. He recalled …": an abbreviation can end a sentence too
                if not (nxt and nxt.group(1) in SENTENCE_STARTS and word not in _TITLES):
                    continue
        e = m.end()
        # ``_add(text, s, e, out)`` inlined (once per sentence of every article)
        while s < e and text[s].isspace():
            s += 1
        if s < e and text[s].isdigit() and (s == 0 or text[s - 1] == "\n") and (t := _TIMESTAMP.match(text, s, e)):
            s = t.end()
        b = e
        while b > s and text[b - 1].isspace():
            b -= 1
        if b > s:
            out.append((s, b))
        s = e
    _add(text, s, end, out)
    return out


def _add(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    if s < e and text[s].isdigit() and (s == 0 or text[s - 1] == "\n") and (t := _TIMESTAMP.match(text, s, e)):
        s = t.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


class SentenceIndex:
    """Find the sentence that holds a character position."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos <= self.spans[i][1]:
            return self.spans[i]
        return None
