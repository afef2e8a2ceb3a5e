"""Briefing benchmark suite (issue 7): build, re-index, queries vs SQLite FTS5, quotes, compare, app.

    python benchmarks/run.py --corpus ../shared/corpus/bbc --docs 10000 [--json FILE] [--skip-app]
                             [--work-dir DIR] [--keep] [--rounds 5] [--profile DIR]

The BBC articles are replicated to ``--docs`` documents (``rep<k>/<category>/<NNN>.txt``, each copy
with a replica token, a date and an outlet credit line) in a temporary folder under /tmp; the index
and the FTS5 database live there too (never in the repository). Query latency pools every timed
run of ~30 fixed queries (top 20 with snippets, warm ``Library``) and reports the median and p95.
A component that is not built yet gives ``null`` and a note, never a crash.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_app  # noqa: E402
import bench_extras  # noqa: E402
import bench_fts5  # noqa: E402
from bench_core import CoreBench  # noqa: E402
from bench_corpus import make_corpus, read_originals  # noqa: E402
from bench_queries import QUERIES  # noqa: E402

KEYS = ("docs", "build_s", "index_mb", "reindex_unchanged_s", "reindex_10_s", "query_p50_ms", "query_p95_ms",
        "fts5_build_s", "fts5_query_p50_ms", "fts5_query_p95_ms", "extract_articles_per_s", "compare_ms",
        "startup_s", "keystroke_p95_ms", "rss_mb")

TARGETS = {  # key: (limit at 10k, limit at 50k or None, unit); lower is better unless noted
    "build_s": (25.0, None), "reindex_unchanged_s": (1.0, None), "reindex_10_s": (2.0, None),
    "query_p95_ms": (20.0, 50.0), "startup_s": (0.8, None), "keystroke_p95_ms": (60.0, None),
    "rss_mb": (250.0, None), "compare_ms": (100.0, None),
}


def machine_info() -> dict:
    """Load average at the start (the figures are only comparable on a quiet machine) and the code measured."""
    import subprocess

    info: dict = {"cpus": os.cpu_count(), "loadavg_1m": round(os.getloadavg()[0], 2)}
    try:
        root = HERE.parent
        info["git_commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                                            text=True, timeout=10).stdout.strip() or None
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "index", "tui"], cwd=root,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        info["git_dirty"] = bool(dirty)
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True, type=Path, help="folder of BBC .txt articles (../shared/corpus/bbc)")
    p.add_argument("--docs", type=int, default=2225, help="number of documents to replicate to")
    p.add_argument("--json", type=Path, help="write one flat JSON object with the figures here")
    p.add_argument("--skip-app", action="store_true", help="skip the app measurements (startup, keystrokes, RSS)")
    p.add_argument("--work-dir", type=Path, help="where to put the corpus/index (default: a new folder in /tmp)")
    p.add_argument("--keep", action="store_true", help="keep the work folder (default: delete it)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds over the query set")
    p.add_argument("--profile", type=Path, help="cProfile build/re-index/queries into this folder")
    return p.parse_args(argv)


def ratio(a, b):
    return a / b if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None


def fmt(v) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    return str(v)


def verdict(key: str, value, docs: int) -> str:
    t = TARGETS.get(key)
    if t is None or value is None:
        return ""
    limit = t[1] if docs > 20000 and t[1] is not None else t[0]
    scale = "" if docs <= 12000 or t[1] is not None else " (target is for 10k)"
    return f"{'ok ' if value <= limit else 'MISS'} <= {limit:g}{scale}"


def print_table(r: dict, notes: list[str], slow: list[tuple[str, float]]) -> None:
    rows = [
        ("documents", "docs", None), ("index build (s)", "build_s", "fts5_build_s"),
        ("index size (MiB)", "index_mb", "fts5_mb"),
        ("re-index, unchanged (s)", "reindex_unchanged_s", None),
        ("re-index, 10 touched (mtime only) (s)", "reindex_touch10_s", None),
        ("re-index, 10 modified (s)", "reindex_10_s", None),
        ("query p50, top 20 + snippets (ms)", "query_p50_ms", "fts5_query_p50_ms"),
        ("query p95, top 20 + snippets (ms)", "query_p95_ms", "fts5_query_p95_ms"),
        ("query p95, CPU time of the process (ms)", "query_p95_cpu_ms", "fts5_query_p95_cpu_ms"),
        ("query p95, no snippets (ms)", "query_nosnippets_p95_ms", None),
        ("quote extraction (articles/s)", "extract_articles_per_s", None),
        ("compare 2 x ~2,000 words (ms)", "compare_ms", None),
        ("app cold start to results (s)", "startup_s", None),
        ("  first start, no saved page (s)", "startup_first_s", None),
        ("keystroke to results painted p50 (ms)", "keystroke_p50_ms", None),
        ("keystroke to results painted p95 (ms)", "keystroke_p95_ms", None),
        ("  through pilot.press, p95 (ms)", "keystroke_press_p95_ms", None),
        ("  pilot.press alone, trivial app (ms)", "pilot_press_floor_ms", None),
        ("app peak RSS (MiB)", "rss_mb", None),
    ]
    print()
    print(f"{'measure':40} {'Briefing':>12} {'FTS5':>10} {'ratio':>8}  target")
    print("-" * 92)
    for label, key, fkey in rows:
        v = r.get(key)
        f = r.get(fkey) if fkey else None
        rt = ratio(v, f) if fkey else None
        print(f"{label:40} {fmt(v):>12} {fmt(f) if fkey else '':>10} {(f'{rt:.1f}x' if rt else ''):>8}  "
              f"{verdict(key, v, r['docs'])}")
    if slow:
        print("\nslowest queries (median ms): " + ", ".join(f"{q} {ms:.1f}" for q, ms in slow))
    for n in notes:
        print(f"note: {n}")


def main(argv=None) -> int:
    args = parse_args(argv)
    corpus_src = args.corpus.resolve()
    if not corpus_src.is_dir():
        print(f"run.py: corpus folder not found: {corpus_src}", file=sys.stderr)
        return 1
    work = args.work_dir or Path(tempfile.mkdtemp(prefix=f"briefing-bench-{args.docs}-", dir="/tmp"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, index_dir, data_dir = work / "corpus", work / "index", work / "data"
    for d in (corpus, index_dir):
        if d.exists():
            shutil.rmtree(d)
    os.environ["BRIEFING_DATA_DIR"] = str(data_dir)  # never touch the user's real data
    r: dict = {k: None for k in KEYS}
    r["docs"] = args.docs
    r.update(machine_info())
    notes: list[str] = [f"load average (1 min) at the start: {r.get('loadavg_1m')} on {r.get('cpus')} cores "
                        "(wall times include waiting for a core; the CPU-time row does not)"]
    slow: list = []
    try:
        originals = read_originals(corpus_src)
        t0 = time.perf_counter()
        docs = make_corpus(originals, args.docs, corpus)
        print(f"corpus: {len(docs)} documents in {corpus} ({time.perf_counter() - t0:.1f} s to write)", flush=True)

        core = CoreBench(corpus, index_dir, docs, args.profile)
        core.build()
        print(f"build: {core.results['build_s']:.2f} s", flush=True)
        core.reindex()
        print("re-index: done", flush=True)
        lat = core.queries(rounds=args.rounds)
        slow = lat.slowest(5)
        print("queries: done", flush=True)
        r.update(core.results)
        notes += core.notes
        r["query_zero_hit_queries"] = sum(1 for q in QUERIES if not lat.hits.get(q.briefing))
        core.close()

        db = work / "fts5.db"
        r["fts5_build_s"] = bench_fts5.build(corpus, docs, db)
        r["fts5_mb"] = db.stat().st_size / (1024 * 1024)
        fts = bench_fts5.Fts5Searcher(db)
        from bench_queries import measure

        flat = measure(lambda q: len(fts.search(q.fts5, 20)), QUERIES, rounds=args.rounds)
        fts.close()
        r["fts5_query_p50_ms"], r["fts5_query_p95_ms"] = flat.p50, flat.p95
        r["fts5_query_p95_cpu_ms"] = flat.cpu_p95
        r["build_ratio"] = ratio(r["build_s"], r["fts5_build_s"])
        r["query_p50_ratio"] = ratio(r["query_p50_ms"], r["fts5_query_p50_ms"])
        r["query_p95_ratio"] = ratio(r["query_p95_ms"], r["fts5_query_p95_ms"])
        print("fts5: done", flush=True)

        for key, fn in (("extract_articles_per_s", bench_extras.extraction),
                        ("compare_ms", lambda o: bench_extras.comparison(o, corpus_src))):
            try:
                r[key], note, extra = fn(originals)
            except Exception as exc:  # a component under construction must not sink the run
                r[key], note, extra = None, f"{key}: failed ({type(exc).__name__}: {exc})", {}
            r.update(extra)
            if note:
                notes.append(note)

        if args.skip_app:
            notes.append("app measurements skipped (--skip-app)")
        else:
            try:
                app, app_notes = bench_app.measure_app(corpus, index_dir, data_dir, originals)
            except Exception as exc:
                app, app_notes = {}, [f"app measurements failed ({type(exc).__name__}: {exc})"]
            r.update(app)
            notes += app_notes
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    r["notes"] = "; ".join(notes)
    r = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
    print_table(r, notes, slow)
    if args.json:
        args.json.write_text(json.dumps(r, indent=1) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
