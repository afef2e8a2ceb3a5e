"""Gold indirect quotes that no prediction overlaps, by cue word and shape (JSON Lines gold file).

    python benchmarks/indirect_misses.py ../shared/eval/quotes/train_polnear.jsonl [--top N] [--show CUE] [-n N]

A missed quote's category is its cue's stem (the first word of the gold cue past auxiliaries and adverbs, its -s/-ed/-ing ending cut:
``warned`` and ``warning`` are ``warn``) and its shape (``that``, ``wh``, ``to``, ``short``, ``clause``,
see ``quote_errors.shape``). Prints the stems by count with their shapes, then ``--show`` examples.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quote_errors import _context, shape  # noqa: E402

from briefing.index.quotes import extract_quotes  # noqa: E402

_IRREGULAR = {"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
              "wrote": "write", "writes": "write", "writing": "write", "thought": "think", "thinks": "think",
              "according": "according", "found": "find", "finds": "find", "forecast": "forecast",
              "accused": "accuse", "accuses": "accuse", "accusing": "accuse"}


_AUXILIARIES = frozenset("""has have had having did does do was were is are be been being would will can could might
may must should shall not n't also repeatedly often first then later once again still to a an 's ’s didn’t didn't
wouldn’t wouldn't doesn’t doesn't don’t don't won’t won't used even never publicly previously""".split())


def stem(cue: str) -> str:
    """The cue's first word without its inflection: 'warned' -> 'warn', 'argues' -> 'argu'."""
    words = cue.lower().split()
    if not words:
        return "-"
    skipped = [w.strip(",.:;“”\"") for w in words]
    skipped = [w for w in skipped if w not in _AUXILIARIES] or skipped
    w = skipped[0]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for end in ("ing", "ed", "es", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--top", type=int, default=30, help="stems to list")
    ap.add_argument("--show", default="", help="print examples of this stem")
    ap.add_argument("-n", type=int, default=20, help="examples to print")
    a = ap.parse_args(argv)
    by_stem: Counter = Counter()
    shapes: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for line in open(a.gold, encoding="utf-8"):
        if not line.strip():
            continue
        art = json.loads(line)
        text = art["text"]
        pred = extract_quotes(text, art["id"])
        for g in art["quotes"]:
            if g.get("kind") != "indirect":
                continue
            total += 1
            if any(p.start < g["end"] and g["start"] < p.end for p in pred):
                continue
            cue = g.get("cue") or ""
            s, sh = stem(cue), shape(text, g["start"], g["end"], cue)
            by_stem[s] += 1
            shapes[s][sh.split("/")[0]] += 1
            examples[s].append(f"{sh} cue={cue!r} spk={g.get('speaker')!r}\n   {_context(text, g['start'], g['end'])}")
    missed = sum(by_stem.values())
    print(f"gold indirect {total}, no prediction overlaps {missed}")
    for s, n in by_stem.most_common(a.top):
        print(f"{s:16} {n:5}   " + ", ".join(f"{k} {v}" for k, v in shapes[s].most_common()))
    if a.show:
        for ex in examples.get(a.show, [])[: a.n]:
            print(ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
