"""Where a run of capitalised words stops being a name: at the verb of a title-cased line (a headline or a
subheading capitalises its verbs: ``Chuck Grassley Compares Trump’s Remarks …``), and after an initial that
no first name comes before (``… time for Plan B. Sanders said …``: the full stop ends a phrase)."""

from __future__ import annotations

import re
from functools import lru_cache

from .forms import MIN_HEADLINE_WORDS, first_line_headline, title_case_line
from .gender import first_name_gender
from .lexicon import CUE_VERBS

_CUES = frozenset(w for w in CUE_VERBS if w.endswith(("s", "ed")) or w in ("said", "told", "wrote", "thought"))
_INITIAL = re.compile(r"[A-Z]\.\Z")
_VERB_FORM = re.compile(r"[A-Z][a-z]+(?:[^s]s|[^e]ed)\Z")
"""A capitalised word in the 3rd-person "-s" or the past "-ed" (not "Ross", "Reed")."""
_NOT_VERB_ENDS = ("ss", "us", "is", "ys", "ics", "ians", "ans", "ers", "ists", "ites")
"""Endings of "-s" words that are nouns or names more often than verbs ("Davis", "Americans", "Democrats")."""


@lru_cache(maxsize=4)
def title_lines(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the body's title-cased lines: its first line when it is a headline (short, or with every
    word but the small ones capitalised, whatever its end), and the title-cased lines after it."""
    out, s = [], 0
    while s < len(body):
        e = body.find("\n", s)
        e = len(body) if e < 0 else e
        if s and e - s > 200:  # (a paragraph of prose: ``title_case_line`` takes no line this long)
            s = e + 1
            continue
        line = body[s:e]
        if line.strip() and (title_case_line(line) or (s == 0 and e < len(body) and (first_line_headline(
                body, [(0, e), (e + 1, len(body))]) or title_case_line(line, MIN_HEADLINE_WORDS)))):
            out.append((s, e))
        s = e + 1
    return tuple(out)


def in_lines(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    """Does ``at`` fall in one of ``spans``?"""
    for s, e in spans:
        if s <= at < e:
            return True
    return False


def _verb(tok: str, body: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Is the capitalised word ``tok`` of a title-cased line a verb: a speech cue ("Says", "Slams" is not one,
    "Warns" is), or a word in "-s"/"-ed" that is no first name and that the text writes nowhere but in its
    title-cased lines (a surname in "-s" is written again in the story: "Sanders", "Williams")?"""
    word = tok.rstrip(".,:;!?")
    if word.lower() in _CUES:
        return True
    if not _VERB_FORM.match(word) or word.endswith(_NOT_VERB_ENDS) or first_name_gender(word) is not None:
        return False
    seen = sum(body.count(word, s, e) for s, e in spans)
    return body.count(word) <= seen


def title_parts(phrase: str, body: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    """The parts of a title-cased line's capitalised run that its verbs separate, each of which may be a name:
    "Chuck Grassley Compares Trump" -> ["Chuck Grassley", "Trump"], "Activist Backs Jane Roe" -> ["Activist",
    "Jane Roe"]; ``[phrase]`` when it holds no verb."""
    toks = phrase.split()
    parts, cur = [], []
    for i, tok in enumerate(toks):
        if i and cur and _verb(tok, body, spans):
            parts.append(" ".join(cur))
            cur = []
        else:
            cur.append(tok)
    return parts + [" ".join(cur)] if cur else parts


def after_stray_initial(phrase: str) -> str:
    """The words of a capitalised run after an initial that follows a word which is no first name nor another
    initial: "Plan B. Sanders" -> "Sanders", "Plan B." -> "" (the full stop ends "Plan B."); "John F. Kennedy",
    "George H. W. Bush" and "Martin Luther King Jr." unchanged."""
    if "." not in phrase:
        return phrase  # (most runs: no initial)
    toks = phrase.split()
    for i in range(1, len(toks)):
        if _INITIAL.match(toks[i]) and not _INITIAL.match(toks[i - 1]) \
                and first_name_gender(toks[i - 1].strip(".,")) is None and not toks[i - 1].endswith("."):
            return " ".join(toks[i + 1:])
    return phrase
