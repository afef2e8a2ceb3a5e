"""Organisation names written short: one speaker for ``Lib Dems`` and ``Liberal Democrats``, ``UKIP`` and ``UK
Independence Party``.

- a clipped name: the same number of words, each the word of the long name or its first letters (two to
  four, the long word at least three letters longer: ``Lib``/``Liberal``, ``Dems``/``Democrats``), one at
  least clipped;
- an acronym: one word in capitals that is the initials of the long name (its words in capitals kept
  whole: ``UK Independence Party`` -> ``UKIP``; ``of``, ``and``, ``the`` skipped).

Only proper names take part (every word capitalised but 'of', 'the', 'and': never 'the book' and 'The
bookmaker'); a short form that fits two long names (``LP``: ``Labour Party``, ``Liberal Party``) joins neither,
nor does one whose words' first two letters more than :data:`_CROWDED` names share (linear time on any corpus).
Used by :mod:`.grouping` once per corpus, over the distinct names that are no person's.
"""

from __future__ import annotations

from typing import Iterable

_SKIP = {"of", "and", "the", "for", "&", "de"}


_CROWDED = 64
"""Names of as many words with the same first two letters in each word beyond which a clipped form joins none."""


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _letters(words: list[str]) -> tuple[str, ...]:
    """The first two letters of each word (stemmed): the same for a clipped name and the name it clips."""
    return tuple(_stem(w)[:2] for w in words)


def _clipped(short: list[str], long: list[str]) -> bool:
    clip = False
    for s, w in zip(short, long):
        s, w = _stem(s), _stem(w)
        if s == w:
            continue
        if not (2 <= len(s) <= 4 and len(w) >= len(s) + 3 and w.startswith(s)):
            return False
        clip = True
    return clip


def _proper(name: str) -> bool:
    """Every word of ``name`` but 'of', 'the', 'and' is capitalised: a proper name, not a description."""
    words = [w for w in name.split() if w.lower() not in _SKIP]
    return bool(words) and all(w[:1].isupper() for w in words)


def acronym(name: str) -> str:
    """The initials of a name of two or more capitalised words, its words in capitals kept whole ('' for
    one word or a description: 'Government ministers' is no 'GM')."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SKIP]
    if len(words) < 2 or not _proper(name):
        return ""
    return "".join(w if w.isupper() and w.isalpha() else w[0].upper() for w in words)


def short_forms(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{key: the key of the long name it writes short} for ``names`` (``(key, a form as written)``: a key is
    the folded name without 'the'; every form of a key may be given)."""
    by_key: dict[str, list[str]] = {}
    for key, form in names:
        if _proper(form):  # 'the book' and 'The bookmaker', 'Fed officials': descriptions, never clipped
            by_key.setdefault(key, []).append(form)
    by_letters: dict[tuple[str, ...], list[list[str]]] = {}
    initials: dict[str, set[str]] = {}
    for key, forms in by_key.items():
        words = key.split()
        if len(words) >= 2:
            by_letters.setdefault(_letters(words), []).append(words)
            for f in forms:
                a = acronym(f)
                if a:
                    initials.setdefault(a, set()).add(key)
    out: dict[str, str] = {}
    for key, forms in by_key.items():
        words = key.split()
        if len(words) >= 2:
            alike = by_letters.get(_letters(words), ())
            if len(alike) > _CROWDED:
                continue
            fits = {" ".join(w) for w in alike if _clipped(words, w)}
        else:
            caps = [f for f in forms if f.isupper() and f.isalpha() and len(f) >= 2]
            if not caps:
                continue
            fits = set(initials.get(caps[0], ()))
        fits.discard(key)
        if len(fits) == 1:
            out[key] = fits.pop()
    return out
