"""Fresh bulk builds: worker processes read, extract and write index segments themselves.

A fresh build of many files cuts them, in corpus order, into contiguous parts of about equal size,
one per worker process (optionally, see ``TAIL``, a few small ones more that go to whichever worker
is free first). For each part a worker reads the files, extracts
their quotes and adds the article and quote documents straight to a Whoosh ``SegmentWriter`` of its
own for each index (as Whoosh's ``SubWriterTask`` does), hands back the small per-file facts the
manifest needs (never the articles themselves), then finalizes the two segments and hands them back:
the parent builds the manifest's entries and the corpus-wide speaker table from the facts while the
workers write their segments. The parent, holding the normal locked writers, commits the quote
index's table of contents, then the article index's, listing the parts' segments in corpus order, so
document numbers come out in the same order as a serial build's. It does not wait for the workers to
exit (the system freeing their memory takes a while) before that commit: :func:`reap` joins them
once the caller is done.

Parts of equal size do not take equal time (the cores of a shared host run at different speeds), so
a worker with no part left to take helps before it finalizes its own segments: it claims chunks of
files from the end of a part another worker is still on, reads them and extracts their quotes, and
leaves the results in a chunk file beside the index (see :mod:`.bulk_claims`). The owner, reaching a
claimed chunk, waits for its file and adds the documents itself, in corpus order, renaming ids as
it would have: the segments are the same as without help. Only reading and extraction (about 40%
of a file's work) move; the owner still adds every document of its part.

Nothing is visible before those commits: an interrupted or failed build leaves the previous index
(and only unused segment files, cleaned on the next run). Workers poll their parent and exit if it
is gone; a worker that dies (a helper holding claimed files too) stops the build, which then
commits nothing. Two files of one article id (``a.md``, ``a.txt``) never straddle a part boundary;
any other id clash between parts is found afterwards by replaying the serial renaming rule in corpus
order, and the files whose ids differ are deleted from their part's segments and written again by
the parent, before the commit.
"""

from __future__ import annotations

import gc
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .bulk_claims import Claims, chunk_path, read_chunk, write_chunk
from .engine import analysis, fastwrite
from .documents import article_document, quote_document, quote_engine, safe_extract, speaker_rows
from .ingest import Found, read_file
from .models import SkippedFile
from .engine.schema import ARTICLES, QUOTES

MIN_FILES = 300
"""A fresh build of fewer files than this stays serial (starting the workers costs more than it saves)."""

LIMITMB = 256
"""Posting-pool memory per writer (each worker has two) before it spills sorted runs to disk."""

REPORT_EVERY = 20
"""Files between two progress messages of a worker."""

NO_CYCLIC_GC = True
"""Workers run without Python's cyclic garbage collector.

A worker's heap is mostly the buffered postings of its part (hundreds of thousands of lists) and
it makes almost no cyclic garbage (43 objects after 5,000 BBC articles), so each of the collector's
full passes over that heap was wasted work: ~0.6-1 s CPU of a worker's ~35 s for 5,000 articles.
A worker collects once between two parts (a finished part's writers hold reference cycles), never
after its last one, and never turns the collector back on: it exits, and the collector's first pass
would walk every object the worker made (~1 s).
"""


class BulkUnavailable(Exception):
    """The bulk path could not run (a worker did not start or died); the caller builds serially."""


def renamed_id(rel: str, article_id: str) -> str:
    """The id a later file's article gets when an earlier file already uses its id."""
    return rel if "#" not in article_id else f"{rel}#{article_id.rsplit('#', 1)[-1]}"


def claim_ids(rel: str, articles, quotes: list, taken: dict[str, str], extract) -> None:
    """Give this file's articles ids no earlier file uses (re-extracting renamed ones' quotes)."""
    for i, a in enumerate(articles):
        owner = taken.get(a.id)
        if owner is not None and owner != rel:  # two files with one id (a.txt, a.md)
            a.id = renamed_id(rel, a.id)
            quotes[i] = safe_extract(extract, a)
        taken[a.id] = rel


@dataclass
class FileResult:
    """What a worker did with one file (document numbers are within its part's segments)."""

    rel: str
    orig_ids: list[str]
    ids: list[str]
    hashes: list[str]
    speakers: list[list] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    quotes: int = 0
    fallback: int = 0  # HTML pages read by the plain fallback parser
    charset_guess: str | None = None  # the encoding guessed for a page that declares none (not UTF-8)
    quote_failed: dict[str, str] = field(default_factory=dict)  # article id -> why its quotes could not be extracted
    adocs: tuple[int, int] = (0, 0)
    qdocs: tuple[int, int] = (0, 0)
    part: int = -1
    helped: bool = False  # read (and its quotes extracted) by another worker than the part's


