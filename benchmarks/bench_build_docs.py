"""CPU of a bulk-build worker's phases other than quote extraction, with the quotes extracted beforehand.

    python benchmarks/bench_build_docs.py --corpus ../shared/corpus/bbc --docs 2000 [--profile FILE]

What ``bench_build_phases.py`` does, without extracting quotes each run: the first run extracts them
once and keeps the articles' quotes in a cache file (``--cache``), so reading, adding the quote and
article documents, the speaker rows and writing the two segments can be timed again and again
(alternate runs of two checkouts with ``PYTHONPATH``: the cache holds plain models both read).
The collector is off, as in the workers. Prints CPU time per phase scaled to 5,000 articles.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_build_phases import add_documents, open_writers, worker_setup, write_segments  # noqa: E402
from bench_corpus import make_corpus, read_originals  # noqa: E402


def run(corpus: Path, index_dir: Path, cache: Path, profile: Path | None) -> tuple[dict[str, float], int, int]:
    from briefing.index.documents import safe_extract
    from briefing.index.ingest import read_file

    extract, names, founds = worker_setup(corpus, index_dir)
    quotes_of: dict | None = None
    if cache.is_file():
        quotes_of = pickle.loads(cache.read_bytes())
    else:
        quotes_of = {}
        for f in founds:
            for a in read_file(f, None)[0]:
                quotes_of[a.id] = [q.model_dump() for q in safe_extract(extract, a)]
        cache.write_bytes(pickle.dumps(quotes_of))
    from briefing.index.models import Quote

    for a_id, qs in quotes_of.items():
        quotes_of[a_id] = [Quote.model_validate(q) for q in qs]
    for f in founds[:50]:  # warm imports and caches of the speaker-name functions
        for a in read_file(f, None)[0]:
            for q in quotes_of.get(a.id, ()):
                names(q.speaker) if q.speaker else None
    aw, qw, body = open_writers(index_dir)
    t = {k: 0.0 for k in ("read", "article docs", "quote docs", "speaker rows", "segments")}
    pt = time.process_time
    gc.collect()
    gc.disable()
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    nq = 0
    try:
        for f in founds:
            t0 = pt()
            articles, _ = read_file(f, None)
            t["read"] += pt() - t0
            for a in articles:
                qs = quotes_of.get(a.id, [])
                add_documents(a, qs, aw, qw, names, body, t)
                nq += len(qs)
        write_segments(aw, qw, t)
    finally:
        if prof is not None:
            prof.disable()
            prof.dump_stats(str(profile))
        gc.enable()
    return t, len(founds), nq


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True, type=Path, help="folder of BBC .txt articles")
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--cache", type=Path, default=None, help="the extracted quotes (default: /tmp/briefing-docs-<N>.pkl)")
    p.add_argument("--profile", type=Path, default=None, help="write a cProfile of the timed phases here")
    args = p.parse_args(argv)
    cache = args.cache or Path(f"/tmp/briefing-docs-{args.docs}.pkl")
    work = Path(tempfile.mkdtemp(prefix="briefing-docs-", dir="/tmp"))
    try:
        make_corpus(read_originals(args.corpus.resolve()), args.docs, work / "corpus")
        (work / "index").mkdir()
        t, files, quotes = run(work / "corpus", work / "index", cache, args.profile)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    scale = 5000 / max(files, 1)
    total = sum(t.values())
    print(f"{files} files, {quotes} quotes: {total:.2f} s CPU; per 5,000 articles:")
    for k, v in t.items():
        print(f"  {k:13} {v * scale:6.2f} s")
    print(f"  {'total':13} {total * scale:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
