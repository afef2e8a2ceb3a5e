"""The SQLite FTS5 baseline: the same documents and queries, standard library only.

Columns title, body, source, speakers (empty: FTS5 has no quote extraction); tokenizer
``porter unicode61``; queries return the top 20 by ``rank`` (bm25) with one ``snippet()`` each.
The build reads the replicated files from disk like Briefing does (headline = line 1).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench_corpus import Doc, split_text

SCHEMA = ("CREATE VIRTUAL TABLE docs USING fts5(rel UNINDEXED, title, body, source, speakers, "
          "tokenize='porter unicode61')")
SEARCH = ("SELECT rel, title, snippet(docs, 2, '[', ']', '…', 30) FROM docs WHERE docs MATCH ? "
          "ORDER BY rank LIMIT ?")


def build(corpus: Path, docs: list[Doc], db_path: Path) -> float:
    """Build the FTS5 index from the files; return seconds (read + insert + commit)."""
    if db_path.exists():
        db_path.unlink()
    t0 = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute(SCHEMA)
    rows = []
    for d in docs:
        title, body = split_text((corpus / d.rel).read_text(encoding="utf-8"))
        rows.append((d.rel, title, body, d.source, ""))
    with con:
        con.executemany("INSERT INTO docs(rel, title, body, source, speakers) VALUES (?,?,?,?,?)", rows)
    con.close()
    return time.perf_counter() - t0


class Fts5Searcher:
    """A warm connection running the benchmark queries."""

    def __init__(self, db_path: Path) -> None:
        self.con = sqlite3.connect(db_path)

    def search(self, match: str, limit: int = 20) -> list[tuple[str, str, str]]:
        return self.con.execute(SEARCH, (match, limit)).fetchall()

    def close(self) -> None:
        self.con.close()
