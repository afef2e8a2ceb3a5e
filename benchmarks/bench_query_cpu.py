"""CPU time per query on existing indexes: posting blocks inflated by stdlib zlib and by zlib-ng.

    python benchmarks/bench_query_cpu.py --index /tmp/a/index --index /tmp/b/index [--kind phrase]

Opens each index (``--index``, repeatable; its corpus is the ``corpus`` folder beside it) with
``Library`` (as the app and the CLI do), runs every benchmark query (``bench_queries.QUERIES``,
limit 20, snippets included) once to warm the caches, then ``--rounds`` times, each query on every
index once with stdlib zlib's decompressor and once with :mod:`.compression`'s (zlib-ng), in turn,
so that all see the same state of a shared machine (two indexes of the same corpus, one written
with each compressor, compare the old and the new code). Prints each query's median CPU time
(``process_time``) per variant, the median per kind and the p50/p95 over the set. Blocks written
by either compressor read with either decompressor; the results are checked to be the same.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import zlib
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_queries import QUERIES, print_cpu_table  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="CPU ms per benchmark query, stdlib zlib against zlib-ng")
    p.add_argument("--index", required=True, type=Path, action="append",
                   help="an index folder, with its corpus in the folder 'corpus' beside it (repeatable)")
    p.add_argument("--kind", action="append", help="only queries of this kind (term, and, phrase, ...); repeatable")
    p.add_argument("--rounds", type=int, default=15)
    args = p.parse_args(argv)
    os.environ.setdefault("BRIEFING_DATA_DIR", str(args.index[0].parent / "data"))
    from whoosh.codec import whoosh3

    from briefing.index.engine import compression, postings
    from briefing.index.library import Library

    codecs = {
        "zlib": (zlib.decompress, zlib.decompressobj),
        "zlib-ng": (compression.decompress, compression.decompressobj),
    }

    def use(name: str) -> None:
        dec, obj = codecs[name]
        postings.decompress, postings.decompressobj = dec, obj
        whoosh3.zlib = SimpleNamespace(compress=zlib.compress, decompress=dec)

    queries = [q for q in QUERIES if not args.kind or q.kind in args.kind]
    libs = [Library(ix.parent / "corpus", ix) for ix in args.index]
    variants = [(i, c) for i in range(len(libs)) for c in codecs]
    names = [f"{args.index[i].parent.name}:{c}" for i, c in variants]
    times: dict[tuple, list[float]] = {(v, q.briefing): [] for v in variants for q in queries}
    pt = time.process_time
    try:
        for q in queries:
            seen = set()
            for i, c in variants:
                use(c)
                r = libs[i].search(q.briefing, limit=20)
                seen.add((r.total, tuple((h.id, h.score) for h in r.hits)))
            assert len(seen) == 1, q.briefing
        for k in range(args.rounds):
            order = variants[k % len(variants):] + variants[:k % len(variants)]
            for q in queries:
                for v in order:
                    use(v[1])
                    t0 = pt()
                    libs[v[0]].search(q.briefing, limit=20)
                    times[(v, q.briefing)].append((pt() - t0) * 1000)
    finally:
        for lib in libs:
            lib.close()
    print(f"median CPU ms over {args.rounds} rounds")
    print_cpu_table(queries, times, variants, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
