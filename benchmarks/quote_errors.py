"""Missed and spurious quotes by category, for error analysis on an annotated file (JSON Lines).

    python benchmarks/quote_errors.py ../shared/eval/quotes/train_polnear.jsonl [--show CATEGORY] [-n N]

Matches predictions to gold with the shared scorer's rules (``score.py`` next to the gold file) and
counts each missed gold quote and each spurious prediction under a category: ``miss/<kind>/overlap``
(a prediction covers part of it: a span problem) or ``miss/<kind>/none`` (nothing found there), split
by the gold cue; ``spurious/overlap`` or ``spurious/none`` split by the predicted cue. ``--show``
prints examples of one category with their sentence.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from briefing.index.quotes import extract_quotes


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("quote_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _context(text: str, s: int, e: int, width: int = 90) -> str:
    a, b = max(0, s - width), min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " / ")


_CLAUSE_OPENERS = ("that ", "if ", "whether ", "how ", "why ", "what ", "when ", "where ", "who ")


def shape(text: str, start: int, end: int, cue: str) -> str:
    """Shape of an indirect quote: the clause it opens with and where its cue stands.

    ``short`` (a few words with no clause: "his resignation", "so", "yes"), ``that``, ``wh`` (if,
    whether, how ...), ``to`` (an infinitive) or ``clause``; then ``/cue-before``, ``/cue-after`` or
    ``/cue-far`` by where the cue's first word occurs within 120 characters.
    """
    body = text[start:end].strip().lower()
    words = body.split()
    if body.startswith("that "):
        head = "that"
    elif body.startswith(_CLAUSE_OPENERS[1:]):
        head = "wh"
    elif body.startswith("to "):
        head = "to"
    elif len(words) <= 4:
        head = "short"
    else:
        head = "clause"
    first = (cue or "").lower().split()[:1]
    if not first:
        return head + "/no-cue"
    before, after = text[max(0, start - 120):start].lower(), text[end:end + 120].lower()
    if first[0] in before.split()[-12:] or before.rstrip().endswith(first[0]):
        return head + "/cue-before"
    if first[0] in after.split()[:12]:
        return head + "/cue-after"
    return head + "/cue-far"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path)
    ap.add_argument("--show", default="", help="print examples of categories starting with this")
    ap.add_argument("-n", type=int, default=15, help="examples to print")
    a = ap.parse_args(argv)
    sc = _scorer(a.scorer or a.gold.parent / "score.py")
    counts: Counter = Counter()
    by_cue: dict[str, Counter] = defaultdict(Counter)
    by_shape: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for line in open(a.gold, encoding="utf-8"):
        if not line.strip():
            continue
        art = json.loads(line)
        text, gold = art["text"], art["quotes"]
        pred = extract_quotes(text, art["id"])
        pq = [{"text": q.text} for q in pred]
        pairs = sc.match_article(gold, pq)
        hit_g, hit_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i in hit_g:
                continue
            over = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
            cat = f"miss/{g.get('kind', '?')}/{'overlap' if over else 'none'}"
            counts[cat] += 1
            by_cue[cat][(g.get("cue") or "").lower()] += 1
            by_shape[cat][shape(text, g["start"], g["end"], g.get("cue") or "")] += 1
            line_ = f"{cat} {shape(text, g['start'], g['end'], g.get('cue') or '')} cue={g.get('cue')!r} spk={g.get('speaker')!r}\n   GOLD {_context(text, g['start'], g['end'])}"
            for p in over[:2]:
                line_ += f"\n   PRED {p.kind} {p.cue!r} {p.speaker!r}: {p.text[:160]!r}"
            examples[cat].append(line_)
        for j, p in enumerate(pred):
            if j in hit_p:
                continue
            over = [g for g in gold if p.start < g["end"] and g["start"] < p.end]
            cat = f"spurious/{p.kind}/{'overlap' if over else 'none'}"
            counts[cat] += 1
            by_cue[cat][(p.cue or "").lower()] += 1
            by_shape[cat][shape(text, p.start, p.end, p.cue or "")] += 1
            line_ = f"{cat} cue={p.cue!r} spk={p.speaker!r}\n   PRED {_context(text, p.start, p.end)}"
            for g in over[:2]:
                line_ += f"\n   GOLD {g.get('kind')} {g.get('cue')!r}: {g['text'][:160]!r}"
            examples[cat].append(line_)
    for cat, n in sorted(counts.items()):
        top = ", ".join(f"{c or '-'} {k}" for c, k in by_cue[cat].most_common(8))
        print(f"{cat:28} {n:5}   {top}")
        if "/indirect/" in cat:
            print(" " * 36 + ", ".join(f"{k} {v}" for k, v in by_shape[cat].most_common(8)))
    if a.show:
        for cat in sorted(examples):
            if cat.startswith(a.show):
                print(f"\n== {cat}")
                for ex in examples[cat][: a.n]:
                    print(ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
