"""Quote extraction and speaker attribution (pure Python, rule-based, no models to download).

>>> quotes = extract_quotes('“We are ready,” Smith said.', "a1")
>>> (quotes[0].text, quotes[0].speaker, quotes[0].kind)
('We are ready', 'Smith', 'direct')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import QuoteExtractionError
from ..models import Quote
from .credits import blank_credits
from .extract import run_extraction
from .family_he import mark_family_he, restore
from .forms import CAPS_RUN, caps_name
from .ids import quote_id
from .noun_phrase import role_or_none, speaker_np
from .not_speech import drop_not_speech
from .org_descriptor import drop_org_descriptor
from .np_repair import group_of, repair_speaker
from .np_shape import phrase_faults
from .grouping import merge_speakers
from .speakers import speaker_names

EXTRACTOR_VERSION = "29"
"""Bump whenever the rules change: indexes re-extract quotes on the next update."""

MAX_CHARS = 2_000_000
"""Text beyond this many characters of a body is not searched for quotes."""

__all__ = ["extract_quotes", "QuoteExtractionError", "quote_text", "FRAGMENT_JOIN", "merge_speakers", "speaker_names", "quote_id", "EXTRACTOR_VERSION"]


FRAGMENT_JOIN = " … "
"""Between the fragments of a quote split by its attribution: “A,” she said, “B.” reads ``A … B``."""


def quote_text(body: str, start: int, end: int, fragments: list | None = None) -> str:
    """The words of a quote: ``body[start:end]``, or for a quote split by its attribution
    (“A,” she said. “B.”) its fragments joined by ``FRAGMENT_JOIN`` so the attribution is not part of it.

    Fragments separated only by quotation marks, line breaks and the full stop before them (a quotation over
    paragraphs) read as one text, without the marks that reopen each paragraph; any other gap reads as
    ``FRAGMENT_JOIN``.
    """
    if not fragments or len(fragments) < 2:
        return body[start:end]
    gaps = [body[a[1]: b[0]] for a, b in zip(fragments, fragments[1:])]
    # “A.\n“B.”: the paragraphs of one quotation, each reopened by a mark nobody reads as words; an attribution
    # between two parts reads as FRAGMENT_JOIN (“A,” she said. “B.\n“C.” reads ``A … B.\nC``)
    out = [body[fragments[0][0]: fragments[0][1]]]
    for g, (a, b) in zip(gaps, fragments[1:]):
        out.append(FRAGMENT_JOIN if g.strip(_GAP_CHARS) else _bare_gap(g))
        out.append(body[a:b])
    return "".join(out)


_MARK_CHARS = "“”\"‘’'«»„‚‹›「」『』"
_GAP_CHARS = " \n\t\u00a0\u202f.!?…" + _MARK_CHARS
_NO_MARKS = str.maketrans("", "", _MARK_CHARS)


def _bare_gap(gap: str) -> str:
    """The gap between two paragraphs of a quotation without the marks reopening it (nor the space after a
    guillemet: ``\n« B``)."""
    gap = gap.translate(_NO_MARKS)
    return gap.rstrip(" \u00a0\u202f") if "\n" in gap else gap


_DATELINE_PIECES = re.compile(r"[()—–_]|\s-+\s")
_DASHES = "—–-_"


def _dateline_tail(speaker: str) -> str | None:
    """What follows the last bracket or dash of a speaker string cut from a dateline ('AP) — Jo Roe' -> 'Jo Roe';
    'AP) —' -> None: the agency is the sayer only when the text says so)."""
    tail = _DATELINE_PIECES.split(speaker)[-1].strip(" -,")
    return tail if any(c.isalpha() for c in tail) else None


@lru_cache(maxsize=16384)
def _speaker_form(speaker: str) -> str | None:
    """A speaker string as the noun phrase it names (a pure function of its words, once per string); never one
    with a closing bracket it does not open or a dash at an end (a dateline's 'AP) —')."""
    if speaker.count(")") > speaker.count("(") or speaker[:1] in _DASHES or speaker[-1:] in _DASHES:
        speaker = _dateline_tail(speaker)
        if not speaker:
            return None
    if not group_of(speaker) and (np := speaker_np(speaker)) != speaker \
            and not (np and speaker.startswith(np + " (")):  # "Obama passionately" -> "Obama"; "Although Trump" -> none
        speaker = np
    if speaker and not group_of(speaker) and (np := repair_speaker(speaker)) != speaker:  # "Hillary Clinton's" -> "Hillary Clinton"
        speaker = np
    return drop_org_descriptor(speaker) if speaker else speaker


