"""The canonical speakers of an index on disk (``speakers.json``): written after every index update
that changed the manifest, read by every front end (see :mod:`.quotes.canonical`)."""

from __future__ import annotations

import re
from pathlib import Path

from .atomic import atomic_write_text
from .models import SpeakerTableFile
from .engine.store import MANIFEST_FILE, read_manifest

TABLE_FILE = "speakers.json"


_GENERATIONS = re.compile(rb'"generation":(-?\d+),"quote_generation":(-?\d+)')


def manifest_stamp(index_dir: Path) -> list[int]:
    """The index generations the manifest describes ([] without one), read from its first bytes.

    Speaker rows change only with a commit of the index, so a manifest rewritten for new file times
    alone (a touched file) keeps its stamp and the stored table stays valid.
    """
    try:
        with open(Path(index_dir) / MANIFEST_FILE, "rb") as fh:
            m = _GENERATIONS.search(fh.read(256))
    except OSError:
        return []
    return [int(m.group(1)), int(m.group(2))] if m else []


def build_from_manifest(index_dir: Path, overrides: dict[str, str] | None = None, manifest=None):
    """A :class:`SpeakerTable` from the manifest's speaker rows (empty without a manifest).

    ``manifest``: the :class:`Manifest` that ``index_dir`` holds, when the caller has it in memory
    (the indexer, right after writing it), instead of reading and validating the file again.

    The cyclic garbage collector is paused meanwhile (nothing here is cyclic; its collections over
    the many small objects were half the time: 0.76 -> 0.4 s CPU at 10k articles).
    """
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        m = manifest if manifest is not None else read_manifest(Path(index_dir))
        return build_from_files(m.files if m is not None else {}, overrides)
    finally:
        if was:
            gc.enable()


def build_from_files(files: dict, overrides: dict[str, str] | None = None):
    """A :class:`SpeakerTable` from a manifest's ``files`` (the table of a manifest with these files)."""
    from .quotes.grouping import build_table

    return build_table([row for entry in files.values() for row in entry.speakers], overrides)


def load_table(index_dir: Path, stamp: list[int]):
    """The stored table if it was built from the manifest with this ``stamp``, else None."""
    import gc

    from .quotes.canonical import SpeakerTable

    was = gc.isenabled()
    gc.disable()  # as in build_from_manifest
    try:
        f = SpeakerTableFile.model_validate_json((Path(index_dir) / TABLE_FILE).read_bytes())
        if f.schema_version != SpeakerTableFile().schema_version or f.manifest != stamp or not stamp:
            return None
        return SpeakerTable.from_file(f)
    except (OSError, ValueError):
        return None
    finally:
        if was:
            gc.enable()


def refresh_table(index_dir: Path, manifest=None, table=None) -> str | None:
    """Rebuild and store the table if the manifest changed since it was stored (the indexer calls this
    under its write lock; an unchanged index costs one stat and one small read). Returns why a stored
    table was built again other than for a changed manifest (:func:`stored_table_problem`), else None.

    ``manifest``: the manifest the indexer has just written, if it did (see :func:`build_from_manifest`);
    ``table``: that manifest's table, when the caller has built it already (:func:`build_from_files`).
    """
    stamp = manifest_stamp(index_dir)
    if not stamp:
        return None
    stored = _stored_head(index_dir)
    if _stamp_in(stored) == stamp:
        return None
    if table is None:
        table = build_from_manifest(index_dir, manifest=manifest)
    atomic_write_text(Path(index_dir) / TABLE_FILE, table.to_file(stamp).model_dump_json())
    return _problem_in(stored)


def stored_table_problem(index_dir: Path) -> str | None:
    """Why the stored table cannot be used whatever the manifest ('stored by older grouping rules (schema 3)',
    'damaged'), else None (no table, or one of these rules)."""
    return _problem_in(_stored_head(index_dir))


def _stored_head(index_dir: Path) -> tuple[str, bool] | None:
    """The stored table's first 200 characters and whether its JSON object is ended (a file cut short is
    not), read without a full parse; None when there is no table file."""
    try:
        with open(Path(index_dir) / TABLE_FILE, "rb") as fh:
            head = fh.read(200).decode("utf-8", "replace")
            fh.seek(max(0, fh.seek(0, 2) - 16))
            return head, fh.read().rstrip().endswith(b"}")
    except OSError:
        return None


def _problem_in(stored: tuple[str, bool] | None) -> str | None:
    """:func:`stored_table_problem` of a stored table read by :func:`_stored_head`."""
    if stored is None:
        return None
    m = re.match(r'\{"schema_version":(\d+),', stored[0])
    if m and int(m.group(1)) != SpeakerTableFile().schema_version:
        return f"it was stored by older grouping rules (schema {int(m.group(1))})"
    return None if m and _stamp_in(stored) else "it was damaged"


def _stamp_in(stored: tuple[str, bool] | None) -> list[int] | None:
    """The manifest stamp of a stored table read by :func:`_stored_head`; None for no table, a table of other
    rules, or one cut short (built again, not kept)."""
    if stored is None or not stored[1]:
        return None
    m = re.search(r'"schema_version":(\d+),"manifest":\[(-?\d+),(-?\d+)\]', stored[0])
    if not m or int(m.group(1)) != SpeakerTableFile().schema_version:
        return None
    return [int(x) for x in m.groups()[1:]]
