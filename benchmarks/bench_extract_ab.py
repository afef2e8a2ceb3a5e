"""Quote-extraction CPU time of this checkout against another one, in one process.

    python benchmarks/bench_extract_ab.py --corpus ../shared/corpus/bbc --against /path/to/other/checkout

The other checkout's ``index/`` package is imported as a top-level ``index`` (the quote package uses
relative imports only), this one's as ``briefing.index``. Both extract the same articles in alternating
chunks, each side first in turn, so a busy machine slows both alike; prints the CPU time
(``thread_time``) of each side for the first pass (colder caches) and per pass over all rounds.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from bench_extract import load

import briefing.index.quotes as this


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--against", type=Path, required=True, help="another checkout of the repository")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the corpus")
    ap.add_argument("--chunk", type=int, default=50, help="articles per turn")
    a = ap.parse_args(argv)
    if not (a.against / "index" / "quotes" / "__init__.py").is_file():
        print(f"no index/quotes package under {a.against}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(a.against.resolve()))
    other = importlib.import_module("index.quotes")
    docs = load(a.corpus)
    if not docs:
        print(f"no .txt articles under {a.corpus}", file=sys.stderr)
        return 1
    for aid, body in docs[:200]:  # imports and compiled patterns
        other.extract_quotes(body, aid)
        this.extract_quotes(body, aid)
    cpu = {other: 0.0, this: 0.0}
    first = None
    for r in range(max(1, a.rounds)):
        if r == 1:
            first = dict(cpu)
        for i in range(0, len(docs), a.chunk):
            part = docs[i: i + a.chunk]
            for side in ((other, this) if (i // a.chunk + r) % 2 == 0 else (this, other)):
                c = time.thread_time()
                for aid, body in part:
                    side.extract_quotes(body, aid)
                cpu[side] += time.thread_time() - c
    first = first or cpu

    def line(label: str, t_other: float, t_this: float, passes: int) -> str:
        n = passes * len(docs)
        return (f"{label:12s} other {t_other / passes:.2f} s ({n / t_other:.0f} articles/s)   "
                f"this {t_this / passes:.2f} s ({n / t_this:.0f} articles/s)   CPU {t_this / t_other - 1:+.1%}")

    print(f"articles     {len(docs)}, CPU time per pass")
    print(line("first pass", first[other], first[this], 1))
    print(line(f"{max(1, a.rounds)} passes", cpu[other], cpu[this], max(1, a.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
