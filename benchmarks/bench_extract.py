"""Quote-extraction throughput over a folder of plain-text articles.

    python benchmarks/bench_extract.py --corpus ../shared/corpus/bbc [--repeat 3] [--profile]

Reads every ``*.txt`` under the corpus once (reading is not timed), then times ``extract_quotes``
over all bodies and prints articles/s, MB/s, quotes found and the slowest articles.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from briefing.index.quotes import extract_quotes


def load(corpus: Path) -> list[tuple[str, str]]:
    """(article id, text) for every .txt file under ``corpus``, sorted by path."""
    out = []
    for p in sorted(corpus.rglob("*.txt")):
        try:
            out.append((p.relative_to(corpus).with_suffix("").as_posix(),
                        p.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return out


def run_once(docs: list[tuple[str, str]]) -> tuple[float, int, list[tuple[float, str]], float]:
    """(seconds, quotes found, per-article timings, CPU seconds of this thread) of one pass."""
    n_quotes, per = 0, []
    c0 = time.thread_time()
    t0 = time.perf_counter()
    for aid, body in docs:
        t = time.perf_counter()
        n_quotes += len(extract_quotes(body, aid))
        per.append((time.perf_counter() - t, aid))
    return time.perf_counter() - t0, n_quotes, per, time.thread_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    ap.add_argument("--profile", action="store_true", help="print the top functions of one pass")
    a = ap.parse_args(argv)
    docs = load(a.corpus)
    if not docs:
        print(f"no .txt articles under {a.corpus}", file=sys.stderr)
        return 1
    extract_quotes(docs[0][1], docs[0][0])  # imports and compiled patterns
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(run_once, docs)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    best = None
    for _ in range(max(1, a.repeat)):
        result = run_once(docs)
        if best is None or result[0] < best[0]:
            best = result
    secs, n_quotes, per, cpu = best
    mb = sum(len(b.encode("utf-8")) for _, b in docs) / 1e6
    print(f"articles      {len(docs)}  ({mb:.1f} MB)")
    print(f"quotes        {n_quotes}  ({n_quotes / len(docs):.1f} per article)")
    print(f"time          {secs:.2f} s (best of {max(1, a.repeat)})")
    print(f"throughput    {len(docs) / secs:.0f} articles/s, {mb / secs:.2f} MB/s (wall clock)")
    print(f"cpu           {cpu:.2f} s: {len(docs) / cpu:.0f} articles/s of CPU time (other load on the machine "
          "slows the wall clock, not this)")
    per.sort(reverse=True)
    print("slowest       " + ", ".join(f"{aid} {t * 1000:.1f} ms" for t, aid in per[:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
