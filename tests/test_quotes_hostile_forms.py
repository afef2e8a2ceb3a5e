"""Pasted pages of one fragment said again and again (no full stop for 100 KB, or many quotations in each sentence):
each quotation is read near itself and each clause handed on is read once, so the time grows with the length, and the
quotes keep the shape the fragment gives on its own. The texts are built for these tests (timings at 25, 50 and
100 KB: benchmarks/fuzz_hostile_quotes.py)."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.subjects import trailing_np
from quote_helpers import well_formed


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def test_a_quoted_word_and_a_coordinated_speaker_again_and_again_give_one_quote_each():
    """'Critics called it “a tax,” and Lena Berg' with no full stop: one mixed quote per fragment, never a second one
    over the same words (each clause handed on is read once, however many quotations hand it on)."""
    unit = "Critics called it “a tax,” and Lena Berg "
    for n in (2_000, 12_000):  # (a short sentence is read whole, a long one near each quotation)
        text = _fill(unit, n)
        quotes = extract_quotes(text)
        well_formed(text, quotes)
        assert abs(len(quotes) - n // len(unit)) <= 1, n
        assert all(q.text == "it “a tax,”" and q.kind == "mixed" for q in quotes[:-1]), n
        spans = sorted((q.start, q.end) for q in quotes)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), n  # no two quotes over the same words


def test_quotations_after_cues_with_no_speaker_give_none():
    """'“Yes,” tweeted the' again and again, in one sentence and in sentences of 150 fragments: no speaker, no quote."""
    for text in (_fill("“Yes,” tweeted the ", 20_000), _fill("“Yes,” tweeted the " * 150 + "Done. ", 20_000)):
        assert extract_quotes(text) == []


def test_quotations_and_cues_of_every_kind_with_no_speaker_give_no_speaker():
    """A cue after each quotation and no one named ('“Yes” admit', '“Yes,” concedes the' — a verb that also means giving
    something away): the words before each quotation are read near it, and the rest of the sentence once."""
    for unit in ("“Yes” admit ", "“Yes” believes ", "“Yes,” concedes the ", "“Yes,” claims the ", "“Yes,” add the "):
        text = _fill(unit, 20_000)
        quotes = extract_quotes(text)
        well_formed(text, quotes)
        assert len(quotes) <= 1 and all(q.speaker is None for q in quotes), unit


def test_the_verb_test_of_the_end_of_a_text_answers_as_a_search_of_it():
    """``_has_verb`` answers from the search of a longer text it ends when it can: the same as searching it."""
    from briefing.index.quotes.reported import _has_verb
    from briefing.index.quotes.rules import _HAS_VERB

    body = "Jo Roe added the 4th goal and it’s said the plan_b works, thatss the club they’re in. Xhas walked"
    for lo in range(len(body) + 1):
        for hi in range(len(body), lo - 1, -9):
            for a in range(lo, hi + 1, 5):  # (each text asked after one it ends, as the cues of a sentence ask)
                assert _has_verb(body[a:hi]) == (_HAS_VERB.search(body[a:hi]) is not None), (a, hi)


def test_relative_clauses_again_and_again_give_one_quote_each():
    """'Jo Roe, who said the plan,' with no full stop: each relative clause is read near its cue, one quote of it
    each, said by the noun before 'who', in a short sentence and a long one alike."""
    for unit, said in (("Jo Roe, who said ", "Jo Roe"), ("Jo Roe, who said the plan, ", "the plan")):
        for n in (2_000, 12_000):
            text = _fill(unit, n)
            quotes = extract_quotes(text)
            well_formed(text, quotes)
            assert len(quotes) == n // len(unit), (unit, n)
            assert {(q.speaker, q.kind) for q in quotes} == {("Jo Roe", "indirect")}, (unit, n)
            assert all(q.text == said for q in quotes[:-1]), (unit, n)


def test_a_quotation_of_full_stops_gives_no_quote():
    assert extract_quotes("“" + ". " * 12_500 + "” she said") == []


def test_a_mixed_quote_may_hold_quotations_before_its_own():
    """The cue of a mixed quote is looked for a few quotations back, and a quotation inside a mixed quote found is no
    quote of its own: 'X said “a” because “b”' stays one quote."""
    text = ("Jo Roe said the plan was “far too slow” because “the council never listens” to anyone. "
            "The vote is on Monday.")
    got = [(q.speaker, q.kind, q.text) for q in extract_quotes(text)]
    assert got == [("Jo Roe", "mixed", "the plan was “far too slow” because “the council never listens” to anyone")]


def test_the_phrase_ending_a_long_head_is_read_from_its_end():
    """``trailing_np`` reads a long head from a blank near its end, and all of it when the phrase runs further back."""
    for head in ("words " * 100 + "out-polling Ted Cruz", "x" * 300 + " percent of voters",
                 "The " + "Big " * 80 + "Town Council", "a" * 500, "said " * 60 + "the", "Mayor " * 70):
        want = _whole_trailing_np(head)
        assert trailing_np(head) == want, head[-40:]
    assert trailing_np("words " * 100 + "out-polling Ted Cruz")[0] == len("words " * 100 + "out-polling ")


def _whole_trailing_np(head: str):
    """``trailing_np`` read over every token (what the tail reading must give)."""
    from briefing.index.quotes import subjects
    return subjects._trailing_np(head, 0)
