"""Learn ``index/quotes/data/role_words.txt``: words that stand before a person's name as a role.

    python benchmarks/learn_role_words.py ../shared/eval/quotes/train_polnear.jsonl [--min-count 3]

Reads the gold speakers of an annotated file (the PolNeAR train split: speakers as written, such as
"Wyoming GOP chairman Matt Micheli" or "election law expert Rick Hasen") and counts the lower-case
word right before a capitalised name of two or more words. Words seen at least ``--min-count`` times
that are not already role words become role words, so "US President Donald Trump"-style splitting
also knows "expert", "pollster", "contender" and the like. Only the word list ships, not the data.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "index" / "quotes" / "data" / "role_words.txt"
_NAME_AT_END = re.compile(r"(?:^|\s)([a-z][a-z-]{2,})\s+((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s*$")
_STOP = {"the", "another", "and", "for", "with", "from", "said", "says", "told", "that", "whose", "who", "former", "then",
         "both", "including", "like", "than", "between", "against", "about", "over", "after", "when", "while"}


def learn(path: Path, min_count: int) -> list[str]:
    """Role words from the gold speakers of ``path``, most frequent first."""
    counts: Counter = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            for q in json.loads(line).get("quotes", []):
                speaker = re.split(r",", q.get("speaker") or "")[0].strip()
                m = _NAME_AT_END.search(speaker)
                if m and m.group(1) not in _STOP:
                    counts[m.group(1)] += 1
    return [w for w, n in counts.most_common() if n >= min_count]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--min-count", type=int, default=3)
    a = ap.parse_args(argv)
    if not a.gold.is_file():
        print(f"error: no such file: {a.gold}", file=sys.stderr)
        return 2
    words = learn(a.gold, a.min_count)
    OUT.write_text("# role words learnt by benchmarks/learn_role_words.py from the gold speakers of "
                   f"{a.gold.name} (min count {a.min_count})\n" + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} role words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
