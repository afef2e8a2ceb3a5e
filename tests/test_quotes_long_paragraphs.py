"""A paragraph of many short quotations: the quotations after each one are listed only when a speaker asks, and a
sentence's words before a quotation are read in place (timings in benchmarks/bench_long_paragraphs.py). The texts
are built for these tests."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes, quote_text
from quote_helpers import well_formed


def test_a_long_paragraph_of_short_quotations_gives_well_formed_quotes():
    # ~60 KB each in one paragraph (their timings: benchmarks/bench_long_paragraphs.py)
    for unit in ("“We will win this,” Jo Roe said. ", "'We will win this,' Jo Roe said. ",
                 "« We will win this », Jo Roe said. ", 'He said "we will win this" and left. '):
        text = unit * 1600
        quotes = extract_quotes(text)
        assert len(quotes) > 1000, unit  # (every unit holds one quotation; the last may be cut by the length cap)
        for q in quotes:
            assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments] or None), unit
            assert "we will win this" in q.text.lower() and "said" not in q.text, unit
        assert {q.speaker for q in quotes if "Jo Roe" in unit} <= {"Jo Roe"}, unit


def test_a_description_is_never_the_person_a_quotation_of_the_paragraph_names():
    text = ("Colin Baird, who trails in the polls, toured a fish plant in Yarmouth with his brother, Neil Baird, "
            "on Friday.\n\n"
            "\"I have known Colin Baird for thirty years and he keeps his word,\" the former mayor told workers.")
    got = {q.text: q.speaker for q in extract_quotes(text)}
    assert got.get("I have known Colin Baird for thirty years and he keeps his word") == "the former mayor"


def test_one_long_sentence_of_cues_is_read_near_each_cue():
    # ~10 KB each, no full stop: each cue's speaker, subject and clause are read near it (timings at 100 KB:
    # benchmarks/bench_long_paragraphs.py)
    for unit in ("“Ab,” said his daughter, ", "Said Émile: “", "“Ab” said his daughter ", "“Ab.” said his daughter. ",
                 "“Ab,” said the minister, ", "Jo Roe said: “Ab” and ", "“Ab” — said the mayor — ",
                 "« Ab », said the mayor, ", "Big Town Mayor Jo Roe Of The Lake said ",
                 "said Mayor Jo Roe of the Town of Big Lake, ", "the mayor, Jo Roe, said that "):
        text = (unit * (10_000 // len(unit) + 1))[:10_000]
        well_formed(text, extract_quotes(text))


def test_quotations_of_one_long_sentence_keep_their_speaker():
    text = "“We will win,” said his daughter, " * 300  # ~10 KB in one sentence
    quotes = extract_quotes(text)
    well_formed(text, quotes)
    assert len(quotes) == 300
    assert {(q.text, q.speaker, q.kind) for q in quotes} == {("We will win", "his daughter", "direct")}
    text = "Mayor Jo Roe said the budget is sound and " * 100 + "the council agreed."
    quotes = extract_quotes(text)
    well_formed(text, quotes)
    assert quotes and {q.speaker for q in quotes} == {"Jo Roe"}


def test_role_word_places_read_once_answer_as_each_window_does():
    from briefing.index.quotes.describe import _folded, _holder_forms, _place_facts, _window_forms

    body = ("The minister, Jo Roe, spoke first.  Ann Lee, Canada's health minister, replied, and Minister of Health, "
            "Bo Li said the minister Kim Park agreed. The ministers met his minister   Ed Fox, the minister, "
            "Ida Moe,") * 3
    found = _place_facts(body, _folded(body), "minister")
    seen = set()
    for lo in range(0, len(body), 7):
        for at in range(lo, len(body) + 1, 11):
            text = body[lo:at]
            got = _window_forms(body, lo, at, "minister", found)
            assert got == _holder_forms(text, _folded(text), "minister"), (lo, at)
            seen.add(got)
    assert {(True, True, True), (False, False, False)} <= seen
