"""Build and update the index of a corpus: incremental, locked, crash-safe.

``update_index`` is the only place that writes the Whoosh index. A run compares the corpus with the
manifest (mtime and size, then the content hash) and writes only what changed; an unchanged corpus
writes nothing. Whoosh commits by renaming its table of contents, so an interrupted run leaves the
previous index readable; the manifest names the index generation it describes, and a mismatch
(a run killed between commit and manifest) is repaired from the index itself.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import time
from pathlib import Path
from typing import Callable, Iterable

from . import whoosh_patches
from .errors import IndexCorruptError, IndexWriteError
from .ingest import Found, read_file, walk_corpus
from .models import Article, IndexSummary, Quote, SkippedFile
from .schema import ARTICLE, QUOTE, SCHEMA_VERSION
from .store import (FileEntry, IndexMeta, Manifest, create_whoosh, index_exists, open_whoosh,
                    read_manifest, read_meta, write_lock, write_manifest, write_meta)

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)``; phases: 'scan', 'read', 'write'."""

whoosh_patches.apply()

BULK_DOCS = 1500
"""A fresh build adding at least this many articles uses Whoosh's two-process writer."""


def quote_engine():
    """(extract_quotes, speaker_names, version) of the quote extractor, or no-ops if unavailable."""
    try:
        from .quotes import EXTRACTOR_VERSION, extract_quotes, speaker_names
    except ImportError:
        return (lambda body, article_id="": []), (lambda name: [name]), "none"
    return extract_quotes, speaker_names, EXTRACTOR_VERSION


def _when(d: dt.date | None) -> dt.datetime | None:
    return dt.datetime(d.year, d.month, d.day) if d else None


def article_document(a: Article, quotes: list[Quote], names: Callable[[str], list[str]]) -> dict:
    """The Whoosh fields of an article."""
    speaker_forms: list[str] = []
    for q in quotes:
        if q.speaker:
            speaker_forms.extend(names(q.speaker))
    doc = dict(doctype=ARTICLE, id=a.id, path=a.path, title=a.title, source=a.source or "",
               url=a.url or "", author=a.author or "", body=a.body, hash=a.hash, mtime_ns=a.mtime_ns,
               size=a.size, format=a.format, speakers=" ; ".join(dict.fromkeys(speaker_forms)),
               sortdate=int(a.date.strftime("%Y%m%d")) if a.date else 0)
    when = _when(a.date)
    if when:
        doc["date"] = when
    return doc


def quote_document(q: Quote, a: Article, names: Callable[[str], list[str]]) -> dict:
    """The Whoosh fields of a quote (its text is the ``body``)."""
    doc = dict(doctype=QUOTE, id=q.id, article_id=a.id, path=a.path, source=a.source or "",
               body=q.text, speaker=" ; ".join(names(q.speaker)) if q.speaker else "",
               kind=q.kind, cue=(q.cue or "").lower(), quote=q.model_dump_json())
    when = _when(a.date)
    if when:
        doc["date"] = when
    return doc


def _speaker_rows(quotes: list[Quote]) -> list[list]:
    rows: dict[tuple, int] = {}
    for q in quotes:
        if q.speaker:
            key = (q.article_id, q.speaker, q.speaker_role or "", q.speaker_mention or "")
            rows[key] = rows.get(key, 0) + 1
    return [[*k, n] for k, n in rows.items()]


def manifest_from_index(ix) -> Manifest:
    """Rebuild the manifest from the article documents stored in the index (slow path)."""
    m = Manifest(generation=ix.latest_generation())
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            if fields.get("doctype") != ARTICLE:
                continue
            e = m.files.setdefault(fields["path"], FileEntry(mtime_ns=-1, size=-1))
            e.ids.append(fields["id"])
            e.hashes.append(fields.get("hash", ""))
    return m


def _wipe(index_dir: Path) -> None:
    """Remove a broken index's files (only files that belong to an index)."""
    for p in index_dir.iterdir():
        if p.is_file() and (p.name.startswith(("_MAIN_", "MAIN_")) or p.suffix in (".seg", ".toc")
                            or p.name in ("manifest.json", "briefing-index.json")):
            try:
                p.unlink()
            except OSError:
                pass


def update_index(corpus: Path, index_dir: Path, *, rebuild: bool = False, progress: Progress | None = None,
                 max_bytes: int | None = None, wait: float = 0.0) -> IndexSummary:
    """Bring the index of ``corpus`` up to date and say what changed."""
    t0 = time.perf_counter()
    extract, names, version = quote_engine()
    summary = IndexSummary(corpus=str(corpus), index_dir=str(index_dir))
    with write_lock(index_dir, wait=wait):
        meta = read_meta(index_dir)
        want = IndexMeta(schema_version=SCHEMA_VERSION, extractor_version=version, corpus=str(corpus))
        has_index = index_exists(index_dir)
        reason = None
        if rebuild:
            reason = "requested"
        elif not has_index:
            reason = None if meta is None else "index files missing"
        elif meta is None:
            reason = "index metadata missing"
        elif meta.schema_version != SCHEMA_VERSION:
            reason = f"index format changed (v{meta.schema_version} -> v{SCHEMA_VERSION})"
        elif meta.extractor_version != version:
            reason = f"quote extractor changed ({meta.extractor_version} -> {version})"
        ix = open_whoosh(index_dir) if reason is None and has_index else None  # IndexCorruptError
        if ix is None:
            if has_index or reason:
                _wipe(index_dir)
            ix = create_whoosh(index_dir)
            write_meta(index_dir, want)
            summary.rebuilt = reason is not None
            summary.rebuild_reason = reason
        try:
            _update(ix, corpus, index_dir, summary, extract, names, progress, max_bytes)
        finally:
            ix.close()
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


