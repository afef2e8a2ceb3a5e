"""The speaker of a quotation that stands alone after a paragraph introducing a person.

News often names someone in a paragraph of narration and gives their words in the next paragraph,
a quotation with no cue of its own::

    Jane Roe runs the shelter on Main Street.

    “We are full every night. There is nowhere else for these families to go.”

The quotation is Jane Roe's. It is read so only when the quotation is the whole paragraph and is a
sentence (capitalised, a verb, ending at its mark), and the paragraph before is narration that gives no
speech of its own (no cue, no quotation marks) and opens a sentence with a person the article names.
Titles, slogans, scare quotes and text cited after a colon never fill a paragraph this way.
"""

from __future__ import annotations

import re

from .rules import _HAS_VERB, _words
from .sentences import split_sentences

_STATEMENT = re.compile(r"[A-Z‘'\"“(\[][^\n]*[.!?…][’'\"”)\]]?\s*$", re.S)
"""A quotation that reads as a sentence: it opens with a capital and ends at a sentence mark."""
_MARKS = ("“", "”", '"', "''")
MIN_WORDS = 4
_PRONOUN = re.compile(r"(He|She)\s+(?!said\b|says\b)[a-z]")
_CAME = re.compile(r"(?:And\s+)?[Tt]hen\s+came\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=[,.])")
"""``Then came Walter Price, a retired bus driver …``: a person introduced after the verb."""


def introduced_speaker(ext, para: int, text: str):
    """(name, mention, start, end, role) of the person the paragraph before ``para`` introduces, when the
    uncued quotation ``text`` filling paragraph ``para`` reads as their words; else None."""
    if para == 0:
        return None
    return introduced_before(ext, *ext.paras[para - 1], text)


def introduced_before(ext, ps: int, pe: int, text: str, last_only: bool = False):
    """(name, mention, start, end, role) of the person the narration ``body[ps:pe]`` introduces, when the uncued
    quotation ``text`` right after it reads as their words (``Roe shrugged. “The puck found me.”``); else None.
    ``last_only``: only the sentence right before the quotation may introduce them, by name (not ``He``)."""
    if _words(text) < MIN_WORDS or not _STATEMENT.match(text.strip()) or not _HAS_VERB.search(text):
        return None
    body = ext.body
    prev = body[ps:pe].rstrip()
    lead = ps
    if prev.startswith(("Asked ", "When asked ")) and (comma := body.find(", ", ps, pe)) > 0:
        lead = comma  # "Asked about the goal, Roe shrugged.": the question put to the person introduced
    if not prev or prev[-1] not in ".!?" or any(m in prev for m in _MARKS) or ext.cues.any_in(lead, pe) \
            or ps < ext.mem._headline:
        return None  # a label or headline, a paragraph with speech of its own (the rules for cues read it)
    sents = split_sentences(body, ps, pe)
    if not sents:
        return None
    tries = [sents[-1]] + ([sents[0]] if len(sents) == 2 and not last_only else [])
    for s, e in tries:
        got = ext.mem._sentence_subject(s, e)
        if got is None and (m := _CAME.match(body, s, e)) is not None and ext.mem.known_person(m.group("name")):
            # "Then came Walter Price, a retired bus driver.": the person after the inverted verb
            name = ext.mem.expand(m.group("name"))
            return name, m.group("name"), m.start("name"), m.end("name"), None
        if got is None and not last_only and (m := _PRONOUN.match(body, s, e)) is not None:
            ent = ext.mem.resolve_pronoun(m.group(1).lower(), s)  # "She retires in June."
            if ent is not None and ent.kind == "person":
                return ent.name, m.group(1), s, s + len(m.group(1)), ent.role
        if got is None:
            continue
        name, role, _gender, pos = got
        last = name.split()[-1]
        j = body.find(last, pos, e)
        if j < 0:
            return name, None, None, None, role
        return name, body[pos: j + len(last)], pos, j + len(last), role
    return None
