"""Which single-byte Latin encoding a page that names none is in: the one whose letters spell one language.

Byte 0xB9 is 'ą' in windows-1250, 'š' in ISO-8859-2 and '¹' in windows-1252; a statistical detector
given a short Polish or Czech page often settles on a code page no Central European site uses
(ISO-8859-13, HP Roman-8, ISO-8859-10). Words decoded in the right encoding use the accented letters
of one alphabet (Polish 'ąćęłńóśźż', Czech 'áčďéěíňóřšťúůýž'); in a wrong one they mix alphabets or
hold symbols and control characters ('Rz¹d', 'zvýąení', 'pøed'). :func:`latin_encoding` scores each
candidate by how many of the non-ASCII characters inside words belong to the one alphabet that holds
the most of them.
"""

from __future__ import annotations

import re
from collections import Counter

CANDIDATES = ("windows-1252", "windows-1250", "iso-8859-2", "windows-1254", "windows-1257")
"""Western, Central European, Turkish, Baltic; Western first: a page whose letters read the same in
several (é, ü, ö) is read as browsers in Western locales read it."""

ALPHABETS = {
    "english/french": "àâæçéèêëîïôœùûüÿ", "german": "äöüß", "spanish": "áéíñóúü", "portuguese": "áâãàçéêíóôõú",
    "italian": "àèéìíîòóù", "catalan": "àçèéíïòóúü", "dutch": "áèéëïóöü", "nordic": "åæøäöéáíóúýþð",
    "polish": "ąćęłńóśźż", "czech": "áčďéěíňóřšťúůýž", "slovak": "áäčďéíĺľňóôŕšťúýž", "hungarian": "áéíóöőúüű",
    "croatian/slovene": "čćđšž", "romanian": "ăâîșțşţ", "albanian": "çë", "turkish": "çğıöşüâî",
    "lithuanian": "ąčęėįšųūž", "latvian": "āčēģīķļņšūž", "estonian": "äöõüšž",
}
"""The non-ASCII letters (lower case) each language writes."""

_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_EDGE = "\"'()[]{}<>.,;:!?\u201e\u201c\u201d\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a\u2013\u2014\u2026-_*/"
"""Punctuation around a word (quotation marks, dashes), not part of its spelling."""
MIN_LETTERS = 3
"""Fewer non-ASCII characters inside words are no evidence."""
COHERENT = 0.9
"""The share of a decoding's non-ASCII characters in words that one alphabet must hold for it to be trusted."""


def _coherence(text: str) -> tuple[int, int]:
    """``(in one alphabet, all)``: the non-ASCII characters inside words of ``text``, and how many of them
    the alphabet that holds most of them has."""
    seen: Counter[str] = Counter()
    for word in _WORD.findall(text):
        word = word.strip(_EDGE)
        if any(c.isascii() and c.isalpha() for c in word):  # a word: not '€5' or '—'
            seen.update(c.lower() for c in word if not c.isascii())
    total = sum(seen.values())
    best = max((sum(n for c, n in seen.items() if c in letters) for letters in ALPHABETS.values()), default=0)
    return best, total


def latin_encoding(data: bytes) -> str | None:
    """The encoding of :data:`CANDIDATES` in which ``data``'s words spell one language best, when one
    alphabet holds at least :data:`COHERENT` of their non-ASCII characters; else None (too few such
    characters, or text in another script: Cyrillic, Greek, Japanese)."""
    best, best_score = None, None
    for codec in CANDIDATES:
        good, total = _coherence(data.decode(codec, errors="replace"))
        if total < MIN_LETTERS or good < COHERENT * total:
            continue
        score = 2 * good - total
        if best_score is None or score > best_score:  # ties: the earlier candidate
            best, best_score = codec, score
    return best
