"""Build and update the index of a corpus: incremental, locked, crash-safe.

``update_index`` is the only place that writes the indexes (articles and quotes). A run compares
the corpus with the manifest (mtime and size, then the content hash) and writes only what changed;
an unchanged corpus writes nothing. Whoosh commits by renaming its table of contents, so an
interrupted run leaves the previous index readable. Quotes are committed before articles, and the
manifest names the generations it describes; after a crash between commits the manifest is rebuilt
from the article index and quotes of articles that are no longer there are dropped.

A fresh build of many files (see :mod:`.bulk`) lets worker processes read, extract and write the
segments of both indexes themselves; the parent commits them in the same order (quotes, articles,
manifest). Everything else (incremental runs, small builds, or when the workers cannot run) takes
the serial path below.
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from pathlib import Path
from typing import Callable

from . import bulk
from .engine import whoosh_patches
from .bulk import claim_ids
from .documents import article_document, quote_document, quote_engine, speaker_rows
from .errors import IndexWriteError
from .ingest import walk_corpus
from .reader_pool import read_many, safe_to_fork, workers
from .models import Article, IndexSummary, Quote, SkippedFile
from .engine.schema import ARTICLES, QUOTES, SCHEMA_VERSION
from .speaker_table import TABLE_FILE, build_from_files, refresh_table
from .engine.store import (FileEntry, IndexMeta, Manifest, create_whoosh, index_exists, open_whoosh,
                    read_manifest, read_meta, write_lock, write_manifest, write_meta)

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)``; phases: 'scan', 'read', 'write'."""

whoosh_patches.apply()

KEEP_OLD_ON = ("unreadable", "vanished", "binary", "too large", "not decodable", "malformed feed", "not a feed")
"""Why a file that was indexed may now be unusable while its indexed articles are kept."""

BULK_DOCS = 1500
"""A fresh build adding at least this many articles uses Whoosh's two-process writer."""


def manifest_from_index(ix, qix) -> Manifest:
    """Rebuild the manifest from the stored article documents (slow path, after a crash)."""
    m = Manifest(generation=ix.latest_generation(), quote_generation=qix.latest_generation())
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            e = m.files.setdefault(fields["path"], FileEntry(mtime_ns=-1, size=-1))
            e.ids.append(fields["id"])
            e.hashes.append(fields.get("hash", ""))
    return m


def _stale_quote_articles(qix, manifest: Manifest) -> set[str]:
    """Article ids that have quotes in the quote index but are not (or no longer) indexed."""
    known = {(i, h) for e in manifest.files.values() for i, h in zip(e.ids, e.hashes)}
    stale = set()
    with qix.searcher() as s:
        for fields in s.all_stored_fields():
            if (fields.get("article_id"), fields.get("article_hash")) not in known:
                stale.add(fields.get("article_id"))
    return stale


def _wipe(index_dir: Path) -> None:
    """Remove an index's files (only files that belong to an index)."""
    for p in index_dir.iterdir():
        if p.is_file() and (p.name.startswith((f"_{ARTICLES}_", f"{ARTICLES}_", f"_{QUOTES}_", f"{QUOTES}_"))
                            or p.suffix in (".seg", ".toc")
                            or p.name in ("manifest.json", "briefing-index.json", TABLE_FILE,
                                          "stories-groups.json")):  # stories.incremental.GROUPS_NAME
            try:
                p.unlink()
            except OSError:
                pass


def clean_unused_files(ix, index_dir: Path, name: str) -> None:
    """Delete what an interrupted or failed write left behind (partial segments, pool files).

    Whoosh removes such files only on its next successful commit; after a full disk or a kill they
    would keep taking space. Files of the segments the index uses are never touched.
    """
    try:
        live = {seg.segment_id() for seg in ix._segments()}
    except Exception:
        return
    for p in index_dir.iterdir():
        n = p.name
        stale = n == f"{name}.tmp" or (n.startswith(f"{name}_") and n != f"{name}_WRITELOCK"
                                      and n.split(".", 1)[0] not in live)
        if stale:
            try:
                shutil.rmtree(p) if p.is_dir() else p.unlink()
            except OSError:
                pass


def rebuild_reason(index_dir: Path, meta: IndexMeta | None, want: IndexMeta, rebuild: bool) -> str | None:
    has = index_exists(index_dir, ARTICLES)
    if rebuild:
        return "requested"
    if not has:
        return None if meta is None else "index files missing"
    if meta is None:
        return "index metadata missing"
    if meta.schema_version != SCHEMA_VERSION:
        return f"index format changed (v{meta.schema_version} -> v{SCHEMA_VERSION})"
    if meta.extractor_version != want.extractor_version:
        return f"quote extractor changed ({meta.extractor_version} -> {want.extractor_version})"
    if meta.corpus and want.corpus and meta.corpus != want.corpus:  # one --index-dir for two corpora
        return f"the index folder held the index of another corpus ({meta.corpus})"
    if not index_exists(index_dir, QUOTES):
        return "quote index missing"
    return None


