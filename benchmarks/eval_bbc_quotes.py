"""Score Briefing's quote extraction on the hand-annotated BBC sample (``bbc_quotes_gold.json``).

    python benchmarks/eval_bbc_quotes.py --corpus ../shared/corpus/bbc [--split fit|check|all]
        [--scorer ../shared/eval/quotes/score.py] [--show-errors N] [--json] [--gold-out GOLD.jsonl]

The gold file holds only article paths, a checksum of each text, and per quote its character spans
(``fragments``), kind and speaker; no article text. This script reads the texts from the corpus, rebuilds
a gold file in the shared scorer's format (``text`` of a quote split by its attribution = its fragments
joined as ``quote_text`` joins them) and scores ``extract_quotes`` on it with ``eval_quotes``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from briefing.index.quotes import quote_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_quotes  # noqa: E402  (the sibling benchmark script)

GOLD = Path(__file__).resolve().parent / "bbc_quotes_gold.json"


def gold_lines(corpus: Path, split: str) -> list[dict]:
    """The gold articles of ``split`` with their texts read from ``corpus``; exits on a missing/changed file."""
    spec = json.loads(GOLD.read_text(encoding="utf-8"))
    out = []
    for art in spec["articles"]:
        if split != "all" and art["split"] != split:
            continue
        path = corpus / art["path"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            sys.exit(f"error: cannot read {path}: {e.strerror or e}")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != art["sha256"]:
            sys.exit(f"error: {path} differs from the annotated text (checksum mismatch)")
        quotes = []
        for q in art["quotes"]:
            frags = q["fragments"]
            start, end = frags[0][0], frags[-1][1]
            quotes.append({"text": quote_text(text, start, end, frags), "speaker": q["speaker"],
                           "kind": q["kind"], "start": start, "end": end, "fragments": frags})
        out.append({"id": "bbc/" + art["path"], "source": "BBC News", "text": text, "quotes": quotes})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="the BBC corpus folder (business/, politics/, ...)")
    ap.add_argument("--split", choices=("fit", "check", "all"), default="fit")
    ap.add_argument("--scorer", type=Path, help="score.py (default: ../eval/quotes/score.py beside the corpus folder)")
    ap.add_argument("--gold-out", type=Path, help="also keep the rebuilt gold file here")
    ap.add_argument("--pred", type=Path, help="where to write predictions")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        sys.exit(f"error: {a.corpus} is not a folder")
    scorer = a.scorer or a.corpus.resolve().parent.parent / "eval" / "quotes" / "score.py"
    if not scorer.is_file():
        sys.exit(f"error: scorer not found at {scorer}; pass --scorer")
    lines = gold_lines(a.corpus, a.split)
    gold = a.gold_out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    args = [str(gold), "--scorer", str(scorer), "--show-errors", str(a.show_errors)]
    if a.pred:
        args += ["--pred", str(a.pred)]
    if a.json:
        args.append("--json")
    return eval_quotes.main(args)


if __name__ == "__main__":
    sys.exit(main())
