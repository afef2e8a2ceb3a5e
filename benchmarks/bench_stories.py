"""Speed of stories: aligning a story of 10 articles, grouping 10k articles, adding one article.

    python benchmarks/bench_stories.py --corpus ../shared/corpus/bbc [--n 10000] [--workdir DIR]
                                       [--polnear ../shared/eval/quotes/train_polnear.jsonl]

Alignment: ten ~1,000-word versions of one event made from BBC articles of one category (each
version reorders the paragraphs, drops a fifth of the sentences and adds sentences of its own), and,
with --polnear, the largest hand-checked PolNeAR stories. Grouping: the BBC articles replicated to N
documents with dates and outlets (bench_corpus), indexed once in WORKDIR (kept between runs), then
the key-term features (all analysed, then from the cache), the grouping, and one added article
(index update, its features, the grouping again).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench_corpus import make_corpus, read_originals

from briefing.index.models import Article
from briefing.index.stories.claims import align_story
from briefing.index.stories.grouping import group_stories, make_story


def _story_of(articles: list[Article]):
    from briefing.index.stories.features import from_fields

    feats = [from_fields({"id": a.id, "title": a.title, "source": a.source, "date": None, "body": a.body})
             for a in articles]
    return make_story(feats, list(range(len(feats))), {})


def _timed_align(articles: list[Article], runs: int = 5) -> str:
    """Median wall-clock and CPU time of aligning the story (the CPU time is what a shared machine
    cannot inflate)."""
    story = _story_of(articles)
    align_story(story, articles, [])  # warm the analyzer's caches once
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        align_story(story, articles, [])
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return f"{statistics.median(wall) * 1000:.0f} ms ({statistics.median(cpu) * 1000:.0f} ms CPU), median of {runs}"


def synthetic_story(corpus: Path, n: int = 10, words: int = 1000, seed: int = 7) -> list[Article]:
    """``n`` versions of one 'event' of about ``words`` words each, from BBC articles of one category."""
    from briefing.index.compare import split_sentences

    rng = random.Random(seed)
    texts = [p.read_text("utf-8").partition("\n")[2] for p in sorted((corpus / "politics").glob("*.txt"))]
    base: list[str] = []
    for t in texts:
        base += [s.text for s in split_sentences(t) if len(s.text.split()) > 5]
        if sum(len(s.split()) for s in base) >= words:
            break
    extra = [s.text for t in texts[40:80] for s in split_sentences(t) if len(s.text.split()) > 5]
    out = []
    for k in range(n):
        kept = [s for s in base if rng.random() > 0.2] + rng.sample(extra, max(1, len(base) // 5))
        rng.shuffle(kept)
        paras = ["  ".join(kept[i:i + 3]) for i in range(0, len(kept), 3)]
        body = "\n\n".join(paras)
        out.append(Article(id=f"v{k}", path=f"v{k}", title=f"Version {k}", source=f"Outlet {k}", body=body, hash=str(k)))
    return out


def polnear_stories(path: Path, top: int = 3) -> list[list[Article]]:
    gold = json.loads((Path(__file__).with_name("stories_gold.json")).read_text())
    rows = {json.loads(line)["id"]: json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line}
    out = []
    for ids in sorted(gold["stories"], key=len, reverse=True)[:top]:
        arts = []
        for i in ids:
            title, _, body = rows[i].partition("\n")
            arts.append(Article(id=i, path=i, title=title, source=i.split("_")[0], body=body.strip(), hash=i))
        out.append(arts)
    return out


class _Clock:
    """Wall-clock and CPU seconds of a block (CPU time is what other users of a shared machine cannot inflate)."""

    def __enter__(self):
        self.t, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.t, time.process_time() - self.c

    def __str__(self) -> str:
        return f"{self.wall:.2f} s ({self.cpu:.2f} s CPU)"


def bench_grouping(corpus: Path, n: int, work: Path) -> None:
    from briefing.index.library import open_library
    from briefing.index.stories.features import CACHE_NAME, library_features

    dest, index_dir = work / f"bbc-{n}", work / f"index-{n}"
    originals = read_originals(corpus)
    if not dest.exists():
        make_corpus(originals, n, dest)
    with _Clock() as build:
        lib = open_library(dest, index_dir)
    print(f"index of {lib.document_count()} documents ready in {build} (not part of grouping)")
    (index_dir / CACHE_NAME).unlink(missing_ok=True)
    with _Clock() as cold:
        feats, fresh = library_features(lib)
    with _Clock() as warm:
        feats, fresh2 = library_features(lib)
    with _Clock() as grouping:
        stories = group_stories(feats)
    print(f"grouping {len(feats)} articles into {len(stories)} stories: features {cold} with all {fresh} analysed, "
          f"{warm} from the cache ({fresh2} analysed); grouping {grouping}")
    print(f"  recompute with the cache: {warm.wall + grouping.wall:.2f} s ({warm.cpu + grouping.cpu:.2f} s CPU)")
    from briefing.index.stories.incremental import GROUPS_NAME, Grouping, library_grouping

    with _Clock() as full:
        g = Grouping.full(feats)
    print(f"full regroup (what --regroup and a first run do): {full}, {len(g.groups())} stories")
    (index_dir / GROUPS_NAME).unlink(missing_ok=True)
    library_grouping(lib)  # store it
    extra = dest / "added" / f"new-{int(time.time())}.txt"
    extra.parent.mkdir(exist_ok=True)
    extra.write_text(originals[3].text.rstrip() + "\n\n3 March 2005\n\n© Reuters\n", "utf-8")
    with _Clock() as upd:
        lib.update()
    with _Clock() as f_add:
        feats, fresh3 = library_features(lib)
    with _Clock() as g_add:
        group_stories(feats)
    print(f"one added article: index update {upd}; features {f_add} ({fresh3} analysed); grouping all again {g_add}")
    with _Clock() as inc:
        g, placed = library_grouping(lib)
    print(f"one added article, kept current (features from the cache, stored grouping read, the article placed, "
          f"grouping stored): {inc} ({placed} placed)")
    _time_placement(g, feats)
    extra.unlink()
    lib.update()
    lib.close()


def _time_placement(g, feats, k: int = 50) -> None:
    """Placing ``k`` articles one at a time into the grouping in memory (copies of existing articles
    under new ids, so each lands in a populated date window)."""
    import dataclasses

    rng = random.Random(11)
    per = []
    for f in rng.sample(feats, k):
        new = dataclasses.replace(f, id=f.id + "-copy", hash="copy")
        t = time.process_time()
        g.add(new)
        per.append(time.process_time() - t)
    print(f"placing one article into the stored grouping: median {statistics.median(per) * 1000:.1f} ms CPU, "
          f"max {max(per) * 1000:.1f} ms ({k} articles)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="the BBC corpus folder")
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--workdir", type=Path, help="keep the replicated corpus and its index here between runs")
    ap.add_argument("--polnear", type=Path, help="train_polnear.jsonl: also time its largest stories")
    ap.add_argument("--skip-grouping", action="store_true")
    ap.add_argument("--skip-align", action="store_true")
    a = ap.parse_args(argv)
    if not a.skip_align:
        arts = synthetic_story(a.corpus)
        words = sum(len(x.body.split()) for x in arts) / len(arts)
        print(f"align a story of {len(arts)} articles of {words:.0f} words on average: "
              f"{_timed_align(arts)}")
    if a.polnear and not a.skip_align:
        for story in polnear_stories(a.polnear):
            words = sum(len(x.body.split()) for x in story) / len(story)
            print(f"align PolNeAR story of {len(story)} articles, {words:.0f} words on average: "
                  f"{_timed_align(story)}")
    if not a.skip_grouping:
        if a.workdir:
            a.workdir.mkdir(parents=True, exist_ok=True)
            bench_grouping(a.corpus, a.n, a.workdir)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bench_grouping(a.corpus, a.n, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