def update_index(corpus: Path, index_dir: Path, *, rebuild: bool = False, progress: Progress | None = None,
                 max_bytes: int | None = None, wait: float = 0.0) -> IndexSummary:
    """Bring the index of ``corpus`` up to date and say what changed."""
    t0 = time.perf_counter()
    extract, names, version = quote_engine()
    summary = IndexSummary(corpus=str(corpus), index_dir=str(index_dir))
    with write_lock(index_dir, wait=wait):
        meta = read_meta(index_dir)
        want = IndexMeta(schema_version=SCHEMA_VERSION, extractor_version=version, corpus=str(corpus))
        reason = rebuild_reason(index_dir, meta, want, rebuild)
        if reason is None and index_exists(index_dir, ARTICLES):
            ix, qix = open_whoosh(index_dir, ARTICLES), open_whoosh(index_dir, QUOTES)  # IndexCorruptError
        else:
            if reason or index_exists(index_dir, ARTICLES):
                _wipe(index_dir)
            ix, qix = create_whoosh(index_dir, ARTICLES), create_whoosh(index_dir, QUOTES)
            write_meta(index_dir, want)
            summary.rebuilt = reason is not None
            summary.rebuild_reason = reason
        try:
            for index, name in ((ix, ARTICLES), (qix, QUOTES)):
                clean_unused_files(index, index_dir, name)
            written = _update(ix, qix, corpus, index_dir, summary, extract, names, progress, max_bytes)
            # the canonical speakers follow the manifest (bulk builds: done)
            summary.speaker_table_rebuilt = refresh_table(index_dir, written)
        except IndexWriteError:
            for index, name in ((ix, ARTICLES), (qix, QUOTES)):
                clean_unused_files(index, index_dir, name)
            raise
        except OSError as exc:  # the manifest or metadata could not be written
            raise _write_error(exc) from None
        finally:
            ix.close()
            qix.close()
            bulk.reap()  # a bulk build's workers, exiting meanwhile
    if summary.html_fallback:
        from .ingest import extractor_error

        summary.html_extractor_error = extractor_error()
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


def _update(ix, qix, corpus, index_dir, summary, extract, names, progress, max_bytes) -> Manifest | None:
    """Write what changed; the manifest written (None when it was left as it was)."""
    manifest = read_manifest(index_dir)
    to_delete: list[str] = []
    quote_only_delete: set[str] = set()
    if manifest is None or manifest.generation != ix.latest_generation() \
            or manifest.quote_generation != qix.latest_generation():
        manifest = manifest_from_index(ix, qix)
        quote_only_delete = _stale_quote_articles(qix, manifest)
    found = list(walk_corpus(corpus))
    if progress:
        progress("scan", len(found), len(found))
    seen: set[str] = set()
    taken = {i: rel for rel, e in manifest.files.items() for i in e.ids}
    to_add: list[tuple[Article, list[Quote]]] = []
    entries: dict[str, FileEntry] = {}
    touched = False
    pending = []
    for f in found:
        if f.problem:
            summary.skipped.append(SkippedFile(path=f.rel, reason=f.problem, detail=f.detail))
            continue
        seen.add(f.rel)
        old = manifest.files.get(f.rel)
        try:
            st = os.stat(f.fspath)
        except OSError:
            st = None
        if old and st and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
            summary.unchanged += len(old.ids)
            continue
        pending.append((f, old, st))
    if _bulk_update(ix, qix, index_dir, manifest, pending, summary, progress, max_bytes):
        return manifest
    results = list(read_many([f for f, _, _ in pending], max_bytes))  # all in: the worker pool is shut down
    for n, ((f, old, st), (articles, skipped, quotes)) in enumerate(zip(pending, results), start=1):
        if progress and (n % 100 == 0 or n == len(pending)):
            progress("read", n, len(pending))
        summary.skipped.extend(skipped)
        summary.html_fallback += sum(a.extractor == "fallback" for a in articles)
        summary.charset_guessed.update({a.path: a.charset_guess for a in articles if a.charset_guess})
        if not articles and old and skipped and skipped[0].reason in KEEP_OLD_ON:
            # transient, or a damaged copy of an indexed file: keep what the index has (and say so)
            skipped[0].detail = f"{skipped[0].detail}; the index keeps the version read before".lstrip("; ")
            continue
        claim_ids(f.rel, articles, quotes, taken, extract)
        summary.quote_failed.update({a.id: a.quote_error for a in articles if a.quote_error})
        ids, hashes = [a.id for a in articles], [a.hash for a in articles]
        if old and sorted(old.ids) == sorted(ids) and sorted(old.hashes) == sorted(hashes):
            summary.unchanged += len(articles)
            entries[f.rel] = old.model_copy(update={"mtime_ns": st.st_mtime_ns if st else 0,
                                                    "size": st.st_size if st else 0})
            touched = True
            continue
        if old:
            to_delete.extend(old.ids)
            summary.updated += len(set(ids) & set(old.ids))
            summary.added += len(set(ids) - set(old.ids))
            summary.removed += len(set(old.ids) - set(ids))
        else:
            summary.added += len(articles)
        entry = FileEntry(mtime_ns=st.st_mtime_ns if st else 0, size=st.st_size if st else 0,
                          ids=ids, hashes=hashes)
        for a, qs in zip(articles, quotes):
            to_add.append((a, qs))
            entry.speakers.extend(speaker_rows(qs, a.body))
        entries[f.rel] = entry
    for rel in set(manifest.files) - seen:
        to_delete.extend(manifest.files[rel].ids)
        summary.removed += len(manifest.files[rel].ids)
    for rel in set(manifest.files) & seen:
        entries.setdefault(rel, manifest.files[rel])
    manifest.files = {rel: e for rel, e in sorted(entries.items()) if e.ids}
    summary.documents = sum(len(e.ids) for e in manifest.files.values())
    summary.quotes = sum(len(qs) for _, qs in to_add)
    if to_delete or to_add or quote_only_delete:
        fresh = ix.doc_count_all() == 0
        # quotes first: if the article commit never happens, the next run redoes these articles
        _write(qix, quote_only_delete | set(to_delete), "article_id",
               ((quote_document(q, a, names) for a, qs in to_add for q in qs)), fresh, len(to_add), None)
        _write(ix, to_delete, "id", (article_document(a, qs, names) for a, qs in to_add), fresh, len(to_add),
               progress)
    if to_delete or to_add or quote_only_delete or touched or manifest.generation != ix.latest_generation() \
            or manifest.quote_generation != qix.latest_generation() or not (index_dir / "manifest.json").exists():
        manifest.generation = ix.latest_generation()
        manifest.quote_generation = qix.latest_generation()
        write_manifest(index_dir, manifest)
        return manifest
    return None


