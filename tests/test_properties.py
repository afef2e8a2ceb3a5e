"""Property tests (hypothesis): any text through ingestion and comparison never raises, offsets hold."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from briefing.index.compare import compare_articles, split_sentences
from briefing.index.ingest import Found, read_file
from briefing.index.models import Article

TEXT = st.text(max_size=500) | st.lists(st.sampled_from(
    ["Headline", "\n", "\n\n", ". ", "“", "”", '"', "said", "not", "15%", "13%", "U.S.", "Mr.", "\x1b[31m", "\u202e",
     "\x00", "\ufeff", "---\n", "+++\n", "title: x\n", "{", "}", "<div>", "</div>", "é", "漢字", "🙂"]),
    max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["txt", "md", "html", "json", "jsonl"]))
def test_any_text_through_ingestion_never_raises(text, fmt):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"a.{fmt}"
        p.write_bytes(text.encode("utf-8", "surrogatepass"))
        articles, skipped = read_file(Found(p.name, p, fmt))
        assert len(articles) + len(skipped) >= 1 or not text.strip()
        for a in articles:
            assert a.body and a.id.startswith("a")
            if fmt == "txt":
                assert a.body in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT)
def test_comparison_never_raises_and_offsets_hold(x, y):
    a = Article(id="a", path="a", body=x, hash="a")
    b = Article(id="b", path="b", body=y, hash="b")
    c = compare_articles(a, b, [], [])
    for s in c.sentences_a:
        assert x[s.start:s.end] == s.text
    for p in c.pairs:
        for t in p.a_tokens:
            assert x[t.start:t.end] == t.text
        for t in p.b_tokens:
            assert y[t.start:t.end] == t.text
    assert sorted(r.a for r in c.rows if r.a is not None) == list(range(len(c.sentences_a)))


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_sentences_cover_text_in_order(x):
    sents = split_sentences(x)
    assert all(s.start < s.end for s in sents)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
