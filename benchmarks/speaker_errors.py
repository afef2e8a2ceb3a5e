"""Wrong speakers by category on a gold file (use the train split to develop, dev to check).

    python benchmarks/speaker_errors.py ../shared/eval/quotes/train_polnear.jsonl [--show N] [--cat CAT]

Runs ``extract_quotes`` on every article, matches predictions to gold quotes with the shared scorer's
rules (``score.py`` next to the gold file) and sorts each wrong speaker into one category:

- ``empty``: no speaker given;
- ``pronoun``: our mention was a pronoun and it resolved to someone else;
- ``nominal``: our mention was a description ("the company") resolved to someone else;
- ``gold-description``: the gold speaker is a description ("the minister") and we named someone;
- ``fragment``: our speaker is not a noun phrase (a verb, a date, a clause inside it);
- ``place-platform``: our speaker is a place or a platform;
- ``document``: one side is a document ("a statement", "the report");
- ``floating``: a quote without a cue that continued an earlier speaker;
- ``other``: another entity named;
- ``gold-appositive`` and ``gold-nominal`` (checked first) are not errors of the extractor but
  of the gold's convention: the gold speaker keeps its aside ("Graham, a former candidate,") or its
  description ("the president") where we give the fullest name of the same person ("Lindsey
  Graham", "Barack Obama"), which the scorer's head-word match cannot accept (a wrong resolution of
  the description lands here too: check the examples with ``--cat gold-nominal``). Both are printed
  apart, with the accuracy the scorer would give if they counted as right.

Also printed: the pronoun audit over all predictions (not only matched ones): how many "he"/"she"
resolved to a person whose first name or honorific says the other gender.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.entities import entity_type, is_fragment
from briefing.index.quotes.gender import person_gender
from briefing.index.quotes.lexicon import DOCUMENT_WORDS, PRONOUNS


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("gold_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def category(gold: str, q) -> str:
    pred, mention = q.speaker or "", (q.speaker_mention or "").lower()
    if not pred:
        return "empty"
    head = re.split(r",|\s+[—–]\s+|\s+who\s+", gold)[0].split()
    if head and pred.split() and len(head) < len(gold.split()) and \
            re.sub(r"[’']s$", "", head[-1]).lower() == pred.split()[-1].lower():
        return "gold-appositive"  # "Graham, a former candidate," ~ "Lindsey Graham": same person
    if mention and gold.lower().strip(" ,") == mention.strip(" ,") and pred.lower() != mention:
        return "gold-nominal"  # the gold keeps our mention "the president"; we name who it is
    if q.floating:
        return "floating"
    if mention in PRONOUNS:
        return "pronoun"
    if re.fullmatch(r"(?:the|this|that|its|his|her|their)\s+[\w\s-]+", mention) and pred.lower() != mention:
        return "nominal"
    if is_fragment(pred):
        return "fragment"
    if entity_type(pred) in ("place", "platform"):
        return "place-platform"
    words = set(re.findall(r"[a-z]+", (gold + " " + pred).lower()))
    if words & DOCUMENT_WORDS:
        return "document"
    if gold[:1].islower() or gold.lower().startswith(("the ", "a ", "an ")):
        return "gold-description"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path)
    ap.add_argument("--show", type=int, default=5, metavar="N", help="examples per category")
    ap.add_argument("--cat", help="show only this category (with --show examples)")
    a = ap.parse_args(argv)
    score = _scorer(a.scorer or a.gold.parent / "score.py")
    cats: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    audit: Counter = Counter()
    n_scored = 0
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            art = json.loads(line)
            quotes = extract_quotes(art["text"], art["id"])
            for q in quotes:
                m = (q.speaker_mention or "").lower()
                if m in ("he", "she", "him", "her") and q.speaker:
                    g = person_gender(q.speaker)
                    want = "m" if m in ("he", "him") else "f"
                    audit["resolved he/she"] += 1
                    audit["gender clash" if g and g != want else "gender ok or unknown"] += 1
                    if g and g != want and len(examples["audit"]) < a.show:
                        examples["audit"].append(f"{m!r} -> {q.speaker!r} :: {q.text[:70]}")
            gq = art.get("quotes", [])
            pq = [{"text": q.text, "speaker": q.speaker or ""} for q in quotes]
            for i, j in score.match_article(gq, pq):
                if gq[i].get("speaker_is_pronoun"):
                    continue
                n_scored += 1
                if score.speaker_ok(gq[i].get("speaker", ""), pq[j]["speaker"]):
                    continue
                c = category(gq[i].get("speaker", ""), quotes[j])
                cats[c] += 1
                examples[c].append(f"gold={gq[i].get('speaker')!r} pred={quotes[j].speaker!r} "
                                   f"mention={quotes[j].speaker_mention!r} :: {quotes[j].text[:70]}")
    total = sum(cats.values())
    conv = cats["gold-appositive"] + cats["gold-nominal"]
    print(f"wrong speakers {total} of {n_scored} scored ({total / max(n_scored, 1):.3f}); "
          f"{conv} of them are the gold's aside or description for the same person "
          f"(accuracy {1 - total / max(n_scored, 1):.3f}, {1 - (total - conv) / max(n_scored, 1):.3f} counting those)")
    for c, n in cats.most_common():
        if a.cat and c != a.cat:
            continue
        print(f"  {c:18} {n:5}")
        for ex in examples[c][: a.show]:
            print("      " + ex)
    print(f"pronoun audit: {dict(audit)}")
    for ex in examples["audit"]:
        print("      " + ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
