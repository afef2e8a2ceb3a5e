"""Stories kept current: a new article is placed into the stored grouping instead of regrouping all."""

from __future__ import annotations

import datetime as dt
import json
import random

from briefing.index.cli import main as cli_main
from briefing.index.library import open_library
from briefing.index.stories.features import from_fields
from briefing.index.stories.incremental import GROUPS_NAME, Grouping, current_grouping, library_grouping, stories_of
from story_factory import BRIDGE, make_story_corpus, write_article

OUTLETS = ["Ledger", "Gazette", "Wire", "Channel 9", "Herald"]


def generated(seed: int = 3, events: int = 8, unrelated: int = 30):
    """Features of ``events`` events told by 3-5 outlets each over two days (shared event words, each
    outlet's own wording) and of unrelated articles, from a made-up vocabulary."""
    rng = random.Random(seed)
    common = [f"common{k}" for k in range(60)]
    feats = []
    for e in range(events):
        key = [f"event{e}word{k}" for k in range(12)]
        for o in rng.sample(OUTLETS, rng.randint(3, 5)):
            words = rng.sample(key, 9) + rng.sample(common, 25) + [f"{o[:3].lower()}own{e}{k}" for k in range(5)]
            rng.shuffle(words)
            title = " ".join(rng.sample(key, 4))
            day = 1 + 4 * e + rng.randint(0, 1)
            feats.append(from_fields({"id": f"e{e}-{o}", "hash": "h", "title": title, "source": o,
                                      "date": dt.date(2024, 3, day), "body": " ".join(words)}))
    for u in range(unrelated):
        words = [f"lone{u}word{k}" for k in range(10)] + rng.sample(common, 25)
        feats.append(from_fields({"id": f"u{u}", "hash": "h", "title": f"lone{u}word0 lone{u}word1", "source": "Wire",
                                  "date": dt.date(2024, 3, 1 + u), "body": " ".join(words)}))
    return feats


def as_sets(groups):
    return {frozenset(g) for g in groups}


def test_placing_new_articles_one_by_one_gives_the_full_regroup():
    feats = generated()
    full = Grouping.full(feats)
    assert len(full.groups()) == 8  # each event is one story, the unrelated articles stay alone
    rng = random.Random(5)
    late = rng.sample(feats, 10)  # some articles of the events and some unrelated ones arrive later
    early = [f for f in feats if f not in late]
    stored = Grouping.full(early).to_file()
    placed, n = current_grouping(feats, stored)
    assert n == 10
    assert as_sets(placed.groups()) == as_sets(full.groups())
    assert placed.df == full.df and placed.n == full.n  # term weights kept current as articles arrive


def test_a_changed_or_removed_article_is_placed_again():
    feats = generated()
    stored = Grouping.full(feats).to_file()
    moved = next(f for f in feats if f.id.startswith("e2-"))
    five = next(f for f in feats if f.id.startswith("e5-"))
    moved.counts, moved.date, moved.hash = dict(five.counts), five.date, "changed"  # it now tells event 5
    gone = next(f for f in feats if f.id.startswith("e3-"))
    rest = [f for f in feats if f is not gone]
    placed, n = current_grouping(rest, stored)
    assert n == 2
    assert as_sets(placed.groups()) == as_sets(Grouping.full(rest).groups())
    assert any(moved.id in g and any(i.startswith("e5-") for i in g) for g in placed.groups())


def test_library_stores_the_grouping_and_places_an_added_article(tmp_path, capsys):
    corpus = make_story_corpus(tmp_path / "corpus")
    with open_library(corpus, tmp_path / "index") as lib:
        g, placed = library_grouping(lib)
        assert placed == -1 and (lib.index_dir / GROUPS_NAME).is_file()  # a first run groups in full
        assert library_grouping(lib)[1] == 0  # nothing new: nothing placed, nothing regrouped
        source, _, title, sentences = BRIDGE["ledger-bridge"]
        write_article(corpus, "herald-bridge", "Harbor Herald", "2024-05-15", title, sentences[::-1])
        lib.update()
        g, placed = library_grouping(lib)
        assert placed == 1
        bridge = next(s for s in stories_of(g) if "gazette-bridge" in {a.id for a in s.articles})
        assert {a.id for a in bridge.articles} == set(BRIDGE) | {"herald-bridge"}
        assert as_sets(g.groups()) == as_sets(library_grouping(lib, regroup=True)[0].groups())
        lib.update(rebuild=True)
        assert not (lib.index_dir / GROUPS_NAME).exists()  # a rebuild groups afresh
    assert cli_main(["stories", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "--json",
                     "--regroup"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any("herald-bridge" in {a["id"] for a in r["articles"]} for r in rows)


def test_an_unreadable_stored_grouping_means_a_full_regroup(tmp_path):
    corpus = make_story_corpus(tmp_path / "corpus")
    with open_library(corpus, tmp_path / "index") as lib:
        full, _ = library_grouping(lib)
        (lib.index_dir / GROUPS_NAME).write_text("{not json", "utf-8")
        again, placed = library_grouping(lib)
        assert placed == -1 and as_sets(again.groups()) == as_sets(full.groups())
