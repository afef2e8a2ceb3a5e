"""Incremental indexing, locking, crash safety and recovery on a real Whoosh index."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.index.errors import IndexBusyError, IndexCorruptError
from briefing.index.indexer import update_index
from briefing.index.library import Library
from briefing.index.engine.store import META_FILE, write_lock
from corpus_factory import make_articles, make_bad_files


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir() if p.name != "update.lock"}


def count(index_dir: Path, corpus: Path) -> int:
    with Library(corpus, index_dir) as lib:
        return lib.document_count()


def test_incremental_add_modify_delete(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    s = update_index(seeds_copy, ix)
    assert (s.added, s.updated, s.removed, s.documents) == (2, 0, 0, 2)
    (seeds_copy / "new.txt").write_text("Fresh headline about Blackwell\n\nA new article on Blackwell chips.\n",
                                        encoding="utf-8")
    s = update_index(seeds_copy, ix)
    assert (s.added, s.updated, s.removed, s.unchanged) == (1, 0, 0, 2)
    p = seeds_copy / "001_2f5ca3a043d0fe3e.txt"
    p.write_text(p.read_text(encoding="utf-8") + "\nA zanzibarian postscript.\n", encoding="utf-8")
    (seeds_copy / "new.txt").unlink()
    s = update_index(seeds_copy, ix)
    assert (s.added, s.updated, s.removed, s.unchanged) == (0, 1, 1, 1)
    with Library(seeds_copy, ix) as lib:
        assert lib.document_count() == 2
        assert [h.id for h in lib.search("zanzibarian").hits] == ["001_2f5ca3a043d0fe3e"]
        assert lib.search("fresh headline").total == 0


def test_unchanged_corpus_writes_nothing(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    before = snapshot(ix)
    time.sleep(0.01)
    s = update_index(seeds_copy, ix)
    assert (s.added, s.updated, s.removed, s.unchanged) == (0, 0, 0, 2)
    assert snapshot(ix) == before
    # touching a file without changing it: no index write either
    p = seeds_copy / "000_921a5942b13cbaba.txt"
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10**9))
    s = update_index(seeds_copy, ix)
    assert (s.added, s.updated, s.unchanged) == (0, 0, 2)
    after = snapshot(ix)
    assert {k: v for k, v in after.items() if k != "manifest.json"} == \
        {k: v for k, v in before.items() if k != "manifest.json"}


def test_rebuild_and_bad_files_reported(seeds_copy, tmp_path):
    expected = make_bad_files(seeds_copy / "bad")
    ix = tmp_path / "ix"
    s = update_index(seeds_copy, ix, max_bytes=100_000)
    reasons = {x.path: x.reason for x in s.skipped}
    assert s.documents == 2
    for rel, reason in expected.items():
        assert reasons["bad/" + rel] == reason
    s = update_index(seeds_copy, ix, rebuild=True, max_bytes=100_000)
    assert s.rebuilt and s.rebuild_reason == "requested" and s.added == 2


def test_second_writer_gets_a_clear_message_or_waits(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    code = ("import sys,time; from pathlib import Path; from briefing.index.engine.store import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n print('locked', flush=True); time.sleep(float(sys.argv[2]))\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(ix), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusyError, match="being updated by another process"):
            update_index(seeds_copy, ix)
        s = update_index(seeds_copy, ix, wait=20)  # waits for the holder to finish
        assert s.unchanged == 2
    finally:
        holder.wait(timeout=30)


def test_two_index_processes_at_once(seeds_copy, tmp_path):
    make_articles(seeds_copy, 60, seed=3)
    ix = tmp_path / "ix"
    cmd = [sys.executable, "-m", "briefing.index.cli", "index", str(seeds_copy), "--index-dir", str(ix),
           "--json", "--wait", "60"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    summaries = [json.loads(o[0]) for o in outs]
    assert sorted(s["added"] for s in summaries) == [0, 62]
    assert count(ix, seeds_copy) == 62


KILL_SCRIPT = """
import sys
from pathlib import Path
from briefing.index.indexer import update_index
update_index(Path(sys.argv[1]), Path(sys.argv[2]), rebuild=sys.argv[3] == "1")
"""


def test_killed_indexer_leaves_a_readable_index(tmp_path, seed_texts):
    corpus = tmp_path / "c"
    make_articles(corpus, 150, seed=1, texts=list(seed_texts.values()))
    ix = tmp_path / "ix"
    update_index(corpus, ix)
    rng = random.Random(20261125)
    for trial in range(12):
        # change some files so the run has real work, then kill it at a random moment
        for p in rng.sample(sorted(corpus.rglob("*.txt")), 10):
            p.write_text(p.read_text(encoding="utf-8") + f" edit{trial}", encoding="utf-8")
        child = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(corpus), str(ix), str(trial % 3 == 0)])
        time.sleep(rng.uniform(0.05, 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert count(ix, corpus) in range(0, 151)  # opens, whatever the moment
    s = update_index(corpus, ix)
    assert s.documents == 150 and count(ix, corpus) == 150
    with Library(corpus, ix) as lib:
        assert lib.search("tok0042").total == 1


def test_schema_version_change_rebuilds(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    meta = json.loads((ix / META_FILE).read_text())
    meta["schema_version"] = 0
    (ix / META_FILE).write_text(json.dumps(meta))
    s = update_index(seeds_copy, ix)
    assert s.rebuilt and "index format changed" in s.rebuild_reason and s.added == 2


def test_corrupted_index_clear_message_then_rebuild(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    for seg in ix.glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[:100])
    for toc in ix.glob("*.toc"):
        toc.write_bytes(toc.read_bytes()[:40])
    with pytest.raises(IndexCorruptError, match="briefing index --rebuild"):
        update_index(seeds_copy, ix)
    with pytest.raises(IndexCorruptError):
        Library(seeds_copy, ix).search("chips")
    s = update_index(seeds_copy, ix, rebuild=True)
    assert s.documents == 2 and count(ix, seeds_copy) == 2


def test_read_only_index_dir_is_a_clear_error(seeds_copy, tmp_path):
    from briefing.index.errors import IndexWriteError

    target = Path("/proc/briefing-test-index")  # a place nobody can create folders, even root
    with pytest.raises(IndexWriteError, match="index folder"):
        update_index(seeds_copy, target)


def test_write_lock_is_released_by_a_killed_holder(tmp_path):
    code = ("import sys,time; from pathlib import Path; from briefing.index.engine.store import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n print('locked', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait()
    with write_lock(tmp_path, wait=5):
        pass