TAIL = 0.0
"""Share of the work (by bytes) cut into small parts that go to whichever worker is free first.

Off: every part is a segment of its own, and on 10k BBC articles 4 segments per index instead of 2
made searches ~15% slower (p50) for ~5 s less build time on a loaded machine.
"""


PART_BYTES = 24 * 1024 * 1024
"""Most file bytes in one part (one segment per index), about 10,000 BBC-sized articles.

A part's postings are buffered in memory until its segments are written; past ``LIMITMB`` they
spill to Whoosh's pool, whose sorted runs and merge make the whole flush about twice as slow (a
50k build took 224 s instead of ~5x the 10k one). Parts of this size stay under the limit, so a
large build writes a few more segments instead, with bounded memory (~0.5 GB per worker).
"""


def part_count(sizes: list[int], procs: int) -> int:
    """How many parts: one per worker, or more (a multiple of the workers) when parts would exceed PART_BYTES."""
    procs = max(1, procs)
    total = sum(max(s, 1) for s in sizes)
    if total <= PART_BYTES * procs:
        return procs
    n = -(-total // PART_BYTES)
    return -(-n // procs) * procs  # a multiple of the workers: each gets the same share


def parts(sizes: list[int], procs: int) -> list[tuple[int, int]]:
    """Contiguous parts: ``procs`` large ones for (1 - TAIL) of the bytes, then ``procs`` small ones.

    Without TAIL (the default): :func:`part_count` parts of about equal size.
    """
    if procs < 2 or len(sizes) < 4 * procs or TAIL <= 0:
        return split(sizes, part_count(sizes, procs))
    weights = [(1 - TAIL) / procs] * procs + [TAIL / procs] * procs
    total = sum(max(s, 1) for s in sizes)
    bounds, acc, k, goal = [0], 0, 0, weights[0] * total
    for i, s in enumerate(sizes):
        acc += max(s, 1)
        if k < len(weights) - 1 and acc >= goal and i + 1 < len(sizes):
            bounds.append(i + 1)
            k += 1
            goal += weights[k] * total
    bounds.append(len(sizes))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]


def split(sizes: list[int], n: int) -> list[tuple[int, int]]:
    """``n`` contiguous ``[start, end)`` shares of the files, of about equal total size."""
    total = sum(max(s, 1) for s in sizes)
    bounds, acc, k = [0], 0, 1
    for i, s in enumerate(sizes):
        acc += max(s, 1)
        while k < n and acc >= total * k / n:
            bounds.append(i + 1)
            k += 1
    while len(bounds) < n + 1:
        bounds.append(len(sizes))
    bounds[-1] = len(sizes)
    return [(bounds[i], bounds[i + 1]) for i in range(n) if bounds[i + 1] > bounds[i]]


def keep_together(shares: list[tuple[int, int]], founds: list[Found]) -> list[tuple[int, int]]:
    """Move each share boundary past files of the same article id (``a.md``, ``a.txt``).

    Such files sort next to each other; in one part the worker renames the later one exactly as a
    serial build does, so the parent has nothing to redo (a redo leaves deleted documents in a part's
    segment, which nudges scores the way any incremental update does until segments merge).
    """
    from .ingest import article_id_for

    out, start = [], 0
    for _, end in shares[:-1]:
        end = max(end, start)
        while 0 < end < len(founds) and article_id_for(founds[end].rel) == article_id_for(founds[end - 1].rel):
            end += 1
        if end > start:
            out.append((start, end))
        start = end
    if shares and start < shares[-1][1]:
        out.append((start, shares[-1][1]))
    return out


def _add_file(f: Found, articles, quotes, names, aw, qw, taken: dict[str, str] | None, extract):
    """Add one file's documents to the writers; applies the serial renaming rule against ``taken``."""
    orig = [a.id for a in articles]
    if taken is not None:
        claim_ids(f.rel, articles, quotes, taken, extract)
    a0, q0 = aw.docnum, qw.docnum
    speakers: list[list] = []
    nq = 0
    body_analyzer = aw.schema["body"].analyzer
    for a, qs in zip(articles, quotes):
        with analysis.pieces_of(a.body, body_analyzer):  # the quotes' words are the body's
            for q in qs:
                qw.add_document(**quote_document(q, a, names))
            aw.add_document(**article_document(a, qs, names))
        speakers.extend(speaker_rows(qs, a.body))
        nq += len(qs)
    return FileResult(rel=f.rel, orig_ids=orig, ids=[a.id for a in articles], hashes=[a.hash for a in articles],
                      speakers=speakers, quotes=nq, adocs=(a0, aw.docnum), qdocs=(q0, qw.docnum))


def _worker(wid: int, index_dir: str, founds: list[Found], claims: Claims, max_bytes, limitmb: int, conn,
            parent: int, stem: str, lock_fds: tuple[int, ...] = ()) -> None:
    """One worker: takes parts from ``claims`` until none is left; one new segment per index per part.

    With no part left to take, before finalizing its last part's segments, it helps the others
    (:func:`_help`). ``lock_fds``: a forked worker's copies of the parent's Whoosh write-lock
    descriptors (``flock`` locks last while any copy is open: closed at once, a worker orphaned by a
    killed parent does not keep the indexes locked until it notices).
    """
    from whoosh import index as windex
    from whoosh.writing import SegmentWriter

    from .engine import whoosh_patches
    from .engine.store import release_inherited_locks

    release_inherited_locks()  # a forked worker must not hold the parent's update lock
    for fd in lock_fds:
        try:
            os.close(fd)
        except OSError:
            pass

    def alive() -> None:
        if os.getppid() != parent:  # the parent is gone (killed): nobody will commit this work
            os._exit(3)

    def send(msg) -> None:
        alive()
        conn.send(msg)

    writers: list = []
    if NO_CYCLIC_GC:
        gc.disable()
    try:
        whoosh_patches.apply()
        analysis.apply_format_patches()
        fastwrite.tune_malloc()
        extract, names, _ = quote_engine()
        ix = windex.open_dir(index_dir, indexname=ARTICLES)
        qix = windex.open_dir(index_dir, indexname=QUOTES)
        done = 0
        parts_done = 0
        helped = 0
        while True:
            part = claims.take_part(wid)
            if part is None:
                break
            if parts_done and NO_CYCLIC_GC:
                gc.collect()  # the previous part's writers and postings (their closures make cycles)
            start, end = claims.shares[part]
            aw = SegmentWriter(ix, _lk=False, limitmb=limitmb)
            qw = SegmentWriter(qix, _lk=False, limitmb=limitmb)
            writers = [aw, qw]
            fastwrite.install(aw)
            fastwrite.install(qw)
            taken: dict[str, str] = {}
            results = []
            i = start
            while i < end:
                mine = claims.own(part, i)
                if mine:
                    files = [_read(founds[i], max_bytes, extract)]
                else:  # a helper has read this chunk: its files are added as if read here
                    stop, files = read_chunk(chunk_path(stem, part, i), alive)
                    if stop != i + len(files) or stop > end:
                        raise BulkUnavailable(f"a helped chunk of part {part} does not start at file {i}")
                for articles, quotes, skipped in files:
                    r = _add_file(founds[i], articles, quotes, names, aw, qw, taken, extract)
                    r.skipped, r.part, r.helped = skipped, part, not mine
                    r.fallback = sum(a.extractor == "fallback" for a in articles)
                    r.charset_guess = next((a.charset_guess for a in articles if a.charset_guess), None)
                    r.quote_failed = {a.id: a.quote_error for a in articles if a.quote_error}
                    results.append(r)
                    i += 1
                    done += 1
                    if done % REPORT_EVERY == 0:
                        send(("read", wid, done))
            send(("read", wid, done))
            path = f"{stem}{part}.files"  # the part's files, before its segments: the parent starts on them
            with open(path, "wb") as fh:
                pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)
            send(("files", wid, part, path))
            helped += _help(wid, founds, claims, max_bytes, extract, stem, alive)
            qseg = qw._finalize_segment()
            aseg = aw._finalize_segment()
            writers = []
            path = f"{stem}{part}.result"
            with open(path, "wb") as fh:
                pickle.dump((qseg, aseg), fh, protocol=pickle.HIGHEST_PROTOCOL)
            send(("done", wid, part, path, time.process_time(), helped))
            parts_done += 1
            aw = qw = None
        if not parts_done:
            helped += _help(wid, founds, claims, max_bytes, extract, stem, alive)
        send(("bye", wid, helped))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        for w in writers:
            try:
                w._close_segment()
            except Exception:
                pass
        info = (type(exc).__name__, getattr(exc, "errno", None), getattr(exc, "strerror", None), str(exc)[:300])
        try:
            send(("error", wid, info))
        except Exception:
            pass
        if not isinstance(exc, Exception):  # Ctrl-C reaches the whole process group: leave quietly
            os._exit(1)
    finally:
        conn.close()  # the collector stays off: turned on, its first pass would walk the whole heap


