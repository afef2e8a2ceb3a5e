"""Issue 8 faults: disk full and read-only index folders (real tmpfs mounts), an app-side reader while
another process commits, and many kill -9 trials of the indexer."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.index.errors import IndexWriteError
from briefing.index.indexer import update_index
from briefing.index.library import Library
from corpus_factory import make_articles


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    if not _mount_tmpfs(mnt, "1m"):
        pytest.skip("cannot mount a tmpfs here (needs root and mount rights)")
    yield mnt
    _umount(mnt)


def test_disk_full_is_a_clear_error_and_the_old_index_survives(small_disk, seeds_copy):
    ix = small_disk / "ix"
    update_index(seeds_copy, ix)
    (seeds_copy / "big.txt").write_text("Big headline\n\n" + " ".join(f"word{i}" for i in range(400_000)),
                                        encoding="utf-8")
    with pytest.raises(IndexWriteError, match="disk is full|could not be written"):
        update_index(seeds_copy, ix, max_bytes=50_000_000)
    with Library(seeds_copy, ix) as lib:
        assert lib.document_count() == 2
        assert lib.search("Blackwell").total == 2
    (seeds_copy / "big.txt").unlink()
    s = update_index(seeds_copy, ix)  # recovers once there is room
    assert s.documents == 2


def test_read_only_index_folder(tmp_path, seeds_copy):
    mnt = tmp_path / "ro"
    if not _mount_tmpfs(mnt, "8m"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        update_index(seeds_copy, mnt / "ix")
        assert subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True).returncode == 0
        (seeds_copy / "new.txt").write_text("New headline\n\nA new zanzibar article.\n", encoding="utf-8")
        with pytest.raises(IndexWriteError, match="not writable"):
            update_index(seeds_copy, mnt / "ix")
        with Library(seeds_copy, mnt / "ix") as lib:  # reading still works
            assert lib.search("Blackwell").total == 2
    finally:
        _umount(mnt)


def test_reader_picks_up_documents_committed_by_another_process(seeds_copy, tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    with Library(seeds_copy, ix) as lib:
        assert lib.search("zanzibar").total == 0
        (seeds_copy / "z.txt").write_text("Zanzibar headline\n\nZanzibar news from the islands.\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "briefing.index.cli", "index", str(seeds_copy), "--index-dir",
                        str(ix), "-q"], check=True)
        assert lib.refresh() is True
        assert lib.search("zanzibar").total == 1


KILL = """
import sys
from pathlib import Path
from briefing.index.indexer import update_index
update_index(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_kill_9_at_random_moments_20_trials(tmp_path, seed_texts):
    corpus = tmp_path / "c"
    make_articles(corpus, 60, seed=7, texts=list(seed_texts.values()))
    ix = tmp_path / "ix"
    rng = random.Random(8)
    for trial in range(20):
        files = sorted(corpus.rglob("*.txt"))
        for p in rng.sample(files, 6):
            p.write_text(p.read_text(encoding="utf-8") + f" t{trial}", encoding="utf-8")
        if trial % 5 == 4:
            victim = rng.choice(files)
            if victim.exists():
                victim.unlink()
        child = subprocess.Popen([sys.executable, "-c", KILL, str(corpus), str(ix)])
        time.sleep(rng.uniform(0.2, 0.9))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if (ix / "_MAIN_1.toc").exists() or any(ix.glob("_MAIN_*.toc")):
            with Library(corpus, ix) as lib:
                lib.document_count()  # always opens
    s = update_index(corpus, ix)
    present = sorted(corpus.rglob("*.txt"))
    assert s.documents == len(present)
    with Library(corpus, ix) as lib:
        assert lib.document_count() == len(present)
        # quotes of deleted articles are gone, quotes of present ones are there
        ids = set(lib.article_ids())
        assert {q.article_id for q in lib.quotes()} <= ids
