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

from typing import Callable, TypeVar

from .engine.store import MANIFEST_FILE

SUBPROCESS_MIN_BYTES = 500_000
"""A manifest at least this big (about 1,000 articles) is caught up in a separate process."""

T = TypeVar("T")


def run_sized(index_dir: Path, fn: Callable[..., T], *args) -> T:
    """``fn(*args)`` in a spawned process for a large index, else in this one.

    ``fn`` must be a module-level function (it is pickled by name) and its result picklable.
    """
    from .reader_pool import prepare_subprocesses

    try:
        big = (Path(index_dir) / MANIFEST_FILE).stat().st_size >= SUBPROCESS_MIN_BYTES
    except OSError:
        big = False
    if not big:
        return fn(*args)
    prepare_subprocesses()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()
