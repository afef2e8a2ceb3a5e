"""The ``briefing`` command line: the installed console script as a real process (version and help, an index
and a search, the exit code of a busy index), what the other commands print through the CLI's ``main`` in the
test process (:mod:`cli_inprocess`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from briefing.index.cli import COMMAND_MODULES, build_parser
from cli_inprocess import briefing_main

FIRST, SECOND = "000_921a5942b13cbaba", "001_2f5ca3a043d0fe3e"


def briefing(*args, env=None, check=None):
    exe = shutil.which("briefing")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "briefing.index.cli", *args]
    full_env = {**os.environ, "COLUMNS": "120", **(env or {})}
    p = subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=120)
    if check is not None:
        assert p.returncode == check, (p.returncode, p.stdout, p.stderr)
    return p


def test_version_and_help_on_every_command():
    p = briefing("--version", check=0)
    assert p.stdout.startswith("briefing ")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert len(sub.choices) >= len(COMMAND_MODULES)
    for name in sub.choices:
        h = briefing(name, "--help", check=0)
        assert "usage: briefing " + name in h.stdout


def test_index_then_search_json_lines(tmp_path):
    ix = str(tmp_path / "ix")
    p = briefing("index", "--index-dir", ix, "--json", check=0)
    summary = json.loads(p.stdout)
    assert summary["added"] == 2 and summary["documents"] == 2 and summary["skipped"] == []
    p = briefing("search", "H20 backdoor", "--json", "--index-dir", ix, check=0)
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert {x["id"] for x in lines} == {FIRST, SECOND}
    assert all({"id", "title", "source", "date", "score", "snippets"} <= set(x) for x in lines)
    p = briefing("search", '"remote shutdown"', "--json", "--index-dir", ix, check=0)
    assert [json.loads(x)["id"] for x in p.stdout.splitlines()] == [FIRST]


def test_rich_table_and_summary(tmp_path):
    ix = str(tmp_path / "ix")
    p = briefing_main("index", "--index-dir", ix, check=0)
    assert "added" in p.stdout and "Index folder" in p.stdout
    p = briefing_main("search", "Blackwell", "--index-dir", ix, check=0)
    assert "2 results" in p.stdout and "Blackwell" in p.stdout


def test_the_index_table_and_compare_summary_fit_80_columns(tmp_path):
    """Every heading and count of the index table whole at 80 columns; compare's summary breaks between
    its parts, never inside one ('3 possible contradictions')."""
    ix = str(tmp_path / "ix")
    p = briefing_main("index", "--index-dir", ix, env={"COLUMNS": "80"}, check=0)
    lines = p.stdout.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    head = next(line for line in lines if "added" in line)
    assert head.split() == ["added", "updated", "removed", "unchanged", "skipped", "articles", "quotes", "seconds"]
    assert "…" not in p.stdout
    counts = lines[lines.index(head) + 2].split()
    assert counts[0] == "2" and counts[5] == "2" and int(counts[6]) > 0
    compared = briefing_main("compare", FIRST, SECOND, "--json", "--index-dir", ix, check=0)
    counts = json.loads(compared.stdout)["summary"]
    p = briefing_main("compare", FIRST, SECOND, "--index-dir", ix, env={"COLUMNS": "80"}, check=0)
    out = p.stdout.splitlines()
    assert any(line.startswith(f"{counts['shared_claims']} shared claims (") for line in out)
    assert any(f"{counts['contradictions']} possible contradictions" in line for line in out)
    assert all(len(line.rstrip()) <= 80 and not line.rstrip().endswith("·") for line in out)


def test_corpus_before_or_after_the_command_and_env(tmp_path, seeds_copy):
    (seeds_copy / "extra.txt").write_text("Zebra crossing headline\n\nZebras everywhere.\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    before = briefing_main("--corpus", str(seeds_copy), "search", "zebras", "--json", "--index-dir", ix, check=0)
    after = briefing_main("search", "zebras", "--json", "--corpus", str(seeds_copy), "--index-dir", ix, check=0)
    env = briefing_main("search", "zebras", "--json", env={"BRIEFING_CORPUS": str(seeds_copy),
                                                           "BRIEFING_INDEX_DIR": ix}, check=0)
    for p in (before, after, env):
        assert [json.loads(x)["id"] for x in p.stdout.splitlines()] == ["extra"]


def test_show_json_and_errors(tmp_path):
    ix = str(tmp_path / "ix")
    p = briefing_main("show", SECOND, "--json", "--index-dir", ix, check=0)
    data = json.loads(p.stdout)
    assert data["id"] == SECOND and data["body"].startswith("Chinese officials") and "quotes" in data
    p = briefing_main("show", "no-such-id", "--index-dir", ix, check=1)
    assert "no article with id" in p.stderr and "Traceback" not in p.stderr
    p = briefing_main("search", "--index-dir", ix, check=2)  # missing QUERY: usage error
    assert "usage:" in p.stderr
    p = briefing_main("index", str(tmp_path / "missing"), check=1)
    assert "corpus folder not found" in p.stderr and "Traceback" not in p.stderr
    p = briefing_main("search", "x", "--limit", "0", "--index-dir", ix, check=1)
    assert "--limit" in p.stderr


def test_busy_index_exit_code(tmp_path, seeds_dir):
    ix = tmp_path / "ix"
    code = ("import sys,time; from pathlib import Path; from briefing.index.engine.store import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n print('locked', flush=True); time.sleep(30)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(ix)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        p = briefing("index", "--index-dir", str(ix), check=1)
        assert "being updated by another process" in p.stderr
    finally:
        holder.kill()
        holder.wait()


def test_related_command(tmp_path):
    """A related hit carries the keys of a search hit, the speakers its article quotes among them."""
    p = briefing_main("related", FIRST, "--json", "--index-dir", str(tmp_path / "ix"), check=0)
    (hit,) = [json.loads(x) for x in p.stdout.splitlines()]
    assert hit["id"] == SECOND
    found = briefing_main("search", "H20", "--json", "--index-dir", str(tmp_path / "ix"), check=0)
    same = next(h for h in map(json.loads, found.stdout.splitlines()) if h["id"] == SECOND)
    assert set(hit) == set(same) and hit["speakers"] == same["speakers"] and "Nvidia" in hit["speakers"]


def test_show_json_names_the_quote_rules_that_found_the_quotes(tmp_path):
    from briefing.index.quotes import EXTRACTOR_VERSION

    ix = tmp_path / "ix"
    data = json.loads(briefing_main("show", SECOND, "--json", "--index-dir", str(ix), check=0).stdout)
    stored = json.loads((ix / "briefing-index.json").read_text("utf-8"))["extractor_version"]
    assert data["quote_extractor"] == stored == EXTRACTOR_VERSION and data["quotes"]
    assert "extractor" in data  # the HTML reader's key stays for scripts that read it (null: not in the index)
    assert "quote_extractor" in briefing_main("show", "--help", check=0).stdout


def test_show_lists_each_quote_with_its_id(tmp_path):
    ix = str(tmp_path / "ix")
    data = json.loads(briefing_main("show", SECOND, "--json", "--index-dir", ix, check=0).stdout)
    lines = briefing_main("show", SECOND, "--index-dir", ix, check=0).stdout.splitlines()
    assert data["quotes"]
    for q in data["quotes"]:  # each quote's line starts with its id, whole, then its speaker
        assert any(line.startswith(f"{q['id']} {(q['speaker'] or 'unknown')[:20]}") for line in lines), q["id"]
