"""Reopening the app brings back the quote pane's speaker filter with the query and the article."""

from __future__ import annotations

import json

from briefing.tui.config import AppConfig, AppState, app_dir, load_state, save_state
from briefing.tui.main import make_app

from app_helpers import app_for, search, settle

SIZE = (120, 35)


async def test_the_speaker_filter_is_back_after_a_restart(seeds_index):
    """The filter was lost: the pane came back with the article's quotes."""
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.article.id
        name = next(sp.name for sp in app.speakers if sp.count > 1)
        app.apply_speaker_filter(name)
        await settle(app, pilot)
        shown = [q.id for q in app.quote_rows]
        assert shown and all(q.speaker == name for q in app.quote_rows)
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker == name
    again = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.article is not None and again.article.id == opened
        assert again.speaker_filter_name == name and again.quote_scope == "speaker"
        assert [q.id for q in again.quote_rows] == shown
        assert again.focused is again.query_one("#query")  # start-up's focus: typing searches
        await pilot.press("escape", "escape")  # out of the box, then the filter is cleared
        await settle(again, pilot)
        assert again.speaker_filter_name is None
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker is None


async def test_no_filter_is_remembered_when_there_was_none(seeds_index):
    app = app_for(seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "Nvidia")
        await pilot.press("q")
        await pilot.pause()
    assert load_state().speaker is None


def _article(root, name: str, body: str) -> None:
    (root / name).write_text(f"---\ntitle: \"{name}\"\nsource: \"Ledger\"\ndate: 2024-03-02\n---\n{body}\n",
                             encoding="utf-8")


def _harbour_corpus(root) -> None:
    """Two articles, each with one speaker of its own (sentences written for these tests)."""
    root.mkdir()
    _article(root, "tolls.md", '"The tolls will rise in May," said Miriam Oduya, the harbour master. '
                               '"We have no other way to pay for the dredging," Oduya said.')
    _article(root, "ferry.md", '"The ferry will run every hour," said Tomas Brekke, the operator. '
                               '"Passengers asked for it," Brekke said.')


def _app(root, tmp_path, restore: bool = True):
    return make_app(corpus=root, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=restore)


async def test_a_remembered_speaker_with_no_quotes_now_clears_the_filter_with_a_notice(tmp_path):
    """The pane came back empty under the filter ('0 quotes by …', 'No quotes here.') and stayed so."""
    root = tmp_path / "corpus"
    _harbour_corpus(root)
    save_state(AppState(corpus=str(root), speaker="Ingrid Nobody"))
    app = _app(root, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.speaker_filter_name is None and app.quote_scope == "search"
        assert {q.speaker for q in app.quote_rows} >= {"Miriam Oduya", "Tomas Brekke"}
        said = [str(n.message) for n in app._notifications]
        assert any("No quotes by Ingrid Nobody" in m and "cleared" in m for m in said), said
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert load_state().speaker is None


async def test_a_filtered_speaker_whose_article_left_the_corpus_is_cleared_on_refresh(tmp_path):
    """Ctrl+R (and the start-up catch-up) searched again but left the removed article's quotes under the filter."""
    root = tmp_path / "corpus"
    _harbour_corpus(root)
    app = _app(root, tmp_path, restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.apply_speaker_filter("Tomas Brekke")
        await settle(app, pilot)
        assert app.quote_rows and {q.speaker for q in app.quote_rows} == {"Tomas Brekke"}
        (root / "ferry.md").unlink()
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert app.speaker_filter_name is None and app.quote_scope == "search"
        assert {q.speaker for q in app.quote_rows} == {"Miriam Oduya"}


async def test_a_remembered_speaker_missing_from_the_index_before_its_update_comes_back(tmp_path):
    """The index is behind the corpus at start-up (a file added back meanwhile): the filter waits for
    the catch-up instead of being dropped for good."""
    root = tmp_path / "corpus"
    _harbour_corpus(root)
    ferry = (root / "ferry.md").read_text(encoding="utf-8")
    (root / "ferry.md").unlink()
    first = _app(root, tmp_path, restore=False)  # indexes the corpus without the ferry article
    async with first.run_test(size=SIZE) as pilot:
        await settle(first, pilot)
    (root / "ferry.md").write_text(ferry, encoding="utf-8")
    save_state(AppState(corpus=str(root), speaker="Tomas Brekke"))
    app = _app(root, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.speaker_filter_name == "Tomas Brekke" and app.quote_scope == "speaker"
        assert app.quote_rows and {q.speaker for q in app.quote_rows} == {"Tomas Brekke"}


async def test_a_remembered_speaker_of_another_corpus_is_not_applied(tmp_path):
    root = tmp_path / "corpus"
    _harbour_corpus(root)
    save_state(AppState(corpus=str(tmp_path / "elsewhere"), speaker="Tomas Brekke"))
    app = _app(root, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.speaker_filter_name is None and app.quote_scope == "search" and app.quote_rows


def test_a_state_file_with_a_bad_value_keeps_the_rest(isolated_env):
    """A wrong type (a hand edit, another version's file) threw the whole state away: corpus, query, theme."""
    app_dir().mkdir(parents=True, exist_ok=True)
    (app_dir() / "state.json").write_text(json.dumps({"corpus": "/news", "query": "tolls", "speaker": 5,
                                                      "sidebar_width": 7, "theme": "nord"}), encoding="utf-8")
    state = load_state()
    assert (state.corpus, state.query, state.speaker, state.sidebar_width, state.theme) == \
        ("/news", "tolls", None, None, "nord")
    (app_dir() / "state.json").write_text(json.dumps({"corpus": "/news", "query": "tolls"}), encoding="utf-8")
    assert load_state().speaker is None and load_state().query == "tolls"  # a file from before the filter
    for damaged in ("{not json", "[1, 2]", '"text"', ""):
        (app_dir() / "state.json").write_text(damaged, encoding="utf-8")
        assert load_state() == AppState()


def test_a_remembered_speaker_is_one_safe_line_and_blank_is_none():
    """A blank name filtered nothing (every quote under 'by   '); control characters reached the pane."""
    assert AppState(speaker="   ").speaker is None and AppState(speaker="").speaker is None
    named = AppState(speaker="Ann\x1b[31m\nLee ").speaker
    assert "\x1b" not in named and "\n" not in named and named.startswith("Ann") and named.endswith("Lee")
