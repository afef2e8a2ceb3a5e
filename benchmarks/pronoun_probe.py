"""How well "he"/"she" resolve, measured without pronoun annotations: swap a named speaker for a pronoun.

    python benchmarks/pronoun_probe.py ../shared/eval/quotes/train_polnear.jsonl [--show N] [--limit N]

For every quote the extractor attributes as ``Name said …`` to a person whose gender the name or its
honorific tells, and whom the article has named in the 400 characters before, the mention is replaced by "he" or
"she" (the way a writer would refer back to someone already introduced), the article is extracted
again, and the quote's new speaker is compared with the name it had. Only ``id`` and ``text`` of the
gold file are read: the probe measures pronoun resolution on any news text, not the annotations.

Printed: how many swapped pronouns resolve back to their person, and the failures by what they went
to (another person of the same gender, someone of the other gender, nobody).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.gender import person_gender
from briefing.index.quotes.speakers import entity_kind

_CUE_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|explained|argued|noted|insisted|recalled|replied)\b")
_SALIENT = 400
"""Characters before the mention in which the person must be named for a pronoun to be natural."""
_HONORIFIC = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}


def _gender(speaker: str, mention: str, role: str | None) -> str | None:
    hon = _HONORIFIC.get(mention.split()[0].lower())
    return hon or person_gender(speaker, role, strict=True)


def probes(text: str, quotes) -> list[tuple[int, int, str, object]]:
    """(mention start, end, pronoun, quote) for every mention that could be a pronoun."""
    out = []
    for q in quotes:
        m, name = q.speaker_mention or "", q.speaker or ""
        if not m or not name or q.speaker_start is None or entity_kind(name) != "person":
            continue
        surname = name.split()[-1]
        if m.split()[-1] != surname or len(m.split()) > 3 or not _CUE_AFTER.match(text, q.speaker_end):
            continue  # only "Name said …", with the bare name (or honorific and surname)
        if surname not in text[max(0, q.speaker_start - _SALIENT): q.speaker_start]:
            continue  # not named just before: a writer would use the name here, not a pronoun
        g = _gender(name, m, q.speaker_role)
        if g not in ("m", "f"):
            continue
        pron = "he" if g == "m" else "she"
        before = text[: q.speaker_start].rstrip(" ")
        if not before or before[-1] in ".!?\n" or (before[-1] in "”\"" and before[-2:-1] in (".", "!", "?")):
            pron = pron.capitalize()
        out.append((q.speaker_start, q.speaker_end, pron, q))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", type=int, default=10, metavar="N", help="failures to print")
    ap.add_argument("--limit", type=int, default=0, metavar="N", help="stop after N articles")
    a = ap.parse_args(argv)
    outcome: Counter = Counter()
    fails: list[str] = []
    with open(a.gold, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if a.limit and n >= a.limit:
                break
            if not line.strip():
                continue
            art = json.loads(line)
            text = art["text"]
            for s, e, pron, q in probes(text, extract_quotes(text, art["id"])):
                swapped = text[:s] + pron + text[e:]
                shift = len(pron) - (e - s) if q.start > s else 0
                got = [x for x in extract_quotes(swapped, art["id"]) if x.start == q.start + shift]
                if not got:
                    outcome["quote lost"] += 1
                    continue
                new = got[0].speaker or ""
                if new == q.speaker:
                    outcome["resolved"] += 1
                    continue
                g_new = person_gender(new) if new else None
                want = "m" if pron.lower() == "he" else "f"
                kind = "nobody" if not new else "other gender" if g_new and g_new != want else "someone else"
                outcome[kind] += 1
                if len(fails) < a.show:
                    ctx = swapped[max(0, s - 200): s + 60].replace("\n", " ")
                    fails.append(f"[{kind}] want {q.speaker!r} got {new!r} :: …{ctx}")
    total = sum(outcome.values())
    print(f"pronoun probes {total}: resolved back {outcome['resolved'] / max(total, 1):.3f}")
    for k, v in outcome.most_common():
        print(f"  {k:14} {v:5}")
    for line in fails:
        print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
