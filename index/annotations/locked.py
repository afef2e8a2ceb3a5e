"""A JSON file of user data shared by processes: read under a lock, changed under it, written atomically.

Every change re-reads the file under an exclusive ``fcntl`` lock, applies itself to what is on disk
and writes atomically (temporary file, fsync, rename): a kill at any moment leaves the old or the new
file, and two processes never lose each other's changes. A corrupt or newer-version file is moved
aside (never deleted) and the store starts empty, with a message in :attr:`LockedJsonStore.warning`.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, ClassVar, Iterator

from ..atomic import atomic_write_text
from ..errors import BriefingError


class LockedJsonStore:
    """One pydantic model (``MODEL``, with a ``schema_version`` no newer than ``VERSION``) in one file."""

    MODEL: ClassVar[type]
    VERSION: ClassVar[int]
    WHAT: ClassVar[str] = "data"
    """What the file holds, for error messages ("annotations", "saved searches")."""
    FILE_NAME: ClassVar[str]
    """The file's name in the corpus's data folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warning: str | None = None
        self.data = self.MODEL()
        self.reload()

    @classmethod
    def open(cls, corpus: "str | os.PathLike[str] | None" = None, path: "str | os.PathLike[str] | None" = None):
        """The store of a corpus (``<data dir>/corpora/<corpus>/FILE_NAME``) or of a given file."""
        from ..config import corpus_data_dir, resolve_corpus

        if path is not None:
            return cls(Path(path))
        return cls(corpus_data_dir(resolve_corpus(corpus)) / cls.FILE_NAME)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise BriefingError(f"cannot use the {self.WHAT} folder {self.path.parent}: {exc.strerror or exc}") from None
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def _read(self):
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self.MODEL()
        except OSError as exc:
            raise BriefingError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        try:
            obj = json.loads(raw)
            version = obj.get("schema_version") if isinstance(obj, dict) else None
            if isinstance(version, int) and version > self.VERSION:
                backup = self._set_aside(f"v{version}")
                self.warning = (f"{self.path.name} was written by a newer Briefing (format {version}); it was kept as "
                                f"{backup.name} and a new, empty store was started")
                return self.MODEL()
            return self.MODEL.model_validate(obj)
        except (ValueError, TypeError, AttributeError):
            backup = self._set_aside("corrupt")
            self.warning = (f"{self.path.name} could not be read (damaged); it was kept as {backup.name} and a new, "
                            f"empty store was started")
            return self.MODEL()

    def _set_aside(self, label: str) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.{label}-{stamp}.bak")
        n = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.{label}-{stamp}-{n}.bak")
            n += 1
        os.replace(self.path, backup)
        return backup

    def reload(self):
        """Read the file again (picks up other processes' changes)."""
        with self._locked():
            self.data = self._read()
        return self.data

    def change(self, apply: Callable) -> object:
        """Apply ``apply`` to the current file contents and save, under the lock."""
        with self._locked():
            data = self._read()
            apply(data)
            data.schema_version = self.VERSION
            try:
                atomic_write_text(self.path, data.model_dump_json(indent=1, exclude_none=True))
            except OSError as exc:
                raise BriefingError(f"cannot save {self.WHAT} to {self.path}: {exc.strerror or exc}") from None
            self.data = data
        return data