def _read(f: Found, max_bytes, extract) -> tuple:
    """A file's articles, their quotes and its skipped records: the part of a file's work a helper can do."""
    articles, skipped = read_file(f, max_bytes)
    return articles, [safe_extract(extract, a) for a in articles], skipped


def _help(wid: int, founds: list[Found], claims: Claims, max_bytes, extract, stem: str, alive) -> int:
    """Read and extract chunks of other workers' parts while there are any to claim; files read."""
    n = 0
    while (claim := claims.claim(wid)) is not None:
        alive()
        part, start, end = claim
        write_chunk(chunk_path(stem, part, start), end, [_read(f, max_bytes, extract) for f in founds[start:end]])
        n += end - start
    return n


def _context():
    import multiprocessing

    from .reader_pool import prepare_subprocesses, safe_to_fork

    ctx = multiprocessing.get_context("fork" if safe_to_fork() else "spawn")
    prepare_subprocesses()
    return ctx


def _replay(results: list[FileResult]) -> dict[int, list[str]]:
    """Files (by position) whose ids differ from what a serial build would give them, and those ids."""
    taken: dict[str, str] = {}
    redo: dict[int, list[str]] = {}
    for k, r in enumerate(results):
        ids = []
        for orig in r.orig_ids:
            owner = taken.get(orig)
            new = renamed_id(r.rel, orig) if owner is not None and owner != r.rel else orig
            taken[new] = r.rel
            ids.append(new)
        if ids != r.ids:
            redo[k] = ids
    return redo


