"""The timeline of a fresh bulk build: where its wall clock goes, parent and workers side by side.

    python benchmarks/bench_build_timeline.py --corpus ../shared/corpus/bbc --docs 10000 [--work-dir DIR]

Builds the replicated corpus through ``Library.update`` (as ``run.py`` does) with the build's steps
wrapped to stamp the wall clock and the process's CPU time: the parent's start, corpus walk, worker
start, each worker's setup, first and last own file, helping, segment finalizing and result pickle,
the parent's reading of the results, commit, manifest, speaker table and return. Prints the events
in time order (seconds from the start of ``update``), then the gaps that matter: startup before the
workers add documents, the tail after the last worker is done. With ``--work-dir`` the corpus is
kept there and reused by the next run (the index is always built afresh).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import make_corpus, read_originals  # noqa: E402

LOG: list[str] = []
CPU: dict[str, float] = {}
"""A worker's CPU seconds per step (summed over calls; forked workers each have their own)."""


def stamp(label: str) -> None:
    """Append one event (pid, wall clock, CPU time, label) to the shared log file."""
    line = f"{os.getpid()}\t{time.time():.6f}\t{time.process_time():.6f}\t{label}\n"
    fd = os.open(LOG[0], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def wrap(obj, name: str, label: str, before: bool = True, once: bool = False) -> None:
    """Stamp ``label`` around calls of ``obj.name`` (before and after, or only the first call)."""
    fn = getattr(obj, name)
    seen = [False]

    @functools.wraps(fn)
    def inner(*a, **kw):
        first = not seen[0]
        seen[0] = True
        if before and (first or not once):
            stamp(f"{label} start")
        try:
            return fn(*a, **kw)
        finally:
            if first or not once:
                stamp(f"{label} end")

    setattr(obj, name, inner)


def tally(obj, name: str, label: str) -> None:
    """Add the CPU time of every call of ``obj.name`` to ``CPU[label]``."""
    fn = getattr(obj, name)

    @functools.wraps(fn)
    def inner(*a, **kw):
        t = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            CPU[label] = CPU.get(label, 0.0) + time.process_time() - t

    setattr(obj, name, inner)


def instrument() -> None:
    """Wrap the build's steps (the workers are forked: they inherit the wrappers)."""
    from whoosh.writing import SegmentWriter

    from briefing.index import bulk, indexer

    wrap(indexer, "walk_corpus", "walk")
    wrap(indexer, "write_manifest", "write manifest")
    wrap(indexer, "refresh_table", "speaker table")
    wrap(indexer, "clean_unused_files", "clean unused")
    wrap(indexer, "create_whoosh", "create index")
    wrap(bulk, "build", "bulk.build")
    wrap(bulk, "_context", "mp context")
    wrap(bulk, "_collect", "collect")
    wrap(bulk, "_finish", "commit")
    wrap(bulk, "_help", "help")
    wrap(bulk, "quote_engine", "worker quote engine")
    wrap(bulk, "_add_file", "first file", once=True)
    wrap(SegmentWriter, "_finalize_segment", "finalize")
    tally(bulk, "read_file", "read")
    tally(bulk, "safe_extract", "extract")
    tally(bulk, "_add_file", "add file")
    tally(bulk, "speaker_rows", "speaker rows (in add file)")
    wrap(SegmentWriter, "_commit_toc", "commit toc")
    worker = bulk._worker

    @functools.wraps(worker)
    def traced_worker(*a, **kw):
        stamp("worker start")
        try:
            return worker(*a, **kw)
        finally:
            stamp("worker end: CPU " + ", ".join(f"{k} {v:.2f} s" for k, v in CPU.items()))

    bulk._worker = traced_worker


def report(log: Path, t0: float, parent: int) -> None:
    rows = []
    for line in log.read_text().splitlines():
        pid, wall, cpu, label = line.split("\t")
        rows.append((float(wall) - t0, int(pid), float(cpu), label))
    rows.sort()
    names: dict[int, str] = {parent: "parent"}
    for _, pid, _, _ in rows:
        names.setdefault(pid, f"worker{len(names) - 1}")
    for t, pid, cpu, label in rows:
        print(f"{t:8.3f} s  {names[pid]:8} cpu {cpu:7.2f}  {label}")
    ends = [t for t, pid, _, label in rows if label.startswith("worker end")]
    first = [t for t, pid, _, label in rows if label == "first file start"]
    done = [t for t, pid, _, label in rows if label == "finalize end" and pid != parent]
    ret = max(t for t, pid, _, label in rows if pid == parent)
    if first:
        print(f"startup until the first worker adds a file: {min(first):.3f} s")
    if done:
        print(f"last worker's segments written at {max(done):.3f} s; first at {min(done):.3f} s")
        print(f"after the last worker's segments: {ret - max(done):.3f} s (workers exit at {max(ends):.3f} s)")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="timeline of a fresh bulk build")
    p.add_argument("--corpus", required=True, type=Path)
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--work-dir", type=Path, help="keep the corpus here and reuse it")
    args = p.parse_args(argv)
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="briefing-timeline-", dir="/tmp"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, index_dir = work / "corpus", work / "index"
    os.environ["BRIEFING_DATA_DIR"] = str(work / "data")
    try:
        if not (work / "corpus.complete").exists():
            shutil.rmtree(corpus, ignore_errors=True)
            make_corpus(read_originals(args.corpus.resolve()), args.docs, corpus)
            (work / "corpus.complete").write_text("")
        shutil.rmtree(index_dir, ignore_errors=True)
        log = work / "timeline.log"
        log.unlink(missing_ok=True)
        LOG.append(str(log))
        from briefing.index.library import open_library

        lib = open_library(corpus, index_dir, auto_index=False)
        instrument()
        t0 = time.time()
        c0 = time.process_time()
        summary = lib.update()
        wall = time.time() - t0
        stamp("update returned")
        lib.close()
        print(f"{summary.documents} documents, {summary.quotes} quotes: {wall:.2f} s wall, parent CPU "
              f"{time.process_time() - c0:.2f} s, load {os.getloadavg()[0]:.2f}")
        report(log, t0, os.getpid())
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
