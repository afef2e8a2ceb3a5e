"""One query, the same answer in every view: ``briefing search --json``, the app's result list, a saved
search's count, the library's search and its id list, and the quote pane's "N of M quotes match"."""

from __future__ import annotations

import json

import pytest

from briefing.index.saved import save_search, saved_counts
from briefing.index.search import filters_query, parse_query

from app_helpers import settle
from cli_inprocess import briefing_main as briefing

PEOPLE = [("Maria Lopez", "the trade minister"), ("Tom Baker", "a steel worker"), ("Aisha Khan", "a grain farmer"),
          ("Lars Berg", "an economist at the central bank")]
TOPICS = ["steel", "grain", "wine", "cars"]
QUERIES = ["tariffs", "tariffs NOT wine", "title:(steel OR grain)", '"cut the tariffs"', "steel date:2016",
           "date:(2016-03 OR 2016-04) tariffs", "speaker:lopez", "tarif*", "tarifs~", "source:reuters tariffs",
           "date:yesterday tariffs", "grain OR wine^2", "date:>'1 jun 2016' exports", "tariffs ANDNOT (wine OR cars)"]
"""Queries of every shape: words, NOT, field groups, phrases, dates (in words and from today), speakers,
prefixes, fuzzy words, sources, boosts."""


def _write_corpus(root) -> None:
    """80 articles of 12 quotes each, every quote naming tariffs: a page of 50 articles holds 600 of them."""
    root.mkdir()
    for i in range(80):
        topic, other = TOPICS[i % 4], TOPICS[(i + 1) % 4]
        paras = []
        for k in range(12):
            name, role = PEOPLE[(i + k) % len(PEOPLE)]
            paras.append(f'"We will cut the tariffs on {topic} number {k} before the summer," said {name}, {role}.')
            paras.append(f"Exports of {other} rose in report {i} part {k}.")
        day = f"2016-{1 + i % 12:02d}-{1 + i % 27:02d}"
        (root / f"a{i:03d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        meta = {"title": f"Tariffs on {topic} and {other}, report {i}", "date": day,
                "source": ["Reuters", "BBC News", "Le Monde"][i % 3], "author": "Jane Doe"}
        (root / f"a{i:03d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    from briefing.index.library import open_library

    root = tmp_path_factory.mktemp("views")
    _write_corpus(root / "corpus")
    lib = open_library(root / "corpus", root / "ix")
    yield lib
    lib.close()


def _whoosh_quote_ids(lib, query: str, article_ids: list[str]) -> set[str]:
    """Plain Whoosh's quotes of these articles that match the query (a quote search's ``body``)."""
    s = lib._qs()
    q = parse_query(lib._parser("quote"), query)
    f = filters_query(doctype="quote", article_id=article_ids)
    return {json.loads(h["quote"])["id"] for h in s.search(q, filter=f, limit=None)}


@pytest.mark.parametrize("query", QUERIES)
def test_search_ids_and_saved_count_agree(views, query):
    every = views.search(query, limit=1000)
    assert every.total == len(every.hits) and every.total_exact
    assert sorted(views.matching_ids(query)) == sorted(h.id for h in every.hits)
    page = views.search(query, limit=7, offset=3)
    assert [h.id for h in page.hits] == [h.id for h in every.hits[3:10]] and page.total == every.total


def test_saved_searches_count_what_the_search_finds(views):
    from briefing.index.annotations.saved import SavedSearchStore

    store = SavedSearchStore.open(views.corpus)
    for n, query in enumerate(QUERIES):
        save_search(views, store, f"s{n}", query)
    counts = {c.query: c.total for c in saved_counts(views, store)}
    assert counts == {q: views.search(q, limit=1).total for q in QUERIES}
    assert counts["tariffs"] == 80 and counts["date:yesterday tariffs"] == 0


def test_the_command_line_lists_the_searchs_hits(views):
    for query in QUERIES[:8]:
        p = briefing("--corpus", str(views.corpus), "search", query, "--json", "--limit", "12",
                     "--index-dir", str(views.index_dir), check=0)
        got = [json.loads(line) for line in p.stdout.splitlines()]
        want = views.search(query, limit=12)
        assert [(h["id"], h["score"]) for h in got] == [(h.id, h.score) for h in want.hits], query
        for warning in want.warnings:
            assert warning in p.stderr, (query, p.stderr)


def test_the_quote_pane_counts_every_matching_quote(views):
    """More than 500 quotes of a page match: the count is every one of them, as Whoosh counts them."""
    from briefing.tui.work import quotes_for_search

    result = views.search("tariffs", limit=50)
    ids = [h.id for h in result.hits]
    loaded = quotes_for_search(views, "tariffs", ids, total=result.total)
    want = _whoosh_quote_ids(views, "tariffs", ids)
    assert len(want) == 600 and loaded.matching == want
    assert loaded.label.startswith(f"{len(want):,} of {len(loaded.quotes):,} quotes match the query")


@pytest.mark.parametrize("query", ["tariffs NOT wine", "steel date:2016", "summer exports", '"cut the tariffs"'])
def test_the_quote_pane_matches_whoosh_on_the_quotes(views, query):
    from briefing.tui.work import quotes_for_search

    result = views.search(query, limit=50)
    ids = [h.id for h in result.hits]
    assert ids, query
    loaded = quotes_for_search(views, query, ids, total=result.total)
    assert loaded.matching == _whoosh_quote_ids(views, query, ids), query


async def test_the_app_lists_the_searchs_hits(views):
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    app = make_app(corpus=views.corpus, index_dir=views.index_dir, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for query in QUERIES:
            app.action_focus_search()
            box = app.query_one("#query")
            box.value = query
            box.cursor_position = len(query)
            await pilot.press("enter")
            await settle(app, pilot)
            want = views.search(query, limit=50)
            assert app.result is not None and app.result.total == want.total, query
            assert [h.id for h in app.result.hits] == [h.id for h in want.hits], query
            assert app.result.warnings == want.warnings, query
