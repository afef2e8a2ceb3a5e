"""Hostile page data: payloads whose references stand for far more than they hold, and runs of characters that
would make a pattern try every split, are read within bounds of size and time."""

import json
import time

from briefing.index.ingest import embeds, flight, jsliteral, scriptdata

SENTENCE = "The harbour board said the new ferry would run twice a day from the spring onwards. "


def _quick(fn, seconds=3.0):
    start = time.process_time()
    out = fn()
    assert time.process_time() - start < seconds
    return out


def test_a_nuxt3_value_referenced_many_times_stands_for_a_bounded_text():
    data = [[1] * 20_000, SENTENCE * 300]  # 20 KB of indices, each one the same 25 KB story
    html = ('<html><body><p>x</p><script type="application/json" id="__NUXT_DATA__">' + json.dumps(data)
            + "</script></body></html>")
    text = _quick(lambda: scriptdata.script_data_text(html))
    assert SENTENCE.strip() in text and len(text) <= jsliteral.MAX_EXPANDED


def test_a_nuxt_parameter_referenced_many_times_stands_for_a_bounded_text():
    code = "window.__NUXT__=(function(a){return {x:[" + ",".join(["a"] * 20_000) + "]}}(" + json.dumps(
        SENTENCE * 300) + "))"
    state = _quick(lambda: jsliteral.nuxt_state(code))
    assert sum(len(x) for x in state["x"] if x) <= jsliteral.MAX_EXPANDED
    assert state["x"][0] == SENTENCE * 300 and state["x"][-1] is None


def test_spaces_after_the_nuxt_assignment_cost_no_time():
    assert _quick(lambda: jsliteral.nuxt_state("window.__NUXT__ =" + " " * 200_000 + "1"), 1.0) is None


def test_a_flight_text_row_referenced_many_times_is_read_within_the_text_bound():
    big = SENTENCE * 1200  # ~100 KB
    for tag in ("p", "div"):
        payload = f"5:T{len(big.encode()):x},{big}" + "1:" + json.dumps(
            ["$", tag, None, {"children": ["$5"] * 2000}]) + "\n"
        values = _quick(lambda: flight.flight_values(payload, 10_000))
        assert SENTENCE.strip() in json.dumps(values)
        assert len(json.dumps(values)) <= 1.1 * flight.MAX_TEXT


def test_unclosed_blockquotes_on_a_page_with_a_handle_cost_no_time():
    html = "<p>(@harbourboard)</p>" + "<blockquote a" * 20_000
    assert _quick(lambda: embeds.social_embeds(html), 1.0) == html


def test_a_blockquote_signed_as_a_post_is_still_read_as_one_and_an_embed_is_left_to_its_reader():
    html = ("<blockquote><p>The ferry starts in April.</p>— Harbour Board (@harbourboard) March 3, 2026"
            "</blockquote>")
    out = embeds.social_embeds(html)
    assert embeds._MARK in out or "Harbour Board" in out and "<blockquote" not in out
    embed = '<blockquote class="twitter-tweet"><p>Ferry news.</p>— A B (@ab) March 3, 2026</blockquote>'
    assert embeds._rewrite_bare(embeds._BARE.match(embed), [5]) == embed


def test_a_page_of_one_paragraph_repeated_keeps_it_once_and_reads_each_distinct_paragraph_once():
    """30,000 copies of one paragraph: the copies are compared as one paragraph, not as 30,000 (every pair)."""
    from briefing.index.ingest.repeats import without_repeats

    line = "The council voted to close the library on Friday evening."
    assert without_repeats([line] * 30_000) == [line]
    # the rules are the same as for a short page: a long paragraph equal to one before it is a repeat, a short
    # unmarked one only right after its equal (further on it is a refrain and stays), a marked one anywhere after
    other = "Residents packed the hall to hear the vote and many left in tears afterwards."
    assert without_repeats([line, other, line]) == [line, other]
    refrain = "I agree with Mr Lee."
    assert without_repeats([refrain, other, refrain]) == [refrain, other, refrain]
    assert without_repeats([other, refrain, refrain]) == [other, refrain]
    marked = "“The council voted to close the library.”"
    assert without_repeats([line, other, marked, marked]) == [line, other]
    many = [f"Paragraph {i} of a long page says the same few words again." for i in range(5_000)]
    assert without_repeats(many) == many
