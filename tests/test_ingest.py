"""Ingestion of every format, encoding and bad-file kind, on real files."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.index.ingest import load_path, read_file, walk_corpus
from briefing.index.models import Article
from corpus_factory import make_bad_files


def read_all(root: Path, max_bytes=None):
    articles, skipped = [], []
    for f in walk_corpus(root):
        if f.problem:
            skipped.append((f.rel, f.problem))
            continue
        a, s = read_file(f, max_bytes)
        articles += a
        skipped += [(x.path, x.reason) for x in s]
    return articles, skipped


def test_seed_metadata_and_original_body(seeds_dir, seed_texts):
    arts = {a.id: a for a in read_all(seeds_dir)[0]}
    assert set(arts) == {"000_921a5942b13cbaba", "001_2f5ca3a043d0fe3e"}
    a, b = arts["000_921a5942b13cbaba"], arts["001_2f5ca3a043d0fe3e"]
    assert a.source == "Reuters" and a.date == dt.date(2025, 8, 12)
    assert a.title.startswith("Beijing regulators are asking firms")
    assert "H20" in b.title and b.source
    # the body the index and quote offsets see is the original text, unchanged
    assert a.body == seed_texts["000_921a5942b13cbaba"]
    assert b.body == seed_texts["001_2f5ca3a043d0fe3e"]
    assert len(a.hash) == 64 and a.hash != b.hash


def test_txt_headline_dateline_byline(tmp_path):
    p = tmp_path / "world" / "story.txt"
    p.parent.mkdir()
    p.write_text("Chip talks stall in Geneva\n\nBy Jane Doe\n\nGENEVA (Reuters) - Talks on chip exports "
                 "stalled on Tuesday, officials said.\n\nMore text follows here.\n", encoding="utf-8")
    (a,) = load_path(p, root=tmp_path)
    assert a.id == "world/story" and a.path == "world/story.txt"
    assert a.title == "Chip talks stall in Geneva"
    assert a.source == "Reuters" and a.author == "Jane Doe"
    assert a.body.startswith("GENEVA (Reuters) - Talks")  # the byline is the author, not article text


def test_txt_credit_line_and_no_headline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Officials met on Monday. They talked about chips.\n\nA second paragraph.\n\n"
                 "Associated Press, with additional reporting by Sam Lee\n", encoding="utf-8")
    (a,) = load_path(p)
    assert a.source == "Associated Press"
    assert a.title == "Officials met on Monday."
    assert a.body.startswith("Officials met on Monday.")


def test_markdown_yaml_and_toml_front_matter(tmp_path):
    (tmp_path / "y.md").write_text("---\ntitle: Yaml title\nsource: The Times\ndate: 2024-03-05\n"
                                   "url: https://example.org/y\nauthor: [Ann, Bob]\n---\nBody of yaml.\n",
                                   encoding="utf-8")
    (tmp_path / "t.md").write_text('+++\ntitle = "Toml title"\noutlet = "Le Monde"\ndate = 2023-01-02\n+++\n'
                                   "Body of toml.\n", encoding="utf-8")
    (tmp_path / "h.md").write_text("# Heading title\n\nJust markdown.\n", encoding="utf-8")
    y, = load_path(tmp_path / "y.md")
    t, = load_path(tmp_path / "t.md")
    h, = load_path(tmp_path / "h.md")
    assert (y.title, y.source, y.date, y.url, y.author) == ("Yaml title", "The Times", dt.date(2024, 3, 5),
                                                            "https://example.org/y", "Ann, Bob")
    assert y.body == "Body of yaml.\n" and y.format == "md"
    assert (t.title, t.source, t.date) == ("Toml title", "Le Monde", dt.date(2023, 1, 2))
    assert h.title == "Heading title"


def test_html_main_text_and_metadata(tmp_path):
    para = "Regulators in Beijing asked technology companies to explain their orders of chips. " * 3
    html = (f"<html><head><title>Page title | Site</title><meta property='og:site_name' content='Daily Planet'>"
            f"<meta property='article:published_time' content='2025-08-12T10:00:00Z'>"
            f"<script>alert('x')</script></head><body><nav>Home News Sport</nav><article><h1>Chips story</h1>"
            f"<p>{para}</p><p>{para}</p></article><footer>Copyright</footer></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    a, = load_path(tmp_path / "p.html")
    assert a.format == "html"
    assert "Regulators in Beijing" in a.body and "alert(" not in a.body
    assert a.source == "Daily Planet" and a.date == dt.date(2025, 8, 12)
    assert a.title


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"title": "One", "body": "Text one.", "source": "X"}),
                                       encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "a1", "headline": "A", "text": "Alpha."},
                                                    {"title": "B", "content": "Beta.", "date": "2020-02-02"}]),
                                        encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"title": "L1", "body": "Line one.", "url": "http://x/1"}) + "\n\n"
        + "{not json}\n" + json.dumps({"title": "L3", "body": ["wrong", "type"]}) + "\n"
        + json.dumps({"title": "L4", "body": "Line four."}) + "\n", encoding="utf-8")
    arts, skipped = read_all(tmp_path)
    ids = {a.id: a for a in arts}
    assert set(ids) == {"one", "many#a1", "many#2", "lines#1", "lines#5"}
    assert ids["many#2"].date == dt.date(2020, 2, 2) and ids["lines#1"].url == "http://x/1"
    assert sorted(skipped) == [("lines.jsonl#3", "malformed record"), ("lines.jsonl#4", "malformed record")]


@pytest.mark.parametrize("encoding,bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b"")])
def test_encodings(tmp_path, encoding, bom):
    text = "Café talks “resume”\n\nNvidia’s chips — über alles.\n"
    (tmp_path / "e.txt").write_bytes(bom + text.encode(encoding))
    a, = load_path(tmp_path / "e.txt")
    assert a.title == "Café talks “resume”"
    assert a.body == "Nvidia’s chips — über alles.\n"


def test_bad_files_are_skipped_with_reasons_and_the_rest_read(tmp_path, seeds_dir):
    corpus = tmp_path / "c"
    expected = make_bad_files(corpus)
    for p in seeds_dir.glob("*.txt"):
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    arts, skipped = read_all(corpus, max_bytes=100_000)
    assert {a.id for a in arts} == {"000_921a5942b13cbaba", "001_2f5ca3a043d0fe3e"}
    got = dict(skipped)
    for rel, reason in expected.items():
        assert got.get(rel) == reason, (rel, got.get(rel), reason)


def test_too_large_limit_from_environment(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_text("Headline here\n\n" + "x " * 600, encoding="utf-8")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1000")
    assert read_all(tmp_path)[1] == [("big.txt", "too large")]
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "5000")
    assert len(read_all(tmp_path)[0]) == 1


def test_load_path_errors_are_clear(tmp_path):
    from briefing.index.errors import CorpusError

    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    with pytest.raises(CorpusError, match="binary"):
        load_path(tmp_path / "bin.txt")
    with pytest.raises(CorpusError, match="no such file"):
        load_path(tmp_path / "missing.txt")


def test_hidden_files_and_sidecars_are_not_articles(tmp_path):
    (tmp_path / ".hidden.txt").write_text("Hidden headline\n\nbody", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First line is a full sentence.\nSecond line.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "Sidecar title", "source": "Sidecar Times"}),
                                          encoding="utf-8")
    arts, skipped = read_all(tmp_path)
    assert [a.id for a in arts] == ["a"] and not skipped
    assert isinstance(arts[0], Article)
    assert (arts[0].title, arts[0].source) == ("Sidecar title", "Sidecar Times")
    assert arts[0].body == "First line is a full sentence.\nSecond line."


def test_walk_notes_sidecars_and_a_file_found_elsewhere_still_gets_its_own(tmp_path):
    (tmp_path / "a.txt").write_text("A headline here\n\nThe body of a.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"source": "Sidecar Times"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("B headline here\n\nThe body of b.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.v2.md").write_text("# C headline\n\nThe body of c.", encoding="utf-8")
    (tmp_path / "sub" / "c.v2.meta.json").write_text(json.dumps({"author": "Ann Lee"}), encoding="utf-8")
    found = {f.rel: f.sidecar for f in walk_corpus(tmp_path)}
    assert found == {"a.txt": True, "b.txt": False, "sub/c.v2.md": True}
    arts, _ = read_all(tmp_path)
    assert {a.id: (a.source, a.author) for a in arts} == {
        "a": ("Sidecar Times", None), "b": (None, None), "sub/c.v2": (None, "Ann Lee")}
    # a Found made outside the walk does not know: the sidecar is looked up when the file is read
    (tmp_path / "b.meta.json").write_text(json.dumps({"source": "Late Sidecar"}), encoding="utf-8")
    assert load_path(tmp_path / "b.txt", tmp_path)[0].source == "Late Sidecar"
