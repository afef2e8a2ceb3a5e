"""B-cubed precision and recall of story grouping against the hand-checked PolNeAR grouping.

    python benchmarks/eval_stories.py ../shared/eval/quotes/train_polnear.jsonl [--gold benchmarks/stories_gold.json]

The texts are written as a Briefing corpus (one JSON Lines file: title, outlet and date from each
record's id) in a temporary folder, indexed, and grouped with ``briefing.index.stories``. B-cubed is
reported over all articles (an article alone in both groupings counts as right) and over the
articles of the gold stories of two articles or more (the hard part).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path


def corpus_from_polnear(src: Path, dest: Path) -> dict[str, str]:
    """Write ``dest/polnear.jsonl`` from the PolNeAR records; ``{Briefing id: PolNeAR id}``."""
    out, ids = [], {}
    for line in src.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        outlet, date = r["id"].split("_")[:2]
        title, _, body = r["text"].partition("\n")
        out.append(json.dumps({"id": r["id"], "title": title.strip(), "source": outlet.removeprefix("polnear-"),
                               "date": date, "body": body.strip()}))
        ids[f"polnear#{r['id']}"] = r["id"]
    (dest / "polnear.jsonl").write_text("\n".join(out) + "\n", "utf-8")
    return ids


def bcubed(pred: dict[str, int], gold: dict[str, int], items: list[str]) -> tuple[float, float]:
    """B-cubed precision and recall of ``pred`` against ``gold`` over ``items``."""
    pg: dict[int, set[str]] = {}
    gg: dict[int, set[str]] = {}
    for x in pred:
        pg.setdefault(pred[x], set()).add(x)
    for x in gold:
        gg.setdefault(gold[x], set()).add(x)
    p = r = 0.0
    for x in items:
        same = pg[pred[x]] & gg[gold[x]]
        p += len(same) / len(pg[pred[x]])
        r += len(same) / len(gg[gold[x]])
    return p / len(items), r / len(items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear", type=Path, help="train_polnear.jsonl")
    ap.add_argument("--gold", type=Path, default=Path(__file__).with_name("stories_gold.json"))
    ap.add_argument("--show", action="store_true", help="print the predicted stories")
    a = ap.parse_args(argv)
    if not a.polnear.is_file():
        raise SystemExit(f"{a.polnear} not found")
    gold_doc = json.loads(a.gold.read_text())
    if hashlib.sha256(a.polnear.read_bytes()).hexdigest() != gold_doc["source_sha256"]:
        raise SystemExit(f"{a.polnear} is not the file the gold grouping was made from")

    from briefing.index.library import open_library
    from briefing.index.stories import assignments, group_stories, library_features

    with tempfile.TemporaryDirectory() as tmp:
        corpus, index_dir = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        ids = corpus_from_polnear(a.polnear, corpus)
        t0 = time.perf_counter()
        with open_library(corpus, index_dir) as lib:
            t1 = time.perf_counter()
            feats, fresh = library_features(lib)
            t2 = time.perf_counter()
            pred_b = assignments(feats)
            t3 = time.perf_counter()
            feats2, fresh2 = library_features(lib)
            t4 = time.perf_counter()
            stories = group_stories(feats2)
            placed = _placed_half(feats)
    pred = {ids[k]: v for k, v in pred_b.items()}
    gold: dict[str, int] = {}
    for k, story in enumerate(gold_doc["stories"]):
        for x in story:
            gold[x] = k
    for x in pred:
        gold.setdefault(x, -1 - len(gold))
    items = sorted(pred)
    grouped = sorted(x for s in gold_doc["stories"] for x in s)
    p_all, r_all = bcubed(pred, gold, items)
    p_g, r_g = bcubed(pred, gold, grouped)
    if a.show:
        for s in stories:
            print(f"{s.id} {s.first}..{s.last} {len(s.articles)} {', '.join(s.outlets)}: {s.title}")
    print(f"stories: {len(stories)} predicted of 2+ articles, {len(gold_doc['stories'])} in the gold grouping")
    print(f"B-cubed over all {len(items)} articles: precision {p_all:.3f}  recall {r_all:.3f}")
    print(f"B-cubed over the {len(grouped)} articles of gold stories: precision {p_g:.3f}  recall {r_g:.3f}")
    pred_i = {ids[k]: v for k, v in placed.items()}
    print("kept current (the later half of the articles by date placed one by one into the grouping of the earlier "
          "half): B-cubed precision {:.3f} recall {:.3f} over all, {:.3f} / {:.3f} over the gold stories' articles".format(
              *bcubed(pred_i, gold, items), *bcubed(pred_i, gold, grouped)))
    print(f"index {t1 - t0:.1f} s; features {t2 - t1:.2f} s ({fresh} analysed), {t4 - t3:.2f} s ({fresh2} analysed, "
          f"the rest cached); grouping {t3 - t2:.2f} s")
    return 0


def _placed_half(feats) -> dict[str, int]:
    """``{article id: group}`` when the later half of the articles (by date) arrive one at a time."""
    import datetime as dt

    from briefing.index.stories.incremental import Grouping, current_grouping

    order = sorted(feats, key=lambda f: (f.date or dt.date.min, f.id))
    early = order[: len(order) // 2]
    g, _ = current_grouping(feats, Grouping.full(early).to_file())
    return {i: g.group_of[i] for i in g.feats}


if __name__ == "__main__":
    raise SystemExit(main())
