"""Speakers that are not noun phrases, in a quote dump of check_extract_same.py.

    python benchmarks/speaker_shapes.py DUMP.jsonl [--prefix bbc/] [--field speaker|speaker_mention] [--counts]

Lists every distinct ``speaker`` and ``speaker_mention`` string that fails a shape check of
``index/quotes/np_shape.py`` (a verb or participle outside a name, a phrase ending in a preposition, a
possessive, a conjunction or a determiner, a lower-case verb first, headline capitals, too many
words, a quotation mark) with its faults, how many quotes carry it and one quote it came from.
The last line counts the distinct failing strings and the quotes carrying them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

from briefing.index.quotes.np_shape import shape_faults


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump")
    ap.add_argument("--prefix", action="append", default=[], help="only article ids starting so (repeatable)")
    ap.add_argument("--field", action="append", choices=("speaker", "speaker_mention"), default=[])
    ap.add_argument("--counts", action="store_true", help="only the counts per fault")
    a = ap.parse_args(argv)
    fields = a.field or ["speaker", "speaker_mention"]
    seen: dict[tuple[str, str], int] = Counter()
    where: dict[tuple[str, str], str] = {}
    with open(a.dump, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if a.prefix and not art["id"].startswith(tuple(a.prefix)):
                continue
            for q in art.get("quotes", []):
                for f in fields:
                    s = q.get(f)
                    if s:
                        seen[(f, s)] += 1
                        where.setdefault((f, s), f"{art['id']} {q.get('cue')!r} {str(q.get('text'))[:60]!r}")
    per_fault: Counter[str] = Counter()
    bad: dict[str, list] = defaultdict(list)
    quotes = 0
    for (f, s), n in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1].lower())):
        faults = shape_faults(s, mention=f == "speaker_mention")
        if faults:
            bad[f].append((s, faults, n))
            quotes += n
            per_fault.update(faults)
    for f in fields:
        if not a.counts:
            print(f"== {f}")
            for s, faults, n in bad[f]:
                print(f"{n:3d}  {s!r:50}  {','.join(faults):30}  {where[(f, s)]}")
        print(f"{f}: {len(bad[f])} distinct failing, {sum(n for _, _, n in bad[f])} quotes")
    print("faults:", dict(per_fault.most_common()))
    print(f"total: {sum(len(v) for v in bad.values())} distinct failing strings, {quotes} quote fields")
    return 0


if __name__ == "__main__":
    sys.exit(main())
