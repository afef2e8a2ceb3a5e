"""Property tests (hypothesis): any text through ingestion and comparison never raises, offsets hold."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from briefing.index.compare import compare_articles, split_sentences
from briefing.index.ingest import Found, read_file
from briefing.index.ingest.normalize import normalize_text
from briefing.index.models import Article

TEXT = st.text(max_size=500) | st.lists(st.sampled_from(
    ["Headline", "\n", "\n\n", ". ", "“", "”", '"', "said", "not", "15%", "13%", "U.S.", "Mr.", "\x1b[31m", "\u202e",
     "\x00", "\ufeff", "\u00ad", "\u00a0", "---\n", "+++\n", "title: x\n", "{", "}", "<div>", "</div>", "é", "漢字", "🙂"]),
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
                raw = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
                assert a.body in normalize_text(raw)  # soft hyphens, odd spaces: see normalize.py


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
    assert sorted(r.a for r in c.rows if r.a is not None) == [s.index for s in c.sentences_a if not s.boilerplate]


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_sentences_cover_text_in_order(x):
    sents = split_sentences(x)
    assert all(s.start < s.end for s in sents)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))


@settings(max_examples=150, deadline=None)
@given(TEXT.filter(lambda t: t.strip() != ""), st.sampled_from(["direct", "mixed", "indirect"]), TEXT)
def test_any_quote_text_round_trips_through_json_and_csv(text, kind, note):
    import csv
    import datetime as dt
    import io

    from briefing.index.export import render
    from briefing.index.export.render import csv_safe
    from briefing.index.models import ArticleRef, ExportDocument, ExportItem, Quote, QuoteAnnotation

    q = Quote(id="q1", article_id="a", text=text, start=0, end=len(text), kind=kind, speaker=note[:20] or None)
    doc = ExportDocument(generated_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), corpus="c", items=[
        ExportItem(quote=q, article=ArticleRef(id="a", title=note[:30]),
                   annotation=QuoteAnnotation(quote_id="q1", article_id="a", text=text, note=note))])
    assert ExportDocument.model_validate_json(render(doc, "json")) == doc
    (row,) = list(csv.DictReader(io.StringIO(render(doc, "csv"), newline="")))
    assert row["quote"] == csv_safe(text) and row["note"] == csv_safe(note)
    for cell in row.values():
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert render(doc, "md") and render(doc, "txt")
