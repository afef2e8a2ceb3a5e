"""Fuzzy and wildcard queries: Briefing against plain Whoosh with and without memory maps (time and RSS).

    python benchmarks/bench_expansion.py --corpus DIR --index-dir DIR [--rounds 3]

Each engine runs in its own process on the same index (so each RSS is its own): ``briefing`` (the
library, top 20 with snippets), ``whoosh-mmap`` (Whoosh's default storage, segments memory-mapped)
and ``whoosh-read`` (Whoosh reading files, as Briefing opens them). Per query: the first run (the
word list of a field is read then) and the median of the next ``--rounds``; per engine: the RSS
after the queries and the peak.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

QUERIES = ("film~", "film~2", "immigraton~", "elect~2", "goverment~", "e?onomy", "m*sic", "*ation", "te*n*")


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _run_engine(engine: str, corpus: str, index_dir: str, rounds: int) -> dict:
    """Time every query on one engine (called in a child process)."""
    if engine == "briefing":
        from briefing.index.library import open_library

        lib = open_library(corpus, index_dir, auto_index=False)
        lib.search("economy", limit=20)

        def run(q: str) -> int:
            return lib.search(q, limit=20).total
    else:
        from whoosh.filedb.filestore import FileStorage

        from briefing.index.search import make_parser, parse_query
        from briefing.index.engine.store import ARTICLES

        ix = FileStorage(index_dir, supports_mmap=engine == "whoosh-mmap").open_index(indexname=ARTICLES)
        searcher = ix.searcher()
        parser = make_parser(ix.schema)
        searcher.search(parse_query(parser, "economy"), limit=20)

        def run(q: str) -> int:
            return searcher.search(parse_query(parser, q), limit=20).estimated_length()
    out: dict = {"queries": {}}
    for q in QUERIES:
        t0 = time.perf_counter()
        total = run(q)
        first = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            run(q)
            times.append((time.perf_counter() - t0) * 1000)
        out["queries"][q] = {"first_ms": round(first, 1), "median_ms": round(statistics.median(times), 1),
                             "total": total}
    out["rss_mb"] = round(_rss_mb(), 1)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", required=True)
    p.add_argument("--index-dir", required=True)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--engine", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.engine:
        print(json.dumps(_run_engine(args.engine, args.corpus, args.index_dir, args.rounds)))
        return 0
    results = {}
    for engine in ("briefing", "whoosh-mmap", "whoosh-read"):
        proc = subprocess.run([sys.executable, __file__, "--corpus", args.corpus, "--index-dir", args.index_dir,
                               "--rounds", str(args.rounds), "--engine", engine], capture_output=True, text=True)
        if proc.returncode:
            print(f"{engine} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
            return 1
        results[engine] = json.loads(proc.stdout)
    engines = list(results)
    print(f"{'query (first / median ms)':<24}" + "".join(f"{e:>22}" for e in engines) + "   totals")
    for q in QUERIES:
        cells = [f"{results[e]['queries'][q]['first_ms']:>9.0f} / {results[e]['queries'][q]['median_ms']:>6.0f}"
                 for e in engines]
        totals = " ".join(str(results[e]["queries"][q]["total"]) for e in engines)
        print(f"{q:<24}" + "".join(f"{c:>22}" for c in cells) + f"   {totals}")
    print(f"{'RSS after / peak (MiB)':<24}" + "".join(
        f"{results[e]['rss_mb']:>13.0f} / {results[e]['peak_rss_mb']:>6.0f}" for e in engines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
