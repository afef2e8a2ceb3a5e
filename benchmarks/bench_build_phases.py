"""Where a bulk-build worker's CPU goes, phase by phase, without a profiler's overhead.

    python benchmarks/bench_build_phases.py --corpus ../shared/corpus/bbc --docs 2000

Does in one process what one worker of a fresh build does with its part (``index/bulk.py``): read
each file, extract its quotes, add the quote and article documents to a segment writer of each
index, tally the speaker rows for the manifest, and write the two segments. Prints the CPU time
(``process_time``) of each phase, scaled to 5,000 articles (a worker's share of a 10k build), and
the cyclic garbage collector's time. CPU time is far steadier than wall time on a shared machine,
but still varies by ~10% between runs: compare interleaved runs.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import make_corpus, read_originals  # noqa: E402



def worker_setup(corpus: Path, index_dir: Path) -> tuple:
    """(extract, names, founds): empty article and quote indexes in ``index_dir``, the engine's patches and
    allocator tuning a worker applies, its quote engine and the readable files of ``corpus``."""
    from briefing.index.documents import quote_engine
    from briefing.index.engine import analysis, fastwrite, whoosh_patches
    from briefing.index.engine.schema import ARTICLES, QUOTES
    from briefing.index.engine.store import create_whoosh
    from briefing.index.ingest import walk_corpus

    create_whoosh(index_dir, ARTICLES), create_whoosh(index_dir, QUOTES)
    whoosh_patches.apply()
    analysis.apply_format_patches()
    fastwrite.tune_malloc()
    extract, names, _ = quote_engine()
    return extract, names, [f for f in walk_corpus(corpus) if not f.problem]


def open_writers(index_dir: Path) -> tuple:
    """(article writer, quote writer, body analyzer): a worker's two segment writers, with the fast paths."""
    from whoosh import index as windex
    from whoosh.writing import SegmentWriter

    from briefing.index.engine import fastwrite
    from briefing.index.engine.schema import ARTICLES, QUOTES

    aw = SegmentWriter(windex.open_dir(str(index_dir), indexname=ARTICLES), _lk=False, limitmb=256)
    qw = SegmentWriter(windex.open_dir(str(index_dir), indexname=QUOTES), _lk=False, limitmb=256)
    fastwrite.install(aw)
    fastwrite.install(qw)
    return aw, qw, aw.schema["body"].analyzer


def add_documents(a, qs, aw, qw, names, body, t: dict[str, float]) -> None:
    """Add an article's quote documents and its article document as a worker does (the body is split at its
    first quote), then tally its speaker rows; the CPU of each step is added to ``t``."""
    from briefing.index.documents import article_document, quote_document, speaker_rows
    from briefing.index.engine import analysis

    pt = time.process_time
    t0 = pt()
    with analysis.pieces_of(a.body, body):
        for q in qs:
            qw.add_document(**quote_document(q, a, names))
        t1 = pt()
        aw.add_document(**article_document(a, qs, names))
    t2 = pt()
    speaker_rows(qs, a.body)
    t["quote docs"] += t1 - t0
    t["article docs"] += t2 - t1
    t["speaker rows"] += pt() - t2


def write_segments(aw, qw, t: dict[str, float]) -> None:
    """Write the two segments of a worker's part; their CPU is added to ``t``."""
    t0 = time.process_time()
    qw._finalize_segment()
    aw._finalize_segment()
    t["segments"] += time.process_time() - t0


def phases(corpus: Path, index_dir: Path, no_gc: bool = False) -> tuple[dict[str, float], int, int]:
    """({phase: CPU seconds}, files, quotes) of one worker's work on every file of ``corpus``."""
    from briefing.index.documents import safe_extract
    from briefing.index.ingest import read_file

    extract, names, founds = worker_setup(corpus, index_dir)
    aw, qw, body = open_writers(index_dir)
    t = {k: 0.0 for k in ("read", "extract", "article docs", "quote docs", "speaker rows", "segments", "gc")}
    pt = time.process_time
    started = [0.0]

    def on_gc(phase, info):
        if phase == "start":
            started[0] = pt()
        else:
            t["gc"] += pt() - started[0]

    gc.callbacks.append(on_gc)
    if no_gc:
        gc.disable()
    nq = 0
    try:
        for f in founds:
            t0 = pt()
            articles, _ = read_file(f, None)
            t1 = pt()
            quotes = [safe_extract(extract, a) for a in articles]
            t["read"] += t1 - t0
            t["extract"] += pt() - t1
            for a, qs in zip(articles, quotes):
                add_documents(a, qs, aw, qw, names, body, t)
                nq += len(qs)
        write_segments(aw, qw, t)
    finally:
        gc.callbacks.remove(on_gc)
        gc.enable()
    return t, len(founds), nq


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="CPU per phase of a bulk-build worker")
    p.add_argument("--corpus", required=True, type=Path, help="folder of BBC .txt articles")
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--no-gc", action="store_true", help="with the cyclic garbage collector off (as the workers run)")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="briefing-phases-", dir="/tmp"))
    try:
        make_corpus(read_originals(args.corpus.resolve()), args.docs, work / "corpus")
        (work / "index").mkdir()
        t, files, quotes = phases(work / "corpus", work / "index", args.no_gc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    scale = 5000 / max(files, 1)
    total = sum(v for k, v in t.items() if k != "gc")  # gc time falls inside the other phases
    print(f"{files} files, {quotes} quotes: {total:.2f} s CPU; per 5,000 articles:")
    for k, v in t.items():
        print(f"  {k:13} {v * scale:6.2f} s" + ("  (inside the phases above)" if k == "gc" else ""))
    print(f"  {'total':13} {total * scale:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
