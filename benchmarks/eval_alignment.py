"""Precision/recall of sentence alignment on hand-checked pairs: BBC pairs and multi-outlet PolNeAR pairs.

    python benchmarks/eval_alignment.py --corpus ../shared/corpus/bbc [--polnear ../shared/eval/quotes/train_polnear.jsonl]

Each gold file names article pairs on the same story and, for each, the aligned sentences as the start
offsets of the two sentences in the article bodies (no text is stored). A predicted pair counts when
both of its sentences start at a gold pair's offsets. BBC bodies are the files as Briefing ingests
them (headline line removed); a PolNeAR body is the record's text after its headline line, trimmed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from briefing.index.compare import compare_articles
from briefing.index.ingest import load_path
from briefing.index.models import Article

HERE = Path(__file__).parent


def _bbc_loader(corpus: Path):
    def load(name: str, sha: str) -> Article:
        p = corpus / f"{name}.txt"
        if not p.is_file():
            raise SystemExit(f"{p} not found: --corpus must be the BBC folder (…/corpus/bbc)")
        if hashlib.sha256(p.read_bytes()).hexdigest() != sha:
            raise SystemExit(f"{p} is not the file the gold set was made from")
        return load_path(p)[0]
    return load


def _polnear_loader(path: Path):
    rows = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r["text"]

    def load(name: str, sha: str) -> Article:
        if name not in rows:
            raise SystemExit(f"{name} is not in {path}: --polnear must be train_polnear.jsonl")
        if hashlib.sha256(rows[name].encode("utf-8")).hexdigest() != sha:
            raise SystemExit(f"{name} in {path} is not the text the gold set was made from")
        title, _, body = rows[name].partition("\n")
        return Article(id=name, path=name, title=title.strip(), body=body.strip(), hash=sha)
    return load


def score(gold: dict, load, verbose: bool = True) -> tuple[int, int, int]:
    """(right, wrong, missed) over the gold file's pairs."""
    tp = fp = fn = 0
    for g in gold["pairs"]:
        x, y = load(g["a"], g["a_sha256"]), load(g["b"], g["b_sha256"])
        c = compare_articles(x, y, [], [])
        pred = {(c.sentences_a[p.a].start, c.sentences_b[p.b].start) for p in c.pairs}
        want = {tuple(p) for p in g["aligned"]}
        t, f, n = len(pred & want), len(pred - want), len(want - pred)
        tp, fp, fn = tp + t, fp + f, fn + n
        if verbose:
            print(f"{g['a']} ~ {g['b']}: {t} right, {f} wrong, {n} missed")
    return tp, fp, fn


def report(label: str, n_pairs: int, tp: int, fp: int, fn: int) -> None:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{label} alignment over {n_pairs} pairs: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"({tp} right, {fp} wrong, {fn} missed)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="the BBC corpus folder")
    ap.add_argument("--gold", type=Path, default=HERE / "alignment_gold.json")
    ap.add_argument("--polnear", type=Path, help="train_polnear.jsonl (scores the multi-outlet PolNeAR pairs too)")
    ap.add_argument("--polnear-gold", type=Path, default=HERE / "alignment_gold_polnear.json")
    a = ap.parse_args(argv)
    if not a.corpus and not a.polnear:
        ap.error("give --corpus (BBC) and/or --polnear")
    total = [0, 0, 0]
    n_total = 0
    for label, src, gold_path, loader in (("BBC", a.corpus, a.gold, _bbc_loader),
                                          ("PolNeAR", a.polnear, a.polnear_gold, _polnear_loader)):
        if not src:
            continue
        gold = json.loads(gold_path.read_text())
        tp, fp, fn = score(gold, loader(src))
        report(label, len(gold["pairs"]), tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        n_total += len(gold["pairs"])
    if a.corpus and a.polnear:
        report("overall", n_total, *total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
