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
MIN_ANSWERS = 2
"""An interview needs at least this many answers and as many questions (one ``A:`` line is a list item)."""


def answer_lines(body: str, paras: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]] | None:
    """(index of the first question's paragraph, [(start, end) of each answer's words]) for a Q/A interview,
    else None."""
    if "Q" not in body:
        return None
    first_q, answers, questions = None, [], 0
    for i, (s, e) in enumerate(paras):
        m = _LABEL.match(body, s, e)
        if m is None:
            continue
        if m.group("label")[0] == "Q":
            questions += 1
            first_q = i if first_q is None else first_q
        elif first_q is not None:
            answers.append((m.end(), e))
    if first_q is None or len(answers) < MIN_ANSWERS or questions < MIN_ANSWERS:
        return None
    return first_q, answers


def interview_answers(x, first_q: int, answers: list[tuple[int, int]]) -> set[int]:
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
        if got and got[0] and got[1][:1].isupper() and len(got[0].split()) >= 2:  # a full name, not "Immigration"
            name, role = split_role(got[0])  # "Actress Diane Guerrero" -> Diane Guerrero, role Actress
            who = (name, got[1], got[2], got[3], got[4] or role)
            x.mem.interviewed = (x.paras[first_q][0], name, who[4])  # "you" in the questions
            break
    done = set()
    for a, b in answers:
        para = x.para_of(a)
        if x.add(a, b, "direct", None, who, para=para) is not None:
            done.add(para)
    return done
