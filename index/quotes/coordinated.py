"""Reported clauses joined under one cue: ``said C1 and that C2`` reads as the two clauses, without ``and that``."""

from __future__ import annotations

import re

_AND_THAT = re.compile(r",?\s+(?:[-–—]+\s+)?(?:and|but)\s+(?:also\s+)?that\s+(?=(?:the|a|an|he|she|it|they|we|I|you|"
                       r"there|his|her|their|its|our|my|this|these|those|some|many|most|more|fewer|several|any|each|"
                       r"every|both|such|no|all|none|[A-Z\d])\b|[a-z]+(?<!ss)(?<!us)(?<!is)s\s+(?:should|would|could|will|can|"
                       r"may|might|must|had|have|were|are|did|do)\b)")
"""``…, and that …`` inside a reported clause: a second clause under the same cue, whose subject opens with a
pronoun, a determiner, a name or a plural noun before its auxiliary (``and that clients should``; never ``and that
group was``, where ``that`` is a determiner)."""


def that_fragments(body: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two clauses of an indirect quote ``body[start:end]`` that reads ``C1 and that C2``, as fragments (the
    quote keeps its extent; its text joins C1 and C2 without the conjunction), else None."""
    if body.find(" that ", start, end) < 0:
        return None
    m = _AND_THAT.search(body, start, end)
    if m is None or m.start() - start < 12 or len(body[m.end(): end].split()) < 3:
        return None
    head = body[start:m.start()]
    if head.count("“") > head.count("”") or head.count('"') % 2 or head.count("''") % 2:
        return None  # ('… "should not hinder the airlines and that they …"': words inside a quotation stay whole)
    return [(start, m.start()), (m.end(), end)]


_OBJECT_VERBS = frozenset({"wrote", "writes", "write", "composed", "penned"})
"""Cues that as often take a thing made as their object (``who wrote the school song``) as a clause."""


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})


def object_not_clause(cue: str, rest: str, has_verb) -> bool:
    """Is ``rest``, the words after ``cue`` with no ``that``, a noun phrase object rather than a reported clause: no
    finite verb (a whole word, as ``has_verb`` reads it) before a coordinated second verb (``… and taught music``)?"""
    if cue not in _OBJECT_VERBS:
        return False
    head = rest.split(" and ", 1)[0].split(", ", 1)[0]
    words = head.split()
    if len(words) <= 2 and words and words[0].lower() in _DETERMINERS:
        return True  # "wrote the plan": a determiner and a noun, no subject and verb
    return not any(has_verb.fullmatch(w.strip(".,;:!?")) for w in words)
