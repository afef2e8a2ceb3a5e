"""What an article says of a name that shows it is a club's, a team's or a place's although it opens with a first name
("Aston Villa", "Jordan Valley", "Victoria Station", "Georgia Tech"): a club's manager or stadium after it, a score
beside it, "the" before it, or a place's name set beside it after "against". Read only where the name stands (a
look for the name, then a short pattern on each side), for names of two words or more."""

from __future__ import annotations

import re

from .lexicon import PLACE_FIRST_WORDS

_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}"
_STAFF = r"(?:manager|boss|striker|midfielder|defender|goalkeeper|winger|residents|villagers|station|campus)"
_AFTER = re.compile(r"\s+%s\b|[’']s\s+(?:home\s+)?(?:stadium|ground|striker|midfielder|defender|goalkeeper|winger|"
                    r"residents|campus|platforms?)\b" % _STAFF)
"""What only a club or a place has, after its name: "Aston Villa manager", "Jordan Valley residents", "Aston Villa's
stadium", "Georgia Tech's campus"."""
_THE_END = re.compile(r"\s*[,.;:!?)]|\s+(?:area|region|in|on|at|near|and|for|to|from|with|is|was|has|had|have|are|"
                      r"were|where|which)\b")
"""Where a name after "the" ends ("the Jordan Valley,"; not "the Jordan Valley project", nor "the Briton Ann Roe")."""
_THE_BEFORE = re.compile(r"(?:^|[^\w’'-])[Tt]he\s+\Z")
_SCORE = r"(?!(?:6-[0-4]|7-[56]|[0-4]-6|[56]-7)(?![\d-]))\d{1,2}-\d{1,2}"
"""A score, not one of a tennis set ("6-4", "7-5")."""
_ONE_SCORE = r"%s(?![\d-])(?!\s*,?\s*\d)" % _SCORE
_SCORED_AFTER = re.compile(r"\s+(?:%s|(?:beat|beats|defeated|thrashed|edged|drew\s+with|lost\s+to)\s+"
                           r"(?:[A-Z][\w’'-]*\s+){1,4}%s)" % (_ONE_SCORE, _ONE_SCORE))
"""A single score after a name ("Aston Villa 2-1", "Aston Villa beat Leeds 2-1"); not the sets of a tennis match
("6-4 6-3")."""
_SCORED_BEFORE = re.compile(r"(?<![\d-])%s\s+(?:home\s+|away\s+)?(?:win|victory|defeat|draw|loss|triumph)\s+"
                            r"(?:over|against|to|by|with|at)\s+\Z" % _SCORE)
"""A single score before a name: "a 2-1 win over Aston Villa"."""
_CONTEST_BEFORE = re.compile(r"\b(?:against|beat|beating|v|vs)\.?\s+(?:(?P<a>%s)\s+and\s+)?\Z" % _NAME)
_AND_AFTER = re.compile(r"\s+and\s+(?P<b>%s)" % _NAME)
"""Two sides a contest names: "against West Brom and Aston Villa": a place's shape on one side makes both sides."""
_HONOURED_END = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+\Z")


def _place_shaped(name: str) -> bool:
    """Does ``name`` open as only a place's name does ("West Brom", "North Korea")?"""
    return name.split()[0].lower() in PLACE_FIRST_WORDS


def _word_edge(body: str, i: int) -> bool:
    """Is ``body[i]`` no letter, digit or name character (or outside the text)?"""
    return i < 0 or i >= len(body) or not (body[i].isalnum() or body[i] in "’'-_")


def club_or_place(body: str, name: str) -> bool:
    """Does the article show ``name`` (two words or more) to be a club's, a team's or a place's by how it writes of it
    where it stands? Never a name the text also writes after an honorific ("Mr Villa")."""
    if " " not in name:
        return False
    last = name.rsplit(None, 1)[-1]
    found = False
    i = body.find(name)
    while i >= 0 and not found:
        end = i + len(name)
        if _word_edge(body, i - 1) and (_word_edge(body, end) or body.startswith(("'s", "’s"), end)):
            before = body[max(0, i - 120): i]
            found = _AFTER.match(body, end, end + 40) is not None \
                or (_THE_BEFORE.search(before, max(0, len(before) - 6)) is not None
                    and _THE_END.match(body, end, end + 12) is not None) \
                or _SCORED_AFTER.match(body, end, end + 120) is not None \
                or (any(c.isdigit() for c in before[-40:]) and _SCORED_BEFORE.search(before) is not None)
            if not found and ("against" in before or "beat" in before or " v" in before):
                contest = _CONTEST_BEFORE.search(before)
                if contest is not None:
                    other = contest.group("a")
                    if other is None and (pair := _AND_AFTER.match(body, end, end + 60)) is not None:
                        other = pair.group("b")
                    found = other is not None and (_place_shaped(other) or _place_shaped(name))
        i = body.find(name, i + 1)
    if not found:
        return False
    j = body.find(last)
    while j >= 0:  # (a surname after "Mr" or "Ms" is a person's)
        if _HONOURED_END.search(body, max(0, j - 8), j) is not None and _word_edge(body, j + len(last)):
            return False
        j = body.find(last, j + 1)
    return True