_EXITING: list = []
"""Workers that have said goodbye and are exiting: the system frees their memory meanwhile (a worker of
a 10k build holds several hundred MB), so they are joined by :func:`reap` once the caller is done,
not before the commit."""


def reap(timeout: float = 10.0) -> None:
    """Wait for the workers of finished builds to exit."""
    while _EXITING:
        _EXITING.pop().join(timeout)


def build(ix, qix, index_dir: Path, founds: list[Found], sizes: list[int], max_bytes: int | None,
          progress: Callable[[str, int, int], None] | None, procs: int,
          on_files: Callable[[list[FileResult]], None] | None = None) -> list[FileResult]:
    """Write ``founds`` into the (empty) indexes with ``procs`` workers and commit; results in corpus order.

    ``on_files(results)``, when given, gets every file's result (in corpus order, as returned) while
    the workers are still writing their segments, so the caller can start on them; it is not called
    when the commit will change some (files redone for an id clash between parts). The workers may
    still be exiting when this returns: :func:`reap` waits for them.

    Raises OSError for a write failure (nothing committed) and :class:`BulkUnavailable` when the
    workers could not do the job for another reason (nothing committed, the caller goes serial).
    """
    reap()
    shares = keep_together(parts(sizes, procs), founds)
    procs = min(procs, len(shares))
    qw = qix.writer(limitmb=LIMITMB)  # locks, as any writer; its own segment takes redone files
    try:
        aw = ix.writer(limitmb=LIMITMB)
    except BaseException:
        qw.cancel()
        raise
    procs_: list = []
    conns: list = []
    stem = str(index_dir / f"{ARTICLES}_bulk{os.getpid()}_")
    try:
        ctx = _context()
        forked = ctx.get_start_method() == "fork"
        lock_fds = tuple(fd for w in (qw, aw) for fd in [getattr(w.writelock, "fd", None)]
                         if forked and isinstance(fd, int))
        claims = Claims(ctx, shares)
        for wid in range(procs):
            reader, writer = ctx.Pipe(duplex=False)
            p = ctx.Process(target=_worker, name=f"briefing-bulk-{wid}", daemon=True,
                            args=(wid, str(index_dir), founds, claims, max_bytes, LIMITMB, writer,
                                  os.getpid(), stem, lock_fds))
            p.start()
            writer.close()
            procs_.append(p)
            conns.append(reader)
        finished = _collect(procs_, conns, len(shares), len(founds), progress, on_files)
        results = _finish(founds, aw, qw, finished, max_bytes)
        _EXITING.extend(procs_)
        return results
    except BaseException:
        for p in procs_:
            if p.is_alive():
                p.terminate()
        for p in procs_:
            p.join(5)
        for w in (aw, qw):
            try:
                w.cancel()
            except Exception:
                pass
        raise
    finally:
        for c in conns:
            c.close()
        for leftover in index_dir.glob(f"{ARTICLES}_bulk{os.getpid()}_*"):  # results, helped chunks
            try:
                leftover.unlink()
            except OSError:
                pass


