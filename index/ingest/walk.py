"""Find article files below a corpus root, safely: symlink loops, unreadable folders, hidden files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                    ".json": "json", ".jsonl": "jsonl"}
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Found:
    """A file below the corpus root (``rel`` is '/'-separated) or a problem met while walking."""

    rel: str
    path: Path
    format: str | None = None
    problem: str | None = None  # a SkippedFile reason
    detail: str = ""


def article_format(name: str) -> str | None:
    """The ingest format for a file name, or None for files that are not articles."""
    lower = name.lower()
    if lower.endswith(SIDECAR_SUFFIX):
        return None
    return ARTICLE_SUFFIXES.get(os.path.splitext(lower)[1])


def safe_rel(rel: str) -> str:
    """A relative path as valid Unicode: bytes of a name that are not UTF-8 are spelled ``\\xff``.

    Python keeps such bytes as lone surrogates, which the index (UTF-8) cannot store; the escaped
    form is unique and shows the user which bytes are wrong.
    """
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")


def walk_corpus(root: Path) -> Iterator[Found]:
    """Yield article files (sorted, recursive) and the folders/links that could not be followed."""
    seen: set[tuple[int, int]] = set()
    try:
        st = root.stat()
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    yield from _walk(root, root, seen)


def _walk(root: Path, folder: Path, seen: set[tuple[int, int]]) -> Iterator[Found]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        rel = safe_rel(folder.relative_to(root).as_posix())
        yield Found(rel, folder, problem="unreadable", detail=f"folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        path = Path(entry.path)
        rel = safe_rel(path.relative_to(root).as_posix())
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError as exc:
            problem = "symlink loop" if exc.errno == 40 else "unreadable"
            yield Found(rel, path, problem=problem, detail=str(exc.strerror or exc))
            continue
        if is_dir:
            try:
                st = path.stat()
            except OSError as exc:
                problem = "symlink loop" if getattr(exc, "errno", None) == 40 else "unreadable"
                yield Found(rel, path, problem=problem, detail=str(exc.strerror or exc))
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                if entry.is_symlink():
                    yield Found(rel, path, problem="symlink loop", detail="link to a folder already walked")
                continue
            seen.add(key)
            yield from _walk(root, path, seen)
            continue
        fmt = article_format(entry.name)
        if fmt is None:
            continue
        if entry.is_symlink() and not path.exists():
            try:
                os.stat(path)
            except OSError as exc:
                problem = "symlink loop" if getattr(exc, "errno", None) == 40 else "unreadable"
                yield Found(rel, path, problem=problem, detail=str(exc.strerror or exc))
            continue
        yield Found(rel, path, format=fmt)
