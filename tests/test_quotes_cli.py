"""Quotes through the index and the CLI: speaker: queries, quotes/speakers/extract commands."""

from __future__ import annotations

import json

from cli_inprocess import briefing_main as briefing
from test_cli import FIRST, SECOND


def test_speaker_queries_on_the_index(seeds_library):
    lib = seeds_library
    trump = lib.quotes(speaker="trump")
    assert trump and {q.article_id for q in trump} == {FIRST, SECOND}
    assert all(q.speaker == "Donald Trump" for q in trump)
    daily = lib.quotes(query='speaker:"people\'s daily" security')
    assert [q.speaker for q in daily] == ["People’s Daily"]
    direct = lib.quotes(query="kind:direct")
    assert direct and all(q.kind == "direct" for q in direct)
    assert {h.id for h in lib.search("speaker:trump").hits} == {FIRST, SECOND}
    assert {h.id for h in lib.search("speaker:bloomberg").hits} == {SECOND}
    ordered = lib.quotes(article_id=FIRST)
    assert [q.start for q in ordered] == sorted(q.start for q in ordered)
    assert lib.quote(ordered[0].id) == ordered[0]


def test_speakers_merge_across_articles(seeds_library):
    speakers = {s.name: s for s in seeds_library.speakers()}
    assert set(speakers["Donald Trump"].articles) == {FIRST, SECOND}
    assert speakers["Nvidia"].count >= 3


def test_quotes_speakers_extract_commands(tmp_path, seeds_dir):
    ix = str(tmp_path / "ix")
    p = briefing("quotes", "--speaker", "trump", "--json", "--index-dir", ix, check=0)
    rows = [json.loads(x) for x in p.stdout.splitlines()]
    assert rows and all(r["speaker"] == "Donald Trump" for r in rows)
    assert {"id", "article_id", "text", "start", "end", "kind", "cue", "speaker"} <= set(rows[0])
    p = briefing("quotes", "--kind", "direct", "--index-dir", ix, check=0)
    assert "Jensen" in p.stdout
    p = briefing("speakers", "--json", "--index-dir", ix, check=0)
    names = [json.loads(x)["name"] for x in p.stdout.splitlines()]
    assert "Donald Trump" in names and "Nvidia" in names
    p = briefing("extract", str(seeds_dir / f"{SECOND}.txt"), "--json", check=0)
    (row,) = [json.loads(x) for x in p.stdout.splitlines()]
    assert row["path"].endswith(f"{SECOND}.txt") and len(row["quotes"]) >= 8
    body = (seeds_dir / f"{SECOND}.txt").read_text(encoding="utf-8")
    assert all(body[q["start"]:q["end"]] == q["text"] for q in row["quotes"])
    p = briefing("extract", str(tmp_path / "nope.txt"), check=1)
    assert "no such file" in p.stderr


def test_speaker_merge_and_rename_survive_reindexing(tmp_path):
    ix = str(tmp_path / "ix")
    briefing("speakers", "--merge", "Bloomberg News", "The Information", "--into", "Wire reports", "--index-dir", ix,
             check=0)
    briefing("speakers", "--rename", "Nvidia", "Nvidia Corp", "--index-dir", ix, check=0)
    briefing("index", "--rebuild", "--index-dir", ix, check=0)
    rows = {json.loads(x)["name"]: json.loads(x) for x in briefing("speakers", "--json", "--index-dir", ix,
                                                                    check=0).stdout.splitlines()}
    assert "Wire reports" in rows and "Bloomberg News" not in rows and "The Information" not in rows
    assert {"Bloomberg News", "The Information"} <= set(rows["Wire reports"]["aliases"])
    assert "Nvidia Corp" in rows and "Nvidia" not in rows
    p = briefing("export", "--format", "json", "--speaker", "wire", "--index-dir", ix, check=0)
    items = json.loads(p.stdout)["items"]
    assert items and {it["quote"]["speaker"] for it in items} == {"Wire reports"}
    briefing("speakers", "--forget", "Wire reports", "--index-dir", ix, check=0)
    names = [json.loads(x)["name"] for x in briefing("speakers", "--json", "--index-dir", ix,
                                                      check=0).stdout.splitlines()]
    assert "Bloomberg News" in names
