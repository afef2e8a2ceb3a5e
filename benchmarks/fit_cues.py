"""Learn speech-cue statistics from an annotated training file and write ``index/quotes/cue_stats.py``.

    python benchmarks/fit_cues.py ../shared/eval/quotes/train_polnear.jsonl [--out index/quotes/cue_stats.py]

Two small tables, both from the training file only:
- ``LEARNED_CUES``: words that are not built-in cues but head an annotated attribution in at least
  ``MIN_SUPPORT`` places and in at least ``MIN_RATE`` of their occurrences (``reiterated``, ``vowing``);
- ``BARE_CLAUSE``: built-in cues that head an attribution in at least ``BARE_RATE`` of their occurrences
  (``reported``, ``suggested``): speech often enough to take a reported clause without ``that``;
- ``LOW_PRECISION``: built-in cues whose reported-speech quotes (no quotation marks) match an annotated
  quote less than ``MAX_DROP_PRECISION`` of the time over at least ``MIN_SUPPORT`` predictions
  (``proposed``, ``revealed``): the extractor keeps their quoted speech but not their reported speech;
- ``LOW_PRECISION_THAT``: the same for clauses after ``that``, under ``MAX_DROP_PRECISION_THAT``
  (``believed that``: a thought, not a statement).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_SUPPORT = 6
MIN_RATE = 0.5
MAX_DROP_PRECISION = 0.35
MAX_DROP_PRECISION_THAT = 0.25
BARE_SUPPORT = 8
UTTERANCES = {"said", "says", "say", "state", "stated", "states", "indicated", "indicates", "revealed", "reveals", "announced",
              "told", "wrote", "reported", "declared", "added", "noted"}
"""Verbs of saying whose 'that' clause stays a statement whatever one annotated set counted."""
BARE_RATE = 0.6
_WORD = re.compile(r"[A-Za-z]+")
_AUX = {"has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "to", "will", "would", "not", "did",
        "then", "later", "just", "again", "first", "even", "now", "often", "publicly", "repeatedly", "previously"}


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("quote_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _head(cue: str) -> str | None:
    words = [w for w in _WORD.findall(cue.lower()) if w not in _AUX]
    return words[0] if words else None


def fit(gold_path: Path, scorer_path: Path) -> tuple[dict, dict]:
    from briefing.index.quotes import cue_stats, cues, extract

    arts = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    occ, heads = Counter(), Counter()
    for a in arts:
        occ.update(w.lower() for w in _WORD.findall(a["text"]))
        heads.update(h for q in a["quotes"] if (h := _head(q.get("cue") or "")))
    learned = {w: [n, occ[w]] for w, n in heads.items()
               if n >= MIN_SUPPORT and n / max(occ[w], 1) >= MIN_RATE and w not in cues.BUILTIN_CUES
               and w != "according" and w.endswith(("ed", "ing", "s"))}
    bare = {w: [n, occ[w]] for w, n in heads.items()
            if n >= BARE_SUPPORT and n / max(occ[w], 1) >= BARE_RATE and w in cues.BUILTIN_CUES}
    # precision of the built-in cues' reported speech, with the learned filter off
    saved = cue_stats.LOW_PRECISION, cue_stats.LOW_PRECISION_THAT
    cue_stats.LOW_PRECISION = cue_stats.LOW_PRECISION_THAT = frozenset()
    try:
        sc = _scorer(scorer_path)
        tp, n, tp_that, n_that = Counter(), Counter(), Counter(), Counter()
        for a in arts:
            found = extract.run_extraction(a["text"])
            pred = [{"text": a["text"][f.start:f.end]} for f in found]
            hit = {j for _, j in sc.match_article(a["quotes"], pred)}
            for j, f in enumerate(found):
                if f.kind != "direct" and f.cue:
                    that = extract.after_that(a["text"], f.start)
                    (n_that if that else n)[f.cue.lower()] += 1
                    (tp_that if that else tp)[f.cue.lower()] += j in hit
    finally:
        cue_stats.LOW_PRECISION, cue_stats.LOW_PRECISION_THAT = saved
    low = {c: [tp[c], k] for c, k in n.items() if k >= MIN_SUPPORT and tp[c] / k < MAX_DROP_PRECISION}
    low_that = {c: [tp_that[c], k] for c, k in n_that.items()
                if k >= MIN_SUPPORT and tp_that[c] / k < MAX_DROP_PRECISION_THAT and c not in UTTERANCES}
    return learned, low, bare, low_that


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "index/quotes/cue_stats.py")
    a = ap.parse_args(argv)
    learned, low, bare, low_that = fit(a.gold, a.scorer or a.gold.parent / "score.py")
    lines = [
        '"""Speech-cue statistics learned from annotated news (written by ``benchmarks/fit_cues.py``; do not edit).',
        "",
        f"Fitted on {a.gold.name}: LEARNED_CUES head >= {MIN_RATE:.0%} of their occurrences' attributions",
        f"(support >= {MIN_SUPPORT}); LOW_PRECISION cues' reported speech matched < {MAX_DROP_PRECISION:.0%} of the time;",
        f"BARE_CLAUSE cues head >= {BARE_RATE:.0%} of their occurrences' attributions (support >= {BARE_SUPPORT}):",
        "they report a clause without 'that' ('CNN reported six planes flew …').",
        '"""',
        "",
        "LEARNED_CUES = frozenset({",
        *[f"    {w!r},  # {k} of {o}" for w, (k, o) in sorted(learned.items())],
        "})",
        "",
        "BARE_CLAUSE = frozenset({",
        *[f"    {w!r},  # {k} of {o}" for w, (k, o) in sorted(bare.items())],
        "})",
        "",
        "LOW_PRECISION = frozenset({",
        *[f"    {c!r},  # {t} of {k} matched" for c, (t, k) in sorted(low.items())],
        "})",
        "",
        "LOW_PRECISION_THAT = frozenset({",
        *[f"    {c!r},  # {t} of {k} matched" for c, (t, k) in sorted(low_that.items())],
        "})",
        "",
    ]
    a.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(learned)} learned cues, {len(low)} low-precision cues -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