def _update(ix, corpus, index_dir, summary, extract, names, progress, max_bytes) -> None:
    manifest = read_manifest(index_dir)
    if manifest is None or manifest.generation != ix.latest_generation():
        manifest = manifest_from_index(ix)
    found = list(walk_corpus(corpus))
    total = len(found)
    if progress:
        progress("scan", total, total)
    seen_paths: set[str] = set()
    taken_ids: dict[str, str] = {i: rel for rel, e in manifest.files.items() for i in e.ids}
    to_delete: list[str] = []
    to_add: list[tuple[Article, list[Quote]]] = []
    new_entries: dict[str, FileEntry] = {}
    touched = False
    for n, f in enumerate(found, start=1):
        if progress and (n % 200 == 0 or n == total):
            progress("read", n, total)
        if f.problem:
            summary.skipped.append(SkippedFile(path=f.rel, reason=f.problem, detail=f.detail))
            continue
        seen_paths.add(f.rel)
        old = manifest.files.get(f.rel)
        try:
            st = f.path.stat()
        except OSError:
            st = None
        if old and st and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
            summary.unchanged += len(old.ids)
            continue
        articles, skipped = read_file(f, max_bytes)
        summary.skipped.extend(skipped)
        if not articles and skipped and skipped[0].reason in ("unreadable", "vanished") and old:
            continue  # transient: keep what the index has
        for a in articles:
            owner = taken_ids.get(a.id)
            if owner is not None and owner != f.rel:
                a.id = f.rel if a.id == os.path.splitext(f.rel)[0] else f"{f.rel}#{a.id.rsplit('#', 1)[-1]}"
            taken_ids[a.id] = f.rel
        if old and sorted(old.hashes) == sorted(a.hash for a in articles) and sorted(old.ids) == sorted(
                a.id for a in articles):
            summary.unchanged += len(articles)
            touched = True
            new_entries[f.rel] = old.model_copy(update={"mtime_ns": articles[0].mtime_ns if articles else 0,
                                                        "size": articles[0].size if articles else 0})
            continue
        if old:
            to_delete.extend(old.ids)
            old_ids = set(old.ids)
            summary.updated += sum(1 for a in articles if a.id in old_ids)
            summary.added += sum(1 for a in articles if a.id not in old_ids)
            summary.removed += len(old_ids - {a.id for a in articles})
        else:
            summary.added += len(articles)
        entry = FileEntry(mtime_ns=st.st_mtime_ns if st else 0, size=st.st_size if st else 0)
        for a in articles:
            qs = _safe_extract(extract, a)
            to_add.append((a, qs))
            entry.ids.append(a.id)
            entry.hashes.append(a.hash)
            entry.speakers.extend(_speaker_rows(qs))
        new_entries[f.rel] = entry
    for rel in set(manifest.files) - seen_paths:
        to_delete.extend(manifest.files[rel].ids)
        summary.removed += len(manifest.files[rel].ids)
    for rel in set(manifest.files) & seen_paths:
        new_entries.setdefault(rel, manifest.files[rel])
    manifest.files = {rel: e for rel, e in sorted(new_entries.items()) if e.ids}
    summary.documents = sum(len(e.ids) for e in manifest.files.values())
    if to_delete or to_add:
        _write(ix, to_delete, to_add, names, progress, fresh=ix.doc_count_all() == 0)
        manifest.generation = ix.latest_generation()
        write_manifest(index_dir, manifest)
    elif touched or manifest.generation != ix.latest_generation() or not (index_dir / "manifest.json").exists():
        manifest.generation = ix.latest_generation()
        write_manifest(index_dir, manifest)
    summary.quotes = sum(len(qs) for _, qs in to_add)


def _safe_extract(extract, a: Article) -> list[Quote]:
    try:
        return list(extract(a.body, a.id))
    except Exception:  # extraction must never stop indexing; the article is still searchable
        return []


def _write(ix, to_delete: Iterable[str], to_add, names, progress, fresh: bool) -> None:
    bulk = fresh and len(to_add) >= BULK_DOCS and (os.cpu_count() or 1) > 1
    kwargs = dict(limitmb=256)
    if bulk:
        kwargs.update(procs=2, multisegment=True)
    try:
        writer = ix.writer(**kwargs)
    except OSError as exc:
        raise _write_error(exc) from None
    try:
        for aid in to_delete:
            writer.delete_by_term("id", aid)
            writer.delete_by_term("article_id", aid)
        total = len(to_add)
        for n, (a, quotes) in enumerate(to_add, start=1):
            writer.add_document(**article_document(a, quotes, names))
            for q in quotes:
                writer.add_document(**quote_document(q, a, names))
            if progress and (n % 100 == 0 or n == total):
                progress("write", n, total)
        writer.commit()
    except BaseException as exc:
        try:
            writer.cancel()
        except Exception:
            pass
        if isinstance(exc, OSError):
            raise _write_error(exc) from None
        raise


def _write_error(exc: OSError) -> IndexWriteError:
    if exc.errno == errno.ENOSPC:
        return IndexWriteError("the disk is full: the index was not updated (the previous index is intact)")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return IndexWriteError(f"the index folder is not writable ({exc.strerror}); the previous index is intact")
    return IndexWriteError(f"the index could not be written ({exc.strerror or exc}); the previous index is intact")


def remove_index(index_dir: Path) -> None:
    """Delete an index folder entirely (used by tests and ``--rebuild`` of a broken folder)."""
    shutil.rmtree(index_dir, ignore_errors=True)
