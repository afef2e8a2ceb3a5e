"""Check that quote extraction gives exactly the same records as a saved reference dump.

    python benchmarks/check_extract_same.py --out REF.jsonl  TEXTS...      # write the reference
    python benchmarks/check_extract_same.py --against REF.jsonl TEXTS...  # compare, exit 1 on a difference

TEXTS are ``*.jsonl`` files with ``id`` and ``text`` per line (the quote eval sets) and/or folders of
``*.txt`` articles (read recursively, sorted by path; ``--limit N`` caps the articles per folder).
Every quote record is dumped with all its fields, plus what the indexer derives from it through the
quote package (``speaker_names`` of each speaker, ``surname_names`` of each speaker row), one line per
article in a canonical JSON form, so a speed change that alters any output shows up as a diff.
An article on which the rules raise is dumped with its ``error`` and counted in the summary (the
product indexes it without quotes and reports it; here it must not pass for an article with none).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing.index.errors import QuoteExtractionError
from briefing.index.quotes import extract_quotes, speaker_names
from briefing.index.quotes.canonical import surname_names


def texts(sources: list[Path], limit: int) -> list[tuple[str, str]]:
    """(id, text) of every article in the sources, in a fixed order."""
    out: list[tuple[str, str]] = []
    for src in sources:
        if src.is_dir():
            files = sorted(src.rglob("*.txt"))[: limit or None]
            out.extend((f"{src.name}/{p.relative_to(src).as_posix()}",
                        p.read_text(encoding="utf-8", errors="replace")) for p in files)
        else:
            with open(src, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        art = json.loads(line)
                        out.append((f"{src.name}:{art['id']}", art["text"]))
    return out


def record(aid: str, body: str) -> str:
    """The canonical JSON line of one article's extraction."""
    try:
        quotes = extract_quotes(body, aid, strict=True)
    except QuoteExtractionError as exc:
        return json.dumps({"id": aid, "error": str(exc), "quotes": []}, ensure_ascii=False, sort_keys=True)
    rows = []
    for q in quotes:
        d = q.model_dump(mode="json")
        d["_names"] = speaker_names(q.speaker) if q.speaker else []
        d["_surname_names"] = surname_names(body, q.speaker, q.speaker_mention or "") if q.speaker else []
        rows.append(d)
    return json.dumps({"id": aid, "quotes": rows}, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", type=Path, nargs="+")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--out", type=Path, help="write the dump here")
    g.add_argument("--against", type=Path, help="compare with this dump")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles per folder (0: all)")
    a = ap.parse_args(argv)
    lines = [record(aid, body) for aid, body in texts(a.sources, a.limit)]
    parsed = [json.loads(x) for x in lines]
    n_quotes = sum(len(d["quotes"]) for d in parsed)
    failed = [d for d in parsed if "error" in d]
    for f in failed[:5]:
        print(f"RULES RAISED on {f['id']}: {f['error']}")
    if failed:
        print(f"{len(failed)} article(s) raised in the rules (dumped with their error, no quotes)")
    if a.out:
        a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} articles, {n_quotes} quotes to {a.out}")
        return 1 if failed else 0
    ref = a.against.read_text(encoding="utf-8").splitlines()
    diff = [i for i, (x, y) in enumerate(zip(lines, ref)) if x != y]
    if len(ref) != len(lines):
        print(f"DIFFERENT: {len(lines)} articles now, {len(ref)} in {a.against}")
        return 1
    for i in diff[:5]:
        print(f"DIFFERENT: {json.loads(ref[i])['id']}")
        print(f"  was: {ref[i][:600]}")
        print(f"  now: {lines[i][:600]}")
    if diff:
        print(f"{len(diff)} of {len(lines)} articles differ")
        return 1
    print(f"same: {len(lines)} articles, {n_quotes} quotes identical to {a.against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
