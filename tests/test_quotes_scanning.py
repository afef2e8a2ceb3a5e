"""The fast paths of quote extraction give what the code they stand for gives: speech cues as whole words
(one pattern written as a trie), quotation marks found by ``str.find``, quote ids of text that needs no
blank normalised (sentences written for these tests)."""

from __future__ import annotations

from briefing.index.quotes.cues import _TWO_WORD, BodyCues, _CueFinder
from briefing.index.quotes.marks import _MARK, find_quote_spans, mark_positions, paragraphs

CUE_TEXT = ("Ms Roe said the pier was safe. SAID nobody. The mayor Says so; officials say and says and saying. "
            "He pointed out the cracks, then pointed outward. The chief warned of floods and warned about tides. "
            "According to the board, costs rose. A well-said line is no cue, nor said-so, nor O'said. "
            "She told reporters, “It will hold,” and added that repairs would start. They spoke about it. "
            "Grün said, à la said. 5said the clerk.\nsaid\n")


def test_cues_are_whole_words_in_any_case_with_their_second_words():
    got = [w for _, _, w in _CueFinder.spans(CUE_TEXT)]
    assert got == ["said", "SAID", "Says", "say", "says", "saying", "pointed out", "warned of", "warned about",
                   "According to", "told", "added", "spoke about", "said", "said", "said", "said"]
    for s, e, w in _CueFinder.spans(CUE_TEXT):
        assert CUE_TEXT[s:e] == w


def test_body_cues_answer_slices_like_a_fresh_scan():
    cues = BodyCues(CUE_TEXT)
    # slices are answered by bisection on the cues' starts and ends: no second word of a cue begins one
    assert not {w for v in _TWO_WORD.values() for w in v.split("|")} & _CueFinder._first
    assert cues.ends == sorted(cues.ends)
    spaces = [i for i, ch in enumerate(CUE_TEXT) if ch == " "]
    for a, b in [(0, spaces[6]), (spaces[5] + 1, spaces[20]), (spaces[30] + 1, spaces[55]), (0, len(CUE_TEXT)),
                 (spaces[55] + 1, len(CUE_TEXT))]:  # (slices of whole words: a cut word is no cue in the body)
        part = CUE_TEXT[a:b]
        assert [(m.start(), m.end(), m.group()) for m in cues.finditer(part, a)] == \
               [(s, e, w) for s, e, w in _CueFinder.spans(part)]
        assert cues.any_in(a, b) == bool(_CueFinder.spans(part))


MARK_TEXT = ("“The wall,” she said, ‘will hold’. It's O’Neill's call: \"Not 'yet',\" he said.\n"
             "'Tis the '90s' rock'n'roll, 5'10\" tall, x_'_y and é’é ½'½ end'\n"
             "'\n‘Quoted’ '' twice '' and a last mark at the very end'")


def test_mark_positions_are_the_pattern_matches_of_each_paragraph():
    got = mark_positions(MARK_TEXT)
    want = [m.start() for ps, pe in paragraphs(MARK_TEXT) for m in _MARK.finditer(MARK_TEXT, ps, pe)]
    assert got == want
    assert MARK_TEXT.index("It's") + 2 not in got and MARK_TEXT.index("O’Neill") + 1 not in got
    assert MARK_TEXT.index("end'") + 3 in got  # a mark that ends a paragraph, before its line break
    spans = find_quote_spans(MARK_TEXT)
    assert [MARK_TEXT[q.start:q.end] for q in spans][:3] == ["The wall,", "will hold", "Not 'yet',"]


def test_quote_ids_ignore_case_and_blanks_on_the_fast_path_and_the_slow_one():
    from briefing.index.quotes import quote_id

    plain = quote_id("a1", "The wall will hold this winter")  # single spaces: read as it is
    for variant in ["the wall will hold THIS winter", " The wall will hold this winter", "The wall will hold this winter ",
                    "The wall  will hold this winter", "The wall\twill hold\nthis winter",
                    "The wall\u00a0will hold this\u2009winter", "The\u2028wall will hold this winter\x1c"]:
        assert quote_id("a1", variant) == plain, variant
    assert quote_id("a1", "The wall will hold this summer") != plain
    assert quote_id("a2", "The wall will hold this winter") != plain
    assert quote_id("a1", "The wall will hold this\u00adwinter") != plain  # a soft hyphen is no blank
