"""A paragraph of many short quotations is read in time about proportional to its length: the quotations after
each one are listed only when a speaker asks, and a sentence's words before a quotation are read in place. The
texts are built for these tests."""

from __future__ import annotations

import time

from briefing.index.quotes import extract_quotes


def _timed(text: str) -> float:
    t0 = time.perf_counter()
    extract_quotes(text)
    return time.perf_counter() - t0


def test_a_long_paragraph_of_short_quotations_is_read_quickly():
    # ~60 KB each; before, 11 to 18 seconds each (a list of the later quotations built for every quotation)
    for unit in ("'Ab' ", '"A, ', "« Ab » "):
        text = (unit * 20000)[:60000]
        assert _timed(text) < 8.0, unit


def test_a_description_is_never_the_person_a_quotation_of_the_paragraph_names():
    text = ("Colin Baird, who trails in the polls, toured a fish plant in Yarmouth with his brother, Neil Baird, "
            "on Friday.\n\n"
            "\"I have known Colin Baird for thirty years and he keeps his word,\" the former mayor told workers.")
    got = {q.text: q.speaker for q in extract_quotes(text)}
    assert got.get("I have known Colin Baird for thirty years and he keeps his word") == "the former mayor"
