"""A story's key terms are read one distinct written word at a time (not token by token) with the same
result as counting the analyzer's tokens: the same terms, counts and order, whatever the text."""

from __future__ import annotations

from collections import Counter

from whoosh.analysis import RegexTokenizer, StandardAnalyzer

from briefing.index.compare.similarity import STOP, analyzer
from briefing.index.engine.analysis import FusedAnalyzer
from briefing.index.stories.features import LEAD_WORDS, TITLE_WEIGHT, key_term_counts

TEXTS = [
    "The harbour board's chair said the ferries' timetable would change on 3 May, and 2,400 riders objected.",
    "Councillors voted 7-2; the mayor's office called it \u201ca fair deal\u201d. O'Neill disagreed: \"Not fair.\"",
    "Caf\u00e9 owners in Mal\u00e9 and S\u00e3o Paulo \u2014 r\u00e9sum\u00e9s, na\u00efve co\u00f6peration \u2014 "
    "STOPPED stopping stops stopped.",
    "",
    "   \n\t ",
    "x " * 3000 + "running runs ran runner " * 500,
    "a'b'c'd '''' ---- 12345 1st 2nd U.S. e.g. don't won't can't it's its",
    "\u0645\u0631\u062d\u0628\u0627 \u4f60\u597d \u3053\u3093\u306b\u3061\u306f \U0001F600 words\u200bjoined",
]


def by_tokens(an, text: str) -> dict[str, int]:
    return dict(Counter(t.text for t in an(text)))


def test_term_counts_are_the_tokens_counted():
    an = analyzer()
    assert isinstance(an, FusedAnalyzer) and an._fast
    for text in TEXTS:
        counts = an.term_counts(text)
        assert counts == by_tokens(an, text)
        assert list(counts) == list(by_tokens(an, text))  # first-occurrence order kept


def test_an_analyzer_without_the_fast_path_counts_its_tokens():
    slow = FusedAnalyzer(*StandardAnalyzer().items)  # a stop filter: not a word map
    assert not slow._fast
    plain = FusedAnalyzer(RegexTokenizer(r"\w+"))
    for text in TEXTS:
        assert slow.term_counts(text) == by_tokens(slow, text)
        assert plain.term_counts(text) == by_tokens(plain, text)


def reference_key_terms(title: str, body: str) -> dict[str, int]:
    """The key terms read token by token (how grouping read them before)."""
    an = analyzer()
    lead = " ".join(body.split(None, LEAD_WORDS)[:LEAD_WORDS])
    c: Counter[str] = Counter()
    for t in an(title):
        if t.text not in STOP and len(t.text) > 1 and not t.text.isdigit():
            c[t.text] += TITLE_WEIGHT
    for t in an(lead):
        if t.text not in STOP and len(t.text) > 1 and not t.text.isdigit():
            c[t.text] += 1
    return dict(c)


def test_key_terms_are_unchanged():
    for title in ("Ferry timetable changes anger riders", "", "The the THE", "Mayor's ferry vote: 7-2"):
        for body in TEXTS:
            got = key_term_counts(title, body)
            want = reference_key_terms(title, body)
            assert got == want and list(got) == list(want)
    counts = key_term_counts("Ferry riders wait", "The ferry riders said ferries ran late.")
    assert counts["rider"] == TITLE_WEIGHT + 1 and "the" not in counts
