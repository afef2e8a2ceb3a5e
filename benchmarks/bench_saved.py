"""Time the counts of saved searches and is: filters (they run in a worker after every index update).

    python benchmarks/bench_saved.py --corpus ../shared/corpus/bbc [--index-dir DIR] [--rounds 3]

Saves five searches (narrow to every article, one with is:unread) in a throw-away data dir, marks a
tenth of the articles read, and prints the median time of: all saved counts, the what's-new lists,
``matching_ids`` of the broadest search, and a top-20 search with and without ``is:unread``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

SEARCHES = (("narrow", "Blackwell"), ("phrase", '"prime minister"'), ("common", "government"),
            ("unread", "government is:unread"), ("everything", ""))


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--index-dir", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-saved-")
    from briefing.index.annotations import AnnotationStore
    from briefing.index.annotations.saved import SavedSearchStore
    from briefing.index.library import open_library
    from briefing.index.models import ArticleMark
    from briefing.index.saved import save_search, saved_counts, whats_new

    with open_library(a.corpus, a.index_dir) as lib:
        ids = lib.article_ids()
        marks = AnnotationStore.open(lib.corpus)
        marks.change(lambda data: data.articles.update({i: ArticleMark(article_id=i, read=True) for i in ids[::10]}))
        store = SavedSearchStore.open(lib.corpus)
        for name, query in SEARCHES:
            save_search(lib, store, name, query)
        print(f"{len(ids)} articles, {len(ids[::10])} read, {len(SEARCHES)} saved searches")
        for label, fn in (
            ("saved counts (all searches)", lambda: saved_counts(lib, store)),
            ("what's new (all searches)", lambda: whats_new(lib, store)),
            ("matching_ids('') (every article)", lambda: lib.matching_ids("")),
            ("search 'government' top 20", lambda: lib.search("government")),
            ("search 'government is:unread' top 20", lambda: lib.search("government is:unread")),
        ):
            print(f"{label:40s} {median_ms(fn, a.rounds):8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
