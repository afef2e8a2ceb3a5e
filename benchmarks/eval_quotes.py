"""Score Briefing's quote extraction on a human-annotated gold file (JSON Lines).

    python benchmarks/eval_quotes.py ../shared/eval/quotes/seeds_gold.jsonl [--pred OUT.jsonl]
        [--scorer ../shared/eval/quotes/score.py] [--show-errors N]

Runs ``extract_quotes`` on each gold article's ``text`` (only ``id`` and ``text`` are read), writes the
predictions in the scorer's format and runs the shared scorer on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.index.quotes import extract_quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pred", type=Path, help="where to write predictions (default: a temporary file)")
    ap.add_argument("--scorer", type=Path, help="score.py (default: next to the gold file)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true", help="print the scorer's metrics as JSON")
    a = ap.parse_args(argv)
    pred = a.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    n, t0 = 0, time.perf_counter()
    with open(a.gold, encoding="utf-8") as g, open(pred, "w", encoding="utf-8") as out:
        for line in g:
            if not line.strip():
                continue
            art = json.loads(line)
            quotes = extract_quotes(art["text"], art["id"])
            out.write(json.dumps({"id": art["id"], "quotes": [
                {"text": q.text, "speaker": q.speaker or "", "kind": q.kind, "start": q.start, "end": q.end}
                for q in quotes]}, ensure_ascii=False) + "\n")
            n += 1
    secs = time.perf_counter() - t0
    print(f"extracted {n} articles in {secs:.2f} s ({n / secs:.0f} articles/s); predictions: {pred}",
          file=sys.stderr)
    scorer = a.scorer or a.gold.parent / "score.py"
    cmd = [sys.executable, str(scorer), str(a.gold), str(pred)]
    if a.show_errors:
        cmd += ["--show-errors", str(a.show_errors)]
    if a.json:
        cmd.append("--json")
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
