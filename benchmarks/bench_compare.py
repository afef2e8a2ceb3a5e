"""Time the comparison of two long articles (target: two ~2,000-word articles in < 100 ms).

    python benchmarks/bench_compare.py --corpus ../shared/corpus/bbc [--rounds 5]

Picks the two longest articles of the corpus that are closest to 2,000 words and on the same topic
folder, and prints the median time of ``compare_articles`` (quotes given, as the app passes them).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from briefing.index.compare import compare_articles
from briefing.index.ingest import load_path
from briefing.index.quotes import extract_quotes


def pick(corpus: Path, words: int = 2000) -> tuple[Path, Path]:
    files = sorted(corpus.rglob("*.txt"), key=lambda p: abs(len(p.read_text(encoding="utf-8").split()) - words))
    first = files[0]
    second = next(p for p in files[1:] if p.parent == first.parent)
    return first, second


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args(argv)
    pa, pb = pick(a.corpus)
    x, y = load_path(pa)[0], load_path(pb)[0]
    qx, qy = extract_quotes(x.body, x.id), extract_quotes(y.body, y.id)
    times = []
    for _ in range(a.rounds):
        t = time.perf_counter()
        c = compare_articles(x, y, qx, qy)
        times.append((time.perf_counter() - t) * 1000)
    print(f"{pa.name} ({len(x.body.split())} words) vs {pb.name} ({len(y.body.split())} words): "
          f"{len(c.sentences_a)}x{len(c.sentences_b)} sentences, median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
