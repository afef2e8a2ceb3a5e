"""The word finders that stand in for patterns compiled per word (a role word, a surname, an age, a document
word): each answers as the pattern it replaces does, on sentences written for these tests, and the patterns
kept for a role or document word are compiled only where they can match."""

from __future__ import annotations

import re

import pytest

from briefing.index.quotes.describe import (
    _after_words, _author_forms, _folded, _has_role_word, _holder_forms, _standing_word, _two_words_before)
from briefing.index.quotes.people import _before_firm_name, _whole_word_in
from briefing.index.quotes.person_evidence import _standing_alone

TEXTS = [
    "Mayor Jane Roe said the vice-mayor would step down.",
    "The minister, Tom Weir, met the deputy minister's aide in Ottawa.",
    "Jo Roe, Canada's finance minister, spoke first; the minister's office later published a short report.",
    "Asked about the report by the Audit Office, the Audit Office's chair declined to comment.",
    "ſenator KING met the İmam and the king_maker at the Ministry of Health.",
    "Mokoena said Mokoena's team would win. Tshepo Mokoena was not at the meeting, nor was O'Neill-Mokoena.",
    "Ford Motor & Sons sold fords; Ford of Europe did not.",
    "Mark Ellis, 45, and the 47-year-old coach were there. Ellis, aged 45, spoke.",
    "",
]
WORDS = ["mayor", "minister", "vice", "report", "office", "senator", "king", "imam", "mokoena", "ford", "ellis",
         "chief executive", "press secretary", "a", "s", "-mayor"]


@pytest.mark.parametrize("text", TEXTS)
def test_role_words_found_as_the_pattern_finds_them(text):
    for word in WORDS:
        rx = r"(?<![\w-])%s(?![\w-])" % re.escape(word)
        assert _has_role_word(text, word) == (re.search(rx, text, re.I) is not None), word
        assert _standing_word(_folded(text), word) == (re.search(rx, _folded(text)) is not None), word


@pytest.mark.parametrize("text", TEXTS)
def test_words_standing_alone_as_the_patterns_find_them(text):
    for token in {t.strip(".,;") for t in text.split()} | set(WORDS):
        if not token:
            continue
        alone = r"(?<![\w’'-])%s(?![\w’'-])" % re.escape(token)
        assert _standing_alone(text, token) == (re.search(alone, text) is not None), token
        surname = r"(?<![\w’'-])(?<!Tshepo )%s(?![\w-])" % re.escape(token)
        assert _standing_alone(text, token, after_apostrophe=True, not_after="Tshepo ") == (
            re.search(surname, text) is not None), token
        assert _whole_word_in(text, token) == (re.search(r"\b%s\b" % re.escape(token), text) is not None), token
        assert _before_firm_name(text, token) == (
            re.search(re.escape(token) + r"\s+(?:&|of)\s+[A-Z]", text) is not None), token


@pytest.mark.parametrize("text", TEXTS)
def test_reading_back_from_a_word(text):
    for i in range(len(text) + 1):
        assert _two_words_before(text, i) >= (re.search(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\Z", text[:i]) is not None)
        assert _after_words(text, i, ("’s", "'s"), 3) >= (re.search(r"[’']s\s+(?:[\w-]+\s+){0,3}\Z", text[:i]) is not None)
        assert _after_words(text, i, ("published", "out"), 4) >= (
            re.search(r"(?:published|put\s+out)\s+(?:[\w-]+\s+){0,4}\Z", text[:i]) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_role_and_document_patterns_skipped_only_where_they_cannot_match(text):
    for word in WORDS:
        w = re.escape(word)
        holder = (r"(?:(?<![\w-])(?:[\w-]++\s++){1,3})?(?i:%s)\s+(?:[A-Z][\w’'-]+\s+|[A-Z]\.?\s+(?=[A-Z][\w’'-])){0,2}"
                  r"[A-Z][\w’'-]+(?![’']s)" % w,
                  r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},\s+(?:the|a|an|its|his|her|[A-Z][\w.-]*[’']s)\s+"
                  r"[^,.;:]{0,50}?(?<![\w-])(?i:%s)(?![\w-])" % w,
                  r"\b(?i:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?i:%s),\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}" % w)
        for may, rx in zip(_holder_forms(text, _folded(text), word), holder):
            assert may or re.search(rx, text) is None, (word, rx)
        org = r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&’'-]*)*"
        author = (r"\b%ss?\s+(?:by|from)\s+(?:the\s+)?%s" % (w, org),
                  r"%s\s+(?:has\s+|have\s+)?(?:published|released|issued|produced|commissioned|put\s+out)"
                  r"\s+(?:(?:a|an|its|the|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?%ss?\b" % (org, w),
                  r"%s[’']s\s+(?:[\w-]+\s+){0,3}?%ss?\b" % (org, w))
        for may, rx in zip(_author_forms(text, word), author):
            assert may or re.search(rx, text) is None, (word, rx)


def test_a_role_holder_and_a_report_author_are_still_found():
    from briefing.index.quotes import extract_quotes
    text = ("Jo Roe, Canada's finance minister, visited the plant on Monday. "
            "The minister said the plant would stay open.")
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(text, "t")] == [("Jo Roe", "Canada's finance minister")]
