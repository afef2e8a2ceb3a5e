"""Find article files below a corpus root, safely: symlink loops, unreadable folders, hidden files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterator

ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                    ".xhtml": "html", ".shtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
                    ".webarchive": "webarchive",
                    ".json": "json", ".jsonl": "jsonl",
                    # feeds (an .xml file that is not one is reported as 'not a feed')
                    ".rss": "feed", ".atom": "feed", ".rdf": "feed", ".xml": "feed"}
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Found:
    """A file below the corpus root (``rel`` is '/'-separated) or a problem met while walking.

    ``fspath`` is the file's path as given (a ``str`` or a ``Path``); :attr:`path` makes the ``Path``
    when it is first needed (a walk over 50,000 files spent a second making ``Path`` objects that an
    unchanged re-index never uses).
    """

    rel: str
    fspath: str | os.PathLike[str]
    format: str | None = None
    problem: str | None = None  # a SkippedFile reason
    detail: str = ""
    sidecar: bool | None = None  # a sidecar was listed next to it (None: not known, look when reading)

    @cached_property
    def path(self) -> Path:
        return self.fspath if isinstance(self.fspath, Path) else Path(self.fspath)


def article_format(name: str) -> str | None:
    """The ingest format for a file name, or None for files that are not articles."""
    lower = name.lower()
    if lower.endswith(SIDECAR_SUFFIX):
        return None
    return ARTICLE_SUFFIXES.get(os.path.splitext(lower)[1])


def sidecar_name(name: str) -> str:
    """The name of a file's metadata sidecar: ``a.txt`` -> ``a.meta.json``."""
    stem = name[: -len(os.path.splitext(name)[1])] if "." in name else name
    return stem + SIDECAR_SUFFIX


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


_PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")


def saved_page_assets(name: str, siblings: set[str]) -> bool:
    """True for the folder a browser's "Save Page As, complete" writes beside a page ('Story_files' next
    to 'Story.html'): its styles, scripts and saved frames (ads, embeds) are not articles."""
    return name.endswith("_files") and any(name[:-6] + ext in siblings for ext in _PAGE_EXTENSIONS)


def walk_corpus(root: Path) -> Iterator[Found]:
    """Yield article files (sorted, recursive) and the folders/links that could not be followed."""
    seen: set[tuple[int, int]] = set()
    try:
        st = root.stat()
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    yield from _walk(root, "", seen)


def _walk(folder: Path, prefix: str, seen: set[tuple[int, int]]) -> Iterator[Found]:
    """The entries of ``folder``, whose path relative to the root is ``prefix`` ('' or 'a/b/')."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        rel = safe_rel(prefix.rstrip("/") or ".")
        yield Found(rel, folder, problem="unreadable", detail=f"folder: {exc.strerror or exc}")
        return
    sidecars = {e.name for e in entries if e.name.endswith(SIDECAR_SUFFIX)}  # saves a lookup per file
    names = {e.name for e in entries}
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name == "__pycache__" or saved_page_assets(name, names):
            continue
        rel = safe_rel(prefix + name)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError as exc:
            problem = "symlink loop" if exc.errno == 40 else "unreadable"
            yield Found(rel, entry.path, problem=problem, detail=str(exc.strerror or exc))
            continue
        if is_dir:
            path = Path(entry.path)
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
            yield from _walk(path, prefix + name + "/", seen)
            continue
        fmt = article_format(name)
        if fmt is None:
            continue
        if entry.is_symlink() and not os.path.exists(entry.path):
            try:
                os.stat(entry.path)
            except OSError as exc:
                problem = "symlink loop" if getattr(exc, "errno", None) == 40 else "unreadable"
                yield Found(rel, entry.path, problem=problem, detail=str(exc.strerror or exc))
            continue
        yield Found(rel, entry.path, format=fmt, sidecar=bool(sidecars) and sidecar_name(name) in sidecars)
