"""Generate corpora for tests: realistic articles made from the seeds, plus bad files."""

from __future__ import annotations

import json
import random
import socket
from pathlib import Path


def make_articles(root: Path, n: int, *, seed: int = 0, texts: list[str] | None = None) -> list[Path]:
    """Write ``n`` plain-text articles (headline, blank line, paragraphs) built from real sentences."""
    rng = random.Random(seed)
    sentences = []
    for t in texts or []:
        sentences.extend(s.strip() for s in t.replace("\n", " ").split(". ") if len(s.strip()) > 30)
    if not sentences:
        sentences = [f"Sentence number {i} about chips and regulators in Beijing" for i in range(50)]
    paths = []
    for i in range(n):
        folder = root / f"part{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(". ".join(rng.sample(sentences, min(3, len(sentences)))) + "." for _ in range(4))
        p = folder / f"art{i:04d}.txt"
        p.write_text(f"Generated headline number {i} on chips\n\n{body} Unique token tok{i:04d}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl_parts(corpus: Path, docs: list[dict], files: int) -> None:
    """Write ``docs`` as ``part0.jsonl`` … ``part{files-1}.jsonl`` in ``corpus``, dealt round-robin."""
    corpus.mkdir(parents=True, exist_ok=True)
    for k in range(files):
        part = docs[k::files]
        (corpus / f"part{k}.jsonl").write_text("".join(json.dumps(d) + "\n" for d in part), encoding="utf-8")


def make_bad_files(root: Path) -> dict[str, str]:
    """Write one file of each bad kind; returns {relative path: expected skip reason}."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    expected["binary.txt"] = "binary"
    (root / "latin1.txt").write_bytes("Caf\xe9 au lait headline\n\nPrix: 3\xa3 le caf\xe9.".encode("latin-1"))
    expected["latin1.txt"] = "not decodable"
    (root / "empty.txt").write_text("   \n\n  ", encoding="utf-8")
    expected["empty.txt"] = "empty"
    (root / "huge.txt").write_text("Big headline\n\n" + "word " * 30000, encoding="utf-8")
    expected["huge.txt"] = "too large"
    (root / "badfront.md").write_text("---\ntitle: [unclosed\nsource: x: y: z\n---\nBody text here.\n", encoding="utf-8")
    expected["badfront.md"] = "malformed front matter"
    (root / "wrongtypes.json").write_text(json.dumps({"title": 5, "body": 12}), encoding="utf-8")
    expected["wrongtypes.json"] = "malformed record"
    sock = root / "socket.txt"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(sock))
    s.close()
    expected["socket.txt"] = "unreadable"
    (root / "loop.txt").symlink_to("loop.txt")
    expected["loop.txt"] = "symlink loop"
    (root / "dangling.txt").symlink_to("does-not-exist.txt")
    expected["dangling.txt"] = "unreadable"
    sub = root / "sub"
    sub.mkdir()
    (sub / "up").symlink_to("..", target_is_directory=True)
    expected["sub/up"] = "symlink loop"
    return expected
