"""Profile the hot paths where a process pool hides them from cProfile, and break queries into phases.

    python benchmarks/bench_profile.py --corpus ../shared/corpus/bbc --docs 10000 --out /tmp/prof10k

* ``build_serial``: a full build with the parallel reader and Whoosh's multi-process writer switched
  off (``indexer.BULK_DOCS`` and ``reader_pool.PARALLEL_MIN`` raised), so every cost of a build —
  reading, hashing, quote extraction, analysis, posting writes, merging — shows up in one profile.
* ``phases``: for each benchmark query, the time of parsing, the top-20 search, counting the total,
  loading stored fields and the whole ``Library.search`` call (medians over rounds), using Whoosh's
  public API on the library's own searcher and parser.

Each profile is written as ``<out>/<name>.prof`` plus a text summary (cumulative and own time).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_core import maybe_profile  # noqa: E402
from bench_corpus import make_corpus, read_originals  # noqa: E402
from bench_queries import QUERIES  # noqa: E402


def serial_build(corpus: Path, index_dir: Path, out: Path) -> float:
    """Profile one full build in a single process; return its (profiled) seconds."""
    from briefing.index import indexer
    from briefing.index.library import open_library

    indexer.BULK_DOCS = 10**12
    try:
        from briefing.index import reader_pool

        reader_pool.PARALLEL_MIN = 10**12
    except ImportError:
        pass
    lib = open_library(corpus, index_dir, auto_index=False)
    t0 = time.perf_counter()
    with maybe_profile(out, "build_serial"):
        lib.update()
    lib.close()
    return time.perf_counter() - t0


def _median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def phases(corpus: Path, index_dir: Path, rounds: int = 5) -> list[dict]:
    """Per query: parse / top-20 search / exact count / stored fields / whole search, in ms."""
    from briefing.index.library import open_library
    from whoosh import query as Q

    lib = open_library(corpus, index_dir, auto_index=False)
    lib.search("economy")  # warm
    s = lib._s()
    parser = lib._parser("article")
    flt = Q.Term("doctype", "article") if "doctype" in s.schema.names() else None
    rows = []
    for bq in QUERIES:
        q = parser.parse(bq.briefing)
        row = {"query": bq.briefing, "kind": bq.kind}
        row["parse"] = _median_ms(lambda: parser.parse(bq.briefing), rounds)
        row["top20"] = _median_ms(lambda: list(s.search(q, filter=flt, limit=20).top_n), rounds)
        row["top20_noskip"] = _median_ms(lambda: len(s.search(q, filter=flt, limit=20, optimize=False)), rounds)

        def count():
            return len(s.search(q, filter=flt, limit=20))

        row["top20_plus_count"] = _median_ms(count, rounds)
        res = s.search(q, filter=flt, limit=20)
        nums = [d for _, d in res.top_n]
        row["stored20"] = _median_ms(lambda: [s.stored_fields(d) for d in nums], rounds)
        row["search"] = _median_ms(lambda: lib.search(bq.briefing, limit=20), rounds)
        row["search_nosnip"] = _median_ms(lambda: lib.search(bq.briefing, limit=20, snippets=0), rounds)
        row["hits"] = len(res)
        rows.append(row)
    lib.close()
    return rows


def print_phases(rows: list[dict]) -> None:
    cols = ["parse", "top20", "top20_noskip", "top20_plus_count", "stored20", "search_nosnip", "search"]
    print(f"{'query':26} {'hits':>6} " + " ".join(f"{c:>16}" for c in cols))
    for r in sorted(rows, key=lambda r: -r["search"]):
        print(f"{r['query'][:26]:26} {r['hits']:>6} " + " ".join(f"{r[c]:>16.2f}" for c in cols))
    print(f"{'MEDIAN':26} {'':>6} " + " ".join(f"{statistics.median(r[c] for r in rows):>16.2f}" for c in cols))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="profile Briefing's build and query hot paths")
    p.add_argument("--corpus", required=True, type=Path)
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--out", type=Path, required=True, help="folder for .prof files and summaries")
    p.add_argument("--skip-build-profile", action="store_true",
                   help="build normally (unprofiled) and only break down the queries")
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix=f"briefing-prof-{args.docs}-", dir="/tmp"))
    try:
        import os

        os.environ["BRIEFING_DATA_DIR"] = str(work / "data")
        corpus, index_dir = work / "corpus", work / "index"
        make_corpus(read_originals(args.corpus.resolve()), args.docs, corpus)
        if args.skip_build_profile:
            from briefing.index.library import open_library

            t0 = time.perf_counter()
            open_library(corpus, index_dir, auto_index=False).update()
            print(f"build (normal): {time.perf_counter() - t0:.2f} s")
        else:
            print(f"serial build (profiled): {serial_build(corpus, index_dir, args.out):.2f} s")
        rows = phases(corpus, index_dir, args.rounds)
        print_phases(rows)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "phases.json").write_text(json.dumps(rows, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
