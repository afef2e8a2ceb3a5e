"""Interviews printed as questions and answers (``Q: Will you support the budget?`` / ``A: We will look at it.``):
each answer is a quotation of the person interviewed, named in the introduction before the first question."""

from __future__ import annotations

import re

from .sentences import split_sentences
from .speakers import split_role

_LABEL = re.compile(r"\s*(?P<label>Q|A|Question|Answer|QUESTION|ANSWER)\s*[:.\-–—]\s+(?=\S)")
QUESTION_LABEL = re.compile(r"\s*(?:Q|Question|QUESTION)\s*[:.\-–—]\s+(?=\S)")
"""The label that opens an interviewer's question (``Q:``)."""
LEAD_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}(?=[a-z])")
"""A capitalised name opening a sentence, a post before it, then its lower-case verb (``Jagmeet Singh sat down …``,
``Housing Minister Jo Roe has promised …``)."""
_SPOKE_WITH = re.compile(r"\b(?:(?:spoke|talked|sat\s+down|caught\s+up|chatted)\s+(?:with|to)|interviewed)\s+"
                         r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})")
"""``We spoke with Mayor Jo Roe about …``: the person interviewed, named as the object of the introduction."""
_WITNESS = re.compile(r"\b(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:took|takes|returned\s+to|was\s+called\s+to)"
                      r"\s+the\s+(?:witness\s+)?stand\b")
"""``Haverford took the stand in his own defense``: the witness whose answers a court transcript prints."""
_EXAMINER = re.compile(r"\b(?:(?:cross-|re-?direct\s+|direct\s+)?examination|questioning|questioned|questions)\s+(?:by|from)\s+"
                       r"(?P<np>(?:(?:assistant|deputy|chief|senior|defense|defence|state|prosecutor|attorney|lawyer|counsel|"
                       r"barrister|solicitor|district)\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'.-]*)"
                       r"|\b(?P<asker>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),?\s+(?:asked|questioned)\s+(?:him|her|them|the\s+witness)\b")
"""``his cross-examination by Assistant District Attorney Jo Roe``, ``Her lawyer, Jo Roe, asked him …``: who asks the
questions of a court transcript that follow (a journalist's questions in an interview are no quotation)."""
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+")
"""A full stop after a word (not an initial, ``J.``, or a title, ``Dr.``) ending a sentence inside a run of capitalised
words (``… on Wednesday. Roe took the stand``)."""
_NAME_PARTICLES = frozenset({"of", "for", "the", "and", "de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du"})
MIN_ANSWERS = 2
"""An interview needs at least this many answers and as many questions (one ``A:`` line is a list item)."""


def answer_lines(body: str, paras: list[tuple[int, int]]) \
        -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]] | None:
    """(index of the first question's paragraph, [(start, end) of each answer's words], [the same of each
    question's]) for a Q/A interview, else None."""
    if "Q" not in body:
        return None
    first_q, answers, questions = None, [], []
    for i, (s, e) in enumerate(paras):
        m = _LABEL.match(body, s, e)
        if m is None:
            continue
        if m.group("label")[0] == "Q":
            questions.append((m.end(), e))
            first_q = i if first_q is None else first_q
        elif first_q is not None:
            answers.append((m.end(), e))
    if first_q is None or len(answers) < MIN_ANSWERS or len(questions) < MIN_ANSWERS:
        return None
    return first_q, answers, questions


def _name_like(name: str) -> bool:
    """A person's name, its words capitalised but for particles (``Ana de la Cruz``), not a phrase (``The trial of
    Jo Roe``)."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def interview_answers(x, first_q: int, answers: list[tuple[int, int]], questions: list[tuple[int, int]]) -> set[int]:
    """Add each answer as a quote of the extractor ``x``: said by the person the introduction names first, the
    subject of its first sentence (``Jagmeet Singh sat down with The Globe``), or by nobody named; that person is the
    "you" of the questions. The answers' paragraph indexes."""
    who = None
    for ps, pe in x.paras[:first_q]:
        sent = split_sentences(x.body, ps, pe)[:1]
        first = x.body[sent[0][0]: sent[0][1]] if sent else ""
        subj = x.subject(first) or ((m := LEAD_NAME.match(first)) and m.group())
        got = x.subject_speaker(subj, sent[0][0], "said") if subj and subj[:1].isupper() else None
        if not (got and got[0]) and (w := _SPOKE_WITH.search(first)) is not None:
            # "We spoke with Mayor Jo Roe about the budget.": the person the interviewer spoke with
            got = x.speaker(w.group("np"), sent[0][0] + w.start("np"), "said")
        if not (got and got[0] and _name_like(got[0])) and (w := _WITNESS.search(x.body, ps, pe)) is not None:
            # "The trial of Jo Roe entered its fourth day. Roe took the stand …": the witness
            np = _SENTENCE_END.split(w.group("np"))[-1]
            got = x.speaker(np, w.end("np") - len(np), "said")
        if got and got[0] and got[1][:1].isupper() and _name_like(got[0]):  # a full name, not "Immigration"
            name, role = split_role(got[0])  # "Actress Diane Guerrero" -> Diane Guerrero, role Actress
            who = (name, got[1], got[2], got[3], got[4] or role)
            x.mem.interviewed = (x.paras[first_q][0], name, who[4])  # "you" in the questions
            break
    done = set()
    for a, b in answers:
        para = x.para_of(a)
        if x.add(a, b, "direct", None, who, para=para) is not None:
            done.add(para)
    done |= _examiner_questions(x, questions)
    return done


def _examiner_questions(x, questions: list[tuple[int, int]]) -> set[int]:
    """Add each question of a court transcript as a quote of the lawyer the text names as asking it, the latest
    one named before it (``cross-examination by Jo Roe``; ``Her lawyer, Jo Roe, asked him …``); the questions'
    paragraph indexes. Nothing when no lawyer is named: an interviewer's questions are no quotation."""
    done: set[int] = set()
    if "xamination" not in x.body and "question" not in x.body and " asked " not in x.body:
        return done
    asker, pos = None, 0
    for a, b in questions:
        qs = x.body.rfind("\n", 0, a) + 1
        for m in _EXAMINER.finditer(x.body, pos, qs):
            g = "np" if m.group("np") else "asker"
            parts = _SENTENCE_END.split(m.group(g))  # the name after "by" ends at a full stop, the one before "asked"
            np = parts[0] if g == "np" else parts[-1]  # starts after one
            got = x.speaker(np, m.start(g) if g == "np" else m.end(g) - len(np), "said")
            if got and got[0] and _name_like(name := split_role(got[0])[0]):
                asker = (name, got[1], got[2], got[3], got[4] or split_role(got[0])[1])
        pos = max(pos, qs)
        if asker is not None:
            para = x.para_of(a)
            if x.add(a, b, "direct", None, asker, para=para, whole=True) is not None:
                done.add(para)
    return done
