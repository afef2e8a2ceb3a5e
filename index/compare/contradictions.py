"""Possible contradictions between the sentences of different outlets: one notion for the pairwise
comparison and the story view.

Two sentences may contradict each other when they make the same claim with different figures, when
one denies an action the other reports about the same thing ('ordered … to suspend their purchases' /
'not instructed to halt purchases'), or when they give different percentages of the same thing
(:func:`.diff.contradiction_reasons`). Candidates are found by what sentences assert (an action and
whether it is negated, a percentage's unit), never by a similarity score: a denial shares few words
with the report it denies.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from ..models import Sentence
from .diff import Features, contradiction_reasons, numbers, same_subject, tokens
from .similarity import FUNCTION_WORDS

MAX_CONTRADICTIONS = 3
"""A sentence is flagged against at most this many sentences of other outlets (the strongest)."""


class Side(NamedTuple):
    """One sentence as the contradiction search sees it."""

    article: str  # article id: with ``index``, orders equal candidates the same way in every view
    index: int  # the sentence's index in its article
    outlet: str  # sentences of one outlet are never checked against each other
    sentence: Sentence
    features: Features


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _figures(s: Sentence) -> dict[str, set[str]]:
    """A sentence's numbers by what they count: the word after them ('30,000 *vehicles*', '45 *percent*',
    '$40 *million*'), or 'year' for a year; numbers of unknown kind are left out."""
    words = [w for w, _, _ in tokens(s)]
    out: dict[str, set[str]] = defaultdict(set)
    for k, w in enumerate(words):
        num = numbers([w])
        if not num:
            continue
        n = next(iter(num))
        if w.endswith("%"):
            unit = "percent"
        elif _YEAR.match(n):  # a year of the same event: 'founded in 1998' / 'founded in 1989', not 'left in 2014' / 'since 1988'
            before = [x for x in words[max(0, k - 3):k] if x.lower() not in FUNCTION_WORDS and x[:1].isalpha()]
            if not before:
                continue
            unit = "year " + before[-1].lower()
        elif k and words[k - 1].lower() in _MONTHS:
            continue  # 'March 1': a date
        elif k + 1 < len(words) and words[k + 1][:1].isalpha() and words[k + 1].lower() not in FUNCTION_WORDS:
            unit = words[k + 1].lower().rstrip("s")
        else:
            continue
        pct = unit in ("percent", "per")
        out["percent" if pct else unit].add(n.rstrip("%") + "%" if pct else n)
    return out


def _amount(n: str) -> str:
    """A figure without its currency sign and thousands commas ('$5' -> '5', '2,383' -> '2383')."""
    return n.lstrip("$£€").replace(",", "")


def figure_reason(a: Sentence, b: Sentence, fa: "Features | None" = None, fb: "Features | None" = None) -> str | None:
    """'different figures: X vs Y' when two sentences of one claim give different numbers of the same
    thing ('About 30,000 vehicles' / 'About 13,000 vehicles'; a year against a percentage is no conflict).

    A number the other sentence also gives is no difference ('67 delegates to reach the 2,383 needed' /
    'the 2,383 delegates'), nor is the same amount written another way ('$5 million' / '5 million
    dollars'); figures about different subjects are not compared (:func:`.diff.same_subject`)."""
    if not same_subject(fa or Features(a), fb or Features(b)):
        return None
    ga, gb = _figures(a), _figures(b)
    in_a = {_amount(n) for ns in ga.values() for n in ns} | {_amount(n) for n in numbers([w for w, _, _ in tokens(a)])}
    in_b = {_amount(n) for ns in gb.values() for n in ns} | {_amount(n) for n in numbers([w for w, _, _ in tokens(b)])}
    only_a, only_b = set(), set()
    for unit in ga.keys() & gb.keys():
        only_a |= {n for n in ga[unit] if _amount(n) not in in_b}
        only_b |= {n for n in gb[unit] if _amount(n) not in in_a}
    if only_a and only_b:
        return f"different figures: {', '.join(sorted(only_a))} vs {', '.join(sorted(only_b))}"
    return None


def _candidates(sides: list[Side], same_claim: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs ``(g, h)``, ``g < h``, of different outlets that could contradict: the same claim, an action
    class negated on one side only, or a percentage of the same unit."""
    by_action: dict[tuple[int, bool], list[int]] = defaultdict(list)
    by_unit: dict[str, list[int]] = defaultdict(list)
    for g, s in enumerate(sides):
        for c, negated in s.features.actions.items():
            by_action[(c, negated)].append(g)
        for unit in {u for units in s.features.pct_units.values() for u in units}:
            by_unit[unit].append(g)
    out = {(min(g, h), max(g, h)) for g, h in same_claim}
    for (c, negated), gs in by_action.items():
        if negated:
            out.update((min(g, h), max(g, h)) for g in gs for h in by_action.get((c, False), []))
    for gs in by_unit.values():
        out.update((g, h) for k, g in enumerate(gs) for h in gs[k + 1:])
    return {(g, h) for g, h in out if sides[g].outlet != sides[h].outlet}


def find_contradictions(sides: list[Side], same_claim: set[tuple[int, int]], frequent: set[str]
                        ) -> list[tuple[int, int, list[str]]]:
    """``(g, h, reasons)`` for the possible contradictions among ``sides`` (``g < h``), at most
    ``MAX_CONTRADICTIONS`` per sentence: a denied action first, then the pairs sharing the most words.

    ``same_claim``: the pairs ``(g, h)`` aligned as one claim (checked for different figures too);
    ``frequent``: words too common among these sentences to say two are about the same thing.
    """
    cands = []
    for g, h in _candidates(sides, same_claim):
        fa, fb = sides[g].features, sides[h].features
        reasons = contradiction_reasons(fa, fb, frequent)
        if ((g, h) in same_claim or (h, g) in same_claim) and not any(r.startswith("different figures") for r in reasons):
            figures = figure_reason(sides[g].sentence, sides[h].sentence, fa, fb)
            reasons = [figures, *reasons] if figures else reasons
        if reasons:
            opposite = sum(fa.actions[c] != fb.actions[c] for c in fa.actions.keys() & fb.actions.keys())
            order = sorted([(sides[g].article, sides[g].index), (sides[h].article, sides[h].index)])
            cands.append((-opposite, -len(fa.stems & fb.stems), order, g, h, reasons))
    cands.sort(key=lambda c: c[:3])
    used: Counter[int] = Counter()
    out = []
    for *_, g, h, reasons in cands:
        if used[g] >= MAX_CONTRADICTIONS or used[h] >= MAX_CONTRADICTIONS:
            continue
        used[g] += 1
        used[h] += 1
        out.append((g, h, reasons))
    return out
