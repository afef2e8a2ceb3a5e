"""CPU time per query of two versions of the core in one process, interleaved, and their results compared.

    git archive <commit> index | tar -x -C /tmp/base      # the older core, as a folder holding index/
    python benchmarks/bench_query_ab.py --index /tmp/w/index --base /tmp/base [--rounds 25]

The older core is imported under another package name (``briefing_base.index``; it imports itself
relatively), so both versions open the same index in the same process and every benchmark query
(``bench_queries.QUERIES``, limit 20, snippets included) runs on each in turn, alternating which
goes first: both see the same state of a shared machine. Before timing, the two versions' results
(total, hits, scores, snippets, terms; ``took_ms`` aside) are compared on the benchmark queries
and on more shapes (NOT, ANDNOT, OR, fields, aliases, dates, prefixes, wildcards, fuzzy words,
boosts, ranges), each with no filter, a second page, a source filter and a date filter.
Prints each query's median CPU time (``process_time``) per version, the median per kind and the
p50/p95 of all samples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_queries import QUERIES, print_cpu_table  # noqa: E402

MORE = ["economy NOT oil", "blair ANDNOT election", "oil ANDMAYBE prices", "oil OR gas", "(oil OR gas) prices",
        "title:economy", "body:oil", "headline:oil", "source:bbc", "date:2004", "date:[2004-01-01 to 2005-12-31] oil",
        "econ* growth", "elect* OR vote*", "wor?d", "govenment~", "oil^2 prices", "oil^0", '"prime minister" blair',
        '"world cup" NOT england', '"chief executive"~3', '"bank of england"', "tony blair", "mobile phone",
        '"mobile phone" OR "interest rates"', "the", "film NOT award NOT oscar", "!!!", "zzzzqqq", ""]
VARIANTS = ({}, {"offset": 20}, {"source": "bbc"}, {"date_from": dt.date(2004, 6, 1)})


def _link_base(src: Path) -> Path:
    """A folder on which ``briefing_base.index`` imports from ``src/index``."""
    root = Path(tempfile.mkdtemp(prefix="briefing_base_"))
    pkg = root / "briefing_base"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "index").symlink_to((src / "index").resolve(), target_is_directory=True)
    return root


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="CPU ms per benchmark query, an older core against this one")
    p.add_argument("--index", required=True, type=Path, help="an index folder, its corpus in 'corpus' beside it")
    p.add_argument("--base", required=True, type=Path, help="a folder holding the older core's index/ package")
    p.add_argument("--rounds", type=int, default=25)
    args = p.parse_args(argv)
    if not (args.base / "index" / "__init__.py").is_file():
        p.error(f"{args.base} holds no index/ package (git archive <commit> index | tar -x -C {args.base})")
    os.environ.setdefault("BRIEFING_DATA_DIR", str(args.index.parent / "data"))
    sys.path.insert(0, str(_link_base(args.base)))
    from briefing.index.library import Library as New
    from briefing_base.index.library import Library as Base

    corpus = args.index.parent / "corpus"
    libs = {"base": Base(corpus, args.index), "new": New(corpus, args.index)}
    try:
        checked = 0
        for text in [q.briefing for q in QUERIES] + MORE:
            for kw in VARIANTS:
                got = []
                for lib in libs.values():
                    try:
                        got.append(lib.search(text, limit=20, **kw).model_dump(mode="json", exclude={"took_ms"}))
                    except Exception as exc:  # (a query error must be the same error)
                        got.append(f"{type(exc).__name__}: {exc}")
                if got[0] != got[1]:
                    print(f"DIFFERENT RESULTS for {text!r} {kw}", file=sys.stderr)
                    return 1
                checked += 1
        print(f"results identical on {checked} searches")
        pt = time.process_time
        times: dict[tuple[str, str], list[float]] = {(t, q.briefing): [] for t in libs for q in QUERIES}
        for k in range(args.rounds):
            order = list(libs) if k % 2 else list(libs)[::-1]
            for q in QUERIES:
                for t in order:
                    t0 = pt()
                    libs[t].search(q.briefing, limit=20)
                    times[(t, q.briefing)].append((pt() - t0) * 1000)
    finally:
        for lib in libs.values():
            lib.close()
    print(f"median CPU ms over {args.rounds} rounds, interleaved")
    print_cpu_table(QUERIES, times, list(libs), list(libs), width=8)
    return 0


if __name__ == "__main__":
    sys.exit(main())
