"""Catching up with a corpus in another process, so a running app keeps the interpreter to itself.

Walking a large corpus, reading the manifest and tallying speakers is a second of pure Python at
10k articles; in a thread of the app it would hold the GIL while the user types. For large
indexes it runs in a spawned worker process (the results come back pickled); small ones are done
in-process, where starting a process would cost more than the work.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .indexer import update_index
from .models import IndexSummary

SUBPROCESS_MIN_BYTES = 500_000
"""A manifest at least this big (about 1,000 articles) is caught up in a separate process."""


def catch_up_here(corpus: str, index_dir: str, update: bool) -> tuple[IndexSummary | None, tuple | None]:
    """Index changed files (if ``update``) and build the speaker table (with its stamp), in this process."""
    from .library import Library

    summary = update_index(Path(corpus), Path(index_dir)) if update else None
    lib = Library(Path(corpus), Path(index_dir))
    try:
        lib.speaker_table()
        return summary, lib._table
    finally:
        lib.close()


def catch_up(corpus: Path, index_dir: Path, update: bool = True) -> tuple[IndexSummary | None, tuple | None]:
    """:func:`catch_up_here` in a spawned process for large indexes, else in this one."""
    from .reader_pool import prepare_subprocesses
    from .store import MANIFEST_FILE

    try:
        big = (Path(index_dir) / MANIFEST_FILE).stat().st_size >= SUBPROCESS_MIN_BYTES
    except OSError:
        big = False
    if not big:
        return catch_up_here(str(corpus), str(index_dir), update)
    prepare_subprocesses()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(catch_up_here, str(corpus), str(index_dir), update).result()
