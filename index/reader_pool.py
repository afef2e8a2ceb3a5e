"""Read and extract many files, in parallel worker processes for bulk builds.

Reading, decoding and quote extraction are independent per file, so a large build spreads them over
the machine's cores; results come back in input order. A process that runs threads (the app) uses
the 'spawn' start method, never 'fork', so no lock held by another thread is copied into a worker.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from .documents import quote_engine, safe_extract
from .ingest import Found, read_file
from .models import Article, Quote, SkippedFile

PARALLEL_MIN = 400
"""Fewer files than this are read in-process (starting workers costs more than it saves)."""

Result = tuple[list[Article], list[SkippedFile], list[list[Quote]]]


def read_one(found: Found, max_bytes: int | None) -> Result:
    """Articles of one file, the problems met, and each article's quotes."""
    articles, skipped = read_file(found, max_bytes)
    extract = quote_engine()[0]
    return articles, skipped, [safe_extract(extract, a) for a in articles]


def _task(args: tuple[Found, int | None]) -> Result:
    return read_one(*args)


def safe_to_fork() -> bool:
    """True when this process runs no other thread (forking a threaded process can deadlock)."""
    return threading.active_count() == 1


def workers() -> int:
    """How many worker processes a bulk read uses."""
    return max(1, min(4, os.cpu_count() or 1))


def prepare_subprocesses() -> None:
    """Start multiprocessing's resource tracker with the process's real stderr.

    Embedded in an app that captures ``sys.stderr`` (Textual does, with ``fileno() == -1``), the
    tracker would pass that descriptor to its child and every worker pool would fail with
    "bad value(s) in fds_to_keep".
    """
    import sys
    from multiprocessing import resource_tracker

    captured = sys.stderr
    try:
        if sys.__stderr__ is not None:
            sys.stderr = sys.__stderr__
        resource_tracker.ensure_running()
    except Exception:
        pass
    finally:
        sys.stderr = captured


def read_many(founds: Iterable[Found], max_bytes: int | None) -> Iterator[Result]:
    """Results of :func:`read_one` for each file, in order; parallel for large batches."""
    founds = list(founds)
    n = workers()
    if n <= 1 or len(founds) < PARALLEL_MIN:
        for f in founds:
            yield read_one(f, max_bytes)
        return
    ctx = multiprocessing.get_context("fork" if safe_to_fork() else "spawn")
    prepare_subprocesses()
    chunk = max(8, min(64, len(founds) // (n * 8) or 1))
    from .engine.store import release_inherited_locks

    with ProcessPoolExecutor(n, mp_context=ctx, initializer=release_inherited_locks) as pool:
        yield from pool.map(_task, ((f, max_bytes) for f in founds), chunksize=chunk)
