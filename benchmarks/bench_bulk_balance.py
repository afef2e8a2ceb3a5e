"""Fresh bulk builds with and without helping, interleaved: wall time, files helped, when each part was done.

Each build runs in a fresh interpreter (as the CLI does) on one replicated corpus, built once::

    python benchmarks/bench_bulk_balance.py --corpus ../shared/corpus/bbc --docs 10000 --runs 4

``--chunks 12,0`` (the default) alternates helping in chunks of 12 files with no helping (0). The
workers' lines (``BRIEFING_BULK_DEBUG``) show each part's files, how many another worker read, the
worker's CPU and when its part was done.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import make_corpus, read_originals  # noqa: E402

CHILD = """
import json, sys, time
from pathlib import Path
from briefing.index import bulk, bulk_claims
from briefing.index.library import Library

bulk_claims.CHUNK = int(sys.argv[3])
results = []
real_build = bulk.build
bulk.build = lambda *a, **kw: results.append(real_build(*a, **kw)) or results[-1]
t0 = time.perf_counter()
with Library(Path(sys.argv[1]), Path(sys.argv[2])) as lib:
    summary = lib.update()
wall = time.perf_counter() - t0
print("RESULT " + json.dumps({"wall": wall, "documents": summary.documents, "bulk": bool(results),
                             "helped": sum(r.helped for r in results[0]) if results else 0}))
"""


def one_build(corpus: Path, index_dir: Path, chunk: int, data_dir: Path) -> tuple[dict, list[str]]:
    """Build ``corpus`` afresh in a child interpreter; (its figures, the workers' debug lines)."""
    shutil.rmtree(index_dir, ignore_errors=True)
    env = dict(os.environ, BRIEFING_BULK_DEBUG="1", BRIEFING_DATA_DIR=str(data_dir))
    out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(index_dir), str(chunk)],
                         capture_output=True, text=True, env=env, check=True).stdout
    lines = out.splitlines()
    result = json.loads(next(line for line in lines if line.startswith("RESULT "))[7:])
    return result, [line for line in lines if line.startswith("bulk:")]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="bulk build wall time with and without helping (interleaved)")
    p.add_argument("--corpus", required=True, type=Path, help="folder of BBC .txt articles")
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--runs", type=int, default=3, help="builds per chunk size")
    p.add_argument("--chunks", default="12,0", help="chunk sizes to alternate (0: no helping)")
    p.add_argument("--work", type=Path, help="folder for the replicated corpus (reused) and the indexes")
    args = p.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-balance-", dir="/tmp"))
    corpus = work / f"corpus{args.docs}"
    if not corpus.exists():
        make_corpus(read_originals(args.corpus.resolve()), args.docs, corpus)
    chunks = [int(c) for c in args.chunks.split(",")]
    walls: dict[int, list[float]] = {c: [] for c in chunks}
    try:
        for run in range(args.runs):
            for c in chunks:
                r, lines = one_build(corpus, work / "index", c, work / "data")
                walls[c].append(r["wall"])
                print(f"run {run + 1} chunk {c:2}: {r['wall']:5.1f} s, {r['documents']} documents, "
                      f"{r['helped']} files helped{'' if r['bulk'] else ' (serial!)'}", flush=True)
                for line in lines:
                    print("    " + line)
    finally:
        shutil.rmtree(work / "index", ignore_errors=True)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    for c, ws in walls.items():
        print(f"chunk {c:2}: median {statistics.median(ws):.1f} s, min {min(ws):.1f} s, max {max(ws):.1f} s "
              f"over {len(ws)} builds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
