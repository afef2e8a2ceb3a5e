"""Helpers of the quote tests that read whole passages: each quote as (speaker, text), the check of a passage
against the quotes it should give, and the errors of a named passage with its parameters (strict xfails)."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quote text) for every quote of ``text``."""
    return [(q.speaker, q.text) for q in extract_quotes(text, "t")]


def check_passage(text: str, expected: list[tuple[str | None, str]]) -> None:
    """Each fragment of ``expected`` is in a quote of ``text`` given to its speaker, and no quote is beyond them."""
    got = quotes(text)
    for speaker, fragment in expected:
        hits = [s for s, q in got if fragment in q]
        assert hits, f"no quote holds {fragment!r}: {got}"
        assert hits[0] == speaker, f"{fragment!r}: {hits[0]!r} != {speaker!r}"
    assert len(got) <= len(expected), f"quotes beyond those expected: {got}"


def passage_errors(text: str, want: list[tuple[str, str]]) -> list[tuple]:
    """What differs between the quotes of ``text`` and ``want`` (speaker, words the quote holds): missed quotes, wrong
    speakers, extra quotes. A speaker written ``A|B`` accepts either form, ``""`` no speaker; names compare without
    case."""
    got_quotes = extract_quotes(text, "t")
    errors, used = [], set()
    for speaker, words in want:
        hits = [i for i, q in enumerate(got_quotes) if words in q.text]
        if not hits:
            errors.append(("missed", speaker, words))
            continue
        used.add(hits[0])
        got = got_quotes[hits[0]].speaker
        forms = [a.lower() for a in speaker.split("|")]
        ok = got is None if speaker == "" else got is not None and got.lower() in forms
        if not ok:
            errors.append(("speaker", speaker, got, words))
    errors += [("extra", q.speaker, q.text) for i, q in enumerate(got_quotes) if i not in used]
    return errors


def passage_params(passages: list[tuple[str, str, list]], known_errors: dict[str, str]) -> list:
    """``pytest.param`` of each (name, text, want) passage, a strict xfail where ``known_errors`` gives why."""
    return [pytest.param(n, t, w, id=n,
                         marks=[pytest.mark.xfail(reason=known_errors[n], strict=True)] if n in known_errors else [])
            for n, t, w in passages]
