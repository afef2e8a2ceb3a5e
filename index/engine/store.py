"""The index folder: the Whoosh index, its metadata, the manifest of indexed files, the write lock.

All index writes go through :mod:`briefing.index.indexer`, which holds :func:`write_lock`.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, Field

from ..atomic import atomic_write_text
from ..errors import IndexBusyError, IndexCorruptError, IndexWriteError
from .schema import ARTICLES, SCHEMA_VERSION, build_quote_schema, build_schema

INDEX_NAME = ARTICLES
META_FILE = "briefing-index.json"
MANIFEST_FILE = "manifest.json"
LOCK_FILE = "update.lock"


class FileEntry(BaseModel):
    """What the index holds for one corpus file."""

    ids: list[str] = Field(default_factory=list)
    mtime_ns: int = 0
    size: int = 0
    hashes: list[str] = Field(default_factory=list)
    speakers: list[list[Any]] = Field(default_factory=list, description="[article id, speaker, role, mention, n]")


class Manifest(BaseModel):
    """Files indexed, keyed by relative path; valid only for the index generation it names."""

    schema_version: int = SCHEMA_VERSION
    generation: int = -1
    quote_generation: int = -1
    files: dict[str, FileEntry] = Field(default_factory=dict)


class IndexMeta(BaseModel):
    """Versions an index was built with; a mismatch triggers a rebuild."""

    schema_version: int = SCHEMA_VERSION
    extractor_version: str = ""
    corpus: str = ""


def index_exists(index_dir: Path, name: str = ARTICLES) -> bool:
    """True if ``index_dir`` holds (the table of contents of) a Whoosh index, readable or not."""
    try:
        return any(index_dir.glob(f"_{name}_*.toc"))
    except OSError:
        return False


def open_whoosh(index_dir: Path, name: str = ARTICLES):
    """Open a Whoosh index and its segments, turning any failure into :class:`IndexCorruptError`."""
    from whoosh.filedb.filestore import FileStorage

    from . import whoosh_patches

    whoosh_patches.apply()  # (Whoosh's block reader inflates with the faster decompressor)
    try:
        # No memory maps: mapped segment pages count towards the app's memory (RSS 290 -> 46 MiB
        # after the benchmark queries at 10k articles) and buy no measurable query speed.
        ix = FileStorage(str(index_dir), supports_mmap=False).open_index(indexname=name)
        ix.reader().close()  # opens every segment: a truncated file fails here, not mid-search
        return ix
    except Exception as exc:
        raise IndexCorruptError(
            f"the index in {index_dir} cannot be opened ({type(exc).__name__}: {str(exc)[:120]}); "
            "run 'briefing index --rebuild' to rebuild it"
        ) from None


def create_whoosh(index_dir: Path, name: str = ARTICLES):
    """Create an empty index of that name (replacing one of the same name in the folder)."""
    from whoosh import index as windex

    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        schema = build_schema() if name == ARTICLES else build_quote_schema()
        return windex.create_in(str(index_dir), schema, indexname=name)
    except OSError as exc:
        raise IndexWriteError(f"cannot create the index in {index_dir}: {exc.strerror or exc}") from None


def read_meta(index_dir: Path) -> IndexMeta | None:
    """The stored versions, or None if missing or unreadable."""
    try:
        return IndexMeta.model_validate_json((index_dir / META_FILE).read_bytes())
    except (OSError, ValueError):
        return None


def write_meta(index_dir: Path, meta: IndexMeta) -> None:
    atomic_write_text(index_dir / META_FILE, meta.model_dump_json(indent=1))


def read_manifest(index_dir: Path) -> Manifest | None:
    """The manifest, or None if missing, unreadable or of another schema."""
    try:
        m = Manifest.model_validate_json((index_dir / MANIFEST_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    return m if m.schema_version == SCHEMA_VERSION else None


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    atomic_write_text(index_dir / MANIFEST_FILE, manifest.model_dump_json())


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
        return f" (pid {pid})" if pid.isdigit() else ""
    except OSError:
        return ""


_HELD: set[int] = set()
"""Descriptors of the update locks this process holds (forked workers must not keep them)."""


def release_inherited_locks() -> None:
    """In a forked worker: close its copies of the parent's lock descriptors.

    An ``flock`` lasts while any copy of its descriptor is open, so a worker outliving a killed
    parent would otherwise keep the index "being updated" until it noticed and exited. Closing the
    child's copy leaves the parent's lock in place.
    """
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


@contextmanager
def write_lock(index_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the index's exclusive update lock; wait up to ``wait`` seconds for another writer.

    The lock is an ``fcntl`` lock, so a killed writer releases it automatically.
    """
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise IndexWriteError(f"the index folder {index_dir} is not writable: {exc.strerror}") from None
        raise IndexWriteError(f"cannot use the index folder {index_dir}: {exc.strerror or exc}") from None
    deadline = time.monotonic() + max(0.0, wait)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _HELD.add(fd)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError(
                        f"the index is being updated by another process{_holder(index_dir / LOCK_FILE)}; "
                        "try again when it has finished (or pass --wait SECONDS)"
                    ) from None
                time.sleep(0.1)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError:
            pass
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)


def read_json(path: Path) -> Any:
    """Parsed JSON of a file, or None."""
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
