"""Text normalisation at ingest: soft hyphens, odd spaces and zero-width characters, offsets intact."""

from __future__ import annotations

import json

from briefing.index.ingest import load_path
from briefing.index.ingest.normalize import normalize_text
from briefing.index.library import open_library
from briefing.index.quotes import quote_text

SHY, NBSP, ZWSP, NNBSP = "\u00ad", "\u00a0", "\u200b", "\u202f"
TEXT = (f"Port operators face new chal{SHY}lenges as strike spreads\n\n"
        f"Dock workers at three ports walked out on Tuesday.{NBSP}The union said the chal{SHY}lenges of "
        f"auto{SHY}mation had been ignored for months.\n\n"
        f"\u201cWe have been pa{SHY}tient for eleven{NNBSP}months,\u201d said Maria{NBSP}Okafor, the union's "
        f"president. \u201cThe employers{ZWSP} chose this, not us.\u201d\n\n"
        f"The shipping association said it had offered a 14{NBSP}percent raise.\n")


def test_normalize_text():
    assert normalize_text(f"chal{SHY}lenges{NBSP}and{ZWSP}\ufeff more{NNBSP}\u2009x") == "challenges and more  x"
    assert normalize_text("emoji \U0001F469\u200d\U0001F4BB keeps its joiner") == "emoji \U0001F469\u200d\U0001F4BB keeps its joiner"


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "strike.txt").write_text(TEXT, encoding="utf-8")
    para = f"Regulators said the chal{SHY}lenges of the grid were well known.{NBSP}Engineers had warned for years. "
    (corpus / "grid.html").write_text(
        "<html><head><title>Grid&nbsp;inquiry opens</title></head><body><article><h1>Grid inquiry opens</h1>"
        + f"<p>{para.replace(SHY, '&shy;').replace(NBSP, '&nbsp;') * 3}</p>" * 2 + "</article></body></html>",
        encoding="utf-8")
    (corpus / "wire.json").write_text(json.dumps({"title": "Wire", "body": f"New chal{SHY}lenges{ZWSP} for ports."}),
                                      encoding="utf-8")
    return corpus


def test_every_format_is_normalised_and_search_finds_the_word(tmp_path):
    corpus = _corpus(tmp_path)
    for name in ("strike.txt", "grid.html", "wire.json"):
        (a,) = load_path(corpus / name)
        for ch in (SHY, NBSP, ZWSP, NNBSP):
            assert ch not in a.body and ch not in a.title, (name, ch)
        assert "challenges" in a.body
    with open_library(corpus, tmp_path / "ix") as lib:
        hits = {h.id for h in lib.search("challenges", limit=10).hits}
        assert hits == {"strike", "grid", "wire"}
        assert {h.id for h in lib.search('"eleven months"').hits} == {"strike"}


def test_quote_offsets_slice_the_stored_body(tmp_path):
    corpus = _corpus(tmp_path)
    with open_library(corpus, tmp_path / "ix") as lib:
        body = lib.article("strike").body
        assert "patient for eleven months" in body and SHY not in body
        quotes = lib.quotes(article_id="strike")
        assert quotes, "the article's quote is extracted"
        for q in quotes:
            assert q.text == quote_text(body, q.start, q.end, [(f.start, f.end) for f in q.fragments])
            for f in q.fragments:
                assert 0 <= f.start < f.end <= len(body)
        assert any("patient for eleven months" in q.text and q.speaker == "Maria Okafor" for q in quotes)
        (hit,) = lib.search("patient").hits
        assert hit.snippets and all(body[s.start:s.end] == s.text for s in hit.snippets)
