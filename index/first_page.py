"""The start-up page: the first page of the last search, shown before the index is opened.

Opening the index (Whoosh, the query parser, the searcher) costs more than drawing the first
screen. The app saves the first page of results it showed, stamped with the index commit they came
from, and on the next start shows that page at once if the index on disk is still the same commit;
the real search runs as soon as the index is open. This module is cheap to import: no Whoosh.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .atomic import atomic_write_text
from .models import FirstPage, SearchResult

FORMAT = 1
"""Bump when what is saved, or how search results are computed, changes."""

MAX_HITS = 60


def index_stamp(index_dir: str | os.PathLike[str]) -> str | None:
    """A fingerprint of the committed article index in ``index_dir``, or None if it has none.

    It covers the newest table of contents of the article index (name, size, modification time)
    and the index's metadata file, so any commit, rebuild or schema change gives a new stamp.
    """
    folder = Path(index_dir)
    try:
        tocs = [n for n in os.listdir(folder) if n.startswith("_MAIN_") and n.endswith(".toc")]
    except OSError:
        return None
    if not tocs:
        return None

    def generation(name: str) -> int:
        middle = name[len("_MAIN_"):-len(".toc")]
        return int(middle) if middle.isdigit() else -1

    toc = max(tocs, key=generation)
    parts = [f"format={FORMAT}", str(folder.resolve())]
    for name in (toc, "briefing-index.json"):
        try:
            st = os.stat(folder / name)
        except OSError:
            return None
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def _cache_file(index_dir: Path) -> Path:
    from .config import data_dir

    digest = hashlib.sha1(str(Path(index_dir).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir() / "cache" / f"first-page-{digest}.json"


def save_first_page(index_dir: str | os.PathLike[str], result: SearchResult, limit: int = MAX_HITS) -> bool:
    """Keep ``result`` (its first ``limit`` hits) as the start-up page of ``index_dir``; False if not saved.

    A cache: failing to write it (read-only data folder, full disk) is not an error.
    """
    stamp = index_stamp(index_dir)
    if stamp is None:
        return False
    page = FirstPage(format=FORMAT, stamp=stamp,
                     result=result.model_copy(update={"hits": result.hits[:limit]}))
    try:
        atomic_write_text(_cache_file(Path(index_dir)), page.model_dump_json())
    except (OSError, ValueError):
        return False
    return True


def load_first_page(index_dir: str | os.PathLike[str], query: str) -> SearchResult | None:
    """The saved start-up page for ``query`` if it was computed from the index now on disk, else None."""
    try:
        raw = _cache_file(Path(index_dir)).read_text(encoding="utf-8")
        page = FirstPage.model_validate_json(raw)
    except (OSError, ValueError):
        return None
    if page.format != FORMAT or page.result.query != query or page.stamp != index_stamp(index_dir):
        return None
    return page.result


def locate(corpus, index_dir) -> tuple[Path, Path] | None:
    """(corpus folder, index folder) as :func:`~briefing.index.library.open_library` resolves them, or None."""
    from .config import resolve_corpus_and_index
    from .errors import BriefingError

    try:
        return resolve_corpus_and_index(corpus, index_dir)
    except (BriefingError, OSError):
        return None