def _bulk_update(ix, qix, index_dir, manifest, pending, summary, progress, max_bytes) -> bool:
    """A fresh build of many files by worker processes that write the segments (see :mod:`.bulk`).

    False (nothing done, nothing committed) when the build is not fresh or small, or when the workers
    could not run; the caller then takes the serial path.
    """
    procs = workers()
    if procs < 2 or len(pending) < bulk.MIN_FILES or manifest.files or ix.doc_count_all() or qix.doc_count_all():
        return False
    founds = [f for f, _, _ in pending]
    sizes = [st.st_size if st else 0 for _, _, st in pending]
    early: dict = {}

    def on_files(results: list) -> None:  # while the workers write their segments: the manifest's files, the table
        early["files"] = _manifest_files(pending, results)
        early["table"] = build_from_files(early["files"])

    try:
        results = bulk.build(ix, qix, index_dir, founds, sizes, max_bytes, progress, procs, on_files)
    except bulk.BulkUnavailable:
        return False
    except OSError as exc:
        raise _write_error(exc) from None
    for r in results:
        summary.skipped.extend(r.skipped)
        summary.html_fallback += r.fallback
        if r.charset_guess:
            summary.charset_guessed[r.rel] = r.charset_guess
        summary.quote_failed.update(r.quote_failed)
        summary.added += len(r.ids)
        summary.quotes += r.quotes
    manifest.files = early["files"] if "files" in early else _manifest_files(pending, results)
    summary.documents = sum(len(e.ids) for e in manifest.files.values())
    manifest.generation = ix.latest_generation()
    manifest.quote_generation = qix.latest_generation()
    write_manifest(index_dir, manifest)
    refresh_table(index_dir, manifest, early.get("table"))
    return True


def _manifest_files(pending, results) -> dict[str, FileEntry]:
    """The manifest's ``files`` of a bulk build: its files with articles, sorted by path."""
    entries: dict[str, FileEntry] = {}
    for (f, _old, st), r in zip(pending, results):
        # built by this process from the workers' plain lists and ints: no validation needed
        entries[f.rel] = FileEntry.model_construct(mtime_ns=st.st_mtime_ns if st else 0,
                                                   size=st.st_size if st else 0, ids=r.ids, hashes=r.hashes,
                                                   speakers=r.speakers)
    return {rel: e for rel, e in sorted(entries.items()) if e.ids}


def _write(ix, delete_ids, delete_field: str, docs, fresh: bool, count: int, progress) -> None:
    multi = fresh and count >= BULK_DOCS and (os.cpu_count() or 1) > 1 and safe_to_fork()
    kwargs: dict = dict(limitmb=256)
    if multi:
        kwargs.update(procs=2, multisegment=True)
    try:
        writer = ix.writer(**kwargs)
    except OSError as exc:
        raise _write_error(exc) from None
    try:
        for doc_id in delete_ids:
            writer.delete_by_term(delete_field, doc_id)
        for n, doc in enumerate(docs, start=1):
            writer.add_document(**doc)
            if progress and (n % 100 == 0 or n == count):
                progress("write", n, count)
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
    """Delete an index folder entirely."""
    shutil.rmtree(index_dir, ignore_errors=True)
