"""A paragraph of many short quotations: the quotations after each one are listed only when a speaker asks, and a
sentence's words before a quotation are read in place (timings in benchmarks/bench_long_paragraphs.py). The texts
are built for these tests."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes, quote_text


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