def _collect(procs_, conns, nparts: int, total: int, progress, on_files=None) -> list[tuple]:
    """Wait for every part's result; relay progress; turn a worker's failure into an exception.

    ``on_files(results)`` is called once every part's files are in, while the workers still write
    their segments, unless some files will be redone (their results then change).
    """
    from multiprocessing.connection import wait

    debug = bool(os.environ.get("BRIEFING_BULK_DEBUG"))
    started = time.monotonic()
    done_files = [0] * len(procs_)
    files: dict[int, list[FileResult]] = {}
    finished: dict[int, tuple] = {}
    written = 0
    open_conns = {c: wid for wid, c in enumerate(conns)}
    last = 0.0
    while open_conns:
        for c in wait(list(open_conns)):
            wid = open_conns[c]
            try:
                msg = c.recv()
            except EOFError:  # the worker has exited without saying goodbye: it died
                procs_[wid].join(1)
                raise BulkUnavailable(f"worker {wid} exited ({procs_[wid].exitcode}) with "
                                      f"{nparts - len(finished)} part(s) unwritten") from None
            kind = msg[0]
            if kind == "read":
                done_files[wid] = msg[2]
                now = time.monotonic()
                if progress and (now - last > 0.1 or sum(done_files) == total):
                    last = now
                    progress("read", sum(done_files), total)
            elif kind == "files":
                _, _, part, path = msg
                with open(path, "rb") as fh:
                    files[part] = pickle.load(fh)
                if len(files) == nparts and on_files is not None:
                    results = [r for k in range(nparts) for r in files[k]]
                    if not _replay(results):
                        on_files(results)
            elif kind == "done":
                _, _, part, path, cpu, helped = msg
                with open(path, "rb") as fh:
                    finished[part] = (files[part], *pickle.load(fh))
                written += len(finished[part][0])
                if debug:
                    rs = finished[part][0]
                    print(f"bulk: worker {wid} wrote part {part} ({len(rs)} files, {sum(r.helped for r in rs)} read "
                          f"by another worker; it read {helped} of other parts), {cpu:.1f}s CPU so far, "
                          f"at {time.monotonic() - started:.1f}s", flush=True)
                if progress:
                    progress("write", written, total)
            elif kind == "bye":
                del open_conns[c]
            elif kind == "error":
                name, err, strerror, text = msg[2]
                if name == "KeyboardInterrupt":
                    raise KeyboardInterrupt
                if err is not None:
                    raise OSError(err, strerror or text)
                raise BulkUnavailable(f"worker {wid}: {name}: {text}")
    if len(finished) < nparts:
        for p in procs_:
            p.join(10)
        codes = [p.exitcode for p in procs_]
        raise BulkUnavailable(f"workers exited ({codes}) with {nparts - len(finished)} part(s) unwritten")
    return [finished[k] for k in range(nparts)]


def _redo_files(founds, results: list[FileResult], redo: dict[int, list[str]], asegs, qsegs, aw, qw,
                max_bytes) -> None:
    """Delete the files in ``redo`` from their parts' segments and add them again with the right ids."""
    extract, names, _ = quote_engine()
    for k, ids in sorted(redo.items()):
        r = results[k]
        for d in range(*r.adocs):
            asegs[r.part].delete_document(d)
        for d in range(*r.qdocs):
            qsegs[r.part].delete_document(d)
        articles, skipped = read_file(founds[k], max_bytes)
        if [a.id for a in articles] != r.orig_ids:
            raise BulkUnavailable(f"{r.rel} changed while it was indexed")
        for a, new in zip(articles, ids):
            a.id = new
        quotes = [safe_extract(extract, a) for a in articles]
        fixed = _add_file(founds[k], articles, quotes, names, aw, qw, None, extract)
        fixed.skipped, fixed.part, fixed.fallback, fixed.charset_guess = r.skipped, -1, r.fallback, r.charset_guess
        fixed.quote_failed = {a.id: a.quote_error for a in articles if a.quote_error}
        results[k] = fixed


def _finish(founds, aw, qw, finished, max_bytes) -> list[FileResult]:
    """Fix id clashes between parts, then commit quotes and articles with the parts' segments."""
    results: list[FileResult] = [r for rs, _, _ in finished for r in rs]
    assert len(results) == len(founds)
    qsegs = [q for _, q, _ in finished]
    asegs = [a for _, _, a in finished]
    redo = _replay(results)
    if redo:
        _redo_files(founds, results, redo, asegs, qsegs, aw, qw, max_bytes)
    for w, segs in ((qw, qsegs), (aw, asegs)):  # quotes first: see the indexer's crash-safety order
        final = list(w.segments) + [s for s in segs if s.doc_count_all()]
        if w._added:
            final.append(w._finalize_segment())
        else:
            w._close_segment()
        w._commit_toc(final)
        w._finish()
    return results
