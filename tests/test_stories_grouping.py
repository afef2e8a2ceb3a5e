"""Story grouping on a real index: one event told by four outlets, a second event, unrelated articles."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing.index.cli import main as cli_main
from briefing.index.library import open_library
from briefing.index.stories import group_stories, library_features
from briefing.index.stories.features import CACHE_NAME
from story_factory import BRIDGE, STORM, make_story_corpus, write_article


@pytest.fixture
def story_lib(tmp_path):
    corpus = make_story_corpus(tmp_path / "corpus")
    lib = open_library(corpus, tmp_path / "index")
    yield lib
    lib.close()


def ids(story):
    return {a.id for a in story.articles}


def test_one_event_four_outlets_is_one_story_and_unrelated_articles_stay_apart(story_lib):
    feats, fresh = library_features(story_lib)
    assert fresh == len(feats) == 9
    stories = group_stories(feats)
    by_ids = {frozenset(ids(s)): s for s in stories}
    assert set(by_ids) == {frozenset(BRIDGE), frozenset(STORM)}
    bridge = by_ids[frozenset(BRIDGE)]
    assert bridge.outlets == ["Channel 9", "Daily Ledger", "Metro Wire", "Riverton Gazette"]
    assert (bridge.first, bridge.last) == (dt.date(2024, 5, 14), dt.date(2024, 5, 15))
    assert bridge.title in {t for _, _, t, _ in BRIDGE.values()}
    central = max(bridge.articles, key=lambda a: a.centrality)
    assert bridge.title == central.title  # the most central headline names the story
    assert [a.date for a in bridge.articles] == sorted(a.date for a in bridge.articles)


def test_date_range_filters_and_far_apart_dates_never_link(story_lib, tmp_path):
    feats, _ = library_features(story_lib)
    only_14 = group_stories(feats, since=dt.date(2024, 5, 14), until=dt.date(2024, 5, 14))
    assert [ids(s) for s in only_14] == [{"gazette-bridge", "ledger-bridge"}]
    assert group_stories(feats, since=dt.date(2024, 6, 1)) == []
    # the same bridge text dated a month later is not the same event
    source, _, title, sentences = BRIDGE["gazette-bridge"]
    write_article(story_lib.corpus, "gazette-bridge-copy", source, "2024-06-20", title, sentences)
    story_lib.update()
    feats, fresh = library_features(story_lib)
    assert fresh == 1  # only the new article is analysed; the rest comes from the cache
    story_of = {a.id: s.id for s in group_stories(feats) for a in s.articles}
    assert "gazette-bridge-copy" not in story_of


def test_an_added_article_joins_its_story_and_the_story_keeps_its_id(story_lib):
    feats, _ = library_features(story_lib)
    before = next(s for s in group_stories(feats) if "gazette-bridge" in ids(s))
    write_article(story_lib.corpus, "post-bridge", "Riverton Post", "2024-05-15", "Bridge repair plan passes council",
                  ["The Riverton city council approved a $40 million plan to repair the Harbor Street bridge on Tuesday.",
                   "Mayor Linda Okafor said the bridge had been closed to trucks since March after inspectors found "
                   "cracks in two steel girders."])
    story_lib.update()
    feats, fresh = library_features(story_lib)
    assert fresh == 1
    after = next(s for s in group_stories(feats) if "gazette-bridge" in ids(s))
    assert ids(after) == ids(before) | {"post-bridge"} and after.id == before.id


def test_corrupt_feature_cache_is_rebuilt(story_lib):
    library_features(story_lib)
    (story_lib.index_dir / CACHE_NAME).write_text("{not json", encoding="utf-8")
    feats, fresh = library_features(story_lib)
    assert fresh == 9 and len(group_stories(feats)) == 2
    head, *rows = (story_lib.index_dir / CACHE_NAME).read_text().splitlines()
    assert json.loads(head)["version"] == 1 and len(rows) == 9 and all(json.loads(r)[0] for r in rows)


def test_the_feature_cache_is_read_one_article_a_line_and_the_grouping_kept_while_nothing_changes(story_lib):
    """Every story (o) parsed the whole cache in one call, which held the interpreter (the app's screen stalled
    160 ms on 840 articles); now one article a line, and read again only when the index's files change."""
    from briefing.index.stories.incremental import library_grouping

    feats, _ = library_features(story_lib)
    first, _ = library_grouping(story_lib)
    again, placed = library_grouping(story_lib)
    assert again is first and placed == 0
    path = story_lib.index_dir / CACHE_NAME
    assert len(path.read_text().splitlines()) == len(feats) + 1
    path.write_text("{not json", encoding="utf-8")  # changed on disk: read (and computed) again
    third, _ = library_grouping(story_lib)
    assert third is not first and sorted(third.feats) == sorted(first.feats)


def test_seed_articles_form_one_story(seeds_library):
    feats, _ = library_features(seeds_library)
    stories = group_stories(feats)
    assert len(stories) == 1 and len(stories[0].articles) == len(feats) == 2


def test_stories_cli_table_and_json(tmp_path, capsys):
    corpus = make_story_corpus(tmp_path / "corpus")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert cli_main(["stories", *args, "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    assert set(rows[0]) >= {"id", "title", "outlets", "first", "last", "articles"}
    assert {a["id"] for r in rows for a in r["articles"]} == set(BRIDGE) | set(STORM)
    assert cli_main(["stories", *args, "--since", "2024-05-15", "--until", "2024-05-15"]) == 0
    out = capsys.readouterr().out
    assert "Metro Wire" in out and "Riverton Gazette" not in out
    assert "1 story;" in out and "1 stories" not in out
    assert cli_main(["stories", *args]) == 0
    assert "2 stories;" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        cli_main(["stories", *args, "--since", "yesterday-ish"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err
