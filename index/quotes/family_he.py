"""The Chinese family name "He" ("He Yafei said", "Mr He said", "Vice-premier He Lifeng"), told from the pronoun.

"He" is the family name where the text writes it capitalised in mid-sentence before a name-shaped word ("envoy He
Lifeng"), after an honorific ("Mr He"), or at a sentence's start before a capitalised word and then a lower-case
word or a comma ("He Lifeng, the vice-premier, said"); "He said" stays a pronoun. The rules read a copy of the text
in which each such "He" is written as a stand-in of the same length, so every offset holds; the speakers, mentions
and roles read from it get "He" back."""

from __future__ import annotations

import re

STAND_IN = "Hx"
"""What the family name is written as in the copy the rules read: a two-letter word no English text holds."""
_HE = re.compile(r"He(?![\w’'-])")
_STAND_IN_WORD = re.compile(r"(?<![\w’'-])Hx(?![\w’'-])")
_HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
               "Madam", "Madame", "Mme", "Vice-premier", "Premier", "Minister", "President", "General", "Gen.")
_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)(?:,|[ \t]+[a-z])")
"""A name-shaped word after "He", then a comma or a lower-case word ("He Lifeng, the …", "He Yafei said")."""
_MID_NAME = re.compile(r"[ \t]+[A-Z][a-z]+(?:-[a-z]+)?(?![\w’'-])(?![ \t]+[A-Z])")
"""A name-shaped word after "He" in mid-sentence, no capitalised word after it (not a headline's "He Told Reporters")."""
_SENTENCE_OPENERS = ".!?\"“”‘’:;()[]\n"


def _word_before(text: str, i: int) -> tuple[str, str]:
    """The word before ``text[i]`` (across blanks) and the character just before it ('' at the start)."""
    j = i
    while j and text[j - 1] in " \t":
        j -= 1
    k = j
    while k and not text[k - 1].isspace():
        k -= 1
    return text[k:j], text[j - 1] if j else ""


def mark_family_he(text: str) -> tuple[str, bool]:
    """``text`` with each "He" that is the family name written as ``STAND_IN``, and whether any was."""
    if "He" not in text or STAND_IN in text and _STAND_IN_WORD.search(text):
        return text, False
    places = []
    for m in _HE.finditer(text):
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "’'-_"):
            continue  # (a word's end: "TheHe")
        word, before = _word_before(text, i)
        if word in _HONORIFICS:
            places.append(i)  # "Mr He"
        elif before and before not in _SENTENCE_OPENERS and (before.isalnum() or before == ","):
            if _MID_NAME.match(text, m.end()):
                places.append(i)  # "envoy He Lifeng", "envoy, He Lifeng,"
        elif _NAME_WORD.match(text, m.end()):
            places.append(i)  # "He Lifeng, the vice-premier, said"
    if not places:
        return text, False
    parts, last = [], 0
    for i in places:
        parts += [text[last:i], STAND_IN]
        last = i + 2
    parts.append(text[last:])
    return "".join(parts), True


def restore(s: str | None) -> str | None:
    """``s`` (a speaker, mention or role read from the marked copy) with the family name written back."""
    return _STAND_IN_WORD.sub("He", s) if s and STAND_IN in s else s
