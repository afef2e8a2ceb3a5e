"""Check that reading a corpus gives exactly the same articles as a saved reference digest.

    python benchmarks/check_ingest_same.py ../shared/corpus/bbc --out before.json      # write the reference
    python benchmarks/check_ingest_same.py ../shared/corpus/bbc --against before.json  # compare, exit 1 on a difference

Every file the corpus walk finds is read with ``load_path``; each article's record (all its fields, as
JSON) is hashed, per file and over the whole corpus, so a change to ingestion that alters any title,
date, author, source or body of any article shows up with the files it changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path


ADDED_FIELDS = ("partial",)
"""Fields added to the article record since references were first written: left out while unset, so a
reference written before them still compares."""


def _fields(article) -> dict:
    data = article.model_dump(mode="json")
    return {k: v for k, v in data.items() if not (k in ADDED_FIELDS and v is None)}


def digests(corpus: Path) -> dict[str, str]:
    """sha256 of the articles of every file below ``corpus``, by relative path (skipped files: their reason)."""
    from briefing.index.errors import BriefingError
    from briefing.index.ingest import load_path, walk_corpus

    out: dict[str, str] = {}
    for found in sorted(walk_corpus(corpus), key=lambda f: f.rel):
        if found.problem:
            out[found.rel] = found.problem
            continue
        try:
            records = [_fields(a) for a in load_path(found.path)]
        except BriefingError as exc:
            records = [{"skipped": str(exc)}]
        out[found.rel] = hashlib.sha256(json.dumps(records, sort_keys=True).encode("utf-8")).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the reference digests here")
    group.add_argument("--against", type=Path, help="compare with these reference digests")
    args = ap.parse_args(argv)
    now = digests(args.corpus)
    total = hashlib.sha256(json.dumps(now, sort_keys=True).encode("utf-8")).hexdigest()
    if args.out:
        args.out.write_text(json.dumps({"total": total, "files": now}, indent=0), encoding="utf-8")
        print(f"{len(now)} files, digest {total[:16]} written to {args.out}")
        return 0
    ref = json.loads(args.against.read_text(encoding="utf-8"))["files"]
    changed = sorted(k for k in ref.keys() | now.keys() if ref.get(k) != now.get(k))
    for rel in changed[:50]:
        print(f"  differs: {rel}")
    print(f"{len(now)} files, {len(changed)} differ (digest {total[:16]})")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