@lru_cache(maxsize=16384)
def _mention_form(mention: str) -> tuple[str | None, int]:
    """A mention as a noun phrase and where it starts in the words as written: (None, 0) when it holds none."""
    if CAPS_RUN.search(mention) and (probe := caps_name(mention)) != mention:
        # "organiser KAREN DOYLE": read as "organiser Karen Doyle", given back as written
        got, shift = _mention_form(probe)
        return (mention[shift: shift + len(got)], shift) if got and probe.startswith(got, shift) else (None, 0)
    shift = 0
    if not group_of(mention) and (np := speaker_np(mention)) != mention:  # a noun phrase, never a clause ("Roe beamed as she")
        i = mention.find(np) if np else -1
        if i < 0:
            return None, 0
        mention, shift = np, i
    if mention and not group_of(mention) and phrase_faults(mention, True):  # "The United Nations'" -> "The United Nations"
        np = repair_speaker(mention)
        if not (np and mention.startswith(np)):
            return None, 0
        mention = np
    return mention, shift


@lru_cache(maxsize=16384)
def _role(role: str) -> str | None:
    """``role_or_none``, once per role string."""
    return role_or_none(role)


def extract_quotes(body: str, article_id: str = "", *, strict: bool = False) -> list[Quote]:
    """Every quotation and reported statement in ``body``, sorted by position.

    Never raises unless ``strict``: text that defeats the rules gives no quotes, not an error; with
    ``strict`` it raises :class:`QuoteExtractionError` naming the failure, for a caller that reports it.
    ``q.text == quote_text(body, q.start, q.end, fragments)``: ``body[q.start:q.end]`` unless the quote is
    split by its attribution, whose ``text`` joins the quoted fragments without it.
    """
    if not body or not isinstance(body, str):
        return []
    try:
        work, family_he = mark_family_he(blank_credits(body[:MAX_CHARS]))
        found = drop_not_speech(body, run_extraction(work))
    except (RecursionError, ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        if strict:
            raise QuoteExtractionError(f"{type(exc).__name__}: {exc}"[:300]) from exc
        return []
    quotes: list[Quote] = []
    seen: dict[str, int] = {}
    for f in found:
        text = quote_text(body, f.start, f.end, f.fragments)
        qid = quote_id(article_id, text)
        seen[qid] = seen.get(qid, 0) + 1
        if seen[qid] > 1:
            qid = f"{qid}-{seen[qid]}"
        speaker = _speaker_form(f.speaker) if f.speaker else f.speaker
        mention, m_start = f.mention or None, f.m_start if f.mention else None
        role, cue = f.role, f.cue
        if mention:
            mention, shift = _mention_form(mention)
            m_start = m_start + shift if m_start is not None and mention else None
        if family_he:  # ("He Yafei" was read as a stand-in of the same length)
            speaker, mention, role, cue = restore(speaker), restore(mention), restore(role), restore(cue)
        mention_ok = m_start is not None and mention is not None and body[m_start:m_start + len(mention)] == mention
        # validated from one dict, fragments included (cheaper than a Span model built per fragment), by the
        # model's own validator (``model_validate`` only passes it its keyword defaults, a third of the cost)
        quotes.append(Quote.__pydantic_validator__.validate_python({
            "id": qid, "article_id": article_id, "text": text, "start": f.start, "end": f.end, "kind": f.kind,
            "cue": cue.lower() if cue else None, "speaker": speaker, "speaker_mention": mention,
            "speaker_start": m_start if mention_ok else None,
            "speaker_end": m_start + len(mention) if mention_ok else None,
            "speaker_role": _role(role) if role else None, "floating": f.floating,
            "fragments": [{"start": a, "end": b} for a, b in f.fragments] if f.fragments else []}))
    return quotes
