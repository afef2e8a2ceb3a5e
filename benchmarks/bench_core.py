"""Briefing's core measured through its public API: build, re-index, warm queries.

Everything goes through ``briefing.index.library`` (``open_library`` / ``Library.update`` /
``Library.search``), i.e. the code path the CLI and the app use.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench_corpus import Doc, folder_mb, modify_files, touch_files
from bench_queries import QUERIES, Latency, measure


@contextmanager
def maybe_profile(profile_dir: Path | None, name: str) -> Iterator[None]:
    """cProfile the block into ``<profile_dir>/<name>.prof`` (and a top-25 text summary)."""
    if profile_dir is None:
        yield
        return
    profile_dir.mkdir(parents=True, exist_ok=True)
    prof = cProfile.Profile()
    prof.enable()
    try:
        yield
    finally:
        prof.disable()
        prof.dump_stats(str(profile_dir / f"{name}.prof"))
        with (profile_dir / f"{name}.txt").open("w") as fh:
            st = pstats.Stats(prof, stream=fh).sort_stats("cumulative")
            st.print_stats(40)
            fh.write("\n\n==== by own time ====\n")
            st.sort_stats("tottime").print_stats(25)


def index_files_mb(index_dir: Path) -> float:
    """Size of the Whoosh index (segments + manifest + metadata) in MiB."""
    return folder_mb(index_dir)


class CoreBench:
    """Runs the core measurements on one corpus folder and one index folder."""

    def __init__(self, corpus: Path, index_dir: Path, docs: list[Doc], profile_dir: Path | None = None):
        from briefing.index.library import open_library

        self.corpus, self.index_dir, self.docs, self.profile_dir = corpus, index_dir, docs, profile_dir
        self.lib = open_library(corpus, index_dir, auto_index=False)
        self.results: dict[str, object] = {}
        self.notes: list[str] = []

    def build(self) -> None:
        t0 = time.perf_counter()
        with maybe_profile(self.profile_dir, "build"):
            summary = self.lib.update()
        self.results["build_s"] = time.perf_counter() - t0
        self.results["index_mb"] = index_files_mb(self.index_dir)
        self.results["indexed_docs"] = summary.documents
        self.results["quotes_indexed"] = summary.quotes
        if summary.skipped:
            self.notes.append(f"build skipped {len(summary.skipped)} file(s)")

    def reindex(self) -> None:
        t0 = time.perf_counter()
        with maybe_profile(self.profile_dir, "reindex_unchanged"):
            s = self.lib.update()
        self.results["reindex_unchanged_s"] = time.perf_counter() - t0
        if s.added or s.updated or s.removed:
            self.notes.append(f"unchanged re-index changed documents: {s.added}/{s.updated}/{s.removed}")
        touch_files(self.corpus, self.docs, 10)
        t0 = time.perf_counter()
        with maybe_profile(self.profile_dir, "reindex_touch10"):
            self.lib.update()
        self.results["reindex_touch10_s"] = time.perf_counter() - t0
        modify_files(self.corpus, self.docs, 10)
        t0 = time.perf_counter()
        with maybe_profile(self.profile_dir, "reindex_10"):
            s = self.lib.update()
        self.results["reindex_10_s"] = time.perf_counter() - t0
        if s.updated != 10:
            self.notes.append(f"re-index after modifying 10 files updated {s.updated} document(s)")

    def queries(self, rounds: int = 5) -> Latency:
        lib = self.lib

        def run(q) -> int:
            return lib.search(q.briefing, limit=20).total

        def run_plain(q) -> int:
            return lib.search(q.briefing, limit=20, snippets=0).total

        with maybe_profile(self.profile_dir, "queries"):
            lat = measure(run, QUERIES, rounds=rounds)
        self.results["query_p50_ms"] = lat.p50
        self.results["query_p95_ms"] = lat.p95
        self.results["query_p95_cpu_ms"] = lat.cpu_p95
        plain = measure(run_plain, QUERIES, rounds=rounds)
        self.results["query_nosnippets_p50_ms"] = plain.p50
        self.results["query_nosnippets_p95_ms"] = plain.p95
        t0 = time.perf_counter()
        lib.search("", limit=20)
        self.results["list_newest_ms"] = (time.perf_counter() - t0) * 1000
        return lat

    def close(self) -> None:
        self.lib.close()
