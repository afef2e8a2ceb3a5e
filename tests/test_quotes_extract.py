"""Quote extraction and attribution on real sentences (the seeds are full of them)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefing.index.quotes import extract_quotes, merge_speakers, quote_id, quote_text
from quote_helpers import one

FIRST, SECOND = "000_921a5942b13cbaba", "001_2f5ca3a043d0fe3e"



def by_text(quotes, fragment):
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}: {[q.text[:40] for q in quotes]}"
    return hits[0]


def test_direct_quote_with_cue_after():
    one("“We certainly have the option not to buy it,” Yuyuan Tantian said in an article.",
        text="We certainly have the option not to buy it", speaker="Yuyuan Tantian", kind="direct")


def test_direct_quote_said_name_inverted_and_before():
    one('"The market is not ready for this chip," said Jane Smith.', speaker="Jane Smith", kind="direct")
    one("Smith said: “The market is not ready for this chip.”", speaker="Smith", kind="direct")


def test_split_quote_is_one_quote_with_two_fragments():
    text = "“The first part of it is here,” she said. “And the second part follows on.”"
    (q,) = extract_quotes(text, "t")
    assert q.speaker_mention == "she" and q.cue == "said"
    assert [text[f.start:f.end] for f in q.fragments] == ["The first part of it is here",
                                                         "And the second part follows on"]


def test_floating_quote_continues_the_speaker():
    text = ("“The first part of it is here,” she said on a long call with reporters in the capital on Friday.\n"
            "“And the next paragraph carries on with her view of things,” was all.\n"
            "Nobody answered. “Then a third quotation follows with no cue at all in it anywhere.”")
    quotes = extract_quotes(text, "t")
    assert quotes[-1].floating and quotes[-1].speaker_mention == "she"


def test_multi_paragraph_quote():
    text = ("Officials gave their view. “The first paragraph of the statement is long enough\n\n"
            "“and the second one carries on,” the minister said.")
    (q,) = extract_quotes(text, "t")
    assert q.kind == "direct" and q.speaker_mention == "the minister"
    assert [text[f.start:f.end] for f in q.fragments] == ["The first paragraph of the statement is long enough",
                                                         "and the second one carries on"]


def test_scare_quotes_are_not_quotes():
    assert extract_quotes("The so-called “backdoor” problem worried the market on Friday.", "t") == []


def test_mixed_quote(seed_texts):
    quotes = extract_quotes(seed_texts[FIRST], FIRST)
    q = by_text(quotes, "convincing security proofs")
    assert q.kind == "mixed" and q.speaker == "People’s Daily"
    assert q.text.startswith("Nvidia must produce")


def test_indirect_patterns():
    one("The Financial Times reported Beijing was pressuring China’s large tech firms over their orders.",
        speaker="The Financial Times", kind="indirect", cue="reported")
    one("According to the ministry of trade, exports fell sharply in the first quarter of the year.",
        kind="indirect", cue="according to")
    one("Exports fell sharply in the first quarter of the year, according to the trade ministry.",
        speaker="the trade ministry", kind="indirect")
    one("Exports fell sharply in the first quarter of the year, the minister said.",
        kind="indirect", speaker_mention="the minister")


def test_pronoun_and_nominal_resolution(seed_texts):
    quotes = extract_quotes(seed_texts[FIRST], FIRST)
    q = by_text(quotes, "I think he’s coming to see me")
    assert q.speaker == "Donald Trump" and q.speaker_mention == "he" and q.cue == "added"
    q = by_text(quotes, "Some tech companies were planning to reduce")
    assert q.speaker == "The Financial Times" and q.speaker_mention == "the report"
    q = by_text(quotes, "its chips had no backdoors")
    assert q.speaker == "Nvidia"  # "The company reiterated …, saying …"


def test_role_is_split_from_the_name(seed_texts):
    quotes = extract_quotes(seed_texts[SECOND], SECOND)
    q = by_text(quotes, "scaled-down version of its advanced Blackwell chip")
    assert (q.speaker, q.speaker_role) == ("Donald Trump", "US President")


def test_offsets_index_the_body(seed_texts):
    for aid, text in seed_texts.items():
        quotes = extract_quotes(text, aid)
        assert len(quotes) >= 10
        for q in quotes:
            assert quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments]) == q.text
            if q.speaker_start is not None:
                assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
            assert q.id == quote_id(aid, q.text) or q.id.startswith(quote_id(aid, q.text) + "-")


def test_aliases_merge_across_the_seeds(seed_texts):
    quotes = [q for aid, t in seed_texts.items() for q in extract_quotes(t, aid)]
    speakers = {s.name: s for s in merge_speakers(quotes)}
    trump = speakers["Donald Trump"]
    assert set(trump.articles) == {FIRST, SECOND} and trump.count >= 3
    assert "US President" in trump.roles


def test_user_overrides_merge_and_rename(seed_texts):
    quotes = [q for aid, t in seed_texts.items() for q in extract_quotes(t, aid)]
    names = {s.name for s in merge_speakers(quotes, {"Bloomberg News": "Bloomberg", "The Information": "Bloomberg"})}
    assert "Bloomberg" in names and "The Information" not in names and "Bloomberg News" not in names


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab cd.,;:“”‘’\"'\n SaidHe") + ["said", " he said", "\u202e", "\x1b["]),
                max_size=120).map("".join))
def test_any_text_never_raises_and_offsets_hold(text):
    for q in extract_quotes(text, "x"):
        assert quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments]) == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_never_raises(text):
    for q in extract_quotes(text, "x"):
        assert quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments]) == q.text


def test_large_and_degenerate_inputs():
    assert extract_quotes("", "x") == []
    assert extract_quotes("“" * 5000, "x") == []
    dense = "“This is a long quote that goes on,” he said. " * 5000  # 5,000 quotes: no quadratic scans
    quotes = extract_quotes(dense, "x")
    assert len(quotes) == 5000 and all(dense[q.start:q.end] == q.text and not q.fragments for q in quotes)
    para = ("The committee met on Tuesday and nothing was decided about the budget for the year. " * 12
            + "“We will meet again next week,” the chair told reporters.\n\n")
    big = (para * (5_000_000 // len(para) + 1))[:5_000_000]  # 5 MB, quotes all along
    quotes = extract_quotes(big, "x")
    assert quotes and all(big[q.start:q.end] == q.text for q in quotes)
    assert extract_quotes("“unclosed " * 100_000, "x") is not None
