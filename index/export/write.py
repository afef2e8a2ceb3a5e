"""Write an export file safely: never over an existing file without ``force``, always atomically."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..atomic import atomic_write_text
from ..errors import BriefingError


class ExportError(BriefingError):
    """An export that cannot be written (file exists, folder missing or read-only)."""


def default_file_name(fmt: str, now: dt.datetime | None = None) -> str:
    """``briefing-YYYYMMDD-HHMM.<ext>``."""
    now = now or dt.datetime.now()
    return f"briefing-{now:%Y%m%d-%H%M}.{fmt}"


EXTENSIONS = (".md", ".csv", ".json", ".txt")


def export_target(path: str, fmt: str) -> Path:
    """The file an export in ``fmt`` to ``path`` writes: ``~`` expanded, another export extension replaced.

    An empty path or a folder is an :class:`ExportError` with a clear message (never "." exists).
    """
    text = (path or "").strip()
    if not text:
        raise ExportError("no file name: enter the file to write the export to")
    p = Path(text).expanduser()
    if text.endswith(("/", os.sep)) or p.is_dir():
        raise ExportError(f"{p} is a folder: add a file name, such as {p / default_file_name(fmt)}")
    if p.suffix.lower() in EXTENSIONS and p.suffix.lower() != f".{fmt}":
        p = p.with_suffix(f".{fmt}")
    if p.is_dir():
        raise ExportError(f"{p} is a folder: choose another file name")
    parent = next((a for a in p.parents if a.exists()), None)
    if parent is not None and not parent.is_dir():
        raise ExportError(f"{parent} is a file, not a folder")
    return p


def make_folder(path: Path) -> Path:
    """Create the folder an export to ``path`` goes in (and the folders above it); an
    :class:`ExportError` naming the folder and the reason when it cannot be made or written in."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"the folder {folder} is read-only: choose another folder")
    return folder


def write_export(path: str | os.PathLike[str], text: str, force: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically; refuses to replace an existing file unless ``force``."""
    p = Path(path).expanduser()
    if p.is_dir():  # before 'exists': --force would not help
        raise ExportError(f"{p} is a folder: add a file name, such as {p / 'briefing.md'}")
    if p.exists() and not force:
        raise ExportError(f"{p} already exists; use --force to replace it")
    if not p.parent.exists():
        raise ExportError(f"the folder {p.parent} does not exist")
    try:
        atomic_write_text(p, text)
    except OSError as exc:
        raise ExportError(f"cannot write {p}: {exc.strerror or exc}") from None
    return p
