"""Exports on the seeds: Markdown golden file, JSON round trip, CSV read back and injection, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from briefing.index.annotations import AnnotationStore
from briefing.index.export import ExportError, ExportFilters, build_export_items, make_document, render, write_export
from briefing.index.export.render import csv_safe, md_escape
from briefing.index.models import ExportDocument
from cli_inprocess import briefing_main as briefing

GOLDEN = Path(__file__).parent / "golden" / "seeds_export.md"
FIXED = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)


@pytest.fixture
def store_with_marks(seeds_library, tmp_path):
    store = AnnotationStore.open(path=tmp_path / "ann.json")
    quotes = seeds_library.quotes()
    trump = [q for q in quotes if q.speaker == "Donald Trump"]
    daily = [q for q in quotes if q.speaker == "People’s Daily"]
    store.set_selected(trump + daily)
    store.set_note(trump[0], "Signals a scaled-down *Blackwell* for China")
    store.add_tags(trump[0], ["blackwell"])
    store.toggle_star(daily[0])
    return store


def doc(lib, store, **filters):
    d = make_document("seeds", build_export_items(lib, store, ExportFilters(**filters)))
    return d.model_copy(update={"generated_at": FIXED})


def test_markdown_golden_file_on_the_seeds(seeds_library, store_with_marks):
    text = render(doc(seeds_library, store_with_marks), "md", "speaker")
    if not GOLDEN.exists():  # regenerate by deleting the file; review it before committing
        GOLDEN.write_text(text, encoding="utf-8")
        pytest.fail(f"{GOLDEN} was missing and has been written: review it")
    assert text == GOLDEN.read_text(encoding="utf-8")
    assert "## Donald Trump" in text and "## Sources" in text and "\\*Blackwell\\*" in text


def test_json_round_trip_and_schema(seeds_library, store_with_marks):
    d = doc(seeds_library, store_with_marks)
    again = ExportDocument.model_validate_json(render(d, "json"))
    assert again == d and len(again.items) >= 5
    assert {it.quote.speaker for it in again.items} == {"Donald Trump", "People’s Daily"}
    schema = json.loads(briefing("export", "--schema", check=0).stdout)
    assert schema["title"] == "ExportDocument" and "items" in schema["properties"]


def test_csv_reads_back_with_the_csv_module(seeds_library, store_with_marks):
    d = doc(seeds_library, store_with_marks)
    rows = list(csv.DictReader(io.StringIO(render(d, "csv"), newline="")))
    assert len(rows) == len(d.items)
    assert rows[0]["speaker"] and rows[0]["quote"] == d.items[0].quote.text
    assert any(r["note"] == "Signals a scaled-down *Blackwell* for China" for r in rows)


def test_plain_text_keeps_the_note_tags_and_star_with_each_quote(seeds_library, store_with_marks):
    d = doc(seeds_library, store_with_marks)
    blocks = render(d, "txt").strip().split("\n\n")
    assert len(blocks) == len(d.items)
    for block, it in zip(blocks, d.items):
        n = it.annotation
        assert ("Note: " + n.note in block) == bool(n and n.note), block
        assert ("Tags: " + ", ".join(n.tags) in block) == bool(n and n.tags), block
        assert ("★ Starred" in block) == bool(n and n.starred), block
    noted = next(b for b in blocks if "Note: " in b)
    assert noted.splitlines()[-1] == "Note: Signals a scaled-down *Blackwell* for China · Tags: blackwell"


def test_csv_injection_is_neutralised():
    for bad in ("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert csv_safe(bad).startswith("'")
    assert csv_safe("plain text") == "plain text" and csv_safe(None) == ""


def test_markdown_escaping_keeps_article_text_inert():
    out = md_escape("# Heading [link](javascript:x) <script>x</script> | col *em* `code`\n- item\n1. one")
    assert "\\#" in out and "\\[link\\]" in out and "\\<script\\>" in out and "\\|" in out and "\\*em\\*" in out
    assert "\n\\- item" in out and "\n\\1. one" in out


@pytest.mark.parametrize("filters, title", [
    ({}, "Selected quotes"),
    ({"selected": True, "speaker": "trump"}, "Selected quotes by Donald Trump"),
    ({"speaker": "daily"}, "Quotes by People’s Daily"),
    ({"query": "chips", "kind": "direct"}, "Direct quotes matching “chips”"),
    ({"starred": True}, "Starred quotes"),
    ({"tag": "blackwell", "article": "000_921a5942b13cbaba"}, "Quotes from article 000_921a5942b13cbaba tagged #blackwell"),
])
def test_the_export_heading_says_what_was_exported(seeds_library, store_with_marks, filters, title):
    f = ExportFilters(**filters)
    d = make_document("seeds", build_export_items(seeds_library, store_with_marks, f), f.title(
        build_export_items(seeds_library, store_with_marks, f)))
    assert d.title == title
    assert render(d, "md").startswith(f"# Briefing: {title[0].lower()}")


def test_speaker_filter_matches_any_name_by_whole_words(seeds_library, store_with_marks):
    items = build_export_items(seeds_library, store_with_marks, ExportFilters(speaker="trump"))
    assert items and all(it.quote.speaker == "Donald Trump" for it in items)
    assert not build_export_items(seeds_library, store_with_marks, ExportFilters(speaker="trum"))
    starred = build_export_items(seeds_library, store_with_marks, ExportFilters(starred=True))
    assert [it.quote.speaker for it in starred] == ["People’s Daily"]
    tagged = build_export_items(seeds_library, store_with_marks, ExportFilters(tag="blackwell"))
    assert len(tagged) == 1 and tagged[0].annotation.note.startswith("Signals")


def test_overwrite_refusal_and_atomic_write(tmp_path):
    target = tmp_path / "out.md"
    write_export(target, "first")
    with pytest.raises(ExportError, match="already exists"):
        write_export(target, "second")
    assert target.read_text() == "first"
    write_export(target, "second", force=True)
    assert target.read_text() == "second"
    with pytest.raises(ExportError, match="does not exist"):
        write_export(tmp_path / "missing" / "x.md", "x")


def test_written_file_gets_a_normal_mode(tmp_path):
    """A new export is readable as any file the user writes (not mkstemp's 0600); a replaced file keeps its mode."""
    import os

    umask = os.umask(0)
    os.umask(umask)
    fresh = write_export(tmp_path / "new.md", "text")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.md"
    kept.write_text("old")
    kept.chmod(0o640)
    write_export(kept, "new", force=True)
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text() == "new"


def test_cli_select_annotate_export(tmp_path):
    ix = str(tmp_path / "ix")
    qs = [json.loads(x) for x in briefing("quotes", "--speaker", "trump", "--json", "--index-dir", ix,
                                          check=0).stdout.splitlines()]
    briefing("select", qs[0]["id"], qs[1]["id"], "--index-dir", ix, check=0)
    briefing("annotate", qs[0]["id"], "--note", "=cmd|' /C calc'!A0", "--tag", "x", "--star", "--index-dir", ix,
             check=0)
    out = tmp_path / "b.csv"
    briefing("export", "--format", "csv", "-o", str(out), "--index-dir", ix, check=0)
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert len(rows) == 2 and rows[0]["note"].startswith("'=")
    p = briefing("export", "--format", "csv", "-o", str(out), "--index-dir", ix, check=1)
    assert "already exists" in p.stderr
    md = briefing("export", "--group", "article", "--index-dir", ix, check=0).stdout
    assert md.startswith("# Briefing: selected quotes\n") and "Donald Trump" in md
    by = briefing("export", "--speaker", "trump", "--index-dir", ix, check=0).stdout  # not the selection
    assert by.startswith("# Briefing: quotes by Donald Trump\n") and "selected" not in by.splitlines()[0]
    js = json.loads(briefing("export", "--speaker", "trump", "--starred", "--format", "json", "--index-dir", ix,
                             check=0).stdout)
    assert js["title"] == "Starred quotes by Donald Trump" and len(js["items"]) == 1
    assert briefing("select", "--list", "--index-dir", ix, check=0).stdout.split() == sorted(
        [qs[0]["id"], qs[1]["id"]], key=[qs[0]["id"], qs[1]["id"]].index)
    briefing("select", "--clear", "--index-dir", ix, check=0)
    p = briefing("export", "--index-dir", ix, check=1)
    assert "nothing to export" in p.stderr
    p = briefing("annotations", "--json", "--index-dir", ix, check=0)
    assert json.loads(p.stdout.splitlines()[0])["starred"] is True


def test_orphaned_annotation_after_editing_an_article(tmp_path, seeds_copy):
    ix = str(tmp_path / "ix")
    corpus = ["--corpus", str(seeds_copy), "--index-dir", ix]
    q = [json.loads(x) for x in briefing("quotes", "--speaker", "bloomberg", "--json", *corpus,
                                         check=0).stdout.splitlines()][0]
    briefing("annotate", q["id"], "--note", "keep me", *corpus, check=0)
    f = seeds_copy / "001_2f5ca3a043d0fe3e.txt"
    original = f.read_text(encoding="utf-8")
    f.write_text(original.replace(q["text"], "something else happened instead of that report"), encoding="utf-8")
    briefing("index", *corpus, check=0)
    orphans = [json.loads(x) for x in briefing("annotations", "--orphans", "--json", *corpus,
                                               check=0).stdout.splitlines()]
    assert [o["note"] for o in orphans] == ["keep me"]
    f.write_text(original, encoding="utf-8")  # the text comes back: re-attached, not orphaned
    briefing("index", *corpus, check=0)
    assert briefing("annotations", "--orphans", "--json", *corpus, check=0).stdout.strip() == ""
