"""Precision/recall of sentence alignment on hand-checked BBC pairs.

    python benchmarks/eval_alignment.py --corpus ../shared/corpus/bbc [--gold benchmarks/alignment_gold.json]

The gold file names article pairs on the same story and, for each, the aligned sentences as the start
offsets of the two sentences in the ingested bodies (no text is stored). A predicted pair counts when
both of its sentences start at a gold pair's offsets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from briefing.index.compare import compare_articles
from briefing.index.ingest import load_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=Path(__file__).with_name("alignment_gold.json"))
    a = ap.parse_args(argv)
    gold = json.loads(a.gold.read_text())
    tp = fp = fn = 0
    for g in gold["pairs"]:
        pa, pb = a.corpus / f"{g['a']}.txt", a.corpus / f"{g['b']}.txt"
        for p, h in ((pa, g["a_sha256"]), (pb, g["b_sha256"])):
            if not p.is_file():
                raise SystemExit(f"{p} not found: --corpus must be the BBC folder (…/corpus/bbc)")
            if hashlib.sha256(p.read_bytes()).hexdigest() != h:
                raise SystemExit(f"{p} is not the file the gold set was made from")
        x, y = load_path(pa)[0], load_path(pb)[0]
        c = compare_articles(x, y, [], [])
        pred = {(c.sentences_a[p.a].start, c.sentences_b[p.b].start) for p in c.pairs}
        want = {tuple(p) for p in g["aligned"]}
        t, f, n = len(pred & want), len(pred - want), len(want - pred)
        tp, fp, fn = tp + t, fp + f, fn + n
        print(f"{g['a']} ~ {g['b']}: {t} right, {f} wrong, {n} missed")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"alignment over {len(gold['pairs'])} pairs: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"({tp} right, {fp} wrong, {fn} missed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
