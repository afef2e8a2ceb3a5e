"""Benchmark corpora: the BBC articles replicated to N documents with distinct ids and text.

Replica ``k`` of ``<category>/<NNN>.txt`` is written as ``rep<k>/<category>/<NNN>.txt``. Each copy
gets three closing lines so no two documents are byte-identical and the metadata facets have data:
a replica token line, a date line (spread over 2004-2005) and a credit line naming one of six
outlets (so ``source:`` filters select about a sixth of the corpus).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

SOURCES = ("Reuters", "BBC News", "The Guardian", "Associated Press", "Financial Times", "Le Monde")


@dataclass(frozen=True)
class Original:
    """One article of the source corpus."""

    rel: str  # "business/001.txt"
    text: str


@dataclass
class Doc:
    """A replicated document as the FTS5 baseline sees it (Briefing reads the files itself)."""

    rel: str
    title: str
    body: str
    source: str


def read_originals(corpus: Path) -> list[Original]:
    """All ``*.txt`` files under ``corpus`` (sorted by relative path)."""
    out = []
    for path in sorted(corpus.rglob("*.txt")):
        out.append(Original(rel=path.relative_to(corpus).as_posix(), text=path.read_text(encoding="utf-8")))
    if not out:
        raise SystemExit(f"no .txt articles under {corpus}")
    return out


def replica_text(orig: Original, k: int, i: int) -> tuple[str, str]:
    """(file text, source) of replica ``k`` of the ``i``-th original."""
    source = SOURCES[(k + i) % len(SOURCES)]
    day = dt.date(2004, 1, 1) + dt.timedelta(days=(i * 7 + k * 31) % 700)
    tail = f"\n\nArchive copy r{k}x{i} of {orig.rel}.\n\n{day.day} {day:%B %Y}\n\n© {source}\n"
    return orig.text.rstrip("\n") + tail, source


def split_text(text: str) -> tuple[str, str]:
    """(title, body) the simple way: line 1 is the headline (how FTS5 is fed)."""
    title, _, body = text.partition("\n")
    return title.strip(), body.lstrip("\n")


def make_corpus(originals: list[Original], n: int, dest: Path) -> list[Doc]:
    """Write ``n`` replicated documents under ``dest``; return them for the FTS5 baseline."""
    docs: list[Doc] = []
    k = 0
    while len(docs) < n:
        for i, orig in enumerate(originals):
            if len(docs) >= n:
                break
            rel = f"rep{k}/{orig.rel}"
            text, source = replica_text(orig, k, i)
            path = dest / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            title, body = split_text(text)
            docs.append(Doc(rel=rel, title=title, body=body, source=source))
        k += 1
    return docs


def modify_files(dest: Path, docs: list[Doc], count: int = 10, round_no: int = 1) -> list[str]:
    """Append an edit line to ``count`` files spread over the corpus (content and mtime change)."""
    step = max(1, len(docs) // count)
    changed = []
    for j in range(count):
        d = docs[(j * step + 3) % len(docs)]
        path = dest / d.rel
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"\nCorrection {round_no}: this article was updated.\n")
        changed.append(d.rel)
    return changed


def touch_files(dest: Path, docs: list[Doc], count: int = 10) -> list[str]:
    """Bump the mtime of ``count`` files without changing their content."""
    step = max(1, len(docs) // count)
    touched = []
    for j in range(count):
        d = docs[(j * step + 5) % len(docs)]
        path = dest / d.rel
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        touched.append(d.rel)
    return touched


def folder_mb(path: Path) -> float:
    """Total size of the files under ``path`` in MiB."""
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total / (1024 * 1024)
